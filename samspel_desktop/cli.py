"""The ``samspel`` command line, over the same services as the GUI.

Messages are Swedish, like the app. A user mistake gives one line on stderr and exit status 1
(2 for a malformed command line); never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from samspel_desktop import __version__
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.domain.model import PairKind, Phase
from samspel_desktop.services.archive import export_archive, import_archive
from samspel_desktop.services.paths import DataPaths, resolve_data_paths
from samspel_desktop.services.samspel import Samspel

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


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"”{text}” är inte ett datum i formen ÅÅÅÅ-MM-DD"
        ) from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inte ett id (ett heltal)") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"”{text}” är inte ett giltigt id")
    return value


def build_parser() -> argparse.ArgumentParser:
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

    pair = commands.add_parser("pair", help="samspelspar").add_subparsers(
        dest="pair_command", metavar="KOMMANDO", required=True
    )
    add = pair.add_parser("add", help="lägg till ett samspelspar och skriv ut dess id")
    add.add_argument(
        "--organisation", required=True, metavar="NAMN", help="kommunens eller regionens namn"
    )
    add.add_argument("--political", required=True, metavar="NAMN", help="politikens person")
    add.add_argument(
        "--political-title",
        default="",
        metavar="TITEL",
        help="titel, t.ex. ”Kommunstyrelsens ordförande” (annars efter --kind)",
    )
    add.add_argument("--executive", required=True, metavar="NAMN", help="förvaltningens person")
    add.add_argument(
        "--executive-title",
        default="",
        metavar="TITEL",
        help="titel, t.ex. ”Kommundirektör” (annars efter --kind)",
    )
    add.add_argument(
        "--kind",
        default=PairKind.KSO_KD.value,
        choices=[k.value for k in PairKind],
        help="sorts par (standard kso-kd)",
    )
    add.add_argument(
        "--phase",
        default=Phase.BUILDING.value,
        choices=[p.value for p in Phase],
        help="relationens fas (standard uppbyggande)",
    )
    add.add_argument("--start-date", type=_date, metavar="ÅÅÅÅ-MM-DD", help="startdatum")
    add.add_argument(
        "--predecessor",
        type=_positive_int,
        metavar="ID",
        help="paret som detta par ersätter (vid byte av person)",
    )

    listing = commands.add_parser("list", help="lista par, samtal eller guider")
    listing.add_argument("what", choices=["pairs", "conversations", "guides"])
    listing.add_argument(
        "--pair", type=_positive_int, metavar="ID", help="bara samtal för detta par"
    )
    listing.add_argument("--json", action="store_true", help="maskinläsbar utdata")

    conversation = commands.add_parser("conversation", help="samspelssamtal").add_subparsers(
        dest="conversation_command", metavar="KOMMANDO", required=True
    )
    start = conversation.add_parser("start", help="skapa ett samtal och skriv ut dess id")
    start.add_argument("--pair", type=_positive_int, required=True, metavar="ID")
    start.add_argument(
        "--guide",
        action="append",
        default=[],
        metavar="GUIDE_ID",
        help="samtalsguide (kan anges flera gånger; annars föreslås en)",
    )
    start.add_argument("--date", type=_date, metavar="ÅÅÅÅ-MM-DD", help="datum (standard i dag)")

    archive = commands.add_parser("archive", help="exportera eller importera allt").add_subparsers(
        dest="archive_command", metavar="KOMMANDO", required=True
    )
    exp = archive.add_parser("export", help="skriv all data till en JSON-fil")
    exp.add_argument("-o", "--output", required=True, metavar="FIL.json")
    imp = archive.add_parser("import", help="läs in ett arkiv (allt eller inget)")
    imp.add_argument("file", metavar="FIL.json")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="ersätt befintligt innehåll (en säkerhetskopia tas först)",
    )

    commands.add_parser("check", help="kontrollera databasens integritet (skriver ”ok”)")

    opener = commands.add_parser("open", help="öppna programfönstret på ett visst ställe")
    opener.add_argument("target", choices=["conversation"])
    opener.add_argument("id", type=_positive_int, metavar="ID")
    return parser


def _emit(rows: list[dict[str, Any]], as_json: bool, columns: Sequence[str]) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        print("(inga)")
        return
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns).rstrip())
    for row in rows:
        print("  ".join(str(row[c]).ljust(widths[c]) for c in columns).rstrip())


def _cmd_pair(services: Samspel, args: argparse.Namespace) -> int:
    pair = services.add_pair(
        organisation=args.organisation,
        political=args.political,
        political_title=args.political_title,
        executive=args.executive,
        executive_title=args.executive_title,
        kind=PairKind(args.kind),
        phase=Phase(args.phase),
        start_date=args.start_date,
        predecessor_id=args.predecessor,
    )
    print(pair.id)
    return EXIT_OK


def _cmd_list(services: Samspel, args: argparse.Namespace) -> int:
    rows: list[dict[str, Any]]
    if args.what == "pairs":
        rows = [
            {
                "id": p.id,
                "organisation": p.organisation.name,
                "kind": p.kind.value,
                "political": p.political.name,
                "political_title": p.political.title,
                "executive": p.executive.name,
                "executive_title": p.executive.title,
                "phase": p.phase.value,
                "start_date": p.start_date.isoformat(),
                "end_date": p.end_date.isoformat() if p.end_date else None,
            }
            for p in services.pairs()
        ]
        _emit(rows, args.json, ["id", "organisation", "kind", "political", "executive", "phase"])
    elif args.what == "conversations":
        rows = [
            {
                "id": c.id,
                "pair_id": c.pair_id,
                "date": c.date.isoformat(),
                "status": c.status.value,
                "guides": [g.id for g in c.guides],
                "present": list(c.present),
            }
            for c in services.conversations(args.pair)
        ]
        _emit(rows, args.json, ["id", "pair_id", "date", "status", "guides"])
    else:
        rows = [
            {
                "id": g.id,
                "version": g.version,
                "title": g.title,
                "purpose": g.purpose,
                "builtin": g.builtin,
                "questions": len(g.questions()),
            }
            for g in services.guides.all()
        ]
        _emit(rows, args.json, ["id", "version", "questions", "title"])
    return EXIT_OK


def _cmd_conversation(services: Samspel, args: argparse.Namespace) -> int:
    conversation = services.start_conversation(args.pair, guide_ids=args.guide, date=args.date)
    print(conversation.id)
    return EXIT_OK


def _cmd_archive(services: Samspel, args: argparse.Namespace) -> int:
    if args.archive_command == "export":
        counts = export_archive(services.store, Path(args.output))
        print(f"Exporterade {sum(counts.values())} rader till {args.output}", file=sys.stderr)
        return EXIT_OK
    if args.replace and services.paths is not None and services.store.path is not None:
        from samspel_desktop.services.backups import backup_now

        backup_now(services.store, services.paths, reason="fore-import")
    counts = import_archive(services.store, Path(args.file), replace=args.replace)
    print(f"Importerade {sum(counts.values())} rader från {args.file}", file=sys.stderr)
    return EXIT_OK


def _cmd_check(services: Samspel, args: argparse.Namespace) -> int:
    problems = services.store.integrity_problems()
    if not problems:
        print("ok")
        return EXIT_OK
    print("Databasen har fel:", file=sys.stderr)
    for problem in problems[:50]:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_ERROR


_COMMANDS: dict[str, Callable[[Samspel, argparse.Namespace], int]] = {
    "pair": _cmd_pair,
    "list": _cmd_list,
    "conversation": _cmd_conversation,
    "archive": _cmd_archive,
    "check": _cmd_check,
}


def _run_gui(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.app import run_gui

    open_conversation = args.id if getattr(args, "target", None) == "conversation" else None
    return run_gui(paths, open_conversation=open_conversation, language=args.lang)


def _run_smoke_test(data_dir: str | None) -> int:
    """Only an explicit ``--data-dir`` is written to; never the user's own data."""
    from samspel_desktop.smoke_test import run_smoke_test

    if data_dir:
        return run_smoke_test(resolve_data_paths(data_dir))
    with tempfile.TemporaryDirectory(prefix="samspel-smoke-test-") as tmp:
        code = run_smoke_test(DataPaths(Path(tmp)))
        logging.shutdown()  # close the log file, so Windows can delete the folder
        return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``samspel`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.smoke_test:
        if args.command is not None:
            parser.error("--smoke-test kan inte kombineras med ett kommando")
        return _run_smoke_test(args.data_dir)
    paths = resolve_data_paths(args.data_dir)
    if args.command in (None, "open"):
        return _run_gui(paths, args)
    try:
        services = Samspel.open(paths)
    except UserFacingError as error:
        print(f"samspel: fel: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    try:
        return _COMMANDS[args.command](services, args)
    except UserFacingError as error:
        print(f"samspel: fel: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        services.close()
