"""Commands for pairs and conversations: ``pair add``, ``list``, ``conversation start``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from samspel_desktop.cli.common import (
    EXIT_OK,
    PAIR_KINDS,
    PHASES,
    TERMS,
    date_arg,
    emit,
    id_arg,
    subcommands,
)

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel


def add_pair_command(commands: Commands) -> None:
    pair = subcommands(commands, "pair", "samspelspar")
    add = pair.add_parser("add", help="lägg till ett samspelspar och skriv ut dess id")
    add.add_argument(
        "--organisation", required=True, metavar="NAMN", help="kommunens eller regionens namn"
    )
    for side, person, title in (
        ("political", "politikens person", "Kommunstyrelsens ordförande"),
        ("executive", "förvaltningens person", "Kommundirektör"),
    ):
        add.add_argument(f"--{side}", required=True, metavar="NAMN", help=person)
        add.add_argument(
            f"--{side}-title",
            default="",
            metavar="TITEL",
            help=f"titel, t.ex. ”{title}” (annars efter --kind)",
        )
    add.add_argument(
        "--kind",
        default=PAIR_KINDS[0],
        choices=PAIR_KINDS,
        help="sorts par (standard kso-kd)",
    )
    add.add_argument(
        "--body",
        default="",
        metavar="NÄMND",
        help="nämnden paret leder, t.ex. ”Socialnämnden” (krävs för "
        "namndordforande-forvaltningschef; annars kommun- eller regionstyrelsen)",
    )
    add.add_argument(
        "--term",
        default=TERMS[0],
        choices=TERMS,
        help="vems mandattid paret följer: styrelsens (från 1 januari efter valet, standard) "
        "eller fullmäktiges (från 15 oktober valåret)",
    )
    add.add_argument(
        "--phase",
        default=PHASES[0],
        choices=PHASES,
        help="relationens fas (standard uppbyggande)",
    )
    add.add_argument("--start-date", type=date_arg, metavar="ÅÅÅÅ-MM-DD", help="startdatum")
    add.add_argument(
        "--predecessor",
        type=id_arg,
        metavar="ID",
        help="paret som detta par ersätter (vid byte av person)",
    )


def add_list_command(commands: Commands) -> None:
    listing = commands.add_parser("list", help="lista par, samtal eller guider")
    listing.add_argument("what", choices=["pairs", "conversations", "guides"])
    listing.add_argument("--pair", type=id_arg, metavar="ID", help="bara samtal för detta par")
    listing.add_argument("--json", action="store_true", help="maskinläsbar utdata")


def add_conversation_command(commands: Commands) -> None:
    conversation = subcommands(commands, "conversation", "samspelssamtal")
    start = conversation.add_parser("start", help="skapa ett samtal och skriv ut dess id")
    start.add_argument("--pair", type=id_arg, required=True, metavar="ID")
    start.add_argument(
        "--guide",
        action="append",
        default=[],
        metavar="GUIDE_ID",
        help="samtalsguide (kan anges flera gånger; annars föreslås en)",
    )
    start.add_argument("--date", type=date_arg, metavar="ÅÅÅÅ-MM-DD", help="datum (standard i dag)")


def run_pair(services: Samspel, args: argparse.Namespace) -> int:
    from samspel_desktop.domain.calendar import TermBasis
    from samspel_desktop.domain.model import PairKind, Phase

    named = ("organisation", "political", "political_title", "executive", "executive_title")
    pair = services.pairs.add(
        **{name: getattr(args, name) for name in named},
        kind=PairKind(args.kind),
        phase=Phase(args.phase),
        start_date=args.start_date,
        predecessor_id=args.predecessor,
        body=args.body,
        term=TermBasis(args.term),
    )
    print(pair.id)
    return EXIT_OK


def run_list(services: Samspel, args: argparse.Namespace) -> int:
    from samspel_desktop.domain.bodies import body_of
    from samspel_desktop.domain.labels import label

    rows: list[dict[str, Any]]
    if args.what == "pairs":
        pairs = services.pairs.all()
        rows = [
            {
                "id": p.id,
                "organisation": p.organisation.name,
                "kind": p.kind.value,
                "body": p.body,
                "term": p.term.value,
                "political": p.political.name,
                "political_title": p.political.title,
                "executive": p.executive.name,
                "executive_title": p.executive.title,
                "phase": p.phase.value,
                "start_date": p.start_date.isoformat(),
                "end_date": p.end_date.isoformat() if p.end_date else None,
            }
            for p in pairs
        ]
        shown = [
            {**r, "kind": label(p.kind), "phase": label(p.phase), "body": body_of(p)}
            for r, p in zip(rows, pairs, strict=True)
        ]
        emit(
            rows,
            args.json,
            [
                ("id", "Id"),
                ("organisation", "Organisation"),
                ("kind", "Sort"),
                ("body", "Leder"),
                ("political", "Politiken"),
                ("executive", "Förvaltningen"),
                ("phase", "Fas"),
            ],
            shown=shown,
        )
    elif args.what == "conversations":
        conversations = services.conversations.all(args.pair)
        rows = [
            {
                "id": c.id,
                "pair_id": c.pair_id,
                "date": c.date.isoformat(),
                "status": c.status.value,
                "guides": [g.id for g in c.guides],
                "present": list(c.present),
            }
            for c in conversations
        ]
        shown = [
            {**r, "status": label(c.status), "guides": [g.title for g in c.guides]}
            for r, c in zip(rows, conversations, strict=True)
        ]
        emit(
            rows,
            args.json,
            [
                ("id", "Id"),
                ("pair_id", "Par"),
                ("date", "Datum"),
                ("status", "Status"),
                ("guides", "Samtalsguider"),
            ],
            shown=shown,
        )
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
        emit(
            rows,
            args.json,
            [
                ("id", "Id"),
                ("version", "Version"),
                ("questions", "Frågor"),
                ("builtin", "Inbyggd"),
                ("title", "Rubrik"),
            ],
        )
    return EXIT_OK


def run_conversation(services: Samspel, args: argparse.Namespace) -> int:
    conversation = services.conversations.start(args.pair, guide_ids=args.guide, date=args.date)
    print(conversation.id)
    return EXIT_OK
