"""The keyboard alone: back to the start page from inside a text, the focus after revealing
the ratings, and each side's rating as one Tab stop that shows nothing of a hidden rating."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import Side
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair

KEY = "skr-forhallningssatt/transparens"


def _window(qtbot: QtBot, services: Samspel) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_the_start_page_shortcut_works_inside_a_text(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    editor = window.conversation_view.ui.politicalEdit
    editor.setFocus()
    QTest.keyClicks(editor, "Text")
    assert window.ui.actionStartPage.shortcut().toString() == "Alt+Home"
    QTest.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.ui.pages.currentWidget() is window.start_page
    saved = services.conversations.answers(conversation.id).values()
    assert [a.political for a in saved] == ["Text"], "leaving saved what was typed"


def test_after_revealing_the_ratings_typing_goes_to_the_text_not_the_search(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-forhallningssatt"])
    services.conversations.rate(conversation.id, KEY, Side.POLITICAL, 4)
    services.conversations.rate(conversation.id, KEY, Side.EXECUTIVE, 2)
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    window.search_field.setText("gammal sökning")  # typed, not yet searched
    view = window.conversation_view
    reveal = view.rating_panel.reveal_button
    reveal.setFocus()
    QTest.keyClick(reveal, Qt.Key.Key_Space)
    focused = QApplication.focusWidget()
    assert focused is view.ui.politicalEdit
    QTest.keyClicks(focused, "Vi ser olika")
    assert window.search_field.text() == "gammal sökning"
    assert view.ui.politicalEdit.toPlainText() == "Vi ser olika"


def test_each_side_is_one_tab_stop_and_a_hidden_rating_shows_nothing(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(
        pair.id, guide_ids=["skr-forhallningssatt"], date=dt.date(2027, 1, 10)
    )
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    panel = window.conversation_view.rating_panel
    political, executive = panel.scales[Side.POLITICAL], panel.scales[Side.EXECUTIVE]
    assert QApplication.focusWidget() is political
    for button in panel.findChildren(QPushButton):
        if button is not panel.reveal_button:
            assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    QTest.keyClick(political, Qt.Key.Key_Right)
    QTest.keyClick(political, Qt.Key.Key_Right)
    QTest.keyClick(political, Qt.Key.Key_Right)
    assert political.marker == 3
    QTest.keyClick(political, Qt.Key.Key_Space)
    assert services.conversations.ratings(conversation.id, KEY) == {Side.POLITICAL: 3}
    assert political.marker is None, "the marker goes once the side has rated"
    assert not any(b.isDown() or b.isChecked() or b.hasFocus() for b in political.buttons)
    QTest.keyClick(political, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is executive, "five steps are one Tab stop"
    QTest.keyClick(executive, Qt.Key.Key_5)
    assert services.conversations.ratings(conversation.id, KEY) == {
        Side.POLITICAL: 3,
        Side.EXECUTIVE: 5,
    }
    QTest.keyClick(executive, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.reveal_button
    for side in Side.POLITICAL, Side.EXECUTIVE:
        assert "✓" in panel._status[side].text()
        assert not any(str(v) in panel._status[side].text() for v in (3, 5))
