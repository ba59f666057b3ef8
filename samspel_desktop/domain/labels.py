"""Every label the user reads for a stored value, in one place, marked once for translation.

The texts are Swedish, the source language. They are marked the way MusicBrainz Picard marks
its texts with ``N_()``: here with Qt's marker name, :func:`QT_TRANSLATE_NOOP`, in the context
"Labels", so that Qt's ``lupdate`` (``packaging/update_translations.py``) collects them into the
translation file. Marking does nothing at run time. Whoever shows a label decides the language:

- the command line, the Word documents and stored data use the Swedish text as it is;
- the GUI translates it when it shows it (``gui.labels.label``), so an English window says
  "Draft", and a value added here is translated everywhere or nowhere.

Keys are the enum members (for an enum) or the stored identifiers (for the trash's kinds, the
search index's kinds, the reasons in backup names and the attitudes of the ratings guide).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from samspel_desktop.domain.calendar import (
    CalendarMoment,
    CalendarNotice,
    TermBasis,
    board_rule,
    council_rule,
)
from samspel_desktop.domain.model import (
    AgreementStatus,
    CommitmentStatus,
    ConversationStatus,
    GreyZoneClass,
    OrganisationKind,
    PairKind,
    Phase,
    RemissStance,
    Side,
)

# The translation context of every label.
CONTEXT = "Labels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def as_is(text: str) -> str:
    """No translation: the Swedish text as it is."""
    return text


_ENUM_LABELS: dict[type[StrEnum], dict[str, str]] = {
    OrganisationKind: {
        OrganisationKind.KOMMUN: QT_TRANSLATE_NOOP("Labels", "Kommun"),
        OrganisationKind.REGION: QT_TRANSLATE_NOOP("Labels", "Region"),
    },
    Side: {
        Side.POLITICAL: QT_TRANSLATE_NOOP("Labels", "Politiken"),
        Side.EXECUTIVE: QT_TRANSLATE_NOOP("Labels", "Förvaltningen"),
        Side.BOTH: QT_TRANSLATE_NOOP("Labels", "Båda"),
    },
    PairKind: {
        PairKind.KSO_KD: QT_TRANSLATE_NOOP("Labels", "KSO–KD"),
        PairKind.OPPOSITION_KD: QT_TRANSLATE_NOOP("Labels", "Oppositionsråd–KD"),
        PairKind.COMMITTEE: QT_TRANSLATE_NOOP("Labels", "Nämndordförande–förvaltningschef"),
        PairKind.REGION: QT_TRANSLATE_NOOP("Labels", "Regionstyrelsens ordförande–regiondirektör"),
        PairKind.CUSTOM: QT_TRANSLATE_NOOP("Labels", "Egna titlar"),
    },
    Phase: {
        Phase.BUILDING: QT_TRANSLATE_NOOP("Labels", "Uppbyggande"),
        Phase.STABLE: QT_TRANSLATE_NOOP("Labels", "Stabil"),
        Phase.ROUTINE: QT_TRANSLATE_NOOP("Labels", "Rutin / står still"),
        Phase.PRESSED: QT_TRANSLATE_NOOP("Labels", "Pressad"),
    },
    TermBasis: {
        TermBasis.BOARD: QT_TRANSLATE_NOOP(
            "Labels", "Styrelsens mandattid (från 1 januari efter valet)"
        ),
        TermBasis.COUNCIL: QT_TRANSLATE_NOOP(
            "Labels", "Fullmäktiges mandattid (från 15 oktober valåret)"
        ),
    },
    ConversationStatus: {
        ConversationStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planerat"),
        ConversationStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "Pågår"),
        ConversationStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Avslutat"),
    },
    CommitmentStatus: {
        CommitmentStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Öppet"),
        CommitmentStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Klart"),
        CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Struket"),
    },
    AgreementStatus: {
        AgreementStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Utkast"),
        AgreementStatus.REMISS: QT_TRANSLATE_NOOP("Labels", "På remiss"),
        AgreementStatus.ADOPTED: QT_TRANSLATE_NOOP("Labels", "Antagen"),
    },
    RemissStance: {
        RemissStance.PENDING: QT_TRANSLATE_NOOP("Labels", "Inte besvarad"),
        RemissStance.SUPPORTS: QT_TRANSLATE_NOOP("Labels", "Ställer sig bakom"),
        RemissStance.SUPPORTS_WITH_COMMENTS: QT_TRANSLATE_NOOP(
            "Labels", "Ställer sig bakom med synpunkter"
        ),
        RemissStance.REJECTS: QT_TRANSLATE_NOOP("Labels", "Avstyrker"),
    },
    GreyZoneClass: {
        GreyZoneClass.UNCLEAR: QT_TRANSLATE_NOOP("Labels", "Oklart ännu"),
        GreyZoneClass.WHAT: QT_TRANSLATE_NOOP("Labels", "Vad – politikens fråga"),
        GreyZoneClass.HOW: QT_TRANSLATE_NOOP("Labels", "Hur – förvaltningens fråga"),
        GreyZoneClass.SHARED: QT_TRANSLATE_NOOP("Labels", "Gemensam fråga"),
    },
}

# (political title, executive title) each kind of pair starts with; empty for ``CUSTOM``.
_DEFAULT_TITLES: dict[PairKind, tuple[str, str]] = {
    PairKind.KSO_KD: (
        QT_TRANSLATE_NOOP("Labels", "Kommunstyrelsens ordförande"),
        QT_TRANSLATE_NOOP("Labels", "Kommundirektör"),
    ),
    PairKind.OPPOSITION_KD: (
        QT_TRANSLATE_NOOP("Labels", "Oppositionsråd"),
        QT_TRANSLATE_NOOP("Labels", "Kommundirektör"),
    ),
    PairKind.COMMITTEE: (
        QT_TRANSLATE_NOOP("Labels", "Nämndordförande"),
        QT_TRANSLATE_NOOP("Labels", "Förvaltningschef"),
    ),
    PairKind.REGION: (
        QT_TRANSLATE_NOOP("Labels", "Regionstyrelsens ordförande"),
        QT_TRANSLATE_NOOP("Labels", "Regiondirektör"),
    ),
    PairKind.CUSTOM: ("", ""),
}

# What lies in the trash, by the trash's kinds (``storage/trash.py``).
TRASH_KINDS: dict[str, str] = {
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "pair": QT_TRANSLATE_NOOP("Labels", "Samspelspar"),
    "conversation": QT_TRANSLATE_NOOP("Labels", "Samtal"),
    "commitment": QT_TRANSLATE_NOOP("Labels", "Åtagande"),
    "agreement": QT_TRANSLATE_NOOP("Labels", "Överenskommelse"),
    "guide": QT_TRANSLATE_NOOP("Labels", "Samtalsguide"),
    "greyzone": QT_TRANSLATE_NOOP("Labels", "Fråga i gråzonsloggen"),
    "seminar": QT_TRANSLATE_NOOP("Labels", "Seminarium"),
}

# Where a search hit's text was written, by the search index's kinds.
SEARCH_KINDS: dict[str, str] = {
    "pair": QT_TRANSLATE_NOOP("Labels", "Samspelspar"),
    "answer.political": QT_TRANSLATE_NOOP("Labels", "Politikens perspektiv"),
    "answer.executive": QT_TRANSLATE_NOOP("Labels", "Förvaltningens perspektiv"),
    "answer.conclusion": QT_TRANSLATE_NOOP("Labels", "Gemensam slutsats"),
    "conversation.notes": QT_TRANSLATE_NOOP("Labels", "Anteckningar"),
    "commitment.what": QT_TRANSLATE_NOOP("Labels", "Åtagande"),
    "commitment.note": QT_TRANSLATE_NOOP("Labels", "Kommentar till åtagande"),
    "agreement.section": QT_TRANSLATE_NOOP("Labels", "Överenskommelse"),
    "remiss.answer": QT_TRANSLATE_NOOP("Labels", "Remissvar"),
    "greyzone.question": QT_TRANSLATE_NOOP("Labels", "Gråzonen"),
    "greyzone.learned": QT_TRANSLATE_NOOP("Labels", "Gråzonen, lärdom"),
    "seminar_answer.text": QT_TRANSLATE_NOOP("Labels", "Seminarium, gruppens svar"),
    "seminar_synthesis.text": QT_TRANSLATE_NOOP("Labels", "Seminarium, syntes"),
}

# Which text two laptops both changed, by synchronised table and column (``domain/sync.py``).
CONFLICT_FIELDS: dict[str, str] = {
    "answers.political": QT_TRANSLATE_NOOP("Labels", "Politikens perspektiv"),
    "answers.executive": QT_TRANSLATE_NOOP("Labels", "Förvaltningens perspektiv"),
    "answers.conclusion": QT_TRANSLATE_NOOP("Labels", "Gemensam slutsats"),
    "conversations.notes": QT_TRANSLATE_NOOP("Labels", "Anteckningar"),
    "commitments.what": QT_TRANSLATE_NOOP("Labels", "Åtagande"),
    "commitments.status_note": QT_TRANSLATE_NOOP("Labels", "Kommentar till åtagande"),
    "greyzone_entries.question": QT_TRANSLATE_NOOP("Labels", "Fråga i gråzonsloggen"),
    "greyzone_entries.learned": QT_TRANSLATE_NOOP("Labels", "Gråzonen, lärdom"),
    "agreement_versions.title": QT_TRANSLATE_NOOP("Labels", "Överenskommelsens rubrik"),
    "agreement_sections.title": QT_TRANSLATE_NOOP("Labels", "Avsnittets rubrik"),
    "agreement_sections.blocks": QT_TRANSLATE_NOOP("Labels", "Avsnittets text"),
    "agreement_remiss_answers.text": QT_TRANSLATE_NOOP("Labels", "Remissvar"),
}

# Why a backup was taken, by the reason in its file name (``services/backups.py``).
BACKUP_REASONS: dict[str, str] = {
    "daglig": QT_TRANSLATE_NOOP("Labels", "Daglig"),
    "start": QT_TRANSLATE_NOOP("Labels", "Vid start"),
    "manuell": QT_TRANSLATE_NOOP("Labels", "Manuell"),
    "fore-uppgradering": QT_TRANSLATE_NOOP("Labels", "Före uppgradering"),
    "fore-import": QT_TRANSLATE_NOOP("Labels", "Före import"),
    "fore-aterstallning": QT_TRANSLATE_NOOP("Labels", "Före återställning"),
}

# SKR's five attitudes, as rated in the ratings guide (question id → name).
ATTITUDES: dict[str, str] = {
    "transparens": QT_TRANSLATE_NOOP("Labels", "Transparens"),
    "lyssnande": QT_TRANSLATE_NOOP("Labels", "Lyssnande"),
    "tydlighet": QT_TRANSLATE_NOOP("Labels", "Tydlighet"),
    "tillforlitlighet": QT_TRANSLATE_NOOP("Labels", "Tillförlitlighet"),
    "positiv-aterkoppling": QT_TRANSLATE_NOOP("Labels", "Positiv återkoppling"),
}

# The sentences of the mandate-period notice (:func:`notice_text`).
NOTICE_ELECTION_HELD_BOARD = QT_TRANSLATE_NOOP(
    "Labels",
    "Valet hölls %1. Det nya fullmäktige tillträder %2 (%3) och den nya styrelsen %4%5.",
)
NOTICE_ELECTION_HELD = QT_TRANSLATE_NOOP(
    "Labels", "Valet hölls %1. Det nya fullmäktige tillträder %2 (%3)."
)
NOTICE_TAKE_STOCK = QT_TRANSLATE_NOOP(
    "Labels",
    "Stäm av vad valet betyder för ert samarbete: håll ett samtal och gör ett nytt utkast till "
    "överenskommelse.",
)
NOTICE_COUNCIL_STARTED_BOARD = QT_TRANSLATE_NOOP(
    "Labels",
    "Mandatperioden %1 har börjat: det nya fullmäktige tillträdde %2; den nya styrelsen "
    "tillträder %3%4.",
)
NOTICE_COUNCIL_STARTED = QT_TRANSLATE_NOOP(
    "Labels", "Mandatperioden %1 har börjat: det nya fullmäktige tillträdde %2 (%3)."
)
NOTICE_START_PROMPT = QT_TRANSLATE_NOOP(
    "Labels", "Efter valet: håll ett startsamtal och gör ett nytt utkast till överenskommelse."
)
NOTICE_MONTH = QT_TRANSLATE_NOOP("Labels", "Mandatperioden %1: månad %2 av 48.")
NOTICE_BOARD_STARTED = QT_TRANSLATE_NOOP("Labels", "Den nya styrelsen tillträdde %1.")
NOTICE_ELECTION_AHEAD = QT_TRANSLATE_NOOP(
    "Labels", "Val %1: bestäm hur ni för samarbetet och överenskommelsen vidare efter valet."
)
NOTICE_NEXT_ELECTION = QT_TRANSLATE_NOOP("Labels", "Nästa val %1.")
NOTICE_MIDPOINT = QT_TRANSLATE_NOOP(
    "Labels", "Halvtid (%1): dags för en avstämning av samarbetet och överenskommelsen."
)

# Whose words a question is (:func:`attribution`), and a quotation's source.
SOURCE_QUOTED = QT_TRANSLATE_NOOP("Labels", "Källa: %1")
SOURCE_OWN = QT_TRANSLATE_NOOP("Labels", "%1, utifrån %2")
SOURCE_BASED_ON = QT_TRANSLATE_NOOP("Labels", "Utifrån %1")
QUOTE_FROM = QT_TRANSLATE_NOOP("Labels", "Ur %1")


def label(value: StrEnum, translate: Callable[[str], str] = as_is) -> str:
    """The label of an enum value: Swedish, or as ``translate`` gives it."""
    return translate(_ENUM_LABELS[type(value)][value.value])


def default_titles(kind: PairKind) -> tuple[str, str]:
    """(political title, executive title) for ``kind``, in Swedish; empty for ``CUSTOM``."""
    return _DEFAULT_TITLES[kind]


def lookup(table: dict[str, str], key: str, translate: Callable[[str], str] = as_is) -> str:
    """The label of a stored identifier (as ``translate`` gives it); the identifier itself if
    it has none, so an unknown one is shown rather than fails."""
    return translate(table[key]) if key in table else key


def fill(template: str, *values: str) -> str:
    """Put ``values`` in place of ``%1``, ``%2``, … (Qt's placeholders, also after translation)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", value)
    return template


def notice_text(notice: CalendarNotice | None, translate: Callable[[str], str] = as_is) -> str:
    """The calendar's notice in words: Swedish, or as ``translate`` gives each sentence."""
    if notice is None:
        return ""
    period = notice.period
    year = period.election_year
    board = notice.basis is TermBasis.BOARD
    board_ref = board_rule(year)
    board_ref_text = f" ({board_ref})" if board_ref else ""
    moment = notice.moment
    if moment is CalendarMoment.ELECTION_HELD:
        if board:
            held = fill(
                translate(NOTICE_ELECTION_HELD_BOARD),
                notice.election_day.isoformat(),
                period.start.isoformat(),
                council_rule(year),
                period.board_start.isoformat(),
                board_ref_text,
            )
        else:
            held = fill(
                translate(NOTICE_ELECTION_HELD),
                notice.election_day.isoformat(),
                period.start.isoformat(),
                council_rule(year),
            )
        return f"{held} {translate(NOTICE_TAKE_STOCK)}"
    start_prompt = translate(NOTICE_START_PROMPT)
    if moment is CalendarMoment.COUNCIL_STARTED:
        if board:
            started = fill(
                translate(NOTICE_COUNCIL_STARTED_BOARD),
                period.label,
                period.start.isoformat(),
                period.board_start.isoformat(),
                board_ref_text,
            )
        else:
            started = fill(
                translate(NOTICE_COUNCIL_STARTED),
                period.label,
                period.start.isoformat(),
                council_rule(year),
            )
        return f"{started} {start_prompt}"
    where = fill(translate(NOTICE_MONTH), period.label, str(notice.month))
    if moment is CalendarMoment.TERM_STARTED:
        if board:
            where += " " + fill(translate(NOTICE_BOARD_STARTED), period.board_start.isoformat())
        return f"{where} {start_prompt}"
    if moment is CalendarMoment.ELECTION_AHEAD:
        ahead = fill(translate(NOTICE_ELECTION_AHEAD), notice.election_day.isoformat())
        return f"{where} {ahead}"
    text = where + " " + fill(translate(NOTICE_NEXT_ELECTION), notice.election_day.isoformat())
    if moment is CalendarMoment.MIDPOINT:
        midpoint = period.midpoint_of(notice.basis).isoformat()
        text += " " + fill(translate(NOTICE_MIDPOINT), midpoint)
    return text
