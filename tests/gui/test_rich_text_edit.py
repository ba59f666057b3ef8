"""The agreement's text editor as a user drives it: keys, the formatting bar, pasting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextFormat
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import AgreementSection, Block, BlockType
from samspel_desktop.gui.agreement_editor import AgreementEditor
from samspel_desktop.gui.rich_text_edit import AgreementTextEdit
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair, Reopen
from tests.gui.test_rich_text import WORD_HTML

_CTRL = Qt.KeyboardModifier.ControlModifier
_CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _text_edit(qtbot: QtBot, blocks: tuple[Block, ...] = ()) -> AgreementTextEdit:
    edit = AgreementTextEdit()
    qtbot.addWidget(edit)
    edit.set_blocks(blocks)
    edit.resize(600, 400)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return edit


def test_shortcuts_make_the_blocks_word_gets(qtbot: QtBot) -> None:
    edit = _text_edit(qtbot)
    qtbot.keyClicks(edit, "Politiken ska:")
    qtbot.keyClick(edit, Qt.Key.Key_U, _CTRL_SHIFT)
    assert edit.heading_action.isChecked()
    assert not edit.bold_action.isEnabled()  # a subheading's look is Word's heading style
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # after a subheading comes body text
    assert not edit.heading_action.isChecked()
    qtbot.keyClicks(edit, "Vi ses ")
    qtbot.keyClick(edit, Qt.Key.Key_I, _CTRL)
    qtbot.keyClicks(edit, "ofta")
    qtbot.keyClick(edit, Qt.Key.Key_I, _CTRL)
    qtbot.keyClicks(edit, ", 2. ## - **")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "ny rad")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_N, _CTRL_SHIFT)
    assert edit.numbered_action.isChecked()
    qtbot.keyClicks(edit, "Ett")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClicks(edit, "Två")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter in an empty item ends the list
    assert not edit.numbered_action.isChecked()
    qtbot.keyClick(edit, Qt.Key.Key_L, _CTRL_SHIFT)
    qtbot.keyClick(edit, Qt.Key.Key_B, _CTRL)
    qtbot.keyClicks(edit, "Punkt")
    assert edit.bold_action.isChecked() and edit.bullets_action.isChecked()
    assert edit.blocks() == (
        Block(BlockType.SUBHEADING, "Politiken ska:"),
        Block(BlockType.PARAGRAPH, "Vi ses *ofta*, 2. ## - \\*\\*\nny rad"),
        Block(BlockType.NUMBERED, items=("Ett", "Två")),
        Block(BlockType.BULLETS, items=("**Punkt**",)),
    )
    qtbot.keyClick(edit, Qt.Key.Key_L, _CTRL_SHIFT)  # again: body text
    assert edit.blocks()[-1] == Block(BlockType.PARAGRAPH, "**Punkt**")


def test_the_formatting_bar(qtbot: QtBot) -> None:
    edit = _text_edit(qtbot, (Block(BlockType.PARAGRAPH, "Vi ses **ofta**."),))
    bar = edit.make_toolbar()
    qtbot.addWidget(bar)
    buttons = [bar.widgetForAction(action) for action in edit.format_actions]
    assert all(isinstance(button, QToolButton) for button in buttons)
    assert [b.accessibleName() for b in buttons] == [
        "Fetstil",
        "Kursiv",
        "Punktlista",
        "Numrerad lista",
        "Underrubrik (igen: brödtext)",
    ]
    assert edit.bold_action.toolTip() == "Fetstil (Ctrl+B)"
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)  # clicks keep focus
    cursor = edit.textCursor()
    cursor.setPosition(10)  # inside "ofta"
    edit.setTextCursor(cursor)
    assert edit.bold_action.isChecked()
    cursor.setPosition(2)
    edit.setTextCursor(cursor)
    assert not edit.bold_action.isChecked()
    cursor.setPosition(0)
    cursor.setPosition(2, cursor.MoveMode.KeepAnchor)  # "Vi"
    edit.setTextCursor(cursor)
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert edit.blocks() == (Block(BlockType.PARAGRAPH, "**Vi** ses **ofta**."),)
    assert edit.hasFocus()
    edit.setReadOnly(True)
    assert not any(action.isEnabled() for action in edit.format_actions)


def test_a_paste_from_word_keeps_lists_and_bold_and_no_fonts_or_colours(qtbot: QtBot) -> None:
    edit = _text_edit(qtbot, (Block(BlockType.PARAGRAPH, "Före."),))
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    data = QMimeData()
    data.setHtml(WORD_HTML)
    data.setText("Politiken ska: …")
    edit.insertFromMimeData(data)
    assert edit.blocks() == (
        Block(BlockType.PARAGRAPH, "Före."),
        Block(BlockType.SUBHEADING, "Politiken ska:"),
        Block(BlockType.PARAGRAPH, "Vi ses **varannan** *vecka*."),
        Block(BlockType.BULLETS, items=("Leda **tillsammans**", "Följa upp")),
        Block(BlockType.NUMBERED, items=("Första", "Andra")),
        Block(BlockType.PARAGRAPH, "2. Syftet är tydligt."),
    )
    block = edit.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char = fragments.fragment().charFormat()
            fragments += 1
            assert not char.hasProperty(QTextFormat.Property.FontFamilies)
            assert not char.hasProperty(QTextFormat.Property.ForegroundBrush)
            assert not char.hasProperty(QTextFormat.Property.FontPointSize)
        block = block.next()
    # One pasted line goes into the paragraph where the cursor is, as plain text shows it.
    single = QMimeData()
    single.setText("**inte fet**")
    edit.insertFromMimeData(single)
    assert edit.blocks()[-1] == Block(BlockType.PARAGRAPH, r"2. Syftet är tydligt.\*\*inte fet\*\*")


def test_imported_text_that_looks_like_markup_is_not_changed_by_typing(
    qtbot: QtBot, reopen: Reopen, make_pair: MakePair
) -> None:
    """Issue 16: the first keystroke turned "2. Syftet …" into a numbered list, "## x" into a
    subheading and "- x" into a bullet."""
    services: Samspel = reopen()
    pair = make_pair(services)
    imported = (
        Block(BlockType.PARAGRAPH, "2. Syftet med överenskommelsen är tydligt."),
        Block(BlockType.PARAGRAPH, "## inte rubrik"),
        Block(BlockType.PARAGRAPH, r"- inte en punkt, \*\*inte fet\*\* och C:\mapp"),
        Block(BlockType.SUBHEADING, "**Rubrik med stjärnor**"),
    )
    draft = services.agreements.add_imported_draft(
        pair, "Överenskommelse", (AgreementSection("syfte", "Syfte", imported),)
    )
    editor = AgreementEditor(services, pair.id)
    qtbot.addWidget(editor)
    editor.resize(1366, 768)
    editor.show()
    editor.activateWindow()
    text = editor.ui.sectionEdit
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    cursor = text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, "!")
    assert editor.save_now()
    saved = reopen().agreements.get(draft.id).sections[0].blocks
    assert saved == (*imported[:3], Block(BlockType.SUBHEADING, "**Rubrik med stjärnor**!"))


def test_an_adopted_version_cannot_be_formatted(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    draft = services.agreements.start_draft(pair, template="skr")
    services.agreements.adopt(draft.id, dt.date(2027, 2, 1))
    editor = AgreementEditor(services, pair.id)
    qtbot.addWidget(editor)
    assert editor.ui.sectionEdit.isReadOnly()
    assert not editor.format_bar.isEnabled()
    assert not any(action.isEnabled() for action in editor.ui.sectionEdit.format_actions)


def test_a_picture_from_word_is_shown_and_kept(
    qtbot: QtBot, reopen: Reopen, make_pair: MakePair
) -> None:
    from tests.gui.test_rich_text import PICTURES

    services: Samspel = reopen()
    pair = make_pair(services)
    picture = Block(BlockType.IMAGE, "Kommunikationsvägar", image=PICTURES[1])
    draft = services.agreements.add_imported_draft(
        pair,
        "Överenskommelse",
        (AgreementSection("vagar", "Vägar", (Block(BlockType.PARAGRAPH, "Före."), picture)),),
    )
    editor = AgreementEditor(services, pair.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    text = editor.ui.sectionEdit
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    shown = text.document().begin().next()
    fragment = shown.begin().fragment()
    assert fragment.charFormat().isImageFormat()
    assert fragment.charFormat().toImageFormat().width() == 480  # 900 px wide, shown narrower
    cursor = text.textCursor()
    cursor.setPosition(len("Före"))
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, " och")
    assert editor.save_now()
    saved = reopen().agreements.get(draft.id).sections[0].blocks
    assert saved == (Block(BlockType.PARAGRAPH, "Före och."), picture)
