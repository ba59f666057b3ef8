"""``samspel search``: all text, with snippets and the place to open."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from samspel_desktop.cli.common import EXIT_OK, number_arg

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.samspel import Samspel


def add_search_command(commands: Commands) -> None:
    search = commands.add_parser(
        "search",
        help="sök i all text (anteckningar, slutsatser, åtaganden, överenskommelser, gråzonen)",
    )
    search.add_argument("query", metavar="SÖKORD", nargs="+")
    search.add_argument("--limit", type=number_arg, default=50, metavar="N")
    search.add_argument("--json", action="store_true", help="maskinläsbar utdata")


def run_search(services: Samspel, args: argparse.Namespace) -> int:
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
