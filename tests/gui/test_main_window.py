import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
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
