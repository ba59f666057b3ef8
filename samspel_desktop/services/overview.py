"""What a returning pair needs at a glance on the start page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samspel_desktop.domain.calendar import MandatePeriod, mandate_period
from samspel_desktop.domain.model import AgreementStatus, Pair
from samspel_desktop.storage.pairs import PairRepository

#: A review date this close counts as due, so the pair has time to prepare.
REVIEW_WARNING = dt.timedelta(days=90)


@dataclass(frozen=True)
class PairOverview:
    pair: Pair
    is_demo: bool
    conversations: int
    last_conversation: dt.date | None
    next_conversation: dt.date | None
    open_commitments: int
    overdue_commitments: int
    agreement_status: AgreementStatus | None
    agreement_number: int | None
    review_by: dt.date | None
    review_due: bool
    period: MandatePeriod | None


def pair_overviews(repository: PairRepository, today: dt.date) -> list[PairOverview]:
    """The pairs for the start page: the active ones first, then the ended, newest ended first.

    An ended pair's agreement has passed to its successor: it is never due for review here.
    """
    stats = repository.stats(today)
    demo_orgs = {o.id for o in repository.organisations() if repository.is_demo(o.id)}
    out = []
    for pair in repository.all():
        entry = stats.get(pair.id, {})
        review_by = entry.get("review_by")
        status = entry.get("agreement_status")
        try:
            period: MandatePeriod | None = mandate_period(today)
        except ValueError:
            period = None
        out.append(
            PairOverview(
                pair=pair,
                is_demo=pair.organisation.id in demo_orgs,
                conversations=entry.get("conversations", 0),
                last_conversation=entry.get("last"),
                next_conversation=entry.get("next"),
                open_commitments=entry.get("open", 0),
                overdue_commitments=entry.get("overdue", 0) or 0,
                agreement_status=status,
                agreement_number=entry.get("agreement_number"),
                review_by=review_by,
                review_due=status is AgreementStatus.ADOPTED
                and pair.end_date is None
                and review_by is not None
                and review_by - today <= REVIEW_WARNING,
                period=period,
            )
        )
    # Stable (also reversed): the active keep the repository's order (organisation, start).
    out.sort(key=lambda o: o.pair.end_date or dt.date.max, reverse=True)
    return out
