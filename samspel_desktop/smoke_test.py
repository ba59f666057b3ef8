"""``samspel --smoke-test``: prove that an installation works, end to end, in a few seconds.

Run by ``packaging/build.py`` on the frozen app and by the test suite from source. It goes
through the same code as a user: the services create a pair, a conversation and an agreement
draft in the data folder; the main window is built and painted (offscreen unless a platform is
chosen); the translations and the icon load; an export is written and read back. Anything a
build left out (a Qt plugin, a resource file, python-docx's templates, sqlite3, lxml) fails here.

Imported only when the flag is given, so Qt is imported at module level.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from samspel_desktop import __version__
from samspel_desktop.app import app_icon, configure_logging, route_qt_messages
from samspel_desktop.gui.i18n import compiled_translation, install_translators
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.gui.qt_platform import prepare_headless_qt, text_can_be_drawn
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel

log = logging.getLogger(__name__)

#: Printed as soon as the main window has been painted: the self-test's progress, and the
#: moment ``packaging/build.py`` times start-up to (from outside, by reading the output).
PAINTED = "Huvudfönstret är ritat."
PAINT_TIMEOUT_MS = 30_000


class SmokeTestError(Exception):
    """One step of the smoke test failed; the message names it, in Swedish."""


def run_smoke_test(paths: DataPaths) -> int:
    """Run every step on ``paths``; print one line and return 0, or 1 with one line on stderr.

    Qt's platform defaults to ``offscreen`` unless ``QT_QPA_PLATFORM`` is already set (on
    Windows with the system's fonts: see ``gui.qt_platform``).
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prepare_headless_qt()
    logs_to_file = configure_logging(paths)
    # Qt's own chatter (e.g. the offscreen platform's notes) goes to the log, not the terminal.
    route_qt_messages()
    started = time.perf_counter()
    try:
        _run(paths)
    except Exception as error:
        if logs_to_file:  # the traceback for support; the terminal gets one line
            log.exception("Smoke test failed")
        lines = str(error).strip().splitlines()
        detail = lines[0] if lines else type(error).__name__
        print(f"samspel: självtestet misslyckades: {detail}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(f"Självtestet lyckades: Samspel {__version__}, {seconds:.1f} s, data i {paths.root}")
    return 0


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeTestError(message)


class _FirstPaint(QObject):
    """Quits ``loop`` at the first paint event of the watched widget."""

    def __init__(self, widget: QWidget, loop: QEventLoop) -> None:
        super().__init__(widget)
        self.seen = False
        self._loop = loop
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            self._loop.quit()
        return False


def _run(paths: DataPaths) -> None:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    _check(not app_icon().isNull(), "programikonen saknas")
    # Without fonts the window and the charts in Word reports would have no text.
    _check(text_can_be_drawn(), "Qt hittar inga typsnitt och kan inte skriva text")
    translators = install_translators(app, "sv")
    try:
        _check(bool(translators), "Qt:s svenska översättning (qtbase_sv) saknas")
        _check(compiled_translation("en") is not None, "den engelska översättningen saknas")
        services = Samspel.open(paths)
        try:
            pair = services.pairs.add(
                organisation="Självtestets kommun", political="Åsa Öberg", executive="Ärling Ek"
            )
            conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
            draft = services.agreements.start_draft(pair)
            _show_and_use_main_window(app, services, conversation.id)
            _export(services, paths, draft.id, pair.id)
            _check(not services.data_folder.integrity_problems(), "databasens integritetskontroll")
        finally:
            services.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _show_and_use_main_window(app: QApplication, services: Samspel, conversation_id: int) -> None:
    if app.platformName() == "windows":
        # Qt 6 draws native widgets with the modern Windows style plugin; the build must not
        # have pruned it (Fusion would stand in without a word; in dark mode on Windows 10 Qt
        # chooses Fusion itself, so the plugin's presence is checked, not the style in use).
        available = QStyleFactory.keys()  # a list of plugin keys, not a dict
        styles = {key.lower() for key in available}
        _check(bool(styles & {"windows11", "windowsvista"}), "Windows-stilen saknas")
    window = MainWindow(services)
    loop = QEventLoop()
    painted = _FirstPaint(window, loop)
    window.show()
    if not painted.seen:
        QTimer.singleShot(PAINT_TIMEOUT_MS, loop.quit)
        loop.exec()
    _check(painted.seen, "huvudfönstret ritades inte")
    print(PAINTED, flush=True)
    window.show_conversation(conversation_id)
    app.processEvents()
    _check(
        window.ui.pages.currentWidget() is window.conversation_view,
        "samtalet kunde inte öppnas i huvudfönstret",
    )
    window.close()
    window.deleteLater()
    app.processEvents()


def _export(services: Samspel, paths: DataPaths, version_id: int, pair_id: int) -> None:
    """Export and read back what a user would take away from the app."""
    from docx import Document

    folder = paths.root / "självtest"
    folder.mkdir(parents=True, exist_ok=True)
    # The agreement as a Word document on the bundled template (python-docx and lxml must work
    # in a build), read back.
    result = services.agreements.export_word(version_id, folder / "överenskommelse.docx")
    headings = [
        p.text
        for p in Document(str(result.path)).paragraphs
        if p.style is not None and p.style.name == "Heading 1"
    ]
    _check(bool(headings), "Word-exporten saknar avsnittsrubriker")
    archive = folder / "arkiv.json"
    services.data_folder.export_archive(archive)
    tables = json.loads(archive.read_text(encoding="utf-8"))["tables"]
    _check(bool(tables["pairs"]), "arkivet saknar samspelsparet")
    _check(
        any(row["id"] == version_id for row in tables["agreement_versions"]),
        "arkivet saknar överenskommelsen",
    )
    # An exchange file locked with a passphrase (PyNaCl, libsodium and cffi must be bundled).
    exchange = folder / "utbyte.samspel"
    services.exchange.export_pair(pair_id, exchange, passphrase="självtestets lösenfras")
    payload = services.exchange.read(exchange, "självtestets lösenfras")
    _check(bool(payload["rows"]), "utbytesfilen kunde inte låsas upp")
