"""Guides as stored (the documented JSON format in one column)."""

from __future__ import annotations

import json
from typing import Any

from samspel_desktop.domain.guides import guide_to_dict
from samspel_desktop.domain.model import (
    Guide,
)
from samspel_desktop.storage import columns
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.rows import Repository


class GuideRepository(Repository):
    def save(self, guide: Guide) -> None:
        """Insert or replace a guide (content as the documented JSON format)."""
        content = json.dumps(guide_to_dict(guide), ensure_ascii=False, sort_keys=True)
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO guides (id, version, title, purpose, builtin, content, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "version = excluded.version, title = excluded.title, purpose = excluded.purpose,"
                " builtin = excluded.builtin, content = excluded.content, "
                "updated_at = excluded.updated_at, deleted_at = NULL",
                [
                    guide.id,
                    guide.version,
                    guide.title,
                    guide.purpose,
                    int(guide.builtin),
                    content,
                    utc_now(),
                ],
            )

    def versions(self) -> dict[str, int]:
        return {r["id"]: r["version"] for r in self._store.rows("SELECT id, version FROM guides")}

    def get(self, guide_id: str) -> Guide:
        missing = f"Det finns ingen samtalsguide med id ”{guide_id}”."
        return self._guide(self._live_row("guides", guide_id, missing))

    def all(self) -> list[Guide]:
        rows = self._store.rows(
            "SELECT * FROM guides WHERE deleted_at IS NULL "
            "ORDER BY builtin DESC, title COLLATE SWEDISH"
        )
        return [self._guide(r) for r in rows]

    @staticmethod
    def _guide(row: dict[str, Any]) -> Guide:
        return columns.guide(row["content"], builtin=bool(row["builtin"]))
