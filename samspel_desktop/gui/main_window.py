"""The main window. Built from ``ui/main_window.ui``; services are passed in."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.gui.forms.ui_main_window import Ui_MainWindow
from samspel_desktop.services.samspel import Samspel


class MainWindow(QMainWindow):
    """Samspel's main window; its title always starts with "Samspel"."""

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Samspel"))
        self.refresh()

    def refresh(self) -> None:
        pairs = self._services.pairs()
        if pairs:
            text = self.tr("Välkommen till Samspel. Samspelspar: %n", "", len(pairs))
        else:
            text = self.tr(
                "Välkommen till Samspel. Här förbereder, för och följer ni upp era "
                "samspelssamtal. Börja med att lägga till ert samspelspar."
            )
        self.ui.welcomeLabel.setText(text)

    def show_conversation(self, conversation_id: int) -> None:
        """Open the app on one conversation (``samspel open conversation ID``)."""
        try:
            conversation = self._services.conversations_repo.get(conversation_id)
            pair = self._services.pair(conversation.pair_id)
        except UserFacingError as error:
            self.statusBar().showMessage(error.message)
            return
        self.setWindowTitle(
            self.tr("Samspel – samtal %1, %2")
            .replace("%1", conversation.date.isoformat())
            .replace("%2", pair.display_name)
        )
