import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.calendar import (
    MandatePeriod,
    default_review_date,
    election_day,
    is_election_year,
    mandate_period,
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
