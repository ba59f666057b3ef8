"""Versions of a pair's överenskommelse, remiss, adoption and provenance."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from samspel_desktop.domain.errors import ImmutableError, NotFoundError
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementStatus,
    AgreementVersion,
    Block,
    BlockType,
    DocumentMetadata,
    Provenance,
    Remiss,
    RemissAnswer,
    RemissStance,
    Signatory,
)
from samspel_desktop.storage import columns
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.rows import (
    Repository,
    from_row,
    insert,
    insert_in_order,
    iso_date,
    parse_date,
)


def blocks_to_json(blocks: Iterable[Block]) -> str:
    """A section's blocks as stored; a picture's bytes under ``image`` in base64 (the search
    index reads only ``text`` and ``items``)."""
    out: list[dict[str, Any]] = []
    markup = columns.MARKUP_VERSION
    for block in blocks:
        if block.type in (BlockType.PARAGRAPH, BlockType.SUBHEADING):
            out.append({"type": block.type.value, "text": block.text, "markup": markup})
        elif block.type is BlockType.IMAGE:
            import base64  # (only a picture needs it)

            encoded = base64.b64encode(block.image).decode("ascii")
            out.append(
                {"type": block.type.value, "text": block.text, "image": encoded, "markup": markup}
            )
        else:
            out.append({"type": block.type.value, "items": list(block.items), "markup": markup})
    return json.dumps(out, ensure_ascii=False)


def blocks_from_json(text: str) -> tuple[Block, ...]:
    return columns.blocks(text)


def _metadata_to_json(meta: DocumentMetadata) -> str:
    data = {
        "document_type": meta.document_type,
        "decided_by": meta.decided_by,
        "decision_date": iso_date(meta.decision_date),
        "decision_paragraph": meta.decision_paragraph,
        "registration_number": meta.registration_number,
        "applies_to": meta.applies_to,
        "validity": meta.validity,
        "review_by": iso_date(meta.review_by),
        "document_owner": meta.document_owner,
    }
    # Written only when set, so a version without them keeps its stored bytes.
    if meta.valid_from is not None:
        data["valid_from"] = iso_date(meta.valid_from)
    if meta.replaces:
        data["replaces"] = meta.replaces
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


class AgreementRepository(Repository):
    """Versions of a pair's överenskommelse. Adopted versions are immutable (also by trigger)."""

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
            version_id = insert(
                conn,
                "agreement_versions",
                pair_id=pair_id,
                number=number,
                title=title,
                status=AgreementStatus.DRAFT.value,
                metadata=_metadata_to_json(metadata),
                based_on_id=based_on_id,
                created_at=now,
                updated_at=now,
            )
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
        rows = (
            {
                "key": s.key,
                "title": s.title,
                "guidance": s.guidance,
                "blocks": blocks_to_json(s.blocks),
            }
            for s in sections
        )
        insert_in_order(conn, "agreement_sections", rows, version_id=version_id)

    def get(self, version_id: int) -> AgreementVersion:
        missing = f"Det finns ingen version av överenskommelsen med id {version_id}."
        row = self._live_row("agreement_versions", version_id, missing)
        sections = tuple(
            from_row(AgreementSection, s, blocks=blocks_from_json(s["blocks"]))
            for s in self._store.rows(
                "SELECT * FROM agreement_sections WHERE version_id = ? ORDER BY position",
                [version_id],
            )
        )
        return from_row(
            AgreementVersion,
            row,
            status=AgreementStatus(row["status"]),
            metadata=_metadata_from_json(row["metadata"]),
            sections=sections,
            adopted_on=parse_date(row["adopted_on"]),
            signatories=_signatories_from_json(row["signatories"]),
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
                [version_id, sent_on.isoformat(), iso_date(deadline), reference, now],
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
            from_row(
                RemissAnswer,
                r,
                stance=RemissStance(r["stance"]),
                answered_on=parse_date(r["answered_on"]),
            )
            for r in self._store.rows(
                "SELECT * FROM agreement_remiss_answers WHERE remiss_id = ? ORDER BY ordinal, id",
                [row["id"]],
            )
        )
        return from_row(
            Remiss,
            row,
            sent_on=dt.date.fromisoformat(row["sent_on"]),
            deadline=parse_date(row["deadline"]),
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
                [stance.value, text, iso_date(answered_on), utc_now(), answer_id],
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
            from_row(Provenance, r, conversation_date=parse_date(r["conversation_date"]))
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
