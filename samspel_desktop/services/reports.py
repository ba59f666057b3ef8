"""Reports to Word over the years: a follow-up report for a period, and a handover pack.

The health chart is drawn by the GUI layer (Qt) and passed in as PNG bytes, so this module
stays Qt-free.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samspel_desktop.domain.calendar import MandatePeriod, TermBasis, mandate_period
from samspel_desktop.domain.model import AgreementVersion, CommitmentStatus, Pair
from samspel_desktop.services.agreements import AgreementService
from samspel_desktop.services.documents.naming import default_file_name
from samspel_desktop.services.documents.writer import DocumentWriter, WordExport, unbroken_day
from samspel_desktop.services.history import HistoryService
from samspel_desktop.storage.pairs import PairRepository

GREYZONE_LABELS = {
    "oklart": "Oklart ännu",
    "vad": "Vad – politikens fråga",
    "hur": "Hur – förvaltningens fråga",
    "gemensam": "Gemensam fråga",
}
SIDE_LABELS = {"political": "Politiken", "executive": "Förvaltningen", "both": "Båda"}


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else "–"


class ReportService:
    def __init__(
        self, pairs: PairRepository, history: HistoryService, agreements: AgreementService
    ) -> None:
        self._pairs = pairs
        self._history = history
        self._agreements = agreements

    def default_period(self, today: dt.date, pair_id: int | None = None) -> MandatePeriod:
        """The period ``today`` falls in, by the pair's term (the board's without a pair)."""
        basis = self._pairs.get(pair_id).term if pair_id is not None else TermBasis.BOARD
        return mandate_period(today, basis)

    def file_name(self, pair_id: int, document: str, today: dt.date) -> str:
        return default_file_name(self._pairs.get(pair_id).organisation.name, document, today)

    # --- shared parts ------------------------------------------------------------------

    def _start(self, doc: DocumentWriter, pair: Pair, title: str, subtitle: str) -> None:
        doc.properties(
            title=title, author=pair.organisation.name, subject=title, status="Arbetsmaterial"
        )
        doc.page_furniture(pair.organisation.name, title)
        doc.paragraph(title, "Title", marks=False)
        doc.paragraph(subtitle, "Subtitle", marks=False)

    def _health(self, doc: DocumentWriter, chart_png: bytes | None) -> None:
        # The heading, its explanation and the chart stay on one page.
        doc.heading("Förhållningssätten över tid", 1)
        explanation = doc.paragraph(
            "De fem förhållningssätten som bygger samarbete och förtroende (SKR): transparens, "
            "lyssnande, tydlighet, tillförlitlighet och positiv återkoppling, skattade 1–5 av "
            "var och en i samtalen. Heldragen linje: politiken; streckad: förvaltningen.",
            marks=False,
        )
        if chart_png:
            explanation.paragraph_format.keep_with_next = True
            doc.picture(
                chart_png,
                "Diagram: skattningarna 1–5 av transparens, lyssnande, tydlighet, "
                "tillförlitlighet och positiv återkoppling över tid, politikens och "
                "förvaltningens var för sig.",
            )
        else:
            doc.paragraph("Inga skattningar ännu.", marks=False)

    def _keeping(
        self, doc: DocumentWriter, pair_id: int, today: dt.date, period: MandatePeriod | None
    ) -> None:
        keeping = [
            k
            for k in self._history.keeping_per_period(pair_id, today)
            if period is None or k.period == period
        ]
        doc.heading("Hölls åtagandena?", 2)
        if not keeping:
            doc.paragraph("Inga åtaganden med datum under perioden.", marks=False)
            return
        rows = [("Mandatperiod", "Med datum", "I tid", "Senare", "Strukna", "Öppna", "Andel i tid")]
        # (Counted by the pair's term: a KSO and a KD from 1 January after the election.)
        for k in keeping:
            share = k.share_kept_on_time
            rows.append(
                (
                    k.period.label,
                    str(k.due),
                    str(k.kept_on_time),
                    str(k.kept_late),
                    str(k.dropped),
                    str(k.still_open),
                    f"{round(share * 100)} %" if share is not None else "–",
                )
            )
        doc.table(rows, (3, 2, 2, 2, 2, 2, 2), header=True)

    def _commitments(
        self,
        doc: DocumentWriter,
        pair: Pair,
        today: dt.date,
        *,
        period: MandatePeriod | None,
        only_open: bool,
    ) -> None:
        rows = []
        for row in self._history.commitments(pair.id, today):
            c = row.commitment
            if only_open and c.status is not CommitmentStatus.OPEN:
                continue
            made = row.made_on
            # In the period: made in it or due in it (what "Hölls åtagandena?" counts), by the
            # pair's term, so the list never contradicts the table above it.
            if period is not None and not only_open:
                days = [d for d in (made, c.due_date) if d is not None]
                if not any(period.contains(d, pair.term) for d in days):
                    continue
            status = {"open": "Öppet", "done": "Klart", "dropped": "Struket"}[c.status.value]
            if row.overdue:
                status += ", försenat"
            if c.status_note:
                status += f" ({c.status_note})"
            rows.append(
                (
                    c.what,
                    c.owner_name or SIDE_LABELS[c.owner_side.value],
                    _d(made),
                    _d(c.due_date),
                    status,
                )
            )
        heading = "Öppna åtaganden" if only_open else "Åtaganden under perioden"
        doc.heading(heading, 2)
        if rows:
            doc.table(
                [("Åtagande", "Vem", "Från samtalet", "Klart senast", "Status"), *rows],
                (6, 3, 3, 3, 3),
                header=True,
            )
        elif only_open:
            doc.paragraph("Inga åtaganden är öppna.", marks=False)
        else:
            doc.paragraph("Inga åtaganden gjordes eller skulle vara klara under perioden.")

    def _greyzone(self, doc: DocumentWriter, pair: Pair, period: MandatePeriod | None) -> None:
        doc.heading("Gråzonen – frågor där det var oklart vem som har ansvaret", 1)
        entries = [
            e
            for e in self._history.greyzone(pair.id)
            if period is None or period.contains(e.raised_on, pair.term)
        ]
        if not entries:
            doc.paragraph("Inga frågor antecknade.", marks=False)
            return
        rows = [
            (
                _d(e.raised_on),
                e.question,
                GREYZONE_LABELS[e.classification.value],
                e.decided_by or "–",
                e.learned or "–",
            )
            for e in entries
        ]
        doc.table(
            [("Datum", "Fråga", "Vems fråga", "Avgjordes av", "Lärdom"), *rows],
            (2, 5, 3, 2, 5),
            header=True,
        )

    def _agreement_state(self, doc: DocumentWriter, version: AgreementVersion | None) -> None:
        doc.heading("Överenskommelsen", 1)
        if version is None:
            doc.paragraph("Paret har ingen överenskommelse ännu.", marks=False)
            return
        doc.table(
            [
                ("Gällande version", f"{version.number} – {version.title}"),
                ("Status", version.status.label),
                ("Antagen", _d(version.adopted_on)),
                ("Revideras senast", _d(version.metadata.review_by)),
            ],
            (2, 5),
            label_column=True,
        )

    # --- documents ---------------------------------------------------------------------

    def follow_up_report(
        self,
        pair_id: int,
        path: Path,
        *,
        chart_png: bytes | None,
        period: MandatePeriod | None = None,
        today: dt.date | None = None,
    ) -> WordExport:
        """Health chart, commitments kept and open, the grey-zone log, the agreement's state."""
        today = today or dt.date.today()
        pair = self._pairs.get(pair_id)
        period = period or mandate_period(today, pair.term)
        doc = DocumentWriter(None)
        self._start(
            doc,
            pair,
            "Uppföljning av samspelet",
            f"{pair.display_name} · mandatperioden {period.label} · {unbroken_day(today)}",
        )
        self._health(doc, chart_png)
        doc.heading("Åtaganden", 1)
        self._keeping(doc, pair_id, today, period)
        self._commitments(doc, pair, today, period=period, only_open=False)
        self._commitments(doc, pair, today, period=None, only_open=True)
        self._greyzone(doc, pair, period)
        self._agreement_state(doc, self._agreements.current(pair_id))
        return doc.result(path)

    def handover_pack(
        self, pair_id: int, path: Path, *, chart_png: bytes | None, today: dt.date | None = None
    ) -> WordExport:
        """For a successor: the agreement, open commitments, the grey-zone log and the trend."""
        today = today or dt.date.today()
        pair = self._pairs.get(pair_id)
        doc = DocumentWriter(None)
        self._start(
            doc,
            pair,
            "Överlämning",
            f"{pair.display_name} · {pair.organisation.name} · {unbroken_day(today)}",
        )
        doc.paragraph(
            "Det här materialet sammanfattar samspelet för den som tar över: den gällande "
            "överenskommelsen, åtaganden som fortfarande är öppna, gråzonens frågor där det var "
            "oklart vem som har ansvaret och hur förhållningssätten har utvecklats.",
            marks=False,
        )
        versions = self._agreements.versions(pair_id)
        adopted = [v for v in versions if v.is_adopted]
        current = adopted[-1] if adopted else (versions[-1] if versions else None)
        self._agreement_state(doc, current)
        if current is not None:
            for number, section in enumerate(current.sections, start=1):
                doc.heading(f"{number}. {section.title}", 2)
                for block in section.blocks:
                    doc.block(block)
        doc.heading("Åtaganden", 1)
        self._commitments(doc, pair, today, period=None, only_open=True)
        self._keeping(doc, pair_id, today, None)
        self._greyzone(doc, pair, None)
        self._health(doc, chart_png)
        return doc.result(path)
