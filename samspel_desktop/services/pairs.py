"""Pairs: adding and correcting a samspelspar, the start page's overview, the demo organisation."""

from __future__ import annotations

import datetime as dt

from samspel_desktop.domain.calendar import MandatePeriod, TermBasis, mandate_period
from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.labels import default_titles
from samspel_desktop.domain.model import (
    AgreementStatus,
    OrganisationKind,
    Pair,
    PairDetails,
    PairKind,
    Phase,
)
from samspel_desktop.domain.record import Record, record
from samspel_desktop.domain.text import clean_line
from samspel_desktop.storage.pairs import PairRepository

#: A review date this close counts as due, so the pair has time to prepare.
REVIEW_WARNING = dt.timedelta(days=90)


@record
class PairOverview(Record):
    """What a returning pair needs at a glance on the start page."""

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


def _details(
    kind: PairKind,
    people: tuple[str, str, str, str],
    start_date: dt.date,
    phase: Phase,
    *,
    body: str = "",
    term: TermBasis = TermBasis.BOARD,
) -> PairDetails:
    """The pair as stored: (political, title, executive, title) cleaned, as (name, title)s, and
    the body it leads (a nämndordförande–förvaltningschef pair must name its nämnd)."""
    political, political_title, executive, executive_title = people
    name = clean_line(body, field="nämnd", required=False)
    if kind is PairKind.COMMITTEE and not name:
        raise ValidationError("Ange vilken nämnd paret leder, till exempel Socialnämnden.")
    return PairDetails(
        kind=kind,
        political=(
            clean_line(political, field="namn (politiken)"),
            clean_line(political_title, field="titel (politiken)"),
        ),
        executive=(
            clean_line(executive, field="namn (förvaltningen)"),
            clean_line(executive_title, field="titel (förvaltningen)"),
        ),
        start_date=start_date,
        phase=phase,
        body=name,
        term=term,
    )


class PairService:
    def __init__(self, pairs: PairRepository) -> None:
        self._pairs = pairs

    def all(self) -> list[Pair]:
        return self._pairs.all()

    def get(self, pair_id: int) -> Pair:
        return self._pairs.get(pair_id)

    def add(
        self,
        *,
        organisation: str,
        political: str,
        political_title: str = "",
        executive: str,
        executive_title: str = "",
        kind: PairKind = PairKind.KSO_KD,
        organisation_kind: OrganisationKind | None = None,
        start_date: dt.date | None = None,
        phase: Phase = Phase.BUILDING,
        predecessor_id: int | None = None,
        demo: bool = False,
        body: str = "",
        term: TermBasis = TermBasis.BOARD,
    ) -> Pair:
        """Add a pair; the organisation is reused by name or created (marked demo if ``demo``).

        Empty titles take the kind's usual ones ("Kommunstyrelsens ordförande" and so on).
        ``body`` is the nämnd the pair leads (required for a nämndordförande and a
        förvaltningschef; empty means the organisation's styrelse); ``term`` whose term it
        works to.
        """
        org_name = clean_line(organisation, field="organisationens namn")
        default_political, default_executive = default_titles(kind)
        people = (
            political,
            political_title or default_political,
            executive,
            executive_title or default_executive,
        )
        # Everything is checked before anything is stored (no organisation without its pair).
        details = _details(kind, people, start_date or dt.date.today(), phase, body=body, term=term)
        if predecessor_id is not None:
            self._pairs.get(predecessor_id)
        org = self._pairs.find_organisation(org_name)
        if org is None:
            if organisation_kind is None:
                organisation_kind = (
                    OrganisationKind.REGION
                    if kind is PairKind.REGION or org_name.lower().startswith("region")
                    else OrganisationKind.KOMMUN
                )
            org = self._pairs.add_organisation(org_name, organisation_kind, is_demo=demo)
        return self._pairs.add_pair(org, details, predecessor_id)

    def update(
        self,
        pair_id: int,
        *,
        organisation: str,
        organisation_kind: OrganisationKind,
        kind: PairKind,
        political: str,
        political_title: str,
        executive: str,
        executive_title: str,
        start_date: dt.date,
        phase: Phase,
        body: str | None = None,
        term: TermBasis | None = None,
    ) -> Pair:
        """Correct a pair's details and its organisation's name (a new person is a new pair).

        ``body`` and ``term`` stay as they are when not given.
        """
        pair = self._pairs.get(pair_id)
        details = _details(
            kind,
            (political, political_title, executive, executive_title),
            start_date,
            phase,
            body=pair.body if body is None else body,
            term=pair.term if term is None else term,
        )
        self._pairs.rename_organisation(
            pair.organisation.id,
            clean_line(organisation, field="organisationens namn"),
            organisation_kind,
        )
        return self._pairs.update_pair(pair_id, details)

    def set_phase(self, pair_id: int, phase: Phase) -> None:
        self._pairs.set_phase(pair_id, phase)

    def end(self, pair_id: int, end_date: dt.date) -> None:
        """The pair ended (someone left); its history stays and passes to a successor."""
        self._pairs.end(pair_id, end_date)

    # --- the start page --------------------------------------------------------------------

    def overviews(self, today: dt.date) -> list[PairOverview]:
        """The pairs for the start page: the active ones first, then the ended, newest first.

        An ended pair's agreement has passed to its successor: it is never due for review here.
        """
        stats = self._pairs.stats(today)
        demo_orgs = {o.id for o in self._pairs.organisations() if self._pairs.is_demo(o.id)}
        try:
            period: MandatePeriod | None = mandate_period(today)
        except ValueError:
            period = None
        out = []
        for pair in self._pairs.all():
            entry = stats.get(pair.id, {})
            review_by = entry.get("review_by")
            status = entry.get("agreement_status")
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

    # --- the demo organisation -------------------------------------------------------------

    def has_demo(self) -> bool:
        return self._pairs.has_demo()

    def remove_demo(self) -> None:
        """Delete the demo organisation and everything under it, for good (not user data)."""
        self._pairs.remove_demo()
