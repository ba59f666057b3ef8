"""The facilitator's page and the projector, driven through the widgets with a fake clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.seminar_page import SeminarPage
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.seminar_demo import ANSWERS, load_seminar_demo


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _page(qtbot: QtBot, services: Samspel, clock: FakeClock) -> SeminarPage:
    page = SeminarPage(services, clock=clock)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_navigation_moves_the_whole_seminar(qtbot: QtBot, services: Samspel) -> None:
    seminar_id = load_seminar_demo(services)
    page = _page(qtbot, services, FakeClock())
    page.load(seminar_id)
    keys = services.seminars.get(seminar_id).question_keys()
    assert page.ui.positionLabel.text().startswith("Fråga 1 av 7")
    assert not page.ui.previousButton.isEnabled()
    assert len(page.group_boxes) == 8
    assert page.group_boxes[page.seminar.groups[0].id].edit.toPlainText() == ANSWERS[0][0]  # type: ignore[union-attr]
    qtbot.mouseClick(page.ui.nextButton, Qt.MouseButton.LeftButton)
    assert services.seminars.get(seminar_id).current_question == keys[1]
    shortcuts = {s.key().toString(): s for s in page.findChildren(QShortcut)}
    shortcuts["Ctrl+PgDown"].activated.emit()
    assert services.seminars.get(seminar_id).current_question == keys[2]
    assert page.ui.positionLabel.text().startswith("Fråga 3 av 7")
    shortcuts["Ctrl+PgUp"].activated.emit()
    assert services.seminars.get(seminar_id).current_question == keys[1]


def test_typing_is_autosaved_per_group_and_synthesis(qtbot: QtBot, services: Samspel) -> None:
    seminar_id = load_seminar_demo(services, with_answers=False)
    page = _page(qtbot, services, FakeClock())
    page.load(seminar_id)
    seminar = services.seminars.get(seminar_id)
    key = seminar.question_keys()[0]
    group = seminar.groups[3]
    page.group_boxes[group.id].edit.setPlainText("Bord 4 sa så här.")
    page.ui.synthesisEdit.setPlainText("Det gemensamma.")
    qtbot.waitUntil(
        lambda: services.seminars.syntheses(seminar_id).get(key) == "Det gemensamma.",
        timeout=3000,
    )
    assert services.seminars.answers(seminar_id)[group.id][key].text == "Bord 4 sa så här."


def test_countdown_signals_once_and_takes_more_time(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    clock = FakeClock()
    seminar_id = load_seminar_demo(services)
    page = _page(qtbot, services, clock)
    page.load(seminar_id)
    page.ui.minutesSpin.setValue(60)
    assert page.ui.timerLabel.text() == "60:00"
    key = page.current_key()
    assert services.seminars.get(seminar_id).minutes_for(key) == 60
    qtbot.mouseClick(page.ui.startButton, Qt.MouseButton.LeftButton)
    assert page.ui.startButton.text() == "Pausa"
    clock.now += 30 * 60
    page.tick()
    assert page.ui.timerLabel.text() == "30:00"
    qtbot.mouseClick(page.ui.startButton, Qt.MouseButton.LeftButton)  # pause
    clock.now += 10 * 60
    page.tick()
    assert page.ui.timerLabel.text() == "30:00"
    assert page.ui.timerStateLabel.text() == "Pausad"
    qtbot.mouseClick(page.ui.startButton, Qt.MouseButton.LeftButton)
    clock.now += 31 * 60
    page.tick()
    page.tick()
    assert page.ui.timerLabel.text() == "00:00"
    assert page.ui.timerStateLabel.text() == "Tiden är ute"
    assert "background" in page.ui.timerFrame.styleSheet()
    assert beeps == [1], "one gentle signal"
    qtbot.mouseClick(page.ui.addFiveButton, Qt.MouseButton.LeftButton)
    assert page.ui.timerLabel.text() == "05:00"
    assert page.ui.timerFrame.styleSheet() == ""
    qtbot.mouseClick(page.ui.addOneButton, Qt.MouseButton.LeftButton)
    assert page.ui.timerLabel.text() == "06:00"
    page.step(1)
    assert page.ui.timerLabel.text() == "10:00", "each question has its own countdown"


def test_projector_shows_the_question_and_time_but_no_answers(
    qtbot: QtBot, services: Samspel
) -> None:
    seminar_id = load_seminar_demo(services)
    page = _page(qtbot, services, FakeClock())
    page.load(seminar_id)
    projector = page.open_projector()
    qtbot.addWidget(projector)
    try:
        assert projector.isFullScreen()
        question = page.seminar.questions()[0][1]  # type: ignore[union-attr]
        shown = " ".join(projector.texts())
        assert question.text in shown
        assert "10:00" in shown
        assert question.guidance not in shown
        page.ui.showGuidanceCheck.setChecked(True)
        assert question.guidance in " ".join(projector.texts())
        page.step(1)
        shown = " ".join(projector.texts())
        assert page.seminar.questions()[1][1].text in shown  # type: ignore[union-attr]
        synthesis = next(iter(services.seminars.syntheses(seminar_id).values()))
        for first, second in ANSWERS:
            assert first not in shown and second not in shown
        assert synthesis not in shown
        assert projector.question.font().pixelSize() >= 40
    finally:
        page.close_projector()
    assert page.projector is None
    assert not page.ui.projectorButton.isChecked()


def test_conflicts_are_shown_and_settled_in_the_page(
    qtbot: QtBot, services: Samspel, tmp_path: object
) -> None:
    import json
    from pathlib import Path

    seminar_id = load_seminar_demo(services)
    seminar = services.seminars.get(seminar_id)
    path = services.seminars.export_group(seminar.uuid, "Bord 1", Path(str(tmp_path)) / "b1.json")
    data = json.loads(path.read_text("utf-8"))
    data["groups"][0]["answers"][0]["text"] = "En annan text från bordets dator."
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    services.seminars.import_file(path)
    page = _page(qtbot, services, FakeClock())
    page.load(seminar_id)
    box = page.group_boxes[seminar.groups[0].id]
    assert box.conflict.isVisible()
    assert box.conflict_text.toPlainText() == "En annan text från bordets dator."
    qtbot.mouseClick(box.take_imported, Qt.MouseButton.LeftButton)
    box = page.group_boxes[seminar.groups[0].id]
    assert not box.conflict.isVisible()
    assert box.edit.toPlainText() == "En annan text från bordets dator."
