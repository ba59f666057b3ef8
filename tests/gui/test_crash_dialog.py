from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.crash_dialog import CrashDialog
from samspel_desktop.services.crash import CrashReport


def test_copy_details(qtbot: QtBot, tmp_path: Path) -> None:
    report = CrashReport("Traceback ...\nZeroDivisionError: å ä ö\n", tmp_path / "krasch.txt")
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert "oväntat fel" in dialog.message.text()
    assert str(tmp_path / "krasch.txt") in dialog.message.text()
    assert dialog.copy_button.text() == "Kopiera detaljer"
    QGuiApplication.clipboard().setText("")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.details
    assert dialog.details.toPlainText() == report.details


def test_user_facing_message_is_shown_without_a_traceback(qtbot: QtBot) -> None:
    dialog = CrashDialog(CrashReport("SQLITE_FULL", None, user_message="Disken är full."))
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "Disken är full."
    assert dialog.details.isHidden()
