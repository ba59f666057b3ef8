"""One group's answer to the seminar's current question, with a conflict panel when needed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.seminars import SeminarAnswer
from samspel_desktop.gui.widgets import CompactTextEdit


class GroupAnswerBox(QGroupBox):
    """One group's answer to the current question, with a conflict panel when needed."""

    def __init__(self, title: str, members: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.members_label = QLabel(members, self)
        self.members_label.setWordWrap(True)
        self.members_label.setVisible(bool(members))
        layout.addWidget(self.members_label)
        self.edit = CompactTextEdit(self)
        self.edit.setAccessibleName(self.tr("Svar från %1").replace("%1", title))
        layout.addWidget(self.edit)
        self.conflict = QWidget(self)
        conflict_layout = QVBoxLayout(self.conflict)
        conflict_layout.setContentsMargins(6, 6, 6, 6)
        # A light background needs its own dark text: in dark mode the palette's is light.
        self.conflict.setStyleSheet(
            "QWidget#conflict { background: #fff4d6; } QWidget#conflict QLabel { color: #3b2f00; }"
        )
        self.conflict.setObjectName("conflict")
        self.conflict_label = QLabel(self.conflict)
        self.conflict_label.setWordWrap(True)
        conflict_layout.addWidget(self.conflict_label)
        self.conflict_text = QPlainTextEdit(self.conflict)
        self.conflict_text.setReadOnly(True)
        self.conflict_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        conflict_layout.addWidget(self.conflict_text)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Behåll min text"), self.conflict)
        self.take_imported = QPushButton(self.tr("Använd den importerade"), self.conflict)
        self.keep_both = QPushButton(self.tr("Behåll båda"), self.conflict)
        for button in (self.keep_mine, self.take_imported, self.keep_both):
            buttons.addWidget(button)
        conflict_layout.addLayout(buttons)
        layout.addWidget(self.conflict)
        self.conflict.setVisible(False)

    def show_conflict(self, answer: SeminarAnswer | None) -> None:
        has = answer is not None and answer.has_conflict
        self.conflict.setVisible(has)
        if answer is not None and has:
            self.conflict_label.setText(
                self.tr(
                    "Skillnad: filen %1 har en annan text för den här frågan. Ingenting har "
                    "skrivits över – välj vilken text som ska gälla."
                ).replace("%1", answer.conflict_source or self.tr("(okänd)"))
            )
            self.conflict_text.setPlainText(answer.conflict_text)
