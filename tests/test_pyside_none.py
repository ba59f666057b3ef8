"""PySide6 6.12 on Python 3.11 loses a reference to ``None`` per void Qt call; the package
makes up for it (``samspel_desktop._keep_none_alive``), or the app aborts after some ten
thousand calls."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_long_session_of_qt_calls_does_not_abort() -> None:
    script = textwrap.dedent(
        """
        import os
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import samspel_desktop
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel()
        for _ in range(200_000):
            label.setEnabled(True)
        print("survived")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
