"""Row helpers shared by the repositories: dates, placeholders, inserts, rows to records.

Every repository derives from :class:`Repository`; these are the one place for what they all
do with rows (a row of the trash is not found, a record is its row's columns).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from samspel_desktop.domain.errors import NotFoundError
from samspel_desktop.storage.database import Store, utc_now

T = TypeVar("T")


def parse_date(value: str | None) -> dt.date | None:
    """A stored ISO date, or ``None`` for NULL or an empty string."""
    return dt.date.fromisoformat(value) if value else None


def iso_date(value: dt.date | None) -> str | None:
    """A date as stored (ISO 8601), or NULL."""
    return value.isoformat() if value else None


def marks(values: list[Any]) -> str:
    """SQL placeholders for ``values`` (``NULL`` for none, so ``IN ()`` stays valid)."""
    return ",".join("?" * len(values)) or "NULL"


def insert(conn: sqlite3.Connection, table: str, **columns: Any) -> int:
    """Insert one row of ``columns`` into ``table`` (inside a write); its id."""
    cursor = conn.execute(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks(list(columns))})",
        list(columns.values()),
    )
    return int(cursor.lastrowid or 0)


def insert_in_order(
    conn: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]], **shared: Any
) -> None:
    """Insert ``rows`` into ``table`` in their order (``position`` 0, 1, …), each with the
    ``shared`` columns (the parent they belong to)."""
    for position, columns in enumerate(rows):
        insert(conn, table, **shared, position=position, **columns)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def from_row(cls: Callable[..., T], row: Mapping[str, Any], **converted: Any) -> T:
    """The record ``cls`` from a row whose columns are named like its fields; ``converted``
    gives the fields that need more than copying (enums, dates, flags, JSON). A field the row
    does not have keeps its default."""
    names = _field_names(cls)
    values = {
        n: converted[n] if n in converted else row[n] for n in names if n in converted or n in row
    }
    return cls(**values)


class Repository:
    """SQL in, domain objects out, over one :class:`Store`. Every write is one transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _add(self, table: str, **columns: Any) -> int:
        """Insert one row, stamped with when it was created, in a transaction of its own."""
        now = utc_now()
        with self._store.write() as conn:
            return insert(conn, table, **columns, created_at=now, updated_at=now)

    def _live_row(self, table: str, row_id: int | str, missing: str) -> dict[str, Any]:
        """Row ``row_id`` of ``table`` unless it is in the trash; else :class:`NotFoundError`
        with the Swedish ``missing``."""
        row = self._store.row(
            f"SELECT * FROM {table} WHERE id = ? AND deleted_at IS NULL", [row_id]
        )
        if row is None:
            raise NotFoundError(missing)
        return row

    def _update_columns(
        self, table: str, row_id: int, allowed: set[str], fields: dict[str, Any]
    ) -> None:
        """Update plain columns of one row (named in ``allowed``) and its ``updated_at``, in one
        save. Dates are stored as ISO text, enums as their values."""
        if not fields.keys() <= allowed:
            raise ValueError(f"not {table} columns: {sorted(fields.keys() - allowed)}")
        values = [
            v.isoformat() if isinstance(v, dt.date) else getattr(v, "value", v)
            for v in fields.values()
        ]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._store.write() as conn:
            conn.execute(
                f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ?",
                [*values, utc_now(), row_id],
            )
