"""A new seminar: title, date, place, facilitator, guide and the groups (one a line)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.seminars import Seminar
from samspel_desktop.gui.common import from_qdate, to_qdate
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.operations import remote
from samspel_desktop.gui.widgets import DateEdit
from samspel_desktop.services.samspel import Samspel


class NewSeminarDialog(QDialog):
    """Title, date, place, facilitator, guide and the groups (one a line)."""

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt seminarium"))
        self._services = remote(services, self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(
            self.tr("Till exempel Samspelsdag för KS och ledningsgrupp")
        )
        self.date_edit = DateEdit(self)
        self.date_edit.setDate(to_qdate(dt.date.today()))
        self.place_edit = QLineEdit(self)
        self.facilitator_edit = QLineEdit(self)
        self.guide_combo = QComboBox(self)
        for guide in self._services.guides.all():
            self.guide_combo.addItem(guide.title, guide.id)
        self.groups_edit = QPlainTextEdit(self)
        self.groups_edit.setPlainText(
            "\n".join(self.tr("Grupp %1").replace("%1", str(n)) for n in range(1, 5))
        )
        self.groups_edit.setTabChangesFocus(True)
        for label, widget in (
            (self.tr("&Titel:"), self.title_edit),
            (self.tr("&Datum:"), self.date_edit),
            (self.tr("&Plats:"), self.place_edit),
            (self.tr("P&rocessledare:"), self.facilitator_edit),
            (self.tr("&Samtalsguide:"), self.guide_combo),
        ):
            form.addRow(label, widget)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "&Grupper, en per rad. Deltagare efter kolon: "
                "”Bord 1: Anna Berg (KSO), Karl Ek (KD)”."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setBuddy(self.groups_edit)
        layout.addWidget(hint)
        layout.addWidget(self.groups_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skapa"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.seminar: Seminar | None = None

    def show_error_inline(self, message: str) -> None:
        self.error_label.setText(message)

    @shows_errors
    def accept(self) -> None:
        groups = []
        for line in self.groups_edit.toPlainText().splitlines():
            if line.strip():
                name, _, members = line.partition(":")
                groups.append((name, members))
        self.seminar = self._services.seminars.create(
            title=self.title_edit.text(),
            date=from_qdate(self.date_edit.date()),
            guide_id=str(self.guide_combo.currentData()),
            place=self.place_edit.text(),
            facilitator=self.facilitator_edit.text(),
            groups=groups,
        )
        super().accept()
