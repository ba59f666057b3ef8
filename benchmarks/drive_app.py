"""Drive the real app from outside: report a start-up milestone, or type into it.

    python benchmarks/drive_app.py --exit-at painted [samspel's arguments …]
    python benchmarks/drive_app.py --exit-at filled [samspel's arguments …]
    python benchmarks/drive_app.py --type TEXT [samspel's arguments …]

The app runs as the ``samspel`` command runs it (``samspel_desktop.cli.main`` with the
arguments given); this script only watches it, through an event filter (``first_frame.py``)
or a timer installed on the application object before the app starts, as someone at the
screen would. Nothing in the app knows it is being driven.

``--exit-at painted`` prints ``painted <time.monotonic()>`` when the window's first frame has
been painted (taken on the next event-loop turn, after the whole frame), then ends the process
at once without cleanup, so nothing is written. ``--exit-at filled`` waits for the first frame
after the start page was filled from the database. ``bare_qt.py``, the baseline, reports its
first frame with the same probe.

``--type TEXT`` waits until a text editor has the keyboard focus (``open conversation ID`` puts
it in the first answer), types TEXT into it with QTest, key by key through Qt's real event path
(and so through autosave), prints ``typed`` and leaves the app running: the caller decides what
happens next (the black-box test kills it).
"""

from __future__ import annotations

import argparse
import os
import sys
import time

# First, as in the ``samspel`` command: the command line's modules are loaded before PySide6
# (which then reads the source of every module imported after it; see app.py).
from samspel_desktop.cli import main as samspel

# isort: split
from first_frame import FirstFrame
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget


def _report(milestone: str) -> None:
    print(f"{milestone} {time.monotonic()!r}", flush=True)
    os._exit(0)


def _filled() -> bool:
    """Whether the main window shows the start page filled from the database."""
    return any(getattr(w, "filled", False) for w in QApplication.topLevelWidgets())


class Typist(QObject):
    """Types ``text`` into the first text editor that gets the keyboard focus."""

    def __init__(self, app: QApplication, text: str) -> None:
        super().__init__(app)
        self._text = text
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        widget = QApplication.focusWidget()
        if not isinstance(widget, QPlainTextEdit):
            return
        self._timer.stop()
        # A moment for the rest of the opening (the window's own timers), then type.
        QTimer.singleShot(300, lambda: self._type(widget))

    def _type(self, widget: QWidget) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest  # not loaded by a start-up that is timed

        for character in self._text:
            # A press and a release carrying the character (keyClicks knows only ASCII keys).
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )
        print("typed", flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--exit-at", choices=("painted", "filled"))
    what.add_argument("--type", metavar="TEXT")
    args, samspel_args = parser.parse_known_args(argv)
    # The app takes this application object over (run_gui uses an existing instance).
    app = QApplication(sys.argv[:1])
    if args.exit_at:
        milestone = args.exit_at
        ready = _filled if milestone == "filled" else (lambda: True)
        FirstFrame(app, ready, lambda: _report(milestone))
    else:
        Typist(app, args.type)
    return samspel(samspel_args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
