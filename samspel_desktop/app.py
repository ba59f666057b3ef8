"""The composition root: logging, crash hook, QApplication, open the database, show the window.

Everything is passed in; there are no globals. Qt is imported here and in :mod:`gui` only.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import ModuleType
from typing import TYPE_CHECKING

from samspel_desktop import APP_NAME, __version__
from samspel_desktop.services.paths import DataPaths, resolve_data_paths, resources_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

    from samspel_desktop.domain.errors import UserFacingError
    from samspel_desktop.gui.main_window import MainWindow
    from samspel_desktop.gui.operations import Operations
    from samspel_desktop.gui.single_instance import SingleInstance
    from samspel_desktop.gui.start_page import StartData
    from samspel_desktop.services.backups import DailyBackup
    from samspel_desktop.services.crash import CrashReport
    from samspel_desktop.services.history import HealthTrend
    from samspel_desktop.services.samspel import Samspel

log = logging.getLogger(__name__)

#: When the first instance starts answering second starts, after its first paint.
_LISTEN_AFTER_MS = 1000
#: When the start-up check, the daily backup's snapshot, the built-in guides and the hourly
#: backup check start, after the start page was handed to the window (once it has painted;
#: writes wait for the check anyway).
_WATCH_AFTER_MS = 100
#: Between the steps of the start-up's own work (a timer: the event loop runs between).
_STEP_MS = 1
#: The start-up's own work on the database thread waits at most this long for the start page.
_HOLD_AT_MOST_S = 5.0


def configure_logging(paths: DataPaths) -> bool:
    """Rotating log in the log folder (else stderr); True when it goes to a file."""
    from samspel_desktop.services.crash import configure_logging as configure

    return isinstance(configure(paths.logs), logging.FileHandler)


def render_health_chart(trend: HealthTrend) -> bytes:
    """The chart renderer the composition roots give the services (the health chart in Word);
    Qt's painter is imported when a report is first written, with a window-less application
    for the command line."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from samspel_desktop.charts import health_png

    if QCoreApplication.instance() is None:
        from samspel_desktop.gui.qt_platform import prepare_headless_qt

        prepare_headless_qt()  # offscreen without a display; Windows' own platform and fonts
        QGuiApplication([])
    return health_png(trend)


def route_qt_messages() -> None:
    """Qt's own warnings and notes go to the log (``samspel.log``), not to a console that a
    windowed build does not have."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("samspel_desktop.qt")

    def handler(mode: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(mode, logging.WARNING), "Qt: %s", message)

    qInstallMessageHandler(handler)


def app_icon() -> QIcon:
    """The window icon: every PNG size from ``resources/icons`` (packaging/make_icons.py)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("samspel-*.png")):
        icon.addFile(str(png))
    return icon


def forget_module_sources() -> None:
    """Drop the source lines :mod:`linecache` holds for the modules imported so far.

    PySide's ``__feature__`` support reads the whole source of every module imported after
    PySide6 (``inspect.getsource``, to see whether it names PySide6), and ``linecache`` keeps
    it: about 4 MB by the time the start page shows, held for nothing (a traceback reads the
    lines it needs again). Called only while no other thread imports: they share the cache.
    """
    import linecache

    linecache.clearcache()


def spare_pyside_source_scans() -> None:
    """Have PySide tell whether a module uses it without reading the module's source.

    PySide's opt-in ``__feature__`` switches (``snake_case``, ``true_property``) are decided per
    module, and to know which modules take part PySide reads the whole source of every module
    imported after PySide6 (``inspect.getsource``, looking for the word "PySide6"): about 120
    modules and 25–30 ms before the start page is filled, and ~4 MB of source lines left in
    :mod:`linecache`. Samspel selects no feature anywhere, so nothing depends on the answer
    beyond "does this module hold PySide objects", which its namespace tells at once. (A PySide
    without this internal check is left as it is.)
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return

    def uses_pyside(module: object) -> bool:
        for value in getattr(module, "__dict__", {}).values():
            owner = (
                value.__name__
                if isinstance(value, ModuleType)
                else getattr(value, "__module__", None)
            )
            if isinstance(owner, str) and owner.startswith(("PySide6", "shiboken6")):
                return True
        return False

    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


def _show_crash_dialog(report: CrashReport) -> None:
    """The crash handler's dialog; its module (and Qt's ``Qt`` namespace) loads when needed."""
    from samspel_desktop.gui.crash_dialog import show_crash_dialog

    show_crash_dialog(report)


def run_gui(
    paths: DataPaths, *, open_at: tuple[str, str] | None = None, language: str | None = None
) -> int:
    """Start the desktop app on ``paths``; returns the process exit status. ``open_at`` names
    a page to show (``samspel open``): ("conversation", ID), ("agreement", PAIR ID),
    ("follow-up", PAIR ID) or ("seminar", UUID)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    spare_pyside_source_scans()  # before the modules below are imported
    from samspel_desktop.gui.i18n import choose_language, install_translators
    from samspel_desktop.gui.single_instance import start_single_instance
    from samspel_desktop.services.crash import CrashHandler, hold_early_log_records

    # The log file is opened after the first paint (logging.handlers costs ~10 ms); until then
    # records are held in memory and written to it then.
    hold_early_log_records()
    route_qt_messages()
    log.info("Samspel %s starting, data in %s", __version__, paths.root)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("samspel")  # matches packaging/linux/samspel.desktop
    install_translators(app, choose_language(language))
    CrashHandler(paths.logs, show=_show_crash_dialog).install()
    instance = start_single_instance(paths, listen=False)  # listens once the window is up
    if instance is None:
        return 0  # Samspel already runs on this folder and was asked to come to the front.
    settings = QSettings(str(paths.root / "settings.ini"), QSettings.Format.IniFormat)
    try:
        return _Launcher(app, paths, settings, instance, open_at).run()
    finally:
        instance.release()


class _Launcher:
    """Shows the window at once, then opens the data folder and hands it to the window.

    The data folder is opened on the window's database thread (``gui/operations.py``) while
    the frame is on screen, and the start page is read there; then the window is built and the
    page shown. Only after that do the quick check of the database, the daily backup and the
    built-in guides begin (writes wait for the check; the backup's snapshot is still taken
    before anything is written), shown quietly in the status bar. Damage found after the window
    is up closes it unsaved and offers the newest good backup.
    """

    def __init__(
        self,
        app: QApplication,
        paths: DataPaths,
        settings: QSettings,
        instance: SingleInstance,
        open_at: tuple[str, str] | None,
    ) -> None:
        self._instance = instance
        self._app = app
        self._paths = paths
        self._settings = settings
        self._open_at = open_at
        self._ops: Operations | None = None
        self._window: MainWindow | None = None
        self._code: int | None = None
        self._logging = False
        #: Holds the start-up's own work on the database thread (the daily backup's snapshot,
        #: the built-in guides) until the start page has painted; queued right behind the
        #: opening, so it still comes before anything the user writes.
        self._started = threading.Event()

    def run(self) -> int:
        # The window's frame first: it paints before menus, pages or data exist.
        window = self._show_window(build=False)
        window.first_painted.connect(self._after_first_paint)  # emitted once
        try:
            code = int(self._app.exec())
        finally:
            self._started.set()
            self._log_to_file()
            if self._ops is not None:
                self._ops.close()
        return self._code if self._code is not None else code

    def _show_window(self, *, build: bool = True) -> MainWindow:
        from samspel_desktop.gui.main_window import MainWindow

        self._window = MainWindow(None, self._settings, build=build)
        self._instance.follow(self._window)
        self._window.show()
        return self._window

    def _after_first_paint(self) -> None:
        """The window is on screen: open the data folder (the window is built once it is open).

        Until the start page has painted, one thread at a time runs Python: the database
        thread opens the folder and reads the start page while the GUI thread waits in its
        event loop, then the GUI thread builds the window and shows the page. (Both threads
        share the GIL: side by side, each made the other several times slower.)
        """
        from PySide6.QtCore import QTimer

        forget_module_sources()  # (before the database thread starts importing)
        self._open()
        # Second starts are answered from a second on: QtNetwork (3 MB) loads after the start
        # page is filled. A second start meanwhile keeps knocking for 3 s (single_instance).
        QTimer.singleShot(_LISTEN_AFTER_MS, self._instance.listen)

    def _log_to_file(self) -> None:
        """Open the log file (once): after the start page, or when the start fails."""
        if not self._logging:
            self._logging = True
            configure_logging(self._paths)

    def _fail(self) -> None:
        self._started.set()
        self._log_to_file()
        self._code = 1
        if self._window is not None:
            self._window.discard_and_close()
        self._app.exit(1)

    def _open(self) -> None:
        from samspel_desktop.gui.operations import Operations

        first_start = not self._paths.database.exists()
        paths = self._paths
        self._ops = ops = Operations()
        window = self._window
        #: The services once open, for the jobs queued behind the opening.
        opened: list[Samspel] = []

        def open_folder(_progress: object) -> tuple[Samspel, StartData, str | None]:
            import datetime as dt

            from samspel_desktop.gui.start_page import read_start_page
            from samspel_desktop.services.samspel import Samspel

            services = Samspel.open(
                paths,
                # The quick check starts once the start page is shown (``_watch``); writes
                # wait for it in any case.
                check_before_first_write=True,
                startup_backup=False,
                builtin_guides=False,
                chart_renderer=render_health_chart,
            )
            try:
                # The start page is read first, on this thread: the window shows it as soon as
                # it is attached. Reading writes nothing, so the daily backup's snapshot below
                # is still taken before the first write.
                start = read_start_page(services, dt.date.today())
                notice = services.data_folder.notice
            except BaseException:
                services.close()
                raise
            opened.append(services)
            return services, start, notice

        started = self._started

        def prepare_backup(_progress: object) -> DailyBackup | None:
            # Next on the database thread, before anything else can write: taken before
            # anything is written, and copied beside the window's work. It waits until the
            # start page has painted (at most a few seconds): the GIL is the GUI thread's then.
            started.wait(_HOLD_AT_MOST_S)
            return opened[0].data_folder.prepare_daily_backup(reason="start") if opened else None

        def install_guides(_progress: object) -> None:
            # The first write of a start (only when a built-in guide is new or newer): after
            # the backup's snapshot, and after the start page, which needs no guides.
            if opened:
                opened[0].install_builtin_guides()

        ops.run(
            open_folder,
            parent=window,
            done=lambda result: self._opened(*result, first_start=first_start),
            failed=self._open_failed,
        )
        ops.run(prepare_backup, parent=window, done=self._write_backup)
        ops.run(install_guides, parent=window, failed=self._guides_failed)

    def _opened(
        self, services: Samspel, start: StartData, notice: str | None, *, first_start: bool
    ) -> None:
        from PySide6.QtCore import QTimer

        assert self._ops is not None and self._window is not None
        # The database thread's imports are done (its next job waits for the start page).
        forget_module_sources()
        self._ops.adopt(services)
        # The window is built (menus, the start page's widgets) and the page filled in this
        # one turn of the event loop, ~25 ms here: the next frame shows all of it. (In turns
        # of their own, each paid for a frame of the half-built window.)
        self._attach(start, notice)
        if first_start:
            QTimer.singleShot(0, self._warn_about_the_profile)

    def _guides_failed(self, error: UserFacingError) -> None:
        from samspel_desktop.domain.errors import CorruptDatabaseError
        from samspel_desktop.gui.errors import show_error

        # Damage is told once, by the start-up check's watcher (``_attach``), which offers
        # the newest good backup.
        if not isinstance(error, CorruptDatabaseError):
            show_error(self._window, error)

    def _open_failed(self, error: UserFacingError) -> None:
        from samspel_desktop.domain.errors import CorruptDatabaseError
        from samspel_desktop.gui.recovery_dialog import recover_after_damage, tell

        self._started.set()  # (nothing was opened: the held jobs find nothing to do)
        self._log_to_file()
        if not isinstance(error, CorruptDatabaseError):
            tell(error.message)
            self._fail()
            return
        assert self._ops is not None
        recovered = recover_after_damage(
            self._paths, error, chart_renderer=render_health_chart, ops=self._ops
        )
        if recovered is None:
            self._fail()
            return
        self._ops.adopt(recovered)
        self._attach()

    def _write_backup(self, backup: DailyBackup | None) -> None:
        """Copy the start-up backup beside the window's work, quietly."""
        from samspel_desktop.services.data_folder import DataFolderService

        if backup is None:
            return
        assert self._ops is not None and self._window is not None
        self._ops.run(
            lambda progress: DataFolderService.write_daily_backup(backup, progress=progress),
            parent=self._window,
            quiet=self._window.tr("Säkerhetskopierar…"),
            beside=True,
        )

    def _warn_about_the_profile(self) -> None:
        from samspel_desktop.gui.profile_notice import warn_if_profile_is_lost_at_logoff

        warn_if_profile_is_lost_at_logoff(self._window, self._paths)

    def _attach(self, start: StartData | None = None, notice: str | None = None) -> None:
        """Hand the open data folder to the window; ``start``: its start page, already read
        (with the data folder's ``notice``); else the page is read now."""
        window = self._window
        assert window is not None and self._ops is not None
        ops = self._ops
        services = ops.services
        if start is None:
            # (Asked before the start page's reading is queued, so it does not wait behind it.)
            notice = ops.call(lambda: ops.real_services.data_folder.notice)
        window.attach(services, start)
        if notice:  # e.g. a data folder on a network drive: why a second start waits
            window.statusBar().showMessage(notice)
        if self._open_at is not None:
            self._started.set()  # (the page opened reads from the database thread at once)
            window.open_place(*self._open_at)
            self._open_at = None
        # The watcher of the start-up check and the hourly backup check (and their modules)
        # a moment later: the start page paints first.
        self._then(window, _WATCH_AFTER_MS, lambda: self._watch(window))

    def _then(self, window: MainWindow, ms: int, step: Callable[[], None]) -> None:
        """``step`` in ``ms`` (a timer: the event loop runs between), unless ``window`` was
        closed meanwhile (damage found, recovered into a new window)."""
        from PySide6.QtCore import QTimer

        def run() -> None:
            if window is self._window and self._ops is not None:
                step()

        QTimer.singleShot(ms, window, run)

    def _watch(self, window: MainWindow) -> None:
        """The start page is shown: the log file and the icon, then (a turn later) the rest."""
        self._log_to_file()
        self._app.setWindowIcon(app_icon())
        self._then(window, _STEP_MS, lambda: self._watch_database(window))

    def _watch_database(self, window: MainWindow) -> None:
        """The start-up check and its watcher; then, a turn or two later, the hourly backup
        check and the start-up's own work on the database thread (the daily backup's snapshot,
        the built-in guides)."""
        from samspel_desktop.gui.recovery_dialog import IntegrityWatcher

        assert self._ops is not None
        watcher = IntegrityWatcher(self._ops.services, window)
        watcher.damaged.connect(self._damaged)
        self._then(window, _STEP_MS, lambda: self._set_up_qt_namespace(window))

    def _set_up_qt_namespace(self, window: MainWindow) -> None:
        """PySide's ``Qt`` namespace, in a turn of its own: setting up its ~100 enums takes
        ~15 ms. The start page does without it (BENCHMARKS.md); every other page and dialog
        needs it, the backup check's first."""
        from PySide6.QtCore import Qt  # noqa: F401  (taking the name sets the namespace up)

        self._then(window, _STEP_MS, lambda: self._start_backups(window))

    def _start_backups(self, window: MainWindow) -> None:
        assert self._ops is not None
        _start_backups(self._ops.services, window)
        self._started.set()

    def _damaged(self, error: object) -> None:
        from samspel_desktop.domain.errors import CorruptDatabaseError
        from samspel_desktop.gui.recovery_dialog import recover_after_damage

        assert isinstance(error, CorruptDatabaseError)
        self._app.setQuitOnLastWindowClosed(False)  # the recovery questions come in between
        if self._window is not None:
            self._window.discard_and_close()
        assert self._ops is not None
        self._ops.close()
        self._ops = ops = _new_operations()
        recovered = recover_after_damage(
            self._paths, error, chart_renderer=render_health_chart, ops=ops
        )
        if recovered is None:
            self._fail()
            return
        self._show_window()
        self._app.setQuitOnLastWindowClosed(True)
        ops.adopt(recovered)
        self._attach()


def _new_operations() -> Operations:
    from samspel_desktop.gui.operations import Operations

    return Operations()


def _start_backups(services: Samspel, window: QWidget) -> None:
    """The hourly check for the daily backup (the one at start-up was taken on opening)."""
    from samspel_desktop.gui.backup_dialog import start_daily_backups

    start_daily_backups(services, window)


def run_gui_on(
    data_dir: str | None, *, open_at: tuple[str, str] | None = None, language: str | None = None
) -> int:
    """Start the desktop app on ``data_dir`` (None: the usual folder, see ``services.paths``).

    A data folder that cannot be chosen (IT's setting is wrong) is said in a window: the
    windowed program has no console to print to.
    """
    from samspel_desktop.domain.errors import UserFacingError

    try:
        paths = resolve_data_paths(data_dir)
    except UserFacingError as error:
        return _show_start_error(error.message)
    return run_gui(paths, open_at=open_at, language=language)


def _show_start_error(message: str) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    if sys.stderr is not None:
        print(f"samspel: fel: {message}", file=sys.stderr)
    existing = QApplication.instance()
    _app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    QMessageBox.critical(None, APP_NAME, message)
    return 1


def gui_main() -> int:
    """Entry point of the windowed ``samspel-gui`` launcher (no console on Windows)."""
    return run_gui_on(None)
