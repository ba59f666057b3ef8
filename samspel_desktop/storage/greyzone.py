"""The grey-zone log (gråzonsloggen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from samspel_desktop.domain.errors import NotFoundError
from samspel_desktop.domain.model import (
    GreyZoneClass,
    GreyZoneEntry,
)
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.rows import Repository


class GreyZoneRepository(Repository):
    def add(
        self, pair_id: int, raised_on: dt.date, question: str, *, conversation_id: int | None = None
    ) -> GreyZoneEntry:
        now = utc_now()
        with self._store.write() as conn:
            cursor = conn.execute(
                "INSERT INTO greyzone_entries (pair_id, conversation_id, raised_on, question, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [pair_id, conversation_id, raised_on.isoformat(), question, now, now],
            )
        return self.get(int(cursor.lastrowid or 0))

    def update(self, entry: GreyZoneEntry) -> None:
        with self._store.write() as conn:
            conn.execute(
                "UPDATE greyzone_entries SET raised_on = ?, question = ?, classification = ?, "
                "decided_by = ?, learned = ?, updated_at = ? WHERE id = ?",
                [
                    entry.raised_on.isoformat(),
                    entry.question,
                    entry.classification.value,
                    entry.decided_by,
                    entry.learned,
                    utc_now(),
                    entry.id,
                ],
            )

    def get(self, entry_id: int) -> GreyZoneEntry:
        row = self._store.row(
            "SELECT * FROM greyzone_entries WHERE id = ? AND deleted_at IS NULL", [entry_id]
        )
        if row is None:
            raise NotFoundError(f"Det finns ingen anteckning i gråzonsloggen med id {entry_id}.")
        return self._entry(row)

    def for_pairs(self, pair_ids: Iterable[int]) -> list[GreyZoneEntry]:
        ids = list(pair_ids)
        if not ids:
            return []
        rows = self._store.rows(
            f"SELECT * FROM greyzone_entries WHERE pair_id IN ({','.join('?' * len(ids))}) "
            "AND deleted_at IS NULL ORDER BY raised_on, id",
            ids,
        )
        return [self._entry(r) for r in rows]

    @staticmethod
    def _entry(row: dict[str, Any]) -> GreyZoneEntry:
        return GreyZoneEntry(
            id=row["id"],
            pair_id=row["pair_id"],
            raised_on=dt.date.fromisoformat(row["raised_on"]),
            question=row["question"],
            classification=GreyZoneClass(row["classification"]),
            decided_by=row["decided_by"],
            learned=row["learned"],
            conversation_id=row["conversation_id"],
        )
