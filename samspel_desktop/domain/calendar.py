"""The one place that knows the Swedish election calendar and mandate periods.

General elections (riksdag, region, kommun) are held every fourth year: since 2014 on the second
Sunday of September, from 1994 to 2010 on the third Sunday. The new council (fullmäktige) sits for
four years from 15 October of the election year (KL 5 kap. 9 §); the executive board's members
sit from 1 January the year after (KL 6 kap. 18 §).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

FIRST_SUPPORTED_ELECTION_YEAR = 1994
#: The last period whose days the calendar can hold (it ends in 9998).
LAST_SUPPORTED_ELECTION_YEAR = 9994
_SECOND_SUNDAY_FROM = 2014


def is_election_year(year: int) -> bool:
    """True for the years of Swedish general elections with four-year terms (1994, 1998, ...)."""
    return year >= FIRST_SUPPORTED_ELECTION_YEAR and (year - FIRST_SUPPORTED_ELECTION_YEAR) % 4 == 0


def election_day(year: int) -> dt.date:
    """Election day of ``year`` (e.g. 2026 → 2026-09-13). ``ValueError`` if no election."""
    if not is_election_year(year):
        raise ValueError(f"{year} is not a Swedish general election year")
    first = dt.date(year, 9, 1)
    first_sunday = first + dt.timedelta(days=(6 - first.weekday()) % 7)
    weeks = 1 if year >= _SECOND_SUNDAY_FROM else 2
    return first_sunday + dt.timedelta(weeks=weeks)


@dataclass(frozen=True)
class MandatePeriod:
    """One four-year mandate period, named by its election year (``2022`` → "2022–2026")."""

    election_year: int

    @property
    def election_day(self) -> dt.date:
        return election_day(self.election_year)

    @property
    def start(self) -> dt.date:
        """The new council takes office (15 October of the election year)."""
        return dt.date(self.election_year, 10, 15)

    @property
    def end(self) -> dt.date:
        """Last day before the next council takes office."""
        return dt.date(self.election_year + 4, 10, 14)

    @property
    def board_start(self) -> dt.date:
        """The executive board (and so a new KSO) takes office: 1 January after the election."""
        return dt.date(self.election_year + 1, 1, 1)

    @property
    def midpoint(self) -> dt.date:
        """Halfway through the period: the time for a mid-period check (Alingsås' survey)."""
        return self.start + (self.end - self.start) / 2

    @property
    def label(self) -> str:
        return f"{self.election_year}–{self.election_year + 4}"

    def next(self) -> MandatePeriod:
        return MandatePeriod(self.election_year + 4)

    def previous(self) -> MandatePeriod:
        return MandatePeriod(self.election_year - 4)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def mandate_period(day: dt.date) -> MandatePeriod:
    """The mandate period ``day`` falls in (by the council's term, 15 October to 14 October)."""
    year = day.year - (day.year - FIRST_SUPPORTED_ELECTION_YEAR) % 4
    period = MandatePeriod(year)
    if day < period.start:
        period = period.previous()
    if period.election_year < FIRST_SUPPORTED_ELECTION_YEAR:
        raise ValueError(f"{day} is before the first supported mandate period")
    return period


def periods_between(first: dt.date, last: dt.date) -> tuple[MandatePeriod, ...]:
    """The mandate periods from the one holding ``first`` to the one holding ``last``.

    Days outside the supported calendar (before the 1994 period, or too late for its end date
    to exist) are no error: the periods are simply cut to the supported ones.
    """

    def election_year(day: dt.date) -> int:
        year = day.year - (day.year - FIRST_SUPPORTED_ELECTION_YEAR) % 4
        if day.year == year and (day.month, day.day) < (10, 15):
            year -= 4  # before the new council takes office: still the previous period
        return year

    low = max(election_year(first), FIRST_SUPPORTED_ELECTION_YEAR)
    high = min(election_year(last), LAST_SUPPORTED_ELECTION_YEAR)
    return tuple(MandatePeriod(year) for year in range(low, high + 1, 4))


def default_review_date(day: dt.date) -> dt.date:
    """Default "revideras senast" for a document adopted on ``day``: the next period's start."""
    return mandate_period(day).next().start
