"""Small custom widgets used by the Designer forms (promoted widgets)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CompactTextEdit(QPlainTextEdit):
    """A plain text editor whose preferred height is modest, so three fit on a 768-pixel screen.

    It still grows with the window (vertical policy Expanding) and scrolls inside for long text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 5 + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.fontMetrics().lineSpacing() * 3 + 12)
