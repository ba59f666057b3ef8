"""The agreement editor: one pair's överenskommelse, section by section.

The text is edited as a document, as in Word (:mod:`samspel_desktop.gui.rich_text_edit`: a
formatting bar, Ctrl+B, Ctrl+I, lists and subheadings), and stored as the section's blocks
(:mod:`samspel_desktop.gui.rich_text` converts). Text autosaves
(:class:`gui.autosave.Autosaver`) about a second after the last keystroke, when the editor loses
focus and before another section or version is shown. A failed save keeps the text on screen,
says why and is tried again.

Its files (Word and PDF/A out, Word in) are ``agreement_files.py``; the comparison of two
versions is drawn by ``agreement_comparison.py``.

Embed it anywhere: ``AgreementEditor(services, pair_id, parent)``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QWidget

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementStatus,
    AgreementVersion,
    DocumentMetadata,
    Pair,
    Suggestion,
)
from samspel_desktop.gui.agreement_comparison import comparison_html
from samspel_desktop.gui.agreement_files import AgreementFiles
from samspel_desktop.gui.autosave import Autosaver
from samspel_desktop.gui.common import ask_yes_no
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.forms.ui_agreement_editor import Ui_AgreementEditor
from samspel_desktop.gui.labels import label
from samspel_desktop.gui.operations import remote
from samspel_desktop.services.agreement_comparison import VersionComparison
from samspel_desktop.services.agreement_templates import agreement_templates
from samspel_desktop.services.agreements import new_section_key
from samspel_desktop.services.samspel import Samspel

if TYPE_CHECKING:
    pass

_KEY_ROLE = Qt.ItemDataRole.UserRole


class AgreementEditor(QWidget):
    """Sections, text, suggestions, metadata, versions and comparison for one pair."""

    def __init__(self, services: Samspel, pair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self._pair = self._services.pairs.get(pair_id)
        self._version: AgreementVersion | None = None
        self._sections: list[AgreementSection] = []
        self._current = -1
        self._dirty = False
        self._loading = False
        self._suggestions: list[Suggestion] = []
        self.ui = Ui_AgreementEditor()
        self.ui.setupUi(self)
        self.ui.splitter.setSizes([280, 640, 440])
        self.ui.sectionList.setWordWrap(True)
        self.format_bar = self.ui.sectionEdit.make_toolbar(self.ui.editorPane)
        layout = self.ui.editorLayout
        layout.insertWidget(layout.indexOf(self.ui.sectionEdit), self.format_bar)
        self.autosaver = Autosaver(self, self._services)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        #: Word and PDF/A out, Word in.
        self.files = AgreementFiles(self, self._services)
        self._connect()
        # A new person in the pair inherits the predecessor's agreement as a draft: offer it first.
        if self._pair.predecessor_id is not None:
            inherited = self._services.agreements.versions(self._pair.predecessor_id)
            adopted = [v for v in inherited if v.is_adopted] or inherited
            if adopted:
                latest = adopted[-1]
                self.ui.templateCombo.addItem(
                    self.tr("Kopia av föregående pars överenskommelse (version %1)").replace(
                        "%1", str(latest.number)
                    ),
                    f"copy:{latest.id}",
                )
        for template in agreement_templates().values():
            self.ui.templateCombo.addItem(template.title, template.id)
        self.reload()

    # --- wiring -------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.sectionEdit.textChanged.connect(self._text_changed)
        ui.sectionEdit.installEventFilter(self)
        ui.sectionList.currentRowChanged.connect(self._show_section)
        ui.sectionList.itemChanged.connect(self._section_renamed)
        ui.sectionList.model().rowsMoved.connect(self._sections_dragged)
        ui.addSectionButton.clicked.connect(self.add_section)
        ui.renameSectionButton.clicked.connect(self._start_rename)
        ui.upButton.clicked.connect(lambda: self.move_section(-1))
        ui.downButton.clicked.connect(lambda: self.move_section(1))
        ui.removeSectionButton.clicked.connect(self.remove_section)
        QShortcut(QKeySequence("Ctrl+Up"), ui.sectionList, lambda: self.move_section(-1))
        QShortcut(QKeySequence("Ctrl+Down"), ui.sectionList, lambda: self.move_section(1))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), ui.sectionList, self.remove_section)
        ui.takeSuggestionButton.clicked.connect(self.take_selected_suggestion)
        ui.startButton.clicked.connect(self.start_draft)
        ui.newDraftButton.clicked.connect(self.new_draft_from_current)
        ui.exportButton.clicked.connect(self.files.ask_export)
        ui.decisionButton.clicked.connect(self.open_decision_path)
        ui.importButton.clicked.connect(self.files.ask_import)
        ui.versionList.currentRowChanged.connect(self._version_chosen)
        ui.compareButton.clicked.connect(self._compare_chosen)
        for field in self._metadata_fields():
            field.editingFinished.connect(self.save_header)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.sectionEdit and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    # --- loading ------------------------------------------------------------------------

    def reload(self, version_id: int | None = None) -> None:
        """Show ``version_id`` (default: the newest version) and refresh every panel."""
        versions = self._services.agreements.versions(self._pair.id)
        if version_id is None and versions:
            version_id = versions[-1].id
        self._version = self._services.agreements.get(version_id) if version_id else None
        self._sections = list(self._version.sections) if self._version else []
        self._loading = True
        try:
            self._fill_versions(versions)
            self._fill_sections()
            self._fill_metadata()
            self._fill_suggestions()
            self._update_state()
        finally:
            self._loading = False
        self.ui.sectionList.setCurrentRow(0 if self._sections else -1)
        self._show_section(self.ui.sectionList.currentRow())

    @property
    def version(self) -> AgreementVersion | None:
        return self._version

    @property
    def pair(self) -> Pair:
        return self._pair

    def _editable(self) -> bool:
        return self._version is not None and self._version.is_editable

    def _status_text(self, version: AgreementVersion) -> str:
        if version.status is AgreementStatus.ADOPTED and version.adopted_on:
            return self.tr("Antagen %1").replace("%1", version.adopted_on.isoformat())
        return label(version.status)

    def _update_state(self) -> None:
        ui = self.ui
        has = self._version is not None
        editable = self._editable()
        for widget in (ui.templateCombo, ui.startButton):
            widget.setVisible(not has)
        ui.newDraftButton.setVisible(has and not editable)
        ui.exportButton.setEnabled(has)
        ui.decisionButton.setEnabled(has)
        for widget in (
            ui.addSectionButton,
            ui.renameSectionButton,
            ui.upButton,
            ui.downButton,
            ui.removeSectionButton,
            ui.takeSuggestionButton,
        ):
            widget.setEnabled(editable)
        ui.sectionEdit.setReadOnly(not editable)
        self.format_bar.setEnabled(editable)
        for field in self._metadata_fields():
            field.setReadOnly(not editable)
        if self._version is None:
            ui.versionLabel.setText(self.tr("Ingen överenskommelse ännu"))
            ui.statusLabel.setText(self.tr("Börja från en mall eller importera från Word."))
            return
        ui.versionLabel.setText(
            self.tr("<b>%1</b> · version %2")
            .replace("%1", html.escape(self._version.title))
            .replace("%2", str(self._version.number))
        )
        status = self._status_text(self._version)  # (on its own line, under the title)
        if not editable:
            status += self.tr(" – kan inte ändras. Skapa ett nytt utkast för att arbeta vidare.")
        ui.statusLabel.setText(status)

    def _fill_versions(self, versions: list[AgreementVersion]) -> None:
        ui = self.ui
        ui.versionList.blockSignals(True)
        ui.versionList.clear()
        ui.compareOldCombo.clear()
        ui.compareNewCombo.clear()
        for version in versions:
            label = self.tr("Version %1 – %2").replace("%1", str(version.number))
            label = label.replace("%2", self._status_text(version))
            item = QListWidgetItem(label)
            item.setData(_KEY_ROLE, version.id)
            ui.versionList.addItem(item)
            ui.compareOldCombo.addItem(label, version.id)
            ui.compareNewCombo.addItem(label, version.id)
            if self._version is not None and version.id == self._version.id:
                ui.versionList.setCurrentItem(item)
        if len(versions) >= 2:
            ui.compareOldCombo.setCurrentIndex(len(versions) - 2)
        ui.compareNewCombo.setCurrentIndex(len(versions) - 1)
        ui.versionList.blockSignals(False)

    def _fill_sections(self) -> None:
        ui = self.ui
        ui.sectionList.blockSignals(True)
        ui.sectionList.clear()
        for number, section in enumerate(self._sections, start=1):
            item = QListWidgetItem(f"{number}. {section.title}")
            item.setData(_KEY_ROLE, section.key)
            if self._editable():
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            ui.sectionList.addItem(item)
        ui.sectionList.blockSignals(False)

    def _metadata_fields(self) -> list[QLineEdit]:
        ui = self.ui
        return [
            ui.titleEdit,
            ui.documentTypeEdit,
            ui.decidedByEdit,
            ui.decisionDateEdit,
            ui.paragraphEdit,
            ui.registrationEdit,
            ui.appliesToEdit,
            ui.validityEdit,
            ui.reviewByEdit,
            ui.ownerEdit,
            ui.validFromEdit,
            ui.replacesEdit,
        ]

    def _fill_metadata(self) -> None:
        ui = self.ui
        version = self._version
        meta = version.metadata if version else DocumentMetadata()
        values = {
            ui.titleEdit: version.title if version else "",
            ui.documentTypeEdit: meta.document_type,
            ui.decidedByEdit: meta.decided_by,
            ui.decisionDateEdit: meta.decision_date.isoformat() if meta.decision_date else "",
            ui.paragraphEdit: meta.decision_paragraph,
            ui.registrationEdit: meta.registration_number,
            ui.appliesToEdit: meta.applies_to,
            ui.validityEdit: meta.validity,
            ui.reviewByEdit: meta.review_by.isoformat() if meta.review_by else "",
            ui.ownerEdit: meta.document_owner,
            ui.validFromEdit: meta.valid_from.isoformat() if meta.valid_from else "",
            ui.replacesEdit: meta.replaces,
        }
        for field, value in values.items():
            field.setText(value)

    def _fill_suggestions(self) -> None:
        ui = self.ui
        ui.suggestionList.clear()
        version = self._version
        self._suggestions = (
            self._services.agreements.suggestions(version.id)
            if version is not None and version.is_editable
            else []
        )
        titles = {s.key: s.title for s in self._sections}
        for suggestion in self._suggestions:
            where = titles.get(suggestion.section_key, self.tr("inget avsnitt valt"))
            item = QListWidgetItem(
                f"{suggestion.conversation_date.isoformat()} · {suggestion.question_text}\n"
                f"{suggestion.text}\n→ {where}"
            )
            item.setToolTip(suggestion.text)
            ui.suggestionList.addItem(item)
        if self._suggestions:
            ui.suggestionList.setCurrentRow(0)
        count = len(self._suggestions)
        ui.sideTabs.setTabText(0, self.tr("Förslag (%1)").replace("%1", str(count)))

    def _show_section(self, row: int) -> None:
        if self._loading:
            return
        self.save_now()
        self._current = row
        ui = self.ui
        self._loading = True
        try:
            if 0 <= row < len(self._sections):
                section = self._sections[row]
                ui.sectionTitleLabel.setText(f"<h3>{row + 1}. {html.escape(section.title)}</h3>")
                ui.guidanceLabel.setText(section.guidance)
                ui.guidanceLabel.setVisible(bool(section.guidance))
                ui.sectionEdit.set_blocks(section.blocks)
                ui.sectionEdit.setEnabled(True)
                ui.provenanceLabel.setText(self._provenance_text(section.key))
            else:
                ui.sectionTitleLabel.setText("")
                ui.guidanceLabel.setVisible(False)
                ui.sectionEdit.set_blocks(())
                ui.sectionEdit.setEnabled(False)
                ui.provenanceLabel.setText("")
        finally:
            self._loading = False

    def _provenance_text(self, key: str) -> str:
        if self._version is None:
            return ""
        lines = []
        for link in self._services.agreements.provenance(self._version.id):
            if link.section_key == key:
                when = link.conversation_date.isoformat() if link.conversation_date else ""
                conversation = self._services.conversations.get(link.conversation_id)
                questions = conversation.question_texts()
                lines.append(
                    self.tr("Ursprung: samtalet %1, frågan ”%2”")
                    .replace("%1", when)
                    .replace("%2", questions.get(link.question_key, link.question_key))
                )
        return "\n".join(lines)

    # --- editing and saving -------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._loading or not self._editable():
            return
        self._dirty = True
        self.ui.saveStatusLabel.setText(self.tr("Ändrat – sparas strax"))
        self._schedule_sections()

    def _collect(self) -> None:
        """Fold the editor's text into the in-memory section list."""
        if self._dirty and 0 <= self._current < len(self._sections):
            section = self._sections[self._current]
            blocks = self.ui.sectionEdit.blocks()
            self._sections[self._current] = dataclasses.replace(section, blocks=blocks)

    def save_now(self) -> bool:
        """Save the draft's sections now; ``False`` (text kept, message shown) if it failed."""
        return self.autosaver.flush()

    def _schedule_sections(self) -> None:
        """Autosave the draft's sections as they are now (the section shown folded in)."""
        if not self._dirty or not self._editable() or self._version is None:
            return
        self._collect()
        version_id, sections = self._version.id, tuple(self._sections)
        self.autosaver.schedule(
            "sections", lambda: self._services.agreements.save_sections(version_id, sections)
        )

    def _saved(self, when: object) -> None:
        if isinstance(when, dt.datetime):
            self.show_status(self.tr("Sparat %1").replace("%1", when.strftime("%H:%M:%S")))

    def _save_failed(self, message: str) -> None:
        """Autosave failed: the text stays in the editor and the autosaver tries again."""
        self.ui.saveStatusLabel.setStyleSheet("color: #a00000;")
        self.ui.saveStatusLabel.setText(self.tr("Inte sparat: %1").replace("%1", message))

    def show_status(self, message: str) -> None:
        self.ui.saveStatusLabel.setStyleSheet("")
        self.ui.saveStatusLabel.setText(message)

    def _save_structure(self) -> None:
        """Save after a section was added, renamed, moved or removed."""
        self._dirty = True
        self._schedule_sections()
        self.save_now()
        row = self._current
        self._loading = True
        try:
            self._fill_sections()
            self._fill_suggestions()
        finally:
            self._loading = False
        self.ui.sectionList.setCurrentRow(row)
        self._current = row

    def add_section(self, title: str = "") -> None:
        if not self._editable():
            return
        self._collect()
        title = title or self.tr("Nytt avsnitt")
        key = new_section_key([s.key for s in self._sections], title)
        row = self._current + 1 if self._current >= 0 else len(self._sections)
        self._sections.insert(row, AgreementSection(key, title))
        self._current = row
        self._save_structure()
        self._show_section(row)
        item = self.ui.sectionList.item(row)
        if item is not None and not title:
            self.ui.sectionList.editItem(item)

    def _start_rename(self) -> None:
        item = self.ui.sectionList.currentItem()
        if item is not None and self._editable():
            item.setText(self._sections[self.ui.sectionList.currentRow()].title)
            self.ui.sectionList.editItem(item)

    def rename_section(self, row: int, title: str) -> None:
        title = " ".join(title.split())
        if not self._editable() or not 0 <= row < len(self._sections) or not title:
            self._fill_sections()
            return
        self._collect()
        self._sections[row] = dataclasses.replace(self._sections[row], title=title)
        self._current = row
        self._save_structure()
        self._show_section(row)

    def _section_renamed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.ui.sectionList.row(item)
        title = item.text()
        prefix = f"{row + 1}. "
        self.rename_section(row, title[len(prefix) :] if title.startswith(prefix) else title)

    def move_section(self, step: int) -> None:
        row = self.ui.sectionList.currentRow()
        target = row + step
        if not self._editable() or not (0 <= row < len(self._sections)):
            return
        if not 0 <= target < len(self._sections):
            return
        self._collect()
        self._sections.insert(target, self._sections.pop(row))
        self._current = target
        self._save_structure()
        self._show_section(target)

    def _sections_dragged(self, *_: object) -> None:
        if self._loading:
            return
        self._collect()
        by_key = {s.key: s for s in self._sections}
        order = [
            self.ui.sectionList.item(i).data(_KEY_ROLE) for i in range(self.ui.sectionList.count())
        ]
        self._sections = [by_key[k] for k in order if k in by_key]
        # The dropped item is current; save the text under its own key first.
        self._current = self.ui.sectionList.currentRow()
        QTimer.singleShot(0, self._after_drag)

    def _after_drag(self) -> None:
        row = self._current
        self._save_structure()
        self._show_section(row)

    def confirm(self, question: str) -> bool:
        """Ask the user; a seam tests can replace."""
        return ask_yes_no(self, self.tr("Samspel"), question)

    def remove_section(self) -> None:
        row = self.ui.sectionList.currentRow()
        if not self._editable() or not 0 <= row < len(self._sections):
            return
        self._collect()
        section = self._sections[row]
        if section.blocks and not self.confirm(
            self.tr("Ta bort avsnittet ”%1” och dess text?").replace("%1", section.title)
        ):
            return
        del self._sections[row]
        self._current = min(row, len(self._sections) - 1)
        self._save_structure()
        self._show_section(self._current)

    @shows_errors
    def save_header(self) -> None:
        if self._loading or not self._editable() or self._version is None:
            return
        ui = self.ui
        metadata = DocumentMetadata(
            document_type=ui.documentTypeEdit.text(),
            decided_by=ui.decidedByEdit.text(),
            decision_date=_parse_date(ui.decisionDateEdit.text(), self.tr("Datum för beslut")),
            decision_paragraph=ui.paragraphEdit.text(),
            registration_number=ui.registrationEdit.text(),
            applies_to=ui.appliesToEdit.text(),
            validity=ui.validityEdit.text(),
            review_by=_parse_date(ui.reviewByEdit.text(), self.tr("Revideras senast")),
            document_owner=ui.ownerEdit.text(),
            valid_from=_parse_date(ui.validFromEdit.text(), self.tr("Gäller från")),
            replaces=ui.replacesEdit.text(),
        )
        self._services.agreements.save_header(self._version.id, ui.titleEdit.text(), metadata)
        self._version = self._services.agreements.get(self._version.id)
        self.show_status(self.tr("Uppgifterna är sparade"))
        self._update_state()

    # --- suggestions ----------------------------------------------------------------------

    @shows_errors
    def take_selected_suggestion(self) -> None:
        row = self.ui.suggestionList.currentRow()
        if not self._editable() or self._version is None or not 0 <= row < len(self._suggestions):
            return
        self._collect()
        suggestion = self._suggestions[row]
        keys = {s.key for s in self._sections}
        target = suggestion.section_key if suggestion.section_key in keys else None
        if target is None and 0 <= self._current < len(self._sections):
            target = self._sections[self._current].key
        self._services.agreements.take_suggestion(
            self._version.id, suggestion, section_key=target, sections=tuple(self._sections)
        )
        self._dirty = False
        row_of_target = next(i for i, s in enumerate(self._sections) if s.key == target)
        self.reload(self._version.id)
        self.ui.sectionList.setCurrentRow(row_of_target)

    # --- versions ------------------------------------------------------------------------

    @shows_errors
    def start_draft(self) -> None:
        template = str(self.ui.templateCombo.currentData() or "skr")
        if template.startswith("copy:"):
            source = self._services.agreements.get(int(template.removeprefix("copy:")))
            version = self._services.agreements.start_draft(self._pair, copy_from=source)
        else:
            version = self._services.agreements.start_draft(self._pair, template=template)
        self.reload(version.id)

    def new_draft_from_current(self) -> None:
        if self._version is None:
            return
        self.save_now()
        version = self._services.agreements.new_draft_from(self._version.id)
        self.reload(version.id)

    def _version_chosen(self, row: int) -> None:
        item = self.ui.versionList.item(row)
        if item is None or self._loading:
            return
        if self._version is not None and item.data(_KEY_ROLE) == self._version.id:
            return
        if not self.save_now():
            return
        self.reload(int(item.data(_KEY_ROLE)))

    def compare(self, old_id: int, new_id: int) -> VersionComparison:
        comparison = self._services.agreements.compare(old_id, new_id)
        self.ui.compareView.setHtml(comparison_html(comparison))
        return comparison

    def _compare_chosen(self) -> None:
        old, new = self.ui.compareOldCombo.currentData(), self.ui.compareNewCombo.currentData()
        if old is not None and new is not None:
            self.save_now()
            self.compare(int(old), int(new))

    def open_decision_path(self) -> None:
        """Remiss and adoption of the shown version (saves pending text first)."""
        if self._version is None or not self.save_now():
            return
        from samspel_desktop.gui.decision_dialog import DecisionDialog

        version_id = self._version.id
        DecisionDialog(self._services, version_id, self).exec()
        self.reload(version_id)


def _parse_date(text: str, field: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{field}: ”{text}” är inte ett datum i formen ÅÅÅÅ-MM-DD.") from None
