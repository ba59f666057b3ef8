"""Organisations, people and pairs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from samspel_desktop.domain.calendar import TermBasis
from samspel_desktop.domain.errors import NotFoundError
from samspel_desktop.domain.model import (
    AgreementStatus,
    Organisation,
    OrganisationKind,
    Pair,
    PairDetails,
    PairKind,
    Person,
    Phase,
)
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.rows import Repository, insert, iso_date, parse_date


class PairRepository(Repository):
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

    def add_organisation(
        self, name: str, kind: OrganisationKind, *, is_demo: bool = False
    ) -> Organisation:
        with self._store.write() as conn:
            organisation_id = insert(
                conn,
                "organisations",
                name=name,
                kind=kind.value,
                is_demo=int(is_demo),
                created_at=utc_now(),
            )
        return Organisation(id=organisation_id, name=name, kind=kind)

    def find_organisation(self, name: str) -> Organisation | None:
        row = self._store.row(
            "SELECT * FROM organisations WHERE name = ? AND deleted_at IS NULL ORDER BY id",
            [name],
        )
        return self._organisation(row) if row else None

    def organisations(self) -> list[Organisation]:
        rows = self._store.rows(
            "SELECT * FROM organisations WHERE deleted_at IS NULL ORDER BY name COLLATE SWEDISH"
        )
        return [self._organisation(r) for r in rows]

    @staticmethod
    def _organisation(row: dict[str, Any]) -> Organisation:
        return Organisation(id=row["id"], name=row["name"], kind=OrganisationKind(row["kind"]))

    def add_pair(
        self, organisation: Organisation, details: PairDetails, predecessor_id: int | None = None
    ) -> Pair:
        """Add a pair and its two people (name, title) in one transaction."""
        now = utc_now()
        with self._store.write() as conn:
            political, executive = (
                insert(
                    conn,
                    "persons",
                    organisation_id=organisation.id,
                    name=name,
                    title=title,
                    created_at=now,
                )
                for name, title in (details.political, details.executive)
            )
            pair_id = insert(
                conn,
                "pairs",
                organisation_id=organisation.id,
                kind=details.kind.value,
                political_person_id=political,
                executive_person_id=executive,
                start_date=details.start_date.isoformat(),
                phase=details.phase.value,
                predecessor_id=predecessor_id,
                created_at=now,
                body=details.body,
                term=details.term.value,
            )
        return self.get(pair_id)

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
            self._PAIR_SQL + f" {where} ORDER BY o.name COLLATE SWEDISH, p.start_date, p.id"
        )
        return [self._pair(r) for r in rows]

    def update_pair(self, pair_id: int, details: PairDetails) -> Pair:
        """Correct a pair's details (a real change of person is a new pair, not an edit)."""
        pair = self.get(pair_id)
        with self._store.write() as conn:
            for person, (name, title) in (
                (pair.political, details.political),
                (pair.executive, details.executive),
            ):
                conn.execute(
                    "UPDATE persons SET name = ?, title = ? WHERE id = ?", [name, title, person.id]
                )
            conn.execute(
                "UPDATE pairs SET kind = ?, start_date = ?, phase = ?, body = ?, term = ? "
                "WHERE id = ?",
                [
                    details.kind.value,
                    details.start_date.isoformat(),
                    details.phase.value,
                    details.body,
                    details.term.value,
                    pair_id,
                ],
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
            entry["last"] = parse_date(row["last"])
            candidates = [
                d
                for d in (parse_date(row["next_planned"]), parse_date(row["next_meeting"]))
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
            entry["review_by"] = parse_date(row["rb"])
        return out

    def set_phase(self, pair_id: int, phase: Phase) -> None:
        with self._store.write() as conn:
            conn.execute("UPDATE pairs SET phase = ? WHERE id = ?", [phase.value, pair_id])

    def end(self, pair_id: int, end_date: dt.date) -> None:
        with self._store.write() as conn:
            conn.execute(
                "UPDATE pairs SET end_date = ? WHERE id = ?", [iso_date(end_date), pair_id]
            )

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
            end_date=parse_date(row["end_date"]),
            predecessor_id=row["predecessor_id"],
            body=row["body"],
            term=TermBasis(row["term"]),
        )
