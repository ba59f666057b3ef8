"""The start-up baseline: a bare PySide6 script showing a QMainWindow with a label.

It reports its first frame exactly as ``drive_app.py`` reports the app's (the probe of
``first_frame.py``; the time is taken after the frame, on the next event-loop turn) and exits
at once.
The window has the app's default size (1280×720), so both paint as many pixels.
"""

from __future__ import annotations

import os
import sys
import time

from first_frame import FirstFrame
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def report() -> None:
    print(f"painted {time.monotonic()!r}", flush=True)
    os._exit(0)


app = QApplication(sys.argv)
FirstFrame(app, lambda: True, report)
window = QMainWindow()
window.setWindowTitle("Samspel")
window.setCentralWidget(QLabel("Samspel"))
window.resize(1280, 720)
window.show()
sys.exit(app.exec())
