"""The composition root: logging, crash hook, QApplication, open the database, show the window.

Everything is passed in; there are no globals. Qt is imported here and in :mod:`gui` only.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from typing import TYPE_CHECKING

from samspel_desktop import APP_NAME, __version__
from samspel_desktop.services.paths import DataPaths, resolve_data_paths, resources_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from samspel_desktop.gui.main_window import MainWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)


def configure_logging(paths: DataPaths) -> bool:
    """Rotating log in the log folder (else stderr); True when it goes to a file."""
    from samspel_desktop.services.crash import configure_logging as configure

    return isinstance(configure(paths.logs), logging.FileHandler)


def app_icon() -> QIcon:
    """The window icon: every PNG size from ``resources/icons`` (packaging/make_icons.py)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("samspel-*.png")):
        icon.addFile(str(png))
    return icon


def run_gui(
    paths: DataPaths, *, open_conversation: int | None = None, language: str | None = None
) -> int:
    """Start the desktop app on ``paths``; returns the process exit status."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from samspel_desktop.gui.backup_dialog import start_daily_backups
    from samspel_desktop.gui.crash_dialog import install_crash_handler
    from samspel_desktop.gui.i18n import choose_language, install_translators
    from samspel_desktop.gui.main_window import MainWindow
    from samspel_desktop.gui.recovery_dialog import open_with_recovery
    from samspel_desktop.gui.single_instance import start_single_instance

    configure_logging(paths)
    log.info("Samspel %s starting, data in %s", __version__, paths.root)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("samspel")  # matches packaging/linux/samspel.desktop
    install_translators(app, choose_language(language))
    install_crash_handler(paths)
    instance = start_single_instance(paths)
    if instance is None:
        return 0  # Samspel already runs on this folder and was asked to come to the front.
    services = open_with_recovery(paths)
    if services is None:
        return 1
    try:
        settings = QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings, fill_after_first_paint=True)
        instance.follow(window)
        start_daily_backups(services, window)
        window.show()
        if open_conversation is not None:
            window.show_conversation(open_conversation)
        _simulate_typing_if_asked()
        _exit_for_benchmark_if_asked(app, window)
        return int(app.exec())
    finally:
        services.close()
        instance.release()


def _simulate_typing_if_asked() -> None:
    """Black-box tests only: type ``$SAMSPEL_SIMULATE_TYPING`` into the focused editor.

    The keystrokes go through Qt's real event path (and so through autosave); "typed" is printed
    when they have been delivered, so a test can kill the process at a known moment.
    """
    text = os.environ.get("SAMSPEL_SIMULATE_TYPING")
    if not text:
        return
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_now() -> None:
        widget = QApplication.focusWidget()
        if widget is None:
            print("no-focus", flush=True)
            return
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)
        print("typed", flush=True)

    QTimer.singleShot(300, type_now)


def _exit_for_benchmark_if_asked(app: QApplication, window: MainWindow) -> None:
    """Benchmarks only (``benchmarks/run.py``): report a start-up milestone, then exit at once.

    ``SAMSPEL_BENCHMARK_EXIT=painted`` prints ``painted <time.monotonic()>`` when the first
    paint of the window has been delivered; ``filled`` waits for the first paint after the
    start page has been filled from the database. The process then ends without cleanup, so
    nothing is written. The bare baseline script uses the same event filter.
    """
    milestone = os.environ.get("SAMSPEL_BENCHMARK_EXIT")
    if milestone not in ("painted", "filled"):
        return
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer

    def report() -> None:
        print(f"{milestone} {time.monotonic()!r}", flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and (
                milestone == "painted" or window.start_page.filled
            ):
                app.removeEventFilter(self)
                QTimer.singleShot(0, report)  # after the whole frame has been painted
            return False

    app.installEventFilter(FirstPaint(app))


def gui_main() -> int:
    """Entry point of the windowed ``samspel-gui`` launcher (no console on Windows)."""
    return run_gui(resolve_data_paths(None))
