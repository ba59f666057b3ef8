"""The agreement editor, driven offscreen over a real temp database."""

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import Answer, Block, BlockType
from samspel_desktop.gui.agreement_editor import AgreementEditor
from samspel_desktop.gui.rich_text_edit import AgreementTextEdit
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair, Reopen

_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focused_text(qtbot: QtBot, editor: AgreementEditor) -> AgreementTextEdit:
    """The section's text with the keyboard focus (shortcuts reach only the focused editor)."""
    editor.activateWindow()
    text = editor.ui.sectionEdit
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    return text


def _editor(qtbot: QtBot, services: Samspel, pair_id: int) -> AgreementEditor:
    editor = AgreementEditor(services, pair_id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    return editor


def test_start_type_and_autosave(qtbot: QtBot, reopen: Reopen, make_pair: MakePair) -> None:
    services = reopen()
    pair_id = make_pair(services).id
    editor = _editor(qtbot, services, pair_id)
    assert editor.version is None
    assert editor.ui.startButton.isVisible()
    editor.ui.templateCombo.setCurrentIndex(editor.ui.templateCombo.findData("skr"))
    qtbot.mouseClick(editor.ui.startButton, Qt.MouseButton.LeftButton)
    assert editor.version is not None
    assert editor.ui.sectionList.count() == 4

    editor.ui.sectionList.setCurrentRow(1)
    text = _focused_text(qtbot, editor)
    qtbot.keyClicks(text, "Vi ses ")
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, "varannan")
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, " vecka.")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClick(text, Qt.Key.Key_L, _CTRL_SHIFT)
    qtbot.keyClicks(text, "Måndagar")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "Kl. 8")
    assert editor.autosaver.pending_keys() == {"sections"}
    editor.autosaver.flush()  # what the autosave timer does about a second later
    assert "Sparat" in editor.ui.saveStatusLabel.text()
    section = reopen().agreements.get(editor.version.id).sections[1]
    assert section.blocks == (
        Block(BlockType.PARAGRAPH, "Vi ses **varannan** vecka."),
        Block(BlockType.BULLETS, items=("Måndagar", "Kl. 8")),
    )

    editor.ui.sectionEdit.set_blocks((Block(BlockType.PARAGRAPH, "Ändrat igen."),))
    editor.ui.sectionEdit.textChanged.emit()
    QApplication.sendEvent(editor.ui.sectionEdit, QFocusEvent(QEvent.Type.FocusOut))
    assert not editor.autosaver.has_pending()
    assert reopen().agreements.get(editor.version.id).sections[1].blocks == (
        Block(BlockType.PARAGRAPH, "Ändrat igen."),
    )


def test_a_failed_save_keeps_the_text_and_says_why(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair_id = make_pair(services).id
    draft = services.agreements.start_draft(services.pairs.get(pair_id))
    editor = _editor(qtbot, services, pair_id)
    services.agreements.adopt(draft.id, dt.date(2027, 2, 1))  # e.g. in another window
    editor.ui.sectionEdit.setPlainText("Text som inte får försvinna.")
    assert editor.save_now() is False
    assert "Inte sparat" in editor.ui.saveStatusLabel.text()
    assert "antagen" in editor.ui.saveStatusLabel.text()
    assert editor.ui.sectionEdit.toPlainText() == "Text som inte får försvinna."
    # The autosaver tries again in five seconds, when this test's database is long closed (and
    # a later test that runs the event loop would get the error): stop its timers.
    for timer in editor.autosaver.findChildren(QTimer):
        timer.stop()


def test_sections_add_rename_move_remove(
    qtbot: QtBot, reopen: Reopen, monkeypatch: pytest.MonkeyPatch, make_pair: MakePair
) -> None:
    services = reopen()
    pair_id = make_pair(services).id
    services.agreements.start_draft(services.pairs.get(pair_id), template="skr")
    editor = _editor(qtbot, services, pair_id)
    editor.ui.sectionList.setCurrentRow(3)
    editor.add_section("Kontakter med media")
    editor.ui.sectionEdit.setPlainText("Politiken svarar på vad-frågor.")
    editor.rename_section(4, "Media")
    editor.ui.sectionList.setCurrentRow(4)
    editor.move_section(-1)
    editor.ui.sectionList.setCurrentRow(0)
    monkeypatch.setattr(editor, "confirm", lambda question: True)
    editor.remove_section()

    version = reopen().agreements.get(editor.version.id)  # type: ignore[union-attr]
    assert [s.title for s in version.sections] == [
        "Hur vi ska styra och leda tillsammans",
        "Hur arbetsfördelningen ska vara mellan oss",
        "Media",
        "Hur vi ska samarbeta",
    ]
    assert version.sections[2].blocks == (
        Block(BlockType.PARAGRAPH, "Politiken svarar på vad-frågor."),
    )
    assert editor.ui.sectionList.item(2).text() == "3. Media"


def test_take_a_suggestion_and_see_where_it_came_from(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair_id = make_pair(services).id
    draft = services.agreements.start_draft(services.pairs.get(pair_id), template="skr")
    conversation = services.conversations.start(
        pair_id, guide_ids=["skr-omraden"], date=dt.date(2027, 3, 1)
    )
    guide = conversation.guides[0]
    services.conversations.save_answer(
        Answer(
            conversation.id,
            guide.question_key(guide.questions()[-1][1]),
            conclusion="Vi ses varannan måndag.",
            to_agreement=True,
            agreement_section_key="samarbete",
        )
    )
    editor = _editor(qtbot, services, pair_id)
    assert editor.ui.suggestionList.count() == 1
    editor.take_selected_suggestion()
    assert editor.ui.suggestionList.count() == 0
    assert editor.ui.sectionList.currentRow() == 3
    assert "Vi ses varannan måndag." in editor.ui.sectionEdit.toPlainText()
    assert "2027-03-01" in editor.ui.provenanceLabel.text()
    assert services.agreements.provenance(draft.id)


def test_adopted_is_read_only_and_compare_marks_changes(
    qtbot: QtBot,
    services: Samspel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_pair: MakePair,
) -> None:
    pair_id = make_pair(services).id
    draft = services.agreements.start_draft(services.pairs.get(pair_id), template="skr")
    services.agreements.adopt(draft.id, dt.date(2027, 2, 1), "§ 3")
    editor = _editor(qtbot, services, pair_id)
    assert editor.ui.sectionEdit.isReadOnly()
    assert editor.ui.newDraftButton.isVisible()
    assert "kan inte ändras" in editor.ui.statusLabel.text()
    qtbot.mouseClick(editor.ui.newDraftButton, Qt.MouseButton.LeftButton)
    assert editor.version is not None and editor.version.number == 2
    editor.ui.sectionEdit.setPlainText("Budget i balans.")
    editor.save_now()
    comparison = editor.compare(draft.id, editor.version.id)
    assert comparison.changed == 1
    assert "#e1f3e1" in editor.ui.compareView.toHtml()  # the insertion is marked green
    assert "Budget i balans." in editor.ui.compareView.toPlainText()

    out = tmp_path / "ut.docx"
    messages: list[str] = []
    editor.files.export_to(out, messages.extend)
    qtbot.waitUntil(lambda: bool(messages))
    assert str(out) in messages[0]
    assert any(p.text == "Budget i balans." for p in docx.Document(str(out)).paragraphs)

    source = tmp_path / "in.docx"
    document = docx.Document()
    document.add_paragraph("Ny överenskommelse", style="Title")
    document.add_paragraph("Mål", style="Heading 1")
    document.add_paragraph("Punkt", style="List Bullet")
    document.save(str(source))
    asked: list[str] = []
    monkeypatch.setattr(editor, "confirm", lambda question: asked.append(question) or True)
    imported = editor.files.import_from(source)
    assert asked[0].startswith(
        "”Ny överenskommelse” innehåller 1 avsnitt, 0 underrubriker, 0 stycken och 1 listpunkt."
    )
    assert imported is not None and imported.number == 3
    assert editor.ui.sectionList.item(0).text() == "1. Mål"


def test_the_version_status_is_shown_in_the_window_language(
    qtbot: QtBot, services: Samspel, make_pair: MakePair, english: None
) -> None:
    pair = make_pair(services)
    draft = services.agreements.start_draft(pair)
    editor = _editor(qtbot, services, pair.id)
    assert editor.ui.statusLabel.text() == "Draft"
    assert editor.ui.versionList.item(0).text() == "Version 1 – Draft"
    services.agreements.send_to_remiss(draft.id, ["Socialnämnden"], deadline=None)
    editor.reload()
    assert editor.ui.statusLabel.text().startswith("Out for consultation")
    assert "remiss" not in editor.ui.versionList.item(0).text()  # no Swedish left


def test_the_comparison_speaks_the_window_language(
    qtbot: QtBot, services: Samspel, make_pair: MakePair, english: None
) -> None:
    pair = make_pair(services)
    draft = services.agreements.start_draft(pair)
    services.agreements.adopt(draft.id, dt.date(2027, 2, 1))
    second = services.agreements.new_draft_from(draft.id)
    editor = _editor(qtbot, services, pair.id)
    comparison = editor.compare(draft.id, second.id)
    text = editor.ui.compareView.toPlainText()
    assert f"0 of {len(comparison.sections)} sections have changed" in text
    assert "(unchanged)" in text
    assert "oförändrat" not in text


def test_the_import_preview_says_what_the_word_file_left_out(
    qtbot: QtBot,
    services: Samspel,
    make_pair: MakePair,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    source = tmp_path / "spårat.docx"
    document = docx.Document()
    document.add_paragraph("Mål", style="Heading 1")
    paragraph = document.add_paragraph("Vi ses ")
    paragraph._p.append(
        parse_xml(
            f'<w:del {w} w:id="1" w:author="A"><w:r><w:delText>aldrig</w:delText></w:r></w:del>'
        )
    )
    paragraph.add_run("varje vecka.")
    document.add_table(rows=1, cols=1)
    document.save(str(source))
    editor = _editor(qtbot, services, make_pair(services).id)
    asked: list[str] = []
    monkeypatch.setattr(editor, "confirm", lambda question: asked.append(question) or False)
    assert editor.files.import_from(source) is None
    [question] = asked
    assert "spårade ändringar" in question and "1 tabell" in question
