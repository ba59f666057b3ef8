from __future__ import annotations

from pytestqt.qtbot import QtBot

from samspel_desktop.gui.backup_dialog import BackupDialog, start_daily_backups
from samspel_desktop.services.backups import list_backups
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


def test_backup_now_and_restore(qtbot: QtBot, services: Samspel, make_pair: MakePair) -> None:
    make_pair(services)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.backed_up) as taken:
        dialog.backup_now()
    backup = taken.args[0]
    assert dialog.list.count() == 1
    assert "Manuell" in dialog.list.item(0).text()
    dialog.list.setCurrentRow(0)
    selected = dialog.selected_backup()
    assert selected is not None
    assert selected.path == backup
    assert dialog.restore_button.isEnabled()

    make_pair(services, organisation="Alingsås kommun", political="Eva", executive="Olle")
    with qtbot.waitSignal(dialog.restored) as signal:
        dialog.restore(backup)
    [result] = signal.args
    assert [p.organisation.name for p in services.pairs.all()] == ["Vaggeryds kommun"]
    assert result.undo_backup is not None


def test_empty_list_says_so(qtbot: QtBot, services: Samspel) -> None:
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "inga säkerhetskopior" in dialog.list.item(0).text()
    assert dialog.selected_backup() is None
    assert not dialog.restore_button.isEnabled()


def test_daily_backup_timer(qtbot: QtBot, services: Samspel, make_pair: MakePair) -> None:
    make_pair(services)
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    timer = start_daily_backups(services, dialog)
    assert timer.isActive()
    timer.timeout.emit()  # the hourly check, now: no backup yet, so one is taken
    assert services.data_folder.paths is not None
    folder = services.data_folder.paths
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(folder)] == ["daglig"])
