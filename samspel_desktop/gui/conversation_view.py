"""The conversation view: one question at a time, three voices, ratings, commitments, notes.

The commitments tab is driven by ``conversation_commitments.py``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from samspel_desktop.domain.guides import question_attribution
from samspel_desktop.domain.model import (
    AgreementSection,
    Answer,
    AnswerType,
    Conversation,
    ConversationStatus,
    Guide,
    GuideSection,
    Pair,
    Question,
    Side,
)
from samspel_desktop.domain.sync import SyncConflict
from samspel_desktop.domain.text import counted
from samspel_desktop.gui.autosave import Autosaver
from samspel_desktop.gui.commitment_dialog import owner_choices
from samspel_desktop.gui.common import bold_font, from_qdate, to_qdate
from samspel_desktop.gui.conflict_panel import ConflictPanel
from samspel_desktop.gui.conversation_commitments import ConversationCommitments
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.forms.ui_conversation_view import Ui_ConversationView
from samspel_desktop.gui.labels import attribution, label, quotes_html
from samspel_desktop.gui.operations import operations_for, remote
from samspel_desktop.gui.rating_panel import RatingPanel
from samspel_desktop.services.agreement_templates import DEFAULT_TEMPLATE, agreement_templates
from samspel_desktop.services.samspel import Samspel


@dataclass(frozen=True)
class _Loaded:
    conversation: Conversation
    pair: Pair
    answers: dict[str, Answer]
    rated: set[str]
    agreement_sections: tuple[AgreementSection, ...]


@dataclass(frozen=True)
class QuestionRef:
    guide: Guide
    section: GuideSection
    question: Question

    @property
    def key(self) -> str:
        return self.guide.question_key(self.question)


class ConversationView(QWidget):
    """Shows one conversation; every edit is saved by the :class:`Autosaver`."""

    title_changed = Signal(str)
    status_message = Signal(str)
    back_requested = Signal()
    greyzone_requested = Signal()

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self.ui = Ui_ConversationView()
        self.ui.setupUi(self)
        self.autosaver = Autosaver(self, self._services)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.recovered.connect(lambda: self.ui.errorBanner.setVisible(False))
        self.conversation: Conversation | None = None
        self.pair: Pair | None = None
        self._refs: list[QuestionRef] = []
        self._items: list[QTreeWidgetItem] = []
        self._answers: dict[str, Answer] = {}
        self._rated: set[str] = set()  # rating questions both sides have rated
        self._agreement_sections: tuple[AgreementSection, ...] = ()
        self._unsaved: dict[str, Answer] = {}
        self._index = -1
        self._loading = False
        self.commitments = ConversationCommitments(self.ui, self._services, self)
        self.commitments.saved.connect(self._saved)
        self.commitments.status_message.connect(self.status_message)
        self.rating_panel = RatingPanel(self.ui.ratingHost)
        self.ui.ratingHostLayout.addWidget(self.rating_panel)
        self.rating_panel.rated.connect(self._rate)
        self.rating_panel.reveal_requested.connect(self._reveal)
        # Texts both laptops changed (docs/exchange.md): above the perspectives, and above
        # the notes, each with the other version and the choice.
        self._conflicts: list[SyncConflict] = []
        self.conflict_panel = ConflictPanel(services, self.ui.questionPane)
        self.ui.questionLayout.insertWidget(
            self.ui.questionLayout.indexOf(self.ui.politicalLabel), self.conflict_panel
        )
        self.notes_conflict_panel = ConflictPanel(services, self.ui.notesTab)
        self.ui.notesLayout.insertWidget(
            self.ui.notesLayout.indexOf(self.ui.notesEdit), self.notes_conflict_panel
        )
        for panel in (self.conflict_panel, self.notes_conflict_panel):
            panel.resolved.connect(self._conflict_resolved)
        self._style()
        for status in ConversationStatus:
            self.ui.statusCombo.addItem(label(status), status)
        for side in Side:
            self.ui.ownerCombo.addItem(label(side), side)
        self.ui.splitter.setStretchFactor(1, 1)
        # Nothing in the question pane may demand more width than the pane has: long section
        # titles wrap, and combo boxes do not size themselves to their longest entry.
        self.ui.positionLabel.setWordWrap(True)
        self.ui.questionTree.setIndentation(12)  # guide, section, question in a narrow pane
        for combo in (self.ui.sectionCombo, self.ui.ownerCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        #: Until a saved layout is restored, split the width by proportion on first show,
        #: so the question keeps most of the room at any size and scaling.
        self.default_sizes_pending = True
        self._connect()

    # --- setup ---------------------------------------------------------------------------

    def _style(self) -> None:
        self.ui.questionLabel.setFont(bold_font(self, 1.7))
        self.ui.titleLabel.setFont(bold_font(self, 1.25))
        for heading in (self.ui.politicalLabel, self.ui.executiveLabel, self.ui.conclusionLabel):
            heading.setFont(bold_font(heading))
        self.ui.sourceLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ui.quotesLabel.setStyleSheet("color: palette(text);")
        self.ui.errorBanner.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #c19c00;"
            " padding: 8px; }"
        )
        self.ui.guidanceToggle.setArrowType(Qt.ArrowType.DownArrow)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.politicalEdit, ui.executiveEdit, ui.conclusionEdit):
            edit.textChanged.connect(self._answer_changed)
            edit.installEventFilter(self)
        ui.toAgreementCheck.toggled.connect(self._answer_changed)
        ui.toAgreementCheck.toggled.connect(ui.sectionCombo.setEnabled)
        ui.sectionCombo.currentIndexChanged.connect(self._answer_changed)
        ui.notesEdit.textChanged.connect(self._notes_changed)
        ui.notesEdit.installEventFilter(self)
        ui.presentEdit.textChanged.connect(self._present_changed)
        ui.presentEdit.installEventFilter(self)
        ui.nextMeetingCheck.toggled.connect(self._next_meeting_changed)
        ui.nextMeetingCheck.toggled.connect(ui.nextMeetingEdit.setEnabled)
        ui.nextMeetingEdit.dateChanged.connect(self._next_meeting_changed)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.guidanceToggle.toggled.connect(self._toggle_guidance)
        ui.previousButton.clicked.connect(self.previous_question)
        ui.nextButton.clicked.connect(self.next_question)
        ui.backButton.clicked.connect(self.back_requested)
        ui.greyzoneButton.clicked.connect(self.greyzone_requested)
        ui.minutesButton.clicked.connect(self.export_minutes)
        ui.questionTree.currentItemChanged.connect(self._tree_selection)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence("Ctrl+PgDown"), self.next_question),
            (QKeySequence("Ctrl+PgUp"), self.previous_question),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.default_sizes_pending:
            self.default_sizes_pending = False
            width = max(self.ui.splitter.width(), 600)
            self.ui.splitter.setSizes([int(width * 0.21), int(width * 0.52), int(width * 0.27)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.autosaver.has_pending():
            self.autosaver.flush()
        return super().eventFilter(watched, event)

    # --- loading -------------------------------------------------------------------------

    def load(self, conversation_id: int, question_key: str | None = None) -> None:
        """Show a conversation, optionally at one question (NotFoundError for an unknown id)."""
        self.flush()
        # Everything the view shows, read in one go on the database thread.
        loaded = operations_for(self._services, self).call(self._read, conversation_id)
        conversation, pair = loaded.conversation, loaded.pair
        self._loading = True
        try:
            self.conversation, self.pair = conversation, pair
            self._refs = [
                QuestionRef(g, s, q) for g in conversation.guides for s, q in g.questions()
            ]
            self._answers = loaded.answers
            self._rated = loaded.rated
            self._agreement_sections = loaded.agreement_sections
            self._unsaved = {}
            self._index = -1
            self.ui.titleLabel.setText(
                self.tr("Samtal %1 · %2 · %3")
                .replace("%1", conversation.date.isoformat())
                .replace("%2", pair.display_name)
                .replace("%3", pair.organisation.name)
            )
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(conversation.status))
            self.ui.politicalLabel.setText(
                self.tr("&Politikens perspektiv – %1, %2")
                .replace("%1", pair.political.name)
                .replace("%2", pair.political.title)
            )
            self.ui.executiveLabel.setText(
                self.tr("&Förvaltningens perspektiv – %1, %2")
                .replace("%1", pair.executive.name)
                .replace("%2", pair.executive.title)
            )
            owner_choices(self.ui.ownerCombo, pair)
            self.ui.notesEdit.setPlainText(conversation.notes)
            self._conflicts = self._services.exchange.conversation_conflicts(conversation.id)
            self.ui.presentEdit.setPlainText("\n".join(conversation.present))
            self.ui.nextMeetingCheck.setChecked(conversation.next_meeting is not None)
            self.ui.nextMeetingEdit.setEnabled(conversation.next_meeting is not None)
            self.ui.nextMeetingEdit.setDate(
                to_qdate(conversation.next_meeting or conversation.date + dt.timedelta(days=28))
            )
            # A due date is chosen afresh in every conversation: unticked, a month after it.
            self.ui.dueCheck.setChecked(False)
            self.ui.dueDateEdit.setEnabled(False)
            self.ui.dueDateEdit.setDate(to_qdate(conversation.date + dt.timedelta(days=30)))
            self._fill_sections()
            self._build_tree()
        finally:
            self._loading = False
        self.commitments.show(conversation, pair)
        self._show_notes_conflicts()
        keys = [r.key for r in self._refs]
        self.show_question(keys.index(question_key) if question_key in keys else 0)
        self.title_changed.emit(
            self.tr("samtal %1, %2")
            .replace("%1", conversation.date.isoformat())
            .replace("%2", pair.display_name)
        )
        QTimer.singleShot(0, self, self.focus_first_editor)

    def _read(self, conversation_id: int) -> _Loaded:
        """What :meth:`load` shows (on the database thread)."""
        services = self._services
        conversation = services.conversations.get(conversation_id)
        rating_keys = [
            g.question_key(q)
            for g in conversation.guides
            for _, q in g.questions()
            if q.answer.type is AnswerType.RATING
        ]
        current = services.agreements.current(conversation.pair_id)
        return _Loaded(
            conversation,
            services.pairs.get(conversation.pair_id),
            services.conversations.answers(conversation.id),
            {
                k
                for k in rating_keys
                if len(services.conversations.ratings(conversation.id, k)) == 2
            },
            current.sections if current else agreement_templates()[DEFAULT_TEMPLATE].sections,
        )

    def focus_first_editor(self) -> None:
        ref = self.current_ref()
        if ref is not None and ref.question.answer.type is AnswerType.RATING:
            first = self.rating_panel.scales[Side.POLITICAL]
            if first.isEnabled():
                first.setFocus()
                return
        self.ui.politicalEdit.setFocus()

    def _fill_sections(self) -> None:
        self.ui.sectionCombo.clear()
        for section in self._agreement_sections:
            self.ui.sectionCombo.addItem(section.title, section.key)
            self.ui.sectionCombo.setItemData(
                self.ui.sectionCombo.count() - 1, section.title, Qt.ItemDataRole.ToolTipRole
            )
        # The list opens as wide as its longest title, even where the box itself is narrower.
        view = self.ui.sectionCombo.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
        self.ui.sectionCombo.setEnabled(False)

    def _build_tree(self) -> None:
        tree = self.ui.questionTree
        tree.clear()
        self._items = []
        parents: dict[tuple[str, str], QTreeWidgetItem] = {}
        guides: dict[str, QTreeWidgetItem] = {}
        # With several guides each is a row of its own above its sections (its title was
        # repeated on every section's row, and the section names were cut off).
        several = len({r.guide.id for r in self._refs}) > 1
        for index, ref in enumerate(self._refs):
            parent_key = (ref.guide.id, ref.section.id)
            if several and ref.guide.id not in guides:
                heading = QTreeWidgetItem(tree, [ref.guide.title])
                heading.setFlags(heading.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                heading.setFont(0, bold_font(tree))
                heading.setExpanded(True)
                guides[ref.guide.id] = heading
            if parent_key not in parents:
                above = guides.get(ref.guide.id)
                parent = (
                    QTreeWidgetItem(above, [ref.section.title])
                    if above is not None
                    else QTreeWidgetItem(tree, [ref.section.title])
                )
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                parent.setExpanded(True)
                parents[parent_key] = parent
            item = QTreeWidgetItem(parents[parent_key], [""])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self._items.append(item)
        self._update_progress()

    # --- texts both laptops changed ---------------------------------------------------

    def conflicts(self) -> list[SyncConflict]:
        """The conversation's texts waiting for a choice (answers and notes)."""
        return list(self._conflicts)

    def _show_notes_conflicts(self) -> None:
        self.notes_conflict_panel.show_conflicts(
            [c for c in self._conflicts if c.table == "conversations"],
            {"notes": self.ui.notesEdit},
            self.flush,
        )

    def _conflict_resolved(self) -> None:
        """Show the texts as they are after a choice (the other version may now be shown)."""
        if self.conversation is None:
            return
        conversation = self._services.conversations.get(self.conversation.id)
        self._answers = self._services.conversations.answers(conversation.id)
        self._unsaved = {}
        self._conflicts = self._services.exchange.conversation_conflicts(conversation.id)
        self._loading = True
        try:
            self.conversation = conversation
            self.ui.notesEdit.setPlainText(conversation.notes)
        finally:
            self._loading = False
        self._show_notes_conflicts()
        self._update_progress()
        self.show_question(self._index)

    def _is_answered(self, ref: QuestionRef) -> bool:
        answer = self._unsaved.get(ref.key) or self._answers.get(ref.key)
        texts = answer is not None and any(
            t.strip() for t in (answer.political, answer.executive, answer.conclusion)
        )
        if ref.question.answer.type is AnswerType.RATING:
            return ref.key in self._rated or texts
        return texts

    def _update_progress(self) -> None:
        answered = 0
        for ref, item in zip(self._refs, self._items, strict=True):
            done = self._is_answered(ref)
            answered += done
            conflict = any(c.question_key == ref.key for c in self._conflicts)
            item.setText(0, ("⚠ " if conflict else "✓ " if done else "○ ") + ref.question.text)
            item.setToolTip(0, ref.question.text)
            item.setData(
                0,
                Qt.ItemDataRole.AccessibleDescriptionRole,
                self.tr("besvarad") if done else self.tr("inte besvarad"),
            )
        self.ui.progressLabel.setText(
            counted(
                len(self._refs),
                self.tr("%1 av %n fråga besvarad"),
                self.tr("%1 av %n frågor besvarade"),
            ).replace("%1", str(answered))
        )

    # --- questions -----------------------------------------------------------------------

    def current_ref(self) -> QuestionRef | None:
        return self._refs[self._index] if 0 <= self._index < len(self._refs) else None

    def show_question(self, index: int) -> None:
        if not 0 <= index < len(self._refs) or self.conversation is None or self.pair is None:
            return
        self.autosaver.flush()
        self._index = index
        ref = self._refs[index]
        question = ref.question
        answer = (
            self._unsaved.get(ref.key)
            or self._answers.get(ref.key)
            or Answer(self.conversation.id, ref.key)
        )
        self._loading = True
        try:
            self.ui.positionLabel.setText(
                self.tr("Fråga %1 av %2 · %3")
                .replace("%1", str(index + 1))
                .replace("%2", str(len(self._refs)))
                .replace("%3", ref.section.title)
            )
            self.ui.questionLabel.setText(question.text)
            # Whose words the question is (SKR's own, or the guide author's building on SKR),
            # then any exact quotations from the sources, the question's and its section's.
            source = attribution(question_attribution(ref.guide, question))
            self.ui.sourceLabel.setText(source)
            self.ui.sourceLabel.setVisible(bool(source))
            quotes = (*question.quotes, *ref.section.quotes)
            self.ui.quotesLabel.setText(quotes_html(quotes))
            self.ui.quotesLabel.setVisible(bool(quotes))
            self.ui.guidanceLabel.setText(question.guidance)
            has_guidance = bool(question.guidance)
            self.ui.guidanceToggle.setVisible(has_guidance)
            self.ui.guidanceLabel.setVisible(has_guidance and self.ui.guidanceToggle.isChecked())
            is_rating = question.answer.type is AnswerType.RATING
            pair = self.pair
            self.ui.ratingHost.setVisible(is_rating)
            if is_rating:
                self.rating_panel.set_question(
                    question.answer.scale,
                    {
                        Side.POLITICAL: f"{label(Side.POLITICAL)} – {pair.political.name}",
                        Side.EXECUTIVE: f"{label(Side.EXECUTIVE)} – {pair.executive.name}",
                    },
                )
                self._show_ratings(answer)
            self.ui.politicalEdit.setPlainText(answer.political)
            self.ui.executiveEdit.setPlainText(answer.executive)
            self.ui.conclusionEdit.setPlainText(answer.conclusion)
            self.ui.toAgreementCheck.setChecked(answer.to_agreement)
            self.ui.sectionCombo.setEnabled(answer.to_agreement)
            section_index = self.ui.sectionCombo.findData(answer.agreement_section_key)
            self.ui.sectionCombo.setCurrentIndex(max(section_index, 0))
            self.ui.previousButton.setEnabled(index > 0)
            self.ui.nextButton.setEnabled(index < len(self._refs) - 1)
            self._select_tree_item(index)
            self.conflict_panel.show_conflicts(
                [c for c in self._conflicts if c.table == "answers" and c.question_key == ref.key],
                {
                    "political": self.ui.politicalEdit,
                    "executive": self.ui.executiveEdit,
                    "conclusion": self.ui.conclusionEdit,
                },
                self.flush,
            )
        finally:
            self._loading = False
        self.ui.questionScroll.verticalScrollBar().setValue(0)

    def _show_ratings(self, answer: Answer) -> None:
        assert self.conversation is not None
        ratings = self._services.conversations.ratings(self.conversation.id, answer.question_key)
        self.rating_panel.show_state(ratings, answer.ratings_revealed)

    def _select_tree_item(self, index: int) -> None:
        if 0 <= index < len(self._items):
            tree = self.ui.questionTree
            tree.blockSignals(True)
            tree.setCurrentItem(self._items[index])
            tree.blockSignals(False)

    def _tree_selection(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None or self._loading:
            return
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None and index != self._index:
            self.show_question(int(index))

    def next_question(self) -> None:
        if self._index < len(self._refs) - 1:
            self.show_question(self._index + 1)
            self.focus_first_editor()

    def previous_question(self) -> None:
        if self._index > 0:
            self.show_question(self._index - 1)
            self.focus_first_editor()

    def _toggle_guidance(self, shown: bool) -> None:
        self.ui.guidanceToggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.ui.guidanceLabel.setVisible(shown and bool(self.ui.guidanceLabel.text()))

    # --- saving --------------------------------------------------------------------------

    def _answer_changed(self) -> None:
        ref = self.current_ref()
        if self._loading or ref is None or self.conversation is None:
            return
        base = (
            self._unsaved.get(ref.key)
            or self._answers.get(ref.key)
            or Answer(self.conversation.id, ref.key)
        )
        answer = dataclasses.replace(
            base,
            political=self.ui.politicalEdit.toPlainText(),
            executive=self.ui.executiveEdit.toPlainText(),
            conclusion=self.ui.conclusionEdit.toPlainText(),
            to_agreement=self.ui.toAgreementCheck.isChecked(),
            agreement_section_key=str(self.ui.sectionCombo.currentData() or "")
            if self.ui.toAgreementCheck.isChecked()
            else "",
        )
        self._unsaved[ref.key] = answer
        self.autosaver.schedule(
            f"answer:{ref.key}",
            lambda: self._services.conversations.save_answer(answer),
            functools.partial(self._answer_saved, answer),
        )

    def _answer_saved(self, answer: Answer, saved: Answer) -> None:
        if self.conversation is None or saved.conversation_id != self.conversation.id:
            return  # saved after another conversation was opened
        self._answers[answer.question_key] = saved
        if self._unsaved.get(answer.question_key) is answer:
            del self._unsaved[answer.question_key]
        self._update_progress()

    def _notes_changed(self) -> None:
        if self._loading or self.conversation is None:
            return
        text, conversation_id = self.ui.notesEdit.toPlainText(), self.conversation.id
        self.autosaver.schedule(
            "notes", lambda: self._services.conversations.set_notes(conversation_id, text)
        )

    def _present_changed(self) -> None:
        if self._loading or self.conversation is None:
            return
        names, conversation_id = (
            self.ui.presentEdit.toPlainText().splitlines(),
            self.conversation.id,
        )
        self.autosaver.schedule(
            "present", lambda: self._services.conversations.set_present(conversation_id, names)
        )

    def _next_meeting_changed(self) -> None:
        if self._loading or self.conversation is None:
            return
        day = (
            from_qdate(self.ui.nextMeetingEdit.date())
            if self.ui.nextMeetingCheck.isChecked()
            else None
        )
        conversation_id = self.conversation.id
        self.autosaver.schedule(
            "next_meeting",
            lambda: self._services.conversations.set_next_meeting(conversation_id, day),
        )

    @shows_errors
    def _status_changed(self) -> None:
        if self._loading or self.conversation is None:
            return
        status = ConversationStatus(self.ui.statusCombo.currentData())
        self._services.conversations.set_status(self.conversation.id, status)
        self._saved(dt.datetime.now())

    def flush(self) -> bool:
        """Save everything pending now (question change, focus change, close)."""
        return self.autosaver.flush()

    def _saved(self, when: object) -> None:
        if isinstance(when, dt.datetime):
            self.status_message.emit(self.tr("Sparat %1").replace("%1", when.strftime("%H:%M:%S")))

    def _save_failed(self, message: str) -> None:
        self.ui.errorBanner.setText(
            self.tr(
                "⚠ Kunde inte spara: %1 Texten finns kvar här och sparas automatiskt så snart "
                "det går."
            ).replace("%1", message)
        )
        self.ui.errorBanner.setVisible(True)
        self.status_message.emit(self.tr("Inte sparat – försöker igen"))

    # --- ratings -------------------------------------------------------------------------

    @shows_errors
    def _rate(self, side: object, value: int) -> None:
        ref = self.current_ref()
        if ref is None or self.conversation is None or not isinstance(side, Side):
            return
        conversation_id = self.conversation.id
        self._services.conversations.rate(conversation_id, ref.key, side, value)
        if len(self._services.conversations.ratings(conversation_id, ref.key)) == 2:
            self._rated.add(ref.key)
        self._saved(dt.datetime.now())
        self._show_ratings(self._answers.get(ref.key) or Answer(conversation_id, ref.key))
        self._update_progress()

    @shows_errors
    def _reveal(self) -> None:
        ref = self.current_ref()
        if ref is None or self.conversation is None:
            return
        self.autosaver.flush()
        conversation_id = self.conversation.id
        self._services.conversations.reveal_ratings(conversation_id, ref.key)
        self._saved(dt.datetime.now())
        self._answers = self._services.conversations.answers(conversation_id)
        self._show_ratings(self._answers[ref.key])
        # The button just pressed is gone: write about the ratings next (the focus would
        # otherwise fall to the next widget in the window, the search field).
        self.ui.politicalEdit.setFocus()

    @shows_errors
    def export_minutes(self) -> None:
        """Save this conversation's minnesanteckningar as a Word document."""
        if self.conversation is None:
            return
        self.flush()
        from samspel_desktop.gui.minutes_export import save_minutes

        told = save_minutes(self, self._services, self.conversation.id)
        if told is not None:
            self.status_message.emit(told)

    def text_editors(self) -> list[QPlainTextEdit]:
        return [self.ui.politicalEdit, self.ui.executiveEdit, self.ui.conclusionEdit]
