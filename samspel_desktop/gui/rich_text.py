"""An agreement section's blocks as a ``QTextDocument`` and back: the one conversion.

The stored form stays the structured blocks (``Block``/``BlockType``) that the Word export and
the version comparison read; the editor shows them as a document a Word user knows:

- a ``PARAGRAPH`` is a text block; its markup's bold and italic are the characters' weight
  and slant, a line break inside it (``\\n``) is Qt's line separator (Shift+Enter);
- a ``SUBHEADING`` is a block with heading level 2, drawn larger and bold, its text plain;
- ``BULLETS`` and ``NUMBERED`` are one ``QTextList`` each (disc or decimal); each item a block;
- an ``IMAGE`` (a picture kept from an imported Word file) is the picture itself in a block of
  its own, its bytes and alt text kept with it.

:func:`document_blocks` reads a document back. ``document_blocks(fill_document(d, blocks))``
gives ``blocks`` back for any text (``tests/gui/test_rich_text.py``), including text that looks
like markup: a paragraph "2. Syftet" or "## x" stays a paragraph, a typed ``**`` stays text.
Empty paragraphs and subheadings are spacing, not content, and are not stored.

:func:`pasted_blocks` cleans what the clipboard holds (HTML from Word, LibreOffice, a browser,
or plain text) into the same blocks, keeping lists, subheadings, bold and italic and dropping
fonts, colours, sizes, tables' layout and pictures.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextList,
    QTextListFormat,
)

from samspel_desktop.domain.markup import Run, markup_runs, markup_text, runs_to_markup
from samspel_desktop.domain.model import Block, BlockType

#: The heading level a subheading has in the document (Word's "Heading 2").
SUBHEADING_LEVEL = 2
#: The widest a picture is shown in the editor, in pixels (Word shows it at its own size).
IMAGE_WIDTH = 480
_ALT_TEXT = int(QTextFormat.Property.UserProperty.value) + 1
_IMAGE_BYTES = int(QTextFormat.Property.UserProperty.value) + 2
_LINE_SEPARATOR = "\u2028"
_NUMBERED_STYLES = frozenset(
    (
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListUpperAlpha,
        QTextListFormat.Style.ListLowerRoman,
        QTextListFormat.Style.ListUpperRoman,
    )
)
_BOLD_WEIGHT = int(QFont.Weight.DemiBold.value)


# --- formats ------------------------------------------------------------------------------------


def paragraph_format() -> QTextBlockFormat:
    """A body paragraph: a little space below, as Word's Normal style."""
    block = QTextBlockFormat()
    block.setBottomMargin(6)
    return block


def heading_format() -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setHeadingLevel(SUBHEADING_LEVEL)
    block.setTopMargin(10)
    block.setBottomMargin(4)
    return block


def list_item_format() -> QTextBlockFormat:
    block = QTextBlockFormat()
    block.setBottomMargin(2)
    return block


def text_format(*, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    """Body text: only weight and slant are set, the font is the editor's own."""
    char = QTextCharFormat()
    char.setFontWeight(int(QFont.Weight.Bold.value) if bold else int(QFont.Weight.Normal.value))
    char.setFontItalic(italic)
    return char


def heading_text_format() -> QTextCharFormat:
    char = text_format(bold=True)
    char.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
    return char


def list_format(kind: BlockType) -> QTextListFormat:
    fmt = QTextListFormat()
    numbered = kind is BlockType.NUMBERED
    fmt.setStyle(QTextListFormat.Style.ListDecimal if numbered else QTextListFormat.Style.ListDisc)
    fmt.setIndent(1)
    return fmt


def is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def text_list(block: QTextBlock) -> QTextList | None:
    """The list ``block`` is an item of, if any.

    Not ``QTextBlock.textList()``: PySide6 6.12 releases a reference to ``None`` each time that
    returns ``None``, and after some thousand calls the interpreter aborts.
    """
    index = block.blockFormat().objectIndex()
    if index < 0:
        return None
    found = block.document().object(index)
    return found if isinstance(found, QTextList) else None


def list_kind(text_list: QTextList) -> BlockType:
    """Bullets or numbers, from the list's style."""
    style = text_list.format().style()
    return BlockType.NUMBERED if style in _NUMBERED_STYLES else BlockType.BULLETS


# --- blocks → document --------------------------------------------------------------------------


def fill_document(document: QTextDocument, blocks: Sequence[Block]) -> QTextDocument:
    """Replace what ``document`` holds by ``blocks`` (not undoable: it is loading, not editing)."""
    undo = document.isUndoRedoEnabled()
    document.setUndoRedoEnabled(False)
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    # An empty document still has one block: the first block goes there (or, with no blocks
    # at all, it is an empty body paragraph to type in).
    cursor.setBlockFormat(paragraph_format())
    cursor.setBlockCharFormat(text_format())
    insert_blocks(cursor, blocks, into_current=True)
    cursor.endEditBlock()
    document.setUndoRedoEnabled(undo)
    return document


def insert_blocks(
    cursor: QTextCursor, blocks: Sequence[Block], *, into_current: bool, inline: bool = False
) -> None:
    """Insert ``blocks`` at ``cursor``, each block a new text block, except the first when
    ``into_current`` (it takes the text block the cursor is in, and its format) or when
    ``inline`` and it is a paragraph (its text joins the cursor's block, as a pasted line)."""

    def start(block_format: QTextBlockFormat, char_format: QTextCharFormat, reuse: bool) -> None:
        if reuse:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
            cursor.setCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)

    for index, block in enumerate(blocks):
        first = index == 0 and into_current
        if block.type is BlockType.PARAGRAPH:
            if index == 0 and inline:
                insert_markup(cursor, block.text, heading=is_heading(cursor.block()))
                continue
            start(paragraph_format(), text_format(), first)
            insert_markup(cursor, block.text)
        elif block.type is BlockType.SUBHEADING:
            start(heading_format(), heading_text_format(), first)
            cursor.insertText(_shown(block.text), heading_text_format())
        elif block.type is BlockType.IMAGE:
            start(paragraph_format(), text_format(), first)
            insert_image(cursor, block)
        elif block.type in (BlockType.BULLETS, BlockType.NUMBERED):
            items_list: QTextList | None = None
            for number, item in enumerate(block.items):
                start(list_item_format(), text_format(), first and number == 0)
                if items_list is None:
                    items_list = cursor.createList(list_format(block.type))
                else:
                    items_list.add(cursor.block())
                insert_markup(cursor, item)


def insert_image(cursor: QTextCursor, block: Block) -> None:
    """A picture as itself, at most :data:`IMAGE_WIDTH` wide; its bytes and alt text ride on
    the character format, so :func:`document_blocks` gives the block back unchanged."""
    name = f"samspel-image:{hashlib.sha256(block.image).hexdigest()}"
    image = QImage.fromData(block.image)
    document = cursor.document()
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    picture = QTextImageFormat()
    picture.setName(name)
    if not image.isNull() and image.width() > IMAGE_WIDTH:
        picture.setWidth(IMAGE_WIDTH)
        picture.setHeight(image.height() * IMAGE_WIDTH / image.width())
    picture.setToolTip(block.text)
    picture.setProperty(_ALT_TEXT, block.text)
    picture.setProperty(_IMAGE_BYTES, QByteArray(block.image))
    cursor.insertImage(picture)
    cursor.setCharFormat(text_format())


def insert_markup(cursor: QTextCursor, markup: str, *, heading: bool = False) -> None:
    """Insert ``markup``'s runs at ``cursor``, each with only its weight and slant (in a
    subheading: its text, as the subheading's)."""
    if heading:
        cursor.insertText(_shown(markup_text(markup)), heading_text_format())
        return
    for run in markup_runs(markup):
        cursor.insertText(_shown(run.text), text_format(bold=run.bold, italic=run.italic))
    cursor.setCharFormat(text_format())


def _shown(text: str) -> str:
    """Stored text as the document holds it: a line break is Qt's line separator."""
    return text.replace("\n", _LINE_SEPARATOR)


# --- document → blocks --------------------------------------------------------------------------


def _blocks_of(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def block_runs(block: QTextBlock) -> list[Run]:
    """The text of ``block`` as runs (bold from a weight of demibold up, italic), pictures and
    other objects left out, line separators as ``\\n``."""
    runs: list[Run] = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fragments += 1
        char = fragment.charFormat()
        if char.isImageFormat():
            continue
        text = fragment.text().replace(_LINE_SEPARATOR, "\n")
        runs.append(Run(text, char.fontWeight() >= _BOLD_WEIGHT, char.fontItalic()))
    return runs


def block_plain_text(block: QTextBlock) -> str:
    return "".join(run.text for run in block_runs(block))


def block_images(block: QTextBlock) -> list[Block]:
    """The pictures the editor showed in ``block`` (pasted ones are not among them)."""
    images: list[Block] = []
    fragments = block.begin()
    while not fragments.atEnd():
        char = fragments.fragment().charFormat()
        fragments += 1
        if char.isImageFormat() and char.hasProperty(_IMAGE_BYTES):
            data = char.property(_IMAGE_BYTES)
            images.append(
                Block(
                    BlockType.IMAGE,
                    char.stringProperty(_ALT_TEXT),
                    image=bytes(data.data()) if isinstance(data, QByteArray) else b"",
                )
            )
    return images


def document_blocks(document: QTextDocument) -> tuple[Block, ...]:
    """The blocks ``document`` shows (see the module's description)."""
    return _read(document, pasted=False)


def _read(document: QTextDocument, *, pasted: bool) -> tuple[Block, ...]:
    out: list[Block] = []
    items: list[str] = []
    kind: BlockType | None = None
    current_list: int | None = None  # the list's object index: which list, not only which kind

    def flush() -> None:
        nonlocal kind, current_list
        if kind is not None:
            out.append(Block(kind, items=tuple(items)))
        items.clear()
        kind, current_list = None, None

    for block in _blocks_of(document):
        runs = block_runs(block)
        if pasted:
            runs = _stripped(runs)
        in_list = text_list(block)
        item_kind: BlockType | None = list_kind(in_list) if in_list is not None else None
        list_id = in_list.objectIndex() if in_list is not None else None
        if pasted:
            marked = _word_list_item(runs)
            if marked is not None:
                item_kind, runs = marked
                list_id = -1
            if item_kind is not None and kind is item_kind:
                list_id = current_list  # pasted lists of one kind in a row are one list
        if item_kind is not None:
            if kind is not item_kind or list_id != current_list:
                flush()
                kind, current_list = item_kind, list_id
            items.append(runs_to_markup(runs))
            continue
        flush()
        if not pasted:
            out.extend(block_images(block))
        plain = "".join(run.text for run in runs)
        if not plain or (pasted and not plain.strip()):
            continue  # an empty paragraph is spacing
        if is_heading(block):
            out.append(Block(BlockType.SUBHEADING, plain.strip() if pasted else plain))
        else:
            out.append(Block(BlockType.PARAGRAPH, runs_to_markup(runs)))
    flush()
    return tuple(out)


# --- pasting ------------------------------------------------------------------------------------

# Word puts a list item's bullet or number as text in a conditional section before the text
# ("<![if !supportLists]>·&nbsp;&nbsp;<![endif]>", or as comments in Outlook's HTML). It is
# replaced by a private-use character that says which kind of list the paragraph belongs to.
_BULLET_MARK, _NUMBER_MARK = "\ue000", "\ue001"
_WORD_LIST_MARKER = re.compile(
    r"<!(?:--)?\[if !supportLists\](?:--)?>(.*?)<!(?:--)?\[endif\](?:--)?>",
    re.DOTALL | re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
_NUMBER = re.compile(r"^[(\[]?(?:\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)(?:\.\d+)*[.)\]]?$")


def _mark_word_list(match: re.Match[str]) -> str:
    marker = html.unescape(_TAG.sub("", match.group(1))).replace("\u00a0", " ").strip()
    return _NUMBER_MARK if _NUMBER.match(marker) else _BULLET_MARK


def _word_list_item(runs: list[Run]) -> tuple[BlockType, list[Run]] | None:
    """A paragraph Word marked as a list item (see ``_WORD_LIST_MARKER``): its kind and text."""
    text = "".join(run.text for run in runs).lstrip()
    if not text or text[0] not in (_BULLET_MARK, _NUMBER_MARK):
        return None
    kind = BlockType.NUMBERED if text[0] == _NUMBER_MARK else BlockType.BULLETS
    out: list[Run] = []
    started = False
    for run in runs:
        piece = run.text
        if not started:
            piece = piece.lstrip().lstrip(_BULLET_MARK + _NUMBER_MARK).lstrip()
            started = bool(piece)
        out.append(Run(piece, run.bold, run.italic))
    return kind, out


def _stripped(runs: list[Run]) -> list[Run]:
    """``runs`` without the whitespace at their start and end (HTML's spacing, Word's tabs)."""
    text = "".join(run.text for run in runs)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    out: list[Run] = []
    position = 0
    for run in runs:
        left, right = max(start, position), min(end, position + len(run.text))
        if left < right:
            out.append(Run(run.text[left - position : right - position], run.bold, run.italic))
        position += len(run.text)
    return out


def pasted_blocks(html_text: str | None, plain_text: str | None) -> tuple[Block, ...]:
    """What the clipboard holds as clean blocks: lists, subheadings, bold and italic only."""
    if html_text:
        cleaned = html_text.replace(_BULLET_MARK, "").replace(_NUMBER_MARK, "")
        cleaned = _WORD_LIST_MARKER.sub(_mark_word_list, cleaned)
        document = QTextDocument()
        document.setHtml(cleaned)
        return _read(document, pasted=True)
    if plain_text:
        lines = plain_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return tuple(Block(BlockType.PARAGRAPH, _escape(line)) for line in lines if line.strip())
    return ()


def _escape(text: str) -> str:
    return runs_to_markup([Run(text)])
