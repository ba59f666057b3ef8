"""The start page's list of pairs: the pairs at work first, history after."""

from __future__ import annotations

import datetime as dt

from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


def test_active_pairs_come_first_then_the_most_recently_ended(
    services: Samspel, make_pair: MakePair
) -> None:
    def pair(name: str, start: dt.date, predecessor: int | None = None) -> int:
        return make_pair(
            services,
            organisation="Ekåsa kommun",
            political=name,
            start_date=start,
            predecessor_id=predecessor,
        ).id

    first = pair("Anna Berg", dt.date(2007, 1, 1))
    second = pair("Björn Dahl", dt.date(2011, 1, 1), first)
    third = pair("Cecilia Ek", dt.date(2015, 1, 1), second)
    other = make_pair(services, organisation="Alingsås kommun", political="Dan", executive="Eva").id
    services.pairs.end(first, dt.date(2010, 12, 31))
    services.pairs.end(second, dt.date(2014, 12, 31))
    order = [o.pair.id for o in services.pairs.overviews(dt.date(2026, 11, 22))]
    assert order == [other, third, second, first]


def test_an_ended_pair_is_never_due_for_review(services: Samspel, make_pair: MakePair) -> None:
    pair = make_pair(services, organisation="Ekåsa kommun", start_date=dt.date(2007, 1, 1))
    version = services.agreements.start_draft(pair, today=dt.date(2007, 2, 1))
    services.agreements.adopt(version.id, dt.date(2007, 3, 1))
    services.pairs.end(pair.id, dt.date(2010, 12, 31))
    (overview,) = services.pairs.overviews(dt.date(2026, 11, 22))
    assert overview.review_by is not None and overview.review_by < dt.date(2026, 1, 1)
    assert not overview.review_due
