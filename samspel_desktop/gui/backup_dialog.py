"""Backups in the GUI: the hourly check for the daily backup, and the "Säkerhetskopior" dialog.

The dialog lists the backups, takes one now, saves one to a chosen file (a USB stick when
moving to a new laptop) and restores a backup or any chosen file. A restore first backs up the
current database, so it can be undone by restoring that copy.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QListWidgetItem,
    QWidget,
)

from samspel_desktop.gui.common import ask_yes_no
from samspel_desktop.gui.file_dialogs import ask_open_path, ask_save_path
from samspel_desktop.gui.labels import backup_reason
from samspel_desktop.gui.operations import Operation, operations_for
from samspel_desktop.gui.widgets import ListDialog
from samspel_desktop.services.backups import Backup, DailyBackup, RestoreResult
from samspel_desktop.services.data_folder import DataFolderService
from samspel_desktop.services.samspel import Samspel

log = logging.getLogger(__name__)

#: How often the running app checks whether the daily backup is due.
BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000
_FILE_FILTER = "Samspel-databas (*.sqlite3);;Alla filer (*)"


def start_daily_backups(services: Samspel, parent: QWidget) -> QTimer:
    """Check every hour whether a day has passed since the newest backup; if so, take one.

    The database thread takes a snapshot of the database; the copy is written beside it, so
    the user goes on typing meanwhile (shown quietly in the status bar)."""
    ops = operations_for(services, parent)
    timer = QTimer(parent)
    timer.setInterval(BACKUP_CHECK_INTERVAL_MS)

    def write(pending: DailyBackup | None) -> None:
        if pending is None:
            return
        ops.run(
            lambda progress: DataFolderService.write_daily_backup(pending, progress=progress),
            parent=parent,
            quiet=QCoreApplication.translate("BackupDialog", "Säkerhetskopierar…"),
            beside=True,
        )

    def check() -> None:
        ops.run(
            lambda _progress: ops.real_services.data_folder.prepare_daily_backup(),
            parent=parent,
            done=write,
        )

    timer.timeout.connect(check)
    timer.start()
    return timer


def _size(size: int) -> str:
    return (
        f"{size / 1_000_000:.1f} MB".replace(".", ",") if size >= 100_000 else f"{size // 1000} kB"
    )


class BackupDialog(ListDialog):
    """List, take and restore backups. Emits :attr:`backed_up` after a backup, :attr:`restored`
    after a restore (both run on the database thread, with progress)."""

    backed_up = Signal(object)  # Path
    restored = Signal(object)  # RestoreResult

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = operations_for(services, self)
        self._services = self._ops.services
        self.describe(
            self.tr("Säkerhetskopior"),
            self.tr(
                "Samspel sparar en säkerhetskopia varje dag och före uppgraderingar. Du kan "
                "återställa en av dem eller en kopia du sparat själv. Den nuvarande databasen "
                "sparas först, så en återställning kan ångras."
            ),
            self.tr("Stäng"),
        )
        self.backup_button = self.add_button(self.tr("Säkerhetskopiera nu"), self.backup_now)
        self.save_as_button = self.add_button(self.tr("Spara kopia som…"), self._save_as)
        self.restore_button = self.add_button(self.tr("Återställ vald"), self._restore_selected)
        self.restore_file_button = self.add_button(
            self.tr("Återställ från fil…"), self._restore_file
        )
        self.list.currentRowChanged.connect(self._update_buttons)
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for backup in self._services.data_folder.backups():
            reason = backup_reason(backup.reason_kind)
            text = f"{backup.created:%Y-%m-%d %H:%M}   {reason}   {_size(backup.size)}"
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, backup)
        if self.list.count() == 0:
            QListWidgetItem(self.tr("(inga säkerhetskopior ännu)"), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self._update_buttons()

    def selected_backup(self) -> Backup | None:
        item = self.list.currentItem()
        backup = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return backup if isinstance(backup, Backup) else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def backup_now(self) -> Operation[Path]:
        return self._backup(None)

    def save_to(self, destination: Path) -> Operation[Path]:
        return self._backup(destination)

    def _backup(self, destination: Path | None) -> Operation[Path]:
        def done(path: Path) -> None:
            self.reload()
            self.backed_up.emit(path)

        return self._ops.run(
            lambda progress: self._services.data_folder.backup(destination, progress=progress),
            parent=self,
            done=done,
            progress=self.tr("Säkerhetskopierar…"),
        )

    def _save_as(self) -> None:
        chosen = ask_save_path(
            self, self.tr("Spara säkerhetskopia"), "samspel-kopia.sqlite3", _FILE_FILTER
        )
        if chosen is not None:
            self.save_to(chosen)

    def _restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is not None and self._confirm(backup.path):
            self.restore(backup.path)

    def _restore_file(self) -> None:
        paths = self._services.data_folder.paths
        chosen = ask_open_path(
            self,
            self.tr("Återställ från fil"),
            _FILE_FILTER,
            folder=paths.backups if paths is not None else None,
        )
        if chosen is not None and self._confirm(chosen):
            self.restore(chosen)

    def _confirm(self, source: Path) -> bool:
        return ask_yes_no(
            self,
            self.tr("Återställ"),
            self.tr(
                "Ersätta all data med innehållet i %1? Den nuvarande databasen sparas först som "
                "en säkerhetskopia."
            ).replace("%1", source.name),
        )

    def restore(self, source: Path) -> Operation[RestoreResult]:
        """Restore ``source`` (no questions asked: the buttons ask first)."""

        def done(result: RestoreResult) -> None:
            self.reload()
            self.restored.emit(result)

        return self._ops.run(
            lambda progress: self._services.data_folder.restore(source, progress=progress),
            parent=self,
            done=done,
            progress=self.tr("Återställer…"),
        )
