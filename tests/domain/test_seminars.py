"""The seminar model: members as text, the countdown, the seminar file."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from typing import Any

import pytest

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import duplicate_guide, guide_file_bytes, slug, unique_id
from samspel_desktop.domain.model import Guide, GuideSection, Question
from samspel_desktop.domain.seminars import (
    Countdown,
    GroupMember,
    Seminar,
    SeminarAnswer,
    SeminarGroup,
    format_clock,
    parse_members,
    seminar_from_dict,
    seminar_to_dict,
)

GUIDE = Guide(
    id="min-guide",
    version=2,
    title="Min guide",
    summary="",
    sections=(GuideSection("a", "Avsnitt", (Question("q1", "Fråga 1"), Question("q2", "Två"))),),
)


def test_members_are_parsed_with_their_roles() -> None:
    members = parse_members("Anna Berg (KSO), Karl Ek (KD)\nEva;  Omar  Said ( ordf. ) ")
    assert members == (
        GroupMember("Anna Berg", "KSO"),
        GroupMember("Karl Ek", "KD"),
        GroupMember("Eva", ""),
        GroupMember("Omar Said", "ordf."),
    )
    assert parse_members("") == ()


def test_countdown_runs_pauses_and_gets_more_time() -> None:
    countdown = Countdown(60 * 60)
    assert format_clock(countdown.remaining(0)) == "60:00"
    countdown.start(100.0)
    assert format_clock(countdown.remaining(100.5)) == "60:00"
    assert format_clock(countdown.remaining(160.0)) == "59:00"
    countdown.pause(160.0)
    assert countdown.remaining(9999.0) == 59 * 60
    countdown.start(200.0)
    assert countdown.finished(200.0 + 59 * 60)
    countdown.add(60, 200.0 + 70 * 60)
    assert countdown.remaining(200.0 + 70 * 60) == 60
    assert format_clock(0) == "00:00"
    countdown.reset(300)
    assert (countdown.running, countdown.remaining(0)) == (False, 300)


def test_seminar_file_round_trip() -> None:
    seminar = Seminar(
        id=1,
        uuid="0b5d8f8e-8d43-4a51-9d6a-1b2c3d4e5f60",
        title="Samspelsdag",
        date=dt.date(2027, 2, 10),
        guide=GUIDE,
        groups=(SeminarGroup(5, 1, "Bord 1", (GroupMember("Anna", "KSO"),)),),
    )
    data = seminar_to_dict(seminar, {5: [SeminarAnswer(5, "min-guide/q2", "Svar")]})
    parsed = seminar_from_dict(copy.deepcopy(data))
    assert parsed.uuid == seminar.uuid
    assert parsed.guide == GUIDE
    assert parsed.groups[0].answers == (("min-guide/q2", "Svar"),)
    assert parsed.groups[0].members == (GroupMember("Anna", "KSO"),)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format_version=2), "formatversion"),
        (lambda d: d["seminar"].update(uuid="x"), "UUID"),
        (lambda d: d["seminar"].update(date="10/2"), "ÅÅÅÅ-MM-DD"),
        (lambda d: d["groups"].append(copy.deepcopy(d["groups"][0])), "två gånger"),
        (lambda d: d["groups"][0].update(extra=1), "okända fält"),
    ],
)
def test_bad_seminar_files_get_swedish_messages(mutate: Any, message: str) -> None:
    seminar = Seminar(1, "0b5d8f8e-8d43-4a51-9d6a-1b2c3d4e5f60", "S", dt.date(2027, 1, 1), GUIDE)
    data = seminar_to_dict(dataclasses.replace(seminar, groups=(SeminarGroup(1, 1, "Bord 1"),)))
    mutate(data)
    with pytest.raises(ValidationError, match=message):
        seminar_from_dict(data)


def test_ids_for_copies_and_new_items() -> None:
    assert unique_id("skr", {"skr-kopia"}, suffix="-kopia") == "skr-kopia-2"
    assert len(unique_id("a" * 63, {"a" * 63})) <= 63
    assert slug("Vad är svårt?", fallback="x") == "vad-ar-svart"
    assert slug("?", fallback="fraga") == "fraga"
    copy_ = duplicate_guide(dataclasses.replace(GUIDE, builtin=True), {"min-guide"})
    assert (copy_.id, copy_.title, copy_.builtin) == ("min-guide-kopia", "Min guide (kopia)", False)
    assert guide_file_bytes(GUIDE).decode("utf-8").startswith('{\n  "format": "samspel-guide"')
