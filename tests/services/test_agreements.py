"""The agreement's decision path, suggestions with provenance, and version comparison."""

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from samspel_desktop.domain.errors import ImmutableError, ValidationError
from samspel_desktop.domain.markup import markup_text
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementStatus,
    Answer,
    Block,
    BlockType,
    PairKind,
    RemissStance,
    Side,
)
from samspel_desktop.services.agreement_comparison import (
    compare_versions,
    diff_words,
    section_text,
)
from samspel_desktop.services.agreements import new_section_key
from samspel_desktop.services.samspel import Samspel
from tests.conftest import make_pair

Reopen = Callable[[], Samspel]


def _pair_id(services: Samspel) -> int:
    return make_pair(services, start_date=dt.date(2027, 1, 1)).id


def test_remiss_freezes_the_text_and_records_answers(reopen: Reopen) -> None:
    services = reopen()
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair, template="vaggeryd", today=dt.date(2027, 1, 5))
    remiss = services.agreements.send_to_remiss(
        draft.id,
        ["Socialnämnden", "Barn- och utbildningsnämnden", "socialnämnden", "  "],
        sent_on=dt.date(2027, 8, 27),
        deadline=dt.date(2027, 11, 3),
        reference="KSAU 2027-08-27 § 111",
    )
    assert [a.recipient for a in remiss.answers] == [
        "Socialnämnden",
        "Barn- och utbildningsnämnden",
    ]
    assert services.agreements.get(draft.id).status is AgreementStatus.REMISS
    with pytest.raises(ImmutableError, match="remiss"):
        services.agreements.save_sections(draft.id, ())
    services.agreements.record_remiss_answer(
        remiss.answers[0].id,
        RemissStance.SUPPORTS,
        "Socialnämnden ställer sig bakom överenskommelsen.",
        answered_on=dt.date(2027, 12, 10),
    )
    services.agreements.add_remiss_recipient(draft.id, "Partigrupp S")
    with pytest.raises(ValidationError):
        services.agreements.add_remiss_recipient(draft.id, "partigrupp s")

    again = reopen().agreements.remiss(draft.id)
    assert again is not None
    assert again.deadline == dt.date(2027, 11, 3)
    assert [(a.recipient, a.stance) for a in again.answers] == [
        ("Socialnämnden", RemissStance.SUPPORTS),
        ("Barn- och utbildningsnämnden", RemissStance.PENDING),
        ("Partigrupp S", RemissStance.PENDING),
    ]
    assert again.answers[0].answered_on == dt.date(2027, 12, 10)
    hits = services.search.search("socialnämnden bakom").hits
    assert [h.kind for h in hits] == ["remiss.answer"]


def test_remiss_needs_a_recipient_and_a_sane_deadline(services: Samspel) -> None:
    draft = services.agreements.start_draft(services.pairs.get(_pair_id(services)))
    with pytest.raises(ValidationError, match="remissinstans"):
        services.agreements.send_to_remiss(draft.id, [" "], deadline=None)
    with pytest.raises(ValidationError, match="Sista svarsdag"):
        services.agreements.send_to_remiss(
            draft.id, ["KS"], sent_on=dt.date(2027, 5, 1), deadline=dt.date(2027, 4, 1)
        )
    assert services.agreements.get(draft.id).status is AgreementStatus.DRAFT


def test_adopt_records_both_parties_and_a_new_draft_continues(reopen: Reopen) -> None:
    services = reopen()
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair)
    adopted = services.agreements.adopt(draft.id, dt.date(2027, 2, 10), "§ 12", place="Vaggeryd")
    assert adopted.is_adopted
    assert [(s.side, s.name) for s in adopted.signatories] == [
        (Side.POLITICAL, "Anna Berg"),
        (Side.EXECUTIVE, "Karl Ek"),
    ]
    assert adopted.metadata.decision_paragraph == "§ 12"
    with pytest.raises(ImmutableError):
        services.agreements.adopt(draft.id, dt.date(2027, 2, 11))
    with pytest.raises(ImmutableError):
        services.agreements.save_header(draft.id, "Ny rubrik", adopted.metadata)
    follow_up = services.agreements.new_draft_from(draft.id, today=dt.date(2028, 1, 1))
    assert follow_up.status is AgreementStatus.DRAFT
    assert follow_up.number == 2
    assert follow_up.based_on_id == draft.id
    assert follow_up.sections == adopted.sections
    again = reopen().agreements.get(draft.id)
    assert again.adopted_place == "Vaggeryd"
    assert again.signatories == adopted.signatories


def _conclude(services: Samspel, pair_id: int, section_key: str, text: str) -> tuple[int, str]:
    conversation = services.conversations.start(
        pair_id, guide_ids=["skr-omraden"], date=dt.date(2027, 3, 1)
    )
    guide = conversation.guides[0]
    key = guide.question_key(guide.questions()[-1][1])
    services.conversations.save_answer(
        Answer(
            conversation.id,
            key,
            political="Vi vill ses oftare.",
            executive="Varannan vecka räcker.",
            conclusion=text,
            to_agreement=True,
            agreement_section_key=section_key,
        )
    )
    return conversation.id, key


def test_suggestion_is_taken_with_provenance(reopen: Reopen) -> None:
    services = reopen()
    pair_id = _pair_id(services)
    draft = services.agreements.start_draft(services.pairs.get(pair_id), template="skr")
    conversation_id, key = _conclude(
        services, pair_id, "samarbete", "Vi ses varannan vecka, måndagar kl. 8."
    )
    [suggestion] = services.agreements.suggestions(draft.id)
    assert suggestion.section_key == "samarbete"
    assert suggestion.question_text.startswith("Hur ska vårt samarbete se ut")
    services.agreements.take_suggestion(draft.id, suggestion)

    again = reopen().agreements
    section = again.get(draft.id).section("samarbete")
    assert section is not None
    assert section.blocks[-1] == Block(
        BlockType.PARAGRAPH, "Vi ses varannan vecka, måndagar kl. 8."
    )
    [link] = again.provenance(draft.id)
    assert (link.conversation_id, link.question_key, link.section_key) == (
        conversation_id,
        key,
        "samarbete",
    )
    assert link.conversation_date == dt.date(2027, 3, 1)
    assert again.suggestions(draft.id) == []
    # The link follows the text into the next draft, and goes when its section goes.
    adopted = again.adopt(draft.id, dt.date(2027, 4, 1))
    follow_up = again.new_draft_from(adopted.id)
    assert [p.question_key for p in again.provenance(follow_up.id)] == [key]
    kept = tuple(s for s in follow_up.sections if s.key != "samarbete")
    again.save_sections(follow_up.id, kept)
    assert again.provenance(follow_up.id) == []


def test_suggestion_for_a_missing_section_needs_a_choice(services: Samspel) -> None:
    pair_id = _pair_id(services)
    draft = services.agreements.start_draft(services.pairs.get(pair_id), template="skr")
    _conclude(services, pair_id, "finns-inte", "Text.")
    [suggestion] = services.agreements.suggestions(draft.id)
    with pytest.raises(ValidationError, match="Välj ett avsnitt"):
        services.agreements.take_suggestion(draft.id, suggestion)
    services.agreements.take_suggestion(draft.id, suggestion, section_key="malen")
    assert services.agreements.suggestions(draft.id) == []


def test_diff_words_marks_changed_words_only() -> None:
    segments = diff_words("Vi ses varannan vecka.", "Vi ses varje vecka.")
    assert [(s.kind, s.text) for s in segments] == [
        ("equal", "Vi ses "),
        ("delete", "varannan"),
        ("insert", "varje"),
        ("equal", " vecka."),
    ]


def test_compare_versions_section_by_section(services: Samspel) -> None:
    pair = services.pairs.get(_pair_id(services))
    old = services.agreements.start_draft(pair, template="skr")
    sections = list(old.sections)
    sections[0] = dataclasses.replace(
        sections[0], blocks=(Block(BlockType.BULLETS, items=("Budget i balans",)),)
    )
    sections[1] = dataclasses.replace(sections[1], title="Hur vi styr och leder")
    del sections[3]
    sections.append(AgreementSection("media", "Kontakter med media"))
    new = services.agreements.start_draft(pair, template="skr")
    services.agreements.save_sections(new.id, tuple(sections))
    comparison = compare_versions(old, services.agreements.get(new.id))
    changes = [(s.key, s.change) for s in comparison.sections]
    assert changes == [
        ("malen", "changed"),
        ("styra-och-leda", "changed"),
        ("arbetsfordelning", "unchanged"),
        ("media", "added"),
        ("samarbete", "removed"),
    ]
    assert comparison.changed == 4
    assert ("insert", "• Budget i balans") in [
        (s.kind, s.text) for s in comparison.sections[0].body
    ]


def test_new_section_key_is_unique() -> None:
    assert new_section_key([], "Kontakter med media!") == "kontakter-med-media"
    assert new_section_key(["avsnitt", "avsnitt-2"]) == "avsnitt-3"


def test_a_conclusion_keeps_its_bold_and_its_other_asterisks(services: Samspel) -> None:
    pair_id = _pair_id(services)
    draft = services.agreements.start_draft(services.pairs.get(pair_id), template="skr")
    _conclude(services, pair_id, "samarbete", "Vi ses **varje** vecka* (*utom juli).")
    [suggestion] = services.agreements.suggestions(draft.id)
    version = services.agreements.take_suggestion(draft.id, suggestion)
    section = version.section("samarbete")
    assert section is not None
    assert section.blocks[-1].text == r"Vi ses **varje** vecka\* (\*utom juli)."
    assert markup_text(section.blocks[-1].text) == "Vi ses varje vecka* (*utom juli)."


def test_comparison_shows_what_the_text_says() -> None:
    section = AgreementSection(
        "a",
        "A",
        (
            Block(BlockType.SUBHEADING, "**Inte fet**"),
            Block(BlockType.PARAGRAPH, r"Vi *ses* \*ofta\*."),
            Block(BlockType.BULLETS, items=("**Leda**",)),
        ),
    )
    assert section_text(section) == "**Inte fet**\n\nVi ses *ofta*.\n\n• Leda"


def test_a_committee_pairs_agreement_names_its_committee(services: Samspel) -> None:
    pair = services.pairs.add(
        organisation="Vaggeryds kommun",
        political="Eva Lund",
        executive="Per Ek",
        kind=PairKind.COMMITTEE,
        body="Socialnämnden",
        start_date=dt.date(2027, 1, 1),
    )
    draft = services.agreements.start_draft(pair, template="vaggeryd", today=dt.date(2027, 1, 5))
    meta = draft.metadata
    assert meta.decided_by == "Socialnämnden"
    assert meta.applies_to == "Socialnämndens ordförande och förvaltningschef, Vaggeryds kommun"
    assert (
        draft.title == "Överenskommelse om samspel – socialnämndens ordförande och förvaltningschef"
    )
    text = " ".join(
        " ".join(
            (
                s.title,
                s.guidance,
                *(b.text for b in s.blocks),
                *(i for b in s.blocks for i in b.items),
            )
        )
        for s in draft.sections
    )
    assert "KSO" not in text and "KD" not in text and "kommundirektör" not in text
    assert "{" not in text
    assert "Socialnämndens ordförande och förvaltningschefen" in text
    assert "Samspel – och den viktiga knutpunkten ordförande–förvaltningschef" in [
        s.title for s in draft.sections
    ]


def test_the_vaggeryd_skeleton_has_every_subsection(services: Samspel) -> None:
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair, template="vaggeryd", today=dt.date(2027, 1, 5))
    titles = [s.title for s in draft.sections]
    assert titles == [
        "Hur vi ska styra och leda tillsammans",
        "Fördelning av ansvar och roller",
        "Kommunikationsvägar",
        "Samspel – och den viktiga knutpunkten KSO–KD",
        "Överenskommelse",
    ]
    subheadings = {
        s.key: [b.text for b in s.blocks if b.type is BlockType.SUBHEADING] for s in draft.sections
    }
    assert subheadings["ansvar-och-roller"] == [
        "Politiken ska:",
        "Politikerns roll",
        "Tjänsteorganisationen ska:",
        "Tjänstemännens roll",
        "Kommunstyrelsens ordförande och kommundirektören",
        "Oppositionen och kommundirektören",
        "Nämnden och förvaltningschefen",
    ]
    assert subheadings["kommunikationsvagar"] == [
        "Förtroendevalda",
        "Medborgare, invånare och brukare",
        "Ledare",
        "Medarbetare",
        "Meddelarfrihet och visselblåsarfunktion",
        "Kommunikation i akuta frågor",
        "Kommunikation med media",
    ]
    roles = draft.section("ansvar-och-roller")
    assert roles is not None
    text = " ".join(b.text for b in roles.blocks)
    assert "pressad" in text and "avgörs ytterst av ordföranden" in text
    last = draft.section("overenskommelse")
    assert last is not None
    assert any("Utbildning genomföras efter varje val" in i for b in last.blocks for i in b.items)
    assert any("mellan KSO och KD" in i for b in last.blocks for i in b.items)


def test_adoption_sets_applies_from_and_a_new_draft_says_what_it_replaces(
    services: Samspel,
) -> None:
    pair = services.pairs.get(_pair_id(services))
    draft = services.agreements.start_draft(pair, today=dt.date(2027, 1, 5))
    services.agreements.save_header(
        draft.id,
        draft.title,
        dataclasses.replace(draft.metadata, registration_number="KS 2027/12"),
    )
    adopted = services.agreements.adopt(draft.id, dt.date(2027, 1, 28), "§ 12")
    assert adopted.metadata.valid_from == dt.date(2027, 1, 28)
    second = services.agreements.new_draft_from(adopted.id, today=dt.date(2028, 1, 1))
    assert second.metadata.valid_from is None
    assert second.metadata.replaces == (
        "Överenskommelse om samspel – kommunstyrelsens ordförande och kommundirektör, version 1, "
        "antagen av kommunstyrelsen 2027-01-28 § 12, dnr KS 2027/12"
    )


def test_pictures_keep_their_bytes_when_saved_without_them(services: Samspel) -> None:
    pair = services.pairs.get(_pair_id(services))
    picture = Block(BlockType.IMAGE, "Kommunikationsvägar", image=b"\x89PNG\r\n\x1a\nfake")
    draft = services.agreements.add_imported_draft(
        pair,
        "Överenskommelse",
        (
            AgreementSection(
                "vagar",
                "Kommunikationsvägar",
                (
                    Block(BlockType.PARAGRAPH, "Före."),
                    picture,
                    Block(BlockType.PARAGRAPH, "Bild 1."),
                ),
            ),
        ),
    )
    [section] = services.agreements.get(draft.id).sections
    assert section_text(section) == "Före.\n\n[Bild: Kommunikationsvägar]\n\nBild 1."
    # A picture moved below its caption and renamed, without its bytes: the bytes follow.
    edited = (
        Block(BlockType.PARAGRAPH, "Före."),
        Block(BlockType.PARAGRAPH, "Bild 1."),
        Block(BlockType.IMAGE, "Vägarna"),
    )
    services.agreements.save_sections(draft.id, (dataclasses.replace(section, blocks=edited),))
    [saved] = services.agreements.get(draft.id).sections
    assert [b.type for b in saved.blocks] == [
        BlockType.PARAGRAPH,
        BlockType.PARAGRAPH,
        BlockType.IMAGE,
    ]
    assert saved.blocks[2].text == "Vägarna" and saved.blocks[2].image == picture.image
    # A picture line typed with nothing behind it stays text.
    services.agreements.save_sections(
        draft.id,
        (
            dataclasses.replace(
                section, blocks=(Block(BlockType.IMAGE, "ny"), Block(BlockType.IMAGE, "x"))
            ),
        ),
    )
    [again] = services.agreements.get(draft.id).sections
    assert again.blocks[0].type is BlockType.IMAGE
    assert again.blocks[1] == Block(BlockType.PARAGRAPH, "[Bild: x]")


def test_clean_sections_cleans_every_text_and_keeps_clean_blocks_as_they_are() -> None:
    from samspel_desktop.services.agreements import clean_sections

    clean = Block(BlockType.BULLETS, items=("ett", "två"))
    dirty = Block(BlockType.PARAGRAPH, "rad\r\nett\x00")
    dirty_item = Block(BlockType.NUMBERED, items=("ok", "a\u2028b"))
    (section,) = clean_sections((AgreementSection("k", " Rubrik ", (clean, dirty, dirty_item)),))
    assert section.title == "Rubrik"
    assert section.blocks[0] is clean
    assert section.blocks[1] == Block(BlockType.PARAGRAPH, "rad\nett")
    assert section.blocks[2] == Block(BlockType.NUMBERED, items=("ok", "a\nb"))
