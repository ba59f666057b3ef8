"""Blocks ↔ the editor's document, and what a paste from Word becomes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QTextDocument

from samspel_desktop.domain.markup import Run, runs_to_markup
from samspel_desktop.domain.model import Block, BlockType
from samspel_desktop.domain.text import clean_text
from samspel_desktop.gui.rich_text import (
    document_blocks,
    fill_document,
    pasted_blocks,
    text_list,
)


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#0072B2"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


PICTURES = [_png(20, 10), _png(900, 300)]

#: Stored text is cleaned (``clean_text``) before it is saved, so that is the text to try;
#: with plenty of what looks like markup among it.
looks_like_markup = st.lists(
    st.sampled_from(["**", "*", "\\", "2. ", "## ", "- ", "• ", "1) ", "\n", " ", "\t", "å", "x"])
).map("".join)
texts = (st.text(st.characters(codec="utf-8")) | looks_like_markup).map(clean_text)
markups = st.lists(st.builds(Run, texts, st.booleans(), st.booleans())).map(runs_to_markup)
blocks = st.lists(
    st.one_of(
        st.builds(Block, st.just(BlockType.PARAGRAPH), markups.filter(bool)),
        st.builds(Block, st.just(BlockType.SUBHEADING), texts.filter(bool)),
        st.builds(Block, st.just(BlockType.IMAGE), texts, image=st.sampled_from(PICTURES)),
        st.builds(
            Block,
            st.sampled_from([BlockType.BULLETS, BlockType.NUMBERED]),
            items=st.lists(markups, min_size=1, max_size=4).map(tuple),
        ),
    ),
    max_size=6,
).map(tuple)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=300)
@given(blocks)
def test_blocks_survive_the_editor(qapp: object, original: tuple[Block, ...]) -> None:
    """blocks → document → blocks gives the same blocks, for any text."""
    document = fill_document(QTextDocument(), original)
    assert document_blocks(document) == original


def test_text_that_looks_like_markup_stays_text(qapp: object) -> None:
    original = (
        Block(BlockType.PARAGRAPH, "2. Syftet med överenskommelsen är tydligt."),
        Block(BlockType.PARAGRAPH, "## inte rubrik"),
        Block(BlockType.PARAGRAPH, r"- inte punkt och \*\*inte fet\*\*"),
    )
    document = fill_document(QTextDocument(), original)
    assert document.toPlainText() == (
        "2. Syftet med överenskommelsen är tydligt.\n## inte rubrik\n- inte punkt och **inte fet**"
    )
    assert text_list(document.begin()) is None
    assert document_blocks(document) == original


# What Word 2016 puts on the clipboard for a bullet, a numbered item, a heading and bold text in
# Calibri, coloured (shortened; the structure and the list markers as Word writes them).
WORD_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<style><!-- p.MsoNormal {font-family:"Calibri",sans-serif; color:#1F3864;} --></style></head>
<body lang=SV><!--StartFragment-->
<h2><span style='font-family:"Calibri Light";color:#2F5496'>Politiken ska:</span></h2>
<p class=MsoNormal><span style='font-size:14pt;color:red;font-family:"Comic Sans MS"'>Vi
ses <b>varannan</b> <i>vecka</i>.</span><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Leda <b>tillsammans</b></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New
Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Följa upp</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><!--[if !supportLists]-->
<span>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>
<!--[endif]-->Första</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><!--[if !supportLists]-->
<span>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>
<!--[endif]-->Andra</p>
<p class=MsoNormal>2. Syftet är tydligt.</p>
<!--EndFragment--></body></html>"""


def test_a_paste_from_word_keeps_lists_and_bold_and_drops_fonts_and_colours(qapp: object) -> None:
    assert pasted_blocks(WORD_HTML, None) == (
        Block(BlockType.SUBHEADING, "Politiken ska:"),
        Block(BlockType.PARAGRAPH, "Vi ses **varannan** *vecka*."),
        Block(BlockType.BULLETS, items=("Leda **tillsammans**", "Följa upp")),
        Block(BlockType.NUMBERED, items=("Första", "Andra")),
        Block(BlockType.PARAGRAPH, "2. Syftet är tydligt."),
    )


def test_a_paste_of_html_lists_and_of_plain_text(qapp: object) -> None:
    assert pasted_blocks(
        "<ul><li>a</li><li><b>b</b></li></ul><ol><li>1</li></ol><p style='color:red'>**x**</p>",
        "ignored",
    ) == (
        Block(BlockType.BULLETS, items=("a", "**b**")),
        Block(BlockType.NUMBERED, items=("1",)),
        Block(BlockType.PARAGRAPH, r"\*\*x\*\*"),
    )
    assert pasted_blocks(None, "Rad ett\r\n\r\n- rad *två*\n") == (
        Block(BlockType.PARAGRAPH, "Rad ett"),
        Block(BlockType.PARAGRAPH, r"- rad \*två\*"),
    )
    assert pasted_blocks(None, None) == ()
