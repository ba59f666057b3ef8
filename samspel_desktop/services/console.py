"""The command line's console: UTF-8 output, and one line instead of a traceback.

On Windows, output that is piped or redirected is encoded with the ANSI code page (cp1252): a
character outside it (a name such as "Łódź", an arrow) raised ``UnicodeEncodeError`` and a
traceback. Output that is not a terminal is written as UTF-8 instead, whatever
``PYTHONIOENCODING`` or the code page says; a terminal keeps its encoding (Windows' console
takes any character) and shows "?" for one it cannot show rather than failing.

An exception that no command handles is a bug: :func:`run_reporting_crashes` files it as a
crash report in the log folder (as the window does) and prints one Swedish line naming the
file, with exit status 1.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from samspel_desktop import APP_AUTHOR, APP_NAME
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.services.paths import resolve_data_paths

EXIT_ERROR = 1
#: What a shell reports for a program stopped with Ctrl+C.
EXIT_INTERRUPTED = 130


def configure_console() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` safe for any text (see the module's note)."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in the windowed Samspel.exe
            configure_stream(stream, is_terminal=_is_terminal(stream))


def configure_stream(stream: TextIO, *, is_terminal: bool) -> None:
    """UTF-8 when ``stream`` is not a terminal; never an encoding error on a terminal."""
    if not isinstance(stream, io.TextIOWrapper):
        return
    try:
        utf8 = codecs.lookup(stream.encoding).name == "utf-8"
    except LookupError:
        utf8 = False
    with contextlib.suppress(OSError, ValueError):
        if not is_terminal and not utf8:
            stream.reconfigure(encoding="utf-8", errors="replace")
        elif is_terminal and not utf8:
            stream.reconfigure(errors="replace")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def run_reporting_crashes(main: Callable[[], int], log_dir: Callable[[], Path]) -> int:
    """Run ``main``; an exception it lets through gives one line on stderr, never a traceback.

    A :class:`UserFacingError` prints its message. Anything else is filed with
    :func:`~samspel_desktop.services.crash.report_unexpected_error` in ``log_dir()``.
    ``SystemExit`` (argparse, ``--version``) passes as it is.
    """
    try:
        return main()
    except UserFacingError as error:
        _say(f"samspel: fel: {error.message}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("samspel: avbrutet.")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``samspel list pairs | more``, then q): nothing to report.
        with contextlib.suppress(Exception):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as error:
        from samspel_desktop.services.crash import report_unexpected_error

        path = None
        with contextlib.suppress(Exception):
            path = report_unexpected_error(log_dir(), type(error), error, error.__traceback__)
        if path is not None:
            _say(
                "samspel: fel: Ett oväntat fel inträffade (ett programfel, inte ditt fel). "
                f"En felrapport sparades i {path}. Skicka den gärna till supporten."
            )
        else:
            _say(
                "samspel: fel: Ett oväntat fel inträffade (ett programfel, inte ditt fel), "
                "och felrapporten kunde inte sparas."
            )
        return EXIT_ERROR


def crash_log_dir(argv: Sequence[str]) -> Path:
    """Where a crash report of the command line ``argv`` goes: its data folder's log folder."""
    data_dir = None
    for before, word in zip(["", *argv], argv, strict=False):
        if before == "--data-dir":
            data_dir = word
        elif word.startswith("--data-dir="):
            data_dir = word.partition("=")[2]
    try:
        return resolve_data_paths(data_dir).logs
    except UserFacingError:  # IT's data folder setting is what failed
        import platformdirs

        return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def _say(line: str) -> None:
    with contextlib.suppress(Exception):
        print(line, file=sys.stderr, flush=True)
