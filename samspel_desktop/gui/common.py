"""Small helpers shared by the windows: dates, headings, HTML text, yes-or-no questions.
(Errors are shown by ``gui.errors``.)"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMessageBox, QWidget


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def swedish_date(day: dt.date | None, empty: str = "–") -> str:
    return day.isoformat() if day else empty


def bold_font(widget: QWidget, scale: float = 1.0) -> QFont:
    """``widget``'s font in bold, ``scale`` times its size (a page's title, a question)."""
    font = QFont(widget.font())
    if scale != 1.0:
        font.setPointSizeF(widget.font().pointSizeF() * scale)
    font.setBold(True)
    return font


#: What :func:`html.escape` replaces, in its order (``&`` first).
_HTML_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape_html(text: str) -> str:
    """``text`` as HTML text, exactly as :func:`html.escape` gives it. (Importing :mod:`html`
    loads its table of named entities, about 0.6 MB, which the start page does not need.)"""
    for character, entity in _HTML_ESCAPES:
        text = text.replace(character, entity)
    return text


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask ``question`` with Yes and No; True for Yes."""
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes
