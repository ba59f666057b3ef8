"""The document writer: any ``.docx`` Samspel writes, on a template, with sanitised text.

Built on the bundled template ``resources/templates/samspel.docx`` (see
``packaging/make_template.py``) or on a municipality's own ``.docx``: its styles are used, and a
style it lacks is copied from Samspel's template and named in the result, so the user can be
told plainly. Every text passes :func:`samspel_desktop.domain.text.text_for_word` on its way
in; characters Word cannot hold are dropped and counted. Files are written atomically.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Pt, Twips

from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.domain.markup import markup_runs, paragraphs, stripped_runs
from samspel_desktop.domain.model import (
    Block,
    BlockType,
)
from samspel_desktop.domain.progress import Progress
from samspel_desktop.domain.record import Record, record
from samspel_desktop.domain.text import bold_runs, text_for_word
from samspel_desktop.services.documents.tables import Table
from samspel_desktop.services.files import write_bytes_atomically
from samspel_desktop.services.paths import resources_dir

TABLE_STYLE = "Samspel Tabell"
#: The named styles the exporter writes with; a custom template should define them.
EXPECTED_STYLES: tuple[str, ...] = (
    "Normal",
    "Title",
    "Heading 1",
    "Heading 2",
    "List Bullet",
    "List Number",
    TABLE_STYLE,
)
#: Styles used when present, quietly replaced by Samspel's otherwise.
_OPTIONAL_STYLES = ("Subtitle", "Header", "Footer", "Samspel tabelltext")
#: Largest template accepted (a logo or two; not a 200 MB brochure).
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
_TEXT_WIDTH = Twips(9072)


class WordExportError(UserFacingError):
    """A template that cannot be used, or a document that cannot be written."""


@record
class WordExport(Record):
    """What an export wrote, and what the user should be told about it."""

    path: Path
    removed_characters: int = 0
    missing_styles: tuple[str, ...] = ()

    @property
    def messages(self) -> list[str]:
        out = []
        if self.removed_characters:
            out.append(
                f"{self.removed_characters} tecken som Word inte kan visa (osynliga "
                "styrtecken) togs bort i den exporterade filen. Texten i Samspel är oförändrad."
            )
        if self.missing_styles:
            names = ", ".join(f"”{name}”" for name in self.missing_styles)
            out.append(
                f"Mallen saknar formatmallarna {names}. Samspels egna användes i stället."
                if len(self.missing_styles) > 1
                else f"Mallen saknar formatmallen {names}. Samspels egen användes i stället."
            )
        return out


def bundled_template() -> Path:
    return resources_dir() / "templates" / "samspel.docx"


# --- the document writer ----------------------------------------------------------------------


def _child(parent: Any, tag: str) -> Any:
    """Append a new empty element ``tag`` (e.g. ``"w:r"``) to ``parent`` and return it."""
    child = parent.makeelement(qn(tag), {})
    parent.append(child)
    return child


_RUN_BREAKS = re.compile(r"([\t\r\n\u2011])")
#: A hyphen the line may not break at (in dates in running text): Word's ``w:noBreakHyphen``.
NO_BREAK_HYPHEN = "\u2011"


def _append_run(p: Any, text: str, *, bold: bool = False, italic: bool = False) -> None:
    """Append a ``w:r`` holding ``text`` to the paragraph element ``p``.

    The same XML as python-docx's ``add_run(text)`` (and ``bold``, ``italic``): a tab becomes
    ``w:tab``, a line break ``w:br``, the rest ``w:t`` (space-preserving when it starts or
    ends with a space). Built in one pass instead of python-docx's character by character,
    which was most of an agreement export's own time.
    """
    run = _child(p, "w:r")
    if bold or italic:
        properties = _child(run, "w:rPr")
        if bold:
            _child(properties, "w:b")
        if italic:
            _child(properties, "w:i")
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            _child(run, "w:tab")
        elif piece in ("\r", "\n"):
            _child(run, "w:br")
        elif piece == NO_BREAK_HYPHEN:
            _child(run, "w:noBreakHyphen")
        elif piece:
            t = _child(run, "w:t")
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(qn("xml:space"), "preserve")


class DocumentWriter:
    """One document being written: sanitised text, named styles, lists, tables, page furniture.

    ``progress`` hears of each heading written and of the file saved, as
    ``progress(done, total)`` with ``total`` = ``headings`` + 1; it may raise
    (:class:`CancelledError`) to stop: nothing is written then.
    """

    def __init__(
        self,
        template: Path | None,
        *,
        progress: Progress | None = None,
        headings: int = 0,
    ) -> None:
        self._progress = progress
        self._steps = headings + 1
        self._done = 0
        self.removed = 0
        self.missing: list[str] = []
        self._style_ids: dict[str, str | None] = {}
        self._list_abstracts: dict[str, int | None] = {}
        self.doc = self._open(template)
        self._bundled = Document(str(bundled_template())) if template is not None else None
        for child in list(self.doc.element.body):
            if child.tag != qn("w:sectPr"):
                self.doc.element.body.remove(child)
        for name in EXPECTED_STYLES:
            self._ensure_style(name, report=True)
        for name in _OPTIONAL_STYLES:
            self._ensure_style(name, report=False)
        self._own_lists: dict[str, int] = {}
        self._bullet_num: int | None = None

    @staticmethod
    def _open(template: Path | None) -> Any:
        path = template or bundled_template()
        if template is None:
            return Document(str(path))
        try:
            if path.stat().st_size > MAX_TEMPLATE_BYTES:
                raise WordExportError(f"Mallen {path.name} är för stor (högst 20 MB).")
            if not zipfile.is_zipfile(path):
                raise WordExportError(
                    f"Mallen {path.name} är inte ett Word-dokument (.docx). Spara den som "
                    ".docx i Word och försök igen."
                )
            return Document(str(path))
        except WordExportError:
            raise
        except OSError as error:
            raise WordExportError(f"Mallen {path} gick inte att läsa.", detail=str(error)) from None
        except Exception as error:
            # A broken template can make the parser raise almost anything; it is the file's
            # fault, not ours, and the user only needs to know that this template won't do.
            raise WordExportError(
                f"Mallen {path.name} gick inte att öppna som Word-dokument.", detail=repr(error)
            ) from None

    # styles

    def has_style(self, name: str) -> bool:
        try:
            self.doc.styles[name]
        except KeyError:
            return False
        return True

    def _ensure_style(self, name: str, *, report: bool) -> None:
        if self.has_style(name) or self._bundled is None:
            return
        if report:
            self.missing.append(name)
        source = self._bundled.styles[name].element
        clone = copy.deepcopy(source)
        taken = {s.style_id for s in self.doc.styles}
        if clone.get(qn("w:styleId")) in taken:
            clone.set(qn("w:styleId"), clone.get(qn("w:styleId")) + "Samspel")
        # Lists get their numbering directly on each paragraph; the copied style has none.
        ppr = clone.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:numPr")) is not None:
            ppr.remove(ppr.find(qn("w:numPr")))
        based_on = clone.find(qn("w:basedOn"))
        if based_on is not None and based_on.get(qn("w:val")) not in taken:
            clone.remove(based_on)
        self.doc.styles.element.append(clone)

    # text

    def clean(self, text: str) -> str:
        cleaned, removed = text_for_word(text)
        self.removed += removed
        return cleaned

    def _style_id(self, name: str) -> str | None:
        """A paragraph style's id (``None`` for the default style), looked up once per name.

        python-docx scans every style of the document on each lookup by name; an agreement
        has a hundred paragraphs and more.
        """
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.part.get_style_id(name, WD_STYLE_TYPE.PARAGRAPH)
        return self._style_ids[name]

    def styled(self, paragraph: Any, style: str) -> Any:
        """Give ``paragraph`` the paragraph style named ``style``."""
        style_id = self._style_id(style)
        p = paragraph._p
        if len(p) == 0:  # a new paragraph: its w:pPr is written directly
            if style_id is not None:
                _child(_child(p, "w:pPr"), "w:pStyle").set(qn("w:val"), style_id)
        elif style_id is not None:
            p.style = style_id
        elif p.pPr is not None:
            p.pPr.style = None
        return paragraph

    def paragraph(self, text: str = "", style: str = "Normal", *, marks: bool = True) -> Any:
        paragraph = self.styled(self.doc.add_paragraph(), style)
        self.runs(paragraph, text, marks=marks)
        return paragraph

    def runs(self, paragraph: Any, text: str, *, marks: bool = True, bold: bool = False) -> None:
        cleaned = self.clean(text)
        for part, is_bold in bold_runs(cleaned) if marks else [(cleaned, False)]:
            _append_run(paragraph._p, part, bold=is_bold or bold)

    def formatted(self, markup: str, style: str = "Normal") -> Any:
        """A paragraph of agreement text: ``markup`` (:mod:`samspel_desktop.domain.markup`)."""
        paragraph = self.styled(self.doc.add_paragraph(), style)
        for run in stripped_runs(markup_runs(markup)):
            _append_run(paragraph._p, self.clean(run.text), bold=run.bold, italic=run.italic)
        return paragraph

    def banner(self, text: str) -> None:
        """A prominent line under the title, e.g. "UTKAST – inte beslutat …" (bold, red)."""
        from docx.shared import RGBColor

        # Styled as a subtitle, so a later Word import does not take it for agreement text.
        paragraph = self.paragraph(style="Subtitle")
        self.runs(paragraph, text, marks=False, bold=True)
        for run in paragraph.runs:
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            run.font.size = Pt(14)
        paragraph.paragraph_format.space_after = Pt(10)

    def page_break(self) -> None:
        self.doc.add_page_break()

    def note(self, text: str) -> None:
        """A quiet italic line, such as a question's source."""
        paragraph = self.paragraph()
        self.runs(paragraph, text, marks=False)
        for run in paragraph.runs:
            run.italic = True

    def labelled(self, label: str, text: str) -> None:
        """A paragraph starting with a bold label: "Kommundirektör (Karl Ek): …"."""
        paragraph = self.paragraph()
        self.runs(paragraph, f"{label}: ", marks=False, bold=True)
        self.runs(paragraph, text.strip() or "–")

    def heading(self, text: str, level: int) -> None:
        self._step()
        self.paragraph(text, f"Heading {level}", marks=False)

    def _step(self) -> None:
        """One step of the work done (a heading; the file saved)."""
        if self._progress is not None:
            self._progress(self._done, max(self._steps, self._done + 1))
        self._done += 1

    def block(self, block: Block) -> None:
        if block.type is BlockType.PARAGRAPH:
            # A blank line inside a paragraph (two line breaks) starts a new Word paragraph.
            for part in paragraphs(markup_runs(block.text)):
                paragraph = self.styled(self.doc.add_paragraph(), "Normal")
                for run in part:
                    _append_run(
                        paragraph._p, self.clean(run.text), bold=run.bold, italic=run.italic
                    )
        elif block.type is BlockType.SUBHEADING:
            self.heading(block.text.strip(), 2)
        elif block.type is BlockType.IMAGE:
            self.image(block.image, block.text)
        elif block.type is BlockType.BULLETS:
            self.bullets(block.items)
        else:
            self.numbered(block.items)

    def image(self, data: bytes, description: str) -> None:
        """A picture from the agreement at its own size, at most the text's width."""
        from docx.image.exceptions import UnrecognizedImageError
        from docx.image.image import Image

        try:
            natural = Image.from_blob(data).width
        except (UnrecognizedImageError, ValueError, IndexError):
            # Not a picture Word can hold: say so where it was.
            self.paragraph(f"[Bild: {description}]" if description else "[Bild]", marks=False)
            return
        width_cm = min(natural / 360000, _TEXT_WIDTH.cm)
        self.picture(data, description, width_cm=width_cm)

    # lists

    def _numbering(self) -> Any:
        try:
            part = self.doc.part.part_related_by(RT.NUMBERING)
        except KeyError:
            xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<w:numbering {nsdecls("w")}/>'
            part = NumberingPart.load(
                PackURI("/word/numbering.xml"),
                CT.WML_NUMBERING,
                xml.encode(),
                self.doc.part.package,
            )
            self.doc.part.relate_to(part, RT.NUMBERING)
        return part.element

    def _style_abstract(self, style: str) -> int | None:
        """The abstract numbering behind a list style, if the style carries numbering."""
        if style not in self._list_abstracts:
            self._list_abstracts[style] = self._find_style_abstract(style)
        return self._list_abstracts[style]

    def _find_style_abstract(self, style: str) -> int | None:
        if not self.has_style(style):
            return None
        ppr = self.doc.styles[style].element.pPr
        if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
            return None
        num_id = ppr.numPr.numId.val
        for num in self._numbering().num_lst:
            if num.numId == num_id:
                return int(num.abstractNumId.val)
        return None

    def _own_abstract(self, kind: str) -> int:
        """An abstract numbering of our own (bullet or decimal) for styles without one."""
        if kind in self._own_lists:
            return self._own_lists[kind]
        numbering = self._numbering()
        existing = [
            int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
        ]
        abstract_id = max(existing, default=-1) + 1
        fmt, text = ("bullet", "•") if kind == "bullet" else ("decimal", "%1.")
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
        self._own_lists[kind] = abstract_id
        return abstract_id

    @staticmethod
    def _set_num(paragraph: Any, num_id: int) -> None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id

    def bullets(self, items: Sequence[str]) -> None:
        styled = self._style_abstract("List Bullet") is not None
        if not styled and self._bullet_num is None:
            self._bullet_num = int(self._numbering().add_num(self._own_abstract("bullet")).numId)
        for item in items:
            paragraph = self.formatted(item, "List Bullet")
            if self._bullet_num is not None and not styled:
                self._set_num(paragraph, self._bullet_num)

    def numbered(self, items: Sequence[str]) -> None:
        """A numbered list that starts at 1: a new ``w:num`` with a start override."""
        abstract = self._style_abstract("List Number")
        if abstract is None:
            abstract = self._own_abstract("decimal")
        num = self._numbering().add_num(abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        for item in items:
            self._set_num(self.formatted(item, "List Number"), int(num.numId))

    # tables

    def table(self, content: Table) -> Any:
        rows, widths = content.rows, content.widths
        header, label_column = content.header, content.label_column
        table = self.doc.add_table(rows=len(rows), cols=len(widths))
        table.style = TABLE_STYLE
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        look = table._tbl.tblPr.find(qn("w:tblLook"))
        if look is not None:
            look.set(qn("w:firstRow"), "1" if header else "0")
            look.set(qn("w:firstColumn"), "1" if label_column else "0")
            look.set(qn("w:noHBand"), "1")
            look.set(qn("w:noVBand"), "1")
            look.set(qn("w:val"), "0620" if header else "0680")
        table.autofit = False
        twips = [
            Twips(w)
            for w in fit_widths(
                rows, widths, _TEXT_WIDTH.twips, header=header, label_column=label_column
            )
        ]
        for c, width in enumerate(twips):
            table.columns[c].width = width  # the grid, which LibreOffice follows
        cell_style = "Samspel tabelltext" if self.has_style("Samspel tabelltext") else "Normal"
        for r, (row, values) in enumerate(zip(table.rows, rows, strict=True)):
            cells = row.cells  # python-docx works the row's cells out again on each access
            for c, value in enumerate(values):
                cell = cells[c]
                cell.width = twips[c]  # the cells, which Word follows
                paragraph = self.styled(cell.paragraphs[0], cell_style)
                # Direct bold as well as the style's: LibreOffice and Word agree on it.
                self.runs(
                    paragraph,
                    value,
                    marks=False,
                    bold=content.is_header(r) or content.is_label(c),
                )
            # A row never splits across pages; the header row repeats on every page.
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
            if content.is_header(r):
                tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        self.paragraph()
        return table

    def picture(self, png: bytes, description: str, width_cm: float = 16.0) -> Any:
        """A picture (e.g. the chart of the attitudes) with its alt text (``docPr descr``)."""
        from docx.shared import Cm

        shape = self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", self.clean(description))
        return shape._inline.getparent().getparent().getparent()  # the picture's w:p

    def signatures(self, parties: Sequence[tuple[str, str]], place_and_date: str) -> None:
        """A signature block for the parties (name, title): place and date, line, name, title.

        Written as a borderless table so a later Word import does not take it for a section.
        """
        table = self.doc.add_table(rows=5, cols=len(parties))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        heading = table.rows[0].cells[0].merge(table.rows[0].cells[-1])
        run = heading.paragraphs[0].add_run("Underskrifter")
        run.bold = True
        run.font.size = Pt(13)
        heading.paragraphs[0].paragraph_format.keep_with_next = True
        heading.paragraphs[0].paragraph_format.space_before = Pt(18)
        grid = [row.cells for row in table.rows]  # each .cells works the grid out again
        for c, (name, title) in enumerate(parties):
            cells = [grid[r][c] for r in range(1, 5)]
            for cell in cells:
                cell.width = Twips(_TEXT_WIDTH.twips // len(parties))
                cell.paragraphs[0].paragraph_format.keep_with_next = True
            self.runs(cells[0].paragraphs[0], place_and_date or "Ort och datum: ", marks=False)
            cells[1].paragraphs[0].paragraph_format.space_before = Pt(36)
            # The signature line is the top border of the name's cell: it prints as a rule.
            tc_pr = cells[2]._tc.get_or_add_tcPr()
            tc_pr.append(
                parse_xml(
                    f'<w:tcBorders {nsdecls("w")}><w:top w:val="single" w:sz="6" w:space="0" '
                    'w:color="000000"/></w:tcBorders>'
                )
            )
            self.runs(cells[2].paragraphs[0], name, marks=False, bold=True)
            self.runs(cells[3].paragraphs[0], title, marks=False)
        # Leave a gap between the two signature lines.
        for c in range(len(parties)):
            mar = parse_xml(f'<w:tcMar {nsdecls("w")}><w:right w:w="567" w:type="dxa"/></w:tcMar>')
            grid[3][c]._tc.get_or_add_tcPr().append(mar)

    # page furniture and properties

    def page_furniture(self, left: str, right: str) -> None:
        for section in self.doc.sections:
            header = section.header
            header.is_linked_to_previous = False
            paragraphs = header.paragraphs
            empty = all(not p.text.strip() for p in paragraphs) and not header._element.xpath(
                ".//w:drawing|.//w:pict"
            )
            paragraph = paragraphs[0] if empty and paragraphs else header.add_paragraph()
            paragraph.style = "Header"
            self.runs(paragraph, left, marks=False)
            paragraph.add_run("\t")
            self.runs(paragraph, right, marks=False)
            footer = section.footer
            footer.is_linked_to_previous = False
            if "PAGE" in "".join(footer._element.xpath(".//w:instrText/text()")):
                continue
            paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            if paragraph.text.strip():
                paragraph = footer.add_paragraph()
            paragraph.style = "Footer"
            paragraph.add_run("Sida ")
            self._field(paragraph, "PAGE", "1")
            paragraph.add_run(" av ")
            self._field(paragraph, "NUMPAGES", "1")

    @staticmethod
    def _field(paragraph: Any, instruction: str, placeholder: str) -> None:
        w = nsdecls("w")
        for xml in (
            f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {w}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
            f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {w}><w:t>{placeholder}</w:t></w:r>",
            f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            paragraph._p.append(parse_xml(xml))

    def properties(
        self, *, title: str, author: str, subject: str, status: str, identifier: str = ""
    ) -> None:
        """Core properties; ``identifier`` (``dc:identifier``) is the diarienummer."""
        props = self.doc.core_properties
        now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        props.title = self.clean(title)[:255]
        props.author = self.clean(author)[:255]
        props.last_modified_by = props.author
        props.subject = subject
        props.content_status = status
        props.language = "sv-SE"
        props.keywords = ""
        props.comments = ""
        props.category = ""
        props.identifier = self.clean(identifier)[:255]
        props.created = now
        props.modified = now
        props.revision = 1

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def result(self, path: Path) -> WordExport:
        self._step()
        content = self.to_bytes()
        write_bytes_atomically(path, content)
        if self._progress is not None:
            self._progress(self._done, self._done)
        return WordExport(path, self.removed, tuple(self.missing))


#: Advance widths (1/1000 em) of DejaVu Sans, the wide font LibreOffice substitutes, so an
#: estimate made with them fits in narrower fonts too. Bold is about an eighth wider.
_GLYPH_WIDTHS: dict[str, int] = {
    **dict(zip("abcdefghijklmnopqrstuvwxyzåäöé", (
        613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635,
        411, 521, 392, 634, 592, 818, 592, 592, 525, 613, 613, 612, 615,
    ), strict=True)),
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ", (
        684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787,
        695, 635, 611, 732, 684, 989, 685, 611, 685, 684, 684, 787,
    ), strict=True)),
    **dict.fromkeys("0123456789", 636),
    "-": 361, "–": 500, ".": 318, ",": 318, ":": 337, "%": 950, "/": 337, "(": 390, ")": 390,
}  # fmt: skip
_DEFAULT_GLYPH = 650
_BOLD_FACTOR = 1.12
#: 11 pt in twips, and a cell's left and right margins with some room to spare.
_EM_TWIPS = 220
_CELL_TWIPS = 200
#: Cells of at most this many words (a date, a name, a status) are kept whole.
_SHORT_CELL_WORDS = 3


def word_width(word: str, *, bold: bool = False) -> float:
    """About how wide ``word`` is in table text, in twips."""
    thousandths = sum(_GLYPH_WIDTHS.get(ch, _DEFAULT_GLYPH) for ch in word)
    return thousandths / 1000 * _EM_TWIPS * (_BOLD_FACTOR if bold else 1.0)


def fit_widths(
    rows: Sequence[Sequence[str]],
    weights: Sequence[int],
    total: int,
    *,
    header: bool = True,
    label_column: bool = False,
) -> list[int]:
    """Column widths in twips: ``weights`` shared out, but every column at least as wide as the
    longest word of its header and of its short cells (a date, a name), so those never break in
    the middle of a word.

    When the longest words do not fit side by side, the weights alone decide.
    """

    def word_twips(r: int, c: int, *, running_text: bool) -> float:
        words = str(rows[r][c]).split()
        bold = (header and r == 0) or (label_column and c == 0)
        if len(words) > _SHORT_CELL_WORDS and not bold and not running_text:
            return 0.0
        return max((word_width(word, bold=bold) for word in words), default=0.0)

    def needs(*, running_text: bool) -> list[float]:
        return [
            max(
                (word_twips(r, c, running_text=running_text) for r in range(len(rows))),
                default=0.0,
            )
            + _CELL_TWIPS
            for c in range(len(weights))
        ]

    # Every word whole if that fits; else headers and short cells whole (running text may then
    # break a long word); else the weights alone.
    need = needs(running_text=True)
    if sum(need) >= total:
        need = needs(running_text=False)
    if sum(need) >= total:
        return [int(total * w / sum(weights)) for w in weights]
    widths = [total * w / sum(weights) for w in weights]
    # Give the narrow columns what they need, taken from the others in proportion to their slack.
    while True:
        short = [c for c, w in enumerate(widths) if w < need[c] - 0.5]
        if not short:
            break
        missing = sum(need[c] - widths[c] for c in short)
        for c in short:
            widths[c] = need[c]
        slack = {c: widths[c] - need[c] for c in range(len(widths)) if c not in short}
        spare = sum(v for v in slack.values() if v > 0)
        for c, value in slack.items():
            if value > 0:
                widths[c] -= missing * value / spare
    return [int(w) for w in widths]


def day_text(value: dt.date | None, empty: str = "") -> str:
    """A date as written in documents: ISO 8601, or ``empty``."""
    return value.isoformat() if value else empty


def unbroken_day(value: dt.date) -> str:
    """A date in running text that is never split over two lines (non-breaking hyphens)."""
    return value.isoformat().replace("-", NO_BREAK_HYPHEN)
