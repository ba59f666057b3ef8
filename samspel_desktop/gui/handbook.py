"""The handbook (Hjälp → Handbok, F1): how to hold a samspelssamtal, the guides and their
sources, the keyboard, backups and moving to a new laptop. Offline: a Swedish Markdown file in
``resources/handbook`` shown chapter by chapter; the guides' chapter lists the guides installed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.model import Guide
from samspel_desktop.services.paths import resources_dir


@dataclass(frozen=True)
class Chapter:
    title: str
    markdown: str


def handbook_text() -> str:
    return (resources_dir() / "handbook" / "handbok.md").read_text(encoding="utf-8")


def guides_markdown(guides: list[Guide]) -> str:
    """The built-in guides, each with its summary, its source and who wrote its own texts."""
    parts = []
    for guide in guides:
        if not guide.builtin:
            continue
        lines = [f"- **{guide.title}.** {guide.summary.strip()}"]
        if guide.source:
            lines.append(f"  Källa: {guide.source.strip()}.")
        if guide.author:
            lines.append(f"  Egna texter: {guide.author.strip()}.")
        parts.append("\n".join(lines))
    return "\n".join(parts) or "- (inga guider installerade)"


def chapters(text: str, guides: list[Guide]) -> list[Chapter]:
    """The handbook cut at its "## " headings; the text before the first is the opening."""
    text = text.replace("{guides}", guides_markdown(guides))
    found: list[Chapter] = []
    title, lines = "", list[str]()
    for line in text.splitlines():
        if line.startswith("## "):
            found.append(Chapter(title, "\n".join(lines).strip()))
            title, lines = line[3:].strip(), [line]
        elif line.startswith("# ") and not title:
            title = line[2:].strip()
            lines.append(line)
        else:
            lines.append(line)
    found.append(Chapter(title, "\n".join(lines).strip()))
    return [c for c in found if c.markdown]


class HandbookDialog(QDialog):
    """The chapters on the left, the chosen one on the right; no link leaves the app."""

    def __init__(self, guides: list[Guide], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handbok för Samspel"))
        self.chapters = chapters(handbook_text(), guides)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        layout.addLayout(row, 1)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Innehåll"))
        self.contents.addItems([c.title for c in self.chapters])
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setFixedWidth(
            self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 12
        )
        row.addWidget(self.contents)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Handbokens text"))
        self.text.setOpenLinks(False)  # nothing is opened outside the app
        self.text.setOpenExternalLinks(False)
        row.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self.show_chapter)
        self.contents.setCurrentRow(0)
        screen = self.screen().availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), min(640, int(screen.height() * 0.85)))

    def show_chapter(self, row: int) -> None:
        if 0 <= row < len(self.chapters):
            self.text.setMarkdown(self.chapters[row].markdown)
            self.text.verticalScrollBar().setValue(0)
