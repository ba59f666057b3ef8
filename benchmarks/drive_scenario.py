"""Drive the real app through the slow actions and watch its GUI thread from outside.

    python benchmarks/drive_scenario.py --report FILE.json [--trace-sql] -- [samspel's arguments …]

The app runs as the ``samspel`` command runs it (``samspel_desktop.cli.main``); this script only
installs, before the app starts, what someone at the screen (and a profiler) would have:

- a **stall probe**: a timer on the GUI thread ticking every 5 ms and recording how long each
  event-loop turn kept it waiting (the gap between ticks); a window that does not repaint for
  more than 50 ms feels stuck;
- with ``--trace-sql``, a trace of every SQL statement on every SQLite connection the process
  opens (``sqlite3.connect`` wrapped, ``set_trace_callback``), with the thread that ran it.

Then it performs, one after the other, the actions of BENCHMARKS.md ("The window never waits"),
each a phase with its own longest stall and its statements:

``start``          from the first paint until the start page is filled and the start-up
                   backup (due: the data folder is given without one) and check are done
``open``           opening the newest conversation of the first pair, 1.5 s after start
``type``           typing 2 000 characters into its first answer, one key per event-loop turn,
                   until the status bar says it is saved
``search``         typing a word into the search field, a key every 80 ms, until the best
                   hits are shown
``export``         the pair's agreement to Word
``handover``       the pair's handover pack to Word
``backup``         "Säkerhetskopiera nu" in the backups dialog
``restore``        restoring that backup, and the start page shown again

The report (JSON) gives per phase: ``stall_ms`` (the longest gap minus the timer's interval),
``seconds``, and with ``--trace-sql`` ``gui_statements`` (statements run on the GUI thread, with
up to ten examples) and ``other_statements``. Nothing in the app knows it is being driven.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit

PROBE_MS = 5
TYPED = 2000
SEARCH_WORD = "budget"


class SqlTrace:
    """Every statement on every connection, by the thread that ran it (GUI thread or not)."""

    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.lock = threading.Lock()
        self.on_gui: list[str] = []
        self.elsewhere = 0
        original = sqlite3.connect

        def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
            connection = original(*args, **kwargs)
            connection.set_trace_callback(self._statement)
            return connection

        sqlite3.connect = connect  # type: ignore[assignment]

    def _statement(self, sql: str) -> None:
        with self.lock:
            if threading.get_ident() == self.gui:
                self.on_gui.append(sql)
            else:
                self.elsewhere += 1

    def take(self) -> tuple[list[str], int]:
        with self.lock:
            taken = (self.on_gui, self.elsewhere)
            self.on_gui, self.elsewhere = [], 0
        return taken


class StallProbe:
    """A 5 ms timer on the GUI thread: the longest gap between its ticks since :meth:`reset`."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        # Qt.TimerType.PreciseTimer by its name: the probe must not set up PySide's ``Qt``
        # namespace before the app does (~15 ms, which the app pays after its start page).
        self._timer.setProperty("timerType", "PreciseTimer")
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def reset(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()

    def stall_ms(self) -> float:
        return max(0.0, self.longest * 1000 - PROBE_MS)


Step = Callable[[], bool]


class Scenario:
    """Runs the phases as a generator of conditions, polled from a timer (see the module)."""

    def __init__(
        self, report: Path, trace: SqlTrace | None, work: Path, typed: int = TYPED
    ) -> None:
        self.typed = typed
        self.report = report
        self.trace = trace
        self.work = work
        self.results: dict[str, dict[str, Any]] = {}
        self.probe: StallProbe | None = None
        self._phase: str | None = None
        self._started = 0.0
        self._steps = self._script()
        # The window's first frame, watched as the start-up benchmark watches it: an
        # application-wide filter would have PySide wrap every object an event reaches, a
        # cost of the probe that the stalls below would include.
        from first_frame import FirstFrame  # beside this script, which runs as one

        self.painted = False
        FirstFrame(QApplication.instance(), lambda: True, self._note_painted)
        self._waiting: Step = self._window_painted
        self._poll = QTimer()
        self._poll.setInterval(10)
        self._poll.timeout.connect(self._advance)
        self._poll.start()

    # --- bookkeeping --------------------------------------------------------------------

    def _note_painted(self) -> None:
        self.painted = True

    def _advance(self) -> None:
        try:
            while self._waiting():
                self._waiting = next(self._steps)
        except StopIteration:
            self._poll.stop()
            self._write()
            self.window().close()
        except Exception as error:  # a broken scenario must end the process, not hang it
            self._poll.stop()
            self.results["error"] = {"error": repr(error)}
            self._write()
            QApplication.exit(3)

    def begin(self, phase: str) -> None:
        assert self.probe is not None
        if self.trace is not None:
            self.trace.take()
        self.probe.reset()
        self._phase, self._started = phase, time.monotonic()

    def end(self) -> None:
        assert self.probe is not None and self._phase is not None
        result: dict[str, Any] = {
            "stall_ms": round(self.probe.stall_ms(), 1),
            "seconds": round(time.monotonic() - self._started, 3),
        }
        if self.trace is not None:
            on_gui, elsewhere = self.trace.take()
            result["gui_statements"] = len(on_gui)
            result["gui_examples"] = on_gui[:10]
            result["other_statements"] = elsewhere
        self.results[self._phase] = result
        print(f"{self._phase} {json.dumps(result, ensure_ascii=False)}", flush=True)

    def _write(self) -> None:
        self.report.write_text(json.dumps(self.results, ensure_ascii=False, indent=1), "utf-8")

    @staticmethod
    def window() -> Any:
        from samspel_desktop.gui.main_window import MainWindow

        return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def _window_painted(self) -> bool:
        if not self.painted:
            return False
        self.probe = StallProbe()  # from the first paint on
        self.begin("start")
        return True

    @staticmethod
    def after(ms: int) -> Step:
        until = time.monotonic() + ms / 1000
        return lambda: time.monotonic() >= until

    # --- the phases ---------------------------------------------------------------------

    def _script(self) -> Iterator[Step]:
        window = None

        def backups() -> list[Path]:
            data = Path(sys.argv[sys.argv.index("--data-dir") + 1])
            return sorted((data / "backups").glob("samspel-*.sqlite3"))

        # start: filled, the start-up backup written, the status bar quiet again
        yield lambda: getattr(self.window(), "filled", False)
        window = self.window()
        yield lambda: bool(backups()) and not window.statusBar().currentMessage()
        yield self.after(200)
        self.end()

        # open the newest conversation of the first pair (read before the phase begins), after
        # a moment with the start page, as a user would take
        target = window.services.conversations.all(window.start_page.current_pair_id())[-1]
        yield self.after(1500)
        self.begin("open")
        window.show_conversation(target.id)
        view = window.conversation_view
        yield lambda: QApplication.focusWidget() is view.ui.politicalEdit
        yield self.after(300)
        self.end()

        # type 2 000 characters, one key per event-loop turn
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        edit: QPlainTextEdit = view.ui.politicalEdit
        edit.moveCursor(edit.textCursor().MoveOperation.End)
        window.statusBar().clearMessage()
        self.begin("type")
        typed = 0

        def type_one() -> bool:
            nonlocal typed
            character = "Samspel åäö "[typed % 12]
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                edit,
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )
            typed += 1
            return typed >= self.typed

        yield type_one
        yield lambda: window.statusBar().currentMessage().startswith("Sparat")
        self.end()

        # search as you type
        window.search_field.setFocus()
        self.begin("search")
        for character in SEARCH_WORD:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                window.search_field,
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )
            yield self.after(80)
        page = window.search_page
        yield lambda: page.results.count() > 0 and "strax" not in page.summary.text()
        yield self.after(100)
        self.end()

        # the agreement to Word
        pair_id = target.pair_id
        window.show_agreement(pair_id)
        editor = window.agreement_page.editor
        yield self.after(200)
        self.begin("export")
        exported = editor.files.export_to(self.work / "overenskommelse.docx")
        yield lambda: exported is None or exported.finished
        self.end()

        # the handover pack
        window.show_follow_up(pair_id)
        yield self.after(200)
        self.begin("handover")
        handover = window.follow_up_page.export_report("handover", self.work / "overlamning.docx")
        yield lambda: handover.finished
        self.end()

        # backup now, then restore it
        from samspel_desktop.gui.backup_dialog import BackupDialog

        dialog = BackupDialog(window.services, window)
        dialog.show()
        yield self.after(200)
        self.begin("backup")
        taken: list[Path] = []
        dialog.backed_up.connect(taken.append)
        dialog.backup_now()
        yield lambda: bool(taken)
        yield self.after(100)
        self.end()

        self.begin("restore")
        restored: list[object] = []
        dialog.restored.connect(restored.append)
        dialog.restore(taken[0])
        yield lambda: bool(restored)
        dialog.close()
        window.show_start_page()
        yield self.after(200)
        self.end()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", type=Path, required=True)
    parser.add_argument("--trace-sql", action="store_true")
    parser.add_argument("--typed", type=int, default=TYPED, help="characters to type")
    args, samspel_args = parser.parse_known_args(argv)
    samspel_args = [a for a in samspel_args if a != "--"]
    trace = SqlTrace() if args.trace_sql else None
    app = QApplication(sys.argv[:1])  # the app takes this application object over
    work = args.report.parent
    sys.argv = [sys.argv[0], *samspel_args]
    scenario = Scenario(args.report, trace, work, args.typed)
    from samspel_desktop.cli import main as samspel

    code = samspel(samspel_args)
    del scenario, app
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
