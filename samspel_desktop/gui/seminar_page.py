"""Seminar mode: the facilitator's page (the projector window and the new-seminar dialog have
their own modules).

The facilitator moves the whole seminar question by question (buttons, Ctrl+Page Down and
Ctrl+Page Up), runs a countdown per question, types what each group said and a synthesis.
Everything typed is autosaved. The projector window shows only the question, optionally its
guidance, and the time: never a group's answers.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.seminars import Countdown, Seminar, SeminarAnswer, format_clock
from samspel_desktop.gui.autosave import Autosaver
from samspel_desktop.gui.common import ask_yes_no, bold_font, from_qdate, to_qdate
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.file_dialogs import ask_open_path, ask_save_path
from samspel_desktop.gui.forms.ui_seminar_page import Ui_SeminarPage
from samspel_desktop.gui.group_answer_box import GroupAnswerBox
from samspel_desktop.gui.new_seminar_dialog import NewSeminarDialog
from samspel_desktop.gui.operations import remote
from samspel_desktop.gui.projector_window import FINISHED_STYLE, ProjectorWindow
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.seminars import Resolution

#: How often the countdown redraws (it reads the clock, so the interval does not drift).
TICK_MS = 250


class SeminarPage(QWidget):
    back_requested = Signal()
    status_message = Signal(str)

    def __init__(
        self,
        services: Samspel,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self._clock = clock
        self.seminar: Seminar | None = None
        self.countdown = Countdown(10 * 60)
        self._signalled = False
        self._loading = False
        self.group_boxes: dict[int, GroupAnswerBox] = {}
        self.projector: ProjectorWindow | None = None
        self.ui = Ui_SeminarPage()
        self.ui.setupUi(self)
        self.ui.questionLabel.setFont(bold_font(self, 1.6))
        timer_font = bold_font(self, 2.4)
        timer_font.setStyleHint(QFont.StyleHint.Monospace)
        self.ui.timerLabel.setFont(timer_font)
        # The question, guidance and timer take the height they need; the groups get the rest.
        for widget in (self.ui.questionLabel, self.ui.guidanceLabel, self.ui.timerFrame):
            policy = widget.sizePolicy()
            policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
            widget.setSizePolicy(policy)
        self.ui.runLayout.setStretchFactor(self.ui.answersSplitter, 1)
        self.ui.answersSplitter.setStretchFactor(0, 3)
        self.ui.answersSplitter.setStretchFactor(1, 2)
        self.ui.answersSplitter.setSizes([900, 500])
        self.autosaver = Autosaver(self, self._services)
        self.autosaver.saved.connect(
            lambda when: self.status_message.emit(
                self.tr("Sparat %1").replace("%1", when.strftime("%H:%M:%S"))
            )
        )
        self.autosaver.failed.connect(self.status_message.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        export_menu = QMenu(self)
        self.action_export_seminar = export_menu.addAction(
            self.tr("Seminariet att dela ut till grupperna…")
        )
        self.action_export_group = export_menu.addAction(self.tr("En grupps svar…"))
        self.ui.exportButton.setMenu(export_menu)
        self.action_export_seminar.triggered.connect(self.export_seminar)
        self.action_export_group.triggered.connect(self.export_group)
        table = self.ui.groupsTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Grupp"), self.tr("Deltagare (namn och roll)")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 220)
        table.verticalHeader().setVisible(False)
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.seminarCombo.currentIndexChanged.connect(lambda *_: self._seminar_chosen())
        self.ui.newSeminarButton.clicked.connect(self.new_seminar)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.summaryButton.clicked.connect(self.export_summary)
        self.ui.previousButton.clicked.connect(lambda: self.step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        for keys, offset in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda offset=offset: self.step(offset))
        self.ui.startButton.clicked.connect(self.toggle_timer)
        self.ui.addOneButton.clicked.connect(lambda: self.add_time(60))
        self.ui.addFiveButton.clicked.connect(lambda: self.add_time(300))
        self.ui.resetButton.clicked.connect(self.reset_timer)
        self.ui.minutesSpin.valueChanged.connect(self._minutes_changed)
        self.ui.projectorButton.toggled.connect(self._projector_toggled)
        self.ui.showGuidanceCheck.toggled.connect(lambda *_: self._update_projector())
        self.ui.synthesisEdit.textChanged.connect(self._synthesis_changed)
        for edit in (self.ui.titleEdit, self.ui.placeEdit, self.ui.facilitatorEdit):
            edit.textChanged.connect(self._details_changed)
        self.ui.dateEdit.dateChanged.connect(self._details_changed)
        self.ui.groupsTable.cellChanged.connect(self._group_cell_changed)
        self.ui.addGroupButton.clicked.connect(self.add_group)
        self.ui.removeGroupButton.clicked.connect(self.remove_group)
        self.ui.groupUpButton.clicked.connect(lambda: self._move_group(-1))
        self.ui.groupDownButton.clicked.connect(lambda: self._move_group(1))
        self._fill_screens()
        self.refresh()

    # --- choosing a seminar ----------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        self.autosaver.flush()
        current = select_id or (self.seminar.id if self.seminar else None)
        seminars = self._services.seminars.all()
        combo = self.ui.seminarCombo
        combo.blockSignals(True)
        combo.clear()
        for seminar in seminars:
            combo.addItem(f"{seminar.date.isoformat()} · {seminar.title}", seminar.id)
        combo.blockSignals(False)
        if seminars:
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
        self.seminar = None
        self._seminar_chosen()

    def load(self, seminar_id: int) -> None:
        self.refresh(select_id=seminar_id)

    def _seminar_chosen(self) -> None:
        self.autosaver.flush()
        seminar_id = self.ui.seminarCombo.currentData()
        self.seminar = self._services.seminars.get(seminar_id) if seminar_id else None
        has = self.seminar is not None
        for widget in (
            self.ui.tabs,
            self.ui.importButton,
            self.ui.exportButton,
            self.ui.summaryButton,
        ):
            widget.setEnabled(has)
        self.ui.importButton.setEnabled(True)
        self._fill_details()
        self._show_question(reset_timer=True)

    # --- the current question --------------------------------------------------------------

    def current_key(self) -> str:
        if self.seminar is None:
            return ""
        keys = self.seminar.question_keys()
        return keys[self.seminar.current_index()]

    @shows_errors
    def step(self, offset: int) -> None:
        """Move the whole seminar (and the projector) to the next or previous question."""
        if self.seminar is None:
            return
        self.autosaver.flush()
        self.seminar = self._services.seminars.step(self.seminar.id, offset)
        self._show_question(reset_timer=True)

    def _show_question(self, *, reset_timer: bool) -> None:
        self._loading = True
        try:
            seminar = self.seminar
            if seminar is None:
                self.ui.positionLabel.setText(self.tr("Skapa eller importera ett seminarium."))
                self.ui.questionLabel.setText("")
                self.ui.guidanceLabel.setText("")
                self._build_group_boxes({})
                return
            questions = seminar.questions()
            index = seminar.current_index()
            section, question = questions[index]
            self.ui.positionLabel.setText(
                self.tr("Fråga %1 av %2 · %3")
                .replace("%1", str(index + 1))
                .replace("%2", str(len(questions)))
                .replace("%3", section.title)
            )
            self.ui.questionLabel.setText(question.text)
            self.ui.guidanceLabel.setText(question.guidance)
            self.ui.guidanceLabel.setVisible(bool(question.guidance))
            self.ui.previousButton.setEnabled(index > 0)
            self.ui.nextButton.setEnabled(index < len(questions) - 1)
            key = self.current_key()
            self.ui.minutesSpin.setValue(seminar.minutes_for(key))
            answers = self._services.seminars.answers(seminar.id)
            self._build_group_boxes({gid: a[key] for gid, a in answers.items() if key in a})
            self.ui.synthesisEdit.setPlainText(
                self._services.seminars.syntheses(seminar.id).get(key, "")
            )
        finally:
            self._loading = False
        if reset_timer:
            self.reset_timer()
        self._update_projector()

    def _build_group_boxes(self, answers: dict[int, SeminarAnswer]) -> None:
        layout = self.ui.groupsLayout
        for box in self.group_boxes.values():
            layout.removeWidget(box)
            box.hide()
            box.setParent(None)
            box.deleteLater()
        self.group_boxes = {}
        if self.seminar is None:
            return
        columns = 2 if len(self.seminar.groups) > 1 else 1
        for n, group in enumerate(self.seminar.groups):
            box = GroupAnswerBox(group.name, group.members_text, self.ui.groupsHost)
            answer = answers.get(group.id)
            box.edit.setPlainText(answer.text if answer else "")
            box.show_conflict(answer)
            box.edit.textChanged.connect(lambda gid=group.id: self._answer_changed(gid))
            box.keep_mine.clicked.connect(
                lambda *_, gid=group.id: self.resolve(gid, Resolution.KEEP_MINE)
            )
            box.take_imported.clicked.connect(
                lambda *_, gid=group.id: self.resolve(gid, Resolution.TAKE_IMPORTED)
            )
            box.keep_both.clicked.connect(
                lambda *_, gid=group.id: self.resolve(gid, Resolution.KEEP_BOTH)
            )
            layout.addWidget(box, n // columns, n % columns)
            box.show()
            self.group_boxes[group.id] = box

    # --- typing ----------------------------------------------------------------------------

    def _answer_changed(self, group_id: int) -> None:
        if self._loading or self.seminar is None:
            return
        seminar_id, key = self.seminar.id, self.current_key()
        text = self.group_boxes[group_id].edit.toPlainText()
        self.autosaver.schedule(
            f"answer:{group_id}:{key}",
            lambda: self._services.seminars.save_answer(seminar_id, group_id, key, text),
        )

    def _synthesis_changed(self) -> None:
        if self._loading or self.seminar is None:
            return
        seminar_id, key = self.seminar.id, self.current_key()
        text = self.ui.synthesisEdit.toPlainText()
        self.autosaver.schedule(
            f"synthesis:{key}",
            lambda: self._services.seminars.save_synthesis(seminar_id, key, text),
        )

    @shows_errors
    def resolve(self, group_id: int, resolution: Resolution) -> None:
        if self.seminar is None:
            return
        self.autosaver.flush()
        self._services.seminars.resolve_conflict(
            self.seminar.id, group_id, self.current_key(), resolution
        )
        self._show_question(reset_timer=False)

    def flush(self) -> bool:
        return self.autosaver.flush()

    # --- the countdown ---------------------------------------------------------------------

    def toggle_timer(self) -> None:
        now = self._clock()
        if self.countdown.running:
            self.countdown.pause(now)
            self.timer.stop()
        else:
            self.countdown.start(now)
            if self.countdown.running:
                self.timer.start()
        self.tick()

    def add_time(self, seconds: int) -> None:
        self.countdown.add(seconds, self._clock())
        self._signalled = self.countdown.finished(self._clock())
        self.tick()

    def reset_timer(self) -> None:
        self.countdown.reset(self.ui.minutesSpin.value() * 60)
        self.timer.stop()
        self._signalled = False
        self.tick()

    @shows_errors
    def _minutes_changed(self, minutes: int) -> None:
        if self._loading or self.seminar is None:
            return
        try:
            self._services.seminars.set_minutes(self.seminar.id, self.current_key(), minutes)
            self.seminar = self._services.seminars.get(self.seminar.id)
        finally:
            if not self.countdown.running:
                self.reset_timer()

    def tick(self) -> None:
        """Redraw the time; at zero, one gentle signal: a beep and a warm colour."""
        now = self._clock()
        finished = self.countdown.finished(now)
        if finished and self.countdown.running:
            self.countdown.pause(now)
            self.timer.stop()
        if finished and not self._signalled:
            self._signalled = True
            QApplication.beep()
        text = format_clock(self.countdown.remaining(now))
        self.ui.timerLabel.setText(text)
        self.ui.timerFrame.setStyleSheet(
            f"QFrame#timerFrame {{ {FINISHED_STYLE} }}" if finished else ""
        )
        if finished:
            state = self.tr("Tiden är ute")
        elif self.countdown.running:
            state = self.tr("Tiden går")
        elif self.countdown.elapsed(now) > 0:
            state = self.tr("Pausad")
        else:
            state = self.tr("Redo")
        self.ui.timerStateLabel.setText(state)
        self.ui.startButton.setText(
            self.tr("Pausa") if self.countdown.running else self.tr("Starta")
        )
        self.ui.startButton.setEnabled(not finished)
        if self.projector is not None:
            self.projector.set_time(
                self.tr("Tiden är ute") if finished else text, finished=finished
            )

    # --- the projector ---------------------------------------------------------------------

    def _fill_screens(self) -> None:
        combo = self.ui.screenCombo
        combo.clear()
        for n, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            combo.addItem(
                self.tr("Skärm %1 (%2×%3)")
                .replace("%1", str(n))
                .replace("%2", str(size.width()))
                .replace("%3", str(size.height())),
                n - 1,
            )
        # The second screen is usually the projector.
        combo.setCurrentIndex(1 if combo.count() > 1 else 0)

    def _projector_toggled(self, on: bool) -> None:
        if on:
            self.open_projector()
        elif self.projector is not None:
            self.projector.close()

    def open_projector(self) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow()
            self.projector.closed.connect(self._projector_closed)
        screens = QGuiApplication.screens()
        index = self.ui.screenCombo.currentData()
        screen = screens[index] if isinstance(index, int) and index < len(screens) else None
        self._update_projector()
        self.tick()
        self.projector.show_on(screen)
        self.ui.projectorButton.setChecked(True)
        return self.projector

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()

    def _projector_closed(self) -> None:
        self.ui.projectorButton.blockSignals(True)
        self.ui.projectorButton.setChecked(False)
        self.ui.projectorButton.blockSignals(False)
        if self.projector is not None:
            self.projector.deleteLater()
        self.projector = None

    def _update_projector(self) -> None:
        if self.projector is None or self.seminar is None:
            return
        questions = self.seminar.questions()
        index = self.seminar.current_index()
        section, question = questions[index]
        self.projector.set_content(
            self.seminar.title,
            self.tr("Fråga %1 av %2 · %3")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(questions)))
            .replace("%3", section.title),
            question.text,
            question.guidance if self.ui.showGuidanceCheck.isChecked() else "",
        )

    # --- details and groups ----------------------------------------------------------------

    def _fill_details(self) -> None:
        self._loading = True
        try:
            seminar = self.seminar
            self.ui.titleEdit.setText(seminar.title if seminar else "")
            self.ui.dateEdit.setDate(to_qdate(seminar.date if seminar else dt.date.today()))
            self.ui.placeEdit.setText(seminar.place if seminar else "")
            self.ui.facilitatorEdit.setText(seminar.facilitator if seminar else "")
            self.ui.guideLabel.setText(
                self.tr("%1, version %2 (seminariets egen kopia). Seminarie-id: %3")
                .replace("%1", seminar.guide.title)
                .replace("%2", str(seminar.guide.version))
                .replace("%3", seminar.uuid)
                if seminar
                else ""
            )
            table = self.ui.groupsTable
            groups = seminar.groups if seminar else ()
            table.setRowCount(len(groups))
            for row, group in enumerate(groups):
                name = QTableWidgetItem(group.name)
                name.setData(Qt.ItemDataRole.UserRole, group.id)
                table.setItem(row, 0, name)
                table.setItem(row, 1, QTableWidgetItem(group.members_text))
            self.ui.detailsMessage.setText("")
        finally:
            self._loading = False

    def _details_changed(self) -> None:
        if self._loading or self.seminar is None:
            return
        seminar_id = self.seminar.id
        title, place = self.ui.titleEdit.text(), self.ui.placeEdit.text()
        facilitator = self.ui.facilitatorEdit.text()
        date = from_qdate(self.ui.dateEdit.date())

        def save() -> ValidationError | None:
            try:
                self._services.seminars.update_details(
                    seminar_id, title=title, date=date, place=place, facilitator=facilitator
                )
            except ValidationError as error:
                return error  # said beside the fields; nothing is stored
            return None

        def saved(error: ValidationError | None) -> None:
            self.ui.detailsMessage.setText(error.message if error is not None else "")
            index = self.ui.seminarCombo.findData(seminar_id)
            if error is None and index >= 0:
                self.ui.seminarCombo.setItemText(index, f"{date.isoformat()} · {title.strip()}")

        self.autosaver.schedule(f"details:{seminar_id}", save, saved)

    def _group_cell_changed(self, row: int, _column: int) -> None:
        if self._loading or self.seminar is None:
            return
        table = self.ui.groupsTable
        name_item, members_item = table.item(row, 0), table.item(row, 1)
        if name_item is None:
            return
        group_id = int(name_item.data(Qt.ItemDataRole.UserRole))
        name = name_item.text()
        members = members_item.text() if members_item is not None else ""

        seminar_id = self.seminar.id

        def save() -> Seminar | ValidationError:
            try:
                self._services.seminars.update_group(group_id, name, members)
            except ValidationError as error:
                return error  # said beside the fields; nothing is stored
            return self._services.seminars.get(seminar_id)

        def saved(outcome: Seminar | ValidationError) -> None:
            if isinstance(outcome, ValidationError):
                self.ui.detailsMessage.setText(outcome.message)
                return
            self.ui.detailsMessage.setText("")
            if self.seminar is not None and self.seminar.id == outcome.id:
                self.seminar = outcome
                box = self.group_boxes.get(group_id)
                if box is not None:
                    group = outcome.group(group_id)
                    box.setTitle(group.name)
                    box.members_label.setText(group.members_text)
                    box.members_label.setVisible(bool(group.members))

        self.autosaver.schedule(f"group:{group_id}", save, saved)

    @shows_errors
    def add_group(self) -> None:
        if self.seminar is None:
            return
        self.autosaver.flush()
        taken = {g.name.casefold() for g in self.seminar.groups}
        number = len(self.seminar.groups) + 1
        while self.tr("Grupp %1").replace("%1", str(number)).casefold() in taken:
            number += 1
        self._services.seminars.add_group(
            self.seminar.id, self.tr("Grupp %1").replace("%1", str(number))
        )
        self._reload()
        row = self.ui.groupsTable.rowCount() - 1
        self.ui.groupsTable.setCurrentCell(row, 0)
        item = self.ui.groupsTable.item(row, 0)
        if item is not None:
            self.ui.groupsTable.editItem(item)

    def _selected_group(self) -> int | None:
        item = self.ui.groupsTable.item(self.ui.groupsTable.currentRow(), 0)
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def remove_group(self) -> None:
        group_id = self._selected_group()
        if self.seminar is None or group_id is None:
            return
        group = self.seminar.group(group_id)
        answers = self._services.seminars.answers(self.seminar.id).get(group_id, {})
        if any(a.text.strip() for a in answers.values()):
            question = self.tr("Gruppen ”%1” har svar. Ta bort gruppen och dess svar?")
            if not ask_yes_no(self, self.tr("Ta bort gruppen"), question.replace("%1", group.name)):
                return
        self.autosaver.flush()
        self._services.seminars.remove_group(group_id)
        self._reload()

    def _move_group(self, offset: int) -> None:
        group_id = self._selected_group()
        if self.seminar is None or group_id is None:
            return
        self.autosaver.flush()
        self._services.seminars.move_group(self.seminar.id, group_id, offset)
        self._reload()
        for row in range(self.ui.groupsTable.rowCount()):
            item = self.ui.groupsTable.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == group_id:
                self.ui.groupsTable.setCurrentCell(row, 0)

    def _reload(self) -> None:
        if self.seminar is None:
            return
        self.seminar = self._services.seminars.get(self.seminar.id)
        self._fill_details()
        self._show_question(reset_timer=False)

    # --- files -----------------------------------------------------------------------------

    def new_seminar(self) -> None:
        self.autosaver.flush()
        dialog = NewSeminarDialog(self._services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.seminar is not None:
            self.refresh(select_id=dialog.seminar.id)

    @shows_errors
    def import_file(self) -> None:
        self.autosaver.flush()
        chosen = ask_open_path(
            self, self.tr("Importera seminariefil"), self.tr("Seminariefil (*.json)")
        )
        if chosen is None:
            return
        report = self._services.seminars.import_file(chosen)
        self.refresh(select_id=report.seminar_id)
        QMessageBox.information(self, self.tr("Seminariefilen är inläst"), report.summary())

    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        # A title may hold ":" or "?", which Windows refuses in a file name.
        return ask_save_path(self, title, name, pattern)

    @shows_errors
    def export_seminar(self) -> None:
        if self.seminar is None:
            return
        self.autosaver.flush()
        path = self._save_path(
            self.tr("Dela ut seminariet"),
            f"{self.seminar.title} – seminarium.json",
            self.tr("Seminariefil (*.json)"),
        )
        if path is None:
            return
        self._services.seminars.export_file(self.seminar.id, path)
        self.status_message.emit(self.tr("Seminariet sparades i %1").replace("%1", str(path)))

    @shows_errors
    def export_group(self) -> None:
        if self.seminar is None or not self.seminar.groups:
            return
        self.autosaver.flush()
        names = [g.name for g in self.seminar.groups]
        name, ok = QInputDialog.getItem(
            self, self.tr("Exportera en grupps svar"), self.tr("Vilken grupp?"), names, 0, False
        )
        if not ok:
            return
        path = self._save_path(
            self.tr("Exportera gruppens svar"),
            f"{self.seminar.title} – {name}.json",
            self.tr("Seminariefil (*.json)"),
        )
        if path is None:
            return
        self._services.seminars.export_group(self.seminar.uuid, name, path)
        self.status_message.emit(self.tr("Gruppens svar sparades i %1").replace("%1", str(path)))

    @shows_errors
    def export_summary(self) -> None:
        if self.seminar is None:
            return
        self.autosaver.flush()
        path = self._save_path(
            self.tr("Sammanställning till Word"),
            self._services.seminars.summary_file_name(self.seminar.id),
            self.tr("Word-dokument (*.docx)"),
        )
        if path is None:
            return
        result = self._services.seminars.export_summary(self.seminar.id, path)
        for message in result.messages:
            self.status_message.emit(message)
        self.status_message.emit(
            self.tr("Sammanställningen sparades i %1").replace("%1", str(path))
        )
