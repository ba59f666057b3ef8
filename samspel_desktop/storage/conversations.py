"""Conversations, their guide snapshots, answers and ratings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from samspel_desktop.domain.model import (
    Answer,
    Conversation,
    ConversationStatus,
    ConversationSummary,
    Guide,
    Rating,
    Side,
)
from samspel_desktop.storage import columns
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.derived import ANSWER_FIELDS
from samspel_desktop.storage.rows import Repository, from_row, insert, insert_in_order, parse_date


def _snapshot(guide: Guide) -> str:
    """A conversation's own copy of a guide, as the documented JSON."""
    # Imported here: reading (an agreement's export builds this repository) needs none of it.
    from samspel_desktop.domain.guides import guide_to_dict

    return json.dumps(guide_to_dict(guide), ensure_ascii=False, sort_keys=True)


#: An autosave of an answer (``save_answer``): its versioned fields, as the marker of derived
#: data and the exchange know them, updated by the unique key, or inserted.
_UPDATE_ANSWER = (
    "UPDATE answers SET "
    + "".join(f"{name} = ?, " for name in ANSWER_FIELDS)
    + "updated_at = ? WHERE conversation_id = ? AND question_key = ?"
)
_INSERT_ANSWER = (
    f"INSERT INTO answers (conversation_id, question_key, {', '.join(ANSWER_FIELDS)}, "
    f"updated_at) VALUES ({', '.join('?' * (len(ANSWER_FIELDS) + 3))})"
)


class ConversationRepository(Repository):
    def add(
        self,
        pair_id: int,
        date: dt.date,
        guides: Iterable[Guide],
        *,
        status: ConversationStatus = ConversationStatus.PLANNED,
        present: Iterable[str] = (),
    ) -> int:
        now = utc_now()
        with self._store.write() as conn:
            conversation_id = insert(
                conn,
                "conversations",
                pair_id=pair_id,
                date=date.isoformat(),
                status=status.value,
                present=json.dumps(list(present), ensure_ascii=False),
                created_at=now,
                updated_at=now,
            )
            snapshots = (
                {"guide_id": g.id, "guide_version": g.version, "snapshot": _snapshot(g)}
                for g in guides
            )
            insert_in_order(conn, "conversation_guides", snapshots, conversation_id=conversation_id)
        return conversation_id

    def get(self, conversation_id: int) -> Conversation:
        missing = f"Det finns inget samtal med id {conversation_id}."
        row = self._live_row("conversations", conversation_id, missing)
        return self._conversation(row, self._snapshots([conversation_id])[conversation_id])

    def all(self, pair_id: int | None = None) -> list[Conversation]:
        sql = "SELECT * FROM conversations WHERE deleted_at IS NULL"
        params: list[Any] = []
        if pair_id is not None:
            sql += " AND pair_id = ?"
            params.append(pair_id)
        rows = self._store.rows(sql + " ORDER BY date, id", params)
        snapshots = self._snapshots([r["id"] for r in rows])
        return [self._conversation(r, snapshots.get(r["id"], ())) for r in rows]

    def summaries(self, pair_id: int) -> list[ConversationSummary]:
        """The pair's conversations, oldest first, each with its guides' titles (taken from
        the snapshots by SQLite; a snapshot that is not JSON has no title here)."""
        rows = self._store.rows(
            "SELECT id, pair_id, date, status FROM conversations "
            "WHERE deleted_at IS NULL AND pair_id = ? ORDER BY date, id",
            [pair_id],
        )
        titles: dict[int, list[str]] = {r["id"]: [] for r in rows}
        for row in self._store.rows(
            "SELECT g.conversation_id AS id, CASE WHEN json_valid(g.snapshot) "
            "THEN json_extract(g.snapshot, '$.title') END AS title "
            "FROM conversation_guides AS g JOIN conversations AS c ON c.id = g.conversation_id "
            "WHERE c.deleted_at IS NULL AND c.pair_id = ? ORDER BY g.conversation_id, g.position",
            [pair_id],
        ):
            if row["title"] is not None and row["id"] in titles:
                titles[row["id"]].append(str(row["title"]))
        return [
            ConversationSummary(
                id=r["id"],
                pair_id=r["pair_id"],
                date=dt.date.fromisoformat(r["date"]),
                status=ConversationStatus(r["status"]),
                guide_titles=tuple(titles[r["id"]]),
            )
            for r in rows
        ]

    def _snapshots(self, ids: list[int]) -> dict[int, tuple[Guide, ...]]:
        out: dict[int, list[Guide]] = {i: [] for i in ids}
        if not ids:
            return {}
        placeholders = ",".join("?" * len(ids))
        # Most conversations share a few snapshots (same guide, same version): parse each
        # distinct text once. Guides are frozen, so sharing the objects is safe.
        parsed: dict[str, Guide] = {}
        for row in self._store.rows(
            f"SELECT conversation_id, snapshot FROM conversation_guides "
            f"WHERE conversation_id IN ({placeholders}) ORDER BY conversation_id, position",
            ids,
        ):
            text = row["snapshot"]
            if text not in parsed:
                parsed[text] = columns.guide(text)
            out[row["conversation_id"]].append(parsed[text])
        return {k: tuple(v) for k, v in out.items()}

    @staticmethod
    def _conversation(row: dict[str, Any], guides: tuple[Guide, ...]) -> Conversation:
        return Conversation(
            id=row["id"],
            pair_id=row["pair_id"],
            date=dt.date.fromisoformat(row["date"]),
            status=ConversationStatus(row["status"]),
            guides=guides,
            present=columns.present(row["present"]),
            notes=row["notes"],
            next_meeting=parse_date(row["next_meeting"]),
        )

    def previous(self, conversation: Conversation) -> Conversation | None:
        """The pair's conversation just before this one (by date, then id)."""
        row = self._store.row(
            "SELECT id FROM conversations WHERE pair_id = ? AND deleted_at IS NULL AND "
            "(date < ? OR (date = ? AND id < ?)) ORDER BY date DESC, id DESC LIMIT 1",
            [
                conversation.pair_id,
                conversation.date.isoformat(),
                conversation.date.isoformat(),
                conversation.id,
            ],
        )
        return self.get(row["id"]) if row else None

    def update(self, conversation_id: int, **fields: Any) -> None:
        """Update plain columns (status, notes, next_meeting, date, present) in one save."""
        if "present" in fields:
            fields["present"] = json.dumps(list(fields["present"]), ensure_ascii=False)
        allowed = {"status", "notes", "next_meeting", "date", "present"}
        self._update_columns("conversations", conversation_id, allowed, fields)

    def save_answer(self, answer: Answer) -> None:
        """Insert or update the answer to one question (one autosave).

        An existing answer is updated in one statement, found by its unique key; its marker
        trigger records which fields changed (``derived_pending``). Its index entries and
        field versions follow in their own transaction (``Store.catch_up``,
        ``storage/derived.py``): the text is durable when this returns.
        """
        values = [getattr(answer, name) for name in ANSWER_FIELDS]  # (booleans bind as 0 and 1)
        with self._store.write(defer_derived=True) as conn:
            updated = conn.execute(
                _UPDATE_ANSWER, [*values, utc_now(), answer.conversation_id, answer.question_key]
            ).rowcount
            if updated:
                return
            # A new answer's insert trigger records its versions at once: the versions of
            # earlier saves come first, in the order of the edits.
            self._store.catch_up_within(conn)
            conn.execute(
                _INSERT_ANSWER, [answer.conversation_id, answer.question_key, *values, utc_now()]
            )

    def answers(self, conversation_id: int) -> dict[str, Answer]:
        rows = self._store.rows(
            "SELECT * FROM answers WHERE conversation_id = ?", [conversation_id]
        )
        return {
            r["question_key"]: from_row(
                Answer,
                r,
                to_agreement=bool(r["to_agreement"]),
                ratings_revealed=bool(r["ratings_revealed"]),
            )
            for r in rows
        }

    def save_rating(self, rating: Rating) -> None:
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO ratings (conversation_id, question_key, side, value, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(conversation_id, question_key, side) "
                "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [
                    rating.conversation_id,
                    rating.question_key,
                    rating.side.value,
                    rating.value,
                    utc_now(),
                ],
            )

    def ratings(self, conversation_id: int) -> list[Rating]:
        rows = self._store.rows(
            "SELECT * FROM ratings WHERE conversation_id = ? ORDER BY question_key, side",
            [conversation_id],
        )
        return [
            Rating(r["conversation_id"], r["question_key"], Side(r["side"]), r["value"])
            for r in rows
        ]
