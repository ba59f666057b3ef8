"""Word documents on the command line: ``export`` (agreement, minutes, remiss, report,
handover; the agreement and the minutes also as PDF/A) and ``import agreement``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.cli.common import (
    EXIT_OK,
    id_arg,
    number_arg,
    output_arg,
    reading_command,
    subcommands,
)

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel


def add_export_command(commands: Commands) -> None:
    export = subcommands(commands, "export", "exportera till Word (.docx)")
    exp_agreement = export.add_parser("agreement", help="överenskommelsen som Word-dokument")
    exp_agreement.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    exp_agreement.add_argument(
        "--version", type=number_arg, metavar="N", help="versionsnummer (standard den senaste)"
    )
    exp_agreement.add_argument(
        "--template", metavar="MALL.docx", help="kommunens egen Word-mall (annars Samspels)"
    )
    output_arg(
        exp_agreement,
        "FIL.docx|FIL.pdf",
        "Word-dokument, eller PDF/A-1b för e-arkivet om filen slutar på .pdf",
    )
    exp_minutes = export.add_parser("minutes", help="minnesanteckningar från ett samtal")
    exp_minutes.add_argument("--conversation", type=id_arg, required=True, metavar="ID")
    exp_minutes.add_argument("--template", metavar="MALL.docx", help="kommunens egen Word-mall")
    output_arg(
        exp_minutes, "FIL.docx|FIL.pdf", "Word-dokument, eller PDF/A-1b om filen slutar på .pdf"
    )
    exp_remiss = export.add_parser(
        "remiss", help="remissversionen med missiv (remissinstanser, sista svarsdag)"
    )
    exp_remiss.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    exp_remiss.add_argument(
        "--version",
        type=number_arg,
        metavar="N",
        help="remissversionens nummer (standard den senaste)",
    )
    exp_remiss.add_argument(
        "--summary",
        action="store_true",
        help="i stället en sammanställning av remissvaren (till arbetsutskottet)",
    )
    exp_remiss.add_argument("--template", metavar="MALL.docx", help="kommunens egen Word-mall")
    output_arg(exp_remiss, "FIL.docx")
    exp_report = export.add_parser(
        "report", help="uppföljningsrapport för ett par och en mandatperiod"
    )
    exp_report.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    exp_report.add_argument(
        "--period", type=int, metavar="VALÅR", help="mandatperiodens valår, t.ex. 2022"
    )
    output_arg(exp_report, "FIL.docx")
    exp_handover = export.add_parser("handover", help="överlämning när någon i paret slutar")
    exp_handover.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    output_arg(exp_handover, "FIL.docx")


def add_import_command(commands: Commands) -> None:
    importer = subcommands(commands, "import", "importera från Word (.docx)")
    imp_agreement = reading_command(
        importer,
        "agreement",
        "läs in en överenskommelse som nytt utkast och skriv ut versionens id",
        "FIL.docx",
    )
    imp_agreement.add_argument("--pair", type=id_arg, required=True, metavar="ID")


def run_export(services: Samspel, args: argparse.Namespace) -> int:
    template = Path(args.template) if getattr(args, "template", None) else None
    if args.export_command == "report":
        period = None if args.period is None else services.reports.period(args.period)
        result = services.reports.follow_up_report(args.pair, Path(args.output), period=period)
    elif args.export_command == "handover":
        result = services.reports.handover_pack(args.pair, Path(args.output))
    elif Path(args.output).suffix.lower() == ".pdf":
        # PDF/A-1b for the e-archive, rendered by Qt like the charts.
        from samspel_desktop.domain.errors import ValidationError
        from samspel_desktop.pdf import write_pdf

        if template is not None:
            raise ValidationError("En Word-mall används bara för .docx; PDF/A skrivs utan mall.")
        if args.export_command == "agreement":
            version = services.agreements.numbered(args.pair, args.version)
            source = services.agreements.pdf_source(version.id)
        else:
            source = services.conversations.minutes_pdf_source(args.conversation)
        print(f"Skrev {write_pdf(source, Path(args.output))} (PDF/A-1b)", file=sys.stderr)
        return EXIT_OK
    elif args.export_command == "agreement":
        version = services.agreements.numbered(args.pair, args.version)
        result = services.agreements.export_word(version.id, Path(args.output), template=template)
    elif args.export_command == "remiss":
        version = services.agreements.remiss_version(args.pair, args.version)
        export = (
            services.agreements.export_remiss_summary
            if args.summary
            else services.agreements.export_remiss
        )
        result = export(version.id, Path(args.output), template=template)
    else:
        result = services.conversations.export_minutes(
            args.conversation, Path(args.output), template=template
        )
    for message in result.messages:
        print(f"samspel: obs: {message}", file=sys.stderr)
    print(f"Skrev {result.path}", file=sys.stderr)
    return EXIT_OK


def run_import(services: Samspel, args: argparse.Namespace) -> int:
    from samspel_desktop.services.word_import import read_agreement_docx

    pair = services.pairs.get(args.pair)
    imported = read_agreement_docx(Path(args.file))
    version = services.agreements.add_imported_draft(pair, imported.title, imported.sections)
    for note in imported.notes:
        print(f"samspel: obs: {note}", file=sys.stderr)
    print(version.id)
    return EXIT_OK
