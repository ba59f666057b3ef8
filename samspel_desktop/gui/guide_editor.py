"""The guide editor: create, duplicate, edit, reorder, export and import samtalsguider.

Every change is autosaved about a second later. A draft that breaks a rule of the guide format
is not saved; the message says what to fix and the user's text stays in the fields. The first
saved change after a guide is opened raises its version by one; conversations and seminars keep
their own snapshots, so they are unaffected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QTreeWidgetItem,
    QWidget,
)

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import (
    GUIDE_FORMAT,
    GUIDE_FORMAT_VERSION,
    PURPOSES,
    guide_from_dict,
    quotes_from_plain,
    quotes_to_plain,
    unique_id,
)
from samspel_desktop.domain.model import AnswerType, Guide, QuestionOrigin
from samspel_desktop.gui.autosave import Autosaver
from samspel_desktop.gui.common import ask_yes_no, bold_font
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.file_dialogs import ask_open_path, ask_save_path
from samspel_desktop.gui.forms.ui_guide_editor import Ui_GuideEditorPage
from samspel_desktop.gui.operations import remote
from samspel_desktop.gui.widgets import FIELDS_ROLE, KIND_ROLE
from samspel_desktop.services.guides import GuideImport, ImportOutcome, read_guide_file
from samspel_desktop.services.samspel import Samspel

_GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole


class GuideEditorPage(QWidget):
    back_requested = Signal()
    status_message = Signal(str)
    #: A guide was created, changed, imported or deleted (other views may list guides).
    guides_changed = Signal()

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self.guide: Guide | None = None
        self._loading = False
        self._draft_version = 0
        self.ui = Ui_GuideEditorPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setFont(bold_font(self, 1.4))
        # A question's fields (five scale steps among them) scroll rather than make the
        # window taller than a 768-pixel screen.
        splitter = self.ui.structureSplitter
        details = QScrollArea(splitter)
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        splitter.insertWidget(splitter.indexOf(self.ui.detailStack), details)
        details.setWidget(self.ui.detailStack)
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.mainSplitter.setStretchFactor(1, 3)
        self.ui.mainSplitter.setSizes([360, 1000])
        self.ui.structureSplitter.setStretchFactor(0, 2)
        self.ui.structureSplitter.setStretchFactor(1, 3)
        # The summary is a few lines; the sections and questions get the height.
        lines = self.ui.summaryEdit.fontMetrics().lineSpacing()
        self.ui.summaryEdit.setMaximumHeight(lines * 4 + 12)
        self.ui.editLayout.setStretchFactor(self.ui.structureSplitter, 1)
        self.scale_edits = [
            self.ui.scale1Edit,
            self.ui.scale2Edit,
            self.ui.scale3Edit,
            self.ui.scale4Edit,
            self.ui.scale5Edit,
        ]
        purposes = {
            "general": self.tr("Allmänt samtal"),
            "start": self.tr("Ny relation"),
            "opposition": self.tr("Oppositionsråd och KD"),
            "follow_up": self.tr("Uppföljning av överenskommelsen"),
            "ratings": self.tr("Skattningar"),
            "resilience": self.tr("Pressad relation"),
            "renewal": self.tr("Relation på rutin"),
            "midpoint": self.tr("Halvtid i mandatperioden"),
            "election": self.tr("Inför och efter ett val"),
        }
        for purpose in PURPOSES:
            self.ui.purposeCombo.addItem(purposes[purpose], purpose)
        self.ui.originCombo.addItem(
            self.tr("Egen fråga – guidens författare har formulerat den"), QuestionOrigin.OWN.value
        )
        self.ui.originCombo.addItem(
            self.tr("Citat – frågan är källans egna ord"), QuestionOrigin.QUOTED.value
        )
        self.ui.answerTypeCombo.addItem(
            self.tr("Fritt svar: politikens och förvaltningens syn och en gemensam slutsats"),
            AnswerType.PERSPECTIVES.value,
        )
        self.ui.answerTypeCombo.addItem(
            self.tr("Skala 1–5 med en text för varje steg"), AnswerType.RATING.value
        )
        self.autosaver = Autosaver(self, self._services)
        self.autosaver.saved.connect(
            lambda when: self.status_message.emit(
                self.tr("Sparat %1").replace("%1", when.strftime("%H:%M:%S"))
            )
        )
        self.autosaver.failed.connect(self.status_message.emit)
        tree = self.ui.structureTree
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.guideList.currentItemChanged.connect(lambda *_: self._guide_selected())
        # Long titles wrap instead of running under a sideways scroll bar.
        self.ui.guideList.setWordWrap(True)
        self.ui.guideList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.newButton.clicked.connect(self.new_guide)
        self.ui.duplicateButton.clicked.connect(self.duplicate_guide)
        self.ui.deleteButton.clicked.connect(self.delete_guide)
        self.ui.importButton.clicked.connect(self.import_guide)
        self.ui.exportButton.clicked.connect(self.export_guide)
        tree.currentItemChanged.connect(lambda *_: self._show_item())
        tree.moved.connect(self._changed)
        self.ui.addSectionButton.clicked.connect(self.add_section)
        self.ui.addQuestionButton.clicked.connect(self.add_question)
        self.ui.removeItemButton.clicked.connect(self.remove_item)
        self.ui.moveUpButton.clicked.connect(lambda: tree.move_current(-1))
        self.ui.moveDownButton.clicked.connect(lambda: tree.move_current(1))
        self.ui.titleEdit.textChanged.connect(self._changed)
        self.ui.summaryEdit.textChanged.connect(self._changed)
        self.ui.guideSourceEdit.textChanged.connect(self._changed)
        self.ui.authorEdit.textChanged.connect(self._changed)
        self.ui.purposeCombo.currentIndexChanged.connect(self._changed)
        self.ui.sectionTitleEdit.textChanged.connect(self._item_edited)
        self.ui.sectionIntroEdit.textChanged.connect(self._item_edited)
        self.ui.sectionQuotesEdit.textChanged.connect(self._item_edited)
        self.ui.questionQuotesEdit.textChanged.connect(self._item_edited)
        self.ui.originCombo.currentIndexChanged.connect(self._item_edited)
        self.ui.questionTextEdit.textChanged.connect(self._item_edited)
        self.ui.guidanceEdit.textChanged.connect(self._item_edited)
        self.ui.questionSourceEdit.textChanged.connect(self._item_edited)
        self.ui.answerTypeCombo.currentIndexChanged.connect(self._answer_type_changed)
        for edit in self.scale_edits:
            edit.textChanged.connect(self._item_edited)
        self.refresh()

    # --- the list of guides --------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the list of guides and select ``select_id`` (or keep the selection)."""
        self.autosaver.flush()
        current = select_id or (self.guide.id if self.guide else None)
        guides = self._services.guides.all()
        self.ui.guideList.blockSignals(True)
        self.ui.guideList.clear()
        for guide in guides:
            item = QListWidgetItem(self._list_text(guide))
            item.setData(_GUIDE_ID_ROLE, guide.id)
            item.setToolTip(f"{guide.id} · version {guide.version}")
            self.ui.guideList.addItem(item)
        self.ui.guideList.blockSignals(False)
        row = next((i for i, g in enumerate(guides) if g.id == current), 0)
        if guides:
            self.ui.guideList.setCurrentRow(row)
        self._guide_selected()

    def _list_text(self, guide: Guide) -> str:
        if guide.builtin:
            return self.tr("%1 (inbyggd)").replace("%1", guide.title)
        return guide.title

    def _guide_selected(self) -> None:
        item = self.ui.guideList.currentItem()
        guide_id = item.data(_GUIDE_ID_ROLE) if item is not None else None
        if self.guide is not None and guide_id == self.guide.id:
            return
        self.autosaver.flush()
        self.guide = self._services.guides.get(guide_id) if guide_id else None
        self._load()

    def select_guide(self, guide_id: str) -> None:
        for row in range(self.ui.guideList.count()):
            if self.ui.guideList.item(row).data(_GUIDE_ID_ROLE) == guide_id:
                self.ui.guideList.setCurrentRow(row)
                return

    # --- loading a guide into the fields -------------------------------------------------

    def _load(self) -> None:
        self._loading = True
        try:
            guide = self.guide
            self._draft_version = guide.version if guide else 0
            editable = guide is not None and not guide.builtin
            self.ui.readOnlyLabel.setVisible(guide is not None and guide.builtin)
            self.ui.titleEdit.setText(guide.title if guide else "")
            self.ui.summaryEdit.setPlainText(guide.summary if guide else "")
            self.ui.guideSourceEdit.setText(guide.source if guide else "")
            self.ui.guideSourceEdit.setCursorPosition(0)  # a long source shows its start
            self.ui.authorEdit.setText(guide.author if guide else "")
            index = self.ui.purposeCombo.findData(guide.purpose if guide else "general")
            self.ui.purposeCombo.setCurrentIndex(max(0, index))
            self._show_version()
            tree = self.ui.structureTree
            tree.clear()
            for section in guide.sections if guide else ():
                section_item = self._section_item(
                    {
                        "id": section.id,
                        "title": section.title,
                        "intro": section.intro,
                        "quotes": quotes_to_plain(section.quotes),
                    }
                )
                tree.addTopLevelItem(section_item)
                for question in section.questions:
                    scale = list(question.answer.scale) or [""] * 5
                    section_item.addChild(
                        self._question_item(
                            {
                                "id": question.id,
                                "text": question.text,
                                "guidance": question.guidance,
                                "source": question.source,
                                "origin": question.origin.value,
                                "quotes": quotes_to_plain(question.quotes),
                                "type": question.answer.type.value,
                                "scale": scale,
                            }
                        )
                    )
                section_item.setExpanded(True)
            if tree.sections():
                tree.setCurrentItem(tree.sections()[0])
            self._set_editable(editable)
            self.ui.duplicateButton.setEnabled(guide is not None)
            self.ui.exportButton.setEnabled(guide is not None)
            self.ui.deleteButton.setEnabled(editable)
            self._set_validation("")
        finally:
            self._loading = False
        self._show_item()

    def _show_version(self) -> None:
        self.ui.versionLabel.setText(
            self.tr("Version %1").replace("%1", str(self._draft_version)) if self.guide else ""
        )

    def _set_editable(self, editable: bool) -> None:
        for line in (
            self.ui.titleEdit,
            self.ui.guideSourceEdit,
            self.ui.authorEdit,
            self.ui.sectionTitleEdit,
            self.ui.questionSourceEdit,
            *self.scale_edits,
        ):
            line.setReadOnly(not editable)
        for text in (
            self.ui.summaryEdit,
            self.ui.sectionIntroEdit,
            self.ui.sectionQuotesEdit,
            self.ui.questionTextEdit,
            self.ui.questionQuotesEdit,
            self.ui.guidanceEdit,
        ):
            text.setReadOnly(not editable)
        for widget in (
            self.ui.purposeCombo,
            self.ui.originCombo,
            self.ui.answerTypeCombo,
            self.ui.addSectionButton,
            self.ui.addQuestionButton,
            self.ui.removeItemButton,
            self.ui.moveUpButton,
            self.ui.moveDownButton,
        ):
            widget.setEnabled(editable)
        self.ui.structureTree.setDragEnabled(editable)
        self.ui.structureTree.setAcceptDrops(editable)

    @property
    def editable(self) -> bool:
        return self.guide is not None and not self.guide.builtin

    def _section_item(self, fields: dict[str, Any]) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, KIND_ROLE, "section")
        item.setData(0, FIELDS_ROLE, fields)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        item.setFont(0, bold_font(self))
        self._label_item(item)
        return item

    def _question_item(self, fields: dict[str, Any]) -> QTreeWidgetItem:
        item = QTreeWidgetItem()
        item.setData(0, KIND_ROLE, "question")
        item.setData(0, FIELDS_ROLE, fields)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        self._label_item(item)
        return item

    def _label_item(self, item: QTreeWidgetItem) -> None:
        fields = item.data(0, FIELDS_ROLE)
        if item.data(0, KIND_ROLE) == "section":
            text = fields["title"].strip() or self.tr("(avsnitt utan rubrik)")
        else:
            first = fields["text"].strip().splitlines()
            text = first[0] if first else self.tr("(fråga utan text)")
            if fields["type"] == AnswerType.RATING.value:
                text = self.tr("%1  [skala 1–5]").replace("%1", text)
        item.setText(0, text)
        item.setToolTip(0, text)

    def _show_item(self) -> None:
        item = self.ui.structureTree.currentItem()
        kind = self.ui.structureTree.kind(item)
        self._loading, was_loading = True, self._loading
        try:
            if item is None:
                self.ui.detailStack.setCurrentWidget(self.ui.emptyPage)
                return
            fields = item.data(0, FIELDS_ROLE)
            if kind == "section":
                self.ui.detailStack.setCurrentWidget(self.ui.sectionPage)
                self.ui.sectionTitleEdit.setText(fields["title"])
                self.ui.sectionIntroEdit.setPlainText(fields["intro"])
                self.ui.sectionQuotesEdit.setPlainText(fields.get("quotes", ""))
            else:
                self.ui.detailStack.setCurrentWidget(self.ui.questionPage)
                self.ui.questionTextEdit.setPlainText(fields["text"])
                self.ui.guidanceEdit.setPlainText(fields["guidance"])
                self.ui.questionSourceEdit.setText(fields["source"])
                self.ui.originCombo.setCurrentIndex(
                    max(0, self.ui.originCombo.findData(fields.get("origin", "own")))
                )
                self.ui.questionQuotesEdit.setPlainText(fields.get("quotes", ""))
                self.ui.answerTypeCombo.setCurrentIndex(
                    self.ui.answerTypeCombo.findData(fields["type"])
                )
                for edit, label in zip(self.scale_edits, fields["scale"], strict=True):
                    edit.setText(label)
                self.ui.scaleBox.setVisible(fields["type"] == AnswerType.RATING.value)
        finally:
            self._loading = was_loading

    # --- editing ---------------------------------------------------------------------------

    def _item_edited(self) -> None:
        if self._loading or not self.editable:
            return
        item = self.ui.structureTree.currentItem()
        if item is None:
            return
        fields = dict(item.data(0, FIELDS_ROLE))
        if self.ui.structureTree.kind(item) == "section":
            fields["title"] = self.ui.sectionTitleEdit.text()
            fields["intro"] = self.ui.sectionIntroEdit.toPlainText()
            fields["quotes"] = self.ui.sectionQuotesEdit.toPlainText()
        else:
            fields["text"] = self.ui.questionTextEdit.toPlainText()
            fields["guidance"] = self.ui.guidanceEdit.toPlainText()
            fields["source"] = self.ui.questionSourceEdit.text()
            fields["origin"] = self.ui.originCombo.currentData()
            fields["quotes"] = self.ui.questionQuotesEdit.toPlainText()
            fields["type"] = self.ui.answerTypeCombo.currentData()
            fields["scale"] = [edit.text() for edit in self.scale_edits]
        item.setData(0, FIELDS_ROLE, fields)
        self._label_item(item)
        self._changed()

    def _answer_type_changed(self) -> None:
        rating = self.ui.answerTypeCombo.currentData() == AnswerType.RATING.value
        self.ui.scaleBox.setVisible(rating)
        if self._loading or not self.editable:
            return
        if rating and not any(edit.text().strip() for edit in self.scale_edits):
            self._loading = True
            for edit, label in zip(self.scale_edits, self._default_scale(), strict=True):
                edit.setText(label)
            self._loading = False
        self._item_edited()

    def _default_scale(self) -> list[str]:
        return [
            self.tr("1 – Stämmer inte alls"),
            self.tr("2 – Stämmer dåligt"),
            self.tr("3 – Stämmer delvis"),
            self.tr("4 – Stämmer ganska bra"),
            self.tr("5 – Stämmer helt"),
        ]

    def _changed(self) -> None:
        if self._loading or not self.editable or self.guide is None:
            return
        self.save_draft()

    def _ids(self, kind: str) -> set[str]:
        tree = self.ui.structureTree
        out: set[str] = set()
        for section in tree.sections():
            if kind == "section":
                out.add(section.data(0, FIELDS_ROLE)["id"])
            else:
                out.update(q.data(0, FIELDS_ROLE)["id"] for q in tree.questions(section))
        return out

    def add_section(self) -> None:
        if not self.editable:
            return
        tree = self.ui.structureTree
        section = self._section_item(
            {
                "id": unique_id("avsnitt", self._ids("section"), suffix="-1"),
                "title": self.tr("Nytt avsnitt"),
                "intro": "",
                "quotes": "",
            }
        )
        current = tree.currentItem()
        top = (current.parent() or current) if current is not None else None
        index = tree.indexOfTopLevelItem(top) + 1 if top is not None else tree.topLevelItemCount()
        tree.insertTopLevelItem(index, section)
        section.addChild(self._new_question())
        section.setExpanded(True)
        tree.setCurrentItem(section)
        self.ui.sectionTitleEdit.setFocus()
        self.ui.sectionTitleEdit.selectAll()
        self._changed()

    def _new_question(self) -> QTreeWidgetItem:
        return self._question_item(
            {
                "id": unique_id("fraga", self._ids("question"), suffix="-1"),
                "text": self.tr("Ny fråga"),
                "guidance": "",
                "source": "",
                "origin": QuestionOrigin.OWN.value,
                "quotes": "",
                "type": AnswerType.PERSPECTIVES.value,
                "scale": [""] * 5,
            }
        )

    def add_question(self) -> None:
        if not self.editable:
            return
        tree = self.ui.structureTree
        current = tree.currentItem()
        if current is None:
            self.add_section()
            return
        section = current.parent() or current
        index = section.indexOfChild(current) + 1 if current.parent() else section.childCount()
        question = self._new_question()
        section.insertChild(index, question)
        section.setExpanded(True)
        tree.setCurrentItem(question)
        self.ui.questionTextEdit.setFocus()
        self.ui.questionTextEdit.selectAll()
        self._changed()

    def remove_item(self) -> None:
        if not self.editable:
            return
        tree = self.ui.structureTree
        item = tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            tree.takeTopLevelItem(tree.indexOfTopLevelItem(item))
        else:
            parent.removeChild(item)
        self._changed()

    # --- saving ----------------------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        """The guide as the fields show it, in the file format (version raised once)."""
        assert self.guide is not None
        tree = self.ui.structureTree
        sections = []
        for section_item in tree.sections():
            fields = section_item.data(0, FIELDS_ROLE)
            questions = []
            for question_item in tree.questions(section_item):
                q = question_item.data(0, FIELDS_ROLE)
                question: dict[str, Any] = {
                    "id": q["id"],
                    "text": q["text"],
                    "origin": q.get("origin", "own"),
                }
                if q["source"].strip():
                    question["source"] = {"text": q["source"]}
                if q.get("quotes", "").strip():
                    question["quotes"] = quotes_from_plain(q["quotes"])
                if q["guidance"].strip():
                    question["guidance"] = q["guidance"]
                if q["type"] == AnswerType.RATING.value:
                    question["answer"] = {"type": "rating", "scale": list(q["scale"])}
                else:
                    question["answer"] = {"type": "perspectives"}
                questions.append(question)
            section: dict[str, Any] = {
                "id": fields["id"],
                "title": fields["title"],
                "questions": questions,
            }
            if fields["intro"].strip():
                section["intro"] = fields["intro"]
            if fields.get("quotes", "").strip():
                section["quotes"] = quotes_from_plain(fields["quotes"])
            sections.append(section)
        data: dict[str, Any] = {
            "format": GUIDE_FORMAT,
            "format_version": GUIDE_FORMAT_VERSION,
            "id": self.guide.id,
            "version": self.guide.version + 1,
            "title": self.ui.titleEdit.text(),
            "summary": self.ui.summaryEdit.toPlainText(),
            "purpose": self.ui.purposeCombo.currentData(),
            "sections": sections,
        }
        if self.ui.authorEdit.text().strip():
            data["author"] = self.ui.authorEdit.text()
        if self.ui.guideSourceEdit.text().strip():
            data["source"] = {"text": self.ui.guideSourceEdit.text()}
        return data

    def save_draft(self) -> None:
        """Validate the draft and autosave it; an invalid draft is explained and not stored."""
        if self.guide is None or not self.editable:
            return
        try:
            guide = guide_from_dict(self.draft())
        except ValidationError as error:
            self._set_validation(
                self.tr("Ändringen är inte sparad: %1").replace("%1", error.message)
            )
            return
        self._set_validation("")
        self.autosaver.schedule(
            f"guide:{guide.id}",
            lambda: self._services.guides.editing.save(guide),
            lambda _: self._draft_saved(guide),
        )

    def _draft_saved(self, guide: Guide) -> None:
        self._draft_version = guide.version
        self._show_version()
        self._set_validation("")
        item = self.ui.guideList.currentItem()
        if item is not None and item.data(_GUIDE_ID_ROLE) == guide.id:
            item.setText(self._list_text(guide))
        self.guides_changed.emit()

    def _set_validation(self, message: str) -> None:
        self.ui.validationLabel.setText(message)
        self.ui.validationLabel.setVisible(bool(message))
        self.ui.validationLabel.setStyleSheet(
            "QLabel { background: #fdecea; color: #611a15; padding: 6px; border-radius: 3px; }"
            if message
            else ""
        )

    def flush(self) -> bool:
        return self.autosaver.flush()

    # --- the guide list's buttons ----------------------------------------------------------

    @shows_errors
    def new_guide(self) -> None:
        self.autosaver.flush()
        guide = self._services.guides.editing.create()
        self.refresh(select_id=guide.id)
        self.ui.titleEdit.setFocus()
        self.ui.titleEdit.selectAll()
        self.guides_changed.emit()

    @shows_errors
    def duplicate_guide(self) -> None:
        if self.guide is None:
            return
        self.autosaver.flush()
        copy = self._services.guides.editing.duplicate(self.guide.id)
        self.refresh(select_id=copy.id)
        self.status_message.emit(self.tr("Kopian ”%1” kan ändras.").replace("%1", copy.title))
        self.guides_changed.emit()

    @shows_errors
    def delete_guide(self) -> None:
        if self.guide is None or not self.editable:
            return
        if not ask_yes_no(
            self,
            self.tr("Radera guiden"),
            self.tr(
                "Lägga guiden ”%1” i papperskorgen? Samtal och seminarier som använt den "
                "behåller sin egen kopia."
            ).replace("%1", self.guide.title),
        ):
            return
        self.autosaver.flush()
        self._services.trash.delete("guide", self.guide.id)
        self.guide = None
        self.refresh()
        self.guides_changed.emit()

    @shows_errors
    def export_guide(self) -> None:
        if self.guide is None:
            return
        self.autosaver.flush()
        chosen = ask_save_path(
            self,
            self.tr("Exportera samtalsguide"),
            f"{self.guide.id}.json",
            self.tr("Samtalsguide (*.json)"),
        )
        if chosen is None:
            return
        self._services.guides.editing.export(self.guide.id, chosen)
        self.status_message.emit(self.tr("Guiden sparades i %1").replace("%1", str(chosen)))

    @shows_errors
    def import_guide(self) -> None:
        self.autosaver.flush()
        chosen = ask_open_path(
            self, self.tr("Importera samtalsguide"), self.tr("Samtalsguide (*.json)")
        )
        if chosen is None:
            return
        incoming = read_guide_file(chosen)
        replace = False
        stored = self._services.guides.editing.compare(incoming)
        if stored is not None:
            choice = self._ask_same_id(incoming, stored)
            if choice is None:
                return
            replace = choice
        result = self._services.guides.editing.import_guide(incoming, replace=replace)
        self._report_import(result)

    def _ask_same_id(self, incoming: Guide, stored: Guide) -> bool | None:
        """Replace (True), keep both (False) or cancel (None)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Guiden finns redan"))
        box.setText(
            self.tr(
                "Det finns redan en guide med id ”%1” (”%2”, version %3), men innehållet i "
                "filen är ett annat (version %4)."
            )
            .replace("%1", stored.id)
            .replace("%2", stored.title)
            .replace("%3", str(stored.version))
            .replace("%4", str(incoming.version))
        )
        box.setInformativeText(
            self.tr(
                "Spara filens guide bredvid den som finns, eller ersätt den? Samtal och "
                "seminarier som redan använt guiden påverkas inte."
            )
        )
        keep = box.addButton(self.tr("Spara &bredvid"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("&Ersätt"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setEnabled(not stored.builtin)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return False
        if clicked is replace:
            return True
        return None

    def _report_import(self, result: GuideImport) -> None:
        self.refresh(select_id=result.guide.id)
        self.guides_changed.emit()
        if result.outcome is ImportOutcome.EXISTS:
            QMessageBox.information(self, self.tr("Guiden finns redan"), result.message)
        else:
            self.status_message.emit(result.message)
