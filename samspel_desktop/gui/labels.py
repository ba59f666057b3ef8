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


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def phase_label(phase: Phase) -> str:
    return {
        Phase.BUILDING: _t("Uppbyggande"),
        Phase.STABLE: _t("Stabil"),
        Phase.ROUTINE: _t("Rutin / stått still"),
    }[phase]


def pair_kind_label(kind: PairKind) -> str:
    return {
        PairKind.KSO_KD: _t("KSO–KD"),
        PairKind.OPPOSITION_KD: _t("Oppositionsråd–KD"),
        PairKind.COMMITTEE: _t("Nämndordförande–förvaltningschef"),
        PairKind.REGION: _t("Regionstyrelsens ordförande–regiondirektör"),
        PairKind.CUSTOM: _t("Egna titlar"),
    }[kind]


def pair_kind_titles(kind: PairKind) -> tuple[str, str]:
    return {
        PairKind.KSO_KD: (_t("Kommunstyrelsens ordförande"), _t("Kommundirektör")),
        PairKind.OPPOSITION_KD: (_t("Oppositionsråd"), _t("Kommundirektör")),
        PairKind.COMMITTEE: (_t("Nämndordförande"), _t("Förvaltningschef")),
        PairKind.REGION: (_t("Regionstyrelsens ordförande"), _t("Regiondirektör")),
        PairKind.CUSTOM: ("", ""),
    }[kind]


def organisation_kind_label(kind: OrganisationKind) -> str:
    return {OrganisationKind.KOMMUN: _t("Kommun"), OrganisationKind.REGION: _t("Region")}[kind]


def conversation_status_label(status: ConversationStatus) -> str:
    return {
        ConversationStatus.PLANNED: _t("Planerat"),
        ConversationStatus.IN_PROGRESS: _t("Pågår"),
        ConversationStatus.DONE: _t("Avslutat"),
    }[status]


def commitment_status_label(status: CommitmentStatus) -> str:
    return {
        CommitmentStatus.OPEN: _t("Öppet"),
        CommitmentStatus.DONE: _t("Klart"),
        CommitmentStatus.DROPPED: _t("Struket"),
    }[status]


def side_label(side: Side) -> str:
    return {
        Side.POLITICAL: _t("Politiken"),
        Side.EXECUTIVE: _t("Förvaltningen"),
        Side.BOTH: _t("Båda"),
    }[side]


def agreement_status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.DRAFT: _t("Utkast"),
        AgreementStatus.REMISS: _t("På remiss"),
        AgreementStatus.ADOPTED: _t("Antagen"),
    }[status]


def greyzone_label(value: GreyZoneClass) -> str:
    return {
        GreyZoneClass.UNCLEAR: _t("Oklart ännu"),
        GreyZoneClass.WHAT: _t("Vad – politikens fråga"),
        GreyZoneClass.HOW: _t("Hur – förvaltningens fråga"),
        GreyZoneClass.SHARED: _t("Gemensam fråga"),
    }[value]
