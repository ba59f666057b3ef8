"""The start-up baseline: a bare PySide6 script showing a QMainWindow with a label.

It reports its first paint exactly as ``drive_app.py`` reports the app's (an application-wide
event filter; the time is taken after the frame, on the next event-loop turn) and exits at once.
The window has the app's default size (1280×720), so both paint as many pixels.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def report() -> None:
    print(f"painted {time.monotonic()!r}", flush=True)
    os._exit(0)


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("Samspel")
window.setCentralWidget(QLabel("Samspel"))
window.resize(1280, 720)
app.installEventFilter(FirstPaint(app))
window.show()
sys.exit(app.exec())
