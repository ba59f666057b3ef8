"""The överenskommelse: versions, the decision path (draft → remiss → adopted), suggestions
from conversations with provenance, and its documents. The templates a draft starts from are
``agreement_templates.py``; the word-level comparison of two versions is
``agreement_comparison.py``.

Glossary: *överenskommelse* is ``Agreement``; *remiss* (consultation of nämnder and party
groups) and *yttrande* (a recipient's answer) keep their Swedish names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.bodies import (
    agreement_title,
    applies_to,
    deciding_body,
    decision_text,
)
from samspel_desktop.domain.calendar import default_review_date
from samspel_desktop.domain.errors import ImmutableError, NotFoundError, ValidationError
from samspel_desktop.domain.markup import legacy_to_markup
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementVersion,
    Block,
    BlockType,
    DocumentMetadata,
    Pair,
    Provenance,
    Remiss,
    RemissStance,
    Side,
    Signatory,
    Suggestion,
)
from samspel_desktop.domain.progress import Progress
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.services.documents.naming import default_file_name
from samspel_desktop.storage.agreements import AgreementRepository
from samspel_desktop.storage.conversations import ConversationRepository
from samspel_desktop.storage.pairs import PairRepository

if TYPE_CHECKING:
    from samspel_desktop.services.agreement_comparison import VersionComparison
    from samspel_desktop.services.documents.html import PdfSource

    # python-docx is imported when a document is written, not when the app starts.
    from samspel_desktop.services.documents.writer import WordExport


def replaced_text(version: AgreementVersion) -> str:
    """ "Ersätter" for a draft made from ``version``: its title, number and decision."""
    meta = version.metadata
    text = f"{version.title}, version {version.number}"
    if version.is_adopted:
        day = meta.decision_date or version.adopted_on
        decided = decision_text(
            meta.decided_by, day.isoformat() if day else "", meta.decision_paragraph
        )
        text += f", antagen {decided}" if decided else ", antagen"
    if meta.registration_number:
        text += f", dnr {meta.registration_number}"
    return text


def clean_sections(sections: tuple[AgreementSection, ...]) -> tuple[AgreementSection, ...]:
    """Sanitise every text of an agreement before it is stored."""
    keys = [s.key for s in sections]
    if len(set(keys)) != len(keys):
        raise ValidationError("Två avsnitt i överenskommelsen har samma nyckel.")
    return tuple(
        dataclasses.replace(
            s,
            title=clean_line(s.title, field="avsnittets rubrik"),
            blocks=tuple(_clean_block(b) for b in s.blocks),
        )
        for s in sections
    )


def _clean_block(block: Block) -> Block:
    """``block`` with its texts cleaned; the same object when they were clean (as imported and
    typed text mostly is: a Word import of 10 000 paragraphs copied each block for nothing)."""
    text = clean_text(block.text)
    items = tuple(clean_text(i) for i in block.items)
    if text is block.text and all(a is b for a, b in zip(items, block.items, strict=True)):
        return block
    return dataclasses.replace(block, text=text, items=items)


def with_images(
    sections: tuple[AgreementSection, ...], stored: tuple[AgreementSection, ...]
) -> tuple[AgreementSection, ...]:
    """Give the pictures the editor shows as "[Bild: …]" lines their bytes back.

    A picture keeps its place in the text the user edited; its bytes come from the stored
    version (the same alt text first, else the next picture in order). A "[Bild: …]" line with
    no picture behind it stays as the text that was typed.
    """
    pool = [b for s in stored for b in s.blocks if b.type is BlockType.IMAGE and b.image]
    used: set[int] = set()

    def restore(block: Block) -> Block:
        if block.type is not BlockType.IMAGE or block.image:
            return block
        candidates = [i for i in range(len(pool)) if i not in used]
        same = [i for i in candidates if pool[i].text == block.text]
        if not (same or candidates):
            from samspel_desktop.services.agreement_comparison import image_line

            return Block(BlockType.PARAGRAPH, image_line(block.text))
        chosen = (same or candidates)[0]
        used.add(chosen)
        return dataclasses.replace(pool[chosen], text=block.text)

    return tuple(
        dataclasses.replace(s, blocks=tuple(restore(b) for b in s.blocks)) for s in sections
    )


def new_section_key(existing: Iterable[str], title: str = "") -> str:
    """A key for a new section: a slug of its title, unique among ``existing``."""
    taken = set(existing)
    slug = re.sub(r"[^a-z0-9åäö]+", "-", title.lower()).strip("-")[:40].strip("-") or "avsnitt"
    key, n = slug, 2
    while key in taken:
        key, n = f"{slug}-{n}", n + 1
    return key


class AgreementService:
    def __init__(
        self,
        repository: AgreementRepository,
        conversations: ConversationRepository,
        pairs: PairRepository,
    ) -> None:
        self._repository = repository
        self._conversations = conversations
        self._pairs = pairs

    def versions(self, pair_id: int) -> list[AgreementVersion]:
        return self._repository.versions(pair_id)

    def current(self, pair_id: int) -> AgreementVersion | None:
        versions = self.versions(pair_id)
        return versions[-1] if versions else None

    def get(self, version_id: int) -> AgreementVersion:
        return self._repository.get(version_id)

    def start_draft(
        self,
        pair: Pair,
        *,
        template: str | None = None,
        copy_from: AgreementVersion | None = None,
        today: dt.date | None = None,
    ) -> AgreementVersion:
        """A new draft from a template (``None``: the default one), or a copy of an earlier
        version (also another pair's)."""
        today = today or dt.date.today()
        if copy_from is not None:
            sections = copy_from.sections
            metadata = dataclasses.replace(
                copy_from.metadata,
                decision_date=None,
                decision_paragraph="",
                review_by=default_review_date(today),
                valid_from=None,
                replaces=replaced_text(copy_from)
                if copy_from.is_adopted
                else copy_from.metadata.replaces,
            )
            title = copy_from.title
        else:
            # The templates and the comparison are imported by the use cases that need them:
            # an export (every agreement command) pays for neither (~4 ms).
            from samspel_desktop.services.agreement_templates import (
                DEFAULT_TEMPLATE,
                agreement_templates,
                template_sections,
            )

            templates = agreement_templates()
            template = DEFAULT_TEMPLATE if template is None else template
            if template not in templates:
                raise NotFoundError(f"Okänd mall för överenskommelse: ”{template}”.")
            sections = template_sections(templates[template], pair)
            metadata = self._default_metadata(pair, today)
            title = self._default_title(pair)
        return self._repository.add_version(
            pair.id,
            title,
            metadata,
            sections,
            based_on_id=copy_from.id if copy_from is not None else None,
            copy_provenance=copy_from is not None and copy_from.pair_id == pair.id,
        )

    def new_draft_from(self, version_id: int, *, today: dt.date | None = None) -> AgreementVersion:
        """Further work on an adopted (or remiss) version: a new draft with the same text."""
        version = self.get(version_id)
        pair = self._pairs.get(version.pair_id)
        return self.start_draft(pair, copy_from=version, today=today)

    def save_sections(self, version_id: int, sections: tuple[AgreementSection, ...]) -> None:
        """Save a draft's text; pictures shown as "[Bild: …]" keep their bytes."""
        if any(b.type is BlockType.IMAGE and not b.image for s in sections for b in s.blocks):
            sections = with_images(sections, self.get(version_id).sections)
        self._repository.replace_sections(version_id, clean_sections(sections))

    def save_header(self, version_id: int, title: str, metadata: DocumentMetadata) -> None:
        """Save the document title and its governing-document metadata (drafts only)."""
        short = dataclasses.replace(
            metadata,
            document_type=clean_line(metadata.document_type, field="typ av styrdokument"),
            decided_by=clean_line(metadata.decided_by, field="beslutande instans", required=False),
            decision_paragraph=clean_line(
                metadata.decision_paragraph, field="paragraf", required=False
            ),
            registration_number=clean_line(
                metadata.registration_number, field="diarienummer", required=False
            ),
            replaces=clean_line(metadata.replaces, field="ersätter", required=False),
            applies_to=clean_line(metadata.applies_to, field="gäller för", required=False),
            validity=clean_line(metadata.validity, field="giltighetstid", required=False),
            document_owner=clean_line(
                metadata.document_owner, field="dokumentansvarig", required=False
            ),
        )
        self._repository.save_header(version_id, clean_line(title, field="rubriken"), short)

    def adopt(
        self,
        version_id: int,
        adopted_on: dt.date,
        paragraph: str = "",
        *,
        place: str = "",
        signatories: Sequence[Signatory] | None = None,
    ) -> AgreementVersion:
        """Adopt a version (date, §, both parties). Signatories default to the pair's two."""
        version = self._repository.get(version_id)
        if signatories is None:
            pair = self._pairs.get(version.pair_id)
            signatories = (
                Signatory(Side.POLITICAL, pair.political.name, pair.political.title),
                Signatory(Side.EXECUTIVE, pair.executive.name, pair.executive.title),
            )
        metadata = dataclasses.replace(
            version.metadata,
            decision_date=adopted_on,
            decision_paragraph=clean_line(paragraph, field="paragraf", required=False),
            valid_from=version.metadata.valid_from or adopted_on,
        )
        self._repository.adopt(
            version_id,
            adopted_on,
            metadata,
            signatories=tuple(
                Signatory(
                    s.side,
                    clean_line(s.name, field="namn"),
                    clean_line(s.title, field="titel", required=False),
                )
                for s in signatories
            ),
            place=clean_line(place, field="ort", required=False),
        )
        return self._repository.get(version_id)

    # --- remiss ----------------------------------------------------------------------------

    def send_to_remiss(
        self,
        version_id: int,
        recipients: Iterable[str],
        *,
        deadline: dt.date | None,
        sent_on: dt.date | None = None,
        reference: str = "",
    ) -> Remiss:
        """Send a draft on remiss to nämnder, partigrupper and others; its text is then fixed."""
        names: list[str] = []
        for recipient in recipients:
            name = clean_line(recipient, field="remissinstans", required=False)
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
        if not names:
            raise ValidationError("Ange minst en remissinstans, till exempel en nämnd.")
        sent_on = sent_on or dt.date.today()
        if deadline is not None and deadline < sent_on:
            raise ValidationError("Sista svarsdag kan inte vara före det datum remissen skickas.")
        return self._repository.send_to_remiss(
            version_id,
            sent_on=sent_on,
            deadline=deadline,
            reference=clean_line(reference, field="diarienummer/paragraf", required=False),
            recipients=names,
        )

    def remiss(self, version_id: int) -> Remiss | None:
        return self._repository.remiss(version_id)

    def add_remiss_recipient(self, version_id: int, recipient: str) -> None:
        remiss = self._repository.remiss(version_id)
        if remiss is None:
            raise NotFoundError("Versionen har inte skickats på remiss.")
        name = clean_line(recipient, field="remissinstans")
        if any(a.recipient.casefold() == name.casefold() for a in remiss.answers):
            raise ValidationError(f"”{name}” finns redan bland remissinstanserna.")
        self._repository.add_remiss_recipient(remiss.id, name)

    def record_remiss_answer(
        self,
        answer_id: int,
        stance: RemissStance,
        text: str = "",
        *,
        answered_on: dt.date | None = None,
    ) -> None:
        """Record a yttrande: ställer sig bakom / med synpunkter / avstyrker, with its text."""
        if stance is RemissStance.PENDING:
            answered_on = None
        elif answered_on is None:
            answered_on = dt.date.today()
        self._repository.record_remiss_answer(
            answer_id, stance, clean_text(text, field="yttrandet"), answered_on
        )

    # --- suggestions and provenance ----------------------------------------------------------

    def provenance(self, version_id: int) -> list[Provenance]:
        return self._repository.provenance(version_id)

    def suggestions(self, version_id: int) -> list[Suggestion]:
        """Conclusions "till överenskommelsen" from the pair's conversations not yet taken."""
        version = self.get(version_id)
        taken = {(p.conversation_id, p.question_key) for p in self.provenance(version_id)}
        questions: dict[int, dict[str, str]] = {}
        out: list[Suggestion] = []
        for row in self._repository.conclusions_for_agreement(version.pair_id):
            conversation_id = int(row["conversation_id"])
            if (conversation_id, row["question_key"]) in taken:
                continue
            if conversation_id not in questions:
                questions[conversation_id] = self._conversations.get(
                    conversation_id
                ).question_texts()
            out.append(
                Suggestion(
                    conversation_id=conversation_id,
                    conversation_date=dt.date.fromisoformat(row["date"]),
                    question_key=row["question_key"],
                    question_text=questions[conversation_id].get(
                        row["question_key"], row["question_key"]
                    ),
                    section_key=row["agreement_section_key"],
                    text=row["conclusion"],
                )
            )
        return out

    def take_suggestion(
        self,
        version_id: int,
        suggestion: Suggestion,
        *,
        section_key: str | None = None,
        sections: tuple[AgreementSection, ...] | None = None,
    ) -> AgreementVersion:
        """Append the conclusion as a paragraph to its section and record where it came from.

        ``sections`` is the editor's current text (saved in the same transaction); without it
        the stored text is used. ``section_key`` overrides the section the conclusion named.
        """
        version = self.get(version_id)
        if not version.is_editable:
            raise ImmutableError("Förslag kan bara tas in i ett utkast.")
        current = (
            with_images(sections, version.sections) if sections is not None else version.sections
        )
        key = section_key or suggestion.section_key
        if not any(s.key == key for s in current):
            raise ValidationError(
                "Avsnittet som slutsatsen hör till finns inte i utkastet. Välj ett avsnitt."
            )
        text = clean_text(suggestion.text, field="slutsatsen").strip()
        # A conclusion is the conversation's plain text, where **so** is bold (as in the minutes).
        paragraph = Block(BlockType.PARAGRAPH, legacy_to_markup(text))
        updated = tuple(
            dataclasses.replace(s, blocks=(*s.blocks, paragraph)) if s.key == key else s
            for s in current
        )
        self._repository.take_suggestion(
            version_id,
            clean_sections(updated),
            section_key=key,
            conversation_id=suggestion.conversation_id,
            question_key=suggestion.question_key,
            text=text,
        )
        return self.get(version_id)

    # --- comparison and import ---------------------------------------------------------------

    def compare(self, old_id: int, new_id: int) -> VersionComparison:
        from samspel_desktop.services.agreement_comparison import compare_versions

        return compare_versions(self.get(old_id), self.get(new_id))

    def add_imported_draft(
        self, pair: Pair, title: str, sections: tuple[AgreementSection, ...]
    ) -> AgreementVersion:
        """A new draft from imported text; metadata from the pair's latest version or defaults."""
        if not sections:
            raise ValidationError("Dokumentet innehåller ingen text att importera.")
        latest = self.current(pair.id)
        if latest is not None:
            metadata = dataclasses.replace(
                latest.metadata, decision_date=None, decision_paragraph=""
            )
        else:
            metadata = self._default_metadata(pair, dt.date.today())
        return self._repository.add_version(
            pair.id,
            clean_line(title, field="rubriken") if title.strip() else self._default_title(pair),
            metadata,
            clean_sections(sections),
        )

    # --- Word ------------------------------------------------------------------------------

    def numbered(self, pair_id: int, number: int | None = None) -> AgreementVersion:
        """The pair's version ``number``, or its newest."""
        from samspel_desktop.services.documents.writer import WordExportError

        versions = self.versions(pair_id)
        self._pairs.get(pair_id)
        if not versions:
            raise WordExportError("Paret har ingen överenskommelse ännu.")
        if number is None:
            return versions[-1]
        for version in versions:
            if version.number == number:
                return version
        raise WordExportError(f"Överenskommelsen har ingen version {number}.")

    def export_word(
        self,
        version_id: int,
        path: Path,
        *,
        template: Path | None = None,
        progress: Progress | None = None,
    ) -> WordExport:
        """Write one version as a governing document in Word (on the municipality's template).

        ``progress`` hears of each section written; raising from it stops the export and
        leaves no file."""
        from samspel_desktop.services.documents.agreement import write_agreement

        version = self.get(version_id)
        return write_agreement(
            version, self._pairs.get(version.pair_id), path, template=template, progress=progress
        )

    def pdf_source(self, version_id: int) -> PdfSource:
        """The version as a PDF/A source; the composition root's renderer writes the file."""
        from samspel_desktop.services.documents.agreement import agreement_pdf_source

        version = self.get(version_id)
        return agreement_pdf_source(version, self._pairs.get(version.pair_id))

    def remiss_version(self, pair_id: int, number: int | None = None) -> AgreementVersion:
        """The pair's version ``number``, or its newest version that was sent on remiss."""
        from samspel_desktop.services.documents.writer import WordExportError

        if number is not None:
            return self.numbered(pair_id, number)
        for version in reversed(self.versions(pair_id)):
            if self.remiss(version.id) is not None:
                return version
        raise WordExportError("Ingen version av överenskommelsen har skickats på remiss.")

    def _remiss_of(self, version_id: int) -> tuple[AgreementVersion, Remiss]:
        from samspel_desktop.services.documents.writer import WordExportError

        version = self.get(version_id)
        remiss = self.remiss(version_id)
        if remiss is None:
            raise WordExportError(f"Version {version.number} har inte skickats på remiss.")
        return version, remiss

    def export_remiss(
        self, version_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        """The remiss version with its cover letter (remissinstanser, sista svarsdag)."""
        from samspel_desktop.services.documents.remiss import write_remiss

        version, remiss = self._remiss_of(version_id)
        pair = self._pairs.get(version.pair_id)
        return write_remiss(version, remiss, pair, path, template=template)

    def export_remiss_summary(
        self, version_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        """The answers summed up for the arbetsutskott, and what changed in the next version."""
        from samspel_desktop.services.documents.remiss import write_remiss_summary

        version, remiss = self._remiss_of(version_id)
        pair = self._pairs.get(version.pair_id)
        later = [v for v in self.versions(version.pair_id) if v.number > version.number]
        changes: list[tuple[str, str]] = []
        if later:
            from samspel_desktop.services.agreement_comparison import compare_versions

            words = {"added": "nytt", "removed": "struket", "changed": "ändrat"}
            comparison = compare_versions(version, later[-1])
            changes = [
                (c.new_title or c.old_title or c.key, words[c.change])
                for c in comparison.sections
                if c.change != "unchanged"
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

    def word_file_name(self, version: AgreementVersion) -> str:
        pair = self._pairs.get(version.pair_id)
        kind = version.metadata.document_type or "Överenskommelse"
        when = version.adopted_on or dt.date.today()
        return default_file_name(pair.organisation.name, f"{kind} version {version.number}", when)

    def remiss_file_name(self, version: AgreementVersion, *, summary: bool = False) -> str:
        """The suggested name of the remiss (or of the summary of its answers)."""
        pair = self._pairs.get(version.pair_id)
        what = "Sammanställning av remissvar" if summary else "Remiss"
        return default_file_name(
            pair.organisation.name, f"{what} version {version.number}", dt.date.today()
        )

    @staticmethod
    def _default_title(pair: Pair) -> str:
        return agreement_title(pair)

    @staticmethod
    def _default_metadata(pair: Pair, today: dt.date) -> DocumentMetadata:
        """The governing-document header derived from the pair and the body it leads."""
        return DocumentMetadata(
            decided_by=deciding_body(pair),
            applies_to=applies_to(pair),
            review_by=default_review_date(today),
            document_owner=pair.executive.title,
        )
