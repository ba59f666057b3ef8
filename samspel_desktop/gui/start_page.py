"""The start page: the pairs at a glance, their conversations, and the first-run welcome."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from samspel_desktop.domain.record import Record, record
from samspel_desktop.gui.common import (
    ask_yes_no,
    bold_font,
    escape_html,
    swedish_date,
)
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.forms.ui_start_page import Ui_StartPage
from samspel_desktop.gui.labels import label, translated
from samspel_desktop.gui.operations import Operations, operations_for

if TYPE_CHECKING:
    from samspel_desktop.domain.model import ConversationSummary
    from samspel_desktop.services.history import PeriodNotice
    from samspel_desktop.services.pairs import PairOverview
    from samspel_desktop.services.samspel import Samspel


@record
class _PairData(Record):
    overview: PairOverview
    period_notice: PeriodNotice
    conversations: list[ConversationSummary]


@record
class StartData(Record):
    """What the start page shows, read on the database thread (:func:`read_start_page`)."""

    overviews: list[PairOverview]
    row: int
    pair: _PairData | None


def read_start_page(services: Samspel, today: dt.date, keep: int | None = None) -> StartData:
    """Everything the start page shows, with pair ``keep`` selected (else the first).

    On the database thread only: ``services`` are called directly.
    """
    overviews = services.pairs.overviews(today)
    ids = [o.pair.id for o in overviews]
    row = ids.index(keep) if keep in ids else 0
    pair = _read_pair_data(services, today, overviews[row]) if overviews else None
    return StartData(overviews, row, pair)


def _read_pair_data(services: Samspel, today: dt.date, overview: PairOverview) -> _PairData:
    pair = overview.pair
    return _PairData(
        overview,
        services.history.period_notice(today, pair),
        list(reversed(services.conversations.summaries(pair.id))),
    )


class StartPage(QWidget):
    open_conversation = Signal(int)
    follow_up = Signal(int)
    agreement = Signal(int)
    pair_selected = Signal(str)  # display name for the window title
    status_message = Signal(str)

    def __init__(
        self,
        services: Samspel | None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops: Operations = operations_for(services, self) if services else Operations()
        self._services_or_none = self._ops.services if services is not None else None
        self._today = today
        self._overviews: list[PairOverview] = []
        self._conversations: list[ConversationSummary] = []
        #: True once :meth:`refresh` has shown the pairs from the database (start-up milestone).
        self.filled = False
        self.ui = Ui_StartPage()
        self.ui.setupUi(self)
        title_font = bold_font(self, 1.6)
        self.ui.welcomeTitle.setFont(title_font)
        self.ui.pairTitle.setFont(title_font)
        for rich in (self.ui.pairDetails, self.ui.pairWarnings):
            # Qt.TextFormat.RichText by its name: the start page uses nothing of Qt's ``Qt``
            # namespace, whose ~100 enums take ~15 ms of start-up to set up (BENCHMARKS.md).
            rich.setProperty("textFormat", "RichText")
        self.ui.splitter.setStretchFactor(1, 3)
        self.default_sizes_pending = True
        table = self.ui.conversationTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Datum"), self.tr("Status"), self.tr("Guider")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.createPairButton.clicked.connect(self.new_pair)
        self.ui.newPairButton.clicked.connect(self.new_pair)
        self.ui.loadDemoButton.clicked.connect(self.load_demo)
        self.ui.removeDemoButton.clicked.connect(self._remove_demo)
        self.ui.editPairButton.clicked.connect(self._edit_pair)
        self.ui.followUpButton.clicked.connect(self._follow_up)
        self.ui.agreementButton.clicked.connect(self._agreement)
        self.ui.startConversationButton.clicked.connect(self.new_conversation)
        self.ui.openConversationButton.clicked.connect(self._open_selected)
        self.ui.minutesButton.clicked.connect(self.export_minutes)
        self.ui.pairList.currentRowChanged.connect(self._show_pair)
        table.cellActivated.connect(lambda row, _col: self._open_row(row))
        table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.default_sizes_pending:
            self.default_sizes_pending = False
            width = max(self.ui.splitter.width(), 600)
            self.ui.splitter.setSizes([int(width * 0.27), int(width * 0.73)])

    @property
    def services(self) -> Samspel:
        """The open data folder (the page is built before it is opened, see ``attach``)."""
        assert self._services_or_none is not None, "StartPage used before attach()"
        return self._services_or_none

    def attach(self, services: Samspel) -> None:
        self._ops = operations_for(services, self)
        self._services_or_none = self._ops.services

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def current_pair_id(self) -> int | None:
        row = self.ui.pairList.currentRow()
        return self._overviews[row].pair.id if 0 <= row < len(self._overviews) else None

    def refresh(self, select_pair: int | None = None) -> None:
        """Show the pairs as they are in the database now (read on the database thread)."""
        keep = select_pair or self.current_pair_id()
        self._show(self._ops.call(self._read, keep))

    def refresh_in_background(self) -> None:
        """Fill the page from the database without waiting for it (the app's start-up)."""
        keep = self.current_pair_id()
        self._ops.run(lambda _progress: self._read(keep), parent=self, done=self._show)

    def _read(self, keep: int | None) -> StartData:
        """Everything the page shows (on the database thread)."""
        return read_start_page(self.services, self.today, keep)

    def _read_pair(self, overview: PairOverview) -> _PairData:
        """What the page shows of one pair beside its overview (on the database thread)."""
        return _read_pair_data(self.services, self.today, overview)

    def show_read(self, data: StartData) -> None:
        """Show what :func:`read_start_page` read (the app's start-up reads it on the database
        thread as soon as the data folder is open, before the window is attached)."""
        self._show(data)

    def _show(self, data: StartData) -> None:
        self._overviews = data.overviews
        has_pairs = bool(self._overviews)
        self.ui.welcomeBox.setVisible(not has_pairs)
        self.ui.splitter.setVisible(has_pairs)
        self.ui.pairList.blockSignals(True)
        self.ui.pairList.clear()
        for overview in self._overviews:
            pair = overview.pair
            lines = [pair.display_name, f"{pair.organisation.name} · {label(pair.kind)}"]
            if overview.is_demo:
                lines[1] += self.tr(" · DEMO")
            if pair.end_date:
                lines[1] += self.tr(" · avslutat %1").replace("%1", pair.end_date.isoformat())
            flags = []
            if overview.overdue_commitments and pair.end_date is None:
                flags.append(self._overdue_text(overview.overdue_commitments))
            if overview.review_due:
                flags.append(self.tr("överenskommelsen ska revideras"))
            if flags:
                lines.append("⚠ " + ", ".join(flags))
            QListWidgetItem("\n".join(lines), self.ui.pairList)
        if has_pairs:
            # Still with signals blocked, so the pair's conversations are read once, below.
            self.ui.pairList.setCurrentRow(data.row)
        self.ui.pairList.blockSignals(False)
        if data.pair is not None:
            self._show_pair_data(data.pair)
        else:
            self.ui.createPairButton.setFocus()
            self.pair_selected.emit("")
        self.filled = True

    def _show_pair(self, row: int) -> None:
        if 0 <= row < len(self._overviews):
            self._show_pair_data(self._ops.call(self._read_pair, self._overviews[row]))

    def _show_pair_data(self, data: _PairData) -> None:
        overview = data.overview
        pair = overview.pair
        # An ended pair is history: what is due (commitments, review, the calendar's asks)
        # is for its successor, so it gets no warnings.
        active = pair.end_date is None
        self.ui.pairTitle.setText(pair.display_name)
        e = escape_html
        details = [
            f"<b>{e(pair.organisation.name)}</b> · {e(label(pair.kind))}"
            + (e(self.tr(" · demoorganisation")) if overview.is_demo else ""),
            e(
                self.tr("Politiken: %1, %2")
                .replace("%1", pair.political.name)
                .replace("%2", pair.political.title)
            ),
            e(
                self.tr("Förvaltningen: %1, %2")
                .replace("%1", pair.executive.name)
                .replace("%2", pair.executive.title)
            ),
            e(
                self.tr("Relationens fas: %1 · i rollerna sedan %2")
                .replace("%1", label(pair.phase))
                .replace("%2", pair.start_date.isoformat())
            ),
            e(
                self.tr("Senaste samtal: %1 · nästa: %2")
                .replace("%1", swedish_date(overview.last_conversation, self.tr("inget ännu")))
                .replace("%2", swedish_date(overview.next_conversation, self.tr("inte bestämt")))
            ),
            e(
                self.tr("Öppna åtaganden: %1 (försenade: %2)")
                .replace("%1", str(overview.open_commitments))
                .replace("%2", str(overview.overdue_commitments))
            ),
        ]
        if overview.agreement_status is None:
            details.append(e(self.tr("Överenskommelse: ingen ännu")))
        else:
            details.append(
                e(
                    self.tr("Överenskommelse: version %1, %2 · revideras senast %3")
                    .replace("%1", str(overview.agreement_number))
                    .replace("%2", label(overview.agreement_status).lower())
                    .replace("%3", swedish_date(overview.review_by))
                )
            )
        self.ui.pairDetails.setText("<br>".join(details))
        warnings = []
        if overview.overdue_commitments and active:
            warnings.append("⚠ " + self._overdue_text(overview.overdue_commitments))
        if overview.review_due and overview.review_by is not None:
            warnings.append(
                self.tr("⚠ Överenskommelsen ska revideras senast %1.").replace(
                    "%1", overview.review_by.isoformat()
                )
            )
        if active and pair.predecessor_id is not None and overview.agreement_status is None:
            warnings.append(
                self.tr(
                    "⚠ En ny person i paret: dags för ett startsamtal och ett "
                    "nytt utkast till överenskommelse."
                )
            )
        from samspel_desktop.services.history import period_notice_text

        notice = data.period_notice
        self.ui.periodNotice.setText(period_notice_text(notice, translated))
        self.ui.periodNotice.setVisible(bool(notice.text) and active)
        if active and notice.new_in_pair:  # (the period notice above covers the election)
            warnings.append(
                self.tr(
                    "⚠ Ny i paret sedan %1: håll ett startsamtal och gör ett nytt "
                    "utkast till överenskommelse."
                ).replace("%1", pair.start_date.isoformat())
            )
        self.ui.pairWarnings.setText("<br>".join(e(w) for w in warnings))
        self.ui.pairWarnings.setVisible(bool(warnings))
        self.ui.removeDemoButton.setVisible(overview.is_demo)
        self._conversations = data.conversations
        table = self.ui.conversationTable
        table.setRowCount(len(self._conversations))
        for i, conversation in enumerate(self._conversations):
            values = [
                conversation.date.isoformat(),
                label(conversation.status),
                ", ".join(conversation.guide_titles),
            ]
            for column, value in enumerate(values):
                table.setItem(i, column, QTableWidgetItem(value))
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        if self._conversations:
            table.selectRow(0)
        self.ui.openConversationButton.setEnabled(bool(self._conversations))
        self.ui.minutesButton.setEnabled(bool(self._conversations))
        self.pair_selected.emit(pair.display_name)

    def _overdue_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 åtagande har passerat sitt datum")
        return self.tr("%1 åtaganden har passerat sitt datum").replace("%1", str(count))

    # --- actions -----------------------------------------------------------------------

    def new_pair(self) -> None:
        from samspel_desktop.gui.pair_dialog import PairDialog  # not needed at start-up

        dialog = PairDialog(self.services, parent=self)
        if dialog.exec() and dialog.result_pair is not None:
            self.refresh(select_pair=dialog.result_pair.id)

    def _agreement(self) -> None:
        pair_id = self.current_pair_id()
        if pair_id is not None:
            self.agreement.emit(pair_id)

    def _follow_up(self) -> None:
        pair_id = self.current_pair_id()
        if pair_id is not None:
            self.follow_up.emit(pair_id)

    def _edit_pair(self) -> None:
        pair_id = self.current_pair_id()
        if pair_id is None:
            return
        from samspel_desktop.gui.pair_dialog import PairDialog

        dialog = PairDialog(self.services, self.services.pairs.get(pair_id), parent=self)
        if dialog.exec():
            self.refresh(select_pair=pair_id)

    def new_conversation(self) -> None:
        if not self._overviews:
            self.new_pair()
            return
        from samspel_desktop.gui.new_conversation_dialog import NewConversationDialog

        dialog = NewConversationDialog(
            self.services, self._overviews, self.current_pair_id(), parent=self
        )
        if dialog.exec() and dialog.conversation is not None:
            self.refresh()
            self.open_conversation.emit(dialog.conversation.id)

    @shows_errors
    def load_demo(self) -> None:
        from samspel_desktop.services import demo

        self.refresh(select_pair=demo.load_demo(self.services, self.today))

    @shows_errors
    def _remove_demo(self) -> None:
        if not ask_yes_no(
            self,
            self.tr("Ta bort demo"),
            self.tr(
                "Ta bort demoorganisationen och allt som hör till den? Era egna "
                "samspelspar påverkas inte."
            ),
        ):
            return
        from samspel_desktop.services import demo

        try:
            demo.remove_demo(self.services)
        finally:
            self.refresh()

    def _open_row(self, row: int) -> None:
        if 0 <= row < len(self._conversations):
            self.open_conversation.emit(self._conversations[row].id)

    @shows_errors
    def export_minutes(self) -> None:
        """Save the chosen conversation's minnesanteckningar as a Word document."""
        row = self.ui.conversationTable.currentRow()
        if not 0 <= row < len(self._conversations):
            return
        from samspel_desktop.gui.minutes_export import save_minutes

        told = save_minutes(self, self.services, self._conversations[row].id)
        if told is not None:
            self.status_message.emit(told)

    def _open_selected(self) -> None:
        self._open_row(self.ui.conversationTable.currentRow())
