"""Search results with highlighted snippets; activating a hit opens its place."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.search import MAX_QUERY_TOKENS
from samspel_desktop.gui.labels import search_kind
from samspel_desktop.services.search import SearchHit, SearchResult

_SPACES = re.compile(r"\s+")
#: Characters of the query the summary repeats.
_SHOWN_QUERY = 60


def snippet_html(hit: SearchHit) -> str:
    """The snippet on one line, matches in bold, underlined text (not colour alone)."""
    out = []
    for text, is_match in hit.snippet_parts:
        escaped = html.escape(_SPACES.sub(" ", text))
        out.append(f"<b><u>{escaped}</u></b>" if is_match else escaped)
    return "".join(out)


def _shown_query(query: str) -> str:
    """The query as the summary repeats it: one line, a long paste cut short."""
    text = " ".join(query.split())
    return text if len(text) <= _SHOWN_QUERY else text[: _SHOWN_QUERY - 1].rstrip() + "…"


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's text as rich text (the snippets' highlights)."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(Qt.ItemDataRole.UserRole + 1) or ""))
        document.setTextWidth(max(option.rect.width() - 8, 200))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


class SearchPage(QWidget):
    open_hit = Signal(object)  # SearchHit
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        back = QPushButton(self.tr("← &Startsidan"), self)
        back.setToolTip(self.tr("Tillbaka till startsidan (Alt+Home)"))
        back.clicked.connect(self.back_requested)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Sökträffar"))
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        # Every hit is a heading and a one-line snippet: the same height, measured once (a rich
        # text layout per hit would hold up typing in the search field).
        self.results.setUniformItemSizes(True)
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.results)
        self._hits: list[SearchHit] = []

    def show_hits(self, query: str, result: SearchResult, *, ranked: bool = True) -> None:
        """Show ``result``; ``ranked=False`` for the first page shown while the user types
        (the newest hits; the best ones follow)."""
        hits = result.hits
        self._hits = hits
        self.results.clear()
        shown = _shown_query(query)
        if not query.strip():
            summary = self.tr("Skriv ett eller flera ord i sökfältet.")
        elif not hits:
            summary = self.tr("Inga träffar för ”%1”.").replace("%1", shown)
        else:
            found = (
                self.tr("1 träff för ”%2”. Tryck Enter för att öppna den.")
                if len(hits) == 1
                else self.tr(
                    "%1 träffar för ”%2”. Välj en träff och tryck Enter för att öppna den."
                )
            )
            summary = found.replace("%1", str(len(hits))).replace("%2", shown)
        if hits and not ranked:
            summary += " " + self.tr(
                "De senast skrivna visas först; de bästa träffarna kommer strax."
            )
        if result.shortened:
            note = self.tr("Sökningen använde de %1 första orden; resten togs inte med.")
            summary += " " + note.replace("%1", str(MAX_QUERY_TOKENS))
        self.summary.setText(summary)
        for hit in hits:
            heading = " · ".join(
                part
                for part in (
                    hit.day.isoformat() if hit.day else "",
                    search_kind(hit.kind),
                    hit.pair_name,
                )
                if part
            )
            item = QListWidgetItem(self.results)
            item.setData(
                Qt.ItemDataRole.UserRole + 1,
                f"<span>{html.escape(heading)}</span><br>{snippet_html(hit)}",
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{heading}: {hit.plain_snippet()}")
            item.setToolTip(heading)
        if hits:
            self.results.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)
        if 0 <= row < len(self._hits):
            self.open_hit.emit(self._hits[row])

    def focus_results(self) -> None:
        self.results.setFocus()
