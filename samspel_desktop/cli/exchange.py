"""Commands for two laptops, one history: ``answer``, ``exchange``, ``sync`` (docs/exchange.md)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.cli.common import EXIT_OK, id_arg, number_arg
from samspel_desktop.domain.errors import SyncError, ValidationError
from samspel_desktop.domain.text import counted

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel

_SIDES = {"political": "political", "executive": "executive", "joint": "conclusion"}


def add_answer_command(commands: Commands) -> None:
    answer = commands.add_parser(
        "answer", help="skriv en text i ett samtal (som i samtalsvyn, sparas direkt)"
    )
    answer.add_argument("--conversation", required=True, type=id_arg, metavar="ID")
    answer.add_argument(
        "--question",
        required=True,
        type=number_arg,
        metavar="N",
        help="frågans nummer (Fråga N av M)",
    )
    answer.add_argument("--side", required=True, choices=list(_SIDES))
    answer.add_argument("--text", required=True, metavar="TEXT")


def run_answer(services: Samspel, args: argparse.Namespace) -> int:
    from samspel_desktop.domain.model import Answer

    conversation = services.conversations.get(args.conversation)
    keys = [g.question_key(q) for g in conversation.guides for _, q in g.questions()]
    if args.question > len(keys):
        raise ValidationError(f"Samtalet har {len(keys)} frågor; fråga {args.question} finns inte.")
    key = keys[args.question - 1]
    current = services.conversations.answers(conversation.id).get(key) or Answer(
        conversation.id, key
    )
    services.conversations.save_answer(
        dataclasses.replace(current, **{_SIDES[args.side]: args.text})
    )
    return EXIT_OK


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FIL",
        help="fil med lösenfrasen (första raden) som skyddar filerna",
    )


def add_exchange_command(commands: Commands) -> None:
    exchange = commands.add_parser(
        "exchange", help="dela ett samspelspar med en annan dator via en fil"
    ).add_subparsers(dest="exchange_command", metavar="KOMMANDO", required=True)
    export = exchange.add_parser(
        "export", help="parets historik, eller ändringarna sedan förra utbytet, till en fil"
    )
    export.add_argument("--pair", required=True, type=id_arg, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FIL.samspel")
    export.add_argument(
        "--full", action="store_true", help="hela historiken, inte bara ändringarna"
    )
    _passphrase_option(export)
    imported = exchange.add_parser("import", help="ta emot en fil från en annan dator")
    imported.add_argument("file", metavar="FIL.samspel")
    imported.add_argument(
        "--add-pair",
        action="store_true",
        help="lägg till samspelsparet om det inte finns på den här datorn",
    )
    _passphrase_option(imported)


def add_sync_command(commands: Commands) -> None:
    sync = commands.add_parser(
        "sync", help="håll samspelsparen i takt via en delad mapp (en fil per dator)"
    )
    sync.add_argument("--folder", required=True, metavar="MAPP")
    _passphrase_option(sync)
    sync.add_argument(
        "--unencrypted",
        action="store_true",
        help="bekräfta att filerna får skrivas okrypterade i mappen (frågas en gång)",
    )


def read_passphrase(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        text = Path(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise SyncError(f"Lösenfrasen kunde inte läsas från {name}.", detail=str(error)) from error
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase.strip():
        raise SyncError(f"Filen {name} innehåller ingen lösenfras.")
    return passphrase


def run_exchange(services: Samspel, args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    if args.exchange_command == "export":
        counts = services.exchange.export_pair(
            args.pair, Path(args.output), passphrase=passphrase, full=args.full
        )
        what = "hela historiken" if counts["full"] else "ändringarna sedan förra utbytet"
        rows = counted(counts["rows"], "%n post", "%n poster")
        print(f"Exporterade {what} ({rows}) till {args.output}")
        return EXIT_OK
    report = services.exchange.import_file(
        Path(args.file), passphrase=passphrase, add_pairs=args.add_pair
    )
    print(report.summary())
    return EXIT_OK


def run_sync(services: Samspel, args: argparse.Namespace) -> int:
    report = services.exchange.sync_folder(
        Path(args.folder),
        passphrase=read_passphrase(args.passphrase_file),
        confirm_unencrypted=args.unencrypted,
    )
    files = counted(report.files_read, "%n fil", "%n filer")
    print(f"Läste {files} från andra datorer. {report.summary()}")
    for name in report.files_skipped:
        print(f"Hoppade över {name} (ofullständig eller oläslig; läses nästa gång).")
    return EXIT_OK
