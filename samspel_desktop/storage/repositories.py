"""Repositories: SQL in, domain objects out. Every write is one transaction (``Store.write``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

from samspel_desktop.domain.errors import (
    CancelledError,
    ImmutableError,
    NotFoundError,
    StorageError,
)
from samspel_desktop.domain.guides import guide_to_dict
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementStatus,
    AgreementVersion,
    Answer,
    Block,
    BlockType,
    Commitment,
    CommitmentStatus,
    Conversation,
    ConversationStatus,
    DocumentMetadata,
    GreyZoneClass,
    GreyZoneEntry,
    Guide,
    Organisation,
    OrganisationKind,
    Pair,
    PairKind,
    Person,
    Phase,
    Provenance,
    Rating,
    RatingPoint,
    Remiss,
    RemissAnswer,
    RemissStance,
    Side,
    Signatory,
    TrashItem,
)
from samspel_desktop.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery
from samspel_desktop.storage import columns
from samspel_desktop.storage.database import Store, utc_now


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# --- organisations, people, pairs --------------------------------------------------------


class PairRepository:
    """Organisations, people and pairs."""

    _PAIR_SQL = """
        SELECT p.*, o.name AS o_name, o.kind AS o_kind,
               pp.name AS pp_name, pp.title AS pp_title, pp.organisation_id AS pp_org,
               ep.name AS ep_name, ep.title AS ep_title, ep.organisation_id AS ep_org
        FROM pairs p
        JOIN organisations o ON o.id = p.organisation_id
        JOIN persons pp ON pp.id = p.political_person_id
        JOIN persons ep ON ep.id = p.executive_person_id
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def add_organisation(
        self, name: str, kind: OrganisationKind, *, is_demo: bool = False
    ) -> Organisation:
        with self._store.write() as conn:
            cursor = conn.execute(
                "INSERT INTO organisations (name, kind, is_demo, created_at) VALUES (?, ?, ?, ?)",
                [name, kind.value, int(is_demo), utc_now()],
            )
        return Organisation(id=int(cursor.lastrowid or 0), name=name, kind=kind)

    def find_organisation(self, name: str) -> Organisation | None:
        row = self._store.row(
            "SELECT * FROM organisations WHERE name = ? AND deleted_at IS NULL ORDER BY id",
            [name],
        )
        return self._organisation(row) if row else None

    def organisations(self) -> list[Organisation]:
        rows = self._store.rows(
            "SELECT * FROM organisations WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
        )
        return [self._organisation(r) for r in rows]

    @staticmethod
    def _organisation(row: dict[str, Any]) -> Organisation:
        return Organisation(id=row["id"], name=row["name"], kind=OrganisationKind(row["kind"]))

    def add_pair(
        self,
        *,
        organisation: Organisation,
        kind: PairKind,
        political: tuple[str, str],
        executive: tuple[str, str],
        start_date: dt.date,
        phase: Phase,
        predecessor_id: int | None = None,
    ) -> Pair:
        """Add a pair and its two people (name, title) in one transaction."""
        now = utc_now()
        with self._store.write() as conn:
            ids = []
            for name, title in (political, executive):
                cursor = conn.execute(
                    "INSERT INTO persons (organisation_id, name, title, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    [organisation.id, name, title, now],
                )
                ids.append(cursor.lastrowid)
            cursor = conn.execute(
                "INSERT INTO pairs (organisation_id, kind, political_person_id, "
                "executive_person_id, start_date, phase, predecessor_id, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    organisation.id,
                    kind.value,
                    ids[0],
                    ids[1],
                    start_date.isoformat(),
                    phase.value,
                    predecessor_id,
                    now,
                ],
            )
        return self.get(int(cursor.lastrowid or 0))

    def get(self, pair_id: int) -> Pair:
        row = self._store.row(
            self._PAIR_SQL + " WHERE p.id = ? AND p.deleted_at IS NULL", [pair_id]
        )
        if row is None:
            raise NotFoundError(f"Det finns inget samspelspar med id {pair_id}.")
        return self._pair(row)

    def all(self, *, include_ended: bool = True) -> list[Pair]:
        where = "WHERE p.deleted_at IS NULL AND o.deleted_at IS NULL"
        if not include_ended:
            where += " AND p.end_date IS NULL"
        rows = self._store.rows(
            self._PAIR_SQL + f" {where} ORDER BY o.name COLLATE NOCASE, p.start_date, p.id"
        )
        return [self._pair(r) for r in rows]

    def update_pair(
        self,
        pair_id: int,
        *,
        kind: PairKind,
        political: tuple[str, str],
        executive: tuple[str, str],
        start_date: dt.date,
        phase: Phase,
    ) -> Pair:
        """Correct a pair's details (a real change of person is a new pair, not an edit)."""
        pair = self.get(pair_id)
        with self._store.write() as conn:
            for person, (name, title) in ((pair.political, political), (pair.executive, executive)):
                conn.execute(
                    "UPDATE persons SET name = ?, title = ? WHERE id = ?", [name, title, person.id]
                )
            conn.execute(
                "UPDATE pairs SET kind = ?, start_date = ?, phase = ? WHERE id = ?",
                [kind.value, start_date.isoformat(), phase.value, pair_id],
            )
        return self.get(pair_id)

    def rename_organisation(self, organisation_id: int, name: str, kind: OrganisationKind) -> None:
        with self._store.write() as conn:
            conn.execute(
                "UPDATE organisations SET name = ?, kind = ? WHERE id = ?",
                [name, kind.value, organisation_id],
            )

    def has_demo(self) -> bool:
        return bool(self._store.scalar("SELECT count(*) FROM organisations WHERE is_demo = 1"))

    def remove_demo(self) -> None:
        """Delete the demo organisation and everything under it, for good (it is not user data)."""
        demo_pairs = (
            "SELECT p.id FROM pairs p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE o.is_demo = 1"
        )
        demo_conversations = f"SELECT id FROM conversations WHERE pair_id IN ({demo_pairs})"
        demo_versions = f"SELECT id FROM agreement_versions WHERE pair_id IN ({demo_pairs})"
        statements = [
            f"DELETE FROM agreement_sections WHERE version_id IN ({demo_versions})",
            "UPDATE agreement_versions SET based_on_id = NULL "
            f"WHERE based_on_id IN ({demo_versions})",
            f"DELETE FROM agreement_versions WHERE id IN ({demo_versions})",
            f"DELETE FROM commitments WHERE pair_id IN ({demo_pairs})",
            f"DELETE FROM greyzone_entries WHERE pair_id IN ({demo_pairs})",
            f"DELETE FROM ratings WHERE conversation_id IN ({demo_conversations})",
            f"DELETE FROM answers WHERE conversation_id IN ({demo_conversations})",
            f"DELETE FROM conversation_guides WHERE conversation_id IN ({demo_conversations})",
            f"DELETE FROM conversations WHERE id IN ({demo_conversations})",
            f"UPDATE pairs SET predecessor_id = NULL WHERE predecessor_id IN ({demo_pairs})",
            f"DELETE FROM pairs WHERE id IN ({demo_pairs})",
            "DELETE FROM persons WHERE organisation_id IN "
            "(SELECT id FROM organisations WHERE is_demo = 1)",
            "DELETE FROM organisations WHERE is_demo = 1",
        ]
        with self._store.write() as conn:
            conn.execute("INSERT INTO maintenance_mode (active) VALUES (1)")
            for statement in statements:
                conn.execute(statement)
            conn.execute("DELETE FROM maintenance_mode")

    def is_demo(self, organisation_id: int) -> bool:
        return bool(
            self._store.scalar("SELECT is_demo FROM organisations WHERE id = ?", [organisation_id])
        )

    def stats(self, today: dt.date) -> dict[int, dict[str, Any]]:
        """Per pair: last and next conversation, open and overdue commitments, agreement state.

        A handful of grouped queries, whatever the number of pairs (start-page budget).
        """
        day = today.isoformat()
        out: dict[int, dict[str, Any]] = {}

        def slot(pair_id: int) -> dict[str, Any]:
            return out.setdefault(
                pair_id,
                {
                    "last": None,
                    "last_id": None,
                    "next": None,
                    "conversations": 0,
                    "open": 0,
                    "overdue": 0,
                    "agreement_status": None,
                    "review_by": None,
                    "agreement_number": None,
                },
            )

        for row in self._store.rows(
            "SELECT pair_id, count(*) AS n, "
            "max(CASE WHEN date <= ? THEN date END) AS last, "
            "min(CASE WHEN date > ? AND status <> 'avslutat' THEN date END) AS next_planned, "
            "max(next_meeting) AS next_meeting "
            "FROM conversations WHERE deleted_at IS NULL GROUP BY pair_id",
            [day, day],
        ):
            entry = slot(row["pair_id"])
            entry["conversations"] = row["n"]
            entry["last"] = _date(row["last"])
            candidates = [
                d
                for d in (_date(row["next_planned"]), _date(row["next_meeting"]))
                if d is not None and d >= today
            ]
            entry["next"] = min(candidates) if candidates else None
        for row in self._store.rows(
            "SELECT pair_id, count(*) AS open, "
            "sum(CASE WHEN due_date IS NOT NULL AND due_date < ? THEN 1 ELSE 0 END) AS overdue "
            "FROM commitments WHERE deleted_at IS NULL AND status = 'open' GROUP BY pair_id",
            [day],
        ):
            entry = slot(row["pair_id"])
            entry["open"], entry["overdue"] = row["open"], row["overdue"]
        for row in self._store.rows(
            "SELECT v.pair_id, v.status, v.number, json_extract(v.metadata, '$.review_by') AS rb "
            "FROM agreement_versions v JOIN (SELECT pair_id, max(number) AS n FROM "
            "agreement_versions WHERE deleted_at IS NULL GROUP BY pair_id) last "
            "ON last.pair_id = v.pair_id AND last.n = v.number"
        ):
            entry = slot(row["pair_id"])
            entry["agreement_status"] = AgreementStatus(row["status"])
            entry["agreement_number"] = row["number"]
            entry["review_by"] = _date(row["rb"])
        return out

    def set_phase(self, pair_id: int, phase: Phase) -> None:
        with self._store.write() as conn:
            conn.execute("UPDATE pairs SET phase = ? WHERE id = ?", [phase.value, pair_id])

    def end(self, pair_id: int, end_date: dt.date) -> None:
        with self._store.write() as conn:
            conn.execute("UPDATE pairs SET end_date = ? WHERE id = ?", [_iso(end_date), pair_id])

    @staticmethod
    def _pair(row: dict[str, Any]) -> Pair:
        return Pair(
            id=row["id"],
            organisation=Organisation(
                id=row["organisation_id"], name=row["o_name"], kind=OrganisationKind(row["o_kind"])
            ),
            kind=PairKind(row["kind"]),
            political=Person(
                row["political_person_id"], row["pp_org"], row["pp_name"], row["pp_title"]
            ),
            executive=Person(
                row["executive_person_id"], row["ep_org"], row["ep_name"], row["ep_title"]
            ),
            start_date=dt.date.fromisoformat(row["start_date"]),
            phase=Phase(row["phase"]),
            end_date=_date(row["end_date"]),
            predecessor_id=row["predecessor_id"],
        )


# --- guides ------------------------------------------------------------------------------


class GuideRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

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
        row = self._store.row(
            "SELECT * FROM guides WHERE id = ? AND deleted_at IS NULL", [guide_id]
        )
        if row is None:
            raise NotFoundError(f"Det finns ingen samtalsguide med id ”{guide_id}”.")
        return self._guide(row)

    def all(self) -> list[Guide]:
        rows = self._store.rows(
            "SELECT * FROM guides WHERE deleted_at IS NULL ORDER BY builtin DESC, title"
        )
        return [self._guide(r) for r in rows]

    @staticmethod
    def _guide(row: dict[str, Any]) -> Guide:
        return columns.guide(row["content"], builtin=bool(row["builtin"]))


# --- conversations -----------------------------------------------------------------------


class ConversationRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

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
            cursor = conn.execute(
                "INSERT INTO conversations (pair_id, date, status, present, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    pair_id,
                    date.isoformat(),
                    status.value,
                    json.dumps(list(present), ensure_ascii=False),
                    now,
                    now,
                ],
            )
            conversation_id = int(cursor.lastrowid or 0)
            for position, guide in enumerate(guides):
                conn.execute(
                    "INSERT INTO conversation_guides (conversation_id, position, guide_id, "
                    "guide_version, snapshot) VALUES (?, ?, ?, ?, ?)",
                    [
                        conversation_id,
                        position,
                        guide.id,
                        guide.version,
                        json.dumps(guide_to_dict(guide), ensure_ascii=False, sort_keys=True),
                    ],
                )
        return conversation_id

    def get(self, conversation_id: int) -> Conversation:
        row = self._store.row(
            "SELECT * FROM conversations WHERE id = ? AND deleted_at IS NULL", [conversation_id]
        )
        if row is None:
            raise NotFoundError(f"Det finns inget samtal med id {conversation_id}.")
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
            next_meeting=_date(row["next_meeting"]),
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
        allowed = {"status", "notes", "next_meeting", "date", "present"}
        if not fields.keys() <= allowed:
            raise ValueError(f"unknown conversation fields {set(fields) - allowed}")
        values = []
        for name, value in fields.items():
            if isinstance(value, dt.date):
                values.append(value.isoformat())
            elif name == "present":
                values.append(json.dumps(list(value), ensure_ascii=False))
            elif hasattr(value, "value"):
                values.append(value.value)
            else:
                values.append(value)
        assignments = ", ".join(f"{name} = ?" for name in fields)
        with self._store.write() as conn:
            conn.execute(
                f"UPDATE conversations SET {assignments}, updated_at = ? WHERE id = ?",
                [*values, utc_now(), conversation_id],
            )

    def save_answer(self, answer: Answer) -> None:
        """Insert or update the answer to one question (one autosave)."""
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO answers (conversation_id, question_key, political, executive, "
                "conclusion, to_agreement, agreement_section_key, ratings_revealed, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(conversation_id, question_key) DO UPDATE SET "
                "political = excluded.political, executive = excluded.executive, "
                "conclusion = excluded.conclusion, to_agreement = excluded.to_agreement, "
                "agreement_section_key = excluded.agreement_section_key, "
                "ratings_revealed = excluded.ratings_revealed, updated_at = excluded.updated_at",
                [
                    answer.conversation_id,
                    answer.question_key,
                    answer.political,
                    answer.executive,
                    answer.conclusion,
                    int(answer.to_agreement),
                    answer.agreement_section_key,
                    int(answer.ratings_revealed),
                    utc_now(),
                ],
            )

    def answers(self, conversation_id: int) -> dict[str, Answer]:
        rows = self._store.rows(
            "SELECT * FROM answers WHERE conversation_id = ?", [conversation_id]
        )
        return {
            r["question_key"]: Answer(
                conversation_id=r["conversation_id"],
                question_key=r["question_key"],
                political=r["political"],
                executive=r["executive"],
                conclusion=r["conclusion"],
                to_agreement=bool(r["to_agreement"]),
                agreement_section_key=r["agreement_section_key"],
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


# --- commitments -------------------------------------------------------------------------


class CommitmentRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        pair_id: int,
        what: str,
        owner_side: Side,
        *,
        owner_name: str = "",
        due_date: dt.date | None = None,
        created_in: int | None = None,
    ) -> Commitment:
        now = utc_now()
        with self._store.write() as conn:
            cursor = conn.execute(
                "INSERT INTO commitments (pair_id, what, owner_side, owner_name, due_date, "
                "status, created_in, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    pair_id,
                    what,
                    owner_side.value,
                    owner_name,
                    _iso(due_date),
                    CommitmentStatus.OPEN.value,
                    created_in,
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
        return self._commitment(row)

    def all(self, pair_id: int) -> list[Commitment]:
        rows = self._store.rows(
            "SELECT * FROM commitments WHERE pair_id = ? AND deleted_at IS NULL "
            "ORDER BY due_date IS NULL, due_date, id",
            [pair_id],
        )
        return [self._commitment(r) for r in rows]

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

    @staticmethod
    def _commitment(row: dict[str, Any]) -> Commitment:
        return Commitment(
            id=row["id"],
            pair_id=row["pair_id"],
            what=row["what"],
            owner_side=Side(row["owner_side"]),
            owner_name=row["owner_name"],
            due_date=_date(row["due_date"]),
            status=CommitmentStatus(row["status"]),
            status_note=row["status_note"],
            created_in=row["created_in"],
            closed_in=row["closed_in"],
        )


# --- agreements --------------------------------------------------------------------------


def blocks_to_json(blocks: Iterable[Block]) -> str:
    out: list[dict[str, Any]] = []
    for block in blocks:
        if block.type in (BlockType.PARAGRAPH, BlockType.SUBHEADING):
            out.append({"type": block.type.value, "text": block.text})
        else:
            out.append({"type": block.type.value, "items": list(block.items)})
    return json.dumps(out, ensure_ascii=False)


def blocks_from_json(text: str) -> tuple[Block, ...]:
    return columns.blocks(text)


def _metadata_to_json(meta: DocumentMetadata) -> str:
    data = {
        "document_type": meta.document_type,
        "decided_by": meta.decided_by,
        "decision_date": _iso(meta.decision_date),
        "decision_paragraph": meta.decision_paragraph,
        "registration_number": meta.registration_number,
        "applies_to": meta.applies_to,
        "validity": meta.validity,
        "review_by": _iso(meta.review_by),
        "document_owner": meta.document_owner,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _metadata_from_json(text: str) -> DocumentMetadata:
    return columns.metadata(text)


def _signatories_to_json(signatories: Iterable[Signatory]) -> str:
    return json.dumps(
        [{"side": s.side.value, "name": s.name, "title": s.title} for s in signatories],
        ensure_ascii=False,
    )


def _signatories_from_json(text: str) -> tuple[Signatory, ...]:
    return columns.signatories(text)


class AgreementRepository:
    """Versions of a pair's överenskommelse. Adopted versions are immutable (also by trigger)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add_version(
        self,
        pair_id: int,
        title: str,
        metadata: DocumentMetadata,
        sections: Iterable[AgreementSection],
        *,
        based_on_id: int | None = None,
        copy_provenance: bool = False,
    ) -> AgreementVersion:
        """Add a draft; with ``copy_provenance`` the links of ``based_on_id`` come along."""
        now = utc_now()
        with self._store.write() as conn:
            number = conn.execute(
                "SELECT coalesce(max(number), 0) + 1 FROM agreement_versions WHERE pair_id = ?",
                [pair_id],
            ).fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO agreement_versions (pair_id, number, title, status, metadata, "
                "based_on_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    pair_id,
                    number,
                    title,
                    AgreementStatus.DRAFT.value,
                    _metadata_to_json(metadata),
                    based_on_id,
                    now,
                    now,
                ],
            )
            version_id = int(cursor.lastrowid or 0)
            self._insert_sections(conn, version_id, sections)
            if copy_provenance and based_on_id is not None:
                conn.execute(
                    "INSERT INTO agreement_provenance (version_id, section_key, conversation_id, "
                    "question_key, text, created_at) SELECT ?, section_key, conversation_id, "
                    "question_key, text, created_at FROM agreement_provenance "
                    "WHERE version_id = ? AND section_key IN "
                    "(SELECT key FROM agreement_sections WHERE version_id = ?)",
                    [version_id, based_on_id, version_id],
                )
        return self.get(version_id)

    @staticmethod
    def _insert_sections(conn: Any, version_id: int, sections: Iterable[AgreementSection]) -> None:
        for position, section in enumerate(sections):
            conn.execute(
                "INSERT INTO agreement_sections (version_id, position, key, title, guidance, "
                "blocks) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    version_id,
                    position,
                    section.key,
                    section.title,
                    section.guidance,
                    blocks_to_json(section.blocks),
                ],
            )

    def get(self, version_id: int) -> AgreementVersion:
        row = self._store.row(
            "SELECT * FROM agreement_versions WHERE id = ? AND deleted_at IS NULL", [version_id]
        )
        if row is None:
            raise NotFoundError(f"Det finns ingen version av överenskommelsen med id {version_id}.")
        sections = tuple(
            AgreementSection(
                key=s["key"],
                title=s["title"],
                blocks=blocks_from_json(s["blocks"]),
                guidance=s["guidance"],
            )
            for s in self._store.rows(
                "SELECT * FROM agreement_sections WHERE version_id = ? ORDER BY position",
                [version_id],
            )
        )
        return AgreementVersion(
            id=row["id"],
            pair_id=row["pair_id"],
            number=row["number"],
            title=row["title"],
            status=AgreementStatus(row["status"]),
            metadata=_metadata_from_json(row["metadata"]),
            sections=sections,
            based_on_id=row["based_on_id"],
            adopted_on=_date(row["adopted_on"]),
            signatories=_signatories_from_json(row["signatories"]),
            adopted_place=row["adopted_place"],
        )

    def versions(self, pair_id: int) -> list[AgreementVersion]:
        ids = self._store.rows(
            "SELECT id FROM agreement_versions WHERE pair_id = ? AND deleted_at IS NULL "
            "ORDER BY number",
            [pair_id],
        )
        return [self.get(r["id"]) for r in ids]

    def replace_sections(self, version_id: int, sections: Iterable[AgreementSection]) -> None:
        """Save the whole text of a draft in one transaction."""
        self._require_editable(version_id)
        with self._store.write() as conn:
            self._replace_sections(conn, version_id, sections)

    def _replace_sections(
        self, conn: Any, version_id: int, sections: Iterable[AgreementSection]
    ) -> None:
        sections = list(sections)
        conn.execute("DELETE FROM agreement_sections WHERE version_id = ?", [version_id])
        self._insert_sections(conn, version_id, sections)
        # A link whose section was removed points nowhere; it goes with the section.
        keys = [s.key for s in sections]
        placeholders = ",".join("?" * len(keys))
        conn.execute(
            "DELETE FROM agreement_provenance WHERE version_id = ? "
            f"AND section_key NOT IN ({placeholders})",
            [version_id, *keys],
        )
        conn.execute(
            "UPDATE agreement_versions SET updated_at = ? WHERE id = ?", [utc_now(), version_id]
        )

    def save_header(self, version_id: int, title: str, metadata: DocumentMetadata) -> None:
        """Save the title and governing-document metadata of a draft."""
        self._require_editable(version_id)
        with self._store.write() as conn:
            conn.execute(
                "UPDATE agreement_versions SET title = ?, metadata = ?, updated_at = ? "
                "WHERE id = ?",
                [title, _metadata_to_json(metadata), utc_now(), version_id],
            )

    def adopt(
        self,
        version_id: int,
        adopted_on: dt.date,
        metadata: DocumentMetadata,
        *,
        signatories: Iterable[Signatory] = (),
        place: str = "",
    ) -> None:
        """Adopt a draft or a remiss version: from now on it never changes."""
        if self.get(version_id).is_adopted:
            raise ImmutableError("Den här versionen är redan antagen.")
        with self._store.write() as conn:
            conn.execute(
                "UPDATE agreement_versions SET status = ?, adopted_on = ?, metadata = ?, "
                "signatories = ?, adopted_place = ?, updated_at = ? WHERE id = ?",
                [
                    AgreementStatus.ADOPTED.value,
                    adopted_on.isoformat(),
                    _metadata_to_json(metadata),
                    _signatories_to_json(signatories),
                    place,
                    utc_now(),
                    version_id,
                ],
            )

    # --- remiss ------------------------------------------------------------------------

    def send_to_remiss(
        self,
        version_id: int,
        *,
        sent_on: dt.date,
        deadline: dt.date | None,
        reference: str,
        recipients: Iterable[str],
    ) -> Remiss:
        """Mark a draft as sent on remiss and record its recipients, in one transaction."""
        self._require_editable(version_id)
        now = utc_now()
        with self._store.write() as conn:
            conn.execute(
                "UPDATE agreement_versions SET status = ?, updated_at = ? WHERE id = ?",
                [AgreementStatus.REMISS.value, now, version_id],
            )
            cursor = conn.execute(
                "INSERT INTO agreement_remisses (version_id, sent_on, deadline, reference, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                [version_id, sent_on.isoformat(), _iso(deadline), reference, now],
            )
            remiss_id = int(cursor.lastrowid or 0)
            for ordinal, recipient in enumerate(recipients):
                conn.execute(
                    "INSERT INTO agreement_remiss_answers (remiss_id, ordinal, recipient, "
                    "updated_at) VALUES (?, ?, ?, ?)",
                    [remiss_id, ordinal, recipient, now],
                )
        found = self.remiss(version_id)
        assert found is not None
        return found

    def remiss(self, version_id: int) -> Remiss | None:
        row = self._store.row("SELECT * FROM agreement_remisses WHERE version_id = ?", [version_id])
        if row is None:
            return None
        answers = tuple(
            RemissAnswer(
                id=r["id"],
                remiss_id=r["remiss_id"],
                recipient=r["recipient"],
                stance=RemissStance(r["stance"]),
                text=r["text"],
                answered_on=_date(r["answered_on"]),
            )
            for r in self._store.rows(
                "SELECT * FROM agreement_remiss_answers WHERE remiss_id = ? ORDER BY ordinal, id",
                [row["id"]],
            )
        )
        return Remiss(
            id=row["id"],
            version_id=row["version_id"],
            sent_on=dt.date.fromisoformat(row["sent_on"]),
            deadline=_date(row["deadline"]),
            reference=row["reference"],
            answers=answers,
        )

    def add_remiss_recipient(self, remiss_id: int, recipient: str) -> None:
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO agreement_remiss_answers (remiss_id, ordinal, recipient, updated_at) "
                "SELECT ?, coalesce(max(ordinal), -1) + 1, ?, ? FROM agreement_remiss_answers "
                "WHERE remiss_id = ?",
                [remiss_id, recipient, utc_now(), remiss_id],
            )

    def record_remiss_answer(
        self, answer_id: int, stance: RemissStance, text: str, answered_on: dt.date | None
    ) -> None:
        with self._store.write() as conn:
            cursor = conn.execute(
                "UPDATE agreement_remiss_answers SET stance = ?, text = ?, answered_on = ?, "
                "updated_at = ? WHERE id = ?",
                [stance.value, text, _iso(answered_on), utc_now(), answer_id],
            )
        if cursor.rowcount == 0:
            raise NotFoundError(f"Det finns inget remissvar med id {answer_id}.")

    # --- provenance --------------------------------------------------------------------

    def provenance(self, version_id: int) -> list[Provenance]:
        rows = self._store.rows(
            "SELECT p.*, c.date AS conversation_date FROM agreement_provenance p "
            "JOIN conversations c ON c.id = p.conversation_id "
            "WHERE p.version_id = ? ORDER BY p.id",
            [version_id],
        )
        return [
            Provenance(
                id=r["id"],
                version_id=r["version_id"],
                section_key=r["section_key"],
                conversation_id=r["conversation_id"],
                question_key=r["question_key"],
                text=r["text"],
                conversation_date=_date(r["conversation_date"]),
            )
            for r in rows
        ]

    def conclusions_for_agreement(self, pair_id: int) -> list[dict[str, Any]]:
        """Conclusions marked "till överenskommelsen" in the pair's conversations, oldest first."""
        return self._store.rows(
            "SELECT a.conversation_id, c.date, a.question_key, a.agreement_section_key, "
            "a.conclusion FROM answers a JOIN conversations c ON c.id = a.conversation_id "
            "WHERE c.pair_id = ? AND c.deleted_at IS NULL AND a.to_agreement = 1 "
            "AND trim(a.conclusion) <> '' ORDER BY c.date, c.id, a.id",
            [pair_id],
        )

    def take_suggestion(
        self,
        version_id: int,
        sections: Iterable[AgreementSection],
        *,
        section_key: str,
        conversation_id: int,
        question_key: str,
        text: str,
    ) -> None:
        """Save the draft with the taken text and its link back, in one transaction."""
        self._require_editable(version_id)
        with self._store.write() as conn:
            self._replace_sections(conn, version_id, sections)
            conn.execute(
                "INSERT INTO agreement_provenance (version_id, section_key, conversation_id, "
                "question_key, text, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [version_id, section_key, conversation_id, question_key, text, utc_now()],
            )

    def _require_editable(self, version_id: int) -> None:
        version = self.get(version_id)
        if version.is_adopted:
            raise ImmutableError(
                "Den här versionen är antagen och kan inte ändras. Skapa ett nytt utkast."
            )
        if not version.is_editable:
            raise ImmutableError(
                "Den här versionen är skickad på remiss och kan inte ändras. Skapa ett nytt "
                "utkast från den, eller anta den som den är."
            )


# --- trash -------------------------------------------------------------------------------


class TrashRepository:
    """Soft delete: items go to the trash (``deleted_at``) and can be restored."""

    _TABLES: ClassVar[dict[str, tuple[str, str]]] = {
        # kind: (table, label expression)
        "organisation": ("organisations", "name"),
        "pair": ("pairs", "'Samspelspar ' || id"),
        "conversation": ("conversations", "'Samtal ' || date"),
        "commitment": ("commitments", "what"),
        "agreement": ("agreement_versions", "title || ' (version ' || number || ')'"),
        "guide": ("guides", "title"),
        "greyzone": ("greyzone_entries", "question"),
        "seminar": ("seminars", "'Seminarium: ' || title"),
    }

    def __init__(self, store: Store) -> None:
        self._store = store

    def _table(self, kind: str) -> tuple[str, str]:
        if kind not in self._TABLES:
            raise NotFoundError(f"Okänd sorts objekt: {kind}.")
        return self._TABLES[kind]

    def delete(self, kind: str, item_id: int | str) -> None:
        table, _ = self._table(kind)
        if kind == "agreement":
            status = self._store.scalar(
                "SELECT status FROM agreement_versions WHERE id = ?", [item_id]
            )
            if status == AgreementStatus.ADOPTED.value:
                raise ImmutableError(
                    "En antagen överenskommelse är en allmän handling och kan inte raderas här."
                )
        if kind == "guide" and self._store.scalar(
            "SELECT builtin FROM guides WHERE id = ?", [item_id]
        ):
            raise ImmutableError("De inbyggda samtalsguiderna kan inte raderas.")
        with self._store.write() as conn:
            cursor = conn.execute(
                f"UPDATE {table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [utc_now(), item_id],
            )
        if cursor.rowcount == 0:
            raise NotFoundError("Det finns inget sådant att radera.")

    def restore(self, kind: str, item_id: int | str) -> None:
        table, _ = self._table(kind)
        with self._store.write() as conn:
            cursor = conn.execute(
                f"UPDATE {table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
                [item_id],
            )
        if cursor.rowcount == 0:
            raise NotFoundError("Det finns inget sådant i papperskorgen.")

    def empty(self) -> dict[str, int]:
        """Really delete everything in the trash, then ``VACUUM`` so no deleted text lingers.

        Children go with their parents: a pair takes its conversations (answers, ratings,
        guide snapshots), commitments and draft agreements; people only when no remaining pair
        refers to them. A pair or organisation with an adopted agreement stays in the trash:
        an adopted agreement is a public document (disposal needs a gallringsbeslut).
        Returns the number of rows removed per kind.
        """
        adopted = "SELECT pair_id FROM agreement_versions WHERE status = 'adopted'"
        with self._store.write() as conn:

            def ids(sql: str, params: Iterable[Any] = ()) -> list[Any]:
                return [r[0] for r in conn.execute(sql, list(params))]

            orgs = ids(
                "SELECT id FROM organisations WHERE deleted_at IS NOT NULL AND id NOT IN "
                f"(SELECT organisation_id FROM pairs WHERE id IN ({adopted}))"
            )
            pairs = ids(
                "SELECT id FROM pairs WHERE (deleted_at IS NOT NULL OR organisation_id IN "
                f"({_marks(orgs)})) AND id NOT IN ({adopted})",
                orgs,
            )
            conversations = ids(
                "SELECT id FROM conversations WHERE deleted_at IS NOT NULL "
                f"OR pair_id IN ({_marks(pairs)})",
                pairs,
            )
            commitments = ids(
                "SELECT id FROM commitments WHERE deleted_at IS NOT NULL "
                f"OR pair_id IN ({_marks(pairs)})",
                pairs,
            )
            versions = ids(
                "SELECT id FROM agreement_versions WHERE status <> 'adopted' AND "
                f"(deleted_at IS NOT NULL OR pair_id IN ({_marks(pairs)}))",
                pairs,
            )
            # A conversation whose conclusion was taken into a version that stays (an adopted
            # agreement, say) stays too: the agreement's provenance points at it.
            doomed_versions = set(versions)
            kept_sources = {
                conversation_id
                for conversation_id, version_id in conn.execute(
                    "SELECT conversation_id, version_id FROM agreement_provenance"
                )
                if version_id not in doomed_versions
            }
            conversations = [c for c in conversations if c not in kept_sources]
            greyzone = ids(
                "SELECT id FROM greyzone_entries WHERE deleted_at IS NOT NULL "
                f"OR pair_id IN ({_marks(pairs)})",
                pairs,
            )
            # An organisation whose last pair goes now would keep its name in the file.
            orgs += ids(
                f"SELECT DISTINCT organisation_id FROM pairs WHERE id IN ({_marks(pairs)})", pairs
            )
            persons = ids(
                "SELECT political_person_id FROM pairs WHERE id IN "
                f"({_marks(pairs)}) UNION SELECT executive_person_id FROM pairs WHERE id IN "
                f"({_marks(pairs)}) UNION SELECT id FROM persons WHERE organisation_id IN "
                f"({_marks(orgs)})",
                [*pairs, *pairs, *orgs],
            )
            guides = ids("SELECT id FROM guides WHERE deleted_at IS NOT NULL AND builtin = 0")
            seminars = ids("SELECT id FROM seminars WHERE deleted_at IS NOT NULL")

            def run(sql: str, params: list[Any]) -> int:
                return conn.execute(sql, params).rowcount if params else 0

            c_marks, v_marks, p_marks = _marks(conversations), _marks(versions), _marks(pairs)
            for column in ("created_in", "closed_in"):
                run(
                    f"UPDATE commitments SET {column} = NULL WHERE {column} IN ({c_marks})",
                    conversations,
                )
            for child in ("answers", "ratings", "conversation_guides"):
                run(f"DELETE FROM {child} WHERE conversation_id IN ({c_marks})", conversations)
            run(
                f"UPDATE greyzone_entries SET conversation_id = NULL "
                f"WHERE conversation_id IN ({c_marks})",
                conversations,
            )
            greyzone_count = run(
                f"DELETE FROM greyzone_entries WHERE id IN ({_marks(greyzone)})", greyzone
            )
            run(f"DELETE FROM agreement_provenance WHERE version_id IN ({v_marks})", versions)
            run(
                "DELETE FROM agreement_remiss_answers WHERE remiss_id IN (SELECT id FROM "
                f"agreement_remisses WHERE version_id IN ({v_marks}))",
                versions,
            )
            run(f"DELETE FROM agreement_remisses WHERE version_id IN ({v_marks})", versions)
            counts = {
                "commitment": run(
                    f"DELETE FROM commitments WHERE id IN ({_marks(commitments)})", commitments
                ),
                "conversation": run(
                    f"DELETE FROM conversations WHERE id IN ({c_marks})", conversations
                ),
            }
            run(
                "UPDATE agreement_versions SET based_on_id = NULL "
                f"WHERE based_on_id IN ({v_marks})",
                versions,
            )
            run(f"DELETE FROM agreement_sections WHERE version_id IN ({v_marks})", versions)
            counts["agreement"] = run(
                f"DELETE FROM agreement_versions WHERE id IN ({v_marks})", versions
            )
            run(
                f"UPDATE pairs SET predecessor_id = NULL WHERE predecessor_id IN ({p_marks})", pairs
            )
            counts["pair"] = run(f"DELETE FROM pairs WHERE id IN ({p_marks})", pairs)
            counts["person"] = run(
                f"DELETE FROM persons WHERE id IN ({_marks(persons)}) AND id NOT IN "
                "(SELECT political_person_id FROM pairs "
                "UNION SELECT executive_person_id FROM pairs)",
                persons,
            )
            counts["organisation"] = run(
                f"DELETE FROM organisations WHERE id IN ({_marks(orgs)}) AND id NOT IN "
                "(SELECT organisation_id FROM pairs UNION SELECT organisation_id FROM persons)",
                orgs,
            )
            counts["guide"] = run(f"DELETE FROM guides WHERE id IN ({_marks(guides)})", guides)
            counts["greyzone"] = greyzone_count
            s_marks = _marks(seminars)
            run(
                "DELETE FROM seminar_answers WHERE group_id IN (SELECT id FROM seminar_groups "
                f"WHERE seminar_id IN ({s_marks}))",
                seminars,
            )
            run(f"DELETE FROM seminar_syntheses WHERE seminar_id IN ({s_marks})", seminars)
            run(f"DELETE FROM seminar_groups WHERE seminar_id IN ({s_marks})", seminars)
            counts["seminar"] = run(f"DELETE FROM seminars WHERE id IN ({s_marks})", seminars)
            # Merge the full-text index so deleted words leave its segments too.
            conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
        self._store.compact()
        return counts

    def items(self) -> list[TrashItem]:
        out: list[TrashItem] = []
        for kind, (table, label) in self._TABLES.items():
            for row in self._store.rows(
                f"SELECT id, {label} AS label, deleted_at FROM {table} WHERE deleted_at IS NOT NULL"
            ):
                out.append(TrashItem(kind, row["id"], str(row["label"]), row["deleted_at"]))
        return sorted(out, key=lambda item: item.deleted_at, reverse=True)


def _marks(values: list[Any]) -> str:
    """SQL placeholders for ``values`` (``NULL`` for none, so ``IN ()`` stays valid)."""
    return ",".join("?" * len(values)) or "NULL"


# --- search ------------------------------------------------------------------------------


class SearchRepository:
    # Where each kind of indexed text lives: (SQL giving pair_id, day, conversation_id,
    # question_key, target_id for the given source ids).
    _CONTEXT_SQL: ClassVar[dict[str, str]] = {
        "answer": "SELECT a.id AS source_id, c.pair_id, c.date AS day, c.id AS conversation_id,"
        " a.question_key, c.id AS target_id FROM answers a JOIN conversations c"
        " ON c.id = a.conversation_id WHERE c.deleted_at IS NULL AND a.id IN ({ids})",
        "conversation": "SELECT c.id AS source_id, c.pair_id, c.date AS day,"
        " c.id AS conversation_id, '' AS question_key, c.id AS target_id FROM conversations c"
        " WHERE c.deleted_at IS NULL AND c.id IN ({ids})",
        "commitment": "SELECT cm.id AS source_id, cm.pair_id,"
        " coalesce(c.date, substr(cm.created_at, 1, 10)) AS day, cm.created_in AS"
        " conversation_id, '' AS question_key, cm.id AS target_id FROM commitments cm"
        " LEFT JOIN conversations c ON c.id = cm.created_in"
        " WHERE cm.deleted_at IS NULL AND cm.id IN ({ids})",
        "agreement": "SELECT s.id AS source_id, v.pair_id,"
        " coalesce(v.adopted_on, substr(v.updated_at, 1, 10)) AS day, NULL AS conversation_id,"
        " s.key AS question_key, v.id AS target_id FROM agreement_sections s"
        " JOIN agreement_versions v ON v.id = s.version_id"
        " WHERE v.deleted_at IS NULL AND s.id IN ({ids})",
        "remiss": "SELECT a.id AS source_id, v.pair_id,"
        " coalesce(a.answered_on, r.sent_on) AS day, NULL AS conversation_id,"
        " a.recipient AS question_key, v.id AS target_id FROM agreement_remiss_answers a"
        " JOIN agreement_remisses r ON r.id = a.remiss_id"
        " JOIN agreement_versions v ON v.id = r.version_id"
        " WHERE v.deleted_at IS NULL AND a.id IN ({ids})",
        "greyzone": "SELECT g.id AS source_id, g.pair_id, g.raised_on AS day,"
        " g.conversation_id, '' AS question_key, g.id AS target_id FROM greyzone_entries g"
        " WHERE g.deleted_at IS NULL AND g.id IN ({ids})",
        "seminar_answer": "SELECT a.id AS source_id, NULL AS pair_id, s.date AS day,"
        " NULL AS conversation_id, a.question_key, s.id AS target_id FROM seminar_answers a"
        " JOIN seminar_groups g ON g.id = a.group_id JOIN seminars s ON s.id = g.seminar_id"
        " WHERE s.deleted_at IS NULL AND a.id IN ({ids})",
        "seminar_synthesis": "SELECT y.id AS source_id, NULL AS pair_id, s.date AS day,"
        " NULL AS conversation_id, y.question_key, s.id AS target_id FROM seminar_syntheses y"
        " JOIN seminars s ON s.id = y.seminar_id WHERE s.deleted_at IS NULL AND y.id IN ({ids})",
    }

    def __init__(self, store: Store) -> None:
        self._store = store

    def contexts(self, hits: list[tuple[str, int]]) -> dict[tuple[str, int], dict[str, Any]]:
        """Pair, date and place to open for each ``(kind, source_id)``; trashed ones omitted."""
        wanted: dict[str, set[int]] = {}
        for kind, source_id in hits:
            wanted.setdefault(kind.split(".", 1)[0], set()).add(source_id)
        out: dict[tuple[str, int], dict[str, Any]] = {}
        for family, ids in wanted.items():
            sql = self._CONTEXT_SQL.get(family)
            if sql is None:
                continue
            for row in self._store.rows(sql.format(ids=",".join("?" * len(ids))), sorted(ids)):
                out[(family, row["source_id"])] = row
        return {
            (kind, source_id): out[(kind.split(".", 1)[0], source_id)]
            for kind, source_id in hits
            if (kind.split(".", 1)[0], source_id) in out
        }

    def search(
        self,
        query: SearchQuery,
        limit: int = 50,
        *,
        should_stop: Callable[[], bool] | None = None,
    ) -> list[dict[str, Any]]:
        """The best ``limit`` rows for ``query``, with marked snippets (kind, source_id, snippet).

        With ``ORDER BY rank LIMIT`` FTS5 sorts inside the index and makes snippets for the
        returned rows alone. ``should_stop`` is asked every few thousand SQLite steps; when it
        answers true the search ends with :class:`CancelledError`.
        """
        if query.empty:
            return []
        with _stoppable(self._store, should_stop):
            return self._store.rows(
                "SELECT kind, source_id, snippet(search_index, 0, ?, ?, '…', 12) AS snippet "
                "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
                [HIGHLIGHT_START, HIGHLIGHT_END, query.fts5_match(), limit],
            )


@contextlib.contextmanager
def _stoppable(store: Store, should_stop: Callable[[], bool] | None) -> Iterator[None]:
    """Let ``should_stop`` interrupt the statements run inside (SQLite's progress handler)."""
    if should_stop is None:
        yield
        return
    store.conn.set_progress_handler(lambda: 1 if should_stop() else 0, 2_000)
    try:
        yield
    except (sqlite3.Error, StorageError) as error:
        if should_stop():
            raise CancelledError("Sökningen avbröts.", detail=str(error)) from error
        raise
    finally:
        store.conn.set_progress_handler(None, 0)


# --- the grey zone and history -----------------------------------------------------------


class GreyZoneRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

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


class HistoryRepository:
    """Reads across the years: the chain of pairs, ratings over time, all commitments."""

    def __init__(self, store: Store) -> None:
        self._store = store

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
            (CommitmentRepository._commitment(r), _date(r["made_on"]), _date(r["closed_on"]))
            for r in rows
        ]
