"""The same documents as HTML, for PDF/A: what the Word writer writes, as Qt's rich text reads it.

:class:`HtmlWriter` has the Word writer's methods that the agreement and the minutes use, so one
function writes a document to either. The HTML stays within what ``QTextDocument`` renders
(headings, paragraphs, lists, tables, a few CSS properties). The PDF itself is rendered in the
GUI layer (``samspel_desktop.gui.pdf``): this module has no Qt.
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Sequence

from samspel_desktop.domain.model import Block, BlockType
from samspel_desktop.domain.text import bold_runs, text_for_word


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


_STYLE = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }
h1 { font-size: 16pt; font-weight: bold; margin-top: 14pt; margin-bottom: 6pt; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 10pt; margin-bottom: 4pt; }
p { margin-top: 0pt; margin-bottom: 6pt; }
p.title { font-size: 22pt; font-weight: bold; margin-bottom: 4pt; }
p.subtitle { font-size: 12pt; color: #404040; margin-bottom: 12pt; }
p.banner { font-size: 14pt; font-weight: bold; color: #c00000; margin-bottom: 10pt; }
p.note { font-style: italic; color: #404040; }
td, th { padding: 3pt; vertical-align: top; }
th { font-weight: bold; background-color: #e8eef4; text-align: left; }
"""


class HtmlWriter:
    """Collects a document as HTML; the same calls as :class:`DocumentWriter` where shared."""

    def __init__(self) -> None:
        self._parts: list[str] = []
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

    def paragraph(self, text: str = "", style: str = "Normal", *, marks: bool = True) -> None:
        css = {"Title": "title", "Subtitle": "subtitle"}.get(style, "")
        attribute = f' class="{css}"' if css else ""
        self._parts.append(f"<p{attribute}>{self._inline(text, marks=marks) or '&nbsp;'}</p>")

    def banner(self, text: str) -> None:
        self._parts.append(f'<p class="banner">{self._inline(text, marks=False)}</p>')

    def note(self, text: str) -> None:
        self._parts.append(f'<p class="note">{self._inline(text, marks=False)}</p>')

    def labelled(self, label: str, text: str) -> None:
        body = self._inline(text.strip() or "–")
        self._parts.append(f"<p><b>{self._inline(label, marks=False)}:</b> {body}</p>")

    def heading(self, text: str, level: int) -> None:
        self._parts.append(f"<h{level}>{self._inline(text, marks=False)}</h{level}>")

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

    def bullets(self, items: Sequence[str]) -> None:
        lis = "".join(f"<li>{self._inline(i.strip())}</li>" for i in items)
        self._parts.append(f"<ul>{lis}</ul>")

    def numbered(self, items: Sequence[str]) -> None:
        lis = "".join(f"<li>{self._inline(i.strip())}</li>" for i in items)
        self._parts.append(f"<ol>{lis}</ol>")

    def table(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[int],
        *,
        header: bool = False,
        label_column: bool = False,
    ) -> None:
        total = sum(widths)
        out = ['<table width="100%" border="1" cellspacing="0" cellpadding="3" '
               'style="border-color: #8a9bb0; border-style: solid;">']  # fmt: skip
        for r, row in enumerate(rows):
            cells = []
            for c, value in enumerate(row):
                width = f' width="{round(100 * widths[c] / total)}%"'
                text = self._inline(value, marks=False)
                if header and r == 0:
                    cells.append(f"<th{width}>{text}</th>")
                elif label_column and c == 0:
                    cells.append(f"<td{width}><b>{text}</b></td>")
                else:
                    cells.append(f"<td{width}>{text}</td>")
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append("</table><p>&nbsp;</p>")
        self._parts.append("".join(out))

    def signatures(self, parties: Sequence[tuple[str, str]], place_and_date: str) -> None:
        cells_place = "".join(
            f"<td>{self._inline(place_and_date or 'Ort och datum: ', marks=False)}</td>"
            for _ in parties
        )
        cells_line = "".join(
            '<td style="padding-top: 36pt;"><hr/>'
            f"<b>{self._inline(name, marks=False)}</b><br/>{self._inline(title, marks=False)}"
            "</td>"
            for name, title in parties
        )
        self._parts.append(
            f'<h2>Underskrifter</h2><table width="100%" cellspacing="12" cellpadding="0">'
            f"<tr>{cells_place}</tr><tr>{cells_line}</tr></table>"
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
            f"<title>{html.escape(self.title)}</title><style>{_STYLE}</style></head>"
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
        )
