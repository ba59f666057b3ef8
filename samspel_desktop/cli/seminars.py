"""``samspel seminar``: create, hand out, collect the groups' answers, summarise."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samspel_desktop.cli.common import (
    EXIT_OK,
    date_arg,
    emit,
    output_arg,
    reading_command,
    subcommands,
)

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel


def add_seminar_command(commands: Commands) -> None:
    seminar = subcommands(
        commands, "seminar", "seminarier: dela, samla in gruppernas svar, sammanställ"
    )
    seminar_create = seminar.add_parser(
        "create", help="skapa ett seminarium och skriv ut dess UUID"
    )
    seminar_create.add_argument("--title", required=True, metavar="TITEL")
    seminar_create.add_argument("--guide", required=True, metavar="GUIDE_ID")
    seminar_create.add_argument(
        "--date", type=date_arg, metavar="ÅÅÅÅ-MM-DD", help="standard i dag"
    )
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
    output_arg(seminar_export, "FIL.json")
    seminar_group = seminar.add_parser(
        "export-group", help="en grupps svar, att lämna till processledaren"
    )
    seminar_group.add_argument("--seminar", required=True, metavar="UUID")
    seminar_group.add_argument("--group", required=True, metavar="NAMN", help="gruppens namn")
    output_arg(seminar_group, "FIL.json")
    reading_command(
        seminar,
        "import",
        "läs in en seminariefil: nytt seminarium, eller gruppernas svar slås ihop "
        "(olika texter sparas båda och markeras som konflikt)",
        "FIL.json",
    )
    seminar_summary = seminar.add_parser("summary", help="sammanställningen som Word-dokument")
    seminar_summary.add_argument("--seminar", required=True, metavar="UUID")
    seminar_summary.add_argument("--template", metavar="MALL.docx", help="kommunens egen Word-mall")
    output_arg(seminar_summary, "FIL.docx")


def run_seminar(services: Samspel, args: argparse.Namespace) -> int:
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
        emit(rows, args.json, [("uuid", "Uuid"), ("date", "Datum"), ("title", "Rubrik")])
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
