"""Commitments (åtaganden): made in a conversation or outside one, followed up, done or dropped."""

from __future__ import annotations

import dataclasses
import datetime as dt

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import Commitment, CommitmentStatus, Conversation, Side
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.storage.commitments import CommitmentRepository
from samspel_desktop.storage.conversations import ConversationRepository


class CommitmentService:
    def __init__(
        self, commitments: CommitmentRepository, conversations: ConversationRepository
    ) -> None:
        self._commitments = commitments
        self._conversations = conversations

    def get(self, commitment_id: int) -> Commitment:
        return self._commitments.get(commitment_id)

    def all(self, pair_id: int) -> list[Commitment]:
        """The pair's commitments, the soonest due first."""
        return self._commitments.all(pair_id)

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
        """The one place a new commitment is checked and stored; ``created_in`` names the
        conversation it was made in (``None``: outside a conversation)."""
        return self._commitments.add(
            self._checked(
                Commitment(
                    id=0,
                    pair_id=pair_id,
                    what=what,
                    owner_side=owner_side,
                    owner_name=owner_name,
                    due_date=due_date,
                    created_in=created_in,
                )
            )
        )

    def update(
        self,
        commitment_id: int,
        what: str,
        owner_side: Side,
        *,
        owner_name: str = "",
        due_date: dt.date | None = None,
    ) -> Commitment:
        """Correct a commitment's text, owner and due date (its status stays as it is)."""
        checked = self._checked(
            dataclasses.replace(
                self._commitments.get(commitment_id),
                what=what,
                owner_side=owner_side,
                owner_name=owner_name,
                due_date=due_date,
            )
        )
        self._commitments.save_details(checked)
        return self._commitments.get(commitment_id)

    def _checked(self, commitment: Commitment) -> Commitment:
        """The commitment with its texts cleaned; a missing text or a due date before the
        meeting it was made in is refused (it would be overdue at once)."""
        what = clean_text(commitment.what, field="åtagandet").strip()
        if not what:
            raise ValidationError("Skriv vad åtagandet gäller.")
        due = commitment.due_date
        if due is not None and commitment.created_in is not None:
            meeting = self._conversations.get(commitment.created_in).date
            if due < meeting:
                raise ValidationError(
                    f"Datumet {due.isoformat()} ligger före mötet ({meeting.isoformat()}), "
                    "så åtagandet vore försenat redan från början. Välj ett senare datum."
                )
        return dataclasses.replace(
            commitment,
            what=what,
            owner_name=clean_line(commitment.owner_name, field="ansvarig", required=False),
        )

    def carried(self, conversation: Conversation) -> list[Commitment]:
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

    def made_in(self, conversation: Conversation) -> list[Commitment]:
        """The commitments made in this conversation."""
        return [
            c
            for c in self._commitments.all(conversation.pair_id)
            if c.created_in == conversation.id
        ]

    def follow_up(
        self,
        conversation: Conversation,
        commitment_id: int,
        status: CommitmentStatus,
        note: str = "",
    ) -> None:
        """In a conversation: mark a commitment done, dropped (a word why) or open again."""
        self.set_status(commitment_id, status, note, closed_in=conversation.id)

    def set_status(
        self,
        commitment_id: int,
        status: CommitmentStatus,
        note: str = "",
        *,
        closed_in: int | None = None,
    ) -> None:
        """Close (done, dropped: a word why is required) or reopen a commitment."""
        if status is CommitmentStatus.DROPPED and not note.strip():
            raise ValidationError("Skriv med ett ord varför åtagandet stryks.")
        self._commitments.save_status(
            dataclasses.replace(
                self._commitments.get(commitment_id),
                status=status,
                status_note=clean_text(note, field="kommentaren"),
                closed_in=closed_in,
            )
        )
