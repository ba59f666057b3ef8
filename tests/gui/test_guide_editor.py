"""The guide editor, driven through its widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import AnswerType
from samspel_desktop.gui.guide_editor import GuideEditorPage
from samspel_desktop.services.samspel import Samspel


def _page(qtbot: QtBot, services: Samspel) -> GuideEditorPage:
    page = GuideEditorPage(services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def test_builtin_guides_are_read_only_and_duplicate_to_an_editable_copy(
    qtbot: QtBot, services: Samspel
) -> None:
    page = _page(qtbot, services)
    page.select_guide("skr-omraden")
    assert page.ui.readOnlyLabel.isVisible()
    assert page.ui.titleEdit.isReadOnly()
    assert not page.ui.addQuestionButton.isEnabled()
    qtbot.mouseClick(page.ui.duplicateButton, Qt.MouseButton.LeftButton)
    assert page.guide is not None and page.guide.id == "skr-omraden-kopia"
    assert page.ui.titleEdit.text().endswith("(kopia)")
    assert not page.ui.titleEdit.isReadOnly()
    assert not page.ui.readOnlyLabel.isVisible()


def test_edits_are_autosaved_once_valid_and_raise_the_version_once(
    qtbot: QtBot, services: Samspel
) -> None:
    page = _page(qtbot, services)
    page.select_guide("skr-omraden")
    page.duplicate_guide()
    guide_id = page.guide.id if page.guide else ""
    tree = page.ui.structureTree
    question = tree.questions(tree.sections()[0])[0]
    tree.setCurrentItem(question)
    page.ui.questionTextEdit.setPlainText("")
    page.autosaver.flush()
    assert "frågetexten får inte vara tom" in page.ui.validationLabel.text()
    assert page.ui.questionTextEdit.toPlainText() == "", "the user's text stays"
    assert services.guides.get(guide_id).version == 1, "an invalid draft is not saved"
    page.ui.questionTextEdit.setPlainText("Vad ska vi fråga först?")
    page.ui.answerTypeCombo.setCurrentIndex(
        page.ui.answerTypeCombo.findData(AnswerType.RATING.value)
    )
    assert page.ui.scale1Edit.text().startswith("1 –"), "a rating gets a default scale"
    page.ui.scale3Edit.setText("3 – Mittemellan")
    qtbot.waitUntil(lambda: services.guides.get(guide_id).version == 2, timeout=3000)
    stored = services.guides.get(guide_id).sections[0].questions[0]
    assert stored.text == "Vad ska vi fråga först?"
    assert stored.answer.type is AnswerType.RATING
    assert stored.answer.scale[2] == "3 – Mittemellan"
    assert not page.ui.validationLabel.isVisible()
    page.ui.titleEdit.setText("Vår egen guide")
    page.autosaver.flush()
    assert services.guides.get(guide_id).version == 2, "one editing session, one version"
    assert services.guides.get(guide_id).title == "Vår egen guide"


def test_keyboard_reordering_and_adding_are_saved(qtbot: QtBot, services: Samspel) -> None:
    page = _page(qtbot, services)
    page.select_guide("skr-omraden")
    page.duplicate_guide()
    guide_id = page.guide.id if page.guide else ""
    before = [q.id for _, q in services.guides.get(guide_id).questions()]
    tree = page.ui.structureTree
    tree.setCurrentItem(tree.questions(tree.sections()[0])[1])
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    page.autosaver.flush()
    after = [q.id for _, q in services.guides.get(guide_id).questions()]
    assert after == [before[1], before[0], *before[2:]]
    # The first question of the second section moves up into the first section.
    second = tree.sections()[1]
    tree.setCurrentItem(tree.questions(second)[0])
    assert tree.move_current(-1)
    page.autosaver.flush()
    sections = services.guides.get(guide_id).sections
    assert sections[0].questions[-1].id == before[2]
    qtbot.mouseClick(page.ui.addSectionButton, Qt.MouseButton.LeftButton)
    page.ui.sectionTitleEdit.setText("Vårt eget avsnitt")
    page.autosaver.flush()
    titles = [s.title for s in services.guides.get(guide_id).sections]
    assert "Vårt eget avsnitt" in titles


def test_drops_keep_questions_inside_sections(qtbot: QtBot, services: Samspel) -> None:
    page = _page(qtbot, services)
    page.select_guide("skr-omraden")
    tree = page.ui.structureTree
    section, question = tree.sections()[0], tree.questions(tree.sections()[0])[0]
    positions = type(tree).DropIndicatorPosition
    assert tree.drop_allowed(question, section, positions.OnItem)
    assert tree.drop_allowed(question, tree.questions(section)[1], positions.AboveItem)
    assert not tree.drop_allowed(question, section, positions.AboveItem)
    assert not tree.drop_allowed(section, question, positions.BelowItem)
    assert not tree.drop_allowed(section, tree.sections()[1], positions.OnItem)
    assert tree.drop_allowed(section, tree.sections()[1], positions.BelowItem)


def test_exporting_and_importing_twice_says_it_exists(
    qtbot: QtBot, services: Samspel, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    target = Path(str(tmp_path)) / "guide.json"
    page = _page(qtbot, services)
    page.select_guide("skr-omraden")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    page.export_guide()
    count = page.ui.guideList.count()
    page.import_guide()
    assert shown and "finns redan" in shown[0]
    assert page.ui.guideList.count() == count
