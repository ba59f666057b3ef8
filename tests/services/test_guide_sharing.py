"""Guides as files: export → import → export is byte-identical; no silent duplicates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import ImmutableError
from samspel_desktop.domain.model import GuideSection
from samspel_desktop.services.guides import ImportOutcome, read_guide_file
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


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


def test_conversations_keep_their_snapshot_when_a_guide_is_edited(
    services: Samspel, make_pair: MakePair
) -> None:
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
