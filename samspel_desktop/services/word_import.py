"""Word import: an existing agreement in ``.docx`` becomes sections and blocks for a new draft.

Municipalities write agreements in many ways, so structure is read from what is there:

* a section starts at a Heading 1 (any language: the style's built-in name is used), or at a
  short numbered line such as "1. Hur vi ska styra och leda tillsammans" when it is bold or
  carries the next section number; the number itself is dropped (the export numbers sections);
* Heading 2 and deeper, and short lines set entirely in bold, become subheadings;
* list paragraphs (a list style, or Word numbering on the paragraph or its style) become bullet
  or numbered lists by their numbering format; lines typed as "- text" or "• text" are bullets;
* everything else is a paragraph; text before the first heading goes into "Inledning";
* pictures (PNG, JPEG, GIF) are kept where they stand, with their alt text (or the name Word
  gave them, such as "Bild 1"), so a caption like Vaggeryd's "Bild 1. Kommunikationsvägar."
  still points at its picture; other picture formats are counted in the notes;
* tables, headers and footers are left out (and counted in the notes).

The file is treated as hostile until proven otherwise: its size, number of parts and unpacked
size are checked before anything is parsed, and any parser failure becomes a Swedish
:class:`WordImportError`. Reading never touches the database.
"""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.domain.model import AgreementSection, Block, BlockType
from samspel_desktop.domain.text import MAX_SHORT_TEXT_LENGTH, text_for_word
from samspel_desktop.services.agreements import new_section_key

MAX_DOCX_BYTES = 25 * 1024 * 1024
MAX_UNPACKED_BYTES = 120 * 1024 * 1024
MAX_DOCUMENT_XML_BYTES = 40 * 1024 * 1024
MAX_PARTS = 2_000
MAX_SECTIONS = 300
#: Largest picture kept (a scanned photo may be bigger; it is then left out and counted).
MAX_IMAGE_BYTES = 8 * 1024 * 1024
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
_BLIP = qn("a:blip")
_EMBED = qn("r:embed")
_DOC_PR = qn("wp:docPr")
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"  # pictures in older Word files
#: A heading line is short; longer bold text is an emphasised paragraph.
MAX_HEADING_CHARS = 120

_NUMBERED_HEADING = re.compile(r"^(\d{1,2})(?:\.\d{1,2})*\.?\s+(\S.*)$")
_MANUAL_BULLET = re.compile(r"^\s*[-–•·*▪]\s+(\S.*)$", re.DOTALL)
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$")


class WordImportError(UserFacingError):
    """The file is not a usable Word document; nothing was imported."""


@dataclasses.dataclass(frozen=True)
class ImportedAgreement:
    """What a Word file holds, ready to preview and then save as a new draft."""

    title: str
    sections: tuple[AgreementSection, ...]
    notes: tuple[str, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Numbers for a preview: sections, subheadings, paragraphs and list items."""
        blocks = [b for s in self.sections for b in s.blocks]
        return {
            "sections": len(self.sections),
            "subheadings": sum(b.type is BlockType.SUBHEADING for b in blocks),
            "paragraphs": sum(b.type is BlockType.PARAGRAPH for b in blocks),
            "list_items": sum(len(b.items) for b in blocks),
            "images": sum(b.type is BlockType.IMAGE for b in blocks),
        }


def _check_package(path: Path) -> None:
    """Refuse files that are not a .docx, or that would unpack to something enormous."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise WordImportError(f"Filen {path} gick inte att läsa.", detail=str(error)) from None
    if size > MAX_DOCX_BYTES:
        raise WordImportError(
            f"Filen {path.name} är för stor för att vara en överenskommelse (högst 25 MB)."
        )
    not_docx = WordImportError(
        f"Filen {path.name} är inte ett Word-dokument i formatet .docx. Öppna den i Word, "
        "spara den som .docx och försök igen."
    )
    try:
        if not zipfile.is_zipfile(path):
            raise not_docx
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (OSError, zipfile.BadZipFile, ValueError):
        raise not_docx from None
    if len(infos) > MAX_PARTS:
        raise WordImportError(f"Filen {path.name} har för många delar för att vara ett dokument.")
    unpacked = sum(max(info.file_size, 0) for info in infos)
    if unpacked > MAX_UNPACKED_BYTES:
        raise WordImportError(
            f"Filen {path.name} packas upp till orimligt mycket data och läses inte in."
        )
    document = next((i for i in infos if i.filename == "word/document.xml"), None)
    if document is None:
        raise not_docx
    if document.file_size > MAX_DOCUMENT_XML_BYTES:
        raise WordImportError(f"Texten i {path.name} är för stor för att läsas in.")


class _Reader:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.removed = 0
        self.title = ""
        self.sections: list[tuple[str, list[Block]]] = []
        self.preamble: list[Block] = []
        self.images_left_out = 0
        self._formats: dict[str, str] = self._list_formats()

    # numbering: numId -> numFmt of level 0 ("bullet", "decimal", ...)

    def _list_formats(self) -> dict[str, str]:
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return {}
        abstract: dict[str, str] = {}
        for element in numbering.findall(qn("w:abstractNum")):
            fmt = element.find(f"{qn('w:lvl')}/{qn('w:numFmt')}")
            abstract[element.get(qn("w:abstractNumId"), "")] = (
                fmt.get(qn("w:val"), "") if fmt is not None else ""
            )
        out = {}
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None:
                out[num.get(qn("w:numId"), "")] = abstract.get(ref.get(qn("w:val"), ""), "")
        return out

    @staticmethod
    def _num_id(paragraph: Any) -> str | None:
        """The numbering of a paragraph, directly or through its style chain."""
        elements = [paragraph._p]
        style = paragraph.style
        depth = 0
        while style is not None and depth < 10:
            elements.append(style.element)
            style = style.base_style
            depth += 1
        for element in elements:
            num_id = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
            if num_id is not None:
                value = num_id.get(qn("w:val"), "")
                return None if value == "0" else value
        return None

    # text

    def clean(self, text: str) -> str:
        cleaned, removed = text_for_word(text)
        self.removed += removed
        return cleaned

    def _text(self, paragraph: Any) -> tuple[str, bool]:
        """The paragraph's text with bold marked ``**so**``, and whether all of it is bold."""
        style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
        parts: list[tuple[str, bool]] = []
        for run in paragraph.runs:
            text = self.clean(run.text)
            if text:
                bold = run.bold if run.bold is not None else style_bold
                parts.append((text, bool(bold)))
        visible = [(t, b) for t, b in parts if t.strip()]
        all_bold = bool(visible) and all(b for _, b in visible)
        if all_bold or not any(b for _, b in visible):
            return "".join(t for t, _ in parts).strip(), all_bold
        merged: list[list[Any]] = []
        for text, bold in parts:
            if merged and merged[-1][1] == bold:
                merged[-1][0] += text
            else:
                merged.append([text, bold])
        out = ""
        for text, bold in merged:
            if bold and text.strip():
                lead, core, trail = re.match(r"^(\s*)(.*?)(\s*)$", text, re.DOTALL).groups()  # type: ignore[union-attr]
                out += f"{lead}**{core}**{trail}"
            else:
                out += text
        return out.strip(), False

    # structure

    def _blocks(self) -> list[Block]:
        return self.sections[-1][1] if self.sections else self.preamble

    def _add_section(self, title: str) -> None:
        if len(self.sections) >= MAX_SECTIONS:
            raise WordImportError("Dokumentet har för många rubriker för att läsas in.")
        self.sections.append((_short(title), []))

    def _add_item(self, kind: BlockType, text: str) -> None:
        blocks = self._blocks()
        if blocks and blocks[-1].type is kind:
            blocks[-1] = Block(kind, items=(*blocks[-1].items, text))
        else:
            blocks.append(Block(kind, items=(text,)))

    def _pictures(self, paragraph: Any) -> None:
        """Keep the paragraph's pictures as image blocks, in order, with their alt text."""
        for drawing in paragraph._p.iter(qn("w:drawing"), qn("w:pict")):
            blips = [b.get(_EMBED, "") for b in drawing.iter(_BLIP)]
            blips += [v.get(qn("r:id"), "") for v in drawing.iter(_VML_IMAGE)]
            if not blips:
                continue
            doc_pr = next(drawing.iter(_DOC_PR), None)
            alt = ""
            if doc_pr is not None:
                alt = doc_pr.get("descr") or doc_pr.get("title") or doc_pr.get("name") or ""
            try:
                data = self.document.part.related_parts[blips[0]].blob
            except (KeyError, AttributeError):
                self.images_left_out += 1
                continue
            if len(data) > MAX_IMAGE_BYTES or not data.startswith(_IMAGE_MAGIC):
                self.images_left_out += 1
                continue
            self._blocks().append(Block(BlockType.IMAGE, _short(self.clean(alt)), image=data))

    def read(self) -> None:
        first = True
        for paragraph in self.document.paragraphs:
            style_name = (paragraph.style.name if paragraph.style is not None else "") or ""
            style = style_name.strip().lower()
            self._pictures(paragraph)
            text, all_bold = self._text(paragraph)
            if not text:
                continue
            was_first, first = first, False
            if style in ("subtitle", "underrubrik", "header", "footer", "toc heading"):
                continue
            looks_like_title = style in ("title", "rubrik") or (
                was_first and all_bold and len(text) <= 2 * MAX_HEADING_CHARS
            )
            if looks_like_title and not self.title:
                self.title = _strip_bold(text)
                continue
            level = self._heading_level(paragraph, style)
            num_id = self._num_id(paragraph)
            plain = _strip_bold(text)
            if level == 1 or (level is None and self._is_numbered_heading(plain, all_bold, num_id)):
                self._add_section(_strip_number(plain))
                continue
            if level is not None and level >= 2:
                if self.sections:
                    self._blocks().append(Block(BlockType.SUBHEADING, _short(_strip_number(plain))))
                else:
                    self._add_section(_strip_number(plain))
                continue
            if num_id is not None or "list" in style or "liststycke" in style:
                fmt = self._formats.get(num_id or "", "")
                numbered = (
                    "number" in style or "nummer" in style or fmt not in ("", "bullet", "none")
                )
                manual = _MANUAL_BULLET.match(text)
                self._add_item(
                    BlockType.NUMBERED if numbered else BlockType.BULLETS,
                    manual.group(1) if manual and not numbered else text,
                )
                continue
            manual = _MANUAL_BULLET.match(text)
            if manual:
                self._add_item(BlockType.BULLETS, manual.group(1).strip())
                continue
            if (
                all_bold
                and "\n" not in plain
                and len(plain) <= MAX_HEADING_CHARS
                and not (plain.endswith("."))
            ):
                if self.sections:
                    self._blocks().append(Block(BlockType.SUBHEADING, plain))
                else:
                    self._add_section(plain)
                continue
            self._blocks().append(Block(BlockType.PARAGRAPH, text))

    @staticmethod
    def _heading_level(paragraph: Any, style: str) -> int | None:
        match = _HEADING_STYLE.match(style)
        if match:
            return max(1, int(match.group(1)))
        outline = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if outline is not None and outline.get(qn("w:val"), "").isdigit():
            value = int(outline.get(qn("w:val")))
            return value + 1 if value < 9 else None
        return None

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
            sections.append(AgreementSection("inledning", "Inledning", tuple(self.preamble)))
        for title, blocks in self.sections:
            key = new_section_key(keys, title)
            keys.append(key)
            sections.append(AgreementSection(key, title or "Avsnitt", tuple(blocks)))
        notes = []
        tables = len(self.document.tables)
        if tables:
            notes.append(
                f"{tables} tabell{'er' if tables > 1 else ''} lästes inte in (till exempel "
                "en rubriktabell eller underskrifter); lägg in uppgifterna i formuläret."
            )
        if self.images_left_out:
            notes.append(
                f"{self.images_left_out} bild{'er' if self.images_left_out > 1 else ''} lästes "
                "inte in (ett format Samspel inte kan visa, eller för stor)."
            )
        if self.removed:
            notes.append(f"{self.removed} osynliga styrtecken togs bort.")
        return ImportedAgreement(self.title, tuple(sections), tuple(notes))


def _strip_bold(text: str) -> str:
    return text.replace("**", "")


def _strip_number(text: str) -> str:
    match = _NUMBERED_HEADING.match(text)
    return match.group(2).strip() if match else text.strip()


def _short(text: str) -> str:
    """Headings longer than a title field allows are cut (with an ellipsis), not refused."""
    text = " ".join(text.split())
    limit = min(MAX_SHORT_TEXT_LENGTH, 200)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def read_agreement_docx(path: Path) -> ImportedAgreement:
    """Read a ``.docx`` into sections for a preview; raises :class:`WordImportError`."""
    _check_package(path)
    try:
        document = Document(str(path))
        reader = _Reader(document)
        reader.read()
        imported = reader.result()
    except WordImportError:
        raise
    except Exception as error:
        # Hostile or broken files make the zip and XML layers raise almost anything; all of it
        # means the same thing to the user: this file cannot be read.
        raise WordImportError(
            f"Filen {path.name} gick inte att läsa som Word-dokument. Den kan vara skadad.",
            detail=repr(error),
        ) from None
    if not imported.sections:
        raise WordImportError(f"Filen {path.name} innehåller ingen text att importera.")
    return imported
