import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import guide_to_dict
from samspel_desktop.domain.model import AnswerType, Guide, Phase
from samspel_desktop.services.guides import builtin_guides, read_guide_file
from samspel_desktop.services.paths import resources_dir
from samspel_desktop.services.samspel import Samspel

SKR = "SKR, Stöd – för att styra och leda bättre tillsammans, 2022-09-26, dnr 22/00126"
SKR_AREAS = [
    "Förtroendevaldas ansvar och uppdrag – hur ser det ut och vad ingår?",
    "Chefers ansvar och uppdrag – hur ser det ut och vad ingår?",
    "Vad är svårt?",
    "Vad behöver förtroendevalda av cheferna för att samarbetet ska fungera bra?",
    "Vad behöver cheferna av förtroendevalda för att samarbetet ska fungera bra?",
    "Vad behöver förbättras?",
    "Hur ska vårt samarbete se ut?",
]


def _schema() -> dict[str, object]:
    return json.loads((resources_dir() / "guides" / "guide.schema.json").read_text("utf-8"))


def test_every_bundled_guide_file_matches_the_documented_schema() -> None:
    schema = _schema()
    files = [p for p in (resources_dir() / "guides").glob("*.json") if "schema" not in p.name]
    assert len(files) == 7
    for path in files:
        jsonschema.validate(json.loads(path.read_text("utf-8")), schema)


def test_parsed_guides_serialise_back_to_the_schema() -> None:
    for guide in builtin_guides():
        jsonschema.validate(guide_to_dict(guide), _schema())


def test_skr_discussion_areas_are_quoted_exactly_and_attributed() -> None:
    guide = {g.id: g for g in builtin_guides()}["skr-omraden"]
    questions = [q for _, q in guide.questions()]
    assert [q.text for q in questions] == SKR_AREAS
    assert all(q.source == SKR for q in questions)


def test_attitudes_are_rated_one_to_five() -> None:
    guide = {g.id: g for g in builtin_guides()}["skr-forhallningssatt"]
    titles = [q.text.split(" – ")[0] for _, q in guide.questions()]
    assert titles == [
        "Transparens",
        "Lyssnande",
        "Tydlighet",
        "Tillförlitlighet",
        "Positiv återkoppling",
    ]
    assert all(
        q.answer.type is AnswerType.RATING and len(q.answer.scale) == 5
        for _, q in guide.questions()
    )


def test_resilience_and_central_guides_cover_seed_002() -> None:
    guides = {g.id: g for g in builtin_guides()}
    resilience = " ".join(q.text for _, q in guides["skr-resiliens"].questions())
    for factor in ("Improvisation", "Rolltydlighet", "Lyssnande", "Respekt"):
        assert factor in resilience
    central = " ".join(q.text for _, q in guides["skr-centralt"].questions())
    for item in (
        "mötesstruktur",
        "Ärendehanteringen",
        "Delegationsordningen",
        "uppgiftsfördelning",
        "improvisation",
    ):
        assert item in central


def test_builtin_guides_are_installed_and_suggested(services: Samspel) -> None:
    assert {g.id for g in services.guides.all()} == {g.id for g in builtin_guides()}
    assert services.guides.suggest(Phase.BUILDING)[0].id == "start-ny-relation"
    assert services.guides.suggest(Phase.STABLE, opposition=True)[0].id == "opposition-kd"
    assert services.guides.suggest(Phase.STABLE, agreement_due=True)[0].id == (
        "uppfoljning-overenskommelse"
    )


def test_guide_files_from_users_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "guide.json"
    bad.write_bytes(b"\xff\xfe not json")
    with pytest.raises(ValidationError, match="inte en giltig guidefil"):
        read_guide_file(bad)
    good = tmp_path / "ok.json"
    good.write_text(json.dumps(guide_to_dict(builtin_guides()[0]), ensure_ascii=False), "utf-8")
    assert read_guide_file(good).id == builtin_guides()[0].id


# --- fuzzing the guide import ------------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=25,
)


def _valid_guide() -> dict[str, object]:
    return guide_to_dict(builtin_guides()[0])


def _mutated(draw_value: object, path: list[str | int]) -> bytes:
    document: object = _valid_guide()
    target = document
    for step in path[:-1]:
        in_dict = isinstance(target, dict) and step in target
        in_list = isinstance(target, list) and isinstance(step, int) and step < len(target)
        if in_dict or in_list:
            target = target[step]  # type: ignore[index]
    last = path[-1] if path else "title"
    if isinstance(target, dict):
        target[str(last)] = draw_value
    elif isinstance(target, list) and target:
        target[int(last) % len(target) if isinstance(last, int) else 0] = draw_value
    return json.dumps(document, ensure_ascii=False, allow_nan=True).encode("utf-8")


_KEYS = st.sampled_from(["id", "version", "title", "purpose", "sections", "questions", "text",
                         "answer", "type", "scale", "source", 0, 1, "key"])  # fmt: skip


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150, deadline=None
)
@given(
    st.binary(max_size=400)
    | _JSON.map(lambda v: json.dumps(v, allow_nan=True).encode())
    | st.builds(_mutated, _JSON, st.lists(_KEYS, min_size=1, max_size=4))
    | st.binary(max_size=200).map(lambda b: json.dumps(_valid_guide()).encode()[: -len(b) or None])
)
def test_fuzzed_guide_files_give_a_guide_or_a_swedish_error(
    services: Samspel, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "guide.json"
    path.write_bytes(content)
    before = [g.id for g in services.guides.all()]
    try:
        guide = read_guide_file(path)
    except ValidationError as error:
        assert error.message
        assert [g.id for g in services.guides.all()] == before
    else:
        assert isinstance(guide, Guide)


def test_oversized_guide_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "stor.json"
    with path.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)
    with pytest.raises(ValidationError, match="för stor"):
        read_guide_file(path)
