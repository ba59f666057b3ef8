"""Rating a förhållningssätt 1–5: each side rates alone; both are shown only when revealed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionFocusRect,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.model import Side


class RatingScale(QWidget):
    """One side's 1–5: one Tab stop; the arrow keys move a marker, Space or Enter (or a digit)
    rates, a click on a step rates too.

    Nothing shows what was chosen: the steps never keep the focus or look pressed, and the
    marker is gone once the side has rated (and whenever the scale loses the focus), so a
    hidden rating cannot be read off a shared screen.
    """

    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._marker: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 4, 4, 4)
        self.buttons: list[QPushButton] = []
        for value in range(1, 6):
            button = QPushButton(str(value), self)
            button.setMinimumWidth(36)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, v=value: self._rate(v))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)

    @property
    def marker(self) -> int | None:
        """The step the arrow keys point at (None: none, as after rating)."""
        return self._marker

    def _rate(self, value: int) -> None:
        self._marker = None
        self.update()
        self.rated.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = int(event.key())
        steps = {
            Qt.Key.Key_Left.value: -1,
            Qt.Key.Key_Down.value: -1,
            Qt.Key.Key_Right.value: 1,
            Qt.Key.Key_Up.value: 1,
        }
        if not self.isEnabled() or event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            super().keyPressEvent(event)
        elif key in steps:
            start = self._marker if self._marker is not None else (0 if steps[key] > 0 else 6)
            self._marker = min(5, max(1, start + steps[key]))
            self.update()
        elif key in (Qt.Key.Key_Home.value, Qt.Key.Key_End.value):
            self._marker = 1 if key == Qt.Key.Key_Home.value else 5
            self.update()
        elif event.text() in ("1", "2", "3", "4", "5"):
            self._rate(int(event.text()))
        elif key in (Qt.Key.Key_Space.value, Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value) and (
            self._marker
        ):
            self._rate(self._marker)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._marker = None
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self._marker = None
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QPainter(self)
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.childrenRect().adjusted(-3, -3, 3, 3)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        if self._marker is not None:
            pen = QPen(self.palette().highlight().color())
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(self.buttons[self._marker - 1].geometry().adjusted(-2, -2, 1, 1))


class RatingPanel(QGroupBox):
    rated = Signal(object, int)  # Side, value
    reveal_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Skattning 1–5, var för sig"))
        self._scale: tuple[str, ...] = ()
        self.scales: dict[Side, RatingScale] = {}
        self._status: dict[Side, QLabel] = {}
        self._names: dict[Side, QLabel] = {}
        grid = QGridLayout(self)
        for row, side in enumerate((Side.POLITICAL, Side.EXECUTIVE)):
            name = QLabel(self)
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            self._names[side] = name
            cell = QVBoxLayout()
            scale = RatingScale(self)
            scale.rated.connect(lambda value, s=side: self.rated.emit(s, value))
            cell.addWidget(scale)
            self.scales[side] = scale
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
            self.scales[side].setAccessibleName(
                self.tr("%1 skattar 1–5 (piltangenterna och mellanslag)").replace("%1", names[side])
            )
            for value, button in enumerate(self.scales[side].buttons, start=1):
                step = scale[value - 1] if len(scale) == 5 else str(value)
                button.setToolTip(step)
                button.setAccessibleName(
                    self.tr("%1 skattar %2").replace("%1", names[side]).replace("%2", step)
                )

    def show_state(self, ratings: dict[Side, int], revealed: bool) -> None:
        """Hidden ratings show only *that* a side has rated; revealed ones show the values."""
        for side in (Side.POLITICAL, Side.EXECUTIVE):
            value = ratings.get(side)
            self.scales[side].setEnabled(not revealed)
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
