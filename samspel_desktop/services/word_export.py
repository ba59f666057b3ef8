"""Word export by id: what a document needs is gathered from the repositories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samspel_desktop.domain.model import (
    AgreementVersion,
    Commitment,
    Remiss,
)
from samspel_desktop.services.agreements import AgreementService, compare_versions
from samspel_desktop.services.documents.agreement import agreement_pdf_source, write_agreement
from samspel_desktop.services.documents.html import PdfSource
from samspel_desktop.services.documents.minutes import minutes_pdf_source, write_minutes
from samspel_desktop.services.documents.naming import default_file_name
from samspel_desktop.services.documents.remiss import write_remiss, write_remiss_summary
from samspel_desktop.services.documents.writer import WordExport, WordExportError
from samspel_desktop.storage.commitments import CommitmentRepository
from samspel_desktop.storage.conversations import ConversationRepository
from samspel_desktop.storage.pairs import PairRepository


class WordExporter:
    """Export by id: gathers what a document needs from the repositories and writes it."""

    def __init__(
        self,
        agreements: AgreementService,
        pairs: PairRepository,
        conversations: ConversationRepository,
        commitments: CommitmentRepository,
    ) -> None:
        self._agreements = agreements
        self._pairs = pairs
        self._conversations = conversations
        self._commitments = commitments

    def agreement_version(self, pair_id: int, number: int | None = None) -> AgreementVersion:
        """The pair's version ``number``, or its newest."""
        versions = self._agreements.versions(pair_id)
        self._pairs.get(pair_id)
        if not versions:
            raise WordExportError("Paret har ingen överenskommelse ännu.")
        if number is None:
            return versions[-1]
        for version in versions:
            if version.number == number:
                return version
        raise WordExportError(f"Överenskommelsen har ingen version {number}.")

    def remiss_version(self, pair_id: int, number: int | None = None) -> AgreementVersion:
        """The pair's version ``number``, or its newest version that was sent on remiss."""
        if number is not None:
            return self.agreement_version(pair_id, number)
        for version in reversed(self._agreements.versions(pair_id)):
            if self._agreements.remiss(version.id) is not None:
                return version
        raise WordExportError("Ingen version av överenskommelsen har skickats på remiss.")

    def export_agreement(
        self, version_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        version = self._agreements.get(version_id)
        return write_agreement(version, self._pairs.get(version.pair_id), path, template=template)

    def _remiss_of(self, version_id: int) -> tuple[AgreementVersion, Remiss]:
        version = self._agreements.get(version_id)
        remiss = self._agreements.remiss(version_id)
        if remiss is None:
            raise WordExportError(f"Version {version.number} har inte skickats på remiss.")
        return version, remiss

    def export_remiss(
        self, version_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        """The remiss version with its cover letter (remissinstanser, sista svarsdag)."""
        version, remiss = self._remiss_of(version_id)
        pair = self._pairs.get(version.pair_id)
        return write_remiss(version, remiss, pair, path, template=template)

    def export_remiss_summary(
        self, version_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        """The answers summed up for the arbetsutskott, and what changed in the next version."""
        version, remiss = self._remiss_of(version_id)
        pair = self._pairs.get(version.pair_id)
        later = [v for v in self._agreements.versions(version.pair_id) if v.number > version.number]
        changes: list[tuple[str, str]] = []
        if later:
            words = {"added": "nytt", "removed": "struket", "changed": "ändrat"}
            comparison = compare_versions(version, later[-1])
            changes = [
                (s.new_title or s.old_title or s.key, words[s.change])
                for s in comparison.sections
                if s.change != "unchanged"
            ]
        return write_remiss_summary(
            version,
            remiss,
            pair,
            path,
            changes=changes,
            later=later[-1] if later else None,
            template=template,
        )

    def agreement_pdf(self, version_id: int) -> PdfSource:
        """The agreement version as a PDF/A source (the GUI layer renders it)."""
        version = self._agreements.get(version_id)
        return agreement_pdf_source(version, self._pairs.get(version.pair_id))

    def export_minutes(
        self, conversation_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        conversation = self._conversations.get(conversation_id)
        return write_minutes(
            conversation,
            self._pairs.get(conversation.pair_id),
            answers=self._conversations.answers(conversation_id),
            ratings=self._conversations.ratings(conversation_id),
            commitments=self._minutes_commitments(conversation_id, conversation.pair_id),
            path=path,
            template=template,
        )

    def minutes_pdf(self, conversation_id: int) -> PdfSource:
        """A conversation's minnesanteckningar as a PDF/A source."""
        conversation = self._conversations.get(conversation_id)
        return minutes_pdf_source(
            conversation,
            self._pairs.get(conversation.pair_id),
            answers=self._conversations.answers(conversation_id),
            ratings=self._conversations.ratings(conversation_id),
            commitments=self._minutes_commitments(conversation_id, conversation.pair_id),
        )

    def _minutes_commitments(self, conversation_id: int, pair_id: int) -> list[Commitment]:
        return [
            c
            for c in self._commitments.all(pair_id)
            if conversation_id in (c.created_in, c.closed_in)
        ]

    def agreement_file_name(self, version: AgreementVersion) -> str:
        pair = self._pairs.get(version.pair_id)
        kind = version.metadata.document_type or "Överenskommelse"
        when = version.adopted_on or dt.date.today()
        return default_file_name(pair.organisation.name, f"{kind} version {version.number}", when)

    def minutes_file_name(self, conversation_id: int) -> str:
        conversation = self._conversations.get(conversation_id)
        pair = self._pairs.get(conversation.pair_id)
        return default_file_name(pair.organisation.name, "Minnesanteckningar", conversation.date)
