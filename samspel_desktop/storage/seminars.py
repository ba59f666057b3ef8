"""Seminars, their groups, the groups' answers and the facilitator's syntheses."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import guide_to_dict
from samspel_desktop.domain.model import Guide
from samspel_desktop.domain.seminars import (
    GroupMember,
    Seminar,
    SeminarAnswer,
    SeminarGroup,
    name_key,
)
from samspel_desktop.storage import columns
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.rows import Repository


def _members_json(members: Iterable[GroupMember]) -> str:
    return json.dumps([{"name": m.name, "role": m.role} for m in members], ensure_ascii=False)


class SeminarRepository(Repository):
    # --- seminars --------------------------------------------------------------------------

    def add(
        self,
        *,
        uuid: str,
        title: str,
        date: dt.date,
        place: str,
        facilitator: str,
        guide: Guide,
        groups: Iterable[tuple[str, tuple[GroupMember, ...]]] = (),
        answers: Iterable[tuple[str, str, str]] = (),
    ) -> int:
        """One seminar with its groups and (group name, question key, text) answers, one save."""
        now = utc_now()
        snapshot = json.dumps(guide_to_dict(guide), ensure_ascii=False, sort_keys=True)
        first_key = guide.question_key(guide.questions()[0][1])
        with self._store.write() as conn:
            cursor = conn.execute(
                "INSERT INTO seminars (uuid, title, date, place, facilitator, guide_id, "
                "guide_version, guide_snapshot, current_question, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    uuid,
                    title,
                    date.isoformat(),
                    place,
                    facilitator,
                    guide.id,
                    guide.version,
                    snapshot,
                    first_key,
                    now,
                    now,
                ],
            )
            seminar_id = int(cursor.lastrowid or 0)
            ids: dict[str, int] = {}
            for name, members in groups:
                ids[name_key(name)] = self._insert_group(conn, seminar_id, name, members)
            for group_name, key, text in answers:
                self._upsert_answer(conn, ids[name_key(group_name)], SeminarAnswer(0, key, text))
        return seminar_id

    def get(self, seminar_id: int) -> Seminar:
        missing = f"Det finns inget seminarium med id {seminar_id}."
        return self._seminar(self._live_row("seminars", seminar_id, missing))

    def find_uuid(self, uuid: str) -> int | None:
        """The seminar with this UUID, also when it lies in the trash."""
        value = self._store.scalar("SELECT id FROM seminars WHERE uuid = ?", [uuid])
        return int(value) if value is not None else None

    def is_deleted(self, seminar_id: int) -> bool:
        return bool(
            self._store.scalar(
                "SELECT deleted_at IS NOT NULL FROM seminars WHERE id = ?", [seminar_id]
            )
        )

    def all(self) -> list[Seminar]:
        rows = self._store.rows(
            "SELECT * FROM seminars WHERE deleted_at IS NULL ORDER BY date DESC, id DESC"
        )
        return [self._seminar(r) for r in rows]

    def update(self, seminar_id: int, **fields: Any) -> None:
        """Plain columns: title, date, place, facilitator, current_question, minutes."""
        allowed = {"title", "date", "place", "facilitator", "current_question", "minutes"}
        self._update_columns("seminars", seminar_id, allowed, fields)

    def set_timing(self, seminar_id: int, question_key: str, minutes: int) -> None:
        with self._store.write() as conn:
            conn.execute(
                "UPDATE seminars SET timings = json_set(timings, '$.' || json_quote(?), ?), "
                "updated_at = ? WHERE id = ?",
                [question_key, minutes, utc_now(), seminar_id],
            )

    def _seminar(self, row: dict[str, Any]) -> Seminar:
        groups = [
            SeminarGroup(
                id=g["id"],
                seminar_id=row["id"],
                name=g["name"],
                members=columns.members(g["members"]),
            )
            for g in self._store.rows(
                "SELECT * FROM seminar_groups WHERE seminar_id = ? ORDER BY position, id",
                [row["id"]],
            )
        ]
        return Seminar(
            id=row["id"],
            uuid=row["uuid"],
            title=row["title"],
            date=dt.date.fromisoformat(row["date"]),
            guide=columns.guide(row["guide_snapshot"]),
            groups=tuple(groups),
            place=row["place"],
            facilitator=row["facilitator"],
            current_question=row["current_question"],
            minutes=row["minutes"],
            timings=columns.timings(row["timings"]),
        )

    # --- groups ----------------------------------------------------------------------------

    @staticmethod
    def _insert_group(
        conn: sqlite3.Connection, seminar_id: int, name: str, members: tuple[GroupMember, ...]
    ) -> int:
        position = conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM seminar_groups WHERE seminar_id = ?",
            [seminar_id],
        ).fetchone()[0]
        try:
            cursor = conn.execute(
                "INSERT INTO seminar_groups (seminar_id, position, name, name_key, members, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [seminar_id, position, name, name_key(name), _members_json(members), utc_now()],
            )
        except sqlite3.IntegrityError as error:
            if "UNIQUE" not in str(error):
                raise
            raise ValidationError(f"Det finns redan en grupp som heter ”{name}”.") from None
        return int(cursor.lastrowid or 0)

    def add_group(self, seminar_id: int, name: str, members: tuple[GroupMember, ...]) -> int:
        with self._store.write() as conn:
            return self._insert_group(conn, seminar_id, name, members)

    def update_group(self, group_id: int, name: str, members: tuple[GroupMember, ...]) -> None:
        try:
            with self._store.write() as conn:
                conn.execute(
                    "UPDATE seminar_groups SET name = ?, name_key = ?, members = ? WHERE id = ?",
                    [name, name_key(name), _members_json(members), group_id],
                )
        except sqlite3.IntegrityError as error:
            if "UNIQUE" not in str(error):
                raise
            raise ValidationError(f"Det finns redan en grupp som heter ”{name}”.") from None

    def remove_group(self, group_id: int) -> None:
        """Remove a group and its answers (the GUI asks first when it has answers)."""
        with self._store.write() as conn:
            conn.execute("DELETE FROM seminar_answers WHERE group_id = ?", [group_id])
            conn.execute("DELETE FROM seminar_groups WHERE id = ?", [group_id])

    def move_group(self, seminar_id: int, group_id: int, offset: int) -> None:
        ids = [
            r["id"]
            for r in self._store.rows(
                "SELECT id FROM seminar_groups WHERE seminar_id = ? ORDER BY position, id",
                [seminar_id],
            )
        ]
        index = ids.index(group_id)
        target = max(0, min(len(ids) - 1, index + offset))
        ids.insert(target, ids.pop(index))
        with self._store.write() as conn:
            for position, gid in enumerate(ids):
                conn.execute("UPDATE seminar_groups SET position = ? WHERE id = ?", [position, gid])

    # --- answers and syntheses -------------------------------------------------------------

    @staticmethod
    def _upsert_answer(conn: sqlite3.Connection, group_id: int, answer: SeminarAnswer) -> None:
        conn.execute(
            "INSERT INTO seminar_answers (group_id, question_key, text, conflict_text, "
            "conflict_source, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(group_id, question_key) DO UPDATE SET text = excluded.text, "
            "conflict_text = excluded.conflict_text, "
            "conflict_source = excluded.conflict_source, updated_at = excluded.updated_at",
            [
                group_id,
                answer.question_key,
                answer.text,
                answer.conflict_text,
                answer.conflict_source,
                utc_now(),
            ],
        )

    def save_answer(self, answer: SeminarAnswer) -> None:
        with self._store.write() as conn:
            self._upsert_answer(conn, answer.group_id, answer)

    def save_answers(self, answers: Iterable[SeminarAnswer]) -> None:
        """Several answers in one transaction."""
        with self._store.write() as conn:
            for answer in answers:
                self._upsert_answer(conn, answer.group_id, answer)

    def apply_merge(
        self,
        seminar_id: int,
        new_groups: Iterable[tuple[str, tuple[GroupMember, ...]]],
        answers: Iterable[tuple[str, SeminarAnswer]],
    ) -> None:
        """An import as one save: new groups, then (group name, answer) rows by group name."""
        with self._store.write() as conn:
            ids = {
                name_key(name): gid
                for gid, name in conn.execute(
                    "SELECT id, name FROM seminar_groups WHERE seminar_id = ?", [seminar_id]
                )
            }
            for name, members in new_groups:
                ids[name_key(name)] = self._insert_group(conn, seminar_id, name, members)
            for group_name, a in answers:
                self._upsert_answer(conn, ids[name_key(group_name)], a)
            conn.execute("UPDATE seminars SET updated_at = ? WHERE id = ?", [utc_now(), seminar_id])

    def answers(self, seminar_id: int) -> dict[int, dict[str, SeminarAnswer]]:
        """Group id → question key → answer."""
        out: dict[int, dict[str, SeminarAnswer]] = {}
        for row in self._store.rows(
            "SELECT a.* FROM seminar_answers a JOIN seminar_groups g ON g.id = a.group_id "
            "WHERE g.seminar_id = ?",
            [seminar_id],
        ):
            out.setdefault(row["group_id"], {})[row["question_key"]] = SeminarAnswer(
                group_id=row["group_id"],
                question_key=row["question_key"],
                text=row["text"],
                conflict_text=row["conflict_text"],
                conflict_source=row["conflict_source"],
            )
        return out

    def save_synthesis(self, seminar_id: int, question_key: str, text: str) -> None:
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO seminar_syntheses (seminar_id, question_key, text, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(seminar_id, question_key) DO UPDATE SET "
                "text = excluded.text, updated_at = excluded.updated_at",
                [seminar_id, question_key, text, utc_now()],
            )

    def syntheses(self, seminar_id: int) -> dict[str, str]:
        return {
            r["question_key"]: r["text"]
            for r in self._store.rows(
                "SELECT question_key, text FROM seminar_syntheses WHERE seminar_id = ?",
                [seminar_id],
            )
        }
