import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.calendar import (
    LAST_SUPPORTED_ELECTION_YEAR,
    MandatePeriod,
    default_review_date,
    election_day,
    is_election_year,
    mandate_period,
    periods_between,
)


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


@given(st.dates(min_value=dt.date(1994, 10, 15), max_value=dt.date(2200, 1, 1)))
def test_every_day_lies_in_exactly_its_period(day: dt.date) -> None:
    period = mandate_period(day)
    assert period.contains(day)
    assert not period.next().contains(day)
    assert not period.previous().contains(day)


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
        if dt.date(1994, 10, 15) <= day <= dt.date(9998, 10, 14):
            assert mandate_period(day) in periods


def test_periods_between_the_ends_of_the_calendar() -> None:
    assert periods_between(dt.date.min, dt.date(1990, 1, 1)) == ()
    everything = periods_between(dt.date.min, dt.date.max)
    assert everything[0] == MandatePeriod(1994)
    assert everything[-1] == MandatePeriod(LAST_SUPPORTED_ELECTION_YEAR)
    assert everything[-1].end.year == 9998
