"""Hjälp: the offline handbook (F1) and the demo organisation, loadable at any time."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.handbook import HandbookDialog, chapters, handbook_text
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


def test_the_handbook_covers_a_samspelssamtal_and_everything_around_it(
    services: Samspel,
) -> None:
    found = chapters(handbook_text(), services.guides.all())
    titles = [c.title for c in found]
    for wanted in (
        "Före samtalet",
        "Under samtalet",
        "Efter samtalet",
        "Samtalsguiderna och deras källor",
        "Kortkommandon",
        "Säkerhetskopior",
        "Flytta till en ny dator",
    ):
        assert wanted in titles
    guides = next(c for c in found if c.title == "Samtalsguiderna och deras källor").markdown
    for guide in services.guides.all():
        assert guide.title in guides
        assert not guide.source or guide.source.strip() in guides
    whole = "\n".join(c.markdown for c in found)
    assert "{guides}" not in whole
    assert "http" not in whole and "www." not in whole, "nothing points outside the app"


def test_the_shortcuts_in_the_handbook_are_the_windows(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    ui = window.ui
    text = handbook_text()
    for action in (ui.actionNewConversation, ui.actionSearch, ui.actionStartPage, ui.actionQuit,
                   ui.actionHandbook):  # fmt: skip
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        assert keys and f"| {keys} |" in text, action.objectName()


def test_f1_opens_the_handbook_offline(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[HandbookDialog] = []

    def run(dialog: HandbookDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(HandbookDialog, "exec", run)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.actionHandbook.shortcut().toString() == "F1"
    window.ui.actionHandbook.trigger()
    [dialog] = shown  # (the window's child: closed with it)
    assert not dialog.text.openLinks() and not dialog.text.openExternalLinks()
    dialog.contents.setCurrentRow(len(dialog.chapters) - 1)
    assert "Flytta till en ny dator" in dialog.text.toPlainText()
    assert "Arkiv → Exportera allt till arkivfil" in dialog.text.toPlainText()


def test_the_demo_can_be_loaded_from_hjalp_when_pairs_exist(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    make_pair(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert not window.start_page.ui.loadDemoButton.isVisible(), "the welcome is gone"
    window.ui.actionLoadDemo.trigger()
    assert services.pairs.has_demo()
    selected = window.start_page.current_pair_id()
    assert selected is not None
    assert services.pairs.get(selected).organisation.name != "Vaggeryds kommun"
    window.ui.actionLoadDemo.trigger()
    assert len(services.pairs.all()) == 2, "loading it again adds nothing"
