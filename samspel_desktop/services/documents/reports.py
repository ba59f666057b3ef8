"""Reports over the years in Word: the follow-up report for a mandate period, and the handover
pack for a successor. They are written from :class:`ReportContent`, gathered by
``services.reports.ReportService``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from samspel_desktop.domain.calendar import MandatePeriod
from samspel_desktop.domain.labels import label
from samspel_desktop.domain.model import AgreementVersion, CommitmentStatus, GreyZoneEntry, Pair
from samspel_desktop.domain.progress import Progress
from samspel_desktop.services.documents.tables import Table
from samspel_desktop.services.documents.writer import (
    DocumentWriter,
    WordExport,
    day_text,
    unbroken_day,
)
from samspel_desktop.services.history import CommitmentRow, PeriodKeeping


@dataclass(frozen=True)
class ReportContent:
    """What a report says about one pair (and its predecessors), as of ``today``."""

    pair: Pair
    today: dt.date
    chart_png: bytes | None  # the health chart, or None without ratings or a renderer
    keeping: list[PeriodKeeping]
    commitments: list[CommitmentRow]
    greyzone: list[GreyZoneEntry]
    agreement: AgreementVersion | None  # the version the report presents


def _d(day: dt.date | None) -> str:
    return day_text(day, "–")


def _start(doc: DocumentWriter, pair: Pair, title: str, subtitle: str) -> None:
    doc.properties(
        title=title, author=pair.organisation.name, subject=title, status="Arbetsmaterial"
    )
    doc.page_furniture(pair.organisation.name, title)
    doc.paragraph(title, "Title", marks=False)
    doc.paragraph(subtitle, "Subtitle", marks=False)


def _health(doc: DocumentWriter, chart_png: bytes | None) -> None:
    # The heading, its explanation and the chart stay on one page.
    doc.heading("Förhållningssätten över tid", 1)
    explanation = doc.paragraph(
        "De fem förhållningssätten som bygger samarbete och förtroende (SKR): transparens, "
        "lyssnande, tydlighet, tillförlitlighet och positiv återkoppling, skattade 1–5 av "
        "var och en i samtalen, ett diagram per förhållningssätt. Heldragen linje med runda "
        "punkter: politiken; streckad med fyrkanter: förvaltningen. Det grå fältet är "
        "skillnaden mellan er. Lodräta linjer: ny mandatperiod, halvtid (prickad) och byte av "
        "person (streck och punkt).",
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


def _keeping(doc: DocumentWriter, content: ReportContent, period: MandatePeriod | None) -> None:
    keeping = [k for k in content.keeping if period is None or k.period == period]
    doc.heading("Hölls åtagandena?", 2)
    if not keeping:
        doc.paragraph("Inga åtaganden med datum under perioden.", marks=False)
        return
    # (Counted by the pair's term: a KSO and a KD from 1 January after the election.)
    rows = [("Mandatperiod", "Med datum", "I tid", "Senare", "Strukna", "Öppna", "Andel i tid")]
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
    doc.table(Table(rows, (3, 2, 2, 2, 2, 2, 2), header=True))


def _commitments(
    doc: DocumentWriter,
    content: ReportContent,
    *,
    period: MandatePeriod | None,
    only_open: bool,
) -> None:
    rows = []
    for row in content.commitments:
        c = row.commitment
        if only_open and c.status is not CommitmentStatus.OPEN:
            continue
        made = row.made_on
        # In the period: made in it or due in it (what "Hölls åtagandena?" counts), by the
        # pair's term, so the list never contradicts the table above it.
        if period is not None and not only_open:
            days = [d for d in (made, c.due_date) if d is not None]
            if not any(period.contains(d, content.pair.term) for d in days):
                continue
        status = label(c.status)
        if row.overdue:
            status += ", försenat"
        if c.status_note:
            status += f" ({c.status_note})"
        rows.append((c.what, c.owner_name or label(c.owner_side), _d(made), _d(c.due_date), status))
    heading = "Öppna åtaganden" if only_open else "Åtaganden under perioden"
    doc.heading(heading, 2)
    if rows:
        doc.table(
            Table(
                [("Åtagande", "Vem", "Från samtalet", "Klart senast", "Status"), *rows],
                (6, 3, 3, 3, 3),
                header=True,
            )
        )
    elif only_open:
        doc.paragraph("Inga åtaganden är öppna.", marks=False)
    else:
        doc.paragraph("Inga åtaganden gjordes eller skulle vara klara under perioden.")


def _greyzone(doc: DocumentWriter, content: ReportContent, period: MandatePeriod | None) -> None:
    doc.heading("Gråzonen – frågor där det var oklart vem som har ansvaret", 1)
    entries = [
        e
        for e in content.greyzone
        if period is None or period.contains(e.raised_on, content.pair.term)
    ]
    if not entries:
        doc.paragraph("Inga frågor antecknade.", marks=False)
        return
    rows = [
        (
            _d(e.raised_on),
            e.question,
            label(e.classification),
            e.decided_by or "–",
            e.learned or "–",
        )
        for e in entries
    ]
    doc.table(
        Table(
            [("Datum", "Fråga", "Vems fråga", "Avgjordes av", "Lärdom"), *rows],
            (2, 5, 3, 2, 5),
            header=True,
        )
    )


def _agreement_state(doc: DocumentWriter, version: AgreementVersion | None) -> None:
    doc.heading("Överenskommelsen", 1)
    if version is None:
        doc.paragraph("Paret har ingen överenskommelse ännu.", marks=False)
        return
    doc.table(
        Table(
            [
                ("Gällande version", f"{version.number} – {version.title}"),
                ("Status", label(version.status)),
                ("Antagen", _d(version.adopted_on)),
                ("Revideras senast", _d(version.metadata.review_by)),
            ],
            (2, 5),
            label_column=True,
        )
    )


def write_follow_up_report(
    content: ReportContent,
    period: MandatePeriod,
    path: Path,
    *,
    progress: Progress | None = None,
) -> WordExport:
    """Health chart, commitments kept and open, the grey-zone log, the agreement's state."""
    pair = content.pair
    doc = DocumentWriter(None, progress=progress, headings=7)
    _start(
        doc,
        pair,
        "Uppföljning av samspelet",
        f"{pair.display_name} · mandatperioden {period.label} · {unbroken_day(content.today)}",
    )
    _health(doc, content.chart_png)
    doc.heading("Åtaganden", 1)
    _keeping(doc, content, period)
    _commitments(doc, content, period=period, only_open=False)
    _commitments(doc, content, period=None, only_open=True)
    _greyzone(doc, content, period)
    _agreement_state(doc, content.agreement)
    return doc.result(path)


def write_handover_pack(
    content: ReportContent, path: Path, *, progress: Progress | None = None
) -> WordExport:
    """For a successor: the agreement, open commitments, the grey-zone log and the trend."""
    pair = content.pair
    sections = len(content.agreement.sections) if content.agreement is not None else 0
    doc = DocumentWriter(None, progress=progress, headings=6 + sections)
    _start(
        doc,
        pair,
        "Överlämning",
        f"{pair.display_name} · {pair.organisation.name} · {unbroken_day(content.today)}",
    )
    doc.paragraph(
        "Det här materialet sammanfattar samspelet för den som tar över: den gällande "
        "överenskommelsen, åtaganden som fortfarande är öppna, gråzonens frågor där det var "
        "oklart vem som har ansvaret och hur förhållningssätten har utvecklats.",
        marks=False,
    )
    current = content.agreement
    _agreement_state(doc, current)
    if current is not None:
        for number, section in enumerate(current.sections, start=1):
            doc.heading(f"{number}. {section.title}", 2)
            for block in section.blocks:
                doc.block(block)
    doc.heading("Åtaganden", 1)
    _commitments(doc, content, period=None, only_open=True)
    _keeping(doc, content, None)
    _greyzone(doc, content, None)
    _health(doc, content.chart_png)
    return doc.result(path)
