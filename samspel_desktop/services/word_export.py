"""Word export: the överenskommelse and a conversation's minnesanteckningar as ``.docx``.

Built on the bundled template ``resources/templates/samspel.docx`` (see
``packaging/make_template.py``) or on a municipality's own ``.docx``: its styles are used, and a
style it lacks is copied from Samspel's template and named in the result, so the user can be
told plainly. Every text passes :func:`samspel_desktop.domain.text.text_for_word` on its way
in; characters Word cannot hold are dropped and counted. Files are written atomically.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
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
from samspel_desktop.domain.model import (
    AgreementStatus,
    AgreementVersion,
    Answer,
    AnswerType,
    Block,
    BlockType,
    Commitment,
    Conversation,
    Pair,
    Rating,
    Side,
)
from samspel_desktop.domain.text import bold_runs, text_for_word
from samspel_desktop.services.agreements import AgreementService
from samspel_desktop.services.files import write_bytes_atomically
from samspel_desktop.services.paths import resources_dir
from samspel_desktop.storage.commitments import CommitmentRepository
from samspel_desktop.storage.conversations import ConversationRepository
from samspel_desktop.storage.pairs import PairRepository

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


@dataclasses.dataclass(frozen=True)
class WordExport:
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


def default_folder() -> Path:
    """Where exports go unless the user picks another folder: the Documents folder."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))} | {
    f"lpt{i}" for i in range(10)
}


def default_file_name(organisation: str, document: str, date: dt.date) -> str:
    """``Vaggeryds kommun – Överenskommelse 2027-02-10.docx``, safe on Windows too."""
    text, _ = text_for_word(f"{organisation} – {document} {date.isoformat()}")
    text = " ".join(_UNSAFE_IN_NAMES.sub(" ", text).split())[:120].strip(" .")
    if not text or text.split(".")[0].lower() in _RESERVED:
        text = f"Samspel {date.isoformat()}"
    return f"{text}.docx"


# --- the document writer ----------------------------------------------------------------------


def _child(parent: Any, tag: str) -> Any:
    """Append a new empty element ``tag`` (e.g. ``"w:r"``) to ``parent`` and return it."""
    child = parent.makeelement(qn(tag), {})
    parent.append(child)
    return child


_RUN_BREAKS = re.compile(r"([\t\r\n])")


def _append_run(p: Any, text: str, *, bold: bool = False) -> None:
    """Append a ``w:r`` holding ``text`` to the paragraph element ``p``.

    The same XML as python-docx's ``add_run(text)`` (and ``bold = True``): a tab becomes
    ``w:tab``, a line break ``w:br``, the rest ``w:t`` (space-preserving when it starts or
    ends with a space). Built in one pass instead of python-docx's character by character,
    which was most of an agreement export's own time.
    """
    run = _child(p, "w:r")
    if bold:
        _child(_child(run, "w:rPr"), "w:b")
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            _child(run, "w:tab")
        elif piece in ("\r", "\n"):
            _child(run, "w:br")
        elif piece:
            t = _child(run, "w:t")
            t.text = piece
            if len(piece.strip()) < len(piece):
                t.set(qn("xml:space"), "preserve")


class DocumentWriter:
    """One document being written: sanitised text, named styles, lists, tables, page furniture."""

    def __init__(self, template: Path | None) -> None:
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

    def labelled(self, label: str, text: str) -> None:
        """A paragraph starting with a bold label: "Kommundirektör (Karl Ek): …"."""
        paragraph = self.paragraph()
        self.runs(paragraph, f"{label}: ", marks=False, bold=True)
        self.runs(paragraph, text.strip() or "–")

    def heading(self, text: str, level: int) -> None:
        self.paragraph(text, f"Heading {level}", marks=False)

    def block(self, block: Block) -> None:
        if block.type is BlockType.PARAGRAPH:
            for part in re.split(r"\n\s*\n", block.text.strip()):
                if part.strip():
                    self.paragraph(part.strip())
        elif block.type is BlockType.SUBHEADING:
            self.heading(block.text.strip(), 2)
        elif block.type is BlockType.BULLETS:
            self.bullets(block.items)
        else:
            self.numbered(block.items)

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
            paragraph = self.paragraph(item.strip(), "List Bullet")
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
            self._set_num(self.paragraph(item.strip(), "List Number"), int(num.numId))

    # tables

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[int],
        *,
        header: bool = False,
        label_column: bool = False,
    ) -> Any:
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
        total = sum(widths)
        twips = [Twips(int(_TEXT_WIDTH.twips * w / total)) for w in widths]
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
                    bold=(header and r == 0) or (label_column and c == 0),
                )
            if header and r == 0:
                tr_pr = row._tr.get_or_add_trPr()
                tr_pr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        self.paragraph()
        return table

    def picture(self, png: bytes, width_cm: float = 16.0) -> None:
        """A picture (e.g. the health chart) across the text width."""
        from docx.shared import Cm

        self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))

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

    def properties(self, *, title: str, author: str, subject: str, status: str) -> None:
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
        props.identifier = ""
        props.created = now
        props.modified = now
        props.revision = 1

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()

    def result(self, path: Path) -> WordExport:
        write_bytes_atomically(path, self.to_bytes())
        return WordExport(path, self.removed, tuple(self.missing))


# --- the two documents -----------------------------------------------------------------------


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _status_line(version: AgreementVersion) -> str:
    if version.status is AgreementStatus.ADOPTED:
        decided = _date(version.metadata.decision_date or version.adopted_on)
        paragraph = version.metadata.decision_paragraph
        return f"Antagen {decided}{' ' + paragraph if paragraph else ''} · version {version.number}"
    if version.status is AgreementStatus.REMISS:
        return f"Remissversion · version {version.number}"
    return f"Utkast · version {version.number}"


def write_agreement(
    version: AgreementVersion, pair: Pair, path: Path, *, template: Path | None = None
) -> WordExport:
    """Write one version of the agreement as a governing document."""
    doc = DocumentWriter(template)
    organisation = pair.organisation.name
    doc.properties(
        title=version.title,
        author=organisation,
        subject=version.metadata.document_type or "Överenskommelse",
        status=version.status.label,
    )
    doc.page_furniture(organisation, f"{version.metadata.document_type} · {_status_line(version)}")
    doc.paragraph(version.title, "Title", marks=False)
    doc.paragraph(f"{organisation} · {_status_line(version)}", "Subtitle", marks=False)
    meta = version.metadata
    decision = " ".join(p for p in (_date(meta.decision_date), meta.decision_paragraph) if p)
    rows = [
        ("Typ av styrdokument", meta.document_type),
        ("Beslutande instans", meta.decided_by),
        ("Datum för beslut", decision or "Inte beslutad"),
        ("Diarienummer", meta.registration_number),
        ("Gäller för", meta.applies_to),
        ("Giltighetstid", meta.validity),
        ("Revideras senast", _date(meta.review_by)),
        ("Dokumentansvarig", meta.document_owner),
    ]
    doc.table([(label, value or "–") for label, value in rows], (2, 5), label_column=True)
    for number, section in enumerate(version.sections, start=1):
        doc.heading(f"{number}. {section.title}", 1)
        for block in section.blocks:
            doc.block(block)
    parties = [(s.name, s.title) for s in version.signatories] or [
        (pair.political.name, pair.political.title),
        (pair.executive.name, pair.executive.title),
    ]
    place = version.adopted_place
    when = _date(version.adopted_on) if version.is_adopted else ""
    doc.signatures(parties, ", ".join(p for p in (place, when) if p))
    return doc.result(path)


def _person(pair: Pair, side: Side) -> str:
    person = pair.political if side is Side.POLITICAL else pair.executive
    return f"{person.title} ({person.name})" if person.title else person.name


def write_minutes(
    conversation: Conversation,
    pair: Pair,
    *,
    answers: dict[str, Answer],
    ratings: Iterable[Rating],
    commitments: Iterable[Commitment],
    path: Path,
    template: Path | None = None,
) -> WordExport:
    """Write the minnesanteckningar of one conversation."""
    doc = DocumentWriter(template)
    organisation = pair.organisation.name
    date = conversation.date.isoformat()
    doc.properties(
        title=f"Minnesanteckningar, samspelssamtal {date}",
        author=organisation,
        subject="Minnesanteckningar",
        status=conversation.status.label,
    )
    doc.page_furniture(organisation, f"Minnesanteckningar · samspelssamtal {date}")
    doc.paragraph("Minnesanteckningar", "Title", marks=False)
    doc.paragraph(f"Samspelssamtal {date} · {organisation}", "Subtitle", marks=False)
    doc.table(
        [
            ("Datum", date),
            ("Närvarande", ", ".join(conversation.present) or "–"),
            ("Samspelspar", f"{_person(pair, Side.POLITICAL)} och {_person(pair, Side.EXECUTIVE)}"),
            ("Samtalsguide", ", ".join(g.title for g in conversation.guides) or "–"),
            ("Nästa möte", _date(conversation.next_meeting) or "Inte bestämt"),
        ],
        (2, 5),
        label_column=True,
    )
    by_question: dict[str, dict[Side, int]] = {}
    for rating in ratings:
        by_question.setdefault(rating.question_key, {})[rating.side] = rating.value
    rating_rows: list[tuple[str, str, str]] = []
    for guide in conversation.guides:
        for section in guide.sections:
            written = False
            for question in section.questions:
                key = guide.question_key(question)
                if question.answer.type is AnswerType.RATING:
                    values = by_question.get(key, {})
                    if values:
                        scale = question.answer.scale

                        def label(value: int | None, scale: tuple[str, ...] = scale) -> str:
                            if value is None:
                                return "–"
                            if 0 < value <= len(scale) and scale[value - 1]:
                                step = scale[value - 1]
                                return step if step.startswith(str(value)) else f"{value} – {step}"
                            return str(value)

                        rating_rows.append(
                            (
                                question.text,
                                label(values.get(Side.POLITICAL)),
                                label(values.get(Side.EXECUTIVE)),
                            )
                        )
                    continue
                answer = answers.get(key)
                if answer is None or not (
                    answer.political.strip()
                    or answer.executive.strip()
                    or answer.conclusion.strip()
                ):
                    continue
                if not written:
                    doc.heading(section.title, 1)
                    written = True
                doc.heading(question.text, 2)
                doc.labelled(_person(pair, Side.POLITICAL), answer.political)
                doc.labelled(_person(pair, Side.EXECUTIVE), answer.executive)
                doc.labelled("Gemensam slutsats", answer.conclusion)
                if answer.to_agreement:
                    doc.paragraph("Slutsatsen förs till överenskommelsen.", marks=False).runs[
                        0
                    ].italic = True
    if rating_rows:
        doc.heading("Skattningar", 1)
        doc.table(
            [
                (
                    "Fråga",
                    pair.political.title or "Politiken",
                    pair.executive.title or "Förvaltningen",
                ),
                *rating_rows,
            ],
            (4, 3, 3),
            header=True,
        )
    doc.heading("Åtaganden", 1)
    rows = [
        (
            c.what,
            c.owner_name or c.owner_side.label,
            _date(c.due_date) or "–",
            c.status.label + (f" ({c.status_note})" if c.status_note else ""),
        )
        for c in commitments
    ]
    if rows:
        doc.table(
            [("Åtagande", "Ansvarig", "Klart senast", "Status"), *rows], (6, 2, 2, 2), header=True
        )
    else:
        doc.paragraph("Inga åtaganden gjordes vid samtalet.", marks=False)
    if conversation.notes.strip():
        doc.heading("Övriga anteckningar", 1)
        for part in re.split(r"\n\s*\n", conversation.notes.strip()):
            doc.paragraph(part.strip(), marks=False)
    doc.heading("Nästa möte", 1)
    doc.paragraph(_date(conversation.next_meeting) or "Nästa möte är inte bestämt.", marks=False)
    return doc.result(path)


class WordExporter:
    """Export by id: gathers what a document needs from the repositories and writes it."""

    def __init__(
        self,
        agreements: AgreementService,
        pairs: PairRepository,
        conversations: ConversationRepository,
        commitments: CommitmentRepository,
    ) -> None:
        self._agreements = agreements
        self._pairs = pairs
        self._conversations = conversations
        self._commitments = commitments

    def agreement_version(self, pair_id: int, number: int | None = None) -> AgreementVersion:
        """The pair's version ``number``, or its newest."""
        versions = self._agreements.versions(pair_id)
        self._pairs.get(pair_id)
        if not versions:
            raise WordExportError("Paret har ingen överenskommelse ännu.")
        if number is None:
            return versions[-1]
        for version in versions:
            if version.number == number:
                return version
        raise WordExportError(f"Överenskommelsen har ingen version {number}.")

    def export_agreement(
        self, version_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        version = self._agreements.get(version_id)
        return write_agreement(version, self._pairs.get(version.pair_id), path, template=template)

    def export_minutes(
        self, conversation_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        conversation = self._conversations.get(conversation_id)
        commitments = [
            c
            for c in self._commitments.all(conversation.pair_id)
            if conversation_id in (c.created_in, c.closed_in)
        ]
        return write_minutes(
            conversation,
            self._pairs.get(conversation.pair_id),
            answers=self._conversations.answers(conversation_id),
            ratings=self._conversations.ratings(conversation_id),
            commitments=commitments,
            path=path,
            template=template,
        )

    def agreement_file_name(self, version: AgreementVersion) -> str:
        pair = self._pairs.get(version.pair_id)
        kind = version.metadata.document_type or "Överenskommelse"
        when = version.adopted_on or dt.date.today()
        return default_file_name(pair.organisation.name, f"{kind} version {version.number}", when)

    def minutes_file_name(self, conversation_id: int) -> str:
        conversation = self._conversations.get(conversation_id)
        pair = self._pairs.get(conversation.pair_id)
        return default_file_name(pair.organisation.name, "Minnesanteckningar", conversation.date)
