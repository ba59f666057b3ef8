"""The trash ("Papperskorg"): restore deleted items, or empty it for good after asking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.domain.model import TrashItem
from samspel_desktop.services.samspel import Samspel

_KIND_LABELS = {
    "organisation": "Organisation",
    "pair": "Samspelspar",
    "conversation": "Samtal",
    "commitment": "Åtagande",
    "agreement": "Överenskommelse",
    "guide": "Samtalsguide",
}


class TrashDialog(QDialog):
    """Lists the trash. Emits :attr:`changed` after a restore or emptying (views reload)."""

    changed = Signal()

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Papperskorg"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Det du raderar hamnar här och kan tas tillbaka. Töms papperskorgen raderas "
                "innehållet för gott."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.restore_button = QPushButton(self.tr("Ta tillbaka"), self)
        self.empty_button = QPushButton(self.tr("Töm papperskorgen …"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self._ask_and_empty)
        self.list.currentRowChanged.connect(self._update_buttons)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 400)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        items = self._services.trash.items()
        for trashed in items:
            kind = self.tr(_KIND_LABELS.get(trashed.kind, trashed.kind))
            text = f"{kind}: {trashed.label}   ({trashed.deleted_at[:10]})"
            QListWidgetItem(text, self.list).setData(Qt.ItemDataRole.UserRole, trashed)
        if not items:
            QListWidgetItem(self.tr("(papperskorgen är tom)"), self.list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.empty_button.setEnabled(bool(items))
        self._update_buttons()

    def selected(self) -> TrashItem | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, TrashItem) else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def restore_selected(self) -> None:
        trashed = self.selected()
        if trashed is None:
            return
        try:
            self._services.trash.restore(trashed.kind, trashed.id)
        except UserFacingError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return
        self.reload()
        self.changed.emit()

    def _ask_and_empty(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Töm papperskorgen"),
            self.tr(
                "Radera allt i papperskorgen för gott? Det går inte att ångra. Säkerhetskopior "
                "som redan finns innehåller det raderade tills de tas bort automatiskt."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty()

    def empty(self) -> None:
        """Empty the trash now (the button asks first)."""
        try:
            self._services.empty_trash()
        except UserFacingError as error:
            QMessageBox.warning(self, self.windowTitle(), error.message)
            return
        self.reload()
        self.changed.emit()
