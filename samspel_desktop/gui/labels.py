"""Swedish labels of domain values, through Qt's translation system (context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def phase_label(phase: Phase) -> str:
    return {
        Phase.BUILDING: QCoreApplication.translate("Labels", "Uppbyggande"),
        Phase.STABLE: QCoreApplication.translate("Labels", "Stabil"),
        Phase.ROUTINE: QCoreApplication.translate("Labels", "Rutin / stått still"),
    }[phase]


def pair_kind_label(kind: PairKind) -> str:
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
    return {
        OrganisationKind.KOMMUN: QCoreApplication.translate("Labels", "Kommun"),
        OrganisationKind.REGION: QCoreApplication.translate("Labels", "Region"),
    }[kind]


def conversation_status_label(status: ConversationStatus) -> str:
    return {
        ConversationStatus.PLANNED: QCoreApplication.translate("Labels", "Planerat"),
        ConversationStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "Pågår"),
        ConversationStatus.DONE: QCoreApplication.translate("Labels", "Avslutat"),
    }[status]


def commitment_status_label(status: CommitmentStatus) -> str:
    return {
        CommitmentStatus.OPEN: QCoreApplication.translate("Labels", "Öppet"),
        CommitmentStatus.DONE: QCoreApplication.translate("Labels", "Klart"),
        CommitmentStatus.DROPPED: QCoreApplication.translate("Labels", "Struket"),
    }[status]


def side_label(side: Side) -> str:
    return {
        Side.POLITICAL: QCoreApplication.translate("Labels", "Politiken"),
        Side.EXECUTIVE: QCoreApplication.translate("Labels", "Förvaltningen"),
        Side.BOTH: QCoreApplication.translate("Labels", "Båda"),
    }[side]


def agreement_status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.DRAFT: QCoreApplication.translate("Labels", "Utkast"),
        AgreementStatus.REMISS: QCoreApplication.translate("Labels", "På remiss"),
        AgreementStatus.ADOPTED: QCoreApplication.translate("Labels", "Antagen"),
    }[status]


def greyzone_label(value: GreyZoneClass) -> str:
    return {
        GreyZoneClass.UNCLEAR: QCoreApplication.translate("Labels", "Oklart ännu"),
        GreyZoneClass.WHAT: QCoreApplication.translate("Labels", "Vad – politikens fråga"),
        GreyZoneClass.HOW: QCoreApplication.translate("Labels", "Hur – förvaltningens fråga"),
        GreyZoneClass.SHARED: QCoreApplication.translate("Labels", "Gemensam fråga"),
    }[value]
