"""Swedish labels of domain values, through Qt's translation system (context "Labels").

The domain model is imported when a label is first asked for, not when the window starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from samspel_desktop.domain.guides import Attribution
    from samspel_desktop.domain.model import (
        AgreementStatus,
        CommitmentStatus,
        ConversationStatus,
        GreyZoneClass,
        OrganisationKind,
        PairKind,
        Phase,
        Quote,
        Side,
    )
    from samspel_desktop.services.history import PeriodNotice


def phase_label(phase: Phase) -> str:
    from samspel_desktop.domain.model import Phase

    return {
        Phase.BUILDING: QCoreApplication.translate("Labels", "Uppbyggande"),
        Phase.STABLE: QCoreApplication.translate("Labels", "Stabil"),
        Phase.ROUTINE: QCoreApplication.translate("Labels", "Rutin / står still"),
        Phase.PRESSED: QCoreApplication.translate("Labels", "Pressad"),
    }[phase]


def pair_kind_label(kind: PairKind) -> str:
    from samspel_desktop.domain.model import PairKind

    return {
        PairKind.KSO_KD: QCoreApplication.translate("Labels", "KSO–KD"),
        PairKind.OPPOSITION_KD: QCoreApplication.translate("Labels", "Oppositionsråd–KD"),
        PairKind.COMMITTEE: QCoreApplication.translate(
            "Labels", "Nämndordförande–förvaltningschef"
        ),
        PairKind.REGION: QCoreApplication.translate(
            "Labels", "Regionstyrelsens ordförande–regiondirektör"
        ),
        PairKind.CUSTOM: QCoreApplication.translate("Labels", "Egna titlar"),
    }[kind]


def pair_kind_titles(kind: PairKind) -> tuple[str, str]:
    from samspel_desktop.domain.model import PairKind

    return {
        PairKind.KSO_KD: (
            QCoreApplication.translate("Labels", "Kommunstyrelsens ordförande"),
            QCoreApplication.translate("Labels", "Kommundirektör"),
        ),
        PairKind.OPPOSITION_KD: (
            QCoreApplication.translate("Labels", "Oppositionsråd"),
            QCoreApplication.translate("Labels", "Kommundirektör"),
        ),
        PairKind.COMMITTEE: (
            QCoreApplication.translate("Labels", "Nämndordförande"),
            QCoreApplication.translate("Labels", "Förvaltningschef"),
        ),
        PairKind.REGION: (
            QCoreApplication.translate("Labels", "Regionstyrelsens ordförande"),
            QCoreApplication.translate("Labels", "Regiondirektör"),
        ),
        PairKind.CUSTOM: ("", ""),
    }[kind]


def organisation_kind_label(kind: OrganisationKind) -> str:
    from samspel_desktop.domain.model import OrganisationKind

    return {
        OrganisationKind.KOMMUN: QCoreApplication.translate("Labels", "Kommun"),
        OrganisationKind.REGION: QCoreApplication.translate("Labels", "Region"),
    }[kind]


def conversation_status_label(status: ConversationStatus) -> str:
    from samspel_desktop.domain.model import ConversationStatus

    return {
        ConversationStatus.PLANNED: QCoreApplication.translate("Labels", "Planerat"),
        ConversationStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "Pågår"),
        ConversationStatus.DONE: QCoreApplication.translate("Labels", "Avslutat"),
    }[status]


def commitment_status_label(status: CommitmentStatus) -> str:
    from samspel_desktop.domain.model import CommitmentStatus

    return {
        CommitmentStatus.OPEN: QCoreApplication.translate("Labels", "Öppet"),
        CommitmentStatus.DONE: QCoreApplication.translate("Labels", "Klart"),
        CommitmentStatus.DROPPED: QCoreApplication.translate("Labels", "Struket"),
    }[status]


def side_label(side: Side) -> str:
    from samspel_desktop.domain.model import Side

    return {
        Side.POLITICAL: QCoreApplication.translate("Labels", "Politiken"),
        Side.EXECUTIVE: QCoreApplication.translate("Labels", "Förvaltningen"),
        Side.BOTH: QCoreApplication.translate("Labels", "Båda"),
    }[side]


def agreement_status_label(status: AgreementStatus) -> str:
    from samspel_desktop.domain.model import AgreementStatus

    return {
        AgreementStatus.DRAFT: QCoreApplication.translate("Labels", "Utkast"),
        AgreementStatus.REMISS: QCoreApplication.translate("Labels", "På remiss"),
        AgreementStatus.ADOPTED: QCoreApplication.translate("Labels", "Antagen"),
    }[status]


def greyzone_label(value: GreyZoneClass) -> str:
    from samspel_desktop.domain.model import GreyZoneClass

    return {
        GreyZoneClass.UNCLEAR: QCoreApplication.translate("Labels", "Oklart ännu"),
        GreyZoneClass.WHAT: QCoreApplication.translate("Labels", "Vad – politikens fråga"),
        GreyZoneClass.HOW: QCoreApplication.translate("Labels", "Hur – förvaltningens fråga"),
        GreyZoneClass.SHARED: QCoreApplication.translate("Labels", "Gemensam fråga"),
    }[value]


def period_notice_text(notice: PeriodNotice) -> str:
    """Where in the mandate period we are, and what that asks of the pair.

    The same wording as :func:`samspel_desktop.domain.calendar.notice_text`, through ``tr``.
    """
    from samspel_desktop.domain.calendar import (
        CalendarMoment,
        TermBasis,
        board_rule,
        council_rule,
    )

    calendar = notice.calendar
    if calendar is None:
        return ""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Labels", text)

    period = calendar.period
    year = period.election_year
    board_ref = board_rule(year)
    board = calendar.basis is TermBasis.BOARD
    moment = calendar.moment
    start_prompt = tr(
        "Efter valet: håll ett startsamtal och gör ett nytt utkast till överenskommelse."
    )
    if moment is CalendarMoment.ELECTION_HELD:
        text = (
            (
                tr(
                    "Valet hölls %1. Det nya fullmäktige tillträder %2 (%3) och den nya styrelsen "
                    "%4%5."
                )
                if board
                else tr("Valet hölls %1. Det nya fullmäktige tillträder %2 (%3).")
            )
            .replace("%1", calendar.election_day.isoformat())
            .replace("%2", period.start.isoformat())
            .replace("%3", council_rule(year))
            .replace("%4", period.board_start.isoformat())
            .replace("%5", f" ({board_ref})" if board_ref else "")
        )
        return (
            text
            + " "
            + tr(
                "Stäm av vad valet betyder för ert samarbete: håll ett samtal och gör ett nytt "
                "utkast till överenskommelse."
            )
        )
    if moment is CalendarMoment.COUNCIL_STARTED:
        text = (
            (
                tr(
                    "Mandatperioden %1 har börjat: det nya fullmäktige tillträdde %2; den nya "
                    "styrelsen tillträder %3%4."
                )
                if board
                else tr("Mandatperioden %1 har börjat: det nya fullmäktige tillträdde %2 (%5).")
            )
            .replace("%1", period.label)
            .replace("%2", period.start.isoformat())
            .replace("%3", period.board_start.isoformat())
            .replace("%4", f" ({board_ref})" if board_ref else "")
            .replace("%5", council_rule(year))
        )
        return text + " " + start_prompt
    where = (
        tr("Mandatperioden %1: månad %2 av 48.")
        .replace("%1", period.label)
        .replace("%2", str(calendar.month))
    )
    if moment is CalendarMoment.TERM_STARTED:
        if board:
            where += " " + tr("Den nya styrelsen tillträdde %1.").replace(
                "%1", period.board_start.isoformat()
            )
        return where + " " + start_prompt
    if moment is CalendarMoment.ELECTION_AHEAD:
        return (
            where
            + " "
            + tr(
                "Val %1: bestäm hur ni för samarbetet och överenskommelsen vidare efter valet."
            ).replace("%1", calendar.election_day.isoformat())
        )
    text = where + " " + tr("Nästa val %1.").replace("%1", calendar.election_day.isoformat())
    if moment is CalendarMoment.MIDPOINT:
        text += " " + tr(
            "Halvtid (%1): dags för en avstämning av samarbetet och överenskommelsen."
        ).replace("%1", period.midpoint_of(calendar.basis).isoformat())
    return text


def attribution_label(attribution: Attribution) -> str:
    """Whose words a question is: "Källa: SKR …" (quoted) or "Samspel, utifrån SKR …" (own).

    The same wording as :func:`samspel_desktop.domain.guides.attribution_text`, through ``tr``.
    """
    from samspel_desktop.domain.model import QuestionOrigin

    if attribution.origin is QuestionOrigin.QUOTED:
        return QCoreApplication.translate("Labels", "Källa: %1").replace("%1", attribution.source)
    if attribution.author and attribution.source:
        return (
            QCoreApplication.translate("Labels", "%1, utifrån %2")
            .replace("%1", attribution.author)
            .replace("%2", attribution.source)
        )
    if attribution.source:
        return QCoreApplication.translate("Labels", "Utifrån %1").replace("%1", attribution.source)
    return attribution.author


def quotes_html(quotes: Sequence[Quote]) -> str:
    """Quotations as rich text: the source's exact words in quotation marks, then the source."""
    import html

    return "".join(
        '<p style="margin-left: 12px;"><i>”'
        + html.escape(q.text)
        + "”</i><br/><small>"
        + html.escape(QCoreApplication.translate("Labels", "Ur %1").replace("%1", q.source))
        + "</small></p>"
        for q in quotes
    )
