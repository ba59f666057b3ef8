"""The whole flow driven through the widgets on a temp database, then reopened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.errors import DiskFullError
from samspel_desktop.domain.model import CommitmentStatus, PairKind, Side
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.gui.new_conversation_dialog import NewConversationDialog
from samspel_desktop.gui.pair_dialog import PairDialog
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair

Reopen = Callable[[], Samspel]


def _window(qtbot: QtBot, services: Samspel) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Real key events for any character (QTest.keyClicks asserts on most non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def _saved(services: Samspel, conversation_id: int, key: str) -> str:
    answer = services.conversations.answers(conversation_id).get(key)
    return answer.political if answer else ""


def test_first_run_shows_welcome_and_creates_a_pair(qtbot: QtBot, services: Samspel) -> None:
    window = _window(qtbot, services)
    page = window.start_page
    assert page.ui.welcomeBox.isVisible()
    assert not page.ui.splitter.isVisible()
    dialog = PairDialog(services, parent=window)
    qtbot.addWidget(dialog)
    dialog.ui.organisationEdit.setText("Vaggeryds kommun")
    dialog.ui.politicalNameEdit.setText("Anna Berg")
    dialog.ui.executiveNameEdit.setText("Karl Ek")
    assert dialog.ui.politicalTitleEdit.text() == "Kommunstyrelsens ordförande"
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(PairKind.OPPOSITION_KD))
    assert dialog.ui.politicalTitleEdit.text() == "Oppositionsråd"
    dialog.accept()
    assert dialog.result_pair is not None
    page.refresh()
    assert not page.ui.welcomeBox.isVisible()
    assert "Anna Berg" in page.ui.pairList.item(0).text()
    assert "Samspel" in window.windowTitle()
    assert "Anna Berg" in window.windowTitle()


def test_pair_dialog_reports_missing_names_in_swedish(qtbot: QtBot, services: Samspel) -> None:
    dialog = PairDialog(services)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert "saknas" in dialog.ui.errorLabel.text()
    assert services.pairs.all() == []


def test_new_conversation_suggests_the_start_guide(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services, organisation="Alingsås kommun", political="Åsa", executive="Örjan")
    dialog = NewConversationDialog(services, services.pairs.overviews(dt.date.today()), pair.id)
    qtbot.addWidget(dialog)
    assert dialog.selected_guides() == ["start-ny-relation"]
    assert "föreslås" in dialog.ui.suggestionHint.text()
    dialog.accept()
    assert dialog.conversation is not None
    assert [g.id for g in dialog.conversation.guides] == ["start-ny-relation"]
    assert dialog.conversation.present == ("Åsa", "Örjan")


def test_typing_is_saved_within_a_second_and_survives_reopening(
    qtbot: QtBot, reopen: Reopen, make_pair: MakePair
) -> None:
    services = reopen()
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    view = window.conversation_view
    assert "Samspel" in window.windowTitle()
    assert "Anna Berg" in view.ui.politicalLabel.text()
    assert "Kommundirektör" in view.ui.executiveLabel.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.ui.politicalEdit, timeout=2000)
    guide = services.guides.get("skr-omraden")
    key, second_key = (guide.question_key(q) for _, q in guide.questions()[:2])
    assert view.current_ref() is not None and view.current_ref().key == key  # type: ignore[union-attr]
    type_text(view.ui.politicalEdit, "Vi behöver tydligare uppdrag – å, ä, ö.")
    qtbot.waitUntil(lambda: _saved(services, conversation.id, key).endswith("ö."), timeout=1500)
    # The save is acknowledged on the GUI thread just after it reached the database.
    qtbot.waitUntil(lambda: "Sparat" in window.statusBar().currentMessage(), timeout=1000)
    qtbot.keyClicks(view.ui.conclusionEdit, "Uppdrag ges skriftligt.")
    view.ui.toAgreementCheck.setChecked(True)
    view.ui.sectionCombo.setCurrentIndex(view.ui.sectionCombo.findData("samarbete"))
    # Ctrl+PgDown moves on and saves what was pending, without waiting for the timer.
    qtbot.keyClick(view.ui.conclusionEdit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_ref().question.text.startswith("Chefers")  # type: ignore[union-attr]
    type_text(view.ui.executiveEdit, "Oklart vem som äger frågan")
    view.ui.notesEdit.setPlainText("Fria anteckningar")
    window.close()
    services.close()
    again = reopen()
    answers = again.conversations.answers(conversation.id)
    assert answers[key].conclusion == "Uppdrag ges skriftligt."
    assert answers[key].to_agreement
    assert answers[key].agreement_section_key == "samarbete"
    assert answers[second_key].executive == "Oklart vem som äger frågan"
    assert again.conversations.get(conversation.id).notes == "Fria anteckningar"


def test_ratings_stay_hidden_until_revealed(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-forhallningssatt"])
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    panel = window.conversation_view.rating_panel
    assert panel.isVisible()
    panel.rated.emit(Side.POLITICAL, 4)
    status = panel._status[Side.POLITICAL].text()
    assert "dolt" in status
    assert "4" not in status
    assert not panel.reveal_button.isEnabled()
    panel.rated.emit(Side.EXECUTIVE, 2)
    assert panel.reveal_button.isEnabled()
    assert "2" not in panel._status[Side.EXECUTIVE].text()
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert panel._status[Side.POLITICAL].text().startswith("4")
    assert panel._status[Side.EXECUTIVE].text().startswith("2")
    assert "2 steg" in panel.result_label.text()
    key = "skr-forhallningssatt/transparens"
    assert services.conversations.answers(conversation.id)[key].ratings_revealed


def test_previous_open_commitments_come_first_in_the_next_conversation(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    first = services.conversations.start(pair.id, date=dt.date(2027, 1, 10))
    window = _window(qtbot, services)
    window.show_conversation(first.id)
    view = window.conversation_view
    view.ui.whatEdit.setText("Ta fram en mötesplan")
    view.ui.ownerCombo.setCurrentIndex(1)
    qtbot.mouseClick(view.ui.addCommitmentButton, Qt.MouseButton.LeftButton)
    [made] = services.commitments.made_in(first)
    assert (made.what, made.owner_side, made.owner_name) == (
        "Ta fram en mötesplan",
        Side.EXECUTIVE,
        "Karl Ek",
    )
    second = services.conversations.start(pair.id, date=dt.date(2027, 2, 10))
    window.show_conversation(second.id)
    tree = view.ui.commitmentTree
    carried = tree.topLevelItem(0)
    assert carried is not None and carried.child(0) is not None
    assert carried.child(0).text(0).startswith("Ta fram en mötesplan")  # type: ignore[union-attr]
    tree.setCurrentItem(carried.child(0))
    qtbot.mouseClick(view.ui.doneButton, Qt.MouseButton.LeftButton)
    stored = services.commitments.get(made.id)
    assert stored.status is CommitmentStatus.DONE
    assert stored.closed_in == second.id


def test_failed_save_keeps_the_text_warns_and_retries(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    view = window.conversation_view
    real_save = services.conversations.save_answer

    def full_disk(*_: object) -> None:
        raise DiskFullError("Disken är full. Det du skrev finns kvar men är inte sparat.")

    monkeypatch.setattr(services.conversations, "save_answer", full_disk)
    qtbot.keyClicks(view.ui.politicalEdit, "Viktig text")
    assert not view.flush()
    assert view.ui.errorBanner.isVisible()
    assert "Disken är full" in view.ui.errorBanner.text()
    assert view.ui.politicalEdit.toPlainText() == "Viktig text"
    # Moving to another question and back shows the unsaved text, not the stale database.
    view.show_question(1)
    view.show_question(0)
    assert view.ui.politicalEdit.toPlainText() == "Viktig text"
    monkeypatch.setattr(services.conversations, "save_answer", real_save)
    assert view.flush()
    assert not view.ui.errorBanner.isVisible()
    guide = services.guides.get("skr-omraden")
    first_key = guide.question_key(guide.questions()[0][1])
    assert _saved(services, conversation.id, first_key) == "Viktig text"


def test_demo_can_be_loaded_and_removed(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _window(qtbot, services)
    page = window.start_page
    qtbot.mouseClick(page.ui.loadDemoButton, Qt.MouseButton.LeftButton)
    assert "DEMO" in page.ui.pairList.item(0).text()
    assert page.ui.removeDemoButton.isVisible()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes
    )
    qtbot.mouseClick(page.ui.removeDemoButton, Qt.MouseButton.LeftButton)
    assert services.pairs.all() == []
    assert page.ui.welcomeBox.isVisible()


def test_the_conversation_shows_whose_words_each_question_is(
    qtbot: QtBot, services: Samspel
) -> None:
    pair = services.pairs.add(
        organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek"
    )
    conversation = services.conversations.start(
        pair.id, guide_ids=["skr-omraden", "skr-forhallningssatt", "skr-centralt"]
    )
    window = _window(qtbot, services)
    window.show_conversation(conversation.id)
    view = window.conversation_view
    skr = "SKR, Stöd – för att styra och leda bättre tillsammans, 2022-09-26, dnr 22/00126"
    # SKR's own question: SKR's words.
    assert view.ui.sourceLabel.text() == f"Källa: {skr}"
    # A rating question Samspel wrote: Samspel's, with SKR's definition quoted apart.
    index = next(i for i, r in enumerate(view._refs) if r.key == "skr-forhallningssatt/transparens")
    view.show_question(index)
    assert view.ui.sourceLabel.text() == f"Samspel, utifrån {skr}"
    assert view.ui.quotesLabel.isVisibleTo(view)
    quotes = view.ui.quotesLabel.text()
    assert "att snabbt informera varandra" in quotes and "Ur SKR" in quotes
    # Alingsås's guidance is Alingsås's.
    index = next(
        i for i, r in enumerate(view._refs) if r.key == "skr-centralt/delegationsordningen"
    )
    view.show_question(index)
    assert "Ur Alingsås kommun, Riktlinje för samspel" in view.ui.quotesLabel.text()
    assert "Källa:" not in view.ui.sourceLabel.text()


def test_the_pair_dialog_names_the_committee_and_its_term(qtbot: QtBot, services: Samspel) -> None:
    dialog = PairDialog(services)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.bodyCombo.currentText() == "Kommunstyrelsen" and not ui.bodyCombo.isEnabled()
    ui.organisationEdit.setText("Vaggeryds kommun")
    ui.politicalNameEdit.setText("Eva Lund")
    ui.executiveNameEdit.setText("Per Ek")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(PairKind.COMMITTEE))
    assert ui.bodyCombo.isEnabled() and ui.bodyCombo.currentText() == ""
    dialog.accept()  # a nämnd pair must name its nämnd
    assert "Ange vilken nämnd" in ui.errorLabel.text()
    ui.bodyCombo.setEditText("Socialnämnden")
    ui.councilTermCheck.setChecked(True)
    dialog.accept()
    pair = dialog.result_pair
    assert pair is not None
    assert (pair.body, pair.term.value) == ("Socialnämnden", "fullmaktige")
    # Editing keeps them.
    again = PairDialog(services, pair)
    qtbot.addWidget(again)
    assert again.ui.bodyCombo.currentText() == "Socialnämnden"
    assert again.ui.councilTermCheck.isChecked()
    again.accept()
    assert again.result_pair is not None and again.result_pair.body == "Socialnämnden"
