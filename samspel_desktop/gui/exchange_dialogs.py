"""Two laptops, one history in the window: share a pair, receive a file, the sync folder.

Every exchange, import and sync runs as an operation (:mod:`gui.operations`, ``_run``): on the
database thread, with a progress dialog when it takes a while, while the window keeps painting.
The dialogs' questions (a passphrase, a new pair) come between operations, never inside one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.errors import (
    CancelledError,
    PassphraseError,
    UnencryptedFolderError,
    UnknownPairError,
    UserFacingError,
)
from samspel_desktop.domain.progress import Progress
from samspel_desktop.domain.text import counted
from samspel_desktop.gui.errors import show_error
from samspel_desktop.gui.operations import operations_for
from samspel_desktop.services.samspel import Samspel

T = TypeVar("T")


def _run(parent: QWidget, services: Samspel, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` (calls into ``services``) as an operation on the database thread; wait for
    it here, the window painting and a progress dialog with ``label`` shown after a moment.
    Its result, or its exception raised here (the caller decides what to ask or show)."""
    ops = operations_for(services, parent)
    outcome: list[tuple[bool, object]] = []
    loop = QEventLoop()

    def job(_progress: Progress) -> tuple[bool, object]:
        try:
            return True, work()
        except Exception as error:  # handed to the caller on the GUI thread
            return False, error

    def settled(result: tuple[bool, object]) -> None:
        outcome.append(result)
        loop.quit()

    operation = ops.run(job, parent=parent, done=settled, progress=label)
    parent.destroyed.connect(loop.quit)
    if not operation.finished:
        loop.exec()
    if not outcome:
        raise CancelledError(QCoreApplication.translate("ExchangeDialogs", "Avbrutet."))
    succeeded, value = outcome[0]
    if not succeeded:
        assert isinstance(value, Exception)
        raise value
    return value  # type: ignore[return-value]


def _ask_passphrase(parent: QWidget, prompt: str) -> str | None:
    """A passphrase, or None when the user left the box empty or chose "Avbryt"."""
    answer = _ask_passphrase_or_cancel(parent, prompt)
    return answer or None


def _ask_passphrase_or_cancel(parent: QWidget, prompt: str) -> str | None:
    """The text typed ("" for an empty box, a choice in its own right), or None for "Avbryt"."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ExchangeDialogs", "Lösenfras"),
        prompt,
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def _try_again(message: str) -> str:
    """A wrong passphrase's message, and what to do about it."""
    return (
        message
        + "\n\n"
        + QCoreApplication.translate(
            "ExchangeDialogs", "Skriv lösenfrasen igen, eller välj Avbryt för att låta bli."
        )
    )


def share_pair(parent: QWidget, services: Samspel, pair_id: int) -> bool:
    """ "Dela med en annan dator…": the pair's history (or its news) to a file."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExchangeDialogs", "Dela med en annan dator"),
        "samspel.samspel",
        QCoreApplication.translate("ExchangeDialogs", "Samspel-utbyte (*.samspel)"),
    )
    if not name:
        return False
    typed = _ask_passphrase_or_cancel(
        parent,
        QCoreApplication.translate(
            "ExchangeDialogs",
            "Skydda filen med en lösenfras (rekommenderas; lämna tomt för att inte kryptera):",
        ),
    )
    if typed is None:  # "Avbryt": nothing is written
        return False
    passphrase = typed or None
    try:
        counts = _run(
            parent,
            services,
            QCoreApplication.translate("ExchangeDialogs", "Skriver filen…"),
            lambda: services.exchange.export_pair(pair_id, Path(name), passphrase=passphrase),
        )
    except CancelledError:  # the window closed meanwhile
        return False
    except UserFacingError as error:
        show_error(parent, error)
        return False
    QMessageBox.information(parent, "Samspel", shared_message(Path(name), counts["rows"]))
    return True


def shared_message(path: Path, rows: int) -> str:
    """What "Dela med en annan dator…" says when the file is written: what, and what next."""
    saved = counted(
        rows,
        QCoreApplication.translate("ExchangeDialogs", "Filen %1 är sparad (%n ändring)."),
        QCoreApplication.translate("ExchangeDialogs", "Filen %1 är sparad (%n ändringar)."),
    ).replace("%1", path.name)
    return (
        saved
        + "\n\n"
        + QCoreApplication.translate(
            "ExchangeDialogs",
            "Flytta den till den andra datorn (USB-minne, e-post eller en delad mapp) och välj "
            "Arkiv → Ta emot… där.",
        )
    )


def receive(parent: QWidget, services: Samspel, path: Path | None = None) -> bool:
    """ "Ta emot…": merge a file from another laptop, asking for a passphrase or a new pair."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ExchangeDialogs", "Ta emot från en annan dator"),
            "",
            QCoreApplication.translate("ExchangeDialogs", "Samspel-utbyte (*.samspel)"),
        )
        if not name:
            return False
        path = Path(name)
    passphrase: str | None = None
    add_pairs = False
    while True:
        try:
            report = _run(
                parent,
                services,
                QCoreApplication.translate("ExchangeDialogs", "Tar emot…"),
                lambda p=passphrase, a=add_pairs: services.exchange.import_file(  # type: ignore[misc]
                    path, passphrase=p, add_pairs=a
                ),
            )
        except PassphraseError as error:
            asked_before = passphrase is not None
            passphrase = _ask_passphrase(
                parent, _try_again(error.message) if asked_before else error.message
            )
            if passphrase is None:
                return False
            continue
        except UnknownPairError as error:
            answer = QMessageBox.question(
                parent,
                "Samspel",
                QCoreApplication.translate(
                    "ExchangeDialogs",
                    "Filen gäller ett samspelspar som inte finns här: %1. Lägga till det?",
                ).replace("%1", "; ".join(error.pairs)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            add_pairs = True
            continue
        except CancelledError:  # the window closed meanwhile
            return False
        except UserFacingError as error:
            show_error(parent, error)
            return False
        QMessageBox.information(parent, "Samspel", report.summary())
        return True


def local_time(stamp: str) -> str:
    """A stored time (ISO 8601, UTC) as the clock on the wall shows it: "2026-11-30 20:28"."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _unencrypted_question() -> str:
    return QCoreApplication.translate(
        "ExchangeDialogs", "Skriva filerna okrypterade i den delade mappen? (Frågas bara en gång.)"
    )


class SyncFolderDialog(QDialog):
    """The sync folder in the settings: which folder, its last run, "Synka nu"."""

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(QCoreApplication.translate("ExchangeDialogs", "Synkmapp"))
        # Wide enough for a OneDrive path and the text above it (it never wraps to a crop).
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ExchangeDialogs",
                    "En mapp på filservern, i OneDrive eller SharePoint som parets datorer delar. "
                    "Varje dator skriver bara sin egen fil i mappen och läser de andras.",
                ),
                self,
                wordWrap=True,
            )
        )
        self.folder_label = QLabel(self, wordWrap=True)
        self.last_run = QLabel(self, wordWrap=True)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.last_run)
        self.choose = QPushButton(QCoreApplication.translate("ExchangeDialogs", "Välj mapp…"), self)
        self.sync_now = QPushButton(QCoreApplication.translate("ExchangeDialogs", "Synka nu"), self)
        self.forget = QPushButton(
            QCoreApplication.translate("ExchangeDialogs", "Sluta synka"), self
        )
        for button in (self.choose, self.sync_now, self.forget):
            layout.addWidget(button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choose.clicked.connect(self._choose)
        self.sync_now.clicked.connect(self.run_sync)
        self.forget.clicked.connect(self._forget)
        self._passphrase: str | None = None
        self.refresh()

    def folder(self) -> Path | None:
        folders = self._services.exchange.folders()
        return Path(folders[0]["folder"]) if folders else None

    def refresh(self) -> None:
        folders = self._services.exchange.folders()
        folder = folders[0] if folders else None
        self.folder_label.setText(
            QCoreApplication.translate("ExchangeDialogs", "Mapp: %1").replace(
                "%1", folder["folder"]
            )
            if folder
            else QCoreApplication.translate("ExchangeDialogs", "Ingen synkmapp vald.")
        )
        if folder and folder["last_run"]:
            self.last_run.setText(
                QCoreApplication.translate("ExchangeDialogs", "Senast: %1 – %2")
                .replace("%1", local_time(folder["last_run"]))
                .replace("%2", folder["last_result"])
            )
        else:
            self.last_run.setText(
                QCoreApplication.translate(
                    "ExchangeDialogs", "Inte synkad ännu: välj Synka nu när mappen är den rätta."
                )
            )
        self.last_run.setVisible(folder is not None)
        self.sync_now.setEnabled(folder is not None)
        self.forget.setEnabled(folder is not None)
        self.adjustSize()

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("ExchangeDialogs", "Välj synkmapp")
        )
        if name:
            self._services.exchange.set_folder(Path(name))
            self.refresh()

    def _forget(self) -> None:
        self._services.exchange.set_folder(None)
        self.refresh()

    def run_sync(self) -> bool:
        folder = self.folder()
        if folder is None:
            return False
        confirm = False
        while True:
            try:
                _run(
                    self,
                    self._services,
                    QCoreApplication.translate("ExchangeDialogs", "Synkar…"),
                    lambda c=confirm: self._services.exchange.sync_folder(  # type: ignore[misc]
                        folder, passphrase=self._passphrase, confirm_unencrypted=c
                    ),
                )
            except UnencryptedFolderError:
                typed = _ask_passphrase_or_cancel(
                    self,
                    QCoreApplication.translate(
                        "ExchangeDialogs",
                        "Anteckningarna kan vara känsliga. Ange en lösenfras som alla parets "
                        "datorer använder, eller lämna tomt för att skriva okrypterat:",
                    ),
                )
                if typed is None:  # "Avbryt": nothing is written
                    return False
                if not typed:
                    answer = QMessageBox.question(
                        self,
                        "Samspel",
                        _unencrypted_question(),
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        return False
                    confirm = True
                else:
                    self._passphrase = typed
                continue
            except PassphraseError as error:
                asked_before = self._passphrase is not None
                self._passphrase = _ask_passphrase(
                    self, _try_again(error.message) if asked_before else error.message
                )
                if self._passphrase is None:
                    return False
                continue
            except CancelledError:  # the window closed meanwhile
                return False
            except UserFacingError as error:
                show_error(self, error)
                self.refresh()
                return False
            self.refresh()
            return True
