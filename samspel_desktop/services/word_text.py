"""Word import, the words: styles, numbering and the running text of ``word/document.xml``,
read into a title, sections and blocks (see :mod:`samspel_desktop.services.word_import` for the
rules, the package and its limits).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from lxml import etree

from samspel_desktop.domain.errors import WordImportError
from samspel_desktop.domain.markup import Run, markup_runs, runs_to_markup
from samspel_desktop.domain.model import PICTURE_SIGNATURES, AgreementSection, Block, BlockType
from samspel_desktop.domain.text import MAX_SHORT_TEXT_LENGTH, text_for_word
from samspel_desktop.services.agreements import new_section_key

if TYPE_CHECKING:
    from samspel_desktop.services.word_import import _CappedPart

MAX_SECTIONS = 300
#: A heading line is short; longer bold text is an emphasised paragraph.
MAX_HEADING_CHARS = 120

_NUMBERED_HEADING = re.compile(r"^(\d{1,2})(?:\.\d{1,2})*\.?\s+(\S.*)$")
_MANUAL_BULLET = re.compile(r"^\s*[-–•·*▪]\s+(\S.*)$", re.DOTALL)
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$")

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#: How every part is parsed: no entity resolved, nothing loaded from outside the file.
SAFE_XML: dict[str, bool] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _w(name: str) -> str:
    return f"{{{_W_NS}}}{name}"


_DOCUMENT, _BODY, _P, _R, _T, _PPR, _RPR = (
    _w(n) for n in ("document", "body", "p", "r", "t", "pPr", "rPr")
)
_TBL, _TXBX, _DEL, _MOVE_FROM, _INS, _MOVE_TO, _ALT_CHUNK = (
    _w(n) for n in ("tbl", "txbxContent", "del", "moveFrom", "ins", "moveTo", "altChunk")
)
_VAL, _TYPE = _w("val"), _w("type")
_BR, _SYM, _BOLD, _ITALIC = _w("br"), _w("sym"), _w("b"), _w("i")
_STYLE_ID, _NUM_ID, _OUTLINE = _w("pStyle"), f"{_w('numPr')}/{_w('numId')}", _w("outlineLvl")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath"
#: Containers whose paragraphs are not the document's running text (and the tracked changes).
_CONTAINERS = (_TBL, _TXBX, _DEL, _MOVE_FROM, _FALLBACK)
_TRACKED = frozenset((_INS, _MOVE_TO, _DEL, _MOVE_FROM))
_IMAGES = frozenset((_w("drawing"), _w("pict"), _w("object")))
_DRAWING, _PICT = _w("drawing"), _w("pict")
_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EMBED, _RID = f"{{{_R_NS}}}embed", f"{{{_R_NS}}}id"
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"  # pictures in older Word files
#: Parts of a table: dropped as they end, so a table of a million cells is never all in memory.
_TABLE_PARTS = frozenset((_w("tr"), _w("tc")))
_EVENT_TAGS = (_P, _R, *_CONTAINERS, _INS, _MOVE_TO, _MATH, _ALT_CHUNK, *_IMAGES, *_TABLE_PARTS)
_NOTES = frozenset((_w("footnoteReference"), _w("endnoteReference")))
_RUN_TEXT = {_w("tab"): "\t", _w("ptab"): "\t", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
_FALSE = ("0", "false", "off")


@dataclasses.dataclass(frozen=True)
class ImportedAgreement:
    """What a Word file holds, ready to preview and then save as a new draft."""

    title: str
    sections: tuple[AgreementSection, ...]
    notes: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Numbers for a preview: sections, subheadings, paragraphs, list items and pictures."""
        blocks = [b for s in self.sections for b in s.blocks]
        return {
            "sections": len(self.sections),
            "subheadings": sum(b.type is BlockType.SUBHEADING for b in blocks),
            "paragraphs": sum(b.type is BlockType.PARAGRAPH for b in blocks),
            "list_items": sum(len(b.items) for b in blocks),
            "images": sum(b.type is BlockType.IMAGE for b in blocks),
        }


# --- styles and numbering ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Style:
    name: str  # the built-in name, lower case ("heading 1", "list bullet")
    bold: bool  # bold set on the style itself
    num_id: str | None  # Word numbering through the style or its base styles


_NO_STYLE = _Style("", False, None)


class Styles:
    """Paragraph styles by id, each resolved once (a document uses a few for thousands of lines)."""

    def __init__(self, root: Any) -> None:
        self._raw: dict[str, Any] = {}
        self._default: str | None = None
        if root is not None:
            for element in root.iterchildren(_w("style")):
                style_id = element.get(_w("styleId"))
                if style_id is None or style_id in self._raw:
                    continue
                self._raw[style_id] = element
                kind = element.get(_TYPE, "paragraph")
                if (
                    kind == "paragraph"
                    and self._default is None
                    and element.get(_w("default"), "").lower() in ("1", "true", "on")
                ):
                    self._default = style_id
        self._resolved: dict[str | None, _Style] = {}

    def paragraph(self, style_id: str | None) -> _Style:
        if style_id not in self._resolved:
            self._resolved[style_id] = self._resolve(style_id)
        return self._resolved[style_id]

    def _resolve(self, style_id: str | None) -> _Style:
        element = self._raw.get(style_id) if style_id is not None else None
        if element is None or element.get(_TYPE, "paragraph") != "paragraph":
            element = self._raw.get(self._default) if self._default is not None else None
        if element is None:
            return _NO_STYLE
        name_element = element.find(_w("name"))
        name = (name_element.get(_VAL, "") if name_element is not None else "").strip().lower()
        return _Style(name, _on(element.find(f"{_RPR}/{_w('b')}")) is True, self._num_id(element))

    def _num_id(self, element: Any) -> str | None:
        """Numbering from the style or, as Word does, the styles it is based on (ten at most)."""
        for _ in range(10):
            num_id = element.find(f"{_PPR}/{_w('numPr')}/{_w('numId')}")
            if num_id is not None:
                value = num_id.get(_VAL, "")
                return None if value == "0" else value
            based = element.find(_w("basedOn"))
            element = self._raw.get(based.get(_VAL, "")) if based is not None else None
            if element is None:
                return None
        return None


def list_formats(root: Any) -> dict[str, str]:
    """numId → number format of its list's first level ("bullet", "decimal", …)."""
    if root is None:
        return {}
    abstract: dict[str, str] = {}
    for element in root.iterchildren(_w("abstractNum")):
        fmt = element.find(f"{_w('lvl')}/{_w('numFmt')}")
        abstract[element.get(_w("abstractNumId"), "")] = (
            fmt.get(_VAL, "") if fmt is not None else ""
        )
    out = {}
    for num in root.iterchildren(_w("num")):
        ref = num.find(_w("abstractNumId"))
        if ref is not None:
            out[num.get(_w("numId"), "")] = abstract.get(ref.get(_VAL, ""), "")
    return out


def _on(element: Any) -> bool | None:
    """An on/off property (``<w:b/>``, ``<w:b w:val="0"/>``); None when it is not set."""
    if element is None:
        return None
    return element.get(_VAL, "true").lower() not in _FALSE


# --- the text ------------------------------------------------------------------------------


@dataclasses.dataclass
class _LeftOut:
    """What the import did not take in, counted for the notes."""

    tables: int = 0
    images: int = 0
    text_boxes: int = 0
    equations: int = 0
    footnotes: int = 0
    embedded: int = 0
    symbols: int = 0
    entities: int = 0
    deletions: int = 0
    tracked_changes: bool = False
    removed_characters: int = 0

    def notes(self) -> list[str]:
        notes = []
        if self.tables:
            notes.append(
                f"{self.tables} tabell{'er' if self.tables > 1 else ''} lästes inte in (till "
                "exempel en rubriktabell eller underskrifter); lägg in uppgifterna i formuläret."
            )
        if self.images:
            notes.append(
                f"{self.images} bild{'er' if self.images > 1 else ''} lästes inte in (ett format "
                "Samspel inte kan visa, en form eller figur, en bild i en textruta eller en för "
                "stor bild)."
            )
        if self.tracked_changes:
            deleted = (
                f" ({self.deletions} borttagn{'a' if self.deletions > 1 else ''} textbit"
                f"{'ar' if self.deletions > 1 else ''})"
                if self.deletions
                else ""
            )
            notes.append(
                "Dokumentet har spårade ändringar. De lästes in som om de vore godkända: infogad "
                f"text är med, borttagen text{deleted} är inte med. Jämför med dokumentet i Word."
            )
        if self.text_boxes:
            notes.append(f"Text i textrutor lästes inte in ({self.text_boxes} stycken).")
        if self.equations:
            notes.append(f"{self.equations} formler lästes inte in.")
        if self.footnotes:
            notes.append(f"{self.footnotes} fotnoter eller slutnoter lästes inte in.")
        if self.embedded:
            notes.append(f"{self.embedded} inbäddade dokument lästes inte in.")
        if self.symbols:
            notes.append(f"{self.symbols} tecken från symboltypsnitt lästes inte in.")
        if self.entities:
            notes.append(
                f"{self.entities} hänvisningar till text utanför dokumentet (XML-entiteter) "
                "lästes inte in; resten av stycket är med."
            )
        if self.removed_characters:
            notes.append(f"{self.removed_characters} osynliga styrtecken togs bort.")
        return notes


class TextReader:
    """Turns the stream of paragraphs into a title, sections and blocks."""

    def __init__(self, styles: Styles, formats: dict[str, str]) -> None:
        self._styles = styles
        self._formats = formats
        self.left_out = _LeftOut()
        self.title = ""
        self.sections: list[tuple[str, list[_Draft]]] = []
        self.preamble: list[_Draft] = []
        self._first = True
        # Open paragraphs (a text box's paragraph sits inside another's run) and their runs.
        self._open: list[_Runs] = []
        # Pictures met in each open paragraph, placed before its text when it ends.
        self._pictures: list[list[_Draft]] = []
        self._inside = dict.fromkeys(_CONTAINERS, 0)

    # --- the XML stream ------------------------------------------------------------------

    def read(self, stream: _CappedPart) -> None:
        events = etree.iterparse(
            stream,
            events=("start", "end"),
            tag=_EVENT_TAGS,
            **SAFE_XML,
        )
        for event, element in events:
            stream.since_text = 0
            tag = element.tag
            if event == "start":
                if tag == _P:
                    self._open.append(_Runs())
                    self._pictures.append([])
                elif tag in self._inside:
                    self._inside[tag] += 1
                if tag in _TRACKED:
                    self.left_out.tracked_changes = True
                continue
            if tag == _R:
                self._run(element)
            elif tag == _P:
                self._paragraph(element, self._open.pop(), self._pictures.pop())
            elif tag in self._inside:
                self._inside[tag] -= 1
                if tag == _TBL and not self._inside[_TBL] and not self._hidden():
                    self.left_out.tables += 1
            elif tag == _MATH and not self._hidden():
                self.left_out.equations += 1
            elif tag == _ALT_CHUNK:
                self.left_out.embedded += 1
            elif tag in _IMAGES and not self._inside[_FALLBACK]:
                # A drawing's own alternative is not another picture.
                self._picture(element)
            _discard(element)
        if events.root is None or events.root.tag != _DOCUMENT:
            raise ValueError("the main part is not a WordprocessingML document")

    def _hidden(self) -> bool:
        """Inside a table, a text box or a fallback copy: not the running text."""
        inside = self._inside
        return bool(inside[_TBL] or inside[_TXBX] or inside[_FALLBACK])

    def _run(self, run: Any) -> None:
        if not self._open or self._inside[_FALLBACK]:
            return
        if self._inside[_DEL] or self._inside[_MOVE_FROM]:
            self.left_out.deletions += 1
            return
        text: list[str] = []
        left_out = self.left_out
        for child in run:
            if isinstance(child, etree._Entity):
                left_out.entities += 1
                continue
            tag = child.tag
            if tag == _T:
                text.append(child.text or "")
                for inner in child:
                    if isinstance(inner, etree._Entity):
                        left_out.entities += 1
                    text.append(inner.tail or "")
            elif tag in _RUN_TEXT:
                text.append(_RUN_TEXT[tag])
            elif tag == _BR:
                text.append("\n" if child.get(_TYPE, "textWrapping") == "textWrapping" else "")
            elif tag in _NOTES:
                left_out.footnotes += 1
            elif tag == _SYM:
                left_out.symbols += 1
        if self._inside[_TBL]:
            return
        properties = run.find(_RPR)
        if properties is None:
            self._open[-1].add("".join(text), None, False)
        else:
            italic = _on(properties.find(_ITALIC)) is True
            self._open[-1].add("".join(text), _on(properties.find(_BOLD)), italic)

    def _picture(self, element: Any) -> None:
        """A picture in the running text is kept in its place (its bytes are read from the
        package afterwards, :meth:`add_pictures`); any other is counted as left out."""
        rel_ids = [b.get(_EMBED, "") for b in element.iter(_BLIP)]
        rel_ids += [v.get(_RID, "") for v in element.iter(_VML_IMAGE)]
        if not any(rel_ids) and next(element.iter(_TXBX), None) is not None:
            return  # a text box, not a picture: its own note says it was left out
        if element.tag not in (_DRAWING, _PICT) or not any(rel_ids) or self._hidden():
            self.left_out.images += 1
            return
        if not self._pictures:
            self.left_out.images += 1
            return
        doc_pr = next(element.iter(_DOC_PR), None)
        alt = ""
        if doc_pr is not None:
            alt = doc_pr.get("descr") or doc_pr.get("title") or doc_pr.get("name") or ""
        rel_id = next(r for r in rel_ids if r)
        self._pictures[-1].append(_Draft(BlockType.IMAGE, _short(self.clean(alt)), rel=rel_id))

    def add_pictures(self, read: Callable[[str], bytes | None]) -> None:
        """Read the pictures' bytes (``read`` by relationship id); one that cannot be read, is
        too big or is not a PNG, JPEG or GIF is left out and counted."""
        for blocks in (self.preamble, *(b for _, b in self.sections)):
            kept = []
            for draft in blocks:
                if draft.type is BlockType.IMAGE:
                    data = read(draft.rel)
                    if data is None or not data.startswith(PICTURE_SIGNATURES):
                        self.left_out.images += 1
                        continue
                    draft.image = data
                kept.append(draft)
            blocks[:] = kept

    def _paragraph(self, paragraph: Any, runs: _Runs, pictures: list[_Draft]) -> None:
        if self._inside[_TBL] or self._inside[_FALLBACK]:
            self.left_out.images += len(pictures)
            return
        self._blocks().extend(pictures)
        if self._inside[_TXBX]:
            if any(text.strip() for text, _, _ in runs.segments()):
                self.left_out.text_boxes += 1
            return
        properties = paragraph.find(_PPR)
        style_id = num_id = outline = None
        if properties is not None:
            element = properties.find(_STYLE_ID)
            style_id = element.get(_VAL) if element is not None else None
            element = properties.find(_NUM_ID)
            num_id = element.get(_VAL, "") if element is not None else None
            element = properties.find(_OUTLINE)
            outline = element.get(_VAL, "") if element is not None else None
        style = self._styles.paragraph(style_id)
        if num_id is None:
            num_id = style.num_id
        elif num_id == "0":
            num_id = None
        self._structure(style, num_id, outline, self._text(runs, style.bold))

    # --- text and structure --------------------------------------------------------------

    def clean(self, text: str) -> str:
        cleaned, removed = text_for_word(text)
        self.left_out.removed_characters += removed
        return cleaned

    def _text(self, runs: _Runs, style_bold: bool) -> _Text:
        """The paragraph as markup (bold and italic, :mod:`samspel_desktop.domain.markup`), as
        plain text, and whether all of its visible text is bold."""
        parts = [
            Run(text, bold if bold is not None else style_bold, italic)
            for raw, bold, italic in runs.segments()
            if (text := self.clean(raw))
        ]
        visible = [run for run in parts if run.text.strip()]
        all_bold = bool(visible) and all(run.bold for run in visible)
        # Whitespace has no formatting of its own (a bold space would split the bold text).
        parts = [run if run.text.strip() else Run(run.text) for run in _stripped_runs(parts)]
        return _Text(runs_to_markup(parts), "".join(run.text for run in parts), all_bold)

    def _blocks(self) -> list[_Draft]:
        return self.sections[-1][1] if self.sections else self.preamble

    def _add_section(self, title: str) -> None:
        if len(self.sections) >= MAX_SECTIONS:
            raise WordImportError("Dokumentet har för många rubriker för att läsas in.")
        self.sections.append((_short(title), []))

    def _add_item(self, kind: BlockType, text: str) -> None:
        blocks = self._blocks()
        if blocks and blocks[-1].type is kind:
            blocks[-1].items.append(text)
        else:
            blocks.append(_Draft(kind, items=[text]))

    def _structure(
        self, style_info: _Style, num_id: str | None, outline: str | None, read: _Text
    ) -> None:
        """Place one paragraph: ``text`` is its markup, ``plain`` what it shows."""
        text, plain, all_bold = read
        if not plain:
            return
        style = style_info.name
        was_first, self._first = self._first, False
        if style in ("subtitle", "underrubrik", "header", "footer", "toc heading"):
            return
        looks_like_title = style in ("title", "rubrik") or (
            was_first and all_bold and len(plain) <= 2 * MAX_HEADING_CHARS
        )
        if looks_like_title and not self.title:
            self.title = plain
            return
        level = _heading_level(style, outline)
        if level == 1 or (level is None and self._is_numbered_heading(plain, all_bold, num_id)):
            self._add_section(_strip_number(plain))
            return
        if level is not None and level >= 2:
            if self.sections:
                self._blocks().append(_Draft(BlockType.SUBHEADING, _short(_strip_number(plain))))
            else:
                self._add_section(_strip_number(plain))
            return
        if num_id is not None or "list" in style or "liststycke" in style:
            fmt = self._formats.get(num_id or "", "")
            numbered = "number" in style or "nummer" in style or fmt not in ("", "bullet", "none")
            manual = _MANUAL_BULLET.match(plain)
            self._add_item(
                BlockType.NUMBERED if numbered else BlockType.BULLETS,
                _without_start(text, manual.start(1)) if manual and not numbered else text,
            )
            return
        manual = _MANUAL_BULLET.match(plain)
        if manual:
            self._add_item(BlockType.BULLETS, _without_start(text, manual.start(1)))
            return
        if (
            all_bold
            and "\n" not in plain
            and len(plain) <= MAX_HEADING_CHARS
            and not plain.endswith(".")
        ):
            if self.sections:
                self._blocks().append(_Draft(BlockType.SUBHEADING, plain))
            else:
                self._add_section(plain)
            return
        self._blocks().append(_Draft(BlockType.PARAGRAPH, text))

    def _is_numbered_heading(self, text: str, all_bold: bool, num_id: str | None) -> bool:
        match = _NUMBERED_HEADING.match(text)
        if not match or num_id is not None or "\n" in text:
            return False
        if len(text) > MAX_HEADING_CHARS or text.rstrip().endswith((".", ":", ";", ",")):
            return False
        return all_bold or int(match.group(1)) == len(self.sections) + 1

    def result(self) -> ImportedAgreement:
        sections: list[AgreementSection] = []
        keys: list[str] = []
        if self.preamble:
            keys.append("inledning")
            sections.append(AgreementSection("inledning", "Inledning", _frozen(self.preamble)))
        for title, blocks in self.sections:
            key = new_section_key(keys, title)
            keys.append(key)
            sections.append(AgreementSection(key, title or "Avsnitt", _frozen(blocks)))
        return ImportedAgreement(self.title, tuple(sections), tuple(self.left_out.notes()))


def _discard(element: Any) -> None:
    """Drop a finished element and the finished siblings before it (all but a paragraph's
    properties, read when the paragraph ends), so the tree never holds more than is open.

    Each is emptied (``clear``, which frees its children) before it is taken out: removing an
    element with a large subtree moves that subtree to a new document node by node, which
    costs time with the square of its size.
    """
    parent = element.getparent()
    if parent is None:
        return
    while (previous := element.getprevious()) is not None and previous.tag != _PPR:
        previous.clear(keep_tail=False)
        parent.remove(previous)
    element.clear(keep_tail=False)
    parent.remove(element)


class _Runs:
    """The runs of one open paragraph, merged as they come.

    Neighbouring runs with the same bold and italic settings share a segment; its pieces are
    joined a thousand at a time, so a paragraph of a million one-letter runs costs its text, not a
    million objects.
    """

    __slots__ = ("_segments",)

    def __init__(self) -> None:
        self._segments: list[tuple[tuple[bool | None, bool], list[str], list[str]]] = []

    def add(self, text: str, bold: bool | None, italic: bool) -> None:
        if not text:
            return
        if not self._segments or self._segments[-1][0] != (bold, italic):
            self._segments.append(((bold, italic), [], []))
        _, joined, pending = self._segments[-1]
        pending.append(text)
        if len(pending) >= 1000:
            joined.append("".join(pending))
            pending.clear()

    def segments(self) -> list[tuple[str, bool | None, bool]]:
        return [
            ("".join(joined) + "".join(pending), bold, italic)
            for (bold, italic), joined, pending in self._segments
        ]


class _Text(NamedTuple):
    """One paragraph's words: as markup, as the text it shows, and whether all of it is bold."""

    markup: str
    plain: str
    all_bold: bool


@dataclasses.dataclass
class _Draft:
    """A block being read: list items are appended in place (a tuple per item would make a
    long list quadratic); :func:`_frozen` makes the domain's blocks."""

    type: BlockType
    text: str = ""
    items: list[str] = dataclasses.field(default_factory=list)
    rel: str = ""  # a picture's relationship id, until its bytes are read
    image: bytes = b""


def _frozen(blocks: list[_Draft]) -> tuple[Block, ...]:
    return tuple(Block(b.type, b.text, tuple(b.items), b.image) for b in blocks)


def _heading_level(style: str, outline: str | None) -> int | None:
    match = _HEADING_STYLE.match(style)
    if match:
        return max(1, int(match.group(1)))
    if outline is not None and outline.isdigit() and len(outline) < 3:
        value = int(outline)
        return value + 1 if value < 9 else None
    return None


def _without_start(markup: str, count: int) -> str:
    """``markup`` without the first ``count`` characters it shows (a typed "• ")."""
    runs: list[Run] = []
    for run in markup_runs(markup):
        cut = min(count, len(run.text))
        count -= cut
        runs.append(dataclasses.replace(run, text=run.text[cut:]))
    return runs_to_markup(runs)


def _stripped_runs(runs: list[Run]) -> list[Run]:
    """``runs`` without the whitespace at the start and the end of the paragraph."""
    out = list(runs)
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = dataclasses.replace(out[0], text=out[0].text.lstrip())
        out[-1] = dataclasses.replace(out[-1], text=out[-1].text.rstrip())
    return out


def _strip_number(text: str) -> str:
    match = _NUMBERED_HEADING.match(text)
    return match.group(2).strip() if match else text.strip()


def _short(text: str) -> str:
    """Headings longer than a title field allows are cut (with an ellipsis), not refused."""
    text = " ".join(text.split())
    limit = min(MAX_SHORT_TEXT_LENGTH, 200)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
