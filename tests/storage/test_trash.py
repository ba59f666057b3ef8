"""Emptying the trash really deletes: children go too, and no deleted text is left in the file."""

from __future__ import annotations

import datetime as dt

from samspel_desktop.domain.model import Answer, Side
from samspel_desktop.domain.search import parse_query
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store
from samspel_desktop.storage.search import SearchRepository
from tests.conftest import MakePair

SECRET = "Hemlighetsfullt förtroende"


def _raw_bytes(paths: DataPaths) -> bytes:
    files = [paths.database, paths.database.with_name(paths.database.name + "-wal")]
    return b"".join(p.read_bytes() for p in files if p.exists())


def test_emptying_removes_a_conversation_and_its_text_from_the_file(
    services: Samspel, store: Store, paths: DataPaths, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="Anna", executive="Karl")
    kept = services.conversations.start(pair.id)
    gone = services.conversations.start(pair.id)
    services.conversations.set_notes(gone.id, f"{SECRET} i anteckningen")
    services.conversations.save_answer(Answer(gone.id, "q1", political=f"{SECRET} svar"))
    commitment = services.commitments.add(pair.id, "Ses varje vecka", Side.BOTH, created_in=gone.id)
    services.trash.delete("conversation", gone.id)
    assert SECRET.encode() in _raw_bytes(paths)

    counts = services.trash.empty()

    assert counts["conversation"] == 1
    assert services.trash.items() == []
    assert [c.id for c in services.conversations.all()] == [kept.id]
    assert services.conversations.answers(gone.id) == {}
    # The commitment stays with its pair; it just no longer points at the deleted meeting.
    assert services.commitments.get(commitment.id).created_in is None
    assert services.search.search("Hemlighetsfullt").hits == []
    assert SearchRepository(store).search(parse_query("Hemlighetsfullt")) == []  # nor indexed
    assert services.data_folder.integrity_problems() == []
    assert SECRET.encode() not in _raw_bytes(paths)


def test_emptying_a_pair_takes_its_children_and_unshared_people(
    services: Samspel, make_pair: MakePair
) -> None:
    old = make_pair(services, political="Anna", executive="Karl")
    new = make_pair(services, political="Eva", executive="Olle", predecessor_id=old.id)
    conversation = services.conversations.start(old.id)
    services.conversations.save_answer(Answer(conversation.id, "q1", political="svar"))
    services.commitments.add(old.id, "Gammalt åtagande", Side.POLITICAL)
    services.agreements.start_draft(old)
    services.trash.delete("pair", old.id)

    counts = services.trash.empty()

    assert counts["pair"] == 1
    assert counts["conversation"] == 1
    assert counts["commitment"] == 1
    assert counts["agreement"] == 1
    assert counts["person"] == 2
    assert [p.id for p in services.pairs.all()] == [new.id]
    assert services.pairs.get(new.id).predecessor_id is None
    assert services.data_folder.integrity_problems() == []


def test_a_pair_with_an_adopted_agreement_stays_in_the_trash(
    services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="Anna", executive="Karl")
    draft = services.agreements.start_draft(pair)
    services.agreements.adopt(draft.id, dt.date(2027, 2, 1), "§ 12")
    services.trash.delete("pair", pair.id)
    counts = services.trash.empty()
    assert counts["pair"] == 0
    assert [(i.kind, i.id) for i in services.trash.items()] == [("pair", pair.id)]
    services.trash.restore("pair", pair.id)
    assert services.agreements.current(pair.id) is not None


def test_empty_trash_is_a_no_op(services: Samspel) -> None:
    assert sum(services.trash.empty().values()) == 0


def test_emptying_the_trash_takes_grey_zone_and_agreement_children_along(
    services: Samspel, store: Store, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, date=dt.date(2027, 1, 5))
    services.conversations.save_answer(
        Answer(
            conversation.id,
            "skr-omraden/vad-ar-svart",
            conclusion="Vi ses varje vecka",
            to_agreement=True,
            agreement_section_key="samarbete",
        )
    )
    services.greyzone.add(pair.id, "Hemlig gråzonsfråga", conversation_id=conversation.id)
    draft = services.agreements.start_draft(pair)
    [suggestion] = services.agreements.suggestions(draft.id)
    services.agreements.take_suggestion(draft.id, suggestion)
    services.agreements.send_to_remiss(draft.id, ["Socialnämnden"], deadline=None)
    services.trash.delete("pair", pair.id)
    counts = services.trash.empty()
    assert counts["pair"] == 1
    assert counts["greyzone"] == 1
    for table in (
        "greyzone_entries",
        "agreement_provenance",
        "agreement_remisses",
        "agreement_remiss_answers",
        "conversations",
        "pairs",
    ):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert services.data_folder.integrity_problems() == []


def test_an_organisation_whose_last_pair_is_emptied_leaves_no_name_behind(
    services: Samspel, store: Store, paths: DataPaths, make_pair: MakePair
) -> None:
    """Privacy: the name of a kommun went with none of its pairs left (issue 13, section 5)."""
    secret = make_pair(services, organisation="Hemlösa kommun")
    shared = make_pair(services, organisation="Delade kommun", political="Eva")
    make_pair(services, organisation="Delade kommun", political="Per")
    services.trash.delete("pair", secret.id)
    services.trash.delete("pair", shared.id)

    counts = services.trash.empty()

    assert counts["organisation"] == 1
    names = [r["name"] for r in store.rows("SELECT name FROM organisations")]
    assert names == ["Delade kommun"]  # it still has a pair
    assert [p.political.name for p in services.pairs.all()] == ["Per"]
    assert services.data_folder.integrity_problems() == []
    store.close()
    assert "Hemlösa kommun".encode() not in _raw_bytes(paths)
