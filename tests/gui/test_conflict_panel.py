"""Texts both laptops changed, resolved in the window: both versions visible, choose one or
merge by editing (docs/exchange.md)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import Answer, Block, BlockType, CommitmentStatus, Side
from samspel_desktop.gui.conflict_panel import ConflictBanner, ConflictsDialog
from samspel_desktop.gui.conversation_view import ConversationView
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Samspel, Samspel]]:
    anna = Samspel.open(DataPaths(tmp_path / "anna"))
    karl = Samspel.open(DataPaths(tmp_path / "karl"))
    anna.exchange.set_device_name("Annas bärbara")
    karl.exchange.set_device_name("Karls bärbara")
    yield anna, karl
    anna.close()
    karl.close()


def _send(source: Samspel, target: Samspel, path: Path) -> None:
    source.exchange.export_pair(source.pairs.all()[0].id, path)
    target.exchange.import_file(path, add_pairs=True)


def _answer(services: Samspel, conversation_id: int, key: str, **texts: str) -> None:
    current = services.conversations.answers(conversation_id).get(key) or Answer(
        conversation_id, key
    )
    services.conversations.save_answer(dataclasses.replace(current, **texts))


def _conflicted_conversation(
    anna: Samspel, karl: Samspel, tmp_path: Path
) -> tuple[int, str, set[str]]:
    """Both write the joint conclusion of question 1, and the notes, then exchange."""
    pair = anna.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
    conversation = anna.conversations.start(pair.id)
    guide = conversation.guides[0]
    key = guide.question_key(guide.questions()[0][1])
    _send(anna, karl, tmp_path / "1.samspel")
    karl_conversation = karl.conversations.all()[0].id
    _answer(anna, conversation.id, key, conclusion="Vi ses varje månad.")
    _answer(karl, karl_conversation, key, conclusion="Vi ses varannan vecka.")
    anna.conversations.set_notes(conversation.id, "Annas anteckning.")
    karl.conversations.set_notes(karl_conversation, "Karls anteckning.")
    _send(karl, anna, tmp_path / "2.samspel")
    return conversation.id, key, {"Vi ses varje månad.", "Vi ses varannan vecka."}


def _view(qtbot: QtBot, services: Samspel, conversation_id: int) -> ConversationView:
    view = ConversationView(services)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.load(conversation_id)
    return view


def test_the_conversation_view_shows_both_versions_and_takes_the_other(
    qtbot: QtBot, laptops: tuple[Samspel, Samspel], tmp_path: Path
) -> None:
    anna, karl = laptops
    conversation_id, key, both = _conflicted_conversation(anna, karl, tmp_path)
    view = _view(qtbot, anna, conversation_id)
    panel = view.conflict_panel
    assert not panel.isHidden() and len(panel.rows) == 1
    row = panel.rows[0]
    shown, other = view.ui.conclusionEdit.toPlainText(), row.other.toPlainText()
    assert {shown, other} == both
    assert row.other.isReadOnly()
    assert (
        "Gemensam slutsats ändrades på båda datorerna"
        in panel.findChildren(type(view.ui.positionLabel))[0].text()
    )
    assert view._items[0].text(0).startswith("⚠ ")
    qtbot.mouseClick(row.use_other, Qt.MouseButton.LeftButton)
    assert view.ui.conclusionEdit.toPlainText() == other
    assert anna.conversations.answers(conversation_id)[key].conclusion == other
    assert not [c for c in anna.exchange.conversation_conflicts(conversation_id) if c.question_key]
    assert view.conflict_panel.isHidden()
    # The choice travels: Karl's laptop shows the same text and no conflict.
    _send(anna, karl, tmp_path / "3.samspel")
    karl_conversation = karl.conversations.all()[0].id
    assert karl.conversations.answers(karl_conversation)[key].conclusion == other
    assert not [
        c for c in karl.exchange.conversation_conflicts(karl_conversation) if c.question_key
    ]


def test_merging_by_editing_keeps_the_text_in_the_box(
    qtbot: QtBot, laptops: tuple[Samspel, Samspel], tmp_path: Path
) -> None:
    anna, karl = laptops
    conversation_id, key, both = _conflicted_conversation(anna, karl, tmp_path)
    view = _view(qtbot, anna, conversation_id)
    row = view.conflict_panel.rows[0]
    qtbot.mouseClick(row.insert_other, Qt.MouseButton.LeftButton)
    merged = view.ui.conclusionEdit.toPlainText()
    assert all(text in merged for text in both)
    view.ui.conclusionEdit.setPlainText("Vi ses varannan vecka, och varje månad med presidiet.")
    qtbot.mouseClick(row.keep, Qt.MouseButton.LeftButton)
    assert anna.conversations.answers(conversation_id)[key].conclusion == (
        "Vi ses varannan vecka, och varje månad med presidiet."
    )
    assert view.conflict_panel.isHidden()
    # The notes have their own panel on the notes tab, whose title shows it.
    notes = view.notes_conflict_panel
    assert len(notes.rows) == 1 and notes.rows[0].editor is view.ui.notesEdit
    tabs, notes_tab = view.ui.sideTabs, view.ui.notesTab
    assert tabs.tabText(tabs.indexOf(notes_tab)) == "⚠ Anteckningar"
    assert {view.ui.notesEdit.toPlainText(), notes.rows[0].other.toPlainText()} == {
        "Annas anteckning.",
        "Karls anteckning.",
    }
    notes.rows[0].keep_editor_text()
    assert not view.conflicts()
    assert tabs.tabText(tabs.indexOf(notes_tab)) == "Anteckningar"


def _write_section(services: Samspel, version_id: int, *blocks: Block) -> None:
    version = services.agreements.get(version_id)
    first = dataclasses.replace(version.sections[0], blocks=blocks)
    services.agreements.save_sections(version_id, (first, *version.sections[1:]))


def test_commitments_and_agreement_texts_are_resolved_in_the_pair_dialog(
    qtbot: QtBot, laptops: tuple[Samspel, Samspel], tmp_path: Path
) -> None:
    anna, karl = laptops
    pair = anna.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
    commitment = anna.commitments.add(pair.id, "Ta fram en plan", Side.BOTH)
    draft = anna.agreements.start_draft(pair)
    _send(anna, karl, tmp_path / "1.samspel")
    karl_pair = karl.pairs.all()[0]
    karl_commitment = karl.commitments.all(karl_pair.id)[0]
    karl_draft = karl.agreements.current(karl_pair.id)
    assert karl_draft is not None
    dropped = CommitmentStatus.DROPPED
    anna.commitments.set_status(commitment.id, dropped, "Planen behövs inte.")
    karl.commitments.set_status(karl_commitment.id, dropped, "Ersatt av budgeten.")
    annas = (Block(BlockType.PARAGRAPH, "Vi ses en gång i **månaden**."),)
    karls = (Block(BlockType.BULLETS, items=("Varje månad", "Med agenda")),)
    _write_section(anna, draft.id, *annas)
    _write_section(karl, karl_draft.id, *karls)
    _send(karl, anna, tmp_path / "2.samspel")
    banner = ConflictBanner(anna)
    qtbot.addWidget(banner)
    banner.refresh(pair.id)
    assert not banner.isHidden() and "2 texter" in banner.text()
    dialog = ConflictsDialog(anna, pair.id)
    qtbot.addWidget(dialog)
    dialog.show()
    # The rows keep their own height at the top of the dialog, not spread over it.
    first = dialog.panel.rows[0]
    assert first.height() <= first.sizeHint().height() + 4
    # A commitment's comment says which commitment it is about.
    note_row = next(r for r in dialog.panel.rows if r.conflict.key == "commitments.status_note")
    assert any("”Ta fram en plan”" in label.text() for label in note_row.findChildren(QLabel))
    rows = {r.conflict.key: r for r in dialog.panel.rows}
    assert set(rows) == {"commitments.status_note", "agreement_sections.blocks"}
    blocks = rows["agreement_sections.blocks"]
    assert blocks.editor is not None
    # A section's text as a person reads it, never its stored JSON; it is chosen here (its
    # formatting is merged in the agreement editor), so its box is read-only.
    texts = {blocks.editor.toPlainText(), blocks.other.toPlainText()}
    assert texts == {"Vi ses en gång i månaden.", "• Varje månad\n• Med agenda"}
    assert blocks.editor.isReadOnly() and blocks.insert_other.isHidden()
    shown = anna.agreements.get(draft.id).sections[0].blocks
    other = karls if shown == annas else annas
    blocks.choose_other()
    assert anna.agreements.get(draft.id).sections[0].blocks == other
    rows = {r.conflict.key: r for r in dialog.panel.rows}
    assert set(rows) == {"commitments.status_note"}
    note = rows["commitments.status_note"]
    assert note.editor is not None and not note.editor.isReadOnly()
    note.editor.setPlainText("Ersatt av budgeten; planen behövs inte.")
    note.keep_editor_text()
    assert not dialog.panel.rows and not dialog.empty.isHidden()
    banner.refresh(pair.id)
    assert banner.isHidden()
    assert anna.commitments.get(commitment.id).status_note == (
        "Ersatt av budgeten; planen behövs inte."
    )


def test_one_conflict_is_one_text_in_the_banner(
    qtbot: QtBot, laptops: tuple[Samspel, Samspel], tmp_path: Path
) -> None:
    anna, karl = laptops
    pair = anna.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
    commitment = anna.commitments.add(pair.id, "Ta fram en plan", Side.BOTH)
    _send(anna, karl, tmp_path / "1.samspel")
    karl_commitment = karl.commitments.all(karl.pairs.all()[0].id)[0]
    dropped = CommitmentStatus.DROPPED
    anna.commitments.set_status(commitment.id, dropped, "Planen behövs inte.")
    karl.commitments.set_status(karl_commitment.id, dropped, "Ersatt av budgeten.")
    _send(karl, anna, tmp_path / "2.samspel")
    banner = ConflictBanner(anna)
    qtbot.addWidget(banner)
    banner.refresh(pair.id)
    assert banner.text() == "⚠ 1 text ändrades på båda datorerna – välj version…"


def test_a_row_says_which_laptop_wrote_the_other_version_and_where_the_shown_one_is(
    qtbot: QtBot, laptops: tuple[Samspel, Samspel], tmp_path: Path
) -> None:
    anna, karl = laptops
    conversation_id, _key, _both = _conflicted_conversation(anna, karl, tmp_path)
    view = _view(qtbot, anna, conversation_id)
    row = view.conflict_panel.rows[0]
    own = row.conflict.device_name == "Annas bärbara"
    # Anna's own text kept beside Karl's is "written on this computer", not "from Annas bärbara".
    expected = (
        "Den andra versionen, skriven på den här datorn:"
        if own
        else "Den andra versionen, från Karls bärbara:"
    )
    assert row.source_label.text() == expected
    texts = [label.text() for label in row.findChildren(QLabel)]
    assert any("rutan ”Gemensam slutsats” nedan" in text for text in texts)
