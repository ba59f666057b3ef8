"""Use cases of the conversation view: answers, ratings, commitments, notes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import (
    Answer,
    Commitment,
    CommitmentStatus,
    Conversation,
    ConversationStatus,
    Rating,
    Side,
)
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.storage.commitments import CommitmentRepository
from samspel_desktop.storage.conversations import ConversationRepository


class ConversationService:
    def __init__(
        self, conversations: ConversationRepository, commitments: CommitmentRepository
    ) -> None:
        self._conversations = conversations
        self._commitments = commitments

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

    # --- commitments -----------------------------------------------------------------

    def carried_commitments(self, conversation: Conversation) -> list[Commitment]:
        """Commitments from earlier conversations to follow up in this one.

        Open ones, plus those closed in this very conversation (so a choice made here stays
        visible and can be changed back).
        """
        return [
            c
            for c in self._commitments.all(conversation.pair_id)
            if c.created_in != conversation.id
            and (c.status is CommitmentStatus.OPEN or c.closed_in == conversation.id)
        ]

    def new_commitments(self, conversation: Conversation) -> list[Commitment]:
        return [
            c
            for c in self._commitments.all(conversation.pair_id)
            if c.created_in == conversation.id
        ]

    def add_commitment(
        self,
        conversation: Conversation,
        what: str,
        owner_side: Side,
        *,
        owner_name: str = "",
        due_date: dt.date | None = None,
    ) -> Commitment:
        return self.add_pair_commitment(
            conversation.pair_id,
            what,
            owner_side,
            owner_name=owner_name,
            due_date=due_date,
            created_in=conversation.id,
        )

    def add_pair_commitment(
        self,
        pair_id: int,
        what: str,
        owner_side: Side,
        *,
        owner_name: str = "",
        due_date: dt.date | None = None,
        created_in: int | None = None,
    ) -> Commitment:
        """The one place a commitment is checked and stored (also outside a conversation)."""
        what = clean_text(what, field="åtagandet").strip()
        if not what:
            raise ValidationError("Skriv vad åtagandet gäller.")
        return self._commitments.add(
            pair_id,
            what,
            owner_side,
            owner_name=clean_line(owner_name, field="ansvarig", required=False),
            due_date=due_date,
            created_in=created_in,
        )

    def follow_up(
        self,
        conversation: Conversation,
        commitment_id: int,
        status: CommitmentStatus,
        note: str = "",
    ) -> None:
        """Mark a commitment done, dropped (a word why is required) or open again."""
        self.set_commitment_status(commitment_id, status, note, closed_in=conversation.id)

    def set_commitment_status(
        self,
        commitment_id: int,
        status: CommitmentStatus,
        note: str = "",
        *,
        closed_in: int | None = None,
    ) -> None:
        if status is CommitmentStatus.DROPPED and not note.strip():
            raise ValidationError("Skriv med ett ord varför åtagandet stryks.")
        self._commitments.set_status(
            commitment_id,
            status,
            note=clean_text(note, field="kommentaren"),
            closed_in=closed_in,
        )
