"""The ``samspel`` command line, over the same services as the GUI.

Messages are Swedish, like the app. A user mistake gives one line on stderr and exit status 1
(2 for a malformed command line); never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samspel_desktop import __version__
from samspel_desktop.cli.common import EXIT_ERROR, PAIR_KINDS, PHASES, id_arg
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.services.paths import DataPaths, resolve_data_paths

__all__ = ["PAIR_KINDS", "PHASES", "build_parser", "main"]

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel


def add_open_command(commands: Commands) -> None:
    opener = commands.add_parser("open", help="öppna programfönstret på ett visst ställe")
    opener.add_argument("target", choices=["conversation"])
    opener.add_argument("id", type=id_arg, metavar="ID")


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
    "open": "",  # the window: its parser is below
}
#: Commands that work on the database file without opening it for writing: they must work on
#: a damaged database (and never change it) or need it closed.
_FILE_COMMANDS = ("check", "backups", "restore", "recover")


def _family_function(command: str, prefix: str, suffix: str = "") -> Callable[..., Any]:
    """``add_<command>_command`` or ``run_<command>`` from the command's family module."""
    if not _FAMILIES[command]:
        return add_open_command
    # Imported here, not at start-up: the window's start needs none of them. (Static imports,
    # so that the frozen app's bundler finds them.)
    from samspel_desktop.cli import data_folder, documents, guides, pairs, search, seminars

    module = {
        "data_folder": data_folder,
        "documents": documents,
        "guides": guides,
        "pairs": pairs,
        "search": search,
        "seminars": seminars,
    }[_FAMILIES[command]]
    function: Callable[..., Any] = getattr(module, f"{prefix}{command}{suffix}")
    return function


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
        "--lang", choices=["sv", "en"], help="programfönstrets språk (annars efter systemets språk)"
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
    return args.command in ("export", "search")


def _run_gui(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.app import run_gui

    open_conversation = args.id if getattr(args, "target", None) == "conversation" else None
    return run_gui(paths, open_conversation=open_conversation, language=args.lang)


def _run_smoke_test(data_dir: str | None) -> int:
    """Only an explicit ``--data-dir`` is written to; never the user's own data."""
    from samspel_desktop.smoke_test import run_smoke_test

    if data_dir:
        return run_smoke_test(resolve_data_paths(data_dir))
    import tempfile

    with tempfile.TemporaryDirectory(prefix="samspel-smoke-test-") as tmp:
        code = run_smoke_test(DataPaths(Path(tmp)))
        logging.shutdown()  # close the log file, so Windows can delete the folder
        return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``samspel`` console script."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.smoke_test:
        if args.command is not None:
            parser.error("--smoke-test kan inte kombineras med ett kommando")
        return _run_smoke_test(args.data_dir)
    paths = resolve_data_paths(args.data_dir)
    if args.command in (None, "open"):
        return _run_gui(paths, args)
    if args.command in _FILE_COMMANDS:
        from samspel_desktop.cli.data_folder import run_file_command

        return run_file_command(paths, args)
    from samspel_desktop.app import render_health_chart
    from samspel_desktop.services.samspel import Samspel

    try:
        # The quick check runs before the command's first write (a damaged database is never
        # written to); a command that only reads, like an export, does not wait for it. A read
        # of a damaged page fails with a clear message.
        services = Samspel.open(
            paths,
            check_before_first_write=True,
            to_read=_reads_only(args),
            chart_renderer=render_health_chart,
        )
    except UserFacingError as error:
        print(f"samspel: fel: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    try:
        run: Callable[[Samspel, argparse.Namespace], int] = _family_function(args.command, "run_")
        return run(services, args)
    except UserFacingError as error:
        print(f"samspel: fel: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        services.close()
