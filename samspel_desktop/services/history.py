"""Following the relationship over the years: commitments kept, the health trend, where in the
mandate period we are. (The grey-zone log is :mod:`services.greyzone`.)"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from samspel_desktop.domain import labels
from samspel_desktop.domain.calendar import MandatePeriod, mandate_period, periods_between
from samspel_desktop.domain.errors import NotFoundError
from samspel_desktop.domain.model import (
    Commitment,
    CommitmentStatus,
    Pair,
    RatingPoint,
    Side,
)
from samspel_desktop.storage.history import HistoryRepository
from samspel_desktop.storage.pairs import PairRepository

RATINGS_GUIDE = "skr-forhallningssatt"
#: The attitudes rated in the ratings guide, in the guide's order (labels: ``labels.ATTITUDES``).
ATTITUDES: tuple[str, ...] = tuple(labels.ATTITUDES)


@dataclass(frozen=True)
class CommitmentRow:
    commitment: Commitment
    made_on: dt.date | None
    closed_on: dt.date | None
    overdue: bool
    kept_on_time: bool | None  # None while open (or without a due date)


@dataclass(frozen=True)
class PeriodKeeping:
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


@dataclass(frozen=True)
class HealthTrend:
    points: tuple[RatingPoint, ...]
    periods: tuple[MandatePeriod, ...]
    person_changes: tuple[tuple[dt.date, str], ...]  # (date, who came in)

    def series(self, attitude: str, side: Side) -> list[tuple[dt.date, int]]:
        return [(p.day, p.value) for p in self.points if p.attitude == attitude and p.side is side]


@dataclass(frozen=True)
class PeriodNotice:
    """Where in the mandate period we are, and what to do about it."""

    period: MandatePeriod | None
    text: str  # in Swedish: period_notice_text(notice); the GUI asks for it translated
    prompt_establishment: bool
    prompt_midpoint: bool
    board_not_yet_started: bool = False
    month: int = 0  # 1..48 within the period
    after_election: bool = False
    #: A person in the pair changed less than half a year ago (the pair has a predecessor).
    new_in_pair: bool = False


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
        counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for row in self.commitments(pair_id, today):
            due = row.commitment.due_date
            if due is None:
                continue
            try:
                period = mandate_period(due)
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
        periods: tuple[MandatePeriod, ...] = ()
        if points:
            periods = periods_between(points[0].day, points[-1].day)
        return HealthTrend(points, periods, tuple(changes))

    # --- mandate periods ---------------------------------------------------------------

    @staticmethod
    def period_notice(today: dt.date, pair: Pair | None = None) -> PeriodNotice:
        try:
            period = mandate_period(today)
        except ValueError:
            return PeriodNotice(None, "", False, False)
        board_start = period.board_start
        after_election = (
            period.start - dt.timedelta(days=40) <= today < board_start + dt.timedelta(days=120)
        )
        near_mid = abs((today - period.midpoint).days) <= 60
        starts_new = (
            pair is not None
            and pair.predecessor_id is not None
            and (today - pair.start_date).days <= 180
        )
        notice = PeriodNotice(
            period,
            "",
            after_election or starts_new,
            near_mid,
            board_not_yet_started=today < board_start,
            month=(today.year - period.start.year) * 12 + today.month - period.start.month + 1,
            after_election=after_election,
            new_in_pair=starts_new,
        )
        return dataclasses.replace(notice, text=period_notice_text(notice))


def period_notice_text(notice: PeriodNotice, translate: Callable[[str], str] = str) -> str:
    """Where in the mandate period we are and what that asks of the pair: Swedish, or as
    ``translate`` gives each sentence (the GUI's language)."""
    period = notice.period
    if period is None:
        return ""
    if notice.board_not_yet_started:
        text = labels.fill(
            translate(labels.PERIOD_BEFORE_BOARD), period.label, period.board_start.isoformat()
        )
    else:
        text = labels.fill(
            translate(labels.PERIOD_MONTH),
            period.label,
            str(notice.month),
            period.next().election_day.isoformat(),
        )
    if notice.after_election:
        text += " " + translate(labels.PERIOD_AFTER_ELECTION)
    elif notice.prompt_midpoint:
        text += " " + labels.fill(translate(labels.PERIOD_MIDPOINT), period.midpoint.isoformat())
    return text
