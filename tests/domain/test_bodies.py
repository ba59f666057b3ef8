import datetime as dt

import pytest

from samspel_desktop.domain.bodies import (
    agreement_title,
    applies_to,
    body_of,
    deciding_body,
    decision_text,
    definite,
    fill,
    genitive,
    mid_sentence,
    wording,
)
from samspel_desktop.domain.labels import default_titles
from samspel_desktop.domain.model import Organisation, OrganisationKind, Pair, PairKind, Person

VAGGERYD = Organisation(1, "Vaggeryds kommun")
REGION = Organisation(2, "Region Jönköpings län", OrganisationKind.REGION)


def _pair(
    kind: PairKind, body: str = "", titles: tuple[str, str] | None = None, org=VAGGERYD
) -> Pair:  # type: ignore[no-untyped-def]
    political, executive = titles or default_titles(kind)
    return Pair(
        1,
        org,
        kind,
        Person(1, org.id, "Anna Berg", political),
        Person(2, org.id, "Karl Ek", executive),
        dt.date(2027, 1, 1),
        body=body,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommundirektör", "kommundirektör"),
        ("KSO", "KSO"),
        ("KD och KSO", "KD och KSO"),
        ("Socialnämnden", "socialnämnden"),
        ("", ""),
    ],
)
def test_titles_inside_a_sentence(text: str, expected: str) -> None:
    assert mid_sentence(text) == expected


def test_genitive_and_definite_forms() -> None:
    assert genitive("Socialnämnden") == "Socialnämndens"
    assert genitive("Kommunstyrelsens") == "Kommunstyrelsens"
    assert definite("Kommundirektör") == "kommundirektören"
    assert definite("Förvaltningschef") == "förvaltningschefen"
    assert definite("Oppositionsråd") == "oppositionsrådet"
    assert definite("Ordförande") == "ordföranden"


def test_a_kso_kd_agreement_is_decided_by_the_board_with_small_letters_mid_sentence() -> None:
    pair = _pair(PairKind.KSO_KD)
    assert deciding_body(pair) == "Kommunstyrelsen"
    assert applies_to(pair) == "Kommunstyrelsens ordförande och kommundirektör, Vaggeryds kommun"
    assert agreement_title(pair) == (
        "Överenskommelse om samspel – kommunstyrelsens ordförande och kommundirektör"
    )


def test_a_committee_pair_names_its_committee() -> None:
    pair = _pair(PairKind.COMMITTEE, "Socialnämnden")
    assert body_of(pair) == deciding_body(pair) == "Socialnämnden"
    assert applies_to(pair) == "Socialnämndens ordförande och förvaltningschef, Vaggeryds kommun"
    assert "Nämndordförande" not in agreement_title(pair)
    words = wording(pair)
    assert (words.chair, words.chief, words.body) == (
        "socialnämndens ordförande",
        "förvaltningschefen",
        "socialnämnden",
    )
    # Without its nämnd named, nothing is guessed.
    assert deciding_body(_pair(PairKind.COMMITTEE)) == ""


def test_a_region_and_own_titles() -> None:
    region = _pair(PairKind.REGION, org=REGION)
    assert deciding_body(region) == "Regionstyrelsen"
    assert applies_to(region).startswith("Regionstyrelsens ordförande och regiondirektör")
    custom = _pair(PairKind.CUSTOM, titles=("Kommunalråd", "Stadsdirektör"))
    assert wording(custom).chief == "stadsdirektören"
    assert applies_to(custom) == "Kommunalråd och stadsdirektör, Vaggeryds kommun"


def test_template_fields() -> None:
    kso = wording(_pair(PairKind.KSO_KD))
    committee = wording(_pair(PairKind.COMMITTEE, "Socialnämnden"))
    text = "Samspelsmöten mellan {chair_short} och {chief_short}. {Chief} leder {body}."
    assert (
        fill(text, kso)
        == "Samspelsmöten mellan KSO och KD. Kommundirektören leder kommunstyrelsen."
    )
    assert fill(text, committee) == (
        "Samspelsmöten mellan ordföranden och förvaltningschefen. Förvaltningschefen leder "
        "socialnämnden."
    )
    assert fill("Utan fält", kso) == "Utan fält"
    with pytest.raises(KeyError):
        fill("{okänt}", kso)


def test_decision_text_names_the_body() -> None:
    assert decision_text("Kommunstyrelsen", "2026-01-28", "§ 12") == (
        "av kommunstyrelsen 2026-01-28 § 12"
    )
    assert decision_text("", "2026-01-28", "") == "2026-01-28"
