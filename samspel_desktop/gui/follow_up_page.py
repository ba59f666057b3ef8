"""Following one pair over the years: commitments, relationship health, the grey-zone log."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QInputDialog,
    QScrollArea,
    QTableWidgetItem,
    QWidget,
)

from samspel_desktop.domain.model import CommitmentStatus, GreyZoneClass, GreyZoneEntry, Pair, Side
from samspel_desktop.domain.text import counted
from samspel_desktop.gui.autosave import Autosaver
from samspel_desktop.gui.common import ask_yes_no, bold_font, from_qdate, to_qdate
from samspel_desktop.gui.conflict_panel import ConflictBanner
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.file_dialogs import ask_save_path
from samspel_desktop.gui.forms.ui_follow_up_page import Ui_FollowUpPage
from samspel_desktop.gui.health_chart import HealthChart
from samspel_desktop.gui.labels import label, translated
from samspel_desktop.gui.operations import Operation, Progress, operations_for, remote
from samspel_desktop.services.history import CommitmentRow, period_notice_text
from samspel_desktop.services.samspel import Samspel

if TYPE_CHECKING:
    from samspel_desktop.services.documents.writer import WordExport


class FollowUpPage(QWidget):
    back_requested = Signal()
    open_conversation = Signal(int)
    status_message = Signal(str)

    def __init__(
        self, services: Samspel, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self._today = today
        self.pair: Pair | None = None
        self._rows: list[CommitmentRow] = []
        self._entries: list[GreyZoneEntry] = []
        self._loading = False
        self.ui = Ui_FollowUpPage()
        self.ui.setupUi(self)
        self.ui.titleLabel.setFont(bold_font(self, 1.4))
        # Five panels need some height: on a small screen (or at 150 %) the chart scrolls.
        self.chart_scroll = QScrollArea(self.ui.chartHost)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart = HealthChart()
        self.chart_scroll.setWidget(self.chart)
        self.ui.chartHostLayout.addWidget(self.chart_scroll)
        self.autosaver = Autosaver(self, self._services)
        self.autosaver.saved.connect(
            lambda when: self.status_message.emit(
                self.tr("Sparat %1").replace("%1", when.strftime("%H:%M:%S"))
            )
        )
        self.autosaver.failed.connect(self.status_message.emit)
        # Commitments and grey-zone texts both laptops changed (docs/exchange.md).
        self.conflict_banner = ConflictBanner(services, self, self.autosaver.flush)
        self.ui.pageLayout.insertWidget(1, self.conflict_banner)
        self.conflict_banner.resolved.connect(self._conflicts_resolved)
        for text, value in (
            (self.tr("Alla"), "all"),
            (self.tr("Öppna"), "open"),
            (self.tr("Försenade"), "overdue"),
            (self.tr("Klara"), "done"),
            (self.tr("Strukna"), "dropped"),
        ):
            self.ui.statusFilter.addItem(text, value)
        self.ui.sideFilter.addItem(self.tr("Båda sidor"), "all")
        for side in Side:
            self.ui.sideFilter.addItem(label(side), side.value)
        for value in GreyZoneClass:
            self.ui.classCombo.addItem(label(value), value.value)
        table = self.ui.commitmentTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Åtagande"),
                self.tr("Vem"),
                self.tr("Från samtalet"),
                self.tr("Klart senast"),
                self.tr("Status"),
            ]
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        greyzone = self.ui.greyzoneTable
        greyzone.setColumnCount(4)
        greyzone.setHorizontalHeaderLabels(
            [self.tr("Datum"), self.tr("Fråga"), self.tr("Vems fråga"), self.tr("Lärdom")]
        )
        greyzone.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        greyzone.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        greyzone.verticalHeader().setVisible(False)
        self.ui.statusFilter.currentIndexChanged.connect(self._fill_commitments)
        self.ui.sideFilter.currentIndexChanged.connect(self._fill_commitments)
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.reportButton.clicked.connect(lambda: self._export("report"))
        self.ui.handoverButton.clicked.connect(lambda: self._export("handover"))
        # Double-click or Enter on a row corrects the commitment; a button opens its meeting.
        self.ui.commitmentTable.cellActivated.connect(lambda *_: self.edit_commitment())
        self.ui.editCommitmentButton.clicked.connect(self.edit_commitment)
        self.ui.openConversationButton.clicked.connect(self._open_commitment_origin)
        self.ui.greyzoneTable.currentCellChanged.connect(lambda *_: self._show_entry())
        self.ui.addEntryButton.clicked.connect(self._add_entry_clicked)
        self.ui.deleteEntryButton.clicked.connect(self._delete_entry)
        for edit in (self.ui.questionEdit, self.ui.learnedEdit):
            edit.textChanged.connect(self._entry_changed)
        self.ui.decidedEdit.textChanged.connect(self._entry_changed)
        self.ui.classCombo.currentIndexChanged.connect(self._entry_changed)
        self.ui.raisedEdit.dateChanged.connect(self._entry_changed)

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def load(self, pair_id: int) -> None:
        self.autosaver.flush()
        self.pair = self._services.pairs.get(pair_id)
        pair = self.pair
        self.ui.titleLabel.setText(
            self.tr("Uppföljning: %1 · %2")
            .replace("%1", pair.display_name)
            .replace("%2", pair.organisation.name)
        )
        notice = self._services.history.period_notice(self.today, pair)
        self.ui.periodLabel.setText(period_notice_text(notice, translated))
        self._rows = self._services.history.commitments(pair_id, self.today)
        self._fill_commitments()
        self._fill_keeping()
        self.chart.set_trend(self._services.history.health(pair_id))
        self._fill_greyzone()
        self.conflict_banner.refresh(pair_id)

    def _conflicts_resolved(self) -> None:
        if self.pair is not None:
            self.load(self.pair.id)

    # --- commitments -------------------------------------------------------------------

    def _visible_rows(self) -> list[CommitmentRow]:
        status = self.ui.statusFilter.currentData()
        side = self.ui.sideFilter.currentData()
        out = []
        for row in self._rows:
            c = row.commitment
            if side not in ("all", c.owner_side.value):
                continue
            if status == "overdue" and not row.overdue:
                continue
            if status in ("open", "done", "dropped") and c.status.value != status:
                continue
            out.append(row)
        return out

    def _fill_commitments(self) -> None:
        rows = self._visible_rows()
        table = self.ui.commitmentTable
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            c = row.commitment
            status = label(c.status)
            if row.overdue:
                status = "⚠ " + status + self.tr(", försenat")
            elif row.kept_on_time is True:
                status += self.tr(" i tid")
            elif c.status is CommitmentStatus.DONE and row.kept_on_time is False:
                status += self.tr(" efter utsatt datum")
            if c.status_note:
                status += f" ({c.status_note})"
            values = [
                c.what,
                c.owner_name or label(c.owner_side),
                row.made_on.isoformat() if row.made_on else "–",
                c.due_date.isoformat() if c.due_date else "–",
                status,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                table.setItem(i, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    def _fill_keeping(self) -> None:
        if self.pair is None:
            return
        lines = []
        for keeping in self._services.history.keeping_per_period(self.pair.id, self.today):
            share = keeping.share_kept_on_time
            parts = [
                counted(
                    keeping.due,
                    self.tr("%n åtagande med datum"),
                    self.tr("%n åtaganden med datum"),
                ),
                self.tr("%n hölls i tid").replace("%n", str(keeping.kept_on_time)),
                counted(
                    keeping.kept_late,
                    self.tr("%n blev klart senare"),
                    self.tr("%n blev klara senare"),
                ),
                self.tr("%n ströks").replace("%n", str(keeping.dropped)),
                counted(keeping.still_open, self.tr("%n är öppet"), self.tr("%n är öppna")),
            ]
            text = (
                self.tr("Mandatperioden %1: %2.")
                .replace("%1", keeping.period.label)
                .replace("%2", ", ".join(parts))
            )
            if share is not None:
                text += self.tr(" Hållna i tid: %1 %.").replace("%1", str(round(share * 100)))
            lines.append(text)
        self.ui.keepingLabel.setText("\n".join(lines) or self.tr("Inga åtaganden med datum ännu."))

    def current_commitment_id(self) -> int | None:
        return self.current_row_id(self.ui.commitmentTable.currentRow())

    def _open_commitment_origin(self) -> None:
        commitment_id = self.current_commitment_id()
        row = next((r for r in self._rows if r.commitment.id == commitment_id), None)
        if row is None or row.commitment.created_in is None:
            self.status_message.emit(self.tr("Välj ett åtagande som gjordes i ett samtal."))
            return
        self.open_conversation.emit(row.commitment.created_in)

    @shows_errors
    def edit_commitment(self) -> None:
        """Correct the chosen commitment's text, owner and due date in a dialog."""
        commitment_id = self.current_commitment_id()
        if commitment_id is None or self.pair is None:
            self.status_message.emit(self.tr("Välj ett åtagande i listan först."))
            return
        from samspel_desktop.gui.commitment_dialog import edit_commitment

        if not edit_commitment(self._services, commitment_id, self.pair, self):
            return
        self._rows = self._services.history.commitments(self.pair.id, self.today)
        self._fill_commitments()
        self._fill_keeping()
        ids = [self.current_row_id(r) for r in range(self.ui.commitmentTable.rowCount())]
        if commitment_id in ids:
            self.ui.commitmentTable.selectRow(ids.index(commitment_id))
        self.status_message.emit(self.tr("Åtagandet är ändrat."))

    def current_row_id(self, row: int) -> int | None:
        item = self.ui.commitmentTable.item(row, 0)
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    # --- grey zone ---------------------------------------------------------------------

    def _fill_greyzone(self, select_id: int | None = None) -> None:
        if self.pair is None:
            return
        self._entries = self._services.greyzone.entries(self.pair.id)
        counts = self._services.greyzone.summary(self.pair.id)
        in_log = counted(
            len(self._entries), self.tr("%n fråga i loggen."), self.tr("%n frågor i loggen.")
        )
        self.ui.greyzoneSummary.setText(
            in_log
            + " "
            + self.tr("Vad (politiken): %2 · Hur (förvaltningen): %3 · Gemensamma: %4 · Oklara: %5")
            .replace("%2", str(counts[GreyZoneClass.WHAT]))
            .replace("%3", str(counts[GreyZoneClass.HOW]))
            .replace("%4", str(counts[GreyZoneClass.SHARED]))
            .replace("%5", str(counts[GreyZoneClass.UNCLEAR]))
        )
        table = self.ui.greyzoneTable
        table.blockSignals(True)
        table.setRowCount(len(self._entries))
        for i, entry in enumerate(self._entries):
            for column, value in enumerate(
                (
                    entry.raised_on.isoformat(),
                    entry.question,
                    label(entry.classification),
                    entry.learned,
                )
            ):
                table.setItem(i, column, QTableWidgetItem(value))
        table.resizeRowsToContents()
        table.blockSignals(False)
        ids = [e.id for e in self._entries]
        if select_id in ids:
            table.selectRow(ids.index(select_id))
        elif ids:
            table.selectRow(len(ids) - 1)
        self._show_entry()

    def current_entry(self) -> GreyZoneEntry | None:
        row = self.ui.greyzoneTable.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show_entry(self) -> None:
        self.autosaver.flush()
        entry = self.current_entry()
        self.ui.entryBox.setEnabled(entry is not None)
        self.ui.deleteEntryButton.setEnabled(entry is not None)
        self._loading = True
        try:
            self.ui.questionEdit.setPlainText(entry.question if entry else "")
            self.ui.learnedEdit.setPlainText(entry.learned if entry else "")
            self.ui.decidedEdit.setText(entry.decided_by if entry else "")
            self.ui.raisedEdit.setDate(to_qdate(entry.raised_on if entry else self.today))
            self.ui.classCombo.setCurrentIndex(
                self.ui.classCombo.findData(
                    (entry.classification if entry else GreyZoneClass.UNCLEAR).value
                )
            )
        finally:
            self._loading = False

    def _entry_changed(self) -> None:
        entry = self.current_entry()
        if self._loading or entry is None:
            return
        updated = dataclasses.replace(
            entry,
            question=self.ui.questionEdit.toPlainText(),
            learned=self.ui.learnedEdit.toPlainText(),
            decided_by=self.ui.decidedEdit.text(),
            raised_on=from_qdate(self.ui.raisedEdit.date()),
            classification=GreyZoneClass(self.ui.classCombo.currentData()),
        )
        row = self.ui.greyzoneTable.currentRow()
        self._entries[row] = updated
        self.autosaver.schedule(
            f"greyzone:{entry.id}", lambda: self._services.greyzone.save(updated)
        )

    def _add_entry_clicked(self) -> None:
        # A separate slot: clicked(bool) must never reach add_entry's conversation id.
        self.add_entry()

    @shows_errors
    def add_entry(self, conversation_id: int | None = None) -> None:
        if self.pair is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Ny fråga i gråzonen"),
            self.tr("Vilken fråga var det oklart vem som äger?"),
        )
        if not ok or not text.strip():
            return
        entry = self._services.greyzone.add(
            self.pair.id, text, raised_on=self.today, conversation_id=conversation_id
        )
        self._fill_greyzone(select_id=entry.id)

    @shows_errors
    def _delete_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if not ask_yes_no(
            self,
            self.tr("Flytta till papperskorgen"),
            self.tr("Flytta frågan till papperskorgen? Den kan återställas därifrån."),
        ):
            return
        self.autosaver.flush()
        try:
            self._services.trash.delete("greyzone", entry.id)
        finally:
            self._fill_greyzone()

    def export_report(
        self, kind: str, path: Path, done: Callable[[list[str]], object] | None = None
    ) -> Operation[WordExport]:
        """Write the follow-up report or handover pack on the database thread, with progress
        and a cancel that leaves no file; ``done`` gets the notes for the user."""
        assert self.pair is not None
        pair_id, today, reports = self.pair.id, self.today, self._services.reports

        def write(progress: Progress) -> WordExport:
            if kind == "report":
                return reports.follow_up_report(pair_id, path, today=today, progress=progress)
            return reports.handover_pack(pair_id, path, today=today, progress=progress)

        return operations_for(self._services, self).run(
            write,
            parent=self,
            done=lambda result: done(result.messages) if done is not None else None,
            progress=self.tr("Skriver Word-dokumentet…"),
            cancellable=True,
        )

    @shows_errors
    def _export(self, kind: str) -> None:
        if self.pair is None or not self.flush():
            return
        document = self.tr("Uppföljning") if kind == "report" else self.tr("Överlämning")
        name = self._services.reports.file_name(self.pair.id, document, self.today)
        picked = ask_save_path(
            self, self.tr("Spara som Word-dokument"), name, self.tr("Word-dokument (*.docx)")
        )
        if picked is None:
            return
        chosen = str(picked)
        path = Path(chosen if chosen.lower().endswith(".docx") else chosen + ".docx")
        self.export_report(
            kind,
            path,
            lambda notes: self.status_message.emit(
                " ".join([self.tr("Sparade %1.").replace("%1", str(path)), *notes])
            ),
        )

    def select_entry(self, entry_id: int) -> None:
        self.ui.tabs.setCurrentWidget(self.ui.greyzoneTab)
        self._fill_greyzone(select_id=entry_id)

    def flush(self) -> bool:
        return self.autosaver.flush()
