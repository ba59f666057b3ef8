"""Start-up on a damaged database: explain, offer the newest backup, keep the damaged file."""

from __future__ import annotations

import hashlib

from pytestqt.qtbot import QtBot

from samspel_desktop.domain.errors import CorruptDatabaseError
from samspel_desktop.gui.recovery_dialog import open_with_recovery
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.services.test_backups import damage


def _damaged_with_backup(paths: DataPaths) -> str:
    services = Samspel.open(paths)
    for number in range(30):
        services.add_pair(organisation=f"Kommun {number}", political="A", executive="B")
    services.backup()
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
        assert len(services.pairs()) == 30
    finally:
        services.close()
    assert "återställd" in told[0]
    [aside] = paths.root.glob("samspel-skadad-*.sqlite3")
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == before
    assert str(aside) in told[0]
