"""Follow-up page, search and the grey zone, driven through the widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import Answer, GreyZoneClass, Side
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair
from tests.gui.conftest import search_and_wait


def _window(qtbot: QtBot, services: Samspel) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_follow_up_page_shows_the_demo_history(
    qtbot: QtBot, services: Samspel, tmp_path: Path
) -> None:
    pair_id = load_demo(services)
    window = _window(qtbot, services)
    window.start_page.refresh(select_pair=pair_id)
    qtbot.mouseClick(window.start_page.ui.followUpButton, Qt.MouseButton.LeftButton)
    page = window.follow_up_page
    assert window.ui.pages.currentWidget() is page
    assert "uppföljning" in window.windowTitle()
    assert page.ui.commitmentTable.rowCount() == 2
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("overdue"))
    assert page.ui.commitmentTable.rowCount() == 1
    assert "försenat" in page.ui.commitmentTable.item(0, 4).text()  # type: ignore[union-attr]
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("all"))
    page.ui.sideFilter.setCurrentIndex(page.ui.sideFilter.findData(Side.POLITICAL.value))
    assert page.ui.commitmentTable.rowCount() == 1
    assert "Mandatperioden" in page.ui.keepingLabel.text()
    assert page.ui.greyzoneTable.rowCount() == 2
    assert "Gemensamma: 1" in page.ui.greyzoneSummary.text()
    assert not page.chart.grab().isNull()
    # The report written from the page carries the same trend, drawn as a picture.
    report = tmp_path / "uppfoljning.docx"
    written = page.export_report("report", report)
    qtbot.waitUntil(lambda: written.finished)
    assert len(docx.Document(str(report)).inline_shapes) == 1


def test_editing_a_greyzone_entry_is_autosaved(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    window = _window(qtbot, services)
    window.show_follow_up(pair.id)
    page = window.follow_up_page
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda *_a, **_k: ("Vem bjuder in till invigningen?", True),
    )
    qtbot.mouseClick(page.ui.addEntryButton, Qt.MouseButton.LeftButton)
    assert page.ui.greyzoneTable.rowCount() == 1
    page.ui.classCombo.setCurrentIndex(page.ui.classCombo.findData(GreyZoneClass.WHAT.value))
    page.ui.learnedEdit.setPlainText("Ordföranden bjuder in; förvaltningen ordnar.")
    [entry] = services.greyzone.entries(pair.id)
    qtbot.waitUntil(
        lambda: services.greyzone.entries(pair.id)[0].learned.startswith("Ordföranden"),
        timeout=2000,
    )
    stored = services.greyzone.entries(pair.id)[0]
    assert stored.classification is GreyZoneClass.WHAT
    assert stored.id == entry.id


def test_raising_a_greyzone_question_during_a_conversation(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, date=dt.date(2027, 2, 1))
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        lambda *_a, **_k: ("Vem äger frågan om nya lokaler?", True),
    )
    qtbot.mouseClick(window.conversation_view.ui.greyzoneButton, Qt.MouseButton.LeftButton)
    [entry] = services.greyzone.entries(pair.id)
    assert entry.conversation_id == conversation.id
    assert entry.raised_on == dt.date(2027, 2, 1)


def test_search_opens_the_question_where_the_text_was_written(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    guide = services.guides.get("skr-omraden")
    key = guide.question_key(guide.questions()[3][1])
    services.conversations.save_answer(
        Answer(conversation.id, key, executive="Tydliga beställningar behövs")
    )
    window = _window(qtbot, services)
    window.search_field.setText("beställning")
    search_and_wait(qtbot, window)
    assert window.ui.pages.currentWidget() is window.search_page
    results = window.search_page.results
    assert results.count() == 1
    assert "<b><u>beställningar</u></b>" in str(results.item(0).data(Qt.ItemDataRole.UserRole + 1))
    window.search_page.results.itemActivated.emit(results.item(0))
    assert window.ui.pages.currentWidget() is window.conversation_view
    assert window.conversation_view.current_ref().key == key  # type: ignore[union-attr]
    window.search_field.setText('"AND (')
    search_and_wait(qtbot, window)
    assert results.count() == 0
    assert "Inga träffar" in window.search_page.summary.text()


def test_counts_of_one_are_said_in_the_singular(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services, start_date=dt.date(2023, 1, 1))
    services.greyzone.add(pair.id, "Vem svarar pressen?", raised_on=dt.date(2023, 2, 1))
    services.commitments.add(pair.id, "Boka möten", Side.BOTH, due_date=dt.date(2099, 1, 1))
    window = _window(qtbot, services)
    window.show_follow_up(pair.id)
    page = window.follow_up_page
    assert page.ui.greyzoneSummary.text().startswith("1 fråga i loggen. ")
    keeping = page.ui.keepingLabel.text()
    assert "1 åtagande med datum" in keeping and "1 är öppet" in keeping
    assert "åtaganden" not in keeping and "öppna" not in keeping
