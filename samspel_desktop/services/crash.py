"""Logging and the crash handler (Qt-free; the GUI supplies the dialog).

Any exception that reaches the top is a bug: it is logged, written to a crash file in the log
folder, and handed once to a ``show`` callback (the GUI's dialog with "Kopiera detaljer"). A
:class:`UserFacingError` that escaped is shown as its Swedish message instead. An error inside
the handler itself never re-enters it, so it cannot loop. :mod:`faulthandler` writes hard
crashes (segfaults in Qt, for example) to ``faulthandler.log``; the next start files that away
as a crash file. A run that ends cleanly empties that file first: on Windows faulthandler also
writes exceptions that were handled (COM, shell extensions in the file dialog) as "fatal", and
those must not become a false crash report at the next start.

The command line has no faulthandler (it may run beside the window, which owns that file); an
unexpected exception there is filed by :func:`report_unexpected_error`.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import faulthandler
import io
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from samspel_desktop import __version__
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.services.files import write_bytes_atomically
from samspel_desktop.storage.privacy import private_mkdir, restrict

log = logging.getLogger(__name__)

LOG_FILENAME = "samspel.log"
FAULT_FILENAME = "faulthandler.log"
CRASH_PREFIX = "krasch-"
#: Crash files kept; older ones are removed.
MAX_CRASH_FILES = 20
#: Dialogs shown per session at most; later crashes are only logged and filed.
MAX_DIALOGS = 3


def _rotating_file_handler(path: Path) -> logging.Handler:
    """A rotating log whose files are readable by the user only (they name people)."""
    import logging.handlers  # ~10 ms: only when the log file is opened, not before the window

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            stream = super()._open()
            restrict(Path(self.baseFilename))
            return stream

    return PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")


class _EarlyRecords(logging.Handler):
    """Holds the records logged before the log file is opened (:func:`hold_early_log_records`)."""

    #: More than a start-up ever logs; a runaway logger cannot fill the memory.
    LIMIT = 1000

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)
        if record.levelno >= logging.WARNING:
            logging.lastResort.handle(record)  # type: ignore[union-attr]  # as if unconfigured


def hold_early_log_records(*, level: int = logging.INFO) -> None:
    """Keep what is logged from now on until :func:`configure_logging` writes it to the file.

    The app shows its window before it opens the log file; nothing logged meanwhile is lost
    (warnings also reach stderr at once, as they would with no logging set up).
    """
    root = logging.getLogger()
    if not any(isinstance(h, _EarlyRecords) for h in root.handlers):
        root.addHandler(_EarlyRecords())
    root.setLevel(level)


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> logging.Handler:
    """Send the root logger to a rotating ``samspel.log`` in ``log_dir`` (stderr if impossible).

    Records held by :func:`hold_early_log_records` are written to it first.
    """
    handler: logging.Handler
    try:
        private_mkdir(log_dir)
        handler = _rotating_file_handler(log_dir / LOG_FILENAME)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for early in [h for h in root.handlers if isinstance(h, _EarlyRecords)]:
        root.removeHandler(early)
        for record in early.records:
            if record.levelno >= level:
                handler.handle(record)
    root.addHandler(handler)
    root.setLevel(level)
    return handler


@dataclass(frozen=True)
class CrashReport:
    """What the user is shown: the details to copy, where they were saved, or a message."""

    details: str
    crash_file: Path | None
    #: Set for a :class:`UserFacingError` that nobody caught: show this, not a bug report.
    user_message: str | None = None


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text of a crash report: versions, time, and the traceback."""
    lines = [
        f"Samspel {__version__}",
        f"Python {_platform().python_version()} ({sys.executable})",
        f"System: {_platform().platform()}",
        f"Tid: {dt.datetime.now().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def _signature(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Where a crash happened: the same bug in a repaint loop is shown once, not forever."""
    frames = traceback.extract_tb(tb)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
    return f"{exc_type.__module__}.{exc_type.__qualname__}@{where}"


class CrashHandler:
    """Installs ``sys.excepthook``, ``threading.excepthook`` and :mod:`faulthandler`."""

    def __init__(self, log_dir: Path, *, show: Callable[[CrashReport], None] | None = None) -> None:
        self.log_dir = log_dir
        self._show = show
        self._busy = False
        self._shown: set[str] = set()
        self._fault_file: IO[str] | None = None
        self._previous_hook: (
            Callable[[type[BaseException], BaseException, TracebackType | None], object] | None
        ) = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        #: The crash file made from the previous run's hard crash, if there was one.
        self.previous_hard_crash: Path | None = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self._enable_faulthandler()

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        self.end_cleanly()

    def end_cleanly(self) -> None:
        """The run ends without a hard crash: stop faulthandler and empty its file.

        Called at exit (``atexit``) and by :meth:`uninstall`. What faulthandler wrote during a
        run that got this far were exceptions Windows handled, not a crash: logged, not filed.
        """
        if self._fault_file is None:
            return
        atexit.unregister(self.end_cleanly)
        faulthandler.disable()
        self._fault_file.close()
        self._fault_file = None
        fault_path = self.log_dir / FAULT_FILENAME
        try:
            written = fault_path.read_text("utf-8", errors="replace")
            if written.strip():
                first = written.strip().splitlines()[0]
                log.info(
                    "faulthandler noted %d bytes in a run that ended cleanly: %s",
                    len(written),
                    first,
                )
            fault_path.unlink()
        except OSError as error:
            log.info("faulthandler file not emptied: %s", error)

    def _enable_faulthandler(self) -> None:
        fault_path = self.log_dir / FAULT_FILENAME
        try:
            private_mkdir(self.log_dir)
            # Not empty: the run that wrote it never reached end_cleanly, so it really crashed.
            if fault_path.is_file() and fault_path.stat().st_size:
                self.previous_hard_crash = self._new_crash_path("hard")
                fault_path.replace(self.previous_hard_crash)
                log.warning("the previous run ended in a hard crash: %s", self.previous_hard_crash)
            # Kept open for the life of the process: faulthandler writes with a raw fd.
            self._fault_file = fault_path.open("w", encoding="utf-8")
            restrict(fault_path)
            faulthandler.enable(self._fault_file, all_threads=True)
            atexit.register(self.end_cleanly)
        except OSError as error:
            log.info("faulthandler not writing to a file: %s", error)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """The exception hook. Never raises; never re-enters itself."""
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._busy:
            # An error while handling an error (in the dialog, say): log it plainly, stop.
            with contextlib.suppress(Exception):
                sys.__excepthook__(exc_type, exc, tb)
            return
        self._busy = True
        try:
            self._handle(exc_type, exc, tb)
        except Exception:
            with contextlib.suppress(Exception):
                sys.__excepthook__(*sys.exc_info())
        finally:
            self._busy = False

    def _handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if isinstance(exc, UserFacingError):
            log.warning("uncaught user-facing error: %s (%s)", exc.message, exc.detail)
            report = CrashReport(exc.detail or exc.message, None, user_message=exc.message)
        else:
            log.critical("unexpected error", exc_info=(exc_type, exc, tb))
            details = format_details(exc_type, exc, tb)
            report = CrashReport(details, self.write_crash_file(details))
        key = _signature(exc_type, tb)
        if self._show is None or key in self._shown or len(self._shown) >= MAX_DIALOGS:
            return
        self._shown.add(key)
        self._show(report)

    def write_crash_file(self, details: str) -> Path | None:
        """Save ``details`` as a new crash file (readable by the user only) and prune old ones."""
        try:
            private_mkdir(self.log_dir)
            path = self._new_crash_path("fel")
            write_bytes_atomically(path, details.encode("utf-8"))
        except (OSError, UserFacingError) as error:
            log.error("could not write a crash file: %s", error)
            return None
        for old in sorted(self.log_dir.glob(f"{CRASH_PREFIX}*.txt"))[:-MAX_CRASH_FILES]:
            with contextlib.suppress(OSError):
                old.unlink()
        return path

    def _new_crash_path(self, kind: str) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        return self.log_dir / f"{CRASH_PREFIX}{stamp}-{kind}.txt"


def report_unexpected_error(
    log_dir: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> Path | None:
    """File an exception nobody caught (the command line's crash report); its file, or None.

    The command line prints one line naming the file instead of a traceback.
    """
    try:
        details = format_details(exc_type, exc, tb)
    except Exception:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
    return CrashHandler(log_dir).write_crash_file(details)


def _platform() -> Any:
    """The ``platform`` module, imported when a report is written (not at every start)."""
    import platform

    return platform
