"""Commitments in the conversation view and the follow-up: done, corrected, every line shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import CommitmentStatus, Side
from samspel_desktop.gui.commitment_dialog import CommitmentDialog
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.gui.widgets import DateEdit
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair

LONG = (
    "Ta fram en gemensam plan för hur förvaltningen informerar politiken om större "
    "upphandlingar innan de annonseras, och hur politiken återkopplar"
)


def _window(qtbot: QtBot, services: Samspel) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _item(window: MainWindow, group: int, row: int = 0) -> QTreeWidgetItem:
    parent = window.conversation_view.ui.commitmentTree.topLevelItem(group)
    assert parent is not None
    item = parent.child(row)
    assert item is not None
    return item


def _click(window: MainWindow, item: QTreeWidgetItem) -> None:
    tree = window.conversation_view.ui.commitmentTree
    tree.scrollToItem(item)
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def _double_click(widget: QWidget, pos: QPoint) -> None:
    """A real double-click (Qt's views want the first click before the double one)."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _lines_shown(window: MainWindow, item: QTreeWidgetItem) -> int:
    tree = window.conversation_view.ui.commitmentTree
    return tree.visualItemRect(item).height() // tree.fontMetrics().lineSpacing()


def test_done_works_on_new_and_carried_commitments_and_the_item_says_so(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    first = services.conversations.start(pair.id, date=dt.date(2027, 1, 10))
    window = _window(qtbot, services)
    window.show_conversation(first.id)
    view = window.conversation_view
    view.ui.whatEdit.setText(LONG)
    qtbot.mouseClick(view.ui.addCommitmentButton, Qt.MouseButton.LeftButton)
    [made] = services.commitments.made_in(first)
    QApplication.processEvents()
    item = _item(window, 1)
    assert item.text(0).endswith("Anna Berg · inget datum · Öppet")
    needed = (
        view.ui.commitmentTree.fontMetrics()
        .boundingRect(
            0,
            0,
            view.ui.commitmentTree.viewport().width() - 12,
            10_000,
            int(Qt.TextFlag.TextWordWrap),
            item.text(0),
        )
        .height()
        // view.ui.commitmentTree.fontMetrics().lineSpacing()
    )
    assert needed >= 4, "the text must wrap for this test to mean anything"
    assert _lines_shown(window, item) >= needed, "owner, date and status stay visible"

    _click(window, item)
    qtbot.mouseClick(view.ui.doneButton, Qt.MouseButton.LeftButton)
    assert services.commitments.get(made.id).status is CommitmentStatus.DONE
    assert _item(window, 1).text(0).endswith("· Klart")

    second = services.conversations.start(pair.id, date=dt.date(2027, 2, 10))
    services.commitments.follow_up(first, made.id, CommitmentStatus.OPEN)
    window.show_conversation(second.id)
    carried = _item(window, 0)
    assert carried.text(0).startswith(LONG[:30])
    _click(window, carried)
    qtbot.keyClick(view.ui.doneButton, Qt.Key.Key_Space)
    stored = services.commitments.get(made.id)
    assert (stored.status, stored.closed_in) == (CommitmentStatus.DONE, second.id)
    assert _item(window, 0).text(0).endswith("· Klart"), "the list item changes at once"
    assert view.ui.commitmentTree.currentItem() is _item(window, 0), "the choice stays selected"


def _accepting(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[CommitmentDialog], None]
) -> list[CommitmentDialog]:
    """Make CommitmentDialog.exec fill the real dialog and press its OK."""
    shown: list[CommitmentDialog] = []

    def run(dialog: CommitmentDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(CommitmentDialog, "exec", run)
    return shown


def test_a_commitment_is_corrected_from_the_conversation(
    qtbot: QtBot, services: Samspel, make_pair: MakePair, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = make_pair(services)
    meeting = services.conversations.start(pair.id, date=dt.date(2027, 1, 10))
    made = services.commitments.add(
        pair.id, "Mötesplan", Side.POLITICAL, owner_name="Anna Berg", created_in=meeting.id
    )
    window = _window(qtbot, services)
    window.show_conversation(meeting.id)

    def fill(dialog: CommitmentDialog) -> None:
        assert dialog.what_edit.toPlainText() == "Mötesplan"
        dialog.what_edit.setPlainText("Mötesplan för hösten")
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(Side.EXECUTIVE))
        dialog.due_check.setChecked(True)
        dialog.due_edit.setDate(QDate(2027, 3, 1))

    shown = _accepting(monkeypatch, fill)
    item = _item(window, 1)
    tree = window.conversation_view.ui.commitmentTree
    _double_click(tree.viewport(), tree.visualItemRect(item).center())
    assert len(shown) == 1
    stored = services.commitments.get(made.id)
    assert (stored.what, stored.owner_side, stored.owner_name, stored.due_date) == (
        "Mötesplan för hösten",
        Side.EXECUTIVE,
        "Karl Ek",
        dt.date(2027, 3, 1),
    )
    assert _item(window, 1).text(0) == "Mötesplan för hösten\nKarl Ek · senast 2027-03-01 · Öppet"


def test_double_click_in_the_follow_up_edits_the_commitment(
    qtbot: QtBot, services: Samspel, make_pair: MakePair, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = make_pair(services)
    meeting = services.conversations.start(pair.id, date=dt.date(2027, 1, 10))
    made = services.commitments.add(pair.id, "Mötesplan", Side.BOTH, created_in=meeting.id)
    window = _window(qtbot, services)
    window.show_follow_up(pair.id)
    page = window.follow_up_page
    opened: list[int] = []
    page.open_conversation.connect(opened.append)

    def too_early(dialog: CommitmentDialog) -> None:
        dialog.due_check.setChecked(True)
        dialog.due_edit.setDate(QDate(2027, 1, 2))

    shown = _accepting(monkeypatch, too_early)
    table = page.ui.commitmentTable
    _double_click(table.viewport(), table.visualItemRect(table.item(0, 0)).center())
    assert opened == [], "a double-click edits; it does not open the conversation"
    [dialog] = shown
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog) and "före mötet" in dialog.error_label.text()
    assert services.commitments.get(made.id).due_date is None

    _accepting(monkeypatch, lambda d: d.what_edit.setPlainText("Mötesplan 2027"))
    table.selectRow(0)
    qtbot.mouseClick(page.ui.editCommitmentButton, Qt.MouseButton.LeftButton)
    assert services.commitments.get(made.id).what == "Mötesplan 2027"
    assert table.item(0, 0).text() == "Mötesplan 2027"
    qtbot.mouseClick(page.ui.openConversationButton, Qt.MouseButton.LeftButton)
    assert opened == [meeting.id]


def test_typing_a_date_over_the_selected_field(qtbot: QtBot) -> None:
    edit = DateEdit()
    qtbot.addWidget(edit)
    edit.setDate(QDate(2026, 5, 3))
    edit.show()
    for typed, expected in (
        ("2027-01-15", QDate(2027, 1, 15)),
        ("20280220", QDate(2028, 2, 20)),
        ("2029-3-4", QDate(2029, 3, 4)),
    ):
        edit.selectAll()
        QTest.keyClicks(edit, typed)
        assert edit.date() == expected, typed


def test_the_due_date_is_chosen_afresh_after_reopening(
    qtbot: QtBot, services: Samspel, make_pair: MakePair, monkeypatch: pytest.MonkeyPatch
) -> None:
    pair = make_pair(services)
    meeting = services.conversations.start(pair.id, date=dt.date(2027, 1, 10))
    window = _window(qtbot, services)
    window.show_conversation(meeting.id)
    view = window.conversation_view
    view.ui.dueCheck.setChecked(True)
    window.show_start_page()
    window.show_conversation(meeting.id)
    assert view.ui.dueCheck.isChecked() == view.ui.dueDateEdit.isEnabled(), (
        "a ticked box with a greyed date saved the greyed default"
    )
    assert view.ui.dueDateEdit.date() == QDate(2027, 2, 9)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    view.ui.whatEdit.setText("Utan datum")
    qtbot.mouseClick(view.ui.addCommitmentButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.ui.dueCheck, Qt.MouseButton.LeftButton)
    view.ui.dueDateEdit.setFocus()
    view.ui.dueDateEdit.selectAll()
    QTest.keyClicks(view.ui.dueDateEdit, "2027-01-05")
    view.ui.whatEdit.setText("För tidigt")
    qtbot.mouseClick(view.ui.addCommitmentButton, Qt.MouseButton.LeftButton)
    assert warned and "före mötet" in warned[0]
    assert view.ui.whatEdit.text() == "För tidigt", "the refused text stays to be corrected"
    view.ui.dueDateEdit.selectAll()
    QTest.keyClicks(view.ui.dueDateEdit, "2027-03-01")
    qtbot.mouseClick(view.ui.addCommitmentButton, Qt.MouseButton.LeftButton)
    assert [(c.what, c.due_date) for c in services.commitments.made_in(meeting)] == [
        ("För tidigt", dt.date(2027, 3, 1)),
        ("Utan datum", None),
    ]
