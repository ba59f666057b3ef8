"""``samspel guide``: share samtalsguider as files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.cli.common import EXIT_OK, output_arg, reading_command, subcommands

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel


def add_guide_command(commands: Commands) -> None:
    guide = subcommands(commands, "guide", "dela samtalsguider som filer")
    guide_export = guide.add_parser("export", help="skriv en guide till en fil (docs/guides.md)")
    guide_export.add_argument("id", metavar="GUIDE_ID")
    output_arg(guide_export, "FIL.json")
    guide_import = reading_command(
        guide,
        "import",
        "läs in en guide; samma innehåll igen ändrar ingenting, annat innehåll med "
        "samma id sparas bredvid (eller ersätter med --replace)",
        "FIL.json",
    )
    guide_import.add_argument(
        "--replace",
        action="store_true",
        help="ersätt en egen guide med samma id (versionen höjs); inbyggda ersätts aldrig",
    )


def run_guide(services: Samspel, args: argparse.Namespace) -> int:
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
