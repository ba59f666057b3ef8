"""The data folder: archive, backups, restore and recovery, the integrity check, the trash."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samspel_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    emit,
    fail,
    output_arg,
    reading_command,
    subcommands,
)
from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.domain.text import counted
from samspel_desktop.services.paths import DataPaths

if TYPE_CHECKING:
    from samspel_desktop.cli.common import Commands
    from samspel_desktop.services.backups import RestoreResult
    from samspel_desktop.services.samspel import Samspel


def add_archive_command(commands: Commands) -> None:
    archive = subcommands(commands, "archive", "exportera eller importera allt")
    exp = archive.add_parser("export", help="skriv all data till en JSON-fil")
    output_arg(exp, "FIL.json")
    imp = reading_command(archive, "import", "läs in ett arkiv (allt eller inget)", "FIL.json")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="ersätt befintligt innehåll (en säkerhetskopia tas först)",
    )


def add_trash_command(commands: Commands) -> None:
    trash = subcommands(commands, "trash", "papperskorgen")
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


def add_check_command(commands: Commands) -> None:
    commands.add_parser(
        "check", help="kontrollera databasens integritet utan att ändra den (skriver ”ok”)"
    )


def add_backup_command(commands: Commands) -> None:
    backup = commands.add_parser(
        "backup", help="ta en säkerhetskopia nu och skriv ut var den sparades"
    )
    backup.add_argument(
        "-o",
        "--output",
        metavar="FIL",
        help="spara kopian i den här filen, t.ex. på ett USB-minne (annars i backups/)",
    )


def add_backups_command(commands: Commands) -> None:
    backups = commands.add_parser("backups", help="lista säkerhetskopiorna i backups/")
    backups.add_argument("--json", action="store_true", help="maskinläsbar utdata")


def add_restore_command(commands: Commands) -> None:
    restore = commands.add_parser(
        "restore",
        help="återställ databasen från en säkerhetskopia (den nuvarande sparas först)",
    )
    restore.add_argument(
        "file", metavar="FIL", help="en säkerhetskopia: sökväg eller filnamn i backups/"
    )


def add_recover_command(commands: Commands) -> None:
    commands.add_parser(
        "recover",
        help="flytta undan en skadad databas och återställ den senaste hela säkerhetskopian",
    )


def run_archive(services: Samspel, args: argparse.Namespace) -> int:
    if args.archive_command == "export":
        counts = services.data_folder.export_archive(Path(args.output))
        rows = counted(sum(counts.values()), "%n rad", "%n rader")
        print(f"Exporterade {rows} till {args.output}", file=sys.stderr)
        return EXIT_OK
    counts = services.data_folder.import_archive(Path(args.file), replace=args.replace)
    rows = counted(sum(counts.values()), "%n rad", "%n rader")
    print(f"Importerade {rows} från {args.file}", file=sys.stderr)
    return EXIT_OK


def run_backup(services: Samspel, args: argparse.Namespace) -> int:
    path = services.data_folder.backup(Path(args.output) if args.output else None)
    print(path)
    return EXIT_OK


def run_trash(services: Samspel, args: argparse.Namespace) -> int:
    if args.trash_command == "list":
        rows: list[dict[str, Any]] = [
            {
                "kind": i.kind,
                "id": i.id,
                "label": services.trash.describe(i),
                "deleted_at": i.deleted_at,
            }
            for i in services.trash.items()
        ]
        # The kind is shown as typed to ``trash restore KIND ID``.
        emit(
            rows,
            args.json,
            [("kind", "Sort"), ("id", "Id"), ("deleted_at", "Borttaget"), ("label", "Vad")],
            shown=[{**r, "deleted_at": r["deleted_at"][:19].replace("T", " ")} for r in rows],
        )
        return EXIT_OK
    if args.trash_command == "restore":
        item_id: int | str = int(args.id) if args.id.isdigit() else args.id
        services.trash.restore(args.kind, item_id)
        print(f"Tog tillbaka {args.kind} {args.id} ur papperskorgen.", file=sys.stderr)
        return EXIT_OK
    if not args.yes:
        count = counted(len(services.trash.items()), "%n sak", "%n saker")
        print(
            f"samspel: fel: Papperskorgen har {count}. Att tömma den raderar dem för gott; "
            "lägg till --yes för att göra det.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    counts = services.trash.empty()
    deleted = counted(sum(counts.values()), "%n rad", "%n rader")
    print(f"Raderade {deleted} för gott.", file=sys.stderr)
    return EXIT_OK


# Commands that work on the database file without opening it for writing: they must work on
# a damaged database (and never change it) or need it closed.


def run_check(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.services.backups import check_database, damaged_database_error, disk_full

    problems = check_database(paths)
    if problems:
        raise damaged_database_error(paths, problems)
    print("ok")
    if disk_full(paths):  # the database is whole, but nothing can be saved to it now
        print(f"samspel: obs: Disken där {paths.root} ligger är full.", file=sys.stderr)
    return EXIT_OK


def run_backups(paths: DataPaths, args: argparse.Namespace) -> int:
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
    emit(
        rows,
        args.json,
        [("created", "Skapad"), ("reason_label", "Varför"), ("size", "Byte"), ("file", "Fil")],
    )
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


def run_restore(paths: DataPaths, args: argparse.Namespace) -> int:
    from samspel_desktop.services.backups import restore_database

    source = Path(args.file)
    if not source.exists() and (paths.backups / args.file).is_file():
        source = paths.backups / args.file
    _report_restore(restore_database(paths, source))
    return EXIT_OK


def run_recover(paths: DataPaths, args: argparse.Namespace) -> int:
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
    "check": run_check,
    "backups": run_backups,
    "restore": run_restore,
    "recover": run_recover,
}
#: File commands that replace the database: refused while the app has the folder open.
_EXCLUSIVE_COMMANDS = ("restore", "recover")


def run_file_command(paths: DataPaths, args: argparse.Namespace) -> int:
    """Run a command on the database file (``check``, ``backups``, ``restore``, ``recover``)."""
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
        return fail(error)
    finally:
        if lock is not None:
            lock.unlock()
