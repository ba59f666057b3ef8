"""Full disk and read-only database: a Swedish error, nothing half-written, a retry succeeds."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import DiskFullError, ReadOnlyStorageError
from samspel_desktop.domain.model import AgreementSection, Block, BlockType
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store
from tests.conftest import MakePair


def _sections(text: str) -> tuple[AgreementSection, ...]:
    return tuple(
        AgreementSection(
            key=f"s{i}", title=f"Avsnitt {i}", blocks=(Block(BlockType.PARAGRAPH, text),)
        )
        for i in range(5)
    )


def test_disk_full_keeps_the_old_text_and_a_retry_succeeds(
    services: Samspel, store: Store, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="Anna", executive="Karl")
    draft = services.agreements.start_draft(pair)
    services.agreements.save_sections(draft.id, _sections("Första versionen."))
    before = services.agreements.get(draft.id).sections

    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    big = "Långt stycke om den gyllene zonen. " * 4000  # ~140 kB: needs far more pages
    with pytest.raises(DiskFullError, match="Disken är full") as raised:
        services.agreements.save_sections(draft.id, _sections(big))
    assert "finns kvar" in raised.value.message
    assert services.agreements.get(draft.id).sections == before  # nothing half-written
    assert services.data_folder.integrity_problems() == []

    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space was freed
    services.agreements.save_sections(draft.id, _sections(big))
    assert services.agreements.get(draft.id).sections[0].blocks[0].text == big


def test_read_only_database_then_writable_again(paths: DataPaths, make_pair: MakePair) -> None:
    """A file SQLite could only open read-only; after the user fixes it, the retry saves."""
    services = Samspel.open(paths)
    make_pair(services, political="Anna", executive="Karl")
    services.close()
    read_only = sqlite3.connect(paths.database.resolve().as_uri() + "?mode=ro", uri=True)
    store = Store(read_only, paths.database)
    services = Samspel(store, paths)
    try:
        with pytest.raises(ReadOnlyStorageError, match="skrivskyddad"):
            make_pair(services, organisation="Alingsås kommun", political="Eva", executive="Olle")
        assert [p.organisation.name for p in services.pairs.all()] == ["Vaggeryds kommun"]
        # Fixed (permissions back): the next save reconnects and succeeds.
        make_pair(services, organisation="Alingsås kommun", political="Eva", executive="Olle")
        assert len(services.pairs.all()) == 2
        assert store.scalar("PRAGMA foreign_keys") == 1
    finally:
        services.close()


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root"
)
def test_read_only_file_by_permissions(paths: DataPaths, make_pair: MakePair) -> None:
    services = Samspel.open(paths)
    make_pair(services, political="Anna", executive="Karl")
    services.close()
    paths.database.chmod(0o400)
    try:
        services = Samspel.open(paths)
        with pytest.raises(ReadOnlyStorageError):
            make_pair(services, organisation="Alingsås kommun", political="Eva", executive="Olle")
        paths.database.chmod(0o600)
        make_pair(services, organisation="Alingsås kommun", political="Eva", executive="Olle")
        services.close()
    finally:
        paths.database.chmod(0o600)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_data_folder_database_and_backups_are_private(
    paths: DataPaths, make_pair: MakePair
) -> None:
    services = Samspel.open(paths)
    try:
        make_pair(services, political="Anna", executive="Karl")
        backup = services.data_folder.backup()
    finally:
        services.close()
    assert paths.root.stat().st_mode & 0o777 == 0o700
    assert paths.backups.stat().st_mode & 0o777 == 0o700
    assert paths.database.stat().st_mode & 0o777 == 0o600
    assert backup.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes (NTFS: test_privacy.py)")
def test_an_existing_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "delad"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    Samspel.open(DataPaths(folder)).close()
    assert folder.stat().st_mode & 0o777 == 0o755
