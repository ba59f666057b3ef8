"""Reads across the years: the chain of pairs, ratings over time, all commitments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from samspel_desktop.domain.model import (
    Commitment,
    RatingPoint,
    Side,
)
from samspel_desktop.storage.commitments import commitment_from_row
from samspel_desktop.storage.rows import Repository, parse_date


class HistoryRepository(Repository):
    """Reads across the years: the chain of pairs, ratings over time, all commitments."""

    def lineage(self, pair_id: int) -> list[int]:
        """The pair and its predecessors, oldest first (a change of person starts a new pair)."""
        rows = self._store.rows(
            "WITH RECURSIVE chain(id, predecessor_id, depth) AS ("
            " SELECT id, predecessor_id, 0 FROM pairs WHERE id = ?"
            " UNION ALL SELECT p.id, p.predecessor_id, chain.depth + 1 FROM pairs p"
            " JOIN chain ON p.id = chain.predecessor_id WHERE chain.depth < 100)"
            " SELECT id FROM chain ORDER BY depth DESC",
            [pair_id],
        )
        return [r["id"] for r in rows]

    def rating_points(self, pair_ids: Iterable[int], guide_id: str) -> list[RatingPoint]:
        ids = list(pair_ids)
        if not ids:
            return []
        rows = self._store.rows(
            "SELECT c.date, c.pair_id, r.question_key, r.side, r.value FROM ratings r "
            "JOIN conversations c ON c.id = r.conversation_id "
            f"WHERE c.pair_id IN ({','.join('?' * len(ids))}) AND c.deleted_at IS NULL "
            "AND r.question_key LIKE ? ORDER BY c.date, c.id",
            [*ids, f"{guide_id}/%"],
        )
        return [
            RatingPoint(
                day=dt.date.fromisoformat(r["date"]),
                attitude=r["question_key"].split("/", 1)[1],
                side=Side(r["side"]),
                value=r["value"],
                pair_id=r["pair_id"],
            )
            for r in rows
        ]

    def commitments(
        self, pair_ids: Iterable[int]
    ) -> list[tuple[Commitment, dt.date | None, dt.date | None]]:
        """Every commitment with the dates of the conversations that made and closed it."""
        ids = list(pair_ids)
        if not ids:
            return []
        rows = self._store.rows(
            "SELECT cm.*, made.date AS made_on, closed.date AS closed_on FROM commitments cm "
            "LEFT JOIN conversations made ON made.id = cm.created_in "
            "LEFT JOIN conversations closed ON closed.id = cm.closed_in "
            f"WHERE cm.pair_id IN ({','.join('?' * len(ids))}) AND cm.deleted_at IS NULL "
            "ORDER BY coalesce(made.date, cm.created_at), cm.id",
            ids,
        )
        return [
            (commitment_from_row(r), parse_date(r["made_on"]), parse_date(r["closed_on"]))
            for r in rows
        ]
