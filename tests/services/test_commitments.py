"""Commitments: corrected after the fact, and a due date before the meeting refused."""

from __future__ import annotations

import datetime as dt

import pytest

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import CommitmentStatus, Side
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakeConversation, MakePair


def test_text_owner_and_due_date_can_be_corrected(
    services: Samspel, make_pair: MakePair, make_conversation: MakeConversation
) -> None:
    pair = make_pair(services)
    meeting = make_conversation(services, pair, date=dt.date(2027, 1, 10))
    made = services.commitments.add(
        pair.id, "Mötesplan", Side.POLITICAL, owner_name="Anna Berg", created_in=meeting.id
    )
    services.commitments.follow_up(meeting, made.id, CommitmentStatus.DONE)
    fixed = services.commitments.update(
        made.id,
        "  Mötesplan för hösten ",
        Side.EXECUTIVE,
        owner_name="Karl Ek",
        due_date=dt.date(2027, 3, 1),
    )
    assert (fixed.what, fixed.owner_side, fixed.owner_name, fixed.due_date) == (
        "Mötesplan för hösten",
        Side.EXECUTIVE,
        "Karl Ek",
        dt.date(2027, 3, 1),
    )
    assert fixed.status is CommitmentStatus.DONE, "correcting the text keeps the status"
    assert [h.target_id for h in services.search.search("hösten").hits] == [made.id]
    cleared = services.commitments.update(made.id, "Mötesplan", Side.BOTH)
    assert cleared.due_date is None and cleared.owner_side is Side.BOTH


def test_an_empty_text_is_refused_when_corrected(services: Samspel, make_pair: MakePair) -> None:
    pair = make_pair(services)
    made = services.commitments.add(pair.id, "Mötesplan", Side.BOTH)
    with pytest.raises(ValidationError, match="Skriv vad"):
        services.commitments.update(made.id, "  ", Side.BOTH)
    assert services.commitments.get(made.id).what == "Mötesplan"


def test_a_due_date_before_the_meeting_is_refused(
    services: Samspel, make_pair: MakePair, make_conversation: MakeConversation
) -> None:
    pair = make_pair(services)
    meeting = make_conversation(services, pair, date=dt.date(2027, 1, 10))
    with pytest.raises(ValidationError, match="före mötet"):
        services.commitments.add(
            pair.id, "X", Side.BOTH, due_date=dt.date(2027, 1, 9), created_in=meeting.id
        )
    assert services.commitments.all(pair.id) == []
    same_day = services.commitments.add(
        pair.id, "X", Side.BOTH, due_date=dt.date(2027, 1, 10), created_in=meeting.id
    )
    with pytest.raises(ValidationError, match="före mötet"):
        services.commitments.update(same_day.id, "X", Side.BOTH, due_date=dt.date(2026, 12, 24))
    assert services.commitments.get(same_day.id).due_date == dt.date(2027, 1, 10)
