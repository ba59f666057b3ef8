"""The trash ("Papperskorg"): restore deleted items, or empty it for good after asking."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from samspel_desktop.domain.model import TrashItem
from samspel_desktop.gui.common import ask_yes_no
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.labels import translated
from samspel_desktop.gui.operations import remote
from samspel_desktop.gui.widgets import ListDialog
from samspel_desktop.services.samspel import Samspel


class TrashDialog(ListDialog):
    """Lists the trash. Emits :attr:`changed` after a restore or emptying (views reload)."""

    changed = Signal()

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self.describe(
            self.tr("Papperskorg"),
            self.tr(
                "Det du raderar hamnar här och kan tas tillbaka. Töms papperskorgen raderas "
                "innehållet för gott."
            ),
            self.tr("Stäng"),
        )
        self.restore_button = self.add_button(self.tr("Ta tillbaka"), self.restore_selected)
        self.empty_button = self.add_button(
            self.tr("Töm papperskorgen…"),
            self._ask_and_empty,
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.list.currentRowChanged.connect(self._update_buttons)
        self.resize(560, 400)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        items = self._services.trash.items()
        for trashed in items:
            described = self._services.trash.describe(trashed, translated)
            text = f"{described}   ({trashed.deleted_at[:10]})"
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

    @shows_errors
    def restore_selected(self) -> None:
        trashed = self.selected()
        if trashed is None:
            return
        self._services.trash.restore(trashed.kind, trashed.id)
        self.reload()
        self.changed.emit()

    def _ask_and_empty(self) -> None:
        if ask_yes_no(
            self,
            self.tr("Töm papperskorgen"),
            self.tr(
                "Radera allt i papperskorgen för gott? Det går inte att ångra. Säkerhetskopior "
                "som redan finns innehåller det raderade tills de tas bort automatiskt."
            ),
        ):
            self.empty()

    @shows_errors
    def empty(self) -> None:
        """Empty the trash now (the button asks first)."""
        self._services.trash.empty()
        self.reload()
        self.changed.emit()
