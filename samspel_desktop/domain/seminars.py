"""Seminars: a facilitator (processledare) takes many groups through one guide.

A seminar has a UUID made when it is created; it is the seminar's identity on every laptop, so a
group's answers typed on another laptop find their way back (``samspel-seminar`` files, see
``docs/seminars.md``). A question's identity is its guide id + question id.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid as uuid_module
from dataclasses import dataclass, field
from typing import Any

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import guide_from_dict, guide_to_dict
from samspel_desktop.domain.model import Guide, GuideSection, Question
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.domain.values import parse_date, shown

SEMINAR_FORMAT = "samspel-seminar"
SEMINAR_FORMAT_VERSION = 1
#: Longest countdown a facilitator can set for one question, in minutes.
MAX_MINUTES = 180
DEFAULT_MINUTES = 10


@dataclass(frozen=True)
class GroupMember:
    """One person at a group's table and the role they bring (e.g. "KSO", "Förvaltningschef")."""

    name: str
    role: str = ""

    def display(self) -> str:
        return f"{self.name} ({self.role})" if self.role else self.name


@dataclass(frozen=True)
class SeminarGroup:
    """A pair, or a table of several people; answers are kept per group."""

    id: int
    seminar_id: int
    name: str
    members: tuple[GroupMember, ...] = ()

    @property
    def members_text(self) -> str:
        return format_members(self.members)


@dataclass(frozen=True)
class Seminar:
    """A seminar with one guide (a snapshot taken when it was created) and its groups."""

    id: int
    uuid: str
    title: str
    date: dt.date
    guide: Guide
    groups: tuple[SeminarGroup, ...] = ()
    place: str = ""
    facilitator: str = ""
    current_question: str = ""
    minutes: int = DEFAULT_MINUTES
    #: Countdown length per question key, where the facilitator chose one.
    timings: tuple[tuple[str, int], ...] = ()

    def questions(self) -> list[tuple[GuideSection, Question]]:
        return self.guide.questions()

    def question_keys(self) -> list[str]:
        return [self.guide.question_key(q) for _, q in self.questions()]

    def current_index(self) -> int:
        keys = self.question_keys()
        return keys.index(self.current_question) if self.current_question in keys else 0

    def minutes_for(self, question_key: str) -> int:
        return dict(self.timings).get(question_key, self.minutes)

    def group(self, group_id: int) -> SeminarGroup:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise ValidationError(f"Gruppen {group_id} hör inte till seminariet.")

    def group_named(self, name: str) -> SeminarGroup | None:
        wanted = name_key(name)
        return next((g for g in self.groups if name_key(g.name) == wanted), None)


@dataclass(frozen=True)
class SeminarAnswer:
    """What one group said about one question.

    ``conflict_text`` holds a different text that came in from a group's file while ``text``
    already had something: nothing is overwritten, the facilitator chooses.
    """

    group_id: int
    question_key: str
    text: str = ""
    conflict_text: str = ""
    conflict_source: str = ""

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflict_text.strip())


@dataclass(frozen=True)
class MergeReport:
    """What an import of a seminar file did."""

    seminar_id: int
    seminar_title: str
    created_seminar: bool = False
    groups_added: tuple[str, ...] = ()
    answers_added: int = 0
    unchanged: int = 0
    conflicts: tuple[tuple[str, str], ...] = ()  # (group name, question key)
    skipped: int = 0  # answers to questions the seminar's guide does not have

    def summary(self) -> str:
        parts = []
        if self.created_seminar:
            parts.append(f"Seminariet ”{self.seminar_title}” lades till.")
        if self.groups_added:
            parts.append(f"Nya grupper: {', '.join(self.groups_added)}.")
        parts.append(f"{self.answers_added} svar lästes in, {self.unchanged} fanns redan.")
        if self.conflicts:
            parts.append(
                f"{len(self.conflicts)} svar skilde sig från det som redan fanns: båda texterna "
                "är sparade och markerade som konflikt – välj vilken som gäller."
            )
        if self.skipped:
            parts.append(
                f"{self.skipped} svar gällde frågor som inte finns i seminariets guide och "
                "lästes inte in."
            )
        return " ".join(parts)


@dataclass(frozen=True)
class FileGroup:
    """A group as it appears in a seminar file, with its answers by question key."""

    name: str
    members: tuple[GroupMember, ...]
    answers: tuple[tuple[str, str], ...]  # (question key, text)


@dataclass(frozen=True)
class SeminarFile:
    """A parsed ``samspel-seminar`` file."""

    uuid: str
    title: str
    date: dt.date
    place: str
    facilitator: str
    guide: Guide
    groups: tuple[FileGroup, ...]


def name_key(name: str) -> str:
    """Group names match regardless of case and spacing ("grupp 3" is "Grupp  3")."""
    return " ".join(name.split()).casefold()


def new_seminar_uuid() -> str:
    return str(uuid_module.uuid4())


def check_uuid(value: str) -> str:
    try:
        return str(uuid_module.UUID(value.strip()))
    except (ValueError, AttributeError):
        raise ValidationError(f"”{value}” är inte ett seminarie-id (UUID).") from None


# --- members as one line of text ------------------------------------------------------------

_ROLE = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]*)\)\s*$")


def parse_members(text: str) -> tuple[GroupMember, ...]:
    """``"Anna Berg (KSO), Karl Ek (KD)"`` → two members; commas or new lines separate."""
    members = []
    for raw in re.split(r"[,;\n]", text):
        part = " ".join(raw.split())
        if not part:
            continue
        match = _ROLE.match(part)
        name, role = (match["name"], match["role"]) if match else (part, "")
        name = clean_line(name or role, field="namnet")
        members.append(GroupMember(name, clean_line(role, field="rollen", required=False)))
    if len(members) > 50:
        raise ValidationError("En grupp kan ha högst 50 deltagare.")
    return tuple(members)


def format_members(members: tuple[GroupMember, ...]) -> str:
    return ", ".join(m.display() for m in members)


# --- the countdown --------------------------------------------------------------------------


@dataclass
class Countdown:
    """A countdown told the time by its caller (a monotonic clock in seconds).

    It has no clock of its own, so a test drives it with plain numbers.
    """

    duration: float
    _elapsed: float = 0.0
    _started_at: float | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def elapsed(self, now: float) -> float:
        extra = now - self._started_at if self._started_at is not None else 0.0
        return self._elapsed + max(0.0, extra)

    def remaining(self, now: float) -> float:
        return max(0.0, self.duration - self.elapsed(now))

    def finished(self, now: float) -> bool:
        return self.remaining(now) <= 0.0

    def start(self, now: float) -> None:
        if self._started_at is None and not self.finished(now):
            self._started_at = now

    def pause(self, now: float) -> None:
        if self._started_at is not None:
            self._elapsed = self.elapsed(now)
            self._started_at = None

    def add(self, seconds: float, now: float) -> None:
        """More time; a finished countdown that gets more time is no longer finished."""
        self._elapsed = self.elapsed(now)
        if self._started_at is not None:
            self._started_at = now
        self._elapsed = min(self._elapsed, self.duration)
        self.duration = min(self.duration + seconds, self._elapsed + MAX_MINUTES * 60)

    def reset(self, duration: float) -> None:
        self.duration = duration
        self._elapsed = 0.0
        self._started_at = None


def format_clock(seconds: float) -> str:
    """``mm:ss``, rounded up so a fresh 10-minute countdown reads 10:00 and 00:00 means done."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60:02d}:{whole % 60:02d}"


# --- the seminar file -----------------------------------------------------------------------


def seminar_to_dict(
    seminar: Seminar, answers: dict[int, list[SeminarAnswer]] | None = None
) -> dict[str, Any]:
    """The shareable form: the seminar, its guide, its groups and (optionally) their answers.

    ``answers`` maps group id to that group's answers; groups not in it are written without
    answers. Conflicting texts are not shared: they are the facilitator's to settle.
    """
    answers = answers or {}
    groups = []
    for group in seminar.groups:
        texts = {a.question_key: a.text for a in answers.get(group.id, [])}
        rows = [
            {"guide_id": seminar.guide.id, "question_id": q.id, "text": texts[key]}
            for _, q in seminar.questions()
            if texts.get(key := seminar.guide.question_key(q), "").strip()
        ]
        groups.append(
            {
                "name": group.name,
                "members": [{"name": m.name, "role": m.role} for m in group.members],
                "answers": rows,
            }
        )
    return {
        "format": SEMINAR_FORMAT,
        "format_version": SEMINAR_FORMAT_VERSION,
        "seminar": {
            "uuid": seminar.uuid,
            "title": seminar.title,
            "date": seminar.date.isoformat(),
            "place": seminar.place,
            "facilitator": seminar.facilitator,
        },
        "guide": guide_to_dict(seminar.guide),
        "groups": groups,
    }


def _obj(value: object, where: str, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(f"{where} ska vara ett objekt.")
    missing = keys - value.keys()
    if missing:
        raise ValidationError(f"{where} saknar {', '.join(sorted(missing))}.")
    unknown = value.keys() - keys
    if unknown:
        names = sorted(map(str, unknown))
        listed = ", ".join(shown(n) for n in names[:5]) + (" …" if len(names) > 5 else "")
        raise ValidationError(f"{where} har okända fält: {listed}.")
    return value


def _text(value: object, where: str, *, short: bool = True, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{where} ska vara text.")
    if short:
        return clean_line(value, field=where, required=required)
    return clean_text(value, field=where).strip()


def seminar_from_dict(data: object) -> SeminarFile:
    """Parse and check a seminar file; :class:`ValidationError` in Swedish on any problem."""
    if not isinstance(data, dict) or data.get("format") != SEMINAR_FORMAT:
        raise ValidationError("Filen är inte en Samspel-seminariefil.")
    version_of_format = data.get("format_version")
    if type(version_of_format) is not int or version_of_format != SEMINAR_FORMAT_VERSION:
        raise ValidationError(
            f"Seminariefilens formatversion {shown(data.get('format_version'))} stöds inte av "
            "den här versionen av Samspel."
        )
    top = _obj(data, "Seminariefilen", {"format", "format_version", "seminar", "guide", "groups"})
    info = _obj(top["seminar"], "Seminariet", {"uuid", "title", "date", "place", "facilitator"})
    if not isinstance(info["uuid"], str):
        raise ValidationError("Seminariets id ska vara text.")
    try:
        date = parse_date(info["date"])
    except ValidationError as error:
        raise ValidationError(f"Seminariets datum: {error.message}") from None
    guide = guide_from_dict(top["guide"])
    questions = {q.id for _, q in guide.questions()}
    groups_raw = top["groups"]
    if not isinstance(groups_raw, list) or len(groups_raw) > 500:
        raise ValidationError("Seminariefilens grupper ska vara en lista (högst 500).")
    groups: list[FileGroup] = []
    seen: set[str] = set()
    for i, raw in enumerate(groups_raw, start=1):
        where = f"Grupp {i}"
        g = _obj(raw, where, {"name", "members", "answers"})
        name = _text(g["name"], f"{where}: namnet", required=True)
        if name_key(name) in seen:
            raise ValidationError(f"Gruppen ”{name}” förekommer två gånger i filen.")
        seen.add(name_key(name))
        if not isinstance(g["members"], list) or not isinstance(g["answers"], list):
            raise ValidationError(f"{where}: deltagare och svar ska vara listor.")
        members = []
        for m in g["members"]:
            member = _obj(m, f"{where}: en deltagare", {"name", "role"})
            members.append(
                GroupMember(
                    _text(member["name"], f"{where}: deltagarens namn", required=True),
                    _text(member["role"], f"{where}: deltagarens roll"),
                )
            )
        answers: dict[str, str] = {}
        for a in g["answers"]:
            answer = _obj(a, f"{where}: ett svar", {"guide_id", "question_id", "text"})
            question_id = answer["question_id"]
            if (
                answer["guide_id"] != guide.id
                or not isinstance(question_id, str)
                or question_id not in questions
            ):
                raise ValidationError(
                    f"{where}: ett svar gäller frågan {shown(answer['guide_id'])}/"
                    f"{shown(answer['question_id'])}, som inte finns i filens guide."
                )
            key = f"{guide.id}/{answer['question_id']}"
            if key in answers:
                raise ValidationError(f"{where}: frågan {key} besvaras två gånger.")
            answers[key] = _text(answer["text"], f"{where}: svaret", short=False)
        groups.append(FileGroup(name, tuple(members), tuple(answers.items())))
    return SeminarFile(
        uuid=check_uuid(info["uuid"]),
        title=_text(info["title"], "Seminariets titel", required=True),
        date=date,
        place=_text(info["place"], "Seminariets plats"),
        facilitator=_text(info["facilitator"], "Processledaren"),
        guide=guide,
        groups=tuple(groups),
    )
