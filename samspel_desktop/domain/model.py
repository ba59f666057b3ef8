"""Frozen dataclasses and enums of the Samspel domain.

Enum values are stable identifiers stored in the database and archives; what the user reads
for them lives in :mod:`samspel_desktop.domain.labels`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum

from samspel_desktop.domain.calendar import TermBasis
from samspel_desktop.domain.record import Record, record


class OrganisationKind(StrEnum):
    """A municipality (kommun) or a region."""

    KOMMUN = "kommun"
    REGION = "region"


class Side(StrEnum):
    """The two sides of a pair; ``BOTH`` for a commitment the pair owns together."""

    POLITICAL = "political"
    EXECUTIVE = "executive"
    BOTH = "both"


class PairKind(StrEnum):
    """Which two roles meet. ``CUSTOM`` uses the titles given for each person."""

    KSO_KD = "kso-kd"
    OPPOSITION_KD = "oppositionsrad-kd"
    COMMITTEE = "namndordforande-forvaltningschef"
    REGION = "regionstyrelsens-ordforande-regiondirektor"
    CUSTOM = "custom"


class Phase(StrEnum):
    """Relationship phase: being built, stable, in routine / standing still (Vaggeryd's three),
    or under pressure (SKR's resilience factors are for "en pressad situation eller relation")."""

    BUILDING = "uppbyggande"
    STABLE = "stabil"
    ROUTINE = "rutin"
    PRESSED = "pressad"


class ConversationStatus(StrEnum):
    """Where a conversation stands: booked, being held, or held."""

    PLANNED = "planerat"
    IN_PROGRESS = "pagar"
    DONE = "avslutat"


class CommitmentStatus(StrEnum):
    """A commitment is open until it is done or dropped (dropping one needs a word why)."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class AnswerType(StrEnum):
    """How a guide question is answered: two perspectives and a conclusion, or a 1–5 rating."""

    PERSPECTIVES = "perspectives"
    RATING = "rating"


class AgreementStatus(StrEnum):
    """The decision path of a version: a draft, sent on remiss (text fixed), adopted (for good)."""

    DRAFT = "draft"
    REMISS = "remiss"
    ADOPTED = "adopted"


class BlockType(StrEnum):
    """Kinds of text inside an agreement section. ``SUBHEADING`` is a heading below the section's
    own (Word's Heading 2), such as Vaggeryd's "Politiken ska:". ``IMAGE`` is a picture (kept
    from an imported Word file) with its alt text."""

    PARAGRAPH = "paragraph"
    BULLETS = "bullets"
    NUMBERED = "numbered"
    SUBHEADING = "subheading"
    IMAGE = "image"


class RemissStance(StrEnum):
    """A remiss recipient's answer (yttrande): behind it, behind it with comments, or against."""

    PENDING = "pending"
    SUPPORTS = "bakom"
    SUPPORTS_WITH_COMMENTS = "synpunkter"
    REJECTS = "avstyrker"


# --- Organisation and people -------------------------------------------------------------------


@record
class Organisation(Record):
    """A kommun or a region."""

    id: int
    name: str
    kind: OrganisationKind = OrganisationKind.KOMMUN


@record
class Person(Record):
    """One person with the title they hold (e.g. "Kommundirektör")."""

    id: int
    organisation_id: int
    name: str
    title: str


@record
class Pair(Record):
    """A samspelspar: one person on the political side, one on the executive side.

    A change of person makes a new pair whose ``predecessor_id`` points at the old one, so the
    history survives and the new pair can inherit the agreement as a draft.
    """

    id: int
    organisation: Organisation
    kind: PairKind
    political: Person
    executive: Person
    start_date: dt.date
    phase: Phase = Phase.BUILDING
    end_date: dt.date | None = None
    predecessor_id: int | None = None
    #: The nämnd (or styrelse) the pair leads, e.g. "Socialnämnden"; empty: the organisation's
    #: styrelse (kommunstyrelsen, regionstyrelsen). See :mod:`samspel_desktop.domain.bodies`.
    body: str = ""
    #: Whose term the pair works to (a nämnd's term is set by fullmäktige; 1 January default).
    term: TermBasis = TermBasis.BOARD

    @property
    def display_name(self) -> str:
        return f"{self.political.name} och {self.executive.name}"

    @property
    def active(self) -> bool:
        return self.end_date is None


@record
class PairDetails(Record):
    """What is written about a pair when it is added or corrected: its kind, the two people as
    (name, title), when it started, the phase of the relationship, the body it leads and whose
    term it works to."""

    kind: PairKind
    political: tuple[str, str]
    executive: tuple[str, str]
    start_date: dt.date
    phase: Phase
    body: str = ""
    term: TermBasis = TermBasis.BOARD


# --- Guides --------------------------------------------------------------------------------


@record
class AnswerShape(Record):
    """Free-text perspectives, or a rating 1–5 with a label for each step."""

    type: AnswerType = AnswerType.PERSPECTIVES
    scale: tuple[str, ...] = ()


class QuestionOrigin(StrEnum):
    """Whose words a question's text is: quoted exactly from its source, or the guide's own."""

    QUOTED = "quoted"
    OWN = "own"


@record
class Quote(Record):
    """Words quoted exactly from a source (SKR, a municipality's document), with that source."""

    text: str
    source: str


@record
class Question(Record):
    """One question of a guide.

    ``origin`` says whose words ``text`` is: ``QUOTED`` – exactly ``source``'s words;
    ``OWN`` – written by the guide's author (Samspel for the built-in guides), building on
    ``source`` when one is named. ``quotes`` are exact words from sources shown with the
    question; ``guidance`` is always the guide author's own text.
    """

    id: str
    text: str
    answer: AnswerShape = field(default_factory=AnswerShape)
    guidance: str = ""
    source: str = ""
    origin: QuestionOrigin = QuestionOrigin.OWN
    quotes: tuple[Quote, ...] = ()


@record
class GuideSection(Record):
    id: str
    title: str
    questions: tuple[Question, ...]
    intro: str = ""
    quotes: tuple[Quote, ...] = ()


@record
class Guide(Record):
    """A samtalsguide: ordered sections of questions. ``id`` + ``version`` identify content."""

    id: str
    version: int
    title: str
    summary: str
    sections: tuple[GuideSection, ...]
    purpose: str = "general"
    source: str = ""
    builtin: bool = False
    #: Who wrote the guide's own texts (questions of origin ``OWN``, guidance): "Samspel" for
    #: the built-in guides.
    author: str = ""

    def questions(self) -> list[tuple[GuideSection, Question]]:
        return [(s, q) for s in self.sections for q in s.questions]

    def question_key(self, question: Question) -> str:
        """The key answers are stored under: ``guide-id/question-id``."""
        return f"{self.id}/{question.id}"


# --- Conversations -------------------------------------------------------------------------


@record
class Answer(Record):
    """What was said about one question in one conversation."""

    conversation_id: int
    question_key: str
    political: str = ""
    executive: str = ""
    conclusion: str = ""
    to_agreement: bool = False
    agreement_section_key: str = ""
    ratings_revealed: bool = False


@record
class Rating(Record):
    conversation_id: int
    question_key: str
    side: Side
    value: int


@record
class Conversation(Record):
    """A samspelssamtal. ``guides`` are snapshots taken when it started."""

    id: int
    pair_id: int
    date: dt.date
    status: ConversationStatus
    guides: tuple[Guide, ...]
    present: tuple[str, ...] = ()
    notes: str = ""
    next_meeting: dt.date | None = None

    def question_texts(self) -> dict[str, str]:
        """Question key → question text, from the conversation's own guide snapshots."""
        return {
            guide.question_key(question): question.text
            for guide in self.guides
            for _, question in guide.questions()
        }


@record
class ConversationSummary(Record):
    """A conversation as a list of them shows it (the start page): the titles of its guides
    instead of the guides, read without parsing their snapshots."""

    id: int
    pair_id: int
    date: dt.date
    status: ConversationStatus
    guide_titles: tuple[str, ...] = ()


@record
class Commitment(Record):
    """An åtagande: what, who, by when; created in one conversation, maybe closed in another."""

    id: int
    pair_id: int
    what: str
    owner_side: Side
    owner_name: str = ""
    due_date: dt.date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    status_note: str = ""
    created_in: int | None = None
    closed_in: int | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return (
            self.status is CommitmentStatus.OPEN
            and self.due_date is not None
            and self.due_date < today
        )


# --- Agreements ----------------------------------------------------------------------------


#: The first bytes of the pictures an agreement may hold: PNG, JPEG, GIF.
PICTURE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


@record
class Block(Record):
    """A paragraph or subheading (``text``) or a list (``items``) inside an agreement section,
    or a picture (``image``: PNG, JPEG or GIF bytes; ``text``: its alt text).

    Text may mark bold with ``**double asterisks**``; an unpaired ``**`` is plain text.
    """

    type: BlockType
    text: str = ""
    items: tuple[str, ...] = ()
    image: bytes = field(default=b"", repr=False)


@record
class AgreementSection(Record):
    key: str
    title: str
    blocks: tuple[Block, ...] = ()
    guidance: str = ""


@record
class DocumentMetadata(Record):
    """Governing-document header (as in Alingsås' guideline, seed 001)."""

    document_type: str = "Överenskommelse"
    decided_by: str = ""
    decision_date: dt.date | None = None
    decision_paragraph: str = ""
    registration_number: str = ""
    applies_to: str = ""
    validity: str = "Tills vidare"
    review_by: dt.date | None = None
    document_owner: str = ""
    #: "Gäller från": the day the document applies from (the decision date when empty).
    valid_from: dt.date | None = None
    #: "Ersätter": the version or document this one replaces, e.g. "Version 1, antagen av
    #: kommunstyrelsen 2023-01-25 § 7".
    replaces: str = ""


@record
class AgreementVersion(Record):
    """One version of a pair's överenskommelse. Immutable once ``status`` is ``ADOPTED``."""

    id: int
    pair_id: int
    number: int
    title: str
    status: AgreementStatus
    metadata: DocumentMetadata
    sections: tuple[AgreementSection, ...]
    based_on_id: int | None = None
    adopted_on: dt.date | None = None
    signatories: tuple[Signatory, ...] = ()
    adopted_place: str = ""

    @property
    def is_adopted(self) -> bool:
        return self.status is AgreementStatus.ADOPTED

    @property
    def is_editable(self) -> bool:
        """Only a draft's text changes; a remiss version is what the recipients were sent."""
        return self.status is AgreementStatus.DRAFT

    def section(self, key: str) -> AgreementSection | None:
        return next((s for s in self.sections if s.key == key), None)


@record
class Signatory(Record):
    """One party signing an adopted agreement: name and the title they signed as."""

    side: Side
    name: str
    title: str


@record
class RemissAnswer(Record):
    """One recipient of a remiss (a nämnd, a partigrupp, the board) and its answer."""

    id: int
    remiss_id: int
    recipient: str
    stance: RemissStance = RemissStance.PENDING
    text: str = ""
    answered_on: dt.date | None = None


@record
class Remiss(Record):
    """A version sent out for consultation: when, until when, to whom, and what came back."""

    id: int
    version_id: int
    sent_on: dt.date
    deadline: dt.date | None
    reference: str = ""
    answers: tuple[RemissAnswer, ...] = ()


@record
class Provenance(Record):
    """Where a piece of agreement text came from: a conclusion in one conversation."""

    id: int
    version_id: int
    section_key: str
    conversation_id: int
    question_key: str
    text: str
    conversation_date: dt.date | None = None


@record
class Suggestion(Record):
    """A conclusion marked "till överenskommelsen", not yet taken into this draft."""

    conversation_id: int
    conversation_date: dt.date
    question_key: str
    question_text: str
    section_key: str
    text: str


@record
class TrashItem(Record):
    """Something deleted that can still be restored."""

    kind: str
    id: int
    label: str
    deleted_at: str


# --- The grey zone and the years ---------------------------------------------------------


class GreyZoneClass(StrEnum):
    """Whose question it turned out to be: politics' *vad*, the organisation's *hur*, or both."""

    UNCLEAR = "oklart"
    WHAT = "vad"
    HOW = "hur"
    SHARED = "gemensam"


@record
class GreyZoneEntry(Record):
    """One case in the pair's casebook of the golden zone (den gyllene zonen)."""

    id: int
    pair_id: int
    raised_on: dt.date
    question: str
    classification: GreyZoneClass = GreyZoneClass.UNCLEAR
    decided_by: str = ""
    learned: str = ""
    conversation_id: int | None = None


@record
class RatingPoint(Record):
    """One side's rating of one attitude in one conversation."""

    day: dt.date
    attitude: str
    side: Side
    value: int
    pair_id: int
