import datetime as dt

import pytest

from samspel_desktop.domain.calendar import TermBasis
from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import (
    Answer,
    CommitmentStatus,
    GreyZoneClass,
    PairKind,
    Side,
)
from samspel_desktop.services.history import HistoryService
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair, make_pair


def _pair(services: Samspel, start: dt.date = dt.date(2019, 1, 1)) -> int:
    return make_pair(services, start_date=start).id


def test_keeping_commitments_per_mandate_period(services: Samspel) -> None:
    pair_id = _pair(services)
    c1 = services.conversations.start(pair_id, date=dt.date(2020, 1, 10))
    c2 = services.conversations.start(pair_id, date=dt.date(2020, 3, 10))
    commitments = services.commitments
    on_time = commitments.add(
        pair_id, "Mötesplan", Side.EXECUTIVE, due_date=dt.date(2020, 4, 1), created_in=c1.id
    )
    late = commitments.add(
        pair_id, "Medieplan", Side.POLITICAL, due_date=dt.date(2020, 2, 1), created_in=c1.id
    )
    dropped = commitments.add(
        pair_id, "Studieresa", Side.BOTH, due_date=dt.date(2020, 5, 1), created_in=c1.id
    )
    commitments.add(
        pair_id,
        "Ny delegationsordning",
        Side.EXECUTIVE,
        due_date=dt.date(2023, 5, 1),
        created_in=c1.id,
    )
    commitments.follow_up(c2, on_time.id, CommitmentStatus.DONE)
    commitments.follow_up(c2, late.id, CommitmentStatus.DONE)
    commitments.follow_up(c2, dropped.id, CommitmentStatus.DROPPED, "Budgetläget")
    periods = services.history.keeping_per_period(pair_id, dt.date(2023, 6, 1))
    assert [
        (p.period.label, p.due, p.kept_on_time, p.kept_late, p.dropped, p.still_open)
        for p in periods
    ] == [("2018–2022", 3, 1, 1, 1, 0), ("2022–2026", 1, 0, 0, 0, 1)]
    assert periods[0].share_kept_on_time == pytest.approx(1 / 3)
    rows = services.history.commitments(pair_id, dt.date(2023, 6, 1))
    assert [r.overdue for r in rows] == [False, False, False, True]
    assert rows[0].made_on == dt.date(2020, 1, 10)


def test_kept_on_time_is_grouped_by_the_pairs_term(services: Samspel) -> None:
    """A KSO and a KD work to the board's term; a nämnd following fullmäktige to the council's."""
    kso = _pair(services)
    committee = make_pair(
        services,
        kind=PairKind.COMMITTEE,
        body="Socialnämnden",
        term=TermBasis.COUNCIL,
        start_date=dt.date(2019, 1, 1),
    ).id
    for pair_id in (kso, committee):
        conversation = services.conversations.start(pair_id, date=dt.date(2022, 9, 1))
        # Due between 15 October and 31 December of the election year.
        services.commitments.add(
            pair_id,
            "Introduktion",
            Side.BOTH,
            due_date=dt.date(2022, 11, 15),
            created_in=conversation.id,
        )
    [by_board] = services.history.keeping_per_period(kso, dt.date(2023, 6, 1))
    [by_council] = services.history.keeping_per_period(committee, dt.date(2023, 6, 1))
    assert by_board.period.label == "2018–2022"  # the board sat until 31 December 2022
    assert by_council.period.label == "2022–2026"  # the council's new term began 15 October
    assert services.history.health(kso).basis is TermBasis.BOARD  # the chart's period lines
    assert services.history.health(committee).basis is TermBasis.COUNCIL


def test_health_trend_follows_the_lineage_and_marks_changes(
    services: Samspel, make_pair: MakePair
) -> None:
    old = _pair(services, dt.date(2019, 1, 1))
    services.pairs.end(old, dt.date(2022, 12, 31))
    new = make_pair(
        services, political="Sara Lind", start_date=dt.date(2023, 1, 1), predecessor_id=old
    ).id
    for pair_id, day, value in ((old, dt.date(2021, 5, 1), 2), (new, dt.date(2024, 5, 1), 4)):
        conversation = services.conversations.start(
            pair_id, guide_ids=["skr-forhallningssatt"], date=day
        )
        services.conversations.rate(
            conversation.id, "skr-forhallningssatt/lyssnande", Side.POLITICAL, value
        )
    trend = services.history.health(new)
    assert trend.series("lyssnande", Side.POLITICAL) == [
        (dt.date(2021, 5, 1), 2),
        (dt.date(2024, 5, 1), 4),
    ]
    assert trend.series("lyssnande", Side.EXECUTIVE) == []
    assert [p.label for p in trend.periods] == ["2018–2022", "2022–2026"]
    assert trend.person_changes == ((dt.date(2023, 1, 1), "Sara Lind"),)


def test_greyzone_log_round_trip_and_search(services: Samspel) -> None:
    pair_id = _pair(services)
    entry = services.greyzone.add(
        pair_id, "Vem svarar på medias frågor om skolan?", raised_on=dt.date(2024, 2, 1)
    )
    import dataclasses

    services.greyzone.save(
        dataclasses.replace(
            entry,
            classification=GreyZoneClass.SHARED,
            decided_by="Anna Berg",
            learned="Vi stämmer av innan någon av oss svarar.",
        )
    )
    [stored] = services.greyzone.entries(pair_id)
    assert stored.classification is GreyZoneClass.SHARED
    assert stored.learned.startswith("Vi stämmer av")
    assert services.greyzone.summary(pair_id)[GreyZoneClass.SHARED] == 1
    [hit] = services.search.search("medias").hits
    assert hit.kind == "greyzone.question"
    assert hit.open_id == f"greyzone:{entry.id}"
    with pytest.raises(ValidationError):
        services.greyzone.add(pair_id, "   ")


def test_search_hits_carry_their_context_and_skip_the_trash(services: Samspel) -> None:
    pair_id = _pair(services)
    conversation = services.conversations.start(pair_id, date=dt.date(2024, 3, 1))
    services.conversations.save_answer(
        Answer(
            conversation.id, "skr-omraden/vad-ar-svart", conclusion="Delegationsordningen ses över"
        )
    )
    [hit] = services.search.search("delegation").hits
    assert hit.kind_label == "Gemensam slutsats"
    assert hit.day == dt.date(2024, 3, 1)
    assert "Anna Berg" in hit.pair_name
    assert hit.open_id == f"conversation:{conversation.id}:skr-omraden/vad-ar-svart"
    assert "[Delegationsordningen]" in hit.plain_snippet(mark=("[", "]"))
    services.trash.delete("conversation", conversation.id)
    assert services.search.search("delegation").hits == []


@pytest.mark.parametrize(
    ("day", "establishment", "midpoint"),
    [
        (dt.date(2026, 11, 22), True, False),
        (dt.date(2028, 12, 1), False, True),  # the board's term: midpoint 2028-12-31
        (dt.date(2029, 6, 1), False, False),
    ],
)
def test_period_notice(day: dt.date, establishment: bool, midpoint: bool) -> None:
    notice = HistoryService.period_notice(day)
    assert notice.prompt_establishment is establishment
    assert notice.prompt_midpoint is midpoint
    assert "2026–2030" in notice.text


def test_new_in_pair_only_for_half_a_year_after_a_change_of_person(
    services: Samspel, make_pair: MakePair
) -> None:
    first = make_pair(
        services,
        organisation="Ekåsa kommun",
        political="A",
        executive="B",
        start_date=dt.date(2007, 1, 1),
    )
    old = make_pair(
        services,
        organisation="Ekåsa kommun",
        political="C",
        executive="B",
        start_date=dt.date(2011, 1, 1),
        predecessor_id=first.id,
    )
    new = make_pair(
        services,
        organisation="Ekåsa kommun",
        political="D",
        executive="B",
        start_date=dt.date(2026, 10, 1),
        predecessor_id=old.id,
    )
    after_election = dt.date(2026, 11, 22)
    assert HistoryService.period_notice(after_election, old).prompt_establishment
    assert not HistoryService.period_notice(after_election, old).new_in_pair
    assert HistoryService.period_notice(after_election, new).new_in_pair
    assert not HistoryService.period_notice(dt.date(2027, 6, 1), new).new_in_pair


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1990, 6, 1), dt.date(9999, 12, 31)])
def test_health_trend_of_ratings_outside_the_supported_periods(
    services: Samspel, day: dt.date
) -> None:
    """Dates the command line accepts (and an archive may hold) give a trend, not an error."""
    pair_id = _pair(services)
    conversation = services.conversations.start(
        pair_id, guide_ids=["skr-forhallningssatt"], date=day
    )
    services.conversations.rate(
        conversation.id, "skr-forhallningssatt/lyssnande", Side.POLITICAL, 3
    )
    trend = services.history.health(pair_id)
    assert trend.series("lyssnande", Side.POLITICAL) == [(day, 3)]
    assert all(p.start.year >= 1994 for p in trend.periods)


def test_health_trend_with_a_predecessor_in_the_trash(
    services: Samspel, make_pair: MakePair
) -> None:
    old = _pair(services)
    new = make_pair(
        services, political="Sara Lind", start_date=dt.date(2023, 1, 1), predecessor_id=old
    ).id
    services.trash.delete("pair", old)
    assert services.history.health(new).person_changes == ()
