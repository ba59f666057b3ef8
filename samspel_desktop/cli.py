"""The ``samspel`` command line, over the same services as the GUI.

Messages are Swedish, like the app. A user mistake gives one line on stderr and exit status 1
(2 for a malformed command line); never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samspel_desktop import __version__
from samspel_desktop.domain.errors import UserFacingError, ValidationError
from samspel_desktop.services.paths import DataPaths, resolve_data_paths

if TYPE_CHECKING:
    from samspel_desktop.services.backups import RestoreResult
    from samspel_desktop.services.samspel import Samspel

    #: What the top-level parser's ``add_subparsers`` returns; commands are added to it.
    _Commands = argparse._SubParsersAction[argparse.ArgumentParser]

# The values of domain.model.PairKind and Phase (a test keeps them equal): starting the window
# should not have to import the domain model and the services just to build the parser.
PAIR_KINDS = (
    "kso-kd",
    "oppositionsrad-kd",
    "namndordforande-forvaltningschef",
    "regionstyrelsens-ordforande-regiondirektor",
    "custom",
)
PHASES = ("uppbyggande", "stabil", "rutin")

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


def _add_pair_command(commands: _Commands) -> None:
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
        default=PAIR_KINDS[0],
        choices=PAIR_KINDS,
        help="sorts par (standard kso-kd)",
    )
    add.add_argument(
        "--phase",
        default=PHASES[0],
        choices=PHASES,
        help="relationens fas (standard uppbyggande)",
    )
    add.add_argument("--start-date", type=_date, metavar="ÅÅÅÅ-MM-DD", help="startdatum")
    add.add_argument(
        "--predecessor",
        type=_positive_int,
        metavar="ID",
        help="paret som detta par ersätter (vid byte av person)",
    )


def _add_list_command(commands: _Commands) -> None:
    listing = commands.add_parser("list", help="lista par, samtal eller guider")
    listing.add_argument("what", choices=["pairs", "conversations", "guides"])
    listing.add_argument(
        "--pair", type=_positive_int, metavar="ID", help="bara samtal för detta par"
    )
    listing.add_argument("--json", action="store_true", help="maskinläsbar utdata")


def _add_conversation_command(commands: _Commands) -> None:
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


def _add_archive_command(commands: _Commands) -> None:
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


def _add_search_command(commands: _Commands) -> None:
    search = commands.add_parser(
        "search",
        help="sök i all text (anteckningar, slutsatser, "
        "åtaganden, överenskommelser, gyllene zonen)",
    )
    search.add_argument("query", metavar="SÖKORD", nargs="+")
    search.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    search.add_argument("--json", action="store_true", help="maskinläsbar utdata")


def _add_export_command(commands: _Commands) -> None:
    export = commands.add_parser("export", help="exportera till Word (.docx)").add_subparsers(
        dest="export_command", metavar="KOMMANDO", required=True
    )
    exp_agreement = export.add_parser("agreement", help="överenskommelsen som Word-dokument")
    exp_agreement.add_argument("--pair", type=_positive_int, required=True, metavar="ID")
    exp_agreement.add_argument(
        "--version", type=_positive_int, metavar="N", help="versionsnummer (standard den senaste)"
    )
    exp_agreement.add_argument(
        "--template", metavar="MALL.docx", help="kommunens egen Word-mall (annars Samspels)"
    )
    exp_agreement.add_argument("-o", "--output", required=True, metavar="FIL.docx")
    exp_minutes = export.add_parser("minutes", help="minnesanteckningar från ett samtal")
    exp_minutes.add_argument("--conversation", type=_positive_int, required=True, metavar="ID")
    exp_minutes.add_argument("--template", metavar="MALL.docx", help="kommunens egen Word-mall")
    exp_minutes.add_argument("-o", "--output", required=True, metavar="FIL.docx")
    exp_report = export.add_parser(
        "report", help="uppföljningsrapport för ett par och en mandatperiod"
    )
    exp_report.add_argument("--pair", type=_positive_int, required=True, metavar="ID")
    exp_report.add_argument(
        "--period", type=int, metavar="VALÅR", help="mandatperiodens valår, t.ex. 2022"
    )
    exp_report.add_argument("-o", "--output", required=True, metavar="FIL.docx")
    exp_handover = export.add_parser("handover", help="överlämning när någon i paret slutar")
    exp_handover.add_argument("--pair", type=_positive_int, required=True, metavar="ID")
    exp_handover.add_argument("-o", "--output", required=True, metavar="FIL.docx")


def _add_import_command(commands: _Commands) -> None:
    importer = commands.add_parser("import", help="importera från Word (.docx)").add_subparsers(
        dest="import_command", metavar="KOMMANDO", required=True
    )
    imp_agreement = importer.add_parser(
        "agreement", help="läs in en överenskommelse som nytt utkast och skriv ut versionens id"
    )
    imp_agreement.add_argument("file", metavar="FIL.docx")
    imp_agreement.add_argument("--pair", type=_positive_int, required=True, metavar="ID")


def _add_guide_command(commands: _Commands) -> None:
    guide = commands.add_parser("guide", help="dela samtalsguider som filer").add_subparsers(
        dest="guide_command", metavar="KOMMANDO", required=True
    )
    guide_export = guide.add_parser("export", help="skriv en guide till en fil (docs/guides.md)")
    guide_export.add_argument("id", metavar="GUIDE_ID")
    guide_export.add_argument("-o", "--output", required=True, metavar="FIL.json")
    guide_import = guide.add_parser(
        "import",
        help="läs in en guide; samma innehåll igen ändrar ingenting, annat innehåll med "
        "samma id sparas bredvid (eller ersätter med --replace)",
    )
    guide_import.add_argument("file", metavar="FIL.json")
    guide_import.add_argument(
        "--replace",
        action="store_true",
        help="ersätt en egen guide med samma id (versionen höjs); inbyggda ersätts aldrig",
    )


def _add_seminar_command(commands: _Commands) -> None:
    seminar = commands.add_parser(
        "seminar", help="seminarier: dela, samla in gruppernas svar, sammanställ"
    ).add_subparsers(dest="seminar_command", metavar="KOMMANDO", required=True)
    seminar_create = seminar.add_parser(
        "create", help="skapa ett seminarium och skriv ut dess UUID"
    )
    seminar_create.add_argument("--title", required=True, metavar="TITEL")
    seminar_create.add_argument("--guide", required=True, metavar="GUIDE_ID")
    seminar_create.add_argument("--date", type=_date, metavar="ÅÅÅÅ-MM-DD", help="standard i dag")
    seminar_create.add_argument("--place", default="", metavar="PLATS")
    seminar_create.add_argument("--facilitator", default="", metavar="NAMN", help="processledaren")
    seminar_create.add_argument(
        "--group",
        action="append",
        default=[],
        metavar="”NAMN: PERSON (ROLL), …”",
        help="en grupp (kan anges flera gånger), t.ex. ”Bord 1: Anna Berg (KSO), Karl Ek (KD)”",
    )
    seminar_list = seminar.add_parser("list", help="lista seminarierna")
    seminar_list.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    seminar_export = seminar.add_parser(
        "export", help="seminariet att dela ut till gruppernas datorer (utan svar)"
    )
    seminar_export.add_argument("--seminar", required=True, metavar="UUID")
    seminar_export.add_argument("-o", "--output", required=True, metavar="FIL.json")
    seminar_group = seminar.add_parser(
        "export-group", help="en grupps svar, att lämna till processledaren"
    )
    seminar_group.add_argument("--seminar", required=True, metavar="UUID")
    seminar_group.add_argument("--group", required=True, metavar="NAMN", help="gruppens namn")
    seminar_group.add_argument("-o", "--output", required=True, metavar="FIL.json")
    seminar_import = seminar.add_parser(
        "import",
        help="läs in en seminariefil: nytt seminarium, eller gruppernas svar slås ihop "
        "(olika texter sparas båda och markeras som konflikt)",
    )
    seminar_import.add_argument("file", metavar="FIL.json")
    seminar_summary = seminar.add_parser("summary", help="sammanställningen som Word-dokument")
    seminar_summary.add_argument("--seminar", required=True, metavar="UUID")
    seminar_summary.add_argument("--template", metavar="MALL.docx", help="kommunens egen Word-mall")
    seminar_summary.add_argument("-o", "--output", required=True, metavar="FIL.docx")


def _add_trash_command(commands: _Commands) -> None:
    trash = commands.add_parser("trash", help="papperskorgen").add_subparsers(
        dest="trash_command", metavar="KOMMANDO", required=True
    )
    trash_list = trash.add_parser("list", help="visa det som ligger i papperskorgen")
    trash_list.add_argument("--json", action="store_true", help="maskinläsbar utdata")
    trash_restore = trash.add_parser("restore", help="ta tillbaka något ur papperskorgen")
    trash_restore.add_argument(
        "kind",
        choices=[
            "organisation",
            "pair",
            "conversation",
            "commitment",
            "agreement",
            "guide",
            "greyzone",
            "seminar",
        ],
    )
    trash_restore.add_argument("id", metavar="ID")
    trash_empty = trash.add_parser(
        "empty", help="radera innehållet i papperskorgen för gott (kräver --yes)"
    )
    trash_empty.add_argument(
        "--yes", action="store_true", help="ja, radera för gott (kan inte ångras)"
    )


def _add_check_command(commands: _Commands) -> None:
    commands.add_parser(
        "check", help="kontrollera databasens integritet utan att ändra den (skriver ”ok”)"
    )


def _add_backup_command(commands: _Commands) -> None:
    backup = commands.add_parser(
        "backup", help="ta en säkerhetskopia nu och skriv ut var den sparades"
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FIL",
        help="spara kopian i den här filen, t.ex. på ett USB-minne (annars i backups/)",
    )


def _add_backups_command(commands: _Commands) -> None:
    backups = commands.add_parser("backups", help="lista säkerhetskopiorna i backups/")
    backups.add_argument("--json", action="store_true", help="maskinläsbar utdata")


def _add_restore_command(commands: _Commands) -> None:
    restore = commands.add_parser(
        "restore",
        help="återställ databasen från en säkerhetskopia (den nuvarande sparas först)",
    )
    restore.add_argument(
        "file", metavar="FIL", help="en säkerhetskopia: sökväg eller filnamn i backups/"
    )


def _add_recover_command(commands: _Commands) -> None:
    commands.add_parser(
        "recover",
        help="flytta undan en skadad databas och återställ den senaste hela säkerhetskopian",
    )


def _add_open_command(commands: _Commands) -> None:
    opener = commands.add_parser("open", help="öppna programfönstret på ett visst ställe")
    opener.add_argument("target", choices=["conversation"])
    opener.add_argument("id", type=_positive_int, metavar="ID")


#: Each command's parser, in the order of the help text.
_COMMAND_PARSERS: dict[str, Callable[[_Commands], None]] = {
    "pair": _add_pair_command,
    "list": _add_list_command,
    "conversation": _add_conversation_command,
    "archive": _add_archive_command,
    "search": _add_search_command,
    "export": _add_export_command,
    "import": _add_import_command,
    "guide": _add_guide_command,
    "seminar": _add_seminar_command,
    "trash": _add_trash_command,
    "check": _add_check_command,
    "backup": _add_backup_command,
    "backups": _add_backups_command,
    "restore": _add_restore_command,
    "recover": _add_recover_command,
    "open": _add_open_command,
}


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
    for name, add in _COMMAND_PARSERS.items():
        # Only the command on the command line needs its parser (all of them take ~5 ms).
        if wanted is None or wanted == name:
            add(commands)
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
            return word if word in _COMMAND_PARSERS else None
    return ""


def _emit(rows: list[dict[str, Any]], as_json: bool, columns: Sequence[str]) -> None:
    if as_json:
        import json

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
    from samspel_desktop.domain.model import PairKind, Phase

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
    from samspel_desktop.services.archive import export_archive, import_archive

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


def _cmd_search(services: Samspel, args: argparse.Namespace) -> int:
    result = services.search.search(" ".join(args.query), limit=args.limit)
    if result.note:
        print(f"samspel: obs: {result.note}", file=sys.stderr)
    rows = [
        {
            "kind": h.kind,
            "kind_label": h.kind_label,
            "pair_id": h.pair_id,
            "pair": h.pair_name,
            "date": h.day.isoformat() if h.day else None,
            "snippet": h.plain_snippet(),
            "matches": [text for text, is_match in h.snippet_parts if is_match],
            "open": h.open_id,
        }
        for h in result.hits
    ]
    if args.json:
        import json

        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif not rows:
        print("Inga träffar.")
    else:
        for row, hit in zip(rows, result.hits, strict=True):
            print(f"{row['date'] or '':10}  {row['kind_label']} – {row['pair']}  [{row['open']}]")
            print(f"    {hit.plain_snippet(mark=('»', '«'))}")
    return EXIT_OK


def _cmd_export(services: Samspel, args: argparse.Namespace) -> int:
    template = Path(args.template) if getattr(args, "template", None) else None
    if args.export_command in ("report", "handover"):
        from samspel_desktop.domain.calendar import MandatePeriod, is_election_year
        from samspel_desktop.gui.health_chart import health_png

        chart = health_png(services.history.health(args.pair))
        if args.export_command == "report":
            period = None
            if args.period is not None:
                if not is_election_year(args.period):
                    raise ValidationError(
                        f"{args.period} är inget valår; ange mandatperiodens valår, t.ex. 2022."
                    )
                period = MandatePeriod(args.period)
            result = services.reports.follow_up_report(
                args.pair, Path(args.output), chart_png=chart, period=period
            )
        else:
            result = services.reports.handover_pack(args.pair, Path(args.output), chart_png=chart)
    elif args.export_command == "agreement":
        version = services.word.agreement_version(args.pair, args.version)
        result = services.word.export_agreement(version.id, Path(args.output), template=template)
    else:
        result = services.word.export_minutes(
            args.conversation, Path(args.output), template=template
        )
    for message in result.messages:
        print(f"samspel: obs: {message}", file=sys.stderr)
    print(f"Skrev {result.path}", file=sys.stderr)
    return EXIT_OK


def _cmd_import(services: Samspel, args: argparse.Namespace) -> int:
    from samspel_desktop.services.word_import import read_agreement_docx

    pair = services.pair(args.pair)
    imported = read_agreement_docx(Path(args.file))
    version = services.agreements.add_imported_draft(pair, imported.title, imported.sections)
    for note in imported.notes:
        print(f"samspel: obs: {note}", file=sys.stderr)
    print(version.id)
    return EXIT_OK


def _cmd_backup(services: Samspel, args: argparse.Namespace) -> int:
    path = services.backup(Path(args.output) if args.output else None)
    print(path)
    return EXIT_OK


def _cmd_trash(services: Samspel, args: argparse.Namespace) -> int:
    if args.trash_command == "list":
        rows: list[dict[str, Any]] = [
            {"kind": i.kind, "id": i.id, "label": i.label, "deleted_at": i.deleted_at}
            for i in services.trash.items()
        ]
        _emit(rows, args.json, ["kind", "id", "deleted_at", "label"])
        return EXIT_OK
    if args.trash_command == "restore":
        item_id: int | str = int(args.id) if args.id.isdigit() else args.id
        services.trash.restore(args.kind, item_id)
        print(f"Tog tillbaka {args.kind} {args.id} ur papperskorgen.", file=sys.stderr)
        return EXIT_OK
    if not args.yes:
        count = len(services.trash.items())
        print(
            f"samspel: fel: Papperskorgen har {count} saker. Att tömma den raderar dem för gott; "
            "lägg till --yes för att göra det.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    counts = services.empty_trash()
    print(f"Raderade {sum(counts.values())} rader för gott.", file=sys.stderr)
    return EXIT_OK


def _cmd_guide(services: Samspel, args: argparse.Namespace) -> int:
    from samspel_desktop.services.guides import read_guide_file

    if args.guide_command == "export":
        services.guides.editing.export(args.id, Path(args.output))
        print(f"Skrev {args.output}", file=sys.stderr)
        return EXIT_OK
    result = services.guides.editing.import_guide(
        read_guide_file(Path(args.file)), replace=args.replace
    )
    print(result.message, file=sys.stderr)
    print(result.guide.id)
    return EXIT_OK


def _cmd_seminar(services: Samspel, args: argparse.Namespace) -> int:
    command = args.seminar_command
    if command == "list":
        rows: list[dict[str, Any]] = [
            {
                "uuid": s.uuid,
                "date": s.date.isoformat(),
                "title": s.title,
                "place": s.place,
                "guide": s.guide.id,
                "groups": [g.name for g in s.groups],
            }
            for s in services.seminars.all()
        ]
        _emit(rows, args.json, ["uuid", "date", "title"])
        return EXIT_OK
    if command == "create":
        groups = [(name, members) for name, _, members in (g.partition(":") for g in args.group)]
        created = services.seminars.create(
            title=args.title,
            date=args.date or dt.date.today(),
            guide_id=args.guide,
            place=args.place,
            facilitator=args.facilitator,
            groups=groups,
        )
        print(created.uuid)
        return EXIT_OK
    if command == "import":
        report = services.seminars.import_file(Path(args.file))
        print(report.summary(), file=sys.stderr)
        return EXIT_OK
    seminar = services.seminars.find(args.seminar)
    if command == "export":
        services.seminars.export_file(seminar.id, Path(args.output))
    elif command == "export-group":
        services.seminars.export_group(seminar.uuid, args.group, Path(args.output))
    else:
        template = Path(args.template) if args.template else None
        result = services.seminars.export_summary(seminar.id, Path(args.output), template=template)
        for message in result.messages:
            print(f"samspel: obs: {message}", file=sys.stderr)
    print(f"Skrev {args.output}", file=sys.stderr)
    return EXIT_OK


_COMMANDS: dict[str, Callable[[Samspel, argparse.Namespace], int]] = {
    "guide": _cmd_guide,
    "seminar": _cmd_seminar,
    "trash": _cmd_trash,
    "pair": _cmd_pair,
    "list": _cmd_list,
    "conversation": _cmd_conversation,
    "archive": _cmd_archive,
    "export": _cmd_export,
    "import": _cmd_import,
    "search": _cmd_search,
    "backup": _cmd_backup,
}


def _reads_only(args: argparse.Namespace) -> bool:
    """Whether the command only reads (an export, a search): no start-up backup is due before
    it and it needs no update of the built-in guides."""
    if args.command == "archive":
        return bool(args.archive_command == "export")
    return args.command in ("export", "search")


# Commands that work on the database file without opening it for writing: they must work on
# a damaged database (and never change it) or need it closed.


def _cmd_check(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.services.backups import check_database, damaged_database_error, disk_full

    problems = check_database(paths)
    if problems:
        raise damaged_database_error(paths, problems)
    print("ok")
    if disk_full(paths):  # the database is whole, but nothing can be saved to it now
        print(f"samspel: obs: Disken där {paths.root} ligger är full.", file=sys.stderr)
    return EXIT_OK


def _cmd_backups(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.services.backups import list_backups

    rows: list[dict[str, Any]] = [
        {
            "file": b.path.name,
            "path": str(b.path),
            "created": b.created.isoformat(timespec="seconds"),
            "reason": b.reason,
            "reason_label": b.reason_label,
            "size": b.size,
        }
        for b in list_backups(paths)
    ]
    if not args.json:
        for row in rows:
            row["created"] = row["created"].replace("T", " ")
    _emit(rows, args.json, ["created", "reason_label", "size", "file"])
    return EXIT_OK


def _report_restore(result: RestoreResult) -> None:
    print(f"Återställde databasen från {result.restored_from}.", file=sys.stderr)
    if result.undo_backup is not None:
        print(
            f"Den tidigare databasen sparades som {result.undo_backup}; "
            "återställ den filen för att ångra.",
            file=sys.stderr,
        )
    if result.set_aside is not None:
        print(f"Den skadade databasen ligger kvar som {result.set_aside}.", file=sys.stderr)


def _cmd_restore(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.services.backups import restore_database

    source = Path(args.file)
    if not source.exists() and (paths.backups / args.file).is_file():
        source = paths.backups / args.file
    _report_restore(restore_database(paths, source))
    return EXIT_OK


def _cmd_recover(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.services.backups import check_database, recover_from_newest_backup

    if paths.database.is_file() and not check_database(paths):
        print(
            "samspel: fel: Databasen är hel. Använd ”samspel restore FIL” för att återställa "
            "en viss säkerhetskopia.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    _report_restore(recover_from_newest_backup(paths))
    return EXIT_OK


_FILE_COMMANDS: dict[str, Callable[[DataPaths, argparse.Namespace], int]] = {
    "check": _cmd_check,
    "backups": _cmd_backups,
    "restore": _cmd_restore,
    "recover": _cmd_recover,
}
#: File commands that replace the database: refused while the app has the folder open.
_EXCLUSIVE_COMMANDS = ("restore", "recover")


def _run_file_command(paths: DataPaths, args: argparse.Namespace) -> int:
    lock = None
    if args.command in _EXCLUSIVE_COMMANDS:
        from samspel_desktop.gui.single_instance import lock_data_folder

        lock = lock_data_folder(paths)
        if lock is None:
            print(
                "samspel: fel: Samspel är öppet med den här datamappen. Stäng programmet och "
                "försök igen.",
                file=sys.stderr,
            )
            return EXIT_ERROR
    try:
        return _FILE_COMMANDS[args.command](paths, args)
    except UserFacingError as error:
        return _fail(error)
    finally:
        if lock is not None:
            lock.unlock()


def _fail(error: UserFacingError) -> int:
    """One line on stderr; for damage, also the command that restores the newest backup."""
    from samspel_desktop.domain.errors import CorruptDatabaseError

    hint = ""
    if isinstance(error, CorruptDatabaseError) and error.newest_backup is not None:
        hint = " Återställ den med: samspel recover"
    print(f"samspel: fel: {error.message}{hint}", file=sys.stderr)
    return EXIT_ERROR


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
    services.refuse_own_files(*files)
    before = _file_identity(output)
    printed, noted = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(noted):
            code = _COMMANDS[args.command](services, args)
        damage = services.damage_in_what_was_read()
    except CorruptDatabaseError as error:
        damage = services.in_full(error)
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


def _run_gui(args: argparse.Namespace) -> int:
    from samspel_desktop.app import run_gui_on

    open_conversation = args.id if getattr(args, "target", None) == "conversation" else None
    return run_gui_on(args.data_dir, open_conversation=open_conversation, language=args.lang)


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
    """Entry point of the ``samspel`` console script: UTF-8 output, never a traceback."""
    from samspel_desktop.services.console import (
        configure_console,
        crash_log_dir,
        run_reporting_crashes,
    )

    argv = sys.argv[1:] if argv is None else argv
    configure_console()
    return run_reporting_crashes(lambda: _main(argv), lambda: crash_log_dir(argv))


def _main(argv: Sequence[str]) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.smoke_test:
        if args.command is not None:
            parser.error("--smoke-test kan inte kombineras med ett kommando")
        return _run_smoke_test(args.data_dir)
    if args.command in (None, "open"):
        return _run_gui(args)
    paths = resolve_data_paths(args.data_dir)
    if args.command in _FILE_COMMANDS:
        return _run_file_command(paths, args)
    from samspel_desktop.services.samspel import Samspel

    try:
        # The quick check of the whole file runs before the command's first write (a damaged
        # database is never written to); what a command read is checked before it reports.
        services = Samspel.open(paths, check_before_first_write=True, to_read=_reads_only(args))
    except UserFacingError as error:
        return _fail(error)
    try:
        if services.notice:
            print(f"samspel: obs: {services.notice}", file=sys.stderr)
        return _run_verified(services, args)
    except UserFacingError as error:
        return _fail(error)
    finally:
        services.close()
