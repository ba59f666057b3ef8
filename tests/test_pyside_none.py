"""PySide6 6.12.0 under Python 3.11 lost a reference to ``None`` on every Qt call that returns
nothing; after a few thousand calls (a minute of typing, a few chart repaints) the interpreter
aborted with "deallocating None". The pinned PySide6 must not do that (pyproject excludes it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_long_session_of_qt_calls_keeps_none_alive() -> None:
    script = textwrap.dedent(
        """
        import os
        import sys
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        before = sys.getrefcount(None)
        for _ in range(50_000):
            label.setEnabled(True)
        # Python 3.12+ makes None immortal: its count does not move at all.
        print("lost", before - sys.getrefcount(None))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lost = int(done.stdout.split()[-1])
    assert lost < 100, f"{lost} references to None lost in 50 000 Qt calls"
