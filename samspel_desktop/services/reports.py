"""Reports to Word over the years: a follow-up report for a period, and a handover pack.

The health chart is drawn by a renderer the composition root passes in (``charts.health_png``,
Qt's painter), so this module stays Qt-free and the command line and the window draw the same
chart the same way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.calendar import MandatePeriod, TermBasis, mandate_period
from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.progress import Progress
from samspel_desktop.services.agreements import AgreementService
from samspel_desktop.services.documents.naming import default_file_name
from samspel_desktop.services.greyzone import GreyZoneService
from samspel_desktop.services.history import HealthTrend, HistoryService
from samspel_desktop.storage.pairs import PairRepository

if TYPE_CHECKING:
    # python-docx is imported when a report is written, not when the app starts.
    from samspel_desktop.services.documents.reports import ReportContent
    from samspel_desktop.services.documents.writer import WordExport

#: Draws the health trend as PNG bytes (for Word).
ChartRenderer = Callable[[HealthTrend], bytes]


class ReportService:
    def __init__(
        self,
        pairs: PairRepository,
        history: HistoryService,
        greyzone: GreyZoneService,
        agreements: AgreementService,
        chart_renderer: ChartRenderer | None,
    ) -> None:
        self._pairs = pairs
        self._history = history
        self._greyzone = greyzone
        self._agreements = agreements
        self._render_chart = chart_renderer

    def default_period(self, today: dt.date, pair_id: int | None = None) -> MandatePeriod:
        """The period ``today`` falls in, by the pair's term (the board's without a pair)."""
        basis = self._pairs.get(pair_id).term if pair_id is not None else TermBasis.BOARD
        return mandate_period(today, basis)

    @staticmethod
    def period(election_year: int) -> MandatePeriod:
        """The mandate period that begins with the election in ``election_year``."""
        from samspel_desktop.domain.calendar import is_election_year

        if not is_election_year(election_year):
            raise ValidationError(
                f"{election_year} är inget valår; ange mandatperiodens valår, t.ex. 2022."
            )
        return MandatePeriod(election_year)

    def file_name(self, pair_id: int, document: str, today: dt.date) -> str:
        return default_file_name(self._pairs.get(pair_id).organisation.name, document, today)

    def _content(
        self, pair_id: int, today: dt.date, *, adopted_first: bool = False
    ) -> ReportContent:
        from samspel_desktop.services.documents.reports import ReportContent

        pair = self._pairs.get(pair_id)
        trend = self._history.health(pair_id)
        versions = self._agreements.versions(pair_id)
        adopted = [v for v in versions if v.is_adopted] if adopted_first else []
        return ReportContent(
            pair=pair,
            today=today,
            chart_png=self._render_chart(trend) if self._render_chart is not None else None,
            keeping=self._history.keeping_per_period(pair_id, today),
            commitments=self._history.commitments(pair_id, today),
            greyzone=self._greyzone.entries(pair_id),
            agreement=(adopted or versions)[-1] if versions else None,
        )

    def follow_up_report(
        self,
        pair_id: int,
        path: Path,
        *,
        period: MandatePeriod | None = None,
        today: dt.date | None = None,
        progress: Progress | None = None,
    ) -> WordExport:
        """Health chart, commitments kept and open, the grey-zone log, the agreement's state.

        ``progress`` hears of each part written; raising from it stops and leaves no file."""
        from samspel_desktop.services.documents.reports import write_follow_up_report

        today = today or dt.date.today()
        content = self._content(pair_id, today)
        period = period or mandate_period(today, content.pair.term)
        return write_follow_up_report(content, period, path, progress=progress)

    def handover_pack(
        self,
        pair_id: int,
        path: Path,
        *,
        today: dt.date | None = None,
        progress: Progress | None = None,
    ) -> WordExport:
        """For a successor: the agreement, open commitments, the grey-zone log and the trend.

        ``progress`` hears of each part written; raising from it stops and leaves no file."""
        from samspel_desktop.services.documents.reports import write_handover_pack

        content = self._content(pair_id, today or dt.date.today(), adopted_first=True)
        return write_handover_pack(content, path, progress=progress)
