"""Following the relationship over the years: commitments kept, the health trend, where in the
mandate period we are. (The grey-zone log is :mod:`services.greyzone`.)"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable

from samspel_desktop.domain import labels
from samspel_desktop.domain.calendar import (
    CalendarMoment,
    CalendarNotice,
    MandatePeriod,
    TermBasis,
    calendar_notice,
    mandate_period,
    periods_between,
)
from samspel_desktop.domain.errors import NotFoundError
from samspel_desktop.domain.model import (
    Commitment,
    CommitmentStatus,
    Pair,
    RatingPoint,
    Side,
)
from samspel_desktop.domain.record import Record, record
from samspel_desktop.storage.history import HistoryRepository
from samspel_desktop.storage.pairs import PairRepository

RATINGS_GUIDE = "skr-forhallningssatt"
#: The attitudes rated in the ratings guide, in the guide's order (labels: ``labels.ATTITUDES``).
ATTITUDES: tuple[str, ...] = tuple(labels.ATTITUDES)


@record
class CommitmentRow(Record):
    commitment: Commitment
    made_on: dt.date | None
    closed_on: dt.date | None
    overdue: bool
    kept_on_time: bool | None  # None while open (or without a due date)


@record
class PeriodKeeping(Record):
    """Tillförlitlighet made concrete: commitments due in one mandate period and how they went."""

    period: MandatePeriod
    due: int
    kept_on_time: int
    kept_late: int
    dropped: int
    still_open: int

    @property
    def share_kept_on_time(self) -> float | None:
        closed = self.due - self.still_open
        return self.kept_on_time / closed if closed else None


@record
class HealthTrend(Record):
    points: tuple[RatingPoint, ...]
    periods: tuple[MandatePeriod, ...]
    person_changes: tuple[tuple[dt.date, str], ...]  # (date, who came in)
    #: Whose term the pair works to: the periods' lines start and halve that term.
    basis: TermBasis = TermBasis.COUNCIL

    def series(self, attitude: str, side: Side) -> list[tuple[dt.date, int]]:
        return [(p.day, p.value) for p in self.points if p.attitude == attitude and p.side is side]


@record
class PeriodNotice(Record):
    """Where in the mandate period we are, and what to do about it (for one pair, or none)."""

    calendar: CalendarNotice | None
    text: str  # in Swedish, for the command line and reports; the GUI words its own (tr)
    #: A person in the pair changed less than half a year ago (the pair has a predecessor).
    new_in_pair: bool = False

    @property
    def period(self) -> MandatePeriod | None:
        return self.calendar.period if self.calendar else None

    @property
    def moment(self) -> CalendarMoment | None:
        return self.calendar.moment if self.calendar else None

    @property
    def prompt_establishment(self) -> bool:
        return self.new_in_pair or (
            self.calendar is not None and self.calendar.prompt_establishment
        )

    @property
    def prompt_midpoint(self) -> bool:
        return self.calendar is not None and self.calendar.prompt_midpoint

    @property
    def board_not_yet_started(self) -> bool:
        return self.calendar is not None and self.calendar.board_not_yet_started

    @property
    def month(self) -> int:
        """1..48 within the pair's term; 0 from election day until the new term starts."""
        return self.calendar.month if self.calendar else 0

    @property
    def after_election(self) -> bool:
        return self.calendar is not None and self.calendar.prompt_establishment


class HistoryService:
    def __init__(self, pairs: PairRepository, history: HistoryRepository) -> None:
        self._pairs = pairs
        self._history = history

    # --- commitments -------------------------------------------------------------------

    def commitments(self, pair_id: int, today: dt.date) -> list[CommitmentRow]:
        rows = []
        for commitment, made_on, closed_on in self._history.commitments(
            self._history.lineage(pair_id)
        ):
            kept: bool | None = None
            if commitment.status is CommitmentStatus.DONE and commitment.due_date is not None:
                kept = closed_on is not None and closed_on <= commitment.due_date
            elif commitment.status is CommitmentStatus.DROPPED:
                kept = False
            rows.append(
                CommitmentRow(commitment, made_on, closed_on, commitment.is_overdue(today), kept)
            )
        return rows

    def keeping_per_period(self, pair_id: int, today: dt.date) -> list[PeriodKeeping]:
        """Commitments kept on time per mandate period, by the pair's term (the board's term
        from 1 January for a KSO and a KD; a nämnd pair's as fullmäktige set it)."""
        basis = self._pairs.get(pair_id).term
        counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in self.commitments(pair_id, today):
            due = row.commitment.due_date
            if due is None:
                continue
            try:
                period = mandate_period(due, basis)
            except ValueError:
                continue
            bucket = counts[period.election_year]
            bucket["due"] += 1
            status = row.commitment.status
            if status is CommitmentStatus.OPEN:
                bucket["open"] += 1
            elif status is CommitmentStatus.DROPPED:
                bucket["dropped"] += 1
            elif row.kept_on_time:
                bucket["on_time"] += 1
            else:
                bucket["late"] += 1
        return [
            PeriodKeeping(
                MandatePeriod(year), c["due"], c["on_time"], c["late"], c["dropped"], c["open"]
            )
            for year, c in sorted(counts.items())
        ]

    # --- health ------------------------------------------------------------------------

    def health(self, pair_id: int) -> HealthTrend:
        lineage = self._history.lineage(pair_id)
        points = tuple(self._history.rating_points(lineage, RATINGS_GUIDE))
        pairs = []
        for pair_id_in_line in lineage:
            try:
                pairs.append(self._pairs.get(pair_id_in_line))
            except NotFoundError:
                continue  # a predecessor in the trash: its change of person is not shown
        changes = []
        for before, after in itertools.pairwise(pairs):
            who = [
                p.name
                for p, q in (
                    (after.political, before.political),
                    (after.executive, before.executive),
                )
                if p.name != q.name
            ]
            changes.append((after.start_date, ", ".join(who) or after.display_name))
        basis = next((p.term for p in pairs if p.id == pair_id), TermBasis.BOARD)
        periods: tuple[MandatePeriod, ...] = ()
        if points:
            periods = periods_between(points[0].day, points[-1].day, basis)
        return HealthTrend(points, periods, tuple(changes), basis)

    # --- mandate periods ---------------------------------------------------------------

    @staticmethod
    def period_notice(today: dt.date, pair: Pair | None = None) -> PeriodNotice:
        """The calendar's notice for ``today``, by ``pair``'s term (the board's without one)."""
        basis = pair.term if pair is not None else TermBasis.BOARD
        notice = calendar_notice(today, basis)
        starts_new = (
            pair is not None
            and pair.predecessor_id is not None
            and 0 <= (today - pair.start_date).days <= 180
        )
        return PeriodNotice(notice, labels.notice_text(notice), new_in_pair=starts_new)


def period_notice_text(notice: PeriodNotice, translate: Callable[[str], str] = str) -> str:
    """Where in the mandate period we are and what that asks of the pair: Swedish, or as
    ``translate`` gives each sentence (the GUI's language)."""
    return labels.notice_text(notice.calendar, translate)
