"""The main window: start page and conversation view in one stack. Services are passed in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from samspel_desktop import __version__
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.gui.common import show_error
from samspel_desktop.gui.forms.ui_main_window import Ui_MainWindow
from samspel_desktop.gui.start_page import StartPage
from samspel_desktop.services.samspel import Samspel

if TYPE_CHECKING:
    from samspel_desktop.gui.conversation_view import ConversationView


class MainWindow(QMainWindow):
    """Samspel's main window; its title always starts with "Samspel".

    With ``fill_after_first_paint`` (the app's start-up) the window paints once before the start
    page reads the database, so it appears at once whatever the size of the history; otherwise
    (tests, embedding) the start page is filled before the constructor returns. The
    conversation view is built the first time it is needed.
    """

    def __init__(
        self,
        services: Samspel,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        fill_after_first_paint: bool = False,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._conversation_view: ConversationView | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.start_page = StartPage(services, self, today=today)
        self.ui.pages.addWidget(self.start_page)
        self.start_page.open_conversation.connect(self.show_conversation)
        self.start_page.pair_selected.connect(self._title_for_pair)
        self.ui.actionNewPair.triggered.connect(self.start_page.new_pair)
        self.ui.actionNewConversation.triggered.connect(self._new_conversation)
        self.ui.actionStartPage.triggered.connect(self.show_start_page)
        self.ui.actionExportArchive.triggered.connect(self._export_archive)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self._restore_geometry()
        self._fill_pending = fill_after_first_paint
        if fill_after_first_paint:
            self.ui.pages.setCurrentWidget(self.start_page)
        else:
            self.show_start_page()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._fill_pending:
            self._fill_pending = False
            # Fill only: if a conversation was opened meanwhile (``samspel open``), it stays.
            QTimer.singleShot(0, self.start_page.refresh)

    @property
    def conversation_view(self) -> ConversationView:
        """The conversation page, created (and its module imported) on first use."""
        if self._conversation_view is None:
            from samspel_desktop.gui.conversation_view import ConversationView

            view = ConversationView(self._services, self)
            self.ui.pages.addWidget(view)
            view.title_changed.connect(self._set_title)
            view.status_message.connect(self.statusBar().showMessage)
            view.back_requested.connect(self.show_start_page)
            if self._settings is not None:
                state = self._settings.value("conversation/splitter")
                if isinstance(state, QByteArray) and view.ui.splitter.restoreState(state):
                    view.default_sizes_pending = False
            self._conversation_view = view
        return self._conversation_view

    def _flush_conversation(self) -> bool:
        """Save pending edits in the conversation view, if it exists; False if that failed."""
        return self._conversation_view is None or self._conversation_view.flush()

    # --- navigation ----------------------------------------------------------------------

    def show_start_page(self) -> None:
        self._fill_pending = False
        self._flush_conversation()
        self.start_page.refresh()
        self.ui.pages.setCurrentWidget(self.start_page)

    def show_conversation(self, conversation_id: int) -> None:
        """Open the app on one conversation (also ``samspel open conversation ID``)."""
        try:
            self.conversation_view.load(conversation_id)
        except UserFacingError as error:
            self.statusBar().showMessage(error.message)
            show_error(self, error)
            return
        self.ui.pages.setCurrentWidget(self.conversation_view)
        self.conversation_view.focus_first_editor()

    def _new_conversation(self) -> None:
        self.show_start_page()
        self.start_page.new_conversation()

    def _title_for_pair(self, name: str) -> None:
        if self.ui.pages.currentWidget() is not self._conversation_view:
            self._set_title(name)

    def _set_title(self, detail: str) -> None:
        self.setWindowTitle(
            self.tr("Samspel – %1").replace("%1", detail) if detail else self.tr("Samspel")
        )

    # --- actions -------------------------------------------------------------------------

    def _export_archive(self) -> None:
        default = Path(platformdirs.user_documents_dir()) / (
            f"Samspel-arkiv-{dt.date.today().isoformat()}.json"
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportera allt till arkivfil"),
            str(default),
            self.tr("Samspel-arkiv (*.json)"),
        )
        if not name:
            return
        self._flush_conversation()
        from samspel_desktop.services.archive import export_archive

        try:
            counts = export_archive(self._services.store, Path(name))
        except UserFacingError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(
            self.tr("Exporterade %1 rader till %2")
            .replace("%1", str(sum(counts.values())))
            .replace("%2", name)
        )

    def _about(self) -> None:
        paths = self._services.paths
        data = str(paths.root) if paths else self.tr("(i minnet)")
        logs = str(paths.logs) if paths else "–"
        QMessageBox.about(
            self,
            self.tr("Om Samspel"),
            self.tr(
                "<h3>Samspel %1</h3><p>Stöd för samspelssamtal mellan politik och "
                "förvaltning, med SKR:s frågor.</p><p>Licens: EUPL 1.2</p>"
                "<p>Datamapp: %2<br>Loggmapp: %3</p><p>Programmet använder aldrig "
                "nätverket.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", data)
            .replace("%3", logs),
        )

    # --- window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self._settings is None:
            return
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
        ):
            value = self._settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        value = self._settings.value("start/splitter")
        if isinstance(value, QByteArray) and self.start_page.ui.splitter.restoreState(value):
            self.start_page.default_sizes_pending = False

    def _save_geometry(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("start/splitter", self.start_page.ui.splitter.saveState())
        if self._conversation_view is not None:  # never opened: keep the remembered state
            self._settings.setValue(
                "conversation/splitter", self._conversation_view.ui.splitter.saveState()
            )
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._flush_conversation():
            choice = QMessageBox.warning(
                self,
                self.tr("Inte sparat"),
                self.tr(
                    "En del av det du skrivit kunde inte sparas (se meddelandet i fönstret). "
                    "Om du avslutar nu går det förlorat."
                ),
                QMessageBox.StandardButton.Retry
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if choice == QMessageBox.StandardButton.Retry and not self._flush_conversation():
                event.ignore()
                return
            if choice == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
        self._save_geometry()
        super().closeEvent(event)
