"""Commitments a pair made (in a conversation or outside one)."""

from __future__ import annotations

from typing import Any

from samspel_desktop.domain.model import (
    Commitment,
    CommitmentStatus,
    Side,
)
from samspel_desktop.storage.rows import Repository, from_row, iso_date, parse_date


class CommitmentRepository(Repository):
    def add(self, new: Commitment) -> Commitment:
        """Store a new open commitment (``new.id`` and its status are not used)."""
        commitment_id = self._add(
            "commitments",
            pair_id=new.pair_id,
            what=new.what,
            owner_side=new.owner_side.value,
            owner_name=new.owner_name,
            due_date=iso_date(new.due_date),
            status=CommitmentStatus.OPEN.value,
            created_in=new.created_in,
        )
        return self.get(commitment_id)

    def get(self, commitment_id: int) -> Commitment:
        return commitment_from_row(
            self._live_row(
                "commitments", commitment_id, f"Det finns inget åtagande med id {commitment_id}."
            )
        )

    def all(self, pair_id: int) -> list[Commitment]:
        rows = self._store.rows(
            "SELECT * FROM commitments WHERE pair_id = ? AND deleted_at IS NULL "
            "ORDER BY due_date IS NULL, due_date, id",
            [pair_id],
        )
        return [commitment_from_row(r) for r in rows]

    def save_details(self, commitment: Commitment) -> None:
        """Store a commitment's corrected text, owner and due date (its status stays)."""
        self._update_columns(
            "commitments",
            commitment.id,
            {"what", "owner_side", "owner_name", "due_date"},
            {
                "what": commitment.what,
                "owner_side": commitment.owner_side,
                "owner_name": commitment.owner_name,
                "due_date": commitment.due_date,
            },
        )

    def save_status(self, commitment: Commitment) -> None:
        """Store a commitment's status, its note and the conversation that closed it."""
        closed_in = commitment.closed_in if commitment.status is not CommitmentStatus.OPEN else None
        self._update_columns(
            "commitments",
            commitment.id,
            {"status", "status_note", "closed_in"},
            {
                "status": commitment.status,
                "status_note": commitment.status_note,
                "closed_in": closed_in,
            },
        )


def commitment_from_row(row: dict[str, Any]) -> Commitment:
    return from_row(
        Commitment,
        row,
        owner_side=Side(row["owner_side"]),
        due_date=parse_date(row["due_date"]),
        status=CommitmentStatus(row["status"]),
    )
