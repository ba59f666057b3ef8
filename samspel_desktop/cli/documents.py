"""Word documents on the command line: ``export`` (agreement, minutes, report, handover) and
``import agreement``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.cli.common import EXIT_OK, id_arg
from samspel_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel


def add_export_command(commands: Commands) -> None:
    export = commands.add_parser("export", help="exportera till Word (.docx)").add_subparsers(
        dest="export_command", metavar="KOMMANDO", required=True
    )
    exp_agreement = export.add_parser("agreement", help="överenskommelsen som Word-dokument")
    exp_agreement.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    exp_agreement.add_argument(
        "--version", type=id_arg, metavar="N", help="versionsnummer (standard den senaste)"
    )
    exp_agreement.add_argument(
        "--template", metavar="MALL.docx", help="kommunens egen Word-mall (annars Samspels)"
    )
    exp_agreement.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FIL.docx|FIL.pdf",
        help="Word-dokument, eller PDF/A-1b för e-arkivet om filen slutar på .pdf",
    )
    exp_minutes = export.add_parser("minutes", help="minnesanteckningar från ett samtal")
    exp_minutes.add_argument("--conversation", type=id_arg, required=True, metavar="ID")
    exp_minutes.add_argument("--template", metavar="MALL.docx", help="kommunens egen Word-mall")
    exp_minutes.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FIL.docx|FIL.pdf",
        help="Word-dokument, eller PDF/A-1b om filen slutar på .pdf",
    )
    exp_remiss = export.add_parser(
        "remiss", help="remissversionen med missiv (remissinstanser, sista svarsdag)"
    )
    exp_remiss.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    exp_remiss.add_argument(
        "--version", type=id_arg, metavar="N", help="remissversionens nummer (standard den senaste)"
    )
    exp_remiss.add_argument(
        "--summary",
        action="store_true",
        help="i stället en sammanställning av remissvaren (till arbetsutskottet)",
    )
    exp_remiss.add_argument("--template", metavar="MALL.docx", help="kommunens egen Word-mall")
    exp_remiss.add_argument("-o", "--output", required=True, metavar="FIL.docx")
    exp_report = export.add_parser(
        "report", help="uppföljningsrapport för ett par och en mandatperiod"
    )
    exp_report.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    exp_report.add_argument(
        "--period", type=int, metavar="VALÅR", help="mandatperiodens valår, t.ex. 2022"
    )
    exp_report.add_argument("-o", "--output", required=True, metavar="FIL.docx")
    exp_handover = export.add_parser("handover", help="överlämning när någon i paret slutar")
    exp_handover.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    exp_handover.add_argument("-o", "--output", required=True, metavar="FIL.docx")


def add_import_command(commands: Commands) -> None:
    importer = commands.add_parser("import", help="importera från Word (.docx)").add_subparsers(
        dest="import_command", metavar="KOMMANDO", required=True
    )
    imp_agreement = importer.add_parser(
        "agreement", help="läs in en överenskommelse som nytt utkast och skriv ut versionens id"
    )
    imp_agreement.add_argument("file", metavar="FIL.docx")
    imp_agreement.add_argument("--pair", type=id_arg, required=True, metavar="ID")


def run_export(services: Samspel, args: argparse.Namespace) -> int:
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
    elif Path(args.output).suffix.lower() == ".pdf":
        # PDF/A-1b for the e-archive, rendered by Qt (the GUI layer) like the charts.
        from samspel_desktop.gui.pdf import write_pdf

        if template is not None:
            raise ValidationError("En Word-mall används bara för .docx; PDF/A skrivs utan mall.")
        if args.export_command == "agreement":
            version = services.word.agreement_version(args.pair, args.version)
            source = services.word.agreement_pdf(version.id)
        else:
            source = services.word.minutes_pdf(args.conversation)
        print(f"Skrev {write_pdf(source, Path(args.output))} (PDF/A-1b)", file=sys.stderr)
        return EXIT_OK
    elif args.export_command == "agreement":
        version = services.word.agreement_version(args.pair, args.version)
        result = services.word.export_agreement(version.id, Path(args.output), template=template)
    elif args.export_command == "remiss":
        version = services.word.remiss_version(args.pair, args.version)
        export = (
            services.word.export_remiss_summary if args.summary else services.word.export_remiss
        )
        result = export(version.id, Path(args.output), template=template)
    else:
        result = services.word.export_minutes(
            args.conversation, Path(args.output), template=template
        )
    for message in result.messages:
        print(f"samspel: obs: {message}", file=sys.stderr)
    print(f"Skrev {result.path}", file=sys.stderr)
    return EXIT_OK


def run_import(services: Samspel, args: argparse.Namespace) -> int:
    from samspel_desktop.services.word_import import read_agreement_docx

    pair = services.pair(args.pair)
    imported = read_agreement_docx(Path(args.file))
    version = services.agreements.add_imported_draft(pair, imported.title, imported.sections)
    for note in imported.notes:
        print(f"samspel: obs: {note}", file=sys.stderr)
    print(version.id)
    return EXIT_OK
