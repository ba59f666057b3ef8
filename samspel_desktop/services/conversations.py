"""Conversations: starting one, its answers and ratings, notes, who was there, the next meeting,
and its minnesanteckningar in Word. (Commitments are :mod:`services.commitments`.)"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.calendar import calendar_notice
from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import (
    Answer,
    Conversation,
    ConversationStatus,
    ConversationSummary,
    Guide,
    PairKind,
    Rating,
    Side,
)
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.storage.agreements import AgreementRepository
from samspel_desktop.storage.commitments import CommitmentRepository
from samspel_desktop.storage.conversations import ConversationRepository
from samspel_desktop.storage.greyzone import GreyZoneRepository
from samspel_desktop.storage.pairs import PairRepository

if TYPE_CHECKING:
    # python-docx is imported when minutes are written, not when a conversation opens.
    from samspel_desktop.services.documents.html import PdfSource
    from samspel_desktop.services.documents.minutes import MinutesContent
    from samspel_desktop.services.documents.writer import WordExport
    from samspel_desktop.services.guides import GuideService


class ConversationService:
    def __init__(
        self,
        conversations: ConversationRepository,
        pairs: PairRepository,
        commitments: CommitmentRepository,
        guides: Callable[[], GuideService],
        *,
        agreements: AgreementRepository,
        greyzone: GreyZoneRepository,
    ) -> None:
        self._conversations = conversations
        self._pairs = pairs
        self._commitments = commitments
        #: The guide service when a conversation starts (reading one needs no guides).
        self._guide_service = guides
        self._agreements = agreements
        self._greyzone = greyzone

    def start(
        self,
        pair_id: int,
        *,
        guide_ids: Iterable[str] = (),
        date: dt.date | None = None,
        present: Iterable[str] = (),
    ) -> Conversation:
        """Create a conversation with snapshots of its guides (the suggested one if none given).

        Who was present defaults to the pair's two people.
        """
        pair = self._pairs.get(pair_id)
        ids = list(guide_ids)
        if ids:
            guides: list[Guide] = [self._guide_service().get(g) for g in ids]
        else:
            notice = calendar_notice(date or dt.date.today(), pair.term)
            suggested = self._guide_service().suggest(
                pair.phase,
                opposition=pair.kind is PairKind.OPPOSITION_KD,
                moment=notice.moment if notice else None,
            )
            if not suggested:
                raise ValidationError("Det finns ingen samtalsguide att använda.")
            guides = suggested[:1]
        names = [clean_line(p, field="närvarande") for p in present] or [
            pair.political.name,
            pair.executive.name,
        ]
        conversation_id = self._conversations.add(
            pair.id,
            date or dt.date.today(),
            guides,
            status=ConversationStatus.PLANNED,
            present=names,
        )
        return self._conversations.get(conversation_id)

    def all(self, pair_id: int | None = None) -> list[Conversation]:
        """The conversations (of one pair, or of all), oldest first."""
        return self._conversations.all(pair_id)

    def summaries(self, pair_id: int) -> list[ConversationSummary]:
        """The pair's conversations as a list shows them, oldest first (no guide parsed)."""
        return self._conversations.summaries(pair_id)

    def get(self, conversation_id: int) -> Conversation:
        return self._conversations.get(conversation_id)

    def answers(self, conversation_id: int) -> dict[str, Answer]:
        return self._conversations.answers(conversation_id)

    def save_answer(self, answer: Answer) -> Answer:
        """Clean and store one question's texts (one autosave, one transaction)."""
        cleaned = dataclasses.replace(
            answer,
            political=clean_text(answer.political, field="politikens perspektiv"),
            executive=clean_text(answer.executive, field="förvaltningens perspektiv"),
            conclusion=clean_text(answer.conclusion, field="den gemensamma slutsatsen"),
        )
        self._conversations.save_answer(cleaned)
        return cleaned

    def ratings(self, conversation_id: int, question_key: str) -> dict[Side, int]:
        return {
            r.side: r.value
            for r in self._conversations.ratings(conversation_id)
            if r.question_key == question_key
        }

    def rate(self, conversation_id: int, question_key: str, side: Side, value: int) -> None:
        if side is Side.BOTH or not 1 <= value <= 5:
            raise ValidationError("En skattning är ett värde 1–5 från den ena sidan.")
        self._conversations.save_rating(Rating(conversation_id, question_key, side, value))

    def reveal_ratings(self, conversation_id: int, question_key: str) -> None:
        """Show both ratings; allowed only when both sides have rated."""
        if len(self.ratings(conversation_id, question_key)) < 2:
            raise ValidationError("Båda sidor behöver skatta innan skattningarna visas.")
        answer = self.answers(conversation_id).get(question_key) or Answer(
            conversation_id, question_key
        )
        self._conversations.save_answer(dataclasses.replace(answer, ratings_revealed=True))

    def set_status(self, conversation_id: int, status: ConversationStatus) -> None:
        self._conversations.update(conversation_id, status=status)

    def set_notes(self, conversation_id: int, notes: str) -> None:
        self._conversations.update(conversation_id, notes=clean_text(notes, field="anteckningarna"))

    def set_next_meeting(self, conversation_id: int, day: dt.date | None) -> None:
        self._conversations.update(conversation_id, next_meeting=day)

    def set_present(self, conversation_id: int, present: Iterable[str]) -> None:
        names = [clean_line(p, field="närvarande") for p in present if p.strip()]
        self._conversations.update(conversation_id, present=names)

    # --- minnesanteckningar ------------------------------------------------------------------

    def export_minutes(
        self, conversation_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        """Write the conversation's minnesanteckningar as a Word document."""
        from samspel_desktop.services.documents.minutes import write_minutes

        conversation = self._conversations.get(conversation_id)
        return write_minutes(
            conversation,
            self._pairs.get(conversation.pair_id),
            self._minutes_content(conversation),
            path=path,
            template=template,
        )

    def minutes_pdf_source(self, conversation_id: int) -> PdfSource:
        """The minnesanteckningar as a PDF/A source; the composition root renders the file."""
        from samspel_desktop.services.documents.minutes import minutes_pdf_source

        conversation = self._conversations.get(conversation_id)
        return minutes_pdf_source(
            conversation,
            self._pairs.get(conversation.pair_id),
            self._minutes_content(conversation),
        )

    def _minutes_content(self, conversation: Conversation) -> MinutesContent:
        """What the minutes hold beside the conversation: answers, ratings, the commitments
        made or closed in it, the grey-zone questions raised in it and the titles of the
        agreement's sections (the current version's, else the default template's)."""
        from samspel_desktop.services.agreement_templates import (
            DEFAULT_TEMPLATE,
            agreement_templates,
        )
        from samspel_desktop.services.documents.minutes import MinutesContent

        conversation_id, pair_id = conversation.id, conversation.pair_id
        versions = self._agreements.versions(pair_id)
        sections = (
            versions[-1].sections if versions else agreement_templates()[DEFAULT_TEMPLATE].sections
        )
        return MinutesContent(
            answers=self._conversations.answers(conversation_id),
            ratings=self._conversations.ratings(conversation_id),
            commitments=[
                c
                for c in self._commitments.all(pair_id)
                if conversation_id in (c.created_in, c.closed_in)
            ],
            greyzone=[
                e
                for e in self._greyzone.for_pairs([pair_id])
                if e.conversation_id == conversation_id
            ],
            section_titles={s.key: s.title for s in sections},
        )

    def minutes_file_name(self, conversation_id: int) -> str:
        conversation = self._conversations.get(conversation_id)
        pair = self._pairs.get(conversation.pair_id)
        from samspel_desktop.services.documents.naming import default_file_name

        return default_file_name(pair.organisation.name, "Minnesanteckningar", conversation.date)
