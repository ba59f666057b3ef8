"""Start-up on a damaged database: explain, offer the newest backup, keep the damaged file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.errors import CorruptDatabaseError
from samspel_desktop.domain.model import Side
from samspel_desktop.gui.recovery_dialog import open_with_recovery
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair, make_pair
from tests.services.test_backups import damage


def _damaged_with_backup(paths: DataPaths) -> str:
    services = Samspel.open(paths)
    for number in range(30):
        make_pair(services, organisation=f"Kommun {number}", political="A", executive="B")
    services.data_folder.backup()
    services.close()
    damage(paths.database)
    return hashlib.sha256(paths.database.read_bytes()).hexdigest()


def test_declining_leaves_the_damaged_file_alone(qtbot: QtBot, paths: DataPaths) -> None:
    before = _damaged_with_backup(paths)
    asked: list[CorruptDatabaseError] = []

    def decline(error: CorruptDatabaseError) -> bool:
        asked.append(error)
        return False

    assert open_with_recovery(paths, ask=decline, inform=lambda m: None) is None
    assert "skadad" in asked[0].message
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


def test_accepting_restores_the_newest_backup(qtbot: QtBot, paths: DataPaths) -> None:
    before = _damaged_with_backup(paths)
    told: list[str] = []
    services = open_with_recovery(paths, ask=lambda error: True, inform=told.append)
    assert services is not None
    try:
        assert len(services.pairs.all()) == 30
    finally:
        services.close()
    assert "återställd" in told[0]
    [aside] = paths.root.glob("samspel-skadad-*.sqlite3")
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == before
    assert str(aside) in told[0]


def test_background_check_finds_damage_and_no_write_reaches_the_file(
    qtbot: QtBot, paths: DataPaths, make_pair: MakePair
) -> None:
    """Start-up does not wait for the quick check; writes do, and damage is never written."""
    import pytest

    from samspel_desktop.gui.recovery_dialog import IntegrityWatcher

    services = Samspel.open(paths)
    pair = make_pair(services, political="A", executive="B")
    for number in range(400):  # pages at the end of the file that opening never reads
        services.commitments.add(pair.id, f"Åtagande {number} " + "text " * 200, Side.BOTH)
    services.data_folder.backup()
    services.close()
    data = bytearray(paths.database.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[-4 * page : -page] = b"\xa5" * (3 * page)
    paths.database.write_bytes(bytes(data))
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    services = Samspel.open(paths, check_in_background=True)
    try:
        watcher = IntegrityWatcher(services)
        with qtbot.waitSignal(watcher.damaged, timeout=10_000) as signal:
            pass
        error = signal.args[0]
        assert isinstance(error, CorruptDatabaseError)
        assert error.newest_backup is not None
        with pytest.raises(CorruptDatabaseError):
            make_pair(services, organisation="Ny kommun", political="A", executive="B")
    finally:
        services.close()
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


def test_background_check_passes_a_whole_database(
    qtbot: QtBot, paths: DataPaths, make_pair: MakePair
) -> None:
    services = Samspel.open(paths)
    make_pair(services, political="A", executive="B")
    services.close()
    services = Samspel.open(paths, check_in_background=True)
    try:
        assert services.data_folder.damage_found(wait=True) is None
        assert services.data_folder.integrity_known()
        make_pair(services, organisation="Alingsås kommun", political="C", executive="D")
        assert len(services.pairs.all()) == 2
    finally:
        services.close()


@pytest.mark.parametrize(
    "case",
    [
        "garbage-after-header",
        "8-garbage-pages",
        "zero-length",
        "table-dropped",
        "migrations-dropped",
        "another-program",
        "truncated-backup",
    ],
)
def test_the_window_shows_the_command_lines_message(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str, make_pair: MakePair
) -> None:
    """Damaged or foreign files: the start-up dialog says what the command line says."""
    from samspel_desktop.cli import main
    from tests.test_damaged_files import CASES, NEWER_BACKUP, OLDER_BACKUP

    paths = DataPaths(tmp_path / "data")
    services = Samspel.open(paths)
    for number in range(40):
        pair = make_pair(services, organisation=f"Kommun {number}", political="A", executive="B")
        services.commitments.add(pair.id, "Åtagande " + "text " * 150, Side.BOTH)
        if number == 38:
            services.data_folder.backup().rename(paths.backups / OLDER_BACKUP)
    services.data_folder.backup().rename(paths.backups / NEWER_BACKUP)
    services.close()
    CASES[case][0](paths.root)
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()

    assert main(["--data-dir", str(paths.root), "list", "pairs"]) == 1
    command_line = capsys.readouterr().err.removeprefix("samspel: fel: ").strip()
    shown: list[str] = []

    def decline(error: CorruptDatabaseError) -> bool:
        shown.append(error.message)
        return False

    assert open_with_recovery(paths, ask=decline, inform=shown.append) is None
    assert shown == [command_line.removesuffix(" Återställ den med: samspel recover")]
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
