"""Small helpers shared by the windows: dates, error display."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget

from samspel_desktop.domain.errors import UserFacingError


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def show_error(parent: QWidget | None, error: UserFacingError) -> None:
    """Expected trouble: the Swedish message, nothing more."""
    QMessageBox.warning(parent, "Samspel", error.message)


def swedish_date(day: dt.date | None, empty: str = "–") -> str:
    return day.isoformat() if day else empty
