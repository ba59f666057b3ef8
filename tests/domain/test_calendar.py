import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.calendar import (
    COUNCIL_15_OCTOBER_FROM,
    LAST_SUPPORTED_ELECTION_YEAR,
    CalendarMoment,
    MandatePeriod,
    TermBasis,
    calendar_notice,
    council_start,
    default_review_date,
    election_day,
    is_election_year,
    mandate_period,
    periods_between,
)
from samspel_desktop.domain.labels import notice_text


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2006, dt.date(2006, 9, 17)),
        (2010, dt.date(2010, 9, 19)),
        (2014, dt.date(2014, 9, 14)),
        (2018, dt.date(2018, 9, 9)),
        (2022, dt.date(2022, 9, 11)),
        (2026, dt.date(2026, 9, 13)),
        (2030, dt.date(2030, 9, 8)),
    ],
)
def test_election_days(year: int, expected: dt.date) -> None:
    assert election_day(year) == expected
    assert election_day(year).weekday() == 6


def test_no_election_in_other_years() -> None:
    assert not is_election_year(2025)
    with pytest.raises(ValueError, match="not a Swedish general election year"):
        election_day(2025)


def test_period_boundaries_follow_kommunallagen() -> None:
    period = MandatePeriod(2026)
    assert period.start == dt.date(2026, 10, 15)
    assert period.board_start == dt.date(2027, 1, 1)
    assert period.end == dt.date(2030, 10, 14)
    assert period.label == "2026–2030"
    assert period.start < period.midpoint < period.end
    assert period.midpoint == dt.date(2028, 10, 14)


@pytest.mark.parametrize(
    ("day", "election_year"),
    [
        (dt.date(2026, 10, 14), 2022),
        (dt.date(2026, 10, 15), 2026),
        (dt.date(2026, 11, 22), 2026),
        (dt.date(2024, 3, 1), 2022),
        (dt.date(1995, 1, 1), 1994),
    ],
)
def test_mandate_period_of_a_day(day: dt.date, election_year: int) -> None:
    assert mandate_period(day) == MandatePeriod(election_year)


def test_days_before_1994_are_not_supported() -> None:
    with pytest.raises(ValueError, match="before the first supported"):
        mandate_period(dt.date(1994, 10, 1))


def test_default_review_is_start_of_next_period() -> None:
    assert default_review_date(dt.date(2026, 11, 22)) == dt.date(2030, 10, 15)
    assert default_review_date(dt.date(2026, 6, 1)) == dt.date(2026, 10, 15)


@given(
    st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2200, 1, 1)),
    st.sampled_from(TermBasis),
)
def test_every_day_lies_in_exactly_its_period(day: dt.date, basis: TermBasis) -> None:
    period = mandate_period(day, basis)
    assert period.contains(day, basis)
    assert not period.next().contains(day, basis)
    if period.election_year > 1994:
        assert not period.previous().contains(day, basis)
    assert 1 <= period.month(day, basis) <= 48


@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2200, 1, 1)))
def test_there_is_a_notice_for_every_day(day: dt.date) -> None:
    for basis in TermBasis:
        notice = calendar_notice(day, basis)
        assert notice is not None
        assert 0 <= notice.month <= 48
        text = notice_text(notice)
        assert text and "av 49" not in text and "{" not in text


# --- the council's term: 1 November until 2010, 15 October from 2014 -----------------------


def test_the_council_took_office_on_1_november_until_2010() -> None:
    # SFS 2013:1053 (prop. 2013/14:5) moved the start to 15 October from the 2014 election.
    assert COUNCIL_15_OCTOBER_FROM == 2014
    assert council_start(2006) == dt.date(2006, 11, 1)
    assert council_start(2010) == dt.date(2010, 11, 1)
    assert council_start(2014) == dt.date(2014, 10, 15)
    assert MandatePeriod(2010).end == dt.date(2014, 10, 14)
    assert MandatePeriod(2006).end == dt.date(2010, 10, 31)
    assert mandate_period(dt.date(2010, 10, 20)) == MandatePeriod(2006)
    assert mandate_period(dt.date(2010, 11, 1)) == MandatePeriod(2010)
    assert mandate_period(dt.date(2014, 10, 15)) == MandatePeriod(2014)


def test_the_board_term_starts_on_1_january() -> None:
    assert mandate_period(dt.date(2026, 12, 31), TermBasis.BOARD) == MandatePeriod(2022)
    assert mandate_period(dt.date(2027, 1, 1), TermBasis.BOARD) == MandatePeriod(2026)
    assert MandatePeriod(2022).board_end == dt.date(2026, 12, 31)
    assert MandatePeriod(2026).month(dt.date(2027, 1, 1), TermBasis.BOARD) == 1
    assert MandatePeriod(2026).month(dt.date(2030, 12, 31), TermBasis.BOARD) == 48


# --- the notices on the days that matter: election day, 14/15 October, 31 December/1 January


ELECTIONS = {
    2018: dt.date(2018, 9, 9),
    2022: dt.date(2022, 9, 11),
    2026: dt.date(2026, 9, 13),
    2030: dt.date(2030, 9, 8),
}


@pytest.mark.parametrize("year", sorted(ELECTIONS))
def test_the_day_before_the_election_looks_ahead(year: int) -> None:
    notice = calendar_notice(ELECTIONS[year] - dt.timedelta(days=1))
    assert notice is not None
    assert notice.moment is CalendarMoment.ELECTION_AHEAD
    assert notice.period == MandatePeriod(year - 4)
    assert notice.month == 45  # the board's term: January four years back is month 1
    text = notice_text(notice)
    assert f"Val {ELECTIONS[year].isoformat()}" in text
    assert "Nästa val" not in text


@pytest.mark.parametrize("year", sorted(ELECTIONS))
@pytest.mark.parametrize("offset", [0, 1, 31])
def test_from_election_night_the_election_has_been_held(year: int, offset: int) -> None:
    day = ELECTIONS[year] + dt.timedelta(days=offset)
    notice = calendar_notice(day)
    assert notice is not None
    assert notice.moment is CalendarMoment.ELECTION_HELD
    assert notice.prompt_establishment and notice.board_not_yet_started
    assert notice.period == MandatePeriod(year)
    text = notice_text(notice)
    assert text.startswith(f"Valet hölls {ELECTIONS[year].isoformat()}.")
    assert f"fullmäktige tillträder {year}-10-15 (KL 5 kap. 9 §)" in text
    assert f"styrelsen {year + 1}-01-01 (KL 6 kap. 18 §)" in text
    assert "Nästa val" not in text and "månad" not in text


@pytest.mark.parametrize("year", sorted(ELECTIONS))
def test_14_and_15_october(year: int) -> None:
    before = calendar_notice(dt.date(year, 10, 14))
    after = calendar_notice(dt.date(year, 10, 15))
    assert before is not None and after is not None
    assert before.moment is CalendarMoment.ELECTION_HELD
    assert after.moment is CalendarMoment.COUNCIL_STARTED
    assert "tillträdde" not in notice_text(before)
    assert f"fullmäktige tillträdde {year}-10-15" in notice_text(after)
    assert f"styrelsen tillträder {year + 1}-01-01" in notice_text(after)
    # A nämnd that follows the council's term starts its new term on 15 October.
    council = calendar_notice(dt.date(year, 10, 15), TermBasis.COUNCIL)
    assert council is not None
    assert council.moment is CalendarMoment.TERM_STARTED and council.month == 1
    assert notice_text(council).startswith(f"Mandatperioden {year}–{year + 4}: månad 1 av 48.")


@pytest.mark.parametrize("year", sorted(ELECTIONS))
def test_31_december_and_1_january(year: int) -> None:
    last = calendar_notice(dt.date(year, 12, 31))
    first = calendar_notice(dt.date(year + 1, 1, 1))
    assert last is not None and first is not None
    assert last.moment is CalendarMoment.COUNCIL_STARTED and last.board_not_yet_started
    assert first.moment is CalendarMoment.TERM_STARTED and not first.board_not_yet_started
    assert first.prompt_establishment and first.month == 1
    assert f"styrelsen tillträder {year + 1}-01-01" in notice_text(last)
    assert notice_text(first).startswith(f"Mandatperioden {year}–{year + 4}: månad 1 av 48.")
    assert f"styrelsen tillträdde {year + 1}-01-01" in notice_text(first)


def test_the_start_prompt_ends_four_months_into_the_term() -> None:
    late = calendar_notice(dt.date(2027, 6, 1))
    assert late is not None
    assert late.moment is CalendarMoment.ORDINARY and not late.prompt_establishment
    assert notice_text(late) == "Mandatperioden 2026–2030: månad 6 av 48. Nästa val 2030-09-08."


def test_the_midpoint_of_the_board_term() -> None:
    notice = calendar_notice(dt.date(2028, 12, 1))
    assert notice is not None
    assert notice.moment is CalendarMoment.MIDPOINT and notice.prompt_midpoint
    assert "Halvtid (2028-12-31)" in notice_text(notice)


def test_notices_for_a_council_elected_before_2014_name_1_november() -> None:
    notice = calendar_notice(dt.date(2010, 10, 20))
    assert notice is not None
    assert notice.moment is CalendarMoment.ELECTION_HELD
    assert "fullmäktige tillträder 2010-11-01" in notice_text(notice)
    assert calendar_notice(dt.date(1994, 6, 1)) is None


@given(st.dates(), st.dates())
def test_periods_between_any_two_days_are_the_supported_ones_in_between(
    a: dt.date, b: dt.date
) -> None:
    first, last = min(a, b), max(a, b)
    periods = periods_between(first, last)
    years = [p.election_year for p in periods]
    if years:
        assert years == list(range(years[0], years[-1] + 1, 4))
    for period in periods:
        assert period.end >= first and period.start <= last  # every one overlaps the days
    for day in (first, last):
        if MandatePeriod(1994).start <= day <= MandatePeriod(LAST_SUPPORTED_ELECTION_YEAR).end:
            assert mandate_period(day) in periods


def test_periods_between_the_ends_of_the_calendar() -> None:
    assert periods_between(dt.date.min, dt.date(1990, 1, 1)) == ()
    everything = periods_between(dt.date.min, dt.date.max)
    assert everything[0] == MandatePeriod(1994)
    assert everything[-1] == MandatePeriod(LAST_SUPPORTED_ELECTION_YEAR)
    assert everything[-1].end.year == 9998


def test_periods_between_by_the_boards_term() -> None:
    """November 2022: the new council sits, the board elected in 2018 still does."""
    autumn, spring = dt.date(2022, 11, 1), dt.date(2023, 2, 1)
    assert [p.election_year for p in periods_between(autumn, spring)] == [2022]
    assert [p.election_year for p in periods_between(autumn, spring, TermBasis.BOARD)] == [
        2018,
        2022,
    ]
