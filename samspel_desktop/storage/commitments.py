"""Commitments a pair made (in a conversation or outside one)."""

from __future__ import annotations

from typing import Any

from samspel_desktop.domain.errors import NotFoundError
from samspel_desktop.domain.model import (
    Commitment,
    CommitmentStatus,
    Side,
)
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.rows import Repository, iso_date, parse_date


class CommitmentRepository(Repository):
    def add(self, new: Commitment) -> Commitment:
        """Store a new open commitment (``new.id`` and its status are not used)."""
        now = utc_now()
        with self._store.write() as conn:
            cursor = conn.execute(
                "INSERT INTO commitments (pair_id, what, owner_side, owner_name, due_date, "
                "status, created_in, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    new.pair_id,
                    new.what,
                    new.owner_side.value,
                    new.owner_name,
                    iso_date(new.due_date),
                    CommitmentStatus.OPEN.value,
                    new.created_in,
                    now,
                    now,
                ],
            )
        return self.get(int(cursor.lastrowid or 0))

    def get(self, commitment_id: int) -> Commitment:
        row = self._store.row(
            "SELECT * FROM commitments WHERE id = ? AND deleted_at IS NULL", [commitment_id]
        )
        if row is None:
            raise NotFoundError(f"Det finns inget åtagande med id {commitment_id}.")
        return commitment_from_row(row)

    def all(self, pair_id: int) -> list[Commitment]:
        rows = self._store.rows(
            "SELECT * FROM commitments WHERE pair_id = ? AND deleted_at IS NULL "
            "ORDER BY due_date IS NULL, due_date, id",
            [pair_id],
        )
        return [commitment_from_row(r) for r in rows]

    def set_status(
        self,
        commitment_id: int,
        status: CommitmentStatus,
        *,
        note: str = "",
        closed_in: int | None = None,
    ) -> None:
        with self._store.write() as conn:
            conn.execute(
                "UPDATE commitments SET status = ?, status_note = ?, closed_in = ?, "
                "updated_at = ? WHERE id = ?",
                [
                    status.value,
                    note,
                    closed_in if status is not CommitmentStatus.OPEN else None,
                    utc_now(),
                    commitment_id,
                ],
            )


def commitment_from_row(row: dict[str, Any]) -> Commitment:
    return Commitment(
        id=row["id"],
        pair_id=row["pair_id"],
        what=row["what"],
        owner_side=Side(row["owner_side"]),
        owner_name=row["owner_name"],
        due_date=parse_date(row["due_date"]),
        status=CommitmentStatus(row["status"]),
        status_note=row["status_note"],
        created_in=row["created_in"],
        closed_in=row["closed_in"],
    )
