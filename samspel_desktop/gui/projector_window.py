"""The projector window: the seminar's question in very large text and the time, nothing private."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QKeyEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

# The countdown's colours once the time is up (also on the facilitator's page).
FINISHED_STYLE = "background: #ffe8b0; color: #5a3d00; border-radius: 6px;"


class ProjectorWindow(QWidget):
    """A full-screen window for the room: the question in very large text and the time.

    It shows nothing private: no group's answers, no synthesis. Esc closes it.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Samspel – projektorvy"))
        self.setObjectName("projector")
        self.setStyleSheet("QWidget#projector { background: #0f2a3d; } QLabel { color: #ffffff; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 50, 80, 50)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.position = QLabel(self)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.guidance = QLabel(self)
        self.guidance.setWordWrap(True)
        self.timer = QLabel(self)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.header)
        layout.addWidget(self.position)
        layout.addWidget(self.question, 3)
        layout.addWidget(self.guidance, 1)
        layout.addWidget(self.timer)
        self._finished = False
        self._fit_fonts()

    def set_content(self, header: str, position: str, question: str, guidance: str) -> None:
        self.header.setText(header)
        self.position.setText(position)
        self.question.setText(question)
        self.guidance.setText(guidance)
        self.guidance.setVisible(bool(guidance))
        self._fit_fonts()

    def set_time(self, text: str, *, finished: bool) -> None:
        self.timer.setText(text)
        if finished != self._finished:
            self._finished = finished
            self.timer.setStyleSheet(
                f"QLabel {{ {FINISHED_STYLE} padding: 4px 24px; }}" if finished else ""
            )

    def texts(self) -> list[str]:
        """Everything the room can read (tests check that no answer is among it)."""
        return [w.text() for w in self.findChildren(QLabel) if w.isVisibleTo(self)]

    def _fit_fonts(self) -> None:
        # Sizes follow the window's height, so the same view reads from the back of any room.
        height = max(self.height(), 480)
        question = self.question.text()
        # Long questions get a smaller (still very large) size so they fit.
        factor = 14 if len(question) < 90 else 18 if len(question) < 180 else 24
        for label, pixels, bold in (
            (self.header, height // 32, False),
            (self.position, height // 26, False),
            (self.question, height // factor, True),
            (self.guidance, height // 34, False),
            (self.timer, height // 9, True),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(12, pixels))
            font.setBold(bold)
            label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on ``screen`` (the second screen, or the only one)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
