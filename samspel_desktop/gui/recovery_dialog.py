"""Opening the database at start-up, and the way back from a damaged one."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from samspel_desktop import APP_NAME
from samspel_desktop.domain.errors import CorruptDatabaseError, UserFacingError
from samspel_desktop.gui.operations import Operations, operations_for
from samspel_desktop.services.backups import RestoreResult, recover_from_newest_backup
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.reports import ChartRenderer
from samspel_desktop.services.samspel import Samspel

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def ask_to_restore(error: CorruptDatabaseError) -> bool:
    """Explain the damage and ask whether to restore the newest good backup."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.message)
    box.setInformativeText(
        _tr(
            "Om du återställer flyttas den skadade filen undan (den raderas inte) och "
            "säkerhetskopian tas i bruk. Det som skrevs efter säkerhetskopian finns bara i den "
            "skadade filen."
        )
    )
    restore = box.addButton(_tr("Återställ säkerhetskopian"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Avsluta"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def tell(message: str) -> None:
    QMessageBox.information(None, APP_NAME, message)


def open_with_recovery(
    paths: DataPaths,
    *,
    ask: Callable[[CorruptDatabaseError], bool] = ask_to_restore,
    inform: Callable[[str], None] = tell,
    check_in_background: bool = False,
    chart_renderer: ChartRenderer | None = None,
) -> Samspel | None:
    """Open the data folder, offering to restore the newest good backup if it is damaged.

    Returns ``None`` (after telling the user why) when the app cannot start. With
    ``check_in_background`` the quick check finishes after opening: watch it with
    :class:`IntegrityWatcher`. (The app opens on its database thread and calls
    :func:`recover_after_damage` itself.)
    """
    try:
        return Samspel.open(
            paths, check_in_background=check_in_background, chart_renderer=chart_renderer
        )
    except CorruptDatabaseError as error:
        return recover_after_damage(
            paths, error, ask=ask, inform=inform, chart_renderer=chart_renderer
        )
    except UserFacingError as error:
        inform(error.message)
        return None


def recover_after_damage(
    paths: DataPaths,
    error: CorruptDatabaseError,
    *,
    ask: Callable[[CorruptDatabaseError], bool] = ask_to_restore,
    inform: Callable[[str], None] = tell,
    chart_renderer: ChartRenderer | None = None,
    ops: Operations | None = None,
) -> Samspel | None:
    """Offer the newest good backup for a damaged database; the reopened services, or None.

    With ``ops`` the restore and the reopening run on its database thread (the window waits,
    painting), and the services returned belong to it."""
    if error.newest_backup is None:
        inform(error.message)
        return None
    if not ask(error):
        return None

    def recover() -> tuple[RestoreResult, Samspel]:
        restored = recover_from_newest_backup(paths)
        return restored, Samspel.open(paths, chart_renderer=chart_renderer)

    try:
        result, services = ops.call(recover) if ops is not None else recover()
    except UserFacingError as failure:
        inform(failure.message)
        return None
    message = _tr("Säkerhetskopian %1 är återställd.").replace("%1", result.restored_from.name)
    if result.set_aside is not None:
        message += " " + _tr("Den skadade databasen finns kvar som %1.").replace(
            "%1", str(result.set_aside)
        )
    inform(message)
    return services


class IntegrityWatcher(QObject):
    """Waits (beside the window's work) for the start-up check of the database, saying so
    quietly in the status bar of ``parent``'s window.

    When it reports damage, ``damaged`` is emitted once with the full error; the caller closes
    the window without saving and offers recovery (:func:`recover_after_damage`). A check that
    could not run (a lock) is not a verdict: the first write waits for it again.
    """

    damaged = Signal(object)  # CorruptDatabaseError

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ops = operations_for(services, self)
        # The verdict comes from the check's own connection (IntegrityGate), never the
        # database thread's: this waits beside it.
        self.operation = ops.run(
            lambda _progress: ops.real_services.data_folder.damage_found(wait=True),
            parent=parent,
            done=self._verdict,
            failed=lambda error: log.info("start-up check did not run: %s", error.detail),
            quiet=QCoreApplication.translate("Recovery", "Kontrollerar databasen…"),
            beside=True,
        )

    def _verdict(self, error: CorruptDatabaseError | None) -> None:
        if error is not None:
            self.damaged.emit(error)
