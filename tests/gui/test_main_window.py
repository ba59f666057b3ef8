from pytestqt.qtbot import QtBot

from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.samspel import Samspel


def test_window_title_and_welcome(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("Samspel")
    assert "lägga till" in window.ui.welcomeLabel.text()


def test_open_on_a_conversation(qtbot: QtBot, services: Samspel) -> None:
    pair = services.add_pair(
        organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek"
    )
    conversation = services.start_conversation(pair.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_conversation(conversation.id)
    assert window.windowTitle().startswith("Samspel")
    assert "Anna Berg" in window.windowTitle()
