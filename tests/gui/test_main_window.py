import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair
from tests.gui.conftest import search_and_wait

ROOT = Path(__file__).resolve().parents[2]


def test_window_title_and_welcome(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Samspel"
    assert "samspelssamtal" in window.start_page.ui.welcomeText.text()


def test_open_on_a_conversation(qtbot: QtBot, services: Samspel, make_pair: MakePair) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_conversation(conversation.id)
    assert window.windowTitle().startswith("Samspel – samtal")
    assert "Anna Berg" in window.windowTitle()
    assert window.ui.pages.currentWidget() is window.conversation_view


def test_unknown_conversation_gives_a_message(
    qtbot: QtBot, services: Samspel, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",  # type: ignore[attr-defined]
        lambda _parent, _title, text, *a, **k: shown.append(text),
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_conversation(404)
    assert shown and "404" in shown[0]
    assert window.ui.pages.currentWidget() is window.start_page


def test_window_size_and_splitters_are_remembered(
    qtbot: QtBot, services: Samspel, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(760, 580)
    window.show()
    window.conversation_view.ui.splitter.setSizes([111, 300, 289])
    state = window.conversation_view.ui.splitter.saveState()
    window.close()
    again = MainWindow(
        services, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (760, 580)
    assert again.conversation_view.ui.splitter.saveState() == state


def test_generated_forms_match_their_designer_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "compile_forms.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_window_paints_before_the_start_page_reads_the_database(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    make_pair(services)
    window = MainWindow(None)
    qtbot.addWidget(window)
    assert not window.start_page.filled
    # The app's start-up: the data folder is handed over once the window has painted.
    window.first_painted.connect(lambda: window.attach(services))
    window.show()
    qtbot.waitUntil(lambda: window.start_page.filled)
    assert "Anna Berg" in window.start_page.ui.pairList.item(0).text()


def test_conversation_view_is_built_when_first_needed(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.start_page.filled
    assert window.ui.pages.count() == 1  # start-up budget: no conversation view yet
    window.show_start_page()
    assert window.ui.pages.count() == 1
    view = window.conversation_view
    assert window.ui.pages.count() == 2
    assert window.conversation_view is view


def test_start_page_reads_a_pairs_conversations_once(
    qtbot: QtBot, services: Samspel, monkeypatch: object, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="A", executive="B")
    conversation = services.conversations.start(pair.id)
    calls: list[int] = []
    original = services.conversations.summaries

    def counting(pair_id: int) -> list[object]:
        calls.append(pair_id)
        return original(pair_id)  # type: ignore[return-value]

    monkeypatch.setattr(services.conversations, "summaries", counting)  # type: ignore[attr-defined]
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert calls == [pair.id]
    table = window.start_page.ui.conversationTable
    assert table.rowCount() == 1
    # The guides' titles, read from the conversation's own snapshots.
    assert table.item(0, 2).text() == ", ".join(g.title for g in conversation.guides)


def _run_python(*args: str) -> subprocess.CompletedProcess[str]:
    """This Python on ``args``, as its own process on Qt's offscreen platform."""
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )


def _milestone_reported(script: str, *args: str) -> tuple[str, float]:
    """Run a start-up benchmark script (``benchmarks/``) and read the milestone it prints."""
    result = _run_python(str(ROOT / "benchmarks" / script), *args)
    assert result.returncode == 0, result.stderr
    word, value = result.stdout.split()
    return word, float(value)


@pytest.mark.parametrize("milestone", ["painted", "filled"])
def test_the_started_app_paints_and_fills_watched_from_outside(
    tmp_path: Path, milestone: str
) -> None:
    """The benchmarks' driver (no hook in the app) sees the real start-up reach each milestone."""
    word, value = _milestone_reported(
        "drive_app.py", "--exit-at", milestone, "--data-dir", str(tmp_path / "d")
    )
    assert word == milestone
    assert value > 0


#: Runs the benchmarks' driver to the filled start page and says whether PySide has set up
#: Qt's ``Qt`` namespace by then (PySide creates a module's types on first use).
_QT_NAMESPACE_AT_FILLED = """
import os, sys
sys.path.insert(0, sys.argv[1])
import drive_app
import PySide6.QtCore

def report(milestone):
    print(milestone, "Qt" in vars(PySide6.QtCore), flush=True)
    os._exit(0)

drive_app._report = report
drive_app.main(sys.argv[2:])
"""


def test_the_start_page_fills_without_setting_up_qts_namespace(
    services: Samspel, paths: DataPaths, make_pair: MakePair
) -> None:
    """Qt's ``Qt`` namespace costs ~15 ms of start-up (its ~100 enums); nothing on the way to
    the filled start page may touch it, also not a form (``packaging/compile_forms.py``)."""
    services.conversations.start(make_pair(services).id)
    benchmarks = str(ROOT / "benchmarks")
    result = _run_python(
        "-c",
        _QT_NAMESPACE_AT_FILLED,
        benchmarks,
        "--exit-at",
        "filled",
        "--data-dir",
        str(paths.root),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["filled", "False"]


def test_the_start_up_baseline_reports_its_first_frame_with_the_same_probe() -> None:
    """``bare_qt.py``, the start-up benchmarks' baseline, watched by the same probe."""
    word, value = _milestone_reported("bare_qt.py")
    assert word == "painted"
    assert value > 0


def test_the_quiet_moment_after_start_prepares_the_conversation_view_once_open(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samspel_desktop.gui import main_window
    from samspel_desktop.gui.operations import operations_for

    monkeypatch.setattr(main_window, "PREPARE_PAGES_AFTER_MS", 0)
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.attach(services)  # as the launcher does
    qtbot.waitUntil(lambda: window._conversation_view is not None)
    assert window.ui.pages.currentWidget() is window.start_page

    closing = MainWindow(None)
    qtbot.addWidget(closing)
    closing.attach(services)
    operations_for(closing.services, closing).close()  # the data folder closed before it
    qtbot.wait(50)  # an exception in the event loop fails the test
    assert closing._conversation_view is None


def test_opening_a_conversation_at_start_up_is_not_undone_by_the_late_fill(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="A", executive="B")
    conversation = services.conversations.start(pair.id)
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.attach(services)  # as the launcher does, then opens the conversation asked for
    window.show_conversation(conversation.id)
    qtbot.waitUntil(lambda: window.start_page.filled)
    qtbot.wait(50)  # later events must not bring the start page back
    assert window.ui.pages.currentWidget() is window.conversation_view


def test_menu_opens_the_guide_editor_and_the_seminars(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.ui.actionGuides.trigger()
    assert window.ui.pages.currentWidget() is window.guide_editor_page
    assert "samtalsguider" in window.windowTitle()
    window.ui.actionSeminars.trigger()
    assert window.ui.pages.currentWidget() is window.seminar_page
    window.ui.actionStartPage.trigger()
    assert window.ui.pages.currentWidget() is window.start_page


def test_window_shell_before_the_data_folder_is_open(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert not window.menuBar().isEnabled()
    make_pair(services)
    window.attach(services)
    assert window.menuBar().isEnabled()
    qtbot.waitUntil(lambda: window.start_page.filled)  # filled from the database thread
    assert "Anna Berg" in window.start_page.ui.pairList.item(0).text()


def test_start_up_frame_is_built_after_its_first_paint(
    qtbot: QtBot, services: Samspel, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(740, 570)
    window.show()
    window.close()  # remembers the size
    frame = MainWindow(None, settings, build=False)
    qtbot.addWidget(frame)
    assert not frame.built and not frame.filled
    assert frame.windowTitle() == "Samspel"
    assert (frame.width(), frame.height()) == (740, 570)
    frame.first_painted.connect(frame.build)
    frame.show()
    qtbot.waitUntil(lambda: frame.built)
    assert (frame.width(), frame.height()) == (740, 570)  # the form's size did not win
    assert not frame.menuBar().isEnabled()  # nothing to act on before the data folder
    frame.attach(services)
    assert frame.menuBar().isEnabled()
    qtbot.waitUntil(lambda: frame.filled)
    frame.build()  # once only
    assert frame.ui.pages.count() == 1


def test_closing_the_frame_before_it_is_built(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    frame = MainWindow(None, settings, build=False)
    qtbot.addWidget(frame)
    frame.show()
    assert frame.close()
    assert settings.value("window/geometry") is None  # nothing half-made was remembered


def test_attach_builds_a_frame_that_was_not_built_yet(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    make_pair(services)
    frame = MainWindow(None, build=False)
    qtbot.addWidget(frame)
    frame.attach(services)
    assert frame.built
    qtbot.waitUntil(lambda: frame.filled)
    assert "Anna Berg" in frame.start_page.ui.pairList.item(0).text()


def test_nothing_heavy_is_imported_before_the_first_paint() -> None:
    """Start-up budget (BENCHMARKS.md): the frame paints before these modules load."""
    script = """
import sys
from samspel_desktop import app, cli
from samspel_desktop.gui.i18n import choose_language
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.gui.single_instance import start_single_instance
from samspel_desktop.services.crash import CrashHandler, hold_early_log_records
from PySide6.QtWidgets import QApplication

application = QApplication([])
hold_early_log_records()
cli.build_parser(["--data-dir", "x"]).parse_args(["--data-dir", "x"])
choose_language(None)
window = MainWindow(None, build=False)
window.show()
heavy = [
    "hashlib", "logging.handlers", "platformdirs", "sqlite3", "PySide6.QtNetwork",
    "samspel_desktop.gui.forms.ui_main_window", "samspel_desktop.gui.start_page",
    "samspel_desktop.gui.crash_dialog", "samspel_desktop.services.samspel",
    "samspel_desktop.domain.model",
]
print(" ".join(name for name in heavy if name in sys.modules))
"""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == []


def test_search_summary_counts_in_swedish(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="A", executive="B")
    first = services.conversations.start(pair.id)
    services.conversations.set_notes(first.id, "Vi pratade om delegationsordningen.")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.search_field.setText("delegation")
    search_and_wait(qtbot, window)
    assert window.search_page.summary.text().startswith("1 träff för ”delegation”.")
    second = services.conversations.start(pair.id)
    services.conversations.set_notes(second.id, "Delegationen igen.")
    search_and_wait(qtbot, window)
    assert window.search_page.summary.text().startswith("2 träffar för ”delegation”.")


def test_about_shows_the_folders_as_selectable_text(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.ui.actionAbout.trigger()
    (box,) = shown
    assert services.data_folder.paths is not None
    assert str(services.data_folder.paths.root) in box.text()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_search_page_escapes_text_and_notes_a_shortened_query(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    from samspel_desktop.domain.model import Answer

    pair = make_pair(services, organisation="Höörs kommun", political="A", executive="B")
    conversation = services.conversations.start(pair.id)
    services.conversations.save_answer(
        Answer(conversation.id, "g/q0", political="Se [bilaga] och <i>delegation</i>")
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.search_field.setText("delegation " + " ".join(f"ord{i}" for i in range(30)))
    search_and_wait(qtbot, window)
    summary = window.search_page.summary.text()
    assert "Inga träffar för ”delegation ord0" in summary
    assert summary.endswith("Sökningen använde de 16 första orden; resten togs inte med.")
    assert "…”" in summary  # the long query is cut short in the summary
    window.search_field.setText("delegation")
    search_and_wait(qtbot, window)
    item = window.search_page.results.item(0)
    rich = item.data(Qt.ItemDataRole.UserRole + 1)
    assert "Se [bilaga] och &lt;i&gt;<b><u>delegation</u></b>&lt;/i&gt;" in rich


def test_the_whole_window_in_english(qtbot: QtBot, services: Samspel, english: None) -> None:
    """A smoke test of the English window: every page a user reaches speaks English."""
    import datetime as dt

    from samspel_desktop.services.demo import load_demo

    today = dt.date(2026, 11, 22)
    pair_id = load_demo(services, today)
    window = MainWindow(services, today=today)
    qtbot.addWidget(window)
    window.show()
    assert window.search_field.placeholderText() == "Search everything (Ctrl+F)"
    start = window.start_page
    assert start.ui.periodNotice.text().startswith("The 2026–2030 term of office has begun")
    assert "Stable" in start.ui.pairDetails.text()
    assert start.ui.conversationTable.item(0, 1).text() == "Finished"

    window.show_follow_up(pair_id)
    page = window.follow_up_page
    assert page.ui.titleLabel.text().startswith("Follow-up: ")
    assert page.ui.periodLabel.text().endswith("draft a new joint agreement.")
    sides = [page.ui.sideFilter.itemText(i) for i in range(page.ui.sideFilter.count())]
    assert "Political side" in sides
    classes = [page.ui.classCombo.itemText(i) for i in range(page.ui.classCombo.count())]
    assert "Shared question" in classes

    conversation = services.conversations.all(pair_id)[-1]
    window.show_conversation(conversation.id)
    view = window.conversation_view
    statuses = [view.ui.statusCombo.itemText(i) for i in range(view.ui.statusCombo.count())]
    assert statuses == ["Planned", "In progress", "Finished"]
    assert view.ui.ownerCombo.itemText(0).startswith("Political side – ")

    window.show_agreement(pair_id)
    editor = window.agreement_page.editor
    assert editor is not None and editor.ui.statusLabel.text() == "Draft"


def test_the_title_follows_the_page_back_to_the_start_page(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_agreement(pair.id)
    assert window.windowTitle() == "Samspel – överenskommelse, Anna Berg och Karl Ek"
    window.show_start_page()
    assert window.windowTitle() == "Samspel – Anna Berg och Karl Ek"
    window.show_follow_up(pair.id)
    qtbot.mouseClick(window.follow_up_page.ui.backButton, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "Samspel – Anna Berg och Karl Ek"


def test_the_search_field_is_emptied_when_leaving_the_results(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.search_field.setText("Berg")
    search_and_wait(qtbot, window)
    assert window.search_field.text() == "Berg", "the results keep their query in view"
    window.show_follow_up(pair.id)
    assert window.search_field.text() == ""
    window.search_field.setText("Ek")
    search_and_wait(qtbot, window)
    window.show_start_page()
    assert window.search_field.text() == ""


def test_a_name_is_found_echoed_as_typed_and_opens_its_pair(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    make_pair(services)
    pair = make_pair(services, organisation="Höörs kommun", political="Eva Öberg")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.search_field.setText("Öberg")
    search_and_wait(qtbot, window)
    page = window.search_page
    assert page.summary.text().startswith("1 träff för ”Öberg”.")
    assert window.windowTitle() == "Samspel – sök: Öberg"
    page.results.setCurrentRow(0)
    page.results.itemActivated.emit(page.results.item(0))
    assert window.ui.pages.currentWidget() is window.start_page
    assert window.start_page.current_pair_id() == pair.id


def test_search_as_you_type_shows_the_newest_hits_then_the_best_and_drops_stale_ones(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services, political="A", executive="B")
    for number in range(30):
        conversation = services.conversations.start(pair.id)
        services.conversations.set_notes(conversation.id, f"Delegation nummer {number}.")
    services.conversations.set_notes(conversation.id, "Budget och budget och budget.")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.search_field.setFocus()
    shown: list[tuple[str, bool]] = []
    original = window.search_page.show_hits
    window.search_page.show_hits = lambda q, r, *, ranked=True: (  # type: ignore[method-assign]
        shown.append((q, ranked)),
        original(q, r, ranked=ranked),
    )
    qtbot.keyClicks(window.search_field, "deleg")  # keystrokes faster than the delay
    qtbot.waitUntil(lambda: ("deleg", True) in shown)
    assert shown == [("deleg", False), ("deleg", True)]  # first the newest page, then ranked
    assert window.ui.pages.currentWidget() is window.search_page
    assert QApplication.focusWidget() is window.search_field  # typing goes on
    assert window.search_page.results.count() == 29  # (the last notes were rewritten)
    # A query still running when the next keystroke comes is cancelled, never shown.
    shown.clear()
    window.search_field.setText("budg")
    window.search.as_you_type()
    window.search_field.setText("budget")
    window.search.as_you_type()
    qtbot.waitUntil(lambda: ("budget", True) in shown)
    qtbot.wait(50)
    assert all(query == "budget" for query, _ in shown)
    assert window.search_page.results.count() == 1


def test_what_the_forms_no_longer_spell_out_is_as_before(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    """The forms leave out what Qt's ``Qt`` namespace would be needed for (start-up): the
    defaults and the rewritten calls (``packaging/compile_forms.py``) give the same window."""
    make_pair(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    ui = window.ui
    shortcuts = {
        action.objectName(): action.shortcut().toString()
        for action in (
            ui.actionNewConversation,
            ui.actionQuit,
            ui.actionStartPage,
            ui.actionSearch,
            ui.actionHandbook,
        )
    }
    assert shortcuts == {
        "actionNewConversation": "Ctrl+N",
        "actionQuit": "Ctrl+Q",
        "actionStartPage": "Alt+Home",
        "actionSearch": "Ctrl+F",
        "actionHandbook": "F1",
    }
    assert window.toolBarArea(ui.toolBar) == Qt.ToolBarArea.TopToolBarArea
    start = window.start_page.ui
    assert start.splitter.orientation() == Qt.Orientation.Horizontal
    assert start.splitter.parent() is window.start_page
    assert start.pairDetails.textFormat() == Qt.TextFormat.RichText
    assert start.pairWarnings.textFormat() == Qt.TextFormat.RichText
