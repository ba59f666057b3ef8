"""The one place that knows the Swedish election calendar and mandate periods.

General elections (riksdag, region, kommun) are held every fourth year: since 2014 on the second
Sunday of September, from 1994 to 2010 on the third Sunday.

Three terms start from an election, and a pair works to one of them:

* the council (fullmäktige) sits for four years from 15 October of the election year
  (KL 2017:725 5 kap. 9 §) – until the 2010 election from 1 November (see
  :data:`COUNCIL_15_OCTOBER_FROM`);
* the executive board (kommunstyrelsen, regionstyrelsen) sits from 1 January the year after the
  election (KL 6 kap. 18 § första stycket) – the term of a KSO and a KD;
* fullmäktige sets the terms of the other nämnder (KL 6 kap. 18 § andra stycket); nearly every
  municipality lets them follow the board (1 January), a few let them follow the council.

Every function takes the day it is asked about (``today``) as a parameter: nothing here reads
the clock, so any day can be tested.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from samspel_desktop.domain.record import Record, record

FIRST_SUPPORTED_ELECTION_YEAR = 1994
#: The last period whose days the calendar can hold (it ends in 9998).
LAST_SUPPORTED_ELECTION_YEAR = 9994
_SECOND_SUNDAY_FROM = 2014

#: The first general election after which the new council took office on 15 October. SFS
#: 2013:1053 (prop. 2013/14:5 "Vital kommunal demokrati", bet. 2013/14:KU7), in force
#: 1 February 2014, changed KL (1991:900) 5 kap. 5 § from "fyra år räknat från och med den
#: 1 november valåret" (wording of SFS 2005:842; only Stockholm counted from 15 October) to
#: 15 October; the 2014 election was the first under it, and KL (2017:725) 5 kap. 9 § kept it.
COUNCIL_15_OCTOBER_FROM = 2014

#: From this election on the current Kommunallag (2017:725) applies, so its paragraphs are named.
_KL_2017_FROM = 2018

#: How long before election day the coming election is mentioned.
ELECTION_AHEAD = dt.timedelta(days=90)
#: How long after the new board takes office the pair is still asked for a start conversation.
AFTER_BOARD_START = dt.timedelta(days=120)
#: How close to the midpoint of a term the mid-period check is proposed.
MIDPOINT_WINDOW = dt.timedelta(days=60)


class TermBasis(StrEnum):
    """Whose term a pair works to: the board's (1 January) or the council's (15 October)."""

    BOARD = "styrelsen"
    COUNCIL = "fullmaktige"


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


def council_start(election_year: int) -> dt.date:
    """The day the council elected in ``election_year`` takes office (15 October or 1 November)."""
    if election_year >= COUNCIL_15_OCTOBER_FROM:
        return dt.date(election_year, 10, 15)
    return dt.date(election_year, 11, 1)


def board_start(election_year: int) -> dt.date:
    """The day the board elected after ``election_year``'s election takes office (1 January)."""
    return dt.date(election_year + 1, 1, 1)


def council_rule(election_year: int) -> str:
    """The paragraph that sets the council's term, for the notices ("KL 5 kap. 9 §")."""
    return "KL 5 kap. 9 §" if election_year >= _KL_2017_FROM else "KL (1991:900) 5 kap. 5 §"


def board_rule(election_year: int) -> str:
    """The paragraph that sets the board's term ("KL 6 kap. 18 §"); empty before KL 2017:725."""
    return "KL 6 kap. 18 §" if election_year >= _KL_2017_FROM else ""


@record
class MandatePeriod(Record):
    """One four-year mandate period, named by its election year (``2022`` → "2022–2026").

    ``start``/``end`` are the council's term; ``term_start``/``term_end`` give the term a pair
    works to (:class:`TermBasis`).
    """

    election_year: int

    @property
    def election_day(self) -> dt.date:
        return election_day(self.election_year)

    @property
    def start(self) -> dt.date:
        """The new council takes office (15 October of the election year; 1 November ≤ 2010)."""
        return council_start(self.election_year)

    @property
    def end(self) -> dt.date:
        """Last day before the next council takes office."""
        return council_start(self.election_year + 4) - dt.timedelta(days=1)

    @property
    def board_start(self) -> dt.date:
        """The executive board (and so a new KSO) takes office: 1 January after the election."""
        return board_start(self.election_year)

    @property
    def board_end(self) -> dt.date:
        """Last day of the board's term: 31 December of the next election year."""
        return dt.date(self.election_year + 4, 12, 31)

    def term_start(self, basis: TermBasis = TermBasis.COUNCIL) -> dt.date:
        return self.board_start if basis is TermBasis.BOARD else self.start

    def term_end(self, basis: TermBasis = TermBasis.COUNCIL) -> dt.date:
        return self.board_end if basis is TermBasis.BOARD else self.end

    def midpoint_of(self, basis: TermBasis = TermBasis.COUNCIL) -> dt.date:
        start, end = self.term_start(basis), self.term_end(basis)
        return start + (end - start) / 2

    @property
    def midpoint(self) -> dt.date:
        """Halfway through the council's term: the time for a mid-period check (Alingsås)."""
        return self.midpoint_of(TermBasis.COUNCIL)

    @property
    def label(self) -> str:
        return f"{self.election_year}–{self.election_year + 4}"

    def next(self) -> MandatePeriod:
        return MandatePeriod(self.election_year + 4)

    def previous(self) -> MandatePeriod:
        return MandatePeriod(self.election_year - 4)

    def contains(self, day: dt.date, basis: TermBasis = TermBasis.COUNCIL) -> bool:
        return self.term_start(basis) <= day <= self.term_end(basis)

    def month(self, day: dt.date, basis: TermBasis = TermBasis.COUNCIL) -> int:
        """Month 1..48 of the term on ``day``: month 1 runs from the term's first day up to the
        same day of the next calendar month (15 October–14 November, or all of January)."""
        start = self.term_start(basis)
        whole = (day.year - start.year) * 12 + day.month - start.month
        return whole + (1 if day.day >= start.day else 0)


def mandate_period(day: dt.date, basis: TermBasis = TermBasis.COUNCIL) -> MandatePeriod:
    """The mandate period ``day`` falls in, by the council's term or by the board's."""
    year = day.year - (day.year - FIRST_SUPPORTED_ELECTION_YEAR) % 4
    period = MandatePeriod(year) if year >= FIRST_SUPPORTED_ELECTION_YEAR else None
    if period is None or day < period.term_start(basis):
        period = MandatePeriod(year - 4)
    if period.election_year < FIRST_SUPPORTED_ELECTION_YEAR:
        raise ValueError(f"{day} is before the first supported mandate period")
    return period


def periods_between(
    first: dt.date, last: dt.date, basis: TermBasis = TermBasis.COUNCIL
) -> tuple[MandatePeriod, ...]:
    """The mandate periods from the one holding ``first`` to the one holding ``last``, by the
    council's term or by the board's (``basis``).

    Days outside the supported calendar (before the 1994 period, or too late for its end date
    to exist) are no error: the periods are simply cut to the supported ones.
    """

    def election_year(day: dt.date) -> int:
        year = day.year - (day.year - FIRST_SUPPORTED_ELECTION_YEAR) % 4
        if year >= FIRST_SUPPORTED_ELECTION_YEAR and day < MandatePeriod(year).term_start(basis):
            year -= 4  # before the new term starts: still the previous period
        return year

    low = max(election_year(first), FIRST_SUPPORTED_ELECTION_YEAR)
    high = min(election_year(last), LAST_SUPPORTED_ELECTION_YEAR)
    return tuple(MandatePeriod(year) for year in range(low, high + 1, 4))


def default_review_date(day: dt.date) -> dt.date:
    """Default "revideras senast" for a document adopted on ``day``: the next period's start."""
    return mandate_period(day).next().start


# --- where in the period are we ------------------------------------------------------------


class CalendarMoment(StrEnum):
    """What the calendar asks of a pair on a given day."""

    ORDINARY = "ordinary"
    ELECTION_AHEAD = "election-ahead"  # the last months before election day
    ELECTION_HELD = "election-held"  # election day up to the day before the council starts
    COUNCIL_STARTED = "council-started"  # the new council sits; the board has not started
    TERM_STARTED = "term-started"  # the pair's new term began a few months ago
    MIDPOINT = "midpoint"  # around the middle of the pair's term


@record
class CalendarNotice(Record):
    """Where in the mandate period ``today`` is for a pair working to ``basis``, and what to do.

    ``period`` is the period whose term runs on ``today`` (by ``basis``), except from election
    day on, when it is the period the election starts (``2026`` from 2026-09-13).
    """

    today: dt.date
    basis: TermBasis
    moment: CalendarMoment
    period: MandatePeriod
    election_day: dt.date  # the election this notice is about: the coming or the last one
    month: int  # 1..48 of the pair's term; 0 between election day and the start of the term

    @property
    def council_start(self) -> dt.date:
        return self.period.start

    @property
    def board_start(self) -> dt.date:
        return self.period.board_start

    @property
    def term_start(self) -> dt.date:
        return self.period.term_start(self.basis)

    @property
    def next_election(self) -> dt.date:
        return self.period.next().election_day

    @property
    def prompt_establishment(self) -> bool:
        """The election brings a new term: a start conversation and a new draft are due."""
        return self.moment in (
            CalendarMoment.ELECTION_HELD,
            CalendarMoment.COUNCIL_STARTED,
            CalendarMoment.TERM_STARTED,
        )

    @property
    def prompt_midpoint(self) -> bool:
        return self.moment is CalendarMoment.MIDPOINT

    @property
    def board_not_yet_started(self) -> bool:
        """Between election day and 31 December: the new board takes office on 1 January."""
        return self.moment in (CalendarMoment.ELECTION_HELD, CalendarMoment.COUNCIL_STARTED)


def calendar_notice(today: dt.date, basis: TermBasis = TermBasis.BOARD) -> CalendarNotice | None:
    """The notice for ``today``; ``None`` before the first supported period."""
    try:
        period = mandate_period(today, basis)
    except ValueError:
        return None
    upcoming = period.next()
    if today >= upcoming.election_day:
        # Election day up to the start of the new term (for the board: up to 31 December).
        moment = (
            CalendarMoment.ELECTION_HELD
            if today < upcoming.start
            else CalendarMoment.COUNCIL_STARTED
        )
        return CalendarNotice(today, basis, moment, upcoming, upcoming.election_day, 0)
    month = period.month(today, basis)
    if today >= upcoming.election_day - ELECTION_AHEAD:
        moment = CalendarMoment.ELECTION_AHEAD
        election = upcoming.election_day
    elif today < period.term_start(basis) + AFTER_BOARD_START:
        moment = CalendarMoment.TERM_STARTED
        election = period.election_day
    elif abs(today - period.midpoint_of(basis)) <= MIDPOINT_WINDOW:
        moment = CalendarMoment.MIDPOINT
        election = upcoming.election_day
    else:
        moment = CalendarMoment.ORDINARY
        election = upcoming.election_day
    return CalendarNotice(today, basis, moment, period, election, month)
