"""Swedish labels of domain values, through Qt's translation system (context "Labels").

The domain model is imported when a label is first asked for, not when the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from samspel_desktop.domain.model import (
        AgreementStatus,
        CommitmentStatus,
        ConversationStatus,
        GreyZoneClass,
        OrganisationKind,
        PairKind,
        Phase,
        Side,
    )
    from samspel_desktop.services.history import PeriodNotice


def phase_label(phase: Phase) -> str:
    from samspel_desktop.domain.model import Phase

    return {
        Phase.BUILDING: QCoreApplication.translate("Labels", "Uppbyggande"),
        Phase.STABLE: QCoreApplication.translate("Labels", "Stabil"),
        Phase.ROUTINE: QCoreApplication.translate("Labels", "Rutin / stått still"),
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
    """Where in the mandate period we are, and what that asks of the pair."""
    period = notice.period
    if period is None:
        return ""
    if notice.board_not_yet_started:
        text = (
            QCoreApplication.translate(
                "Labels", "Mandatperioden %1 har börjat; den nya styrelsen tillträder %2."
            )
            .replace("%1", period.label)
            .replace("%2", period.board_start.isoformat())
        )
    else:
        text = (
            QCoreApplication.translate("Labels", "Mandatperioden %1: månad %2 av 48. Nästa val %3.")
            .replace("%1", period.label)
            .replace("%2", str(notice.month))
            .replace("%3", period.next().election_day.isoformat())
        )
    if notice.after_election:
        text += " " + QCoreApplication.translate(
            "Labels",
            "Efter valet: håll ett startsamtal och gör ett nytt utkast till överenskommelse.",
        )
    elif notice.prompt_midpoint:
        text += " " + QCoreApplication.translate(
            "Labels", "Halvtid (%1): dags för en avstämning av samarbetet och överenskommelsen."
        ).replace("%1", period.midpoint.isoformat())
    return text
