"""The one way the window shows expected trouble (gui/errors.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.gui.errors import shows_errors


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    @shows_errors
    def refuse(self) -> str:
        self.calls.append("refuse")
        raise ValidationError("Skriv vad åtagandet gäller.")

    @shows_errors
    def accept(self) -> str:
        self.calls.append("accept")
        return "klart"


class Dialog(Page):
    def __init__(self) -> None:
        super().__init__()
        self.inline: list[str] = []

    def show_error_inline(self, message: str) -> None:
        self.inline.append(message)


def test_a_refusal_is_shown_in_a_box_and_the_rest_does_not_run(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    page = Page()
    qtbot.addWidget(page)
    assert page.refuse() is None
    assert shown == ["Skriv vad åtagandet gäller."]
    assert page.accept() == "klart"
    assert shown == ["Skriv vad åtagandet gäller."]


def test_a_widget_with_its_own_place_shows_it_there(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail("no box expected"))
    dialog = Dialog()
    qtbot.addWidget(dialog)
    dialog.refuse()
    assert dialog.inline == ["Skriv vad åtagandet gäller."]


def test_a_decorated_slot_gets_only_the_arguments_it_takes(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    combo = QComboBox(page)
    combo.addItems(["a", "b"])
    combo.currentIndexChanged.connect(page.accept)  # the signal carries an index
    with qtbot.captureExceptions() as exceptions:
        combo.setCurrentIndex(1)
    assert not exceptions
    assert page.calls == ["accept"]
