"""How every stored value is read back: one reader per column of every table the archive holds.

Design. The rules for a value live once. The pure ones (what a date, a timestamp, an id, JSON
text or a guide look like) are in the domain (``domain/values.py``, ``domain/guides.py``, the
enums of ``domain/model.py``); this module maps rows: it says which rule reads which column and
turns the JSON columns (a conversation's people present, an agreement's blocks, metadata and
signatories, a seminar group's members and timings, guide contents and snapshots) into domain
values. The repositories read those columns through these functions, and the archive import
runs every value of every row through :func:`check_row` before it writes anything. So an archive
is accepted only when every value reads the way the app reads it: a pair kind the enum knows,
guide content the guide parser accepts, a ``present`` list of names, ISO dates, ids within
SQLite's range, text without lone surrogates. A test keeps :data:`COLUMNS` in step with the
schema, so a new column cannot arrive without saying how it is read.

Readers raise :class:`ValidationError` with a short Swedish reason; the caller says where.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any

from samspel_desktop.domain.calendar import TermBasis
from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.markup import legacy_to_markup
from samspel_desktop.domain.model import (
    PICTURE_SIGNATURES,
    AgreementStatus,
    Block,
    BlockType,
    CommitmentStatus,
    ConversationStatus,
    DocumentMetadata,
    GreyZoneClass,
    Guide,
    OrganisationKind,
    PairKind,
    Phase,
    RemissStance,
    Side,
    Signatory,
)
from samspel_desktop.domain.values import (
    JsonTextError,
    check_global_id,
    check_id,
    check_integer,
    check_text,
    parse_date,
    parse_json,
    parse_timestamp,
    shown,
)

if TYPE_CHECKING:
    from samspel_desktop.domain.seminars import GroupMember

# domain.guides and domain.seminars are imported where they are used: a command that exports an
# agreement needs neither (their dataclasses cost about 10 ms to create at every start).

Reader = Callable[[Any], object]


# --- plain values ---------------------------------------------------------------------------


def flag(value: object) -> bool:
    """0 or 1 (stored booleans)."""
    if check_integer(value) not in (0, 1):
        raise ValidationError(f"{shown(value)} ska vara 0 eller 1.")
    return bool(value)


class choice:  # noqa: N801 - used like the functions beside it
    """One of an enum's stored values (``PairKind``, ``Side`` …): the enum itself is the rule."""

    def __init__(self, enum: type[Enum]) -> None:
        self.enum = enum

    def __call__(self, value: object) -> Enum:
        try:
            return self.enum(check_text(value))
        except ValueError:
            known = ", ".join(str(m.value) for m in self.enum)
            raise ValidationError(
                f"{shown(value)} är inget känt värde (känt är: {known})."
            ) from None


def seminar_uuid(value: object) -> str:
    """A seminar's identity, in the canonical form ``SeminarService`` writes."""
    import uuid as uuid_module  # (with platform: about 3 ms, for seminars only)

    text = check_text(value)
    try:
        canonical = str(uuid_module.UUID(text))
    except ValueError:
        canonical = ""
    if canonical != text:
        raise ValidationError(f"{shown(value)} är inget seminarie-id (UUID).")
    return text


# --- JSON columns -----------------------------------------------------------------------------


def _json(value: object) -> Any:
    try:
        return parse_json(check_text(value))
    except JsonTextError as error:
        raise ValidationError(f"{error.message} ({shown(value)})") from None


def _object(value: object, where: str, keys: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(f"{where} ska vara ett JSON-objekt.")
    unknown = value.keys() - keys
    if unknown:
        raise ValidationError(f"{where} har okända fält: {', '.join(map(shown, sorted(unknown)))}.")
    missing = required - value.keys()
    if missing:
        raise ValidationError(f"{where} saknar {', '.join(sorted(missing))}.")
    return value


def _list(value: object, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValidationError(f"{where} ska vara en JSON-lista.")
    return value


@functools.lru_cache(maxsize=64)
def guide(value: str, *, builtin: bool = False) -> Guide:
    """Guide content or a snapshot (the documented guide format); each text is parsed once.

    Conversations share a few snapshots, so a history of thousands of conversations parses a
    handful of texts. Guides are frozen, so sharing the parsed objects is safe.
    """
    from samspel_desktop.domain.guides import guide_from_dict

    return guide_from_dict(_json(value), builtin=builtin)


def _guide(value: object) -> Guide:
    return guide(check_text(value))


def present(value: object) -> tuple[str, ...]:
    """A conversation's people present: a JSON list of names."""
    return tuple(check_text(name) for name in _list(_json(value), "Listan över närvarande"))


def _string(value: object, where: str) -> str:
    """A string inside parsed JSON (``parse_json`` already refused lone surrogates)."""
    if not isinstance(value, str):
        raise ValidationError(f"{where}: {shown(value)} är ingen text.")
    return value


_BLOCK_TYPES = {kind.value: kind for kind in BlockType}
_BLOCK_KEYS = frozenset(("type", "text", "items", "image", "markup"))
#: ``"markup": 2`` on a block: its paragraph text and items are the agreement markup of
#: :mod:`samspel_desktop.domain.markup`. Blocks stored before it have no such key; their texts
#: are read with the old rules (only ``**bold**``) and given to the app in today's markup.
MARKUP_VERSION = 2


def _picture(value: object) -> bytes:
    """A picture's bytes, stored in base64: a PNG, JPEG or GIF (what Word import keeps)."""
    import base64  # (only agreements with pictures need it: ~1 ms of every command's start)
    import binascii

    try:
        data = base64.b64decode(_string(value, "En bild"), validate=True)
    except (ValueError, binascii.Error):
        raise ValidationError("En bild är inte giltig base64.") from None
    if not data.startswith(PICTURE_SIGNATURES):
        raise ValidationError("En bild är varken PNG, JPEG eller GIF.")
    return data


def blocks(value: object) -> tuple[Block, ...]:
    """An agreement section's text: ``[{"type": …, "text": …} | {"type": …, "items": […]}]``,
    a picture as ``{"type": "image", "text": alt text, "image": base64}``.

    Read whenever an agreement is shown or exported, so kept to one pass over the blocks.
    """
    out = []
    for raw in _list(_json(value), "Avsnittets text"):
        if not isinstance(raw, dict) or not raw.keys() <= _BLOCK_KEYS:
            _object(raw, "Ett textblock", set(_BLOCK_KEYS), {"type"})
        stored_type = raw.get("type")
        kind = _BLOCK_TYPES.get(stored_type) if isinstance(stored_type, str) else None
        if kind is None:
            choice(BlockType)(stored_type)  # raises, naming the known values
            raise AssertionError  # pragma: no cover
        items = raw.get("items", [])
        if not isinstance(items, list):
            raise ValidationError("Punktlistan ska vara en JSON-lista.")
        text = _string(raw.get("text", ""), "Ett textblock")
        texts = tuple(_string(i, "En punkt") for i in items)
        version = raw.get("markup")
        if version is None:
            if kind is BlockType.PARAGRAPH:
                text = legacy_to_markup(text)
            texts = tuple(legacy_to_markup(i) for i in texts)
        elif type(version) is not int or version != MARKUP_VERSION:
            raise ValidationError(
                f"Ett textblock har ett textformat som den här versionen inte känner till "
                f"({shown(version)})."
            )
        picture = raw.get("image")
        if (picture is not None) != (kind is BlockType.IMAGE):
            raise ValidationError("Bara en bild har en bild, och en bild har alltid en.")
        image = _picture(picture) if picture is not None else b""
        out.append(Block(type=kind, text=text, items=texts, image=image))
    return tuple(out)


_METADATA_TEXTS = (
    "document_type",
    "decided_by",
    "decision_paragraph",
    "registration_number",
    "applies_to",
    "validity",
    "document_owner",
    "replaces",
)
_METADATA_DATES = ("decision_date", "review_by", "valid_from")


def metadata(value: object) -> DocumentMetadata:
    """An agreement version's document header; keys left out take their defaults."""
    keys = {*_METADATA_TEXTS, *_METADATA_DATES}
    data = _object(_json(value), "Dokumentuppgifterna", keys, set())
    fields: dict[str, Any] = {k: check_text(data[k]) for k in _METADATA_TEXTS if k in data}
    for key in _METADATA_DATES:
        day = data.get(key)
        fields[key] = None if day is None or day == "" else parse_date(day)
    return DocumentMetadata(**fields)


def signatories(value: object) -> tuple[Signatory, ...]:
    out = []
    for raw in _list(_json(value), "Underskrifterna"):
        data = _object(raw, "En underskrift", {"side", "name", "title"}, {"side", "name", "title"})
        side = choice(Side)(data["side"])
        assert isinstance(side, Side)
        out.append(Signatory(side, check_text(data["name"]), check_text(data["title"])))
    return tuple(out)


def members(value: object) -> tuple[GroupMember, ...]:
    """A seminar group's members: ``[{"name": …, "role": …}]``."""
    from samspel_desktop.domain.seminars import GroupMember

    out = []
    for raw in _list(_json(value), "Gruppens deltagare"):
        data = _object(raw, "En deltagare", {"name", "role"}, {"name", "role"})
        out.append(GroupMember(check_text(data["name"]), check_text(data["role"])))
    return tuple(out)


def timings(value: object) -> tuple[tuple[str, int], ...]:
    """A seminar's countdown per question: ``{question key: minutes}``."""
    from samspel_desktop.domain.seminars import MAX_MINUTES

    data = _json(value)
    if not isinstance(data, dict):
        raise ValidationError("Tiderna ska vara ett JSON-objekt.")
    out = []
    for key, minutes in data.items():
        if check_integer(minutes) not in range(1, MAX_MINUTES + 1):
            raise ValidationError(f"Tiden för en fråga ska vara 1–{MAX_MINUTES} minuter.")
        out.append((check_text(key), minutes))
    return tuple(sorted(out))


# --- the tables ---------------------------------------------------------------------------------

_text, _id, _int, _date, _time = check_text, check_id, check_integer, parse_date, parse_timestamp
_gid = check_global_id

#: Every column of every archived table and the reader the app uses for it (``None`` allowed
#: only where the schema allows NULL; that is checked against the schema, not here).
COLUMNS: Mapping[str, Mapping[str, Reader]] = {
    "organisations": {
        "id": _id,
        "gid": _gid,
        "name": _text,
        "kind": choice(OrganisationKind),
        "is_demo": flag,
        "created_at": _time,
        "deleted_at": _time,
    },
    "persons": {
        "id": _id,
        "gid": _gid,
        "organisation_id": _id,
        "name": _text,
        "title": _text,
        "created_at": _time,
    },
    "pairs": {
        "id": _id,
        "gid": _gid,
        "organisation_id": _id,
        "kind": choice(PairKind),
        "political_person_id": _id,
        "executive_person_id": _id,
        "start_date": _date,
        "end_date": _date,
        "phase": choice(Phase),
        "body": _text,
        "term": choice(TermBasis),
        "predecessor_id": _id,
        "created_at": _time,
        "deleted_at": _time,
    },
    "guides": {
        "id": _text,
        "version": _int,
        "title": _text,
        "purpose": _text,
        "builtin": flag,
        "content": _guide,
        "updated_at": _time,
        "deleted_at": _time,
    },
    "conversations": {
        "id": _id,
        "gid": _gid,
        "pair_id": _id,
        "date": _date,
        "status": choice(ConversationStatus),
        "present": present,
        "notes": _text,
        "next_meeting": _date,
        "created_at": _time,
        "updated_at": _time,
        "deleted_at": _time,
    },
    "conversation_guides": {
        "id": _id,
        "gid": _gid,
        "conversation_id": _id,
        "position": _int,
        "guide_id": _text,
        "guide_version": _int,
        "snapshot": _guide,
    },
    "answers": {
        "id": _id,
        "gid": _gid,
        "conversation_id": _id,
        "question_key": _text,
        "political": _text,
        "executive": _text,
        "conclusion": _text,
        "to_agreement": flag,
        "agreement_section_key": _text,
        "ratings_revealed": flag,
        "updated_at": _time,
    },
    "ratings": {
        "id": _id,
        "gid": _gid,
        "conversation_id": _id,
        "question_key": _text,
        "side": choice(Side),
        "value": _int,
        "updated_at": _time,
    },
    "commitments": {
        "id": _id,
        "gid": _gid,
        "pair_id": _id,
        "what": _text,
        "owner_side": choice(Side),
        "owner_name": _text,
        "due_date": _date,
        "status": choice(CommitmentStatus),
        "status_note": _text,
        "created_in": _id,
        "closed_in": _id,
        "created_at": _time,
        "updated_at": _time,
        "deleted_at": _time,
    },
    "agreement_versions": {
        "id": _id,
        "gid": _gid,
        "pair_id": _id,
        "number": _int,
        "title": _text,
        "status": choice(AgreementStatus),
        "metadata": metadata,
        "based_on_id": _id,
        "adopted_on": _date,
        "created_at": _time,
        "updated_at": _time,
        "deleted_at": _time,
        "signatories": signatories,
        "adopted_place": _text,
    },
    "agreement_sections": {
        "id": _id,
        "gid": _gid,
        "version_id": _id,
        "position": _int,
        "key": _text,
        "title": _text,
        "guidance": _text,
        "blocks": blocks,
    },
    "agreement_remisses": {
        "id": _id,
        "gid": _gid,
        "version_id": _id,
        "sent_on": _date,
        "deadline": _date,
        "reference": _text,
        "created_at": _time,
    },
    "agreement_remiss_answers": {
        "id": _id,
        "gid": _gid,
        "remiss_id": _id,
        "ordinal": _int,
        "recipient": _text,
        "stance": choice(RemissStance),
        "text": _text,
        "answered_on": _date,
        "updated_at": _time,
    },
    "agreement_provenance": {
        "id": _id,
        "gid": _gid,
        "version_id": _id,
        "section_key": _text,
        "conversation_id": _id,
        "question_key": _text,
        "text": _text,
        "created_at": _time,
    },
    "greyzone_entries": {
        "id": _id,
        "gid": _gid,
        "pair_id": _id,
        "conversation_id": _id,
        "raised_on": _date,
        "question": _text,
        "classification": choice(GreyZoneClass),
        "decided_by": _text,
        "learned": _text,
        "created_at": _time,
        "updated_at": _time,
        "deleted_at": _time,
    },
    "seminars": {
        "id": _id,
        "uuid": seminar_uuid,
        "title": _text,
        "date": _date,
        "place": _text,
        "facilitator": _text,
        "guide_id": _text,
        "guide_version": _int,
        "guide_snapshot": _guide,
        "current_question": _text,
        "minutes": _int,
        "timings": timings,
        "created_at": _time,
        "updated_at": _time,
        "deleted_at": _time,
    },
    "seminar_groups": {
        "id": _id,
        "seminar_id": _id,
        "position": _int,
        "name": _text,
        "name_key": _text,
        "members": members,
        "created_at": _time,
    },
    "seminar_answers": {
        "id": _id,
        "group_id": _id,
        "question_key": _text,
        "text": _text,
        "conflict_text": _text,
        "conflict_source": _text,
        "updated_at": _time,
    },
    "seminar_syntheses": {
        "id": _id,
        "seminar_id": _id,
        "question_key": _text,
        "text": _text,
        "updated_at": _time,
    },
}


# --- values that must agree within a row (as the repositories write them) ----------------------


def _same_guide(id_column: str, version_column: str, content_column: str) -> Callable[..., None]:
    def check(row: Mapping[str, Any], read: Mapping[str, Any]) -> None:
        content = read[content_column]
        if row[id_column] != content.id or row.get(version_column, content.version) != (
            content.version
        ):
            raise RowValueError(
                content_column,
                f"guidens id och version ({content.id}, {content.version}) stämmer inte med "
                f"{id_column} och {version_column}.",
            )

    return check


def _group_key(row: Mapping[str, Any], read: Mapping[str, Any]) -> None:
    from samspel_desktop.domain.seminars import name_key

    if row["name_key"] != name_key(row["name"]):
        raise RowValueError("name_key", "stämmer inte med gruppens namn.")


ROW_RULES: Mapping[str, Callable[[Mapping[str, Any], Mapping[str, Any]], None]] = {
    "guides": _same_guide("id", "version", "content"),
    "conversation_guides": _same_guide("guide_id", "guide_version", "snapshot"),
    "seminars": _same_guide("guide_id", "guide_version", "guide_snapshot"),
    "seminar_groups": _group_key,
}


class RowValueError(ValidationError):
    """A value of a row that the app could not read; ``column`` says which."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column


def check_row(table: str, row: Mapping[str, Any]) -> None:
    """Read every value of ``row`` as the app would; :class:`RowValueError` at the first failure.

    NULLs are skipped (the schema decides where they are allowed).
    """
    readers = COLUMNS[table]
    read: dict[str, Any] = {}
    for column, value in row.items():
        if value is None:
            continue
        try:
            read[column] = readers[column](value)
        except ValidationError as error:
            raise RowValueError(column, error.message) from None
    rule = ROW_RULES.get(table)
    if rule is not None:
        rule(row, read)
