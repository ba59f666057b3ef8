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
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.services.paths import DataPaths, resolve_data_paths, resources_dir
from samspel_desktop.services.samspel import Samspel

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)


def configure_logging(paths: DataPaths) -> bool:
    """Log to ``logs/samspel.log`` in the data folder (else stderr); True if to the file."""
    to_file = True
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs / "samspel.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
        to_file = False
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return to_file


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
    from PySide6.QtWidgets import QApplication, QMessageBox

    from samspel_desktop.gui.i18n import choose_language, install_translators
    from samspel_desktop.gui.main_window import MainWindow

    configure_logging(paths)
    log.info("Samspel %s starting, data in %s", __version__, paths.root)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("samspel")  # matches packaging/linux/samspel.desktop
    install_translators(app, choose_language(language))
    try:
        services = Samspel.open(paths)
    except UserFacingError as error:
        QMessageBox.critical(None, APP_NAME, error.message)
        return 1
    try:
        settings = QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, settings)
        window.show()
        if open_conversation is not None:
            window.show_conversation(open_conversation)
        _simulate_typing_if_asked()
        return int(app.exec())
    finally:
        services.close()


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


def gui_main() -> int:
    """Entry point of the windowed ``samspel-gui`` launcher (no console on Windows)."""
    return run_gui(resolve_data_paths(None))
