"""Window-less Qt: offscreen on a Linux without display; Windows keeps its platform and fonts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samspel_desktop.gui.qt_platform import headless_qt_environment, text_can_be_drawn


def test_linux_without_a_display_draws_offscreen() -> None:
    assert headless_qt_environment(os_name="posix", env={}) == {"QT_QPA_PLATFORM": "offscreen"}
    assert headless_qt_environment(os_name="posix", env={"DISPLAY": ":0"}) == {}
    assert headless_qt_environment(os_name="posix", env={"QT_QPA_PLATFORM": "xcb"}) == {}


def test_windows_is_not_forced_offscreen() -> None:
    # No DISPLAY on Windows, ever: the real platform draws with the system's fonts.
    assert headless_qt_environment(os_name="nt", env={"SystemRoot": r"C:\WINDOWS"}) == {}
    assert headless_qt_environment(os_name="nt", env={"QT_QPA_PLATFORM": "windows"}) == {}


def test_offscreen_on_windows_is_given_the_system_font_folder() -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "SystemRoot": r"C:\WINDOWS"}
    assert headless_qt_environment(os_name="nt", env=env) == {"QT_QPA_FONTDIR": r"C:\WINDOWS\Fonts"}
    assert headless_qt_environment(os_name="nt", env={"QT_QPA_PLATFORM": "offscreen"}) == {
        "QT_QPA_FONTDIR": r"C:\Windows\Fonts"
    }
    chosen = {**env, "QT_QPA_FONTDIR": r"D:\Typsnitt"}  # IT's own choice stays
    assert headless_qt_environment(os_name="nt", env=chosen) == {}


def test_text_is_drawn_here(qtbot: QtBot) -> None:
    assert text_can_be_drawn()
