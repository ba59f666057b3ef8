"""What every command shares: exit codes, argument types, the table printer, Swedish argparse."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from samspel_desktop.domain.errors import UserFacingError

    #: What the top-level parser's ``add_subparsers`` returns; commands are added to it.
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]

# The values of domain.model.PairKind and Phase (a test keeps them equal): starting the window
# should not have to import the domain model and the services just to build the parser.
PAIR_KINDS = (
    "kso-kd",
    "oppositionsrad-kd",
    "namndordforande-forvaltningschef",
    "regionstyrelsens-ordforande-regiondirektor",
    "custom",
)
PHASES = ("uppbyggande", "stabil", "rutin", "pressad")
# The values of domain.calendar.TermBasis (a test keeps them equal).
TERMS = ("styrelsen", "fullmaktige")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

# argparse's own words, in Swedish so the whole command line speaks one language.
_ARGPARSE_SV = {
    "usage: ": "användning: ",
    "options": "flaggor",
    "positional arguments": "argument",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "följande argument saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r "
    "(välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "ett värde behövs",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
}


def _sv(message: str) -> str:
    return _ARGPARSE_SV.get(message, message)


def _sv_plural(singular: str, plural: str, n: int) -> str:
    return _sv(singular if n == 1 else plural)


argparse._ = _sv  # type: ignore[attr-defined]
argparse.ngettext = _sv_plural  # type: ignore[attr-defined]


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"”{text}” är inte ett datum i formen ÅÅÅÅ-MM-DD"
        ) from None


def id_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inte ett id (ett heltal)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"”{text}” är inte ett giltigt id")
    return value


def number_arg(text: str) -> int:
    """A count or an ordinal the user reads as a number (question N, version N, at most N)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inte ett heltal") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"”{text}” är för litet; det minsta talet är 1")
    return value


def cell(value: object) -> str:
    """A value as a person reads it in a table: lists joined, yes/no, a dash for nothing."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value) or "–"
    return str(value)


def emit(
    rows: list[dict[str, Any]],
    as_json: bool,
    columns: Sequence[tuple[str, str]],
    *,
    shown: list[dict[str, Any]] | None = None,
) -> None:
    """Print ``rows`` as JSON (stable English keys) or as a table for people.

    ``columns`` are (key, Swedish header); ``shown`` gives the rows as a person reads them
    (labels instead of stored values) when they differ from ``rows``.
    """
    if as_json:
        import json

        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        print("(inga)")
        return
    table = [[cell(row[key]) for key, _ in columns] for row in (shown or rows)]
    headers = [header for _, header in columns]
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def fail(error: UserFacingError) -> int:
    """One line on stderr (``samspel: fel: …``), exit status 1; for damage, also the command
    that restores the newest backup."""
    import sys

    from samspel_desktop.domain.errors import CorruptDatabaseError

    hint = ""
    if isinstance(error, CorruptDatabaseError) and error.newest_backup is not None:
        hint = " Återställ den med: samspel recover"
    print(f"samspel: fel: {error.message}{hint}", file=sys.stderr)
    return EXIT_ERROR


def subcommands(commands: Commands, name: str, help: str) -> Commands:
    """A command with subcommands of its own (``samspel export agreement``); the chosen one is
    ``args.<name>_command``."""
    return commands.add_parser(name, help=help).add_subparsers(
        dest=f"{name}_command", metavar="KOMMANDO", required=True
    )


def reading_command(
    commands: Commands,
    name: str,
    help: str,
    metavar: str,
) -> argparse.ArgumentParser:
    """A subcommand that reads one file, named first: ``samspel guide import FIL.json``."""
    parser = commands.add_parser(name, help=help)
    parser.add_argument("file", metavar=metavar)
    return parser


def output_arg(parser: argparse.ArgumentParser, metavar: str, help: str | None = None) -> None:
    """The file a command writes: ``-o FIL`` (required)."""
    parser.add_argument("-o", "--output", required=True, metavar=metavar, help=help)
