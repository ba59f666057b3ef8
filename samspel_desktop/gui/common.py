"""Small helpers shared by the windows: dates. (Errors are shown by ``gui.errors``.)"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def swedish_date(day: dt.date | None, empty: str = "–") -> str:
    return day.isoformat() if day else empty
