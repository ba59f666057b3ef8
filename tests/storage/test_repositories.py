"""Round trips through the real database, closing and reopening it in between."""

import dataclasses
import datetime as dt
import sqlite3

import pytest

from samspel_desktop.domain.errors import ImmutableError, NotFoundError
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementStatus,
    Answer,
    Block,
    BlockType,
    CommitmentStatus,
    ConversationStatus,
    PairKind,
    Phase,
    Rating,
    Side,
)
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.conversations import ConversationRepository
from samspel_desktop.storage.database import Store
from samspel_desktop.storage.guides import GuideRepository
from tests.conftest import MakePair, Reopen, make_pair


def _pair(services: Samspel) -> int:
    return make_pair(services, start_date=dt.date(2027, 1, 1)).id


def test_pair_round_trip(reopen: Reopen) -> None:
    first = reopen()
    pair_id = _pair(first)
    first.close()
    pair = reopen().pairs.get(pair_id)
    assert pair.organisation.name == "Vaggeryds kommun"
    assert pair.kind is PairKind.KSO_KD
    assert pair.political.title == "Kommunstyrelsens ordförande"
    assert pair.executive.name == "Karl Ek"
    assert pair.phase is Phase.BUILDING
    assert pair.start_date == dt.date(2027, 1, 1)


def test_new_person_makes_a_new_pair_that_keeps_history(
    reopen: Reopen, make_pair: MakePair
) -> None:
    services = reopen()
    old = _pair(services)
    services.pairs.end(old, dt.date(2026, 12, 31))
    new = make_pair(
        services, political="Sara Lind", predecessor_id=old, start_date=dt.date(2027, 6, 1)
    )
    assert new.predecessor_id == old
    assert new.organisation.id == services.pairs.get(old).organisation.id
    assert [p.id for p in services.pairs.all()] == [old, new.id]


def test_conversation_keeps_its_guide_snapshot(reopen: Reopen, store: Store) -> None:
    services = reopen()
    pair_id = _pair(services)
    guide = services.guides.get("skr-omraden")
    conversation = services.conversations.start(
        pair_id, guide_ids=["skr-omraden"], date=dt.date(2027, 2, 3)
    )
    changed = dataclasses.replace(guide, version=guide.version + 1, title="Ändrad titel")
    GuideRepository(store).save(changed)  # the stored guide changes beneath the services
    services.close()
    again = reopen()
    stored = again.conversations.get(conversation.id)
    assert stored.guides[0].title == guide.title
    assert stored.guides[0].version == guide.version
    assert again.guides.get("skr-omraden").title == "Ändrad titel"
    assert stored.date == dt.date(2027, 2, 3)
    assert stored.present == ("Anna Berg", "Karl Ek")
    assert stored.status is ConversationStatus.PLANNED


def test_answers_ratings_and_notes_survive_reopening(reopen: Reopen) -> None:
    services = reopen()
    pair_id = _pair(services)
    conversation = services.conversations.start(pair_id)
    key = "skr-omraden/svart"
    services.conversations.save_answer(
        Answer(
            conversation.id,
            key,
            political="Tid räcker inte",
            executive="Otydliga uppdrag",
            conclusion="Vi ses varannan vecka",
            to_agreement=True,
            agreement_section_key="samarbete",
        )
    )
    services.conversations.rate(conversation.id, "f/lyssnande", Side.POLITICAL, 4)
    services.conversations.rate(conversation.id, "f/lyssnande", Side.POLITICAL, 5)
    services.conversations.set_notes(conversation.id, "Fria anteckningar")
    services.conversations.set_status(conversation.id, ConversationStatus.DONE)
    services.conversations.set_next_meeting(conversation.id, dt.date(2027, 3, 1))
    services.close()
    again = reopen()
    answer = again.conversations.answers(conversation.id)[key]
    assert (answer.political, answer.executive, answer.conclusion) == (
        "Tid räcker inte",
        "Otydliga uppdrag",
        "Vi ses varannan vecka",
    )
    assert answer.to_agreement
    assert answer.agreement_section_key == "samarbete"
    assert again.conversations.ratings(conversation.id, "f/lyssnande") == {Side.POLITICAL: 5}
    stored = again.conversations.get(conversation.id)
    assert stored.notes == "Fria anteckningar"
    assert stored.status is ConversationStatus.DONE
    assert stored.next_meeting == dt.date(2027, 3, 1)


def test_rating_outside_scale_is_rejected_by_the_database(services: Samspel, store: Store) -> None:
    conversation = services.conversations.start(_pair(services))
    with pytest.raises(sqlite3.IntegrityError):
        ConversationRepository(store).save_rating(Rating(conversation.id, "x/y", Side.EXECUTIVE, 6))


def test_commitment_life_cycle(reopen: Reopen) -> None:
    services = reopen()
    pair_id = _pair(services)
    first = services.conversations.start(pair_id, date=dt.date(2027, 1, 10))
    second = services.conversations.start(pair_id, date=dt.date(2027, 2, 10))
    made = services.commitments.add(
        pair_id,
        "Ta fram en mötesplan",
        Side.EXECUTIVE,
        owner_name="Karl Ek",
        due_date=dt.date(2027, 2, 1),
        created_in=first.id,
    )
    assert made.is_overdue(dt.date(2027, 2, 5))
    services.commitments.set_status(made.id, CommitmentStatus.DONE, closed_in=second.id)
    services.close()
    stored = reopen().commitments.get(made.id)
    assert stored.status is CommitmentStatus.DONE
    assert (stored.created_in, stored.closed_in) == (first.id, second.id)
    assert not stored.is_overdue(dt.date(2027, 2, 5))


def test_adopted_agreement_is_immutable_also_in_sql(reopen: Reopen, store: Store) -> None:
    services = reopen()
    pair = services.pairs.get(_pair(services))
    draft = services.agreements.start_draft(pair, today=dt.date(2027, 1, 15))
    assert draft.status is AgreementStatus.DRAFT
    assert [s.key for s in draft.sections] == [
        "malen",
        "styra-och-leda",
        "arbetsfordelning",
        "samarbete",
    ]
    assert draft.metadata.review_by == dt.date(2030, 10, 15)
    sections = (
        AgreementSection(
            "samarbete",
            "Hur vi ska samarbeta",
            (
                Block(BlockType.PARAGRAPH, "Vi träffas varannan vecka."),
                Block(BlockType.BULLETS, items=("Transparens", "Lyssnande")),
            ),
        ),
    )
    services.agreements.save_sections(draft.id, sections)
    services.agreements.adopt(draft.id, dt.date(2027, 3, 1), "§ 12")
    services.close()
    again = reopen()
    adopted = again.agreements.get(draft.id)
    assert adopted.is_adopted
    assert adopted.metadata.decision_paragraph == "§ 12"
    assert adopted.sections[0].blocks[1].items == ("Transparens", "Lyssnande")
    with pytest.raises(ImmutableError):
        again.agreements.save_sections(draft.id, ())
    with pytest.raises(sqlite3.IntegrityError, match="immutable"), store.write() as conn:
        conn.execute("UPDATE agreement_sections SET title = 'x' WHERE version_id = ?", [draft.id])
    with pytest.raises(ImmutableError):
        again.trash.delete("agreement", draft.id)
    successor = again.agreements.start_draft(pair, copy_from=adopted)
    assert successor.number == 2
    assert successor.based_on_id == adopted.id
    assert successor.sections == adopted.sections


def test_delete_goes_to_trash_and_can_be_restored(reopen: Reopen) -> None:
    services = reopen()
    pair_id = _pair(services)
    conversation = services.conversations.start(pair_id)
    services.trash.delete("conversation", conversation.id)
    assert services.conversations.all(pair_id) == []
    assert [(i.kind, i.id) for i in services.trash.items()] == [("conversation", conversation.id)]
    services.close()
    again = reopen()
    with pytest.raises(NotFoundError):
        again.conversations.get(conversation.id)
    again.trash.restore("conversation", conversation.id)
    assert again.conversations.get(conversation.id).id == conversation.id
    with pytest.raises(ImmutableError):
        again.trash.delete("guide", "skr-omraden")


def test_conversations_share_parsed_guide_snapshots(services: Samspel, make_pair: MakePair) -> None:
    pair = make_pair(services, organisation="Alingsås kommun", political="A", executive="B")
    for day in (1, 2):
        services.conversations.start(pair.id, guide_ids=["skr-omraden"], date=dt.date(2027, 1, day))
    first, second = services.conversations.all(pair.id)
    assert first.guides == second.guides
    assert first.guides[0] is second.guides[0]  # parsed once (start-page budget)


def test_conversation_summaries_are_the_conversations_without_their_guides(
    services: Samspel, store: Store, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="A", executive="B")
    other = make_pair(services, organisation="Borås kommun", political="C", executive="D")
    later = services.conversations.start(
        pair.id, guide_ids=["skr-omraden", "skr-forhallningssatt"], date=dt.date(2027, 3, 1)
    )
    earlier = services.conversations.start(
        pair.id, guide_ids=["skr-omraden"], date=dt.date(2027, 2, 1)
    )
    services.conversations.start(other.id, date=dt.date(2027, 2, 15))
    gone = services.conversations.start(pair.id, date=dt.date(2027, 4, 1))
    services.trash.delete("conversation", gone.id)
    services.conversations.set_status(later.id, ConversationStatus.DONE)

    summaries = services.conversations.summaries(pair.id)

    full = services.conversations.all(pair.id)
    assert [s.id for s in summaries] == [c.id for c in full] == [earlier.id, later.id]
    for summary, conversation in zip(summaries, full, strict=True):
        assert summary.pair_id == conversation.pair_id == pair.id
        assert summary.date == conversation.date
        assert summary.status is conversation.status
        assert summary.guide_titles == tuple(g.title for g in conversation.guides)
    assert len(summaries[1].guide_titles) == 2  # in the conversation's own order


def test_a_damaged_guide_snapshot_leaves_only_its_title_out_of_the_summary(
    services: Samspel, store: Store, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="A", executive="B")
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    store.conn.execute(
        "UPDATE conversation_guides SET snapshot = '{\"title\": trasig' WHERE conversation_id = ?",
        [conversation.id],
    )
    (summary,) = services.conversations.summaries(pair.id)
    assert summary.id == conversation.id
    assert summary.guide_titles == ()


def test_pairs_and_guides_are_listed_in_swedish_order(services: Samspel) -> None:
    from tests.conftest import make_pair

    for organisation in (
        "Örebro kommun",
        "Ängelholms kommun",
        "Åre kommun",
        "öckerö kommun",
        "Ystads kommun",
        "Arvika kommun",
    ):
        make_pair(services, organisation=organisation)
    assert [p.organisation.name for p in services.pairs.all()] == [
        "Arvika kommun",
        "Ystads kommun",
        "Åre kommun",
        "Ängelholms kommun",
        "öckerö kommun",
        "Örebro kommun",
    ]
    for title in ("Östra samtalet", "Ärliga frågor", "Åtta frågor", "Andra frågor"):
        copy = services.guides.editing.duplicate("skr-omraden")
        services.guides.editing.save(dataclasses.replace(copy, title=title))
    own = [g.title for g in services.guides.all() if not g.builtin]
    assert own == ["Andra frågor", "Åtta frågor", "Ärliga frågor", "Östra samtalet"]
