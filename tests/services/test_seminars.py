"""Seminars: groups, answers, files from other laptops, merging with conflicts, the summary."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.errors import NotFoundError, UserFacingError, ValidationError
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.seminar_demo import ANSWERS, GROUPS, load_seminar_demo
from samspel_desktop.services.seminars import Resolution, read_seminar_file
from samspel_desktop.storage import archive as storage_archive
from samspel_desktop.storage.database import Store
from tests.conftest import in_memory_services
from tests.services.file_fuzz import damaged_json, database_files


def _seminar(services: Samspel, groups: int = 2) -> int:
    seminar = services.seminars.create(
        title="Samspelsdag",
        date=dt.date(2027, 2, 10),
        guide_id="skr-omraden",
        place="Vaggeryd",
        facilitator="Eva Lund",
        groups=[
            (f"Grupp {n}", f"Person {n}a (KSO), Person {n}b (KD)") for n in range(1, groups + 1)
        ],
    )
    return seminar.id


def _docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_a_seminar_is_saved_with_its_groups_and_guide_snapshot(
    services: Samspel, reopen: object
) -> None:
    seminar_id = _seminar(services)
    seminar = services.seminars.get(seminar_id)
    assert len(seminar.uuid) == 36
    assert [m.role for m in seminar.groups[0].members] == ["KSO", "KD"]
    assert seminar.current_question == seminar.question_keys()[0]
    keys = seminar.question_keys()
    services.seminars.save_answer(seminar_id, seminar.groups[0].id, keys[0], "Mål och ramar.")
    services.seminars.save_synthesis(seminar_id, keys[0], "Gemensamt: mål.")
    assert services.seminars.step(seminar_id, 1).current_question == keys[1]
    assert services.seminars.step(seminar_id, -5).current_question == keys[0]
    services.seminars.set_minutes(seminar_id, keys[0], 60)
    with pytest.raises(ValidationError, match="1–180"):
        services.seminars.set_minutes(seminar_id, keys[0], 181)
    again = reopen()  # type: ignore[operator]
    stored = again.seminars.get(seminar_id)
    assert stored.minutes_for(keys[0]) == 60
    assert stored.minutes_for(keys[1]) == 10
    assert again.seminars.answers(seminar_id)[seminar.groups[0].id][keys[0]].text == (
        "Mål och ramar."
    )
    assert again.seminars.syntheses(seminar_id) == {keys[0]: "Gemensamt: mål."}


def test_duplicate_group_names_are_refused(services: Samspel) -> None:
    seminar_id = _seminar(services)
    with pytest.raises(ValidationError, match="redan en grupp"):
        services.seminars.add_group(seminar_id, "grupp  1")


def test_group_file_round_trip_and_merge_with_conflict(tmp_path: Path, services: Samspel) -> None:
    seminar = services.seminars.get(_seminar(services))
    keys = seminar.question_keys()
    group = seminar.groups[0]
    services.seminars.save_answer(seminar.id, group.id, keys[0], "Facilitatorns anteckning.")
    handout = services.seminars.export_file(seminar.id, tmp_path / "seminarium.json")
    assert "Facilitatorns" not in handout.read_text("utf-8"), "the hand-out carries no answers"

    laptop = Samspel.open(DataPaths(tmp_path / "laptop"))
    try:
        report = laptop.seminars.import_file(handout)
        assert report.created_seminar
        copy = laptop.seminars.find(seminar.uuid)
        laptop_group = copy.group_named("Grupp 1")
        assert laptop_group is not None
        laptop.seminars.save_answer(copy.id, laptop_group.id, keys[0], "Gruppens egen text.")
        laptop.seminars.save_answer(copy.id, laptop_group.id, keys[1], "Andra frågan.")
        exported = laptop.seminars.export_group(seminar.uuid, "Grupp 1", tmp_path / "grupp1.json")
    finally:
        laptop.close()
    data = json.loads(exported.read_text("utf-8"))
    assert data["format"] == "samspel-seminar" and data["format_version"] == 1
    assert data["seminar"]["uuid"] == seminar.uuid
    assert [g["name"] for g in data["groups"]] == ["Grupp 1"]
    assert data["groups"][0]["answers"][0] == {
        "guide_id": "skr-omraden",
        "question_id": keys[0].split("/")[1],
        "text": "Gruppens egen text.",
    }

    report = services.seminars.import_file(exported)
    assert report.answers_added == 1
    assert report.conflicts == (("Grupp 1", keys[0]),)
    answers = services.seminars.answers(seminar.id)[group.id]
    assert answers[keys[0]].text == "Facilitatorns anteckning.", "nothing overwritten"
    assert answers[keys[0]].conflict_text == "Gruppens egen text."
    assert answers[keys[0]].conflict_source == "grupp1.json"
    assert answers[keys[1]].text == "Andra frågan."

    # The same file again changes nothing and raises no new conflict.
    again = services.seminars.import_file(exported)
    assert (again.answers_added, again.unchanged, again.conflicts) == (0, 2, ())

    # Typing keeps the conflict open; the facilitator then chooses.
    services.seminars.save_answer(
        seminar.id, group.id, keys[0], "Facilitatorns anteckning, ändrad."
    )
    assert services.seminars.answers(seminar.id)[group.id][keys[0]].has_conflict
    resolved = services.seminars.resolve_conflict(
        seminar.id, group.id, keys[0], Resolution.KEEP_BOTH
    )
    assert resolved.text == "Facilitatorns anteckning, ändrad.\n\nGruppens egen text."
    assert not services.seminars.answers(seminar.id)[group.id][keys[0]].has_conflict


def test_resolutions_keep_mine_and_take_imported(tmp_path: Path, services: Samspel) -> None:
    seminar = services.seminars.get(_seminar(services))
    keys, group = seminar.question_keys(), seminar.groups[1]
    services.seminars.save_answer(seminar.id, group.id, keys[0], "Min")
    services.seminars.save_answer(seminar.id, group.id, keys[1], "Min")
    path = services.seminars.export_group(seminar.uuid, "Grupp 2", tmp_path / "g.json")
    data = json.loads(path.read_text("utf-8"))
    for answer in data["groups"][0]["answers"]:
        answer["text"] = "Deras"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert len(services.seminars.import_file(path).conflicts) == 2
    services.seminars.resolve_conflict(seminar.id, group.id, keys[0], Resolution.KEEP_MINE)
    services.seminars.resolve_conflict(seminar.id, group.id, keys[1], Resolution.TAKE_IMPORTED)
    answers = services.seminars.answers(seminar.id)[group.id]
    assert (answers[keys[0]].text, answers[keys[1]].text) == ("Min", "Deras")


def test_bad_seminar_files_are_refused_in_swedish(tmp_path: Path, services: Samspel) -> None:
    seminar = services.seminars.get(_seminar(services))
    path = services.seminars.export_group(seminar.uuid, "Grupp 1", tmp_path / "g.json")
    data = json.loads(path.read_text("utf-8"))
    bad = tmp_path / "bad.json"
    data["groups"][0]["answers"] = [{"guide_id": "x", "question_id": "y", "text": "t"}]
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ValidationError, match="inte finns i filens guide"):
        services.seminars.import_file(bad)
    bad.write_text("{", "utf-8")
    with pytest.raises(ValidationError, match="inte en giltig seminariefil"):
        services.seminars.import_file(bad)
    bad.write_text(json.dumps({"format": "samspel-guide"}), "utf-8")
    with pytest.raises(ValidationError, match="inte en Samspel-seminariefil"):
        services.seminars.import_file(bad)
    with pytest.raises(NotFoundError, match="ingen grupp"):
        services.seminars.export_group(seminar.uuid, "Grupp 9", tmp_path / "x.json")
    with pytest.raises(ValidationError, match="UUID"):
        services.seminars.find("inte-ett-id")


def test_eight_groups_two_from_other_laptops_make_a_complete_summary(
    tmp_path: Path, services: Samspel
) -> None:
    """Six tables are typed in by the facilitator; tables 7 and 8 typed on their own laptops."""
    seminar_id = load_seminar_demo(services, with_answers=False)
    seminar = services.seminars.get(seminar_id)
    keys = seminar.question_keys()
    handout = services.seminars.export_file(seminar_id, tmp_path / "utdelning.json")
    for group, (first, second) in list(zip(seminar.groups, ANSWERS, strict=True))[:6]:
        services.seminars.save_answer(seminar_id, group.id, keys[0], first)
        services.seminars.save_answer(seminar_id, group.id, keys[1], second)
    returned = []
    for n in (6, 7):
        name = GROUPS[n][0]
        laptop = Samspel.open(DataPaths(tmp_path / f"laptop-{n}"))
        try:
            laptop.seminars.import_file(handout)
            copy = laptop.seminars.find(seminar.uuid)
            group = copy.group_named(name)
            assert group is not None
            laptop.seminars.save_answer(copy.id, group.id, keys[0], ANSWERS[n][0])
            laptop.seminars.save_answer(copy.id, group.id, keys[1], ANSWERS[n][1])
            returned.append(
                laptop.seminars.export_group(seminar.uuid, name, tmp_path / f"{n}.json")
            )
        finally:
            laptop.close()
    for path in returned:
        report = services.seminars.import_file(path)
        assert (report.answers_added, report.conflicts) == (2, ())
    services.seminars.save_synthesis(seminar_id, keys[0], "Syntesen om uppdragen.")
    result = services.seminars.export_summary(seminar_id, tmp_path / "sammanstallning.docx")
    text = _docx_text(result.path)
    for (name, _), (first, second) in zip(GROUPS, ANSWERS, strict=True):
        assert text.count(f"{name}: ") == len(keys)
        assert first in text
        assert second in text
    assert "Syntes: Syntesen om uppdragen." in text
    # Per question, the groups come in order and the synthesis last.
    first_question = text[text.index(seminar.questions()[0][1].text) :]
    positions = [first_question.index(f"{name}: ") for name, _ in GROUPS]
    assert positions == sorted(positions)
    assert first_question.index("Syntes:") > positions[-1]


def test_summary_marks_unresolved_conflicts(tmp_path: Path, services: Samspel) -> None:
    seminar = services.seminars.get(_seminar(services))
    keys, group = seminar.question_keys(), seminar.groups[0]
    services.seminars.save_answer(seminar.id, group.id, keys[0], "Vår text")
    path = services.seminars.export_group(seminar.uuid, "Grupp 1", tmp_path / "g.json")
    data = json.loads(path.read_text("utf-8"))
    data["groups"][0]["answers"][0]["text"] = "Deras text"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    services.seminars.import_file(path)
    text = _docx_text(services.seminars.export_summary(seminar.id, tmp_path / "s.docx").path)
    assert "Grupp 1: Vår text" in text
    assert "Olöst skillnad – text från g.json:" in text
    assert "Deras text" in text


def test_emptying_the_trash_removes_a_seminar_and_its_children(
    services: Samspel, store: Store
) -> None:
    seminar_id = load_seminar_demo(services)
    services.trash.delete("seminar", seminar_id)
    assert services.seminars.all() == []
    assert [i.kind for i in services.trash.items()] == ["seminar"]
    counts = services.trash.empty()
    assert counts["seminar"] == 1
    for table in ("seminars", "seminar_groups", "seminar_answers", "seminar_syntheses"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0
    assert services.search.search("ambassadörer").hits == []


def test_seminar_text_is_searchable_and_archived(tmp_path: Path, services: Samspel) -> None:
    seminar_id = load_seminar_demo(services)
    [hit] = services.search.search("ambassadörer").hits
    assert hit.kind_label == "Seminarium, gruppens svar"
    assert hit.target_id == seminar_id
    services.data_folder.export_archive(tmp_path / "arkiv.json")
    other = Samspel.open(DataPaths(tmp_path / "other"))
    try:
        other.data_folder.import_archive(tmp_path / "arkiv.json", replace=False)
        assert other.seminars.get(seminar_id).title == services.seminars.get(seminar_id).title
        assert other.seminars.answers(seminar_id) == services.seminars.answers(seminar_id)
    finally:
        other.close()


def test_the_summary_names_whose_words_each_question_is(tmp_path: Path, services: Samspel) -> None:
    seminar = services.seminars.get(_seminar(services))
    text = _docx_text(services.seminars.export_summary(seminar.id, tmp_path / "s.docx").path)
    guide = seminar.guide
    from samspel_desktop.domain.guides import attribution_text, question_attribution

    for _, question in guide.questions():
        assert attribution_text(question_attribution(guide, question)) in text


# --- hostile seminar files -----------------------------------------------------------------


def test_a_seminar_file_saved_with_a_byte_order_mark_is_read(
    tmp_path: Path, services: Samspel
) -> None:
    seminar = services.seminars.get(_seminar(services))
    path = services.seminars.export_file(seminar.id, tmp_path / "s.json")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read_seminar_file(path).uuid == seminar.uuid


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (DEEP, "nästlad djupare"),
        ('{"format": "samspel-seminar", "groups": ' + DEEP + "}", "nästlad"),
        ('{"format": "samspel-seminar", "format_version": true}', "formatversion"),
        ('{"format": "samspel-seminar", "x": Infinity}', "inte en giltig seminariefil"),
        ('{"\\udfff": 1}', "ogiltiga tecken"),
        ("\xff", "inte en giltig seminariefil"),
    ],
)
def test_hostile_seminar_files_give_one_swedish_line_and_leave_the_database_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    from samspel_desktop.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "list", "guides"]) == 0
    path = tmp_path / "seminar.json"
    path.write_text(content, "utf-8")
    before = database_files(data)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "seminar", "import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("samspel: fel: ") and err.count("\n") == 1, err
    assert re.search(message, err), err
    assert database_files(data) == before


@functools.cache
def _group_file() -> Any:
    """A group's file as it comes back to the facilitator: the seminar, one group, answers."""
    services = Samspel.in_memory()
    try:
        seminar = services.seminars.get(_seminar(services))
        for key in seminar.question_keys()[:3]:
            services.seminars.save_answer(seminar.id, seminar.groups[0].id, key, f"Svar {key}")
        with tempfile.TemporaryDirectory() as folder:
            path = services.seminars.export_group(seminar.uuid, "Grupp 1", Path(folder) / "g")
            return json.loads(path.read_text("utf-8"))
    finally:
        services.close()


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=damaged_json(_group_file()), merge=st.booleans())
def test_damaged_seminar_files_are_refused_in_swedish_or_merged_whole(
    tmp_path: Path, data: bytes, merge: bool
) -> None:
    """Into an empty database (a new seminar) or onto the seminar it came from (a merge)."""
    path = tmp_path / "grupp.json"
    path.write_bytes(data)
    services, store = in_memory_services()
    try:
        if merge:
            original = tmp_path / "original.json"
            original.write_text(json.dumps(_group_file()), "utf-8")
            services.seminars.import_file(original)
        before = storage_archive.dump(store)
        try:
            report = services.seminars.import_file(path)
        except UserFacingError as error:
            event("refused")
            assert error.message and "\n" not in error.message
            error.message.encode("utf-8")  # printable: no lone surrogates
            assert storage_archive.dump(store) == before
            return
        event("merged" if merge else "created")
        assert report.summary()
        seminar = services.seminars.get(report.seminar_id)
        services.seminars.export_summary(seminar.id, tmp_path / "summary.docx")
        for group in seminar.groups:
            services.seminars.export_group(seminar.uuid, group.name, tmp_path / "g.json")
    finally:
        services.close()
