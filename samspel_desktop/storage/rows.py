"""Row helpers shared by the repositories: dates, placeholders, the store they write to."""

from __future__ import annotations

import datetime as dt
from typing import Any

from samspel_desktop.storage.database import Store


def parse_date(value: str | None) -> dt.date | None:
    """A stored ISO date, or ``None`` for NULL or an empty string."""
    return dt.date.fromisoformat(value) if value else None


def iso_date(value: dt.date | None) -> str | None:
    """A date as stored (ISO 8601), or NULL."""
    return value.isoformat() if value else None


def marks(values: list[Any]) -> str:
    """SQL placeholders for ``values`` (``NULL`` for none, so ``IN ()`` stays valid)."""
    return ",".join("?" * len(values)) or "NULL"


class Repository:
    """SQL in, domain objects out, over one :class:`Store`. Every write is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store
