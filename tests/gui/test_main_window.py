import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.samspel import Samspel

ROOT = Path(__file__).resolve().parents[2]


def test_window_title_and_welcome(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Samspel"
    assert "samspelssamtal" in window.start_page.ui.welcomeText.text()


def test_open_on_a_conversation(qtbot: QtBot, services: Samspel) -> None:
    pair = services.add_pair(
        organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek"
    )
    conversation = services.start_conversation(pair.id)
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
    qtbot: QtBot, services: Samspel
) -> None:
    services.add_pair(organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek")
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
    qtbot: QtBot, services: Samspel, monkeypatch: object
) -> None:
    pair = services.add_pair(organisation="Vaggeryds kommun", political="A", executive="B")
    services.start_conversation(pair.id)
    calls: list[int | None] = []
    original = services.conversations

    def counting(pair_id: int | None = None) -> list[object]:
        calls.append(pair_id)
        return original(pair_id)  # type: ignore[return-value]

    monkeypatch.setattr(services, "conversations", counting)  # type: ignore[attr-defined]
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert calls == [pair.id]
    assert window.start_page.ui.conversationTable.rowCount() == 1


def test_benchmark_hook_reports_the_filled_start_page(tmp_path: Path) -> None:
    import os

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SAMSPEL_BENCHMARK_EXIT": "filled",
    }
    result = subprocess.run(
        [sys.executable, "-m", "samspel_desktop", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    word, value = result.stdout.split()
    assert word == "filled"
    assert float(value) > 0


def test_opening_a_conversation_at_start_up_is_not_undone_by_the_late_fill(
    qtbot: QtBot, services: Samspel
) -> None:
    pair = services.add_pair(organisation="Vaggeryds kommun", political="A", executive="B")
    conversation = services.start_conversation(pair.id)
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


def test_window_shell_before_the_data_folder_is_open(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    assert not window.menuBar().isEnabled()
    services.add_pair(organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek")
    window.attach(services)
    assert window.menuBar().isEnabled()
    assert window.start_page.filled
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
    assert frame.filled and frame.menuBar().isEnabled()
    frame.build()  # once only
    assert frame.ui.pages.count() == 1


def test_closing_the_frame_before_it_is_built(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    frame = MainWindow(None, settings, build=False)
    qtbot.addWidget(frame)
    frame.show()
    assert frame.close()
    assert settings.value("window/geometry") is None  # nothing half-made was remembered


def test_attach_builds_a_frame_that_was_not_built_yet(qtbot: QtBot, services: Samspel) -> None:
    services.add_pair(organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek")
    frame = MainWindow(None, build=False)
    qtbot.addWidget(frame)
    frame.attach(services)
    assert frame.built and frame.filled
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


def test_search_summary_counts_in_swedish(qtbot: QtBot, services: Samspel) -> None:
    pair = services.add_pair(organisation="Vaggeryds kommun", political="A", executive="B")
    first = services.start_conversation(pair.id)
    services.conversation.set_notes(first.id, "Vi pratade om delegationsordningen.")
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.search_field.setText("delegation")
    window.run_search()
    assert window.search_page.summary.text().startswith("1 träff för ”delegation”.")
    second = services.start_conversation(pair.id)
    services.conversation.set_notes(second.id, "Delegationen igen.")
    window.run_search()
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
    assert services.paths is not None
    assert str(services.paths.root) in box.text()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_search_page_escapes_text_and_notes_a_shortened_query(
    qtbot: QtBot, services: Samspel
) -> None:
    from samspel_desktop.domain.model import Answer

    pair = services.add_pair(organisation="Höörs kommun", political="A", executive="B")
    conversation = services.start_conversation(pair.id)
    services.conversations_repo.save_answer(
        Answer(conversation.id, "g/q0", political="Se [bilaga] och <i>delegation</i>")
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.search_field.setText("delegation " + " ".join(f"ord{i}" for i in range(30)))
    window.run_search()
    summary = window.search_page.summary.text()
    assert "Inga träffar för ”delegation ord0" in summary
    assert summary.endswith("Sökningen använde de 16 första orden; resten togs inte med.")
    assert "…”" in summary  # the long query is cut short in the summary
    window.search_field.setText("delegation")
    window.run_search()
    item = window.search_page.results.item(0)
    rich = item.data(Qt.ItemDataRole.UserRole + 1)
    assert "Se [bilaga] och &lt;i&gt;<b><u>delegation</u></b>&lt;/i&gt;" in rich
