"""The ``samspel`` command line, over the same services as the GUI.

Messages are Swedish, like the app. A user mistake gives one line on stderr and exit status 1
(2 for a malformed command line); never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from samspel_desktop import __version__
from samspel_desktop.cli.common import PAIR_KINDS, PHASES, fail, id_arg
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.services.paths import DataPaths, resolve_data_paths

__all__ = ["PAIR_KINDS", "PHASES", "build_parser", "main"]

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.history import HealthTrend
    from samspel_desktop.services.samspel import Samspel


def add_open_command(commands: Commands) -> None:
    opener = commands.add_parser(
        "open",
        help="öppna programfönstret på ett visst ställe",
        description="Öppna programfönstret på ett samtal (open conversation ID), ett pars "
        "överenskommelse (open agreement --pair ID) eller uppföljning (open follow-up --pair "
        "ID), eller ett seminarium (open seminar UUID).",
    )
    opener.add_argument("target", choices=["conversation", "agreement", "follow-up", "seminar"])
    opener.add_argument("id", nargs="?", metavar="ID", help="samtalets id eller seminariets uuid")
    opener.add_argument("--pair", type=id_arg, metavar="ID", help="parets id")


def _open_place(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[str, str]:
    """The page ``samspel open`` names, as (page, id); a missing or extra id is a usage error."""
    target = str(args.target)
    if target in ("agreement", "follow-up"):
        if args.pair is None or args.id is not None:
            parser.error(f"skriv: samspel open {target} --pair ID")
        return target, str(args.pair)
    if args.id is None or args.pair is not None:
        parser.error(f"skriv: samspel open {target} {'UUID' if target == 'seminar' else 'ID'}")
    if target == "conversation":
        try:
            return target, str(id_arg(str(args.id)))
        except argparse.ArgumentTypeError as error:
            parser.error(str(error))
    return target, str(args.id)


#: Each command and the module of its family (``cli/<family>.py``), in the order of the help
#: text. A family module defines ``add_<command>_command`` and ``run_<command>`` for each of its
#: commands; only the family of the command given is imported.
_FAMILIES: dict[str, str] = {
    "pair": "pairs",
    "list": "pairs",
    "conversation": "pairs",
    "archive": "data_folder",
    "search": "search",
    "export": "documents",
    "import": "documents",
    "guide": "guides",
    "seminar": "seminars",
    "trash": "data_folder",
    "check": "data_folder",
    "backup": "data_folder",
    "backups": "data_folder",
    "restore": "data_folder",
    "recover": "data_folder",
    "answer": "exchange",
    "exchange": "exchange",
    "sync": "exchange",
    "open": "",  # the window: its parser is below
}
#: Commands that work on the database file without opening it for writing: they must work on
#: a damaged database (and never change it) or need it closed.
_FILE_COMMANDS = ("check", "backups", "restore", "recover")


def _family_function(command: str, prefix: str, suffix: str = "") -> Callable[..., Any]:
    """``add_<command>_command`` or ``run_<command>`` from the command's family module."""
    if not _FAMILIES[command]:
        return add_open_command
    function: Callable[..., Any] = getattr(
        _family_module(_FAMILIES[command]), f"{prefix}{command}{suffix}"
    )
    return function


def _family_module(family: str) -> ModuleType:
    """The module of a family of commands, imported only when one of its commands is given:
    the window's start needs none of them, and a command only its own. (Static imports, so
    that the frozen app's bundler finds them.)"""
    if family == "data_folder":
        from samspel_desktop.cli import data_folder

        return data_folder
    if family == "documents":
        from samspel_desktop.cli import documents

        return documents
    if family == "exchange":
        from samspel_desktop.cli import exchange

        return exchange
    if family == "guides":
        from samspel_desktop.cli import guides

        return guides
    if family == "pairs":
        from samspel_desktop.cli import pairs

        return pairs
    if family == "search":
        from samspel_desktop.cli import search

        return search
    if family == "seminars":
        from samspel_desktop.cli import seminars

        return seminars
    raise ValueError(family)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser: all of it, or given ``argv`` only what ``argv`` needs."""
    parser = argparse.ArgumentParser(
        prog="samspel",
        description="Samspel – samspelssamtal mellan politik och förvaltning. "
        "Utan kommando öppnas programfönstret.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Samspel {__version__}",
        help="visa versionen och avsluta",
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAPP",
        help="datamapp (annars $SAMSPEL_DATA_DIR eller användarens datamapp)",
    )
    parser.add_argument(
        "--lang",
        choices=["sv", "en"],
        help="programfönstrets språk (annars svenska, eller engelska om systemet är på engelska)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="självtest av installationen: skapar ett par, ett samtal och en överenskommelse, "
        "visar huvudfönstret (utan skärm om ingen plattform är vald), exporterar och avslutar "
        "med status 0 (annars 1). Utan --data-dir används en tillfällig mapp som tas bort",
    )
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandon")
    wanted = None if argv is None else _command_word(argv)
    for name in _FAMILIES:
        # Only the command on the command line needs its parser (all of them take ~5 ms).
        if wanted is None or wanted == name:
            _family_function(name, "add_", "_command")(commands)
    return parser


#: Top-level options that take a value (the word after them is not a command).
_OPTIONS_WITH_VALUE = ("--data-dir", "--lang")


def _command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` asks for; ``""`` for none (the window); ``None`` if unsure.

    Unsure (help, an unknown word) builds the whole parser, so help and errors list every
    command.
    """
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return None
        if word in _OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word if word in _FAMILIES else None
    return ""


def _reads_only(args: argparse.Namespace) -> bool:
    """Whether the command only reads (an export, a search): no start-up backup is due before
    it and it needs no update of the built-in guides."""
    if args.command == "archive":
        return bool(args.archive_command == "export")
    if args.command == "exchange":
        return bool(args.exchange_command == "export")
    return args.command in ("export", "search")


def _run_verified(services: Samspel, args: argparse.Namespace) -> int:
    """Run a command, holding back what it prints until what it read is known to be whole.

    A damaged page can hide rows without any error, so nothing read from a damaged database
    is reported as a success: the command fails with the damage, and a file it wrote is
    removed. A command that wrote has waited for the check of the whole file; one that only
    read has the tables it read checked (a Word export need not pay for a check of 130 MB).
    """
    import contextlib
    import io

    from samspel_desktop.domain.errors import CorruptDatabaseError

    output = Path(args.output) if getattr(args, "output", None) else None
    files = [
        Path(getattr(args, n)) for n in ("output", "file", "template") if getattr(args, n, None)
    ]
    services.data_folder.refuse_own_files(*files)
    before = _file_identity(output)
    printed, noted = io.StringIO(), io.StringIO()
    run: Callable[[Samspel, argparse.Namespace], int] = _family_function(args.command, "run_")
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(noted):
            code = run(services, args)
        damage = services.data_folder.damage_in_what_was_read()
    except CorruptDatabaseError as error:
        damage = services.data_folder.in_full(error)
    if damage is not None:
        if output is not None and _file_identity(output) not in (None, before):
            output.unlink(missing_ok=True)
        raise damage
    sys.stdout.write(printed.getvalue())
    sys.stderr.write(noted.getvalue())
    return code


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    try:
        stat = path.stat() if path is not None else None
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns) if stat is not None else None


def _run_gui(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    place = _open_place(parser, args) if args.command == "open" else None
    from samspel_desktop.app import run_gui_on

    return run_gui_on(args.data_dir, open_at=place, language=args.lang)


def _render_health_chart(trend: HealthTrend) -> bytes:
    """The window's chart renderer (``app.render_health_chart``) for a report's health chart,
    imported when a report draws one: the composition root's module (with ``logging``) is not
    needed by the other commands."""
    from samspel_desktop.app import render_health_chart

    return render_health_chart(trend)


def _run_smoke_test(data_dir: str | None) -> int:
    """Only an explicit ``--data-dir`` is written to; never the user's own data."""
    from samspel_desktop.smoke_test import run_smoke_test

    if data_dir:
        return run_smoke_test(resolve_data_paths(data_dir))
    import tempfile

    with tempfile.TemporaryDirectory(prefix="samspel-smoke-test-") as tmp:
        code = run_smoke_test(DataPaths(Path(tmp)))
        import logging

        logging.shutdown()  # close the log file, so Windows can delete the folder
        return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``samspel`` console script: UTF-8 output, never a traceback."""
    from samspel_desktop.services.console import (
        configure_console,
        crash_log_dir,
        run_reporting_crashes,
    )

    ends_the_process = argv is None  # the console script and ``python -m samspel_desktop``
    argv = sys.argv[1:] if argv is None else argv
    configure_console()
    code = run_reporting_crashes(lambda: _main(argv), lambda: crash_log_dir(argv))
    if ends_the_process and _command_word(argv) not in (None, "", "open"):
        # The command is done: the database is closed and every file it wrote is closed and
        # synced. Nothing is left for the garbage collector's pass over every object as the
        # interpreter exits (~9 ms of each command); frozen objects are skipped by it. Not
        # after the window, whose Qt objects are torn down in that pass, nor in a process
        # that goes on after the command (tests, benchmarks call ``main(argv)``).
        import gc

        gc.freeze()
    return code


def _main(argv: Sequence[str]) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.smoke_test:
        if args.command is not None:
            parser.error("--smoke-test kan inte kombineras med ett kommando")
        return _run_smoke_test(args.data_dir)
    if args.command in (None, "open"):
        return _run_gui(parser, args)
    paths = resolve_data_paths(args.data_dir)
    if args.command in _FILE_COMMANDS:
        from samspel_desktop.cli.data_folder import run_file_command

        return run_file_command(paths, args)
    from samspel_desktop.services.samspel import Samspel

    try:
        # The quick check of the whole file runs before the command's first write (a damaged
        # database is never written to); what a command read is checked before it reports.
        services = Samspel.open(
            paths,
            check_before_first_write=True,
            to_read=_reads_only(args),
            chart_renderer=_render_health_chart,
        )
    except UserFacingError as error:
        return fail(error)
    try:
        if services.data_folder.notice:
            print(f"samspel: obs: {services.data_folder.notice}", file=sys.stderr)
        return _run_verified(services, args)
    except UserFacingError as error:
        return fail(error)
    finally:
        services.close()
