"""Correct a commitment: its text, who owns it and its due date (the conversation view's
list and the follow-up's table open it on a double-click)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.model import Commitment, Pair, Side
from samspel_desktop.gui.common import from_qdate, to_qdate
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.labels import label
from samspel_desktop.gui.operations import remote
from samspel_desktop.gui.widgets import DateEdit
from samspel_desktop.services.samspel import Samspel


def owner_names(pair: Pair) -> dict[Side, str]:
    """The name stored as a commitment's owner for each side of ``pair``."""
    return {Side.POLITICAL: pair.political.name, Side.EXECUTIVE: pair.executive.name, Side.BOTH: ""}


def owner_choices(combo: QComboBox, pair: Pair) -> None:
    """Fill ``combo`` with the three owners ("Politiken – Anna Berg" …), data the side."""
    combo.clear()
    names = owner_names(pair)
    for side in Side:
        combo.addItem(f"{label(side)} – {names[side]}" if names[side] else label(side), side)


class CommitmentDialog(QDialog):
    """Edits one commitment; :attr:`result_commitment` holds it as saved after OK."""

    def __init__(
        self,
        services: Samspel,
        commitment: Commitment,
        pair: Pair,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self._commitment = commitment
        self._pair = pair
        self.result_commitment: Commitment | None = None
        self.setWindowTitle(self.tr("Ändra åtagande"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.what_edit = QPlainTextEdit(self)
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setPlainText(commitment.what)
        self.what_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.what_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        form.addRow(self.tr("&Vad:"), self.what_edit)
        self.owner_combo = QComboBox(self)
        owner_choices(self.owner_combo, pair)
        self.owner_combo.setCurrentIndex(self.owner_combo.findData(commitment.owner_side))
        form.addRow(self.tr("V&em:"), self.owner_combo)
        due_row = QHBoxLayout()
        self.due_check = QCheckBox(self.tr("Klart se&nast:"), self)
        self.due_edit = DateEdit(self)
        self.due_edit.setAccessibleName(self.tr("Klart senast"))
        self.due_check.setChecked(commitment.due_date is not None)
        self.due_edit.setDate(to_qdate(commitment.due_date or dt.date.today()))
        self.due_edit.setEnabled(commitment.due_date is not None)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        due_row.addWidget(self.due_edit)
        due_row.addStretch(1)
        form.addRow(self.due_check, due_row)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4262c;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.what_edit.setFocus()

    def show_error_inline(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)

    @shows_errors
    def accept(self) -> None:
        side = Side(self.owner_combo.currentData())
        owner = self._commitment.owner_name
        if side is not self._commitment.owner_side or not owner:
            owner = owner_names(self._pair)[side]
        self.result_commitment = self._services.commitments.update(
            self._commitment.id,
            self.what_edit.toPlainText(),
            side,
            owner_name=owner,
            due_date=from_qdate(self.due_edit.date()) if self.due_check.isChecked() else None,
        )
        super().accept()


def edit_commitment(services: Samspel, commitment_id: int, pair: Pair, parent: QWidget) -> bool:
    """Correct a commitment's text, owner and due date in the dialog; whether it was saved."""
    dialog = CommitmentDialog(services, services.commitments.get(commitment_id), pair, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
