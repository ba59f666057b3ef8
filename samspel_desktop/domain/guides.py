"""Reading and writing the guide format (``resources/guides/guide.schema.json``).

The validation here is the one the app relies on; the JSON Schema documents the same rules and a
test keeps the two in agreement.

Format version 2 says whose words every text is: a question's ``origin`` (``quoted`` – exactly
its source's words; ``own`` – the guide author's, building on its source), ``quotes`` (exact
words from a source, with the source) and the guide's ``author``. Version 1 files still import:
their questions become the author's own, building on the source they named – never a quotation,
so no text is put in a source's mouth that the file did not mark as quoted.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from samspel_desktop.domain import labels
from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import (
    AnswerShape,
    AnswerType,
    Guide,
    GuideSection,
    Question,
    QuestionOrigin,
    Quote,
)
from samspel_desktop.domain.text import clean_text
from samspel_desktop.domain.values import shown

GUIDE_FORMAT = "samspel-guide"
GUIDE_FORMAT_VERSION = 2
#: Versions this app reads (1: before attribution; its files still import).
READABLE_FORMAT_VERSIONS = (1, 2)
PURPOSES = (
    "general",
    "start",
    "opposition",
    "follow_up",
    "ratings",
    "resilience",
    "renewal",
    "midpoint",
    "election",
)
#: Who wrote the built-in guides' own questions and guidance.
SAMSPEL_AUTHOR = "Samspel"
_MAX_QUOTES = 20
#: Highest guide version: far beyond any number of edits, and room to raise it (+1) anywhere.
MAX_VERSION = 1_000_000_000
_GUIDE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
_ITEM_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


def _obj(value: object, where: str, required: set[str], optional: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(f"{where}: ska vara ett objekt.")
    missing = required - value.keys()
    if missing:
        raise ValidationError(f"{where}: saknar {', '.join(sorted(missing))}.")
    unknown = value.keys() - required - optional
    if unknown:
        names = sorted(map(str, unknown))
        listed = ", ".join(shown(n) for n in names[:5]) + (" …" if len(names) > 5 else "")
        raise ValidationError(f"{where}: okända fält {listed}.")
    return value


def _str(value: object, where: str, *, max_length: int, required: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{where} ska vara text.")
    text = clean_text(value, max_length=max_length, field=where).strip()
    if required and not text:
        raise ValidationError(f"{where} får inte vara tom.")
    return text


def _source(value: object, where: str) -> str:
    data = _obj(value, where, {"text"}, set())
    return _str(data["text"], where, max_length=500)


def _quotes(value: object, where: str) -> tuple[Quote, ...]:
    if not isinstance(value, list) or len(value) > _MAX_QUOTES:
        raise ValidationError(f"{where}: citaten ska vara en lista med högst {_MAX_QUOTES} citat.")
    out = []
    for n, raw in enumerate(value, start=1):
        data = _obj(raw, f"{where}, citat {n}", {"text", "source"}, set())
        out.append(
            Quote(
                text=_str(data["text"], f"{where}, citat {n}", max_length=2000),
                source=_source(data["source"], f"{where}, citat {n}: källan"),
            )
        )
    return tuple(out)


def _origin(value: object, where: str) -> QuestionOrigin:
    if value not in ("quoted", "own"):
        raise ValidationError(f"{where}: ursprunget ska vara ”quoted” eller ”own”.")
    return QuestionOrigin(value)


def _answer(value: object, where: str) -> AnswerShape:
    if not isinstance(value, dict) or value.get("type") not in ("perspectives", "rating"):
        raise ValidationError(f"{where}: svarsformen ska vara ”perspectives” eller ”rating”.")
    if value["type"] == "perspectives":
        _obj(value, where, {"type"}, set())
        return AnswerShape(AnswerType.PERSPECTIVES)
    data = _obj(value, where, {"type", "scale"}, set())
    scale = data["scale"]
    if not isinstance(scale, list) or len(scale) != 5:
        raise ValidationError(f"{where}: skalan ska ha exakt fem steg (1–5).")
    labels = tuple(
        _str(s, f"{where}: skalans steg {n}", max_length=120) for n, s in enumerate(scale, 1)
    )
    return AnswerShape(AnswerType.RATING, labels)


def guide_from_dict(data: object, *, builtin: bool = False) -> Guide:
    """Parse and validate one guide; raises :class:`ValidationError` with a Swedish message."""
    version_1 = isinstance(data, dict) and type(data.get("format_version")) is int
    v2 = not (version_1 and isinstance(data, dict) and data["format_version"] == 1)
    top = _obj(
        data,
        "Guiden",
        {"format", "format_version", "id", "version", "title", "summary", "sections"},
        {"purpose", "source", "author"} if v2 else {"purpose", "source"},
    )
    if top["format"] != GUIDE_FORMAT:
        raise ValidationError("Filen är inte en Samspel-guide.")
    version_of_format = top["format_version"]
    if type(version_of_format) is not int or version_of_format not in READABLE_FORMAT_VERSIONS:
        raise ValidationError(
            f"Guidens formatversion {shown(top['format_version'])} stöds inte av den här versionen."
        )
    guide_id = top["id"]
    if not isinstance(guide_id, str) or not _GUIDE_ID.match(guide_id):
        raise ValidationError("Guidens id ska bestå av små bokstäver a–z, siffror och bindestreck.")
    version = top["version"]
    if not isinstance(version, int) or isinstance(version, bool) or not 1 <= version <= MAX_VERSION:
        raise ValidationError(f"Guidens version ska vara ett heltal från 1 till {MAX_VERSION}.")
    purpose = top.get("purpose", "general")
    if purpose not in PURPOSES:
        raise ValidationError(f"Guidens syfte {shown(purpose)} är okänt.")
    sections_raw = top["sections"]
    if not isinstance(sections_raw, list) or not 1 <= len(sections_raw) <= 100:
        raise ValidationError("Guiden ska ha mellan 1 och 100 avsnitt.")
    sections: list[GuideSection] = []
    seen_sections: set[str] = set()
    seen_questions: set[str] = set()
    for i, raw in enumerate(sections_raw, start=1):
        where = f"Avsnitt {i}"
        s = _obj(raw, where, {"id", "title", "questions"}, {"intro", "quotes"} if v2 else {"intro"})
        sid = s["id"]
        if not isinstance(sid, str) or not _ITEM_ID.match(sid) or sid in seen_sections:
            raise ValidationError(f"{where}: id saknas, är ogiltigt eller förekommer två gånger.")
        seen_sections.add(sid)
        questions_raw = s["questions"]
        if not isinstance(questions_raw, list) or not 1 <= len(questions_raw) <= 200:
            raise ValidationError(f"{where}: ska ha mellan 1 och 200 frågor.")
        questions: list[Question] = []
        for j, qraw in enumerate(questions_raw, start=1):
            qwhere = f"{where}, fråga {j}"
            q = _obj(
                qraw,
                qwhere,
                {"id", "text", "answer"},
                {"guidance", "source", "origin", "quotes"} if v2 else {"guidance", "source"},
            )
            qid = q["id"]
            if not isinstance(qid, str) or not _ITEM_ID.match(qid) or qid in seen_questions:
                raise ValidationError(
                    f"{qwhere}: id saknas, är ogiltigt eller förekommer två gånger."
                )
            seen_questions.add(qid)
            source = _source(q["source"], f"{qwhere}: källan") if "source" in q else ""
            origin = _origin(q.get("origin", "own"), qwhere)
            if origin is QuestionOrigin.QUOTED and not source:
                raise ValidationError(f"{qwhere}: en citerad fråga ska ange sin källa.")
            questions.append(
                Question(
                    id=qid,
                    text=_str(q["text"], f"{qwhere}: frågetexten", max_length=1000),
                    answer=_answer(q["answer"], qwhere),
                    guidance=_str(
                        q.get("guidance", ""),
                        f"{qwhere}: vägledningen",
                        max_length=4000,
                        required=False,
                    ),
                    source=source,
                    origin=origin,
                    quotes=_quotes(q["quotes"], qwhere) if "quotes" in q else (),
                )
            )
        sections.append(
            GuideSection(
                id=sid,
                title=_str(s["title"], f"{where}: rubriken", max_length=200),
                questions=tuple(questions),
                intro=_str(
                    s.get("intro", ""), f"{where}: inledningen", max_length=4000, required=False
                ),
                quotes=_quotes(s["quotes"], where) if "quotes" in s else (),
            )
        )
    return Guide(
        id=guide_id,
        version=version,
        title=_str(top["title"], "Guidens titel", max_length=200),
        summary=_str(top["summary"], "Guidens sammanfattning", max_length=2000, required=False),
        sections=tuple(sections),
        purpose=purpose,
        source=_source(top["source"], "Guidens källa") if "source" in top else "",
        builtin=builtin,
        author=_str(top.get("author", ""), "Guidens författare", max_length=200, required=False),
    )


def guide_to_dict(guide: Guide) -> dict[str, Any]:
    """The inverse of :func:`guide_from_dict` (``builtin`` is not part of the file format).

    Always the current format version: a version 1 guide is written as version 2.
    """

    def quotes(items: tuple[Quote, ...]) -> list[dict[str, Any]]:
        return [{"text": q.text, "source": {"text": q.source}} for q in items]

    def question(q: Question) -> dict[str, Any]:
        out: dict[str, Any] = {"id": q.id, "text": q.text, "origin": q.origin.value}
        if q.source:
            out["source"] = {"text": q.source}
        if q.quotes:
            out["quotes"] = quotes(q.quotes)
        if q.guidance:
            out["guidance"] = q.guidance
        if q.answer.type is AnswerType.RATING:
            out["answer"] = {"type": "rating", "scale": list(q.answer.scale)}
        else:
            out["answer"] = {"type": "perspectives"}
        return out

    data: dict[str, Any] = {
        "format": GUIDE_FORMAT,
        "format_version": GUIDE_FORMAT_VERSION,
        "id": guide.id,
        "version": guide.version,
        "title": guide.title,
        "summary": guide.summary,
        "purpose": guide.purpose,
    }
    if guide.author:
        data["author"] = guide.author
    if guide.source:
        data["source"] = {"text": guide.source}
    data["sections"] = [
        {
            "id": s.id,
            "title": s.title,
            **({"intro": s.intro} if s.intro else {}),
            **({"quotes": quotes(s.quotes)} if s.quotes else {}),
            "questions": [question(q) for q in s.questions],
        }
        for s in guide.sections
    ]
    return data


# --- attribution ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Attribution:
    """Whose words a question is: ``source``'s exactly (``QUOTED``), or ``author``'s building
    on ``source`` (``OWN``); either may be empty for an own question."""

    origin: QuestionOrigin
    author: str
    source: str


def question_attribution(guide: Guide, question: Question) -> Attribution:
    return Attribution(question.origin, guide.author, question.source)


def attribution_text(
    attribution: Attribution, translate: Callable[[str], str] = labels.as_is
) -> str:
    """ "Källa: SKR …" for a quotation, "Samspel, utifrån SKR …" for the guide's own question:
    Swedish (Word, the command line), or as ``translate`` gives it (the window)."""
    if attribution.origin is QuestionOrigin.QUOTED:
        return labels.fill(translate(labels.SOURCE_QUOTED), attribution.source)
    if attribution.author and attribution.source:
        return labels.fill(translate(labels.SOURCE_OWN), attribution.author, attribution.source)
    if attribution.source:
        return labels.fill(translate(labels.SOURCE_BASED_ON), attribution.source)
    return attribution.author


def quote_text(quote: Quote) -> str:
    """A quotation as Swedish typography writes it: ”…” (source)."""
    return f"”{quote.text}” ({quote.source})"


_SOURCE_LINE = re.compile(r"^\s*(?:källa|source)\s*:\s*(.*)$", re.IGNORECASE)


def quotes_to_plain(quotes: Iterable[Quote]) -> str:
    """Quotes as the guide editor shows them: the words, then "Källa: …"; a blank line between."""
    return "\n\n".join(f"{q.text}\nKälla: {q.source}" for q in quotes)


def quotes_from_plain(text: str) -> list[dict[str, Any]]:
    """The editor's text back to the file format's quotes (validated by :func:`guide_from_dict`).

    A block without a "Källa:" line gets an empty source, which validation then explains.
    """
    out: list[dict[str, Any]] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        source = ""
        match = _SOURCE_LINE.match(lines[-1])
        if match:
            source = match.group(1).strip()
            lines = lines[:-1]
        words = "\n".join(lines).strip().strip('”“"').strip()
        out.append({"text": words, "source": {"text": source}})
    return out


# --- sharing and editing ------------------------------------------------------------------------

#: Largest id length allowed by the format (guide ids are 2–63 characters).
_MAX_ID_LENGTH = 63


def guide_file_bytes(guide: Guide) -> bytes:
    """The canonical file form of a guide: UTF-8 JSON, two-space indent, final newline.

    Export always writes this form, so export → import → export gives the same bytes.
    """
    text = json.dumps(guide_to_dict(guide), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def same_content(a: Guide, b: Guide) -> bool:
    """True when two guides say the same thing; the version number is not content."""
    left, right = guide_to_dict(a), guide_to_dict(b)
    left.pop("version")
    right.pop("version")
    return left == right


def unique_id(base: str, taken: Iterable[str], *, suffix: str = "") -> str:
    """``base`` + ``suffix`` made unique among ``taken`` by adding ``-2``, ``-3`` …"""
    used = set(taken)
    stem = f"{base}{suffix}"
    candidate = stem[:_MAX_ID_LENGTH].rstrip("-")
    number = 2
    while candidate in used:
        tail = f"-{number}"
        candidate = stem[: _MAX_ID_LENGTH - len(tail)].rstrip("-") + tail
        number += 1
    return candidate


def slug(text: str, *, fallback: str) -> str:
    """An id made from text: ``"Vad är svårt?"`` → ``"vad-ar-svart"``."""
    folded = unicodedata.normalize("NFKD", text.lower())
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = re.findall(r"[a-z0-9]+", ascii_text)
    candidate = "-".join(words)[:40].strip("-")
    return candidate if len(candidate) >= 2 else fallback


def duplicate_guide(guide: Guide, taken_ids: Iterable[str]) -> Guide:
    """An editable copy: a new id (``…-kopia``), title "… (kopia)", version 1, not built in.

    The copy keeps every question's origin, source and quotes; its author is kept too, so an
    unchanged question is still credited to whoever wrote it (the editor lets it be changed).
    """
    return dataclasses.replace(
        guide,
        id=unique_id(guide.id, taken_ids, suffix="-kopia"),
        version=1,
        title=f"{guide.title} (kopia)"[:200],
        builtin=False,
    )
