"""No two mnemonics (Alt+letter) collide in any window, its menu bar included, in Swedish and
in English: every page in each of its states, and the dialogs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.backup_dialog import BackupDialog
from samspel_desktop.gui.commitment_dialog import CommitmentDialog
from samspel_desktop.gui.conflict_panel import ConflictsDialog
from samspel_desktop.gui.decision_dialog import DecisionDialog
from samspel_desktop.gui.exchange_dialogs import SyncFolderDialog
from samspel_desktop.gui.handbook import HandbookDialog
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.gui.new_conversation_dialog import NewConversationDialog
from samspel_desktop.gui.new_seminar_dialog import NewSeminarDialog
from samspel_desktop.gui.pair_dialog import PairDialog
from samspel_desktop.gui.trash_dialog import TrashDialog
from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.seminar_demo import load_seminar_demo
from tests.gui.conftest import search_now
from tests.gui.mnemonics import collisions, mnemonic


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_mnemonic_is_the_letter_after_one_ampersand() -> None:
    assert mnemonic("Nä&sta →") == "s"
    assert mnemonic("&Överenskommelsen") == "ö"
    assert mnemonic("Forskning && utveckling") is None
    assert mnemonic("Nästa →") is None


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "en":
        request.getfixturevalue("english")
    return str(request.param)


@pytest.fixture
def demo(services: Samspel) -> Iterator[dict[str, int]]:
    pair_id = load_demo(services)
    yield {
        "pair": pair_id,
        "seminar": load_seminar_demo(services),
        "conversation": services.conversations.all(pair_id)[0].id,
        "rated": services.conversations.start(pair_id, guide_ids=["skr-forhallningssatt"]).id,
    }


def _states(window: MainWindow, keys: dict[str, int]) -> list[tuple[str, Callable[[], None]]]:
    def conversation(key: str, tab: int) -> Callable[[], None]:
        def show() -> None:
            window.show_conversation(keys[key])
            window.conversation_view.ui.sideTabs.setCurrentIndex(tab)

        return show

    def agreement(tab: int) -> Callable[[], None]:
        def show() -> None:
            window.show_agreement(keys["pair"])
            editor = window.agreement_page.editor
            assert editor is not None
            editor.ui.sideTabs.setCurrentIndex(tab)

        return show

    def follow_up(tab: str) -> Callable[[], None]:
        def show() -> None:
            window.show_follow_up(keys["pair"])
            page = window.follow_up_page
            page.ui.tabs.setCurrentWidget(getattr(page.ui, tab))

        return show

    def guide(row: int, kind: str) -> Callable[[], None]:
        def show() -> None:
            window.show_guides()
            page = window.guide_editor_page
            page.ui.guideList.setCurrentRow(row)
            section = page.ui.structureTree.topLevelItem(0)
            assert section is not None
            page.ui.structureTree.setCurrentItem(section if kind == "section" else section.child(0))

        return show

    def seminar(tab: int) -> Callable[[], None]:
        def show() -> None:
            window.show_seminars(keys["seminar"])
            window.seminar_page.ui.tabs.setCurrentIndex(tab)

        return show

    def search() -> None:
        window.search_field.setText("samtal")
        search_now(window)

    return [
        ("start page", window.show_start_page),
        ("conversation, commitments", conversation("conversation", 0)),
        ("conversation, notes", conversation("conversation", 1)),
        ("ratings, commitments", conversation("rated", 0)),
        ("ratings, notes", conversation("rated", 1)),
        *[(f"agreement, tab {tab}", agreement(tab)) for tab in range(3)],
        *[
            (f"follow-up, {tab}", follow_up(tab))
            for tab in ("commitmentsTab", "healthTab", "greyzoneTab")
        ],
        ("search", search),
        ("built-in guide, section", guide(0, "section")),
        ("built-in guide, question", guide(0, "question")),
        ("seminars", window.show_seminars),
        ("seminar, run", seminar(0)),
        ("seminar, groups", seminar(1)),
    ]


def test_no_mnemonic_collides_on_any_page(
    qtbot: QtBot, services: Samspel, demo: dict[str, int], language: str
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for name, show in _states(window, demo):
        show()
        _settle()
        assert collisions(window) == {}, f"{language}: {name}"


def test_no_mnemonic_collides_in_the_dialogs(
    qtbot: QtBot, services: Samspel, demo: dict[str, int], language: str
) -> None:
    pair = services.pairs.get(demo["pair"])
    agreement = services.agreements.current(pair.id)
    assert agreement is not None
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("pair", lambda: PairDialog(services)),
        (
            "new conversation",
            lambda: NewConversationDialog(services, services.pairs.overviews(dt.date.today())),
        ),
        (
            "commitment",
            lambda: CommitmentDialog(services, services.commitments.all(pair.id)[0], pair),
        ),
        ("decision", lambda: DecisionDialog(services, agreement.id)),
        ("new seminar", lambda: NewSeminarDialog(services)),
        ("backups", lambda: BackupDialog(services)),
        ("trash", lambda: TrashDialog(services)),
        ("sync folder", lambda: SyncFolderDialog(services)),
        ("conflicts", lambda: ConflictsDialog(services, pair.id)),
        ("handbook", lambda: HandbookDialog(services.guides.all())),
    ]
    for name, make in dialogs:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        assert collisions(dialog) == {}, f"{language}: {name}"
        dialog.close()
