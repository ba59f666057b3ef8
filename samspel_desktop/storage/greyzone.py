"""The grey-zone log (gråzonsloggen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from samspel_desktop.domain.model import (
    GreyZoneClass,
    GreyZoneEntry,
)
from samspel_desktop.storage.rows import Repository, from_row, marks


class GreyZoneRepository(Repository):
    def add(
        self, pair_id: int, raised_on: dt.date, question: str, *, conversation_id: int | None = None
    ) -> GreyZoneEntry:
        entry_id = self._add(
            "greyzone_entries",
            pair_id=pair_id,
            conversation_id=conversation_id,
            raised_on=raised_on.isoformat(),
            question=question,
        )
        return self.get(entry_id)

    def update(self, entry: GreyZoneEntry) -> None:
        self._update_columns(
            "greyzone_entries",
            entry.id,
            {"raised_on", "question", "classification", "decided_by", "learned"},
            {
                "raised_on": entry.raised_on,
                "question": entry.question,
                "classification": entry.classification,
                "decided_by": entry.decided_by,
                "learned": entry.learned,
            },
        )

    def get(self, entry_id: int) -> GreyZoneEntry:
        missing = f"Det finns ingen anteckning i gråzonsloggen med id {entry_id}."
        return self._entry(self._live_row("greyzone_entries", entry_id, missing))

    def for_pairs(self, pair_ids: Iterable[int]) -> list[GreyZoneEntry]:
        ids = list(pair_ids)
        if not ids:
            return []
        rows = self._store.rows(
            f"SELECT * FROM greyzone_entries WHERE pair_id IN ({marks(ids)}) "
            "AND deleted_at IS NULL ORDER BY raised_on, id",
            ids,
        )
        return [self._entry(r) for r in rows]

    @staticmethod
    def _entry(row: dict[str, Any]) -> GreyZoneEntry:
        return from_row(
            GreyZoneEntry,
            row,
            raised_on=dt.date.fromisoformat(row["raised_on"]),
            classification=GreyZoneClass(row["classification"]),
        )
