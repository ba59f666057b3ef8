"""The conversation view's question tree: guides, sections and questions, every name whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]


def test_several_guides_each_head_their_sections_and_no_title_is_cut(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(
        pair.id, guide_ids=["skr-omraden", "skr-forhallningssatt"]
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_conversation(conversation.id)
    QApplication.processEvents()
    tree = window.conversation_view.ui.questionTree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [t.text(0) for t in tops if t] == [g.title for g in conversation.guides]
    metrics = tree.fontMetrics()
    for guide, top in zip(conversation.guides, tops, strict=True):
        assert top is not None
        sections = _children(top)
        assert [s.text(0) for s in sections] == [s.title for s in guide.sections]
        for section in sections:
            assert guide.title not in section.text(0)
            for row in (section, *_children(section)):
                rect = tree.visualItemRect(row)
                needed = metrics.boundingRect(
                    0, 0, rect.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), row.text(0)
                ).height()
                assert rect.height() >= needed, row.text(0)
