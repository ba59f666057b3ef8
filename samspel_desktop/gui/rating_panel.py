"""Rating a förhållningssätt 1–5: each side rates alone; both are shown only when revealed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.model import Side


class RatingPanel(QGroupBox):
    rated = Signal(object, int)  # Side, value
    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Skattning 1–5, var för sig"))
        self._scale: tuple[str, ...] = ()
        self._buttons: dict[Side, list[QPushButton]] = {}
        self._status: dict[Side, QLabel] = {}
        self._names: dict[Side, QLabel] = {}
        grid = QGridLayout(self)
        for row, side in enumerate((Side.POLITICAL, Side.EXECUTIVE)):
            name = QLabel(self)
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            self._names[side] = name
            cell = QVBoxLayout()
            buttons_row = QHBoxLayout()
            cell.addLayout(buttons_row)
            buttons = []
            for value in range(1, 6):
                button = QPushButton(str(value), self)
                button.setMinimumWidth(36)
                button.clicked.connect(lambda _=False, s=side, v=value: self.rated.emit(s, v))
                buttons_row.addWidget(button)
                buttons.append(button)
            buttons_row.addStretch(1)
            self._buttons[side] = buttons
            status = QLabel(self)
            status.setWordWrap(True)
            cell.addWidget(status)
            grid.addLayout(cell, row, 1)
            self._status[side] = status
        self.reveal_button = QPushButton(self.tr("Visa skattninga&rna"), self)
        self.reveal_button.clicked.connect(self.reveal_requested)
        grid.addWidget(self.reveal_button, 2, 1)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        grid.addWidget(self.result_label, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def set_question(self, scale: tuple[str, ...], names: dict[Side, str]) -> None:
        self._scale = scale
        for side, label in self._names.items():
            label.setText(names[side])
            for value, button in enumerate(self._buttons[side], start=1):
                step = scale[value - 1] if len(scale) == 5 else str(value)
                button.setToolTip(step)
                button.setAccessibleName(
                    self.tr("%1 skattar %2").replace("%1", names[side]).replace("%2", step)
                )

    def show_state(self, ratings: dict[Side, int], revealed: bool) -> None:
        """Hidden ratings show only *that* a side has rated; revealed ones show the values."""
        for side in (Side.POLITICAL, Side.EXECUTIVE):
            value = ratings.get(side)
            for button in self._buttons[side]:
                button.setEnabled(not revealed)
            if revealed and value is not None:
                self._status[side].setText(self._step(value))
            elif value is not None:
                self._status[side].setText(self.tr("✓ Skattat – dolt tills ni visar båda"))
            else:
                self._status[side].setText(self.tr("Inte skattat ännu"))
        both = len(ratings) == 2
        self.reveal_button.setVisible(not revealed)
        self.reveal_button.setEnabled(both)
        self.reveal_button.setToolTip("" if both else self.tr("Båda sidor behöver skatta först."))
        if revealed and both:
            gap = abs(ratings[Side.POLITICAL] - ratings[Side.EXECUTIVE])
            self.result_label.setText(
                self.tr("Samma skattning – prata om vad som gör att det fungerar.")
                if gap == 0
                else self.tr("Ni skiljer er åt med %n steg – prata om varför.", "", gap)
            )
        else:
            self.result_label.setText("")

    def _step(self, value: int) -> str:
        if len(self._scale) == 5:
            return self._scale[value - 1]
        return str(value)
