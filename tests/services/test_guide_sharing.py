"""Guides as files: export → import → export is byte-identical; no silent duplicates."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings

from samspel_desktop.domain.errors import ImmutableError, UserFacingError
from samspel_desktop.domain.guides import guide_file_bytes
from samspel_desktop.domain.model import GuideSection
from samspel_desktop.services.guides import ImportOutcome, read_guide_file
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage import archive as storage_archive
from tests.conftest import in_memory_services, make_pair
from tests.services.file_fuzz import damaged_json, database_files


def _own_guide(services: Samspel) -> str:
    copy = services.guides.editing.duplicate("skr-forhallningssatt")
    edited = dataclasses.replace(copy, title="Våra förhållningssätt – ”skattning”", version=2)
    services.guides.editing.save(edited)
    return copy.id


def test_export_import_export_is_byte_identical(tmp_path: Path, services: Samspel) -> None:
    guide_id = _own_guide(services)
    first = services.guides.editing.export(guide_id, tmp_path / "first.json")
    other = Samspel.open(DataPaths(tmp_path / "other"))
    try:
        result = other.guides.editing.import_guide(read_guide_file(first))
        assert result.outcome is ImportOutcome.ADDED
        second = other.guides.editing.export(guide_id, tmp_path / "second.json")
    finally:
        other.close()
    assert second.read_bytes() == first.read_bytes()
    assert first.read_bytes().endswith(b"\n")
    assert "Våra förhållningssätt – ”skattning”".encode() in first.read_bytes()


def test_importing_the_same_guide_twice_does_not_duplicate(
    tmp_path: Path, services: Samspel
) -> None:
    guide_id = _own_guide(services)
    path = services.guides.editing.export(guide_id, tmp_path / "g.json")
    before = len(services.guides.all())
    result = services.guides.editing.import_guide(read_guide_file(path))
    assert result.outcome is ImportOutcome.EXISTS
    assert "finns redan" in result.message
    assert len(services.guides.all()) == before
    builtin = services.guides.editing.export("skr-omraden", tmp_path / "skr.json")
    assert (
        services.guides.editing.import_guide(read_guide_file(builtin)).outcome
        is ImportOutcome.EXISTS
    )


def test_same_id_other_content_keeps_both_or_replaces(tmp_path: Path, services: Samspel) -> None:
    guide_id = _own_guide(services)
    stored = services.guides.get(guide_id)
    changed = dataclasses.replace(stored, title="Ändrad på en annan dator", version=3)
    kept = services.guides.editing.import_guide(changed)
    assert kept.outcome is ImportOutcome.KEPT_BOTH
    assert kept.guide.id == f"{guide_id}-2"
    assert kept.guide.title == "Ändrad på en annan dator (importerad)"
    assert services.guides.get(guide_id).title == stored.title
    assert services.guides.editing.compare(changed) is not None
    replaced = services.guides.editing.import_guide(changed, replace=True)
    assert replaced.outcome is ImportOutcome.REPLACED
    assert services.guides.get(guide_id).title == "Ändrad på en annan dator"
    assert services.guides.get(guide_id).version == 3
    # Replacing with a lower version number still raises the stored version.
    older = dataclasses.replace(stored, title="Gammal", version=1)
    assert services.guides.editing.import_guide(older, replace=True).guide.version == 4


def test_builtin_guides_are_duplicated_not_edited(services: Samspel) -> None:
    builtin = services.guides.get("skr-omraden")
    with pytest.raises(ImmutableError, match="inbyggd"):
        services.guides.editing.save(dataclasses.replace(builtin, title="Ändrad"))
    changed = dataclasses.replace(builtin, title="Ändrad")
    with pytest.raises(ImmutableError, match="inbyggd"):
        services.guides.editing.import_guide(changed, replace=True)
    copy = services.guides.editing.duplicate("skr-omraden")
    assert copy.id == "skr-omraden-kopia"
    assert copy.title == f"{builtin.title} (kopia)"
    assert (copy.version, copy.builtin) == (1, False)
    assert services.guides.editing.duplicate("skr-omraden").id == "skr-omraden-kopia-2"


def test_conversations_keep_their_snapshot_when_a_guide_is_edited(services: Samspel) -> None:
    guide_id = _own_guide(services)
    pair = make_pair(services, political="Anna", executive="Karl")
    conversation = services.conversations.start(pair.id, guide_ids=[guide_id])
    guide = services.guides.get(guide_id)
    section = guide.sections[0]
    edited = dataclasses.replace(
        guide,
        version=guide.version + 1,
        sections=(GuideSection(section.id, "Ny rubrik", section.questions[:1]),),
    )
    services.guides.editing.save(edited)
    [snapshot] = services.conversations.get(conversation.id).guides
    assert snapshot.version == guide.version
    assert len(snapshot.questions()) == len(guide.questions())
    assert services.guides.get(guide_id).sections[0].title == "Ny rubrik"


# --- hostile guide files -----------------------------------------------------------------


def test_a_guide_file_saved_with_a_byte_order_mark_is_read(
    tmp_path: Path, services: Samspel
) -> None:
    path = services.guides.editing.export(_own_guide(services), tmp_path / "g.json")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read_guide_file(path).title == "Våra förhållningssätt – ”skattning”"


DEEP = "[" * 100_000 + "]" * 100_000


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (DEEP, "nästlad djupare"),
        (
            '{"format": "samspel-guide", "sections": ' + "[" * 100_000 + "]" * 100_000 + "}",
            "nästlad",
        ),
        ('{"format": "samspel-guide", "format_version": true}', "saknar|formatversion"),
        ('{"format": "samspel-guide", "x": NaN}', "inte en giltig guidefil"),
        ('{"\\ud800": 1}', "ogiltiga tecken"),
        ("{", "inte en giltig guidefil"),
    ],
)
def test_hostile_guide_files_give_one_swedish_line_and_leave_the_database_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    from samspel_desktop.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "list", "guides"]) == 0
    path = tmp_path / "guide.json"
    path.write_text(content, "utf-8")
    before = database_files(data)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "guide", "import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("samspel: fel: ") and err.count("\n") == 1, err
    assert re.search(message, err), err
    assert database_files(data) == before


@functools.cache
def _exported_guide() -> Any:
    services = Samspel.in_memory()
    try:
        guide = services.guides.editing.duplicate("skr-forhallningssatt")
        return json.loads(guide_file_bytes(guide))
    finally:
        services.close()


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=damaged_json(_exported_guide()))
def test_damaged_guide_files_are_refused_in_swedish_or_imported_whole(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "guide.json"
    path.write_bytes(data)
    services, store = in_memory_services()
    try:
        before = storage_archive.dump(store)
        try:
            incoming = read_guide_file(path)
            result = services.guides.editing.import_guide(incoming)
        except UserFacingError as error:
            event("refused")
            assert error.message and "\n" not in error.message
            error.message.encode("utf-8")  # printable: no lone surrogates
            assert storage_archive.dump(store) == before
            return
        event("imported")
        again = services.guides.editing.export(result.guide.id, tmp_path / "again.json")
        assert read_guide_file(again) == services.guides.get(result.guide.id)
        conversation = services.conversations.start(
            make_pair(services, organisation="K", political="A", executive="B").id,
            guide_ids=[result.guide.id],
        )
        services.conversations.export_minutes(conversation.id, tmp_path / "minutes.docx")
    finally:
        services.close()
