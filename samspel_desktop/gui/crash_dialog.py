"""The dialog for an unexpected error, with "Kopiera detaljer", and its installation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.services.crash import CrashReport


class CrashDialog(QDialog):
    """Shows one crash report; the details can be copied for whoever gives support."""

    def __init__(self, report: CrashReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self.setWindowTitle(self.tr("Samspel – ett fel uppstod"))
        layout = QVBoxLayout(self)
        if report.user_message is not None:
            text = report.user_message
        else:
            text = self.tr(
                "Samspel råkade ut för ett oväntat fel. Det som redan har sparats finns kvar. "
                "Om något ser fel ut: starta om Samspel."
            )
            if report.crash_file is not None:
                text += " " + self.tr(
                    "Detaljerna har sparats i %1. Skicka dem gärna till er IT-support."
                ).replace("%1", str(report.crash_file))
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details = QPlainTextEdit(report.details, self)
        self.details.setReadOnly(True)
        self.details.setVisible(report.user_message is None)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        self.copy_button = QPushButton(self.tr("Kopiera detaljer"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420 if report.user_message is None else 160)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._report.details)
        self.copy_button.setText(self.tr("Kopierat"))


def show_crash_dialog(report: CrashReport) -> None:
    """Show ``report`` modally over the active window (the crash handler's ``show``)."""
    dialog = CrashDialog(report, QApplication.activeWindow())
    dialog.exec()
