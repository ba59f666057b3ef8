"""The same documents as HTML, for PDF/A: what the Word writer writes, as Qt's rich text reads it.

:class:`HtmlWriter` has the Word writer's methods that the agreement and the minutes use, so one
function writes a document to either. The HTML stays within what ``QTextDocument`` renders
(headings, paragraphs, lists, tables, a few CSS properties). The PDF itself is rendered in the
Qt layer (``samspel_desktop.pdf``): this module has no Qt.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence

from samspel_desktop.domain.markup import Run, markup_runs, paragraphs, stripped_runs
from samspel_desktop.domain.model import Block, BlockType
from samspel_desktop.domain.text import bold_runs, text_for_word
from samspel_desktop.services.documents.tables import Table

#: An anchor name: from this heading to the end, the renderer keeps the text on one page.
KEEP_TOGETHER = "samspel-keep-together"


@dataclasses.dataclass(frozen=True)
class PdfSource:
    """A document ready to be rendered as PDF/A-1b, with the metadata the Word file carries."""

    html: str
    title: str
    author: str
    subject: str
    identifier: str
    status: str
    header_left: str
    header_right: str
    language: str = "sv-SE"
    css: str = ""
    #: Pictures, named ``samspel-image:N`` in ``html`` (the renderer adds them as resources).
    images: tuple[bytes, ...] = ()


_STYLE = """
p.h1 { font-size: 15pt; font-weight: bold; color: #1f3a5f; margin-top: 16pt; margin-bottom: 6pt; }
p.h2 { font-size: 12pt; font-weight: bold; color: #1f3a5f; margin-top: 10pt; margin-bottom: 4pt; }
p { margin-top: 0pt; margin-bottom: 6pt; }
ul, ol { margin-top: 0pt; margin-bottom: 6pt; }
li { margin-bottom: 2pt; }
p.title { font-size: 22pt; font-weight: bold; color: #1f3a5f; margin-bottom: 4pt; }
p.subtitle { font-size: 13pt; color: #595959; margin-bottom: 14pt; }
p.banner { font-size: 14pt; font-weight: bold; color: #c00000; margin-bottom: 10pt; }
p.note { font-style: italic; color: #404040; }
th { font-weight: bold; background-color: #e8eef4; text-align: left; margin: 0pt; }
td { margin: 0pt; }
td.label { font-weight: bold; color: #1f3a5f; }
"""


class HtmlWriter:
    """Collects a document as HTML; the same calls as :class:`DocumentWriter` where shared."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._images: list[bytes] = []
        self.removed = 0
        self.title = ""
        self.author = ""
        self.subject = ""
        self.status = ""
        self.identifier = ""
        self.header_left = ""
        self.header_right = ""

    # text

    def clean(self, text: str) -> str:
        cleaned, removed = text_for_word(text)
        self.removed += removed
        return cleaned

    def _inline(self, text: str, *, marks: bool = True) -> str:
        cleaned = self.clean(text)
        pieces = bold_runs(cleaned) if marks else [(cleaned, False)]
        out = []
        for piece, bold in pieces:
            escaped = html.escape(piece).replace("\n", "<br/>")
            out.append(f"<b>{escaped}</b>" if bold else escaped)
        return "".join(out)

    def _formatted(self, markup: str) -> str:
        """Agreement text (:mod:`samspel_desktop.domain.markup`) with its bold and italic."""
        return self._runs(stripped_runs(markup_runs(markup)))

    def _runs(self, runs: list[Run]) -> str:
        out = []
        for run in runs:
            escaped = html.escape(self.clean(run.text)).replace("\n", "<br/>")
            if run.italic:
                escaped = f"<i>{escaped}</i>"
            out.append(f"<b>{escaped}</b>" if run.bold else escaped)
        return "".join(out)

    def paragraph(self, text: str = "", style: str = "Normal", *, marks: bool = True) -> None:
        css = {"Title": "title", "Subtitle": "subtitle"}.get(style, "")
        attribute = f' class="{css}"' if css else ""
        self._parts.append(f"<p{attribute}>{self._inline(text, marks=marks) or '&nbsp;'}</p>")

    def banner(self, text: str) -> None:
        self._parts.append(f'<p class="banner">{self._inline(text, marks=False)}</p>')

    def page_break(self) -> None:
        self._parts.append('<p style="page-break-before: always;"></p>')

    def note(self, text: str) -> None:
        self._parts.append(f'<p class="note">{self._inline(text, marks=False)}</p>')

    def labelled(self, label: str, text: str) -> None:
        body = self._inline(text.strip() or "–")
        self._parts.append(f"<p><b>{self._inline(label, marks=False)}:</b> {body}</p>")

    def heading(self, text: str, level: int) -> None:
        # (Not <h1>: Qt enlarges a heading beyond the size the style sheet gives it.)
        self._parts.append(f'<p class="h{min(level, 2)}">{self._inline(text, marks=False)}</p>')

    def block(self, block: Block) -> None:
        if block.type is BlockType.PARAGRAPH:
            # A blank line inside a paragraph starts a new one (as in the Word export).
            for part in paragraphs(markup_runs(block.text)):
                self._parts.append(f"<p>{self._runs(part)}</p>")
        elif block.type is BlockType.SUBHEADING:
            self.heading(block.text.strip(), 2)
        elif block.type is BlockType.IMAGE:
            self._images.append(block.image)
            alt = html.escape(self.clean(block.text), quote=True)
            self._parts.append(
                f'<p><img src="samspel-image:{len(self._images) - 1}" alt="{alt}"/></p>'
            )
        elif block.type is BlockType.BULLETS:
            self.bullets(block.items)
        else:
            self.numbered(block.items)

    def bullets(self, items: Sequence[str]) -> None:
        lis = "".join(f"<li>{self._formatted(i)}</li>" for i in items)
        self._parts.append(f"<ul>{lis}</ul>")

    def numbered(self, items: Sequence[str]) -> None:
        lis = "".join(f"<li>{self._formatted(i)}</li>" for i in items)
        self._parts.append(f"<ol>{lis}</ol>")

    def table(self, table: Table) -> None:
        rows, widths = table.rows, table.widths
        total = sum(widths)
        out = [
            '<table width="100%" border="0.5" cellspacing="0" cellpadding="4" '
            'style="border-color: #8a9bb0; border-style: solid; margin-bottom: 12pt;">'
        ]
        for r, row in enumerate(rows):
            cells = []
            for c, value in enumerate(row):
                width = f' width="{round(100 * widths[c] / total)}%"'
                text = self._inline(value, marks=False)
                if table.is_header(r):
                    cells.append(f"<th{width}>{text}</th>")
                elif table.is_label(c):
                    cells.append(f'<td class="label"{width}>{text}</td>')
                else:
                    cells.append(f"<td{width}>{text}</td>")
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</table>")
        self._parts.append("".join(out))

    def signatures(self, parties: Sequence[tuple[str, str]], place_and_date: str) -> None:
        """Place and date, a line to sign on, name and title per party; kept on one page."""
        place = self._inline(place_and_date or "Ort och datum: ", marks=False)
        cells_place = "".join(f"<td>{place}</td>" for _ in parties)
        gap = "".join('<td style="padding-top: 30pt;">&nbsp;</td>' for _ in parties)
        cells_line = "".join(
            '<td style="border-top-style: solid; border-top-width: 1px; '
            'border-top-color: #000000; padding-top: 2pt;">'
            f"<b>{self._inline(name, marks=False)}</b><br/>{self._inline(title, marks=False)}"
            "</td>"
            for name, title in parties
        )
        self._parts.append(
            f'<p class="h2"><a name="{KEEP_TOGETHER}"></a>Underskrifter</p>'
            '<table width="100%" cellspacing="16" cellpadding="0">'
            f"<tr>{cells_place}</tr><tr>{gap}</tr><tr>{cells_line}</tr></table>"
        )

    # page furniture and properties, kept for the renderer

    def page_furniture(self, left: str, right: str) -> None:
        self.header_left, self.header_right = self.clean(left), self.clean(right)

    def properties(
        self, *, title: str, author: str, subject: str, status: str, identifier: str = ""
    ) -> None:
        self.title = self.clean(title)
        self.author = self.clean(author)
        self.subject = subject
        self.status = status
        self.identifier = self.clean(identifier)

    def source(self) -> PdfSource:
        body = "\n".join(self._parts)
        document = (
            '<html><head><meta charset="utf-8"/>'
            f"<title>{html.escape(self.title)}</title></head>"
            f"<body>{body}</body></html>"
        )
        return PdfSource(
            html=document,
            title=self.title,
            author=self.author,
            subject=self.subject,
            identifier=self.identifier,
            status=self.status,
            header_left=self.header_left,
            header_right=self.header_right,
            css=_STYLE,
            images=tuple(self._images),
        )
