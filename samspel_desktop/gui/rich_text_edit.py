"""The agreement's text editor: a document as in Word, stored as blocks.

What the user sees is what the stored blocks say and what the Word file gets
(:mod:`samspel_desktop.gui.rich_text` converts both ways): paragraphs, subheadings, bullet and
numbered lists, bold and italic, nothing else. The formatting bar and the usual shortcuts:

==========================  ==============================
Ctrl+B / Ctrl+I             bold / italic
Ctrl+Shift+L                bullet list (as in Word)
Ctrl+Shift+N                numbered list
Ctrl+Shift+U                subheading (again: body text)
Enter / Shift+Enter         new paragraph / new line
==========================  ==============================

The same actions are in the context menu (the menu key or Shift+F10). A paste (and a drop)
keeps lists, subheadings, bold and italic and drops fonts, colours, sizes and pictures.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolBar, QToolButton, QWidget

from samspel_desktop.domain.model import Block, BlockType
from samspel_desktop.gui.rich_text import (
    document_blocks,
    fill_document,
    heading_format,
    heading_text_format,
    insert_blocks,
    is_heading,
    list_format,
    list_item_format,
    list_kind,
    paragraph_format,
    pasted_blocks,
    text_format,
    text_list,
)

_BOLD = int(QFont.Weight.Bold.value)
_NORMAL = int(QFont.Weight.Normal.value)


class AgreementTextEdit(QTextEdit):
    """A section's text; :meth:`blocks` and :meth:`set_blocks` are its stored form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAcceptRichText(True)  # pastes go through insertFromMimeData, cleaned
        self.document().setDocumentMargin(8)
        self.setAccessibleName(self.tr("Avsnittets text"))
        self.setAccessibleDescription(
            self.tr(
                "Fetstil Ctrl+B, kursiv Ctrl+I, punktlista Ctrl+Skift+L, numrerad lista "
                "Ctrl+Skift+N, underrubrik Ctrl+Skift+U. Skift+Enter ger ny rad i stycket."
            )
        )
        self.bold_action = self._action(
            self.tr("F"), self.tr("Fetstil"), QKeySequence.StandardKey.Bold, self.toggle_bold
        )
        self.italic_action = self._action(
            self.tr("K"), self.tr("Kursiv"), QKeySequence.StandardKey.Italic, self.toggle_italic
        )
        self.bullets_action = self._action(
            self.tr("• Punktlista"),
            self.tr("Punktlista"),
            QKeySequence("Ctrl+Shift+L"),
            lambda: self.toggle_list(BlockType.BULLETS),
        )
        self.numbered_action = self._action(
            self.tr("1. Numrerad lista"),
            self.tr("Numrerad lista"),
            QKeySequence("Ctrl+Shift+N"),
            lambda: self.toggle_list(BlockType.NUMBERED),
        )
        self.heading_action = self._action(
            self.tr("Underrubrik"),
            self.tr("Underrubrik (igen: brödtext)"),
            QKeySequence("Ctrl+Shift+U"),
            self.toggle_heading,
        )
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        self.bold_action.setFont(bold_font)
        italic_font = QFont(self.font())
        italic_font.setItalic(True)
        self.italic_action.setFont(italic_font)
        self.cursorPositionChanged.connect(self._update_actions)
        self.currentCharFormatChanged.connect(self._update_actions)
        self.set_blocks(())

    def _action(
        self,
        text: str,
        name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        keys = QKeySequence(shortcut)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{name} ({shown})")
        action.setStatusTip(name)
        action.setData(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def format_actions(self) -> list[QAction]:
        return [
            self.bold_action,
            self.italic_action,
            self.bullets_action,
            self.numbered_action,
            self.heading_action,
        ]

    def make_toolbar(self, parent: QWidget | None = None) -> QToolBar:
        """The formatting bar: one button per action, none of them a Tab stop (the shortcuts
        and the context menu reach them from the keyboard; a click keeps the text's focus)."""
        bar = QToolBar(parent)
        bar.setAccessibleName(self.tr("Formatering"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.format_actions:
            bar.addAction(action)
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(str(action.data()))
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.setEnabled(not self.isReadOnly())
        return bar

    # --- the stored form ------------------------------------------------------------------

    def blocks(self) -> tuple[Block, ...]:
        return document_blocks(self.document())

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        """Show ``blocks`` (not undoable, the cursor at the start)."""
        fill_document(self.document(), blocks)
        self.document().clearUndoRedoStacks()
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.setTextCursor(cursor)
        self._update_actions()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        for action in self.format_actions:
            action.setEnabled(not read_only)

    # --- formatting -----------------------------------------------------------------------

    def _selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        return blocks

    def _in_heading(self) -> bool:
        return is_heading(self.textCursor().block())

    def toggle_bold(self) -> None:
        if self.isReadOnly() or self._in_heading():
            self._update_actions()
            return
        bold = self.fontWeight() < _BOLD
        change = QTextCharFormat()
        change.setFontWeight(_BOLD if bold else _NORMAL)
        self.mergeCurrentCharFormat(change)
        self._update_actions()

    def toggle_italic(self) -> None:
        if self.isReadOnly() or self._in_heading():
            self._update_actions()
            return
        change = QTextCharFormat()
        change.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(change)
        self._update_actions()

    def toggle_list(self, kind: BlockType) -> None:
        """Make the selected paragraphs one list of ``kind``, or body text if they are one."""
        if self.isReadOnly():
            return
        blocks = self._selected_blocks()
        lists = [text_list(block) for block in blocks]
        already = all(found is not None and list_kind(found) is kind for found in lists)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in blocks:
            self._make_body(cursor, block)
        if not already:
            new_list = None
            for block in blocks:
                cursor.setPosition(block.position())
                cursor.setBlockFormat(list_item_format())
                if new_list is None:
                    new_list = cursor.createList(list_format(kind))
                else:
                    new_list.add(block)
        cursor.endEditBlock()
        self._update_actions()

    def toggle_heading(self) -> None:
        """Make the selected paragraphs subheadings, or body text if they all are."""
        if self.isReadOnly():
            return
        blocks = self._selected_blocks()
        make_heading = not all(is_heading(block) for block in blocks)
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in blocks:
            self._make_body(cursor, block)
            if make_heading:
                cursor.setPosition(block.position())
                cursor.setBlockFormat(heading_format())
                cursor.setPosition(
                    block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(heading_text_format())
                cursor.setBlockCharFormat(heading_text_format())
        cursor.endEditBlock()
        self._update_actions()

    @staticmethod
    def _make_body(cursor: QTextCursor, block: QTextBlock) -> None:
        """``block`` as a body paragraph: out of its list; a heading's size and weight gone."""
        found = text_list(block)
        if found is not None:
            found.remove(block)
        cursor.setPosition(block.position())
        if is_heading(block):
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(text_format())
            cursor.setBlockCharFormat(text_format())
        cursor.setBlockFormat(paragraph_format())
        cursor.clearSelection()

    def _update_actions(self) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        heading = is_heading(block)
        found = text_list(block)
        char = self.currentCharFormat()
        for action, checked in (
            (self.bold_action, not heading and char.fontWeight() >= _BOLD),
            (self.italic_action, not heading and char.fontItalic()),
            (self.bullets_action, found is not None and list_kind(found) is BlockType.BULLETS),
            (self.numbered_action, found is not None and list_kind(found) is BlockType.NUMBERED),
            (self.heading_action, heading),
        ):
            action.setChecked(checked)
        editable = not self.isReadOnly()
        self.bold_action.setEnabled(editable and not heading)
        self.italic_action.setEnabled(editable and not heading)

    # --- keys, menu and pasting -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain_enter = enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if plain_enter and not self.isReadOnly() and self._enter(self.textCursor()):
            event.accept()
            return
        super().keyPressEvent(event)

    def _enter(self, cursor: QTextCursor) -> bool:
        """Word's Enter where Qt's differs; ``True`` if handled."""
        block = cursor.block()
        if cursor.hasSelection():
            return False
        found = text_list(block)
        if found is not None and block.length() <= 1:  # Enter in an empty item ends the list
            cursor.beginEditBlock()
            self._make_body(cursor, block)
            cursor.endEditBlock()
            self._update_actions()
            return True
        if is_heading(block) and cursor.atBlockEnd():  # after a subheading comes body text
            cursor.insertBlock(paragraph_format(), text_format())
            cursor.setCharFormat(text_format())
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(text_format())
            return True
        return False

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        for action in self.format_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste or drop: cleaned into blocks first (lists, subheadings, bold, italic)."""
        if self.isReadOnly():
            return
        blocks = pasted_blocks(
            source.html() if source.hasHtml() else None,
            source.text() if source.hasText() else None,
        )
        if not blocks:
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        insert_blocks(
            cursor,
            blocks,
            into_current=cursor.block().length() <= 1,  # an empty line takes the first block
            inline=True,
        )
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
