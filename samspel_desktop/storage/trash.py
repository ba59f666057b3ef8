"""Soft delete: the trash, restoring from it, and emptying it for good."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from samspel_desktop.domain.errors import ImmutableError, NotFoundError
from samspel_desktop.domain.model import (
    AgreementStatus,
    TrashItem,
)
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.rows import Repository, marks

#: A pair by its two people's names.
_PAIR_NAMES = (
    "(SELECT name FROM persons WHERE id = political_person_id) || ' – ' || "
    "(SELECT name FROM persons WHERE id = executive_person_id)"
)


class TrashRepository(Repository):
    """Soft delete: items go to the trash (``deleted_at``) and can be restored."""

    _TABLES: ClassVar[dict[str, tuple[str, str]]] = {
        # kind: (table, the item's own name: no words of any language, the kind's label is
        # domain.labels.TRASH_KINDS)
        "organisation": ("organisations", "name"),
        "pair": ("pairs", _PAIR_NAMES),
        "conversation": ("conversations", "date"),
        "commitment": ("commitments", "what"),
        "agreement": ("agreement_versions", "title || ' (' || number || ')'"),
        "guide": ("guides", "title"),
        "greyzone": ("greyzone_entries", "question"),
        "seminar": ("seminars", "title"),
    }

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
                f"({marks(orgs)})) AND id NOT IN ({adopted})",
                orgs,
            )
            conversations = ids(
                "SELECT id FROM conversations WHERE deleted_at IS NOT NULL "
                f"OR pair_id IN ({marks(pairs)})",
                pairs,
            )
            commitments = ids(
                "SELECT id FROM commitments WHERE deleted_at IS NOT NULL "
                f"OR pair_id IN ({marks(pairs)})",
                pairs,
            )
            versions = ids(
                "SELECT id FROM agreement_versions WHERE status <> 'adopted' AND "
                f"(deleted_at IS NOT NULL OR pair_id IN ({marks(pairs)}))",
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
                f"OR pair_id IN ({marks(pairs)})",
                pairs,
            )
            # An organisation whose last pair goes now would keep its name in the file.
            orgs += ids(
                f"SELECT DISTINCT organisation_id FROM pairs WHERE id IN ({marks(pairs)})", pairs
            )
            persons = ids(
                "SELECT political_person_id FROM pairs WHERE id IN "
                f"({marks(pairs)}) UNION SELECT executive_person_id FROM pairs WHERE id IN "
                f"({marks(pairs)}) UNION SELECT id FROM persons WHERE organisation_id IN "
                f"({marks(orgs)})",
                [*pairs, *pairs, *orgs],
            )
            guides = ids("SELECT id FROM guides WHERE deleted_at IS NOT NULL AND builtin = 0")
            seminars = ids("SELECT id FROM seminars WHERE deleted_at IS NOT NULL")

            def run(sql: str, params: list[Any]) -> int:
                return conn.execute(sql, params).rowcount if params else 0

            c_marks, v_marks, p_marks = marks(conversations), marks(versions), marks(pairs)
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
                f"DELETE FROM greyzone_entries WHERE id IN ({marks(greyzone)})", greyzone
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
                    f"DELETE FROM commitments WHERE id IN ({marks(commitments)})", commitments
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
                f"DELETE FROM persons WHERE id IN ({marks(persons)}) AND id NOT IN "
                "(SELECT political_person_id FROM pairs "
                "UNION SELECT executive_person_id FROM pairs)",
                persons,
            )
            counts["organisation"] = run(
                f"DELETE FROM organisations WHERE id IN ({marks(orgs)}) AND id NOT IN "
                "(SELECT organisation_id FROM pairs UNION SELECT organisation_id FROM persons)",
                orgs,
            )
            counts["guide"] = run(f"DELETE FROM guides WHERE id IN ({marks(guides)})", guides)
            counts["greyzone"] = greyzone_count
            s_marks = marks(seminars)
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
