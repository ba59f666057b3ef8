"""The conversation view's commitments tab: the list (carried over from earlier
conversations, then new ones), adding one, following one up and correcting one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QTreeWidgetItem, QWidget

from samspel_desktop.domain.model import CommitmentStatus, Conversation, Pair, Side
from samspel_desktop.gui.commitment_dialog import edit_commitment, owner_names
from samspel_desktop.gui.common import bold_font, from_qdate
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.forms.ui_conversation_view import Ui_ConversationView
from samspel_desktop.gui.labels import label
from samspel_desktop.services.samspel import Samspel


class ConversationCommitments(QObject):
    """Drives the commitments tab of :class:`ConversationView`'s form (``ui``)."""

    # Emitted with the time of each change saved.
    saved = Signal(object)
    status_message = Signal(str)

    def __init__(self, ui: Ui_ConversationView, services: Samspel, view: QWidget) -> None:
        super().__init__(view)
        self._ui = ui
        self._services = services
        self._view = view
        self._conversation: Conversation | None = None
        self._pair: Pair | None = None
        ui.addCommitmentButton.clicked.connect(self.add)
        ui.whatEdit.returnPressed.connect(self.add)
        ui.doneButton.clicked.connect(lambda: self.follow_up(CommitmentStatus.DONE))
        ui.keepOpenButton.clicked.connect(lambda: self.follow_up(CommitmentStatus.OPEN))
        ui.dropButton.clicked.connect(lambda: self.follow_up(CommitmentStatus.DROPPED))
        ui.editCommitmentButton.clicked.connect(self.edit)
        ui.commitmentTree.itemDoubleClicked.connect(self._double_clicked)
        ui.dueCheck.toggled.connect(ui.dueDateEdit.setEnabled)

    def show(self, conversation: Conversation, pair: Pair) -> None:
        """The commitments of ``conversation`` (of ``pair``)."""
        self._conversation, self._pair = conversation, pair
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Fill the list again (carried over, then new), choosing ``select_id``."""
        tree = self._ui.commitmentTree
        tree.clear()
        if self._conversation is None or self._pair is None:
            return
        today = dt.date.today()
        groups = (
            (
                self.tr("Från tidigare samtal – följ upp"),
                self._services.commitments.carried(self._conversation),
            ),
            (
                self.tr("Nya i det här samtalet"),
                self._services.commitments.made_in(self._conversation),
            ),
        )
        names = owner_names(self._pair)
        for title, commitments in groups:
            parent = QTreeWidgetItem(tree, [title])
            parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            parent.setFont(0, bold_font(tree))
            parent.setExpanded(True)
            if not commitments:
                empty = QTreeWidgetItem(parent, [self.tr("(inga)")])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
            for c in commitments:
                status = label(c.status)
                if c.is_overdue(today):
                    status = "⚠ " + status + self.tr(", försenat")
                if c.status_note:
                    status += f" ({c.status_note})"
                due = (
                    self.tr("senast %1").replace("%1", c.due_date.isoformat())
                    if c.due_date
                    else self.tr("inget datum")
                )
                owner = c.owner_name or names[c.owner_side] or label(c.owner_side)
                details = f"{owner} · {due} · {status}"
                item = QTreeWidgetItem(parent, [f"{c.what}\n{details}"])
                item.setData(0, Qt.ItemDataRole.UserRole, c.id)
                item.setToolTip(0, f"{c.what}\n{details}")
                if c.id == select_id:
                    tree.setCurrentItem(item)

    def current_id(self) -> int | None:
        item = self._ui.commitmentTree.currentItem()
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    @shows_errors
    def add(self) -> None:
        if self._conversation is None or self._pair is None:
            return
        side = Side(self._ui.ownerCombo.currentData())
        due = from_qdate(self._ui.dueDateEdit.date()) if self._ui.dueCheck.isChecked() else None
        added = self._services.commitments.add(
            self._conversation.pair_id,
            self._ui.whatEdit.text(),
            side,
            owner_name=owner_names(self._pair)[side],
            due_date=due,
            created_in=self._conversation.id,
        )
        self.saved.emit(dt.datetime.now())
        self._ui.whatEdit.clear()
        self.refresh(select_id=added.id)

    @shows_errors
    def follow_up(self, status: CommitmentStatus) -> None:
        commitment_id = self.current_id()
        if commitment_id is None or self._conversation is None:
            self.status_message.emit(self.tr("Välj ett åtagande i listan först."))
            return
        note = ""
        if status is CommitmentStatus.DROPPED:
            note, ok = QInputDialog.getText(
                self._view, self.tr("Stryk åtagande"), self.tr("Med ett ord – varför stryks det?")
            )
            if not ok:
                return
        self._services.commitments.follow_up(self._conversation, commitment_id, status, note)
        self.saved.emit(dt.datetime.now())
        self.refresh(select_id=commitment_id)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, Qt.ItemDataRole.UserRole) is not None:
            self.edit()

    @shows_errors
    def edit(self) -> None:
        """Correct the chosen commitment's text, owner and due date in a dialog."""
        commitment_id = self.current_id()
        if commitment_id is None or self._pair is None:
            self.status_message.emit(self.tr("Välj ett åtagande i listan först."))
            return
        if edit_commitment(self._services, commitment_id, self._pair, self._view):
            self.saved.emit(dt.datetime.now())
            self.refresh(select_id=commitment_id)
