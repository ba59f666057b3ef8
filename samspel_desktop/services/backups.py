"""Backups with SQLite's backup API (never a file copy of a live database), and restore.

Automatic backups live in ``backups/`` beside the database, named
``samspel-ÅÅÅÅMMDD-TTMMSS-REASON.sqlite3`` (local time). One is taken before a schema upgrade,
at start-up and then once a day while the app runs (:func:`maybe_daily_backup`), and before a
restore or an archive import that replaces the content. Each is integrity-checked before it
gets its name. :func:`thin_backups` keeps every backup from the last week, one a week for about
two months and one a month for two years.

A restore first saves the current database (so it can be undone) or, if that is damaged,
moves it aside untouched; then it swaps the chosen file into place. The database must be
closed: :meth:`Samspel.restore <samspel_desktop.services.samspel.Samspel.restore>` does that
for a running app.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    NewerDatabaseError,
    NotFoundError,
    ValidationError,
)
from samspel_desktop.domain.labels import BACKUP_REASONS, lookup
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.storage.archive import has_user_data
from samspel_desktop.storage.database import (
    BACKUP_PREFIX,
    BACKUP_STAMP_FORMAT,
    DatabaseFileInfo,
    Store,
    backup_to,
    check_file,
    connect_read_only,
    inspect_file,
    install_database_file,
    move_aside,
    new_backup_path,
)

log = logging.getLogger(__name__)

#: How old the newest backup may be before the running app takes another.
DAILY = dt.timedelta(days=1)
#: Never thinned away, whatever their age: the newest few backups.
ALWAYS_KEEP_NEWEST = 3
KEEP_ALL_FOR = dt.timedelta(days=7)
KEEP_WEEKLY_FOR = dt.timedelta(weeks=9)
KEEP_MONTHLY_FOR = dt.timedelta(days=731)

_BACKUP_NAME = re.compile(
    re.escape(BACKUP_PREFIX) + r"(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite3"
)


@dataclass(frozen=True)
class Backup:
    """One backup file in ``backups/``."""

    path: Path
    created: dt.datetime
    reason: str
    size: int

    @property
    def reason_kind(self) -> str:
        """The reason without the number that keeps two names apart (``daglig-2`` → ``daglig``)."""
        return re.sub(r"-\d+$", "", self.reason)

    @property
    def reason_label(self) -> str:
        """Why the backup was taken, in Swedish (:data:`labels.BACKUP_REASONS`)."""
        return lookup(BACKUP_REASONS, self.reason_kind)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the data came from and how to undo it."""

    restored_from: Path
    #: A copy of the database as it was just before; restoring it undoes the restore.
    undo_backup: Path | None = None
    #: The damaged database, moved aside untouched (when the current one was damaged).
    set_aside: Path | None = None


# --- taking and listing backups ------------------------------------------------------------


def backup_now(store: Store, paths: DataPaths, *, reason: str = "manuell") -> Path:
    """Write an integrity-checked copy to ``backups/`` and return its path."""
    return backup_to(store.conn, new_backup_path(paths.backups, reason))


def backup_to_file(store: Store, destination: Path) -> Path:
    """A manual backup to a file the user chose (a USB stick when moving to a new laptop)."""
    if store.path is not None and _same_file(destination, store.path):
        raise ValidationError("Välj en annan fil än själva databasen.")
    if destination.is_dir():
        raise ValidationError(f"{destination} är en mapp. Välj ett filnamn.")
    return backup_to(store.conn, destination)


def _parse_stamp(stamp: str) -> dt.datetime:
    """``BACKUP_STAMP_FORMAT`` read back (``strptime`` would import 1 MB at every start)."""
    day, time = stamp.split("-")
    return dt.datetime(
        int(day[:4]), int(day[4:6]), int(day[6:]), int(time[:2]), int(time[2:4]), int(time[4:])
    )


def list_backups(paths: DataPaths) -> list[Backup]:
    """The backups in ``backups/``, newest first (other files there are ignored)."""
    if not paths.backups.is_dir():
        return []
    found: list[tuple[dt.datetime, int, Backup]] = []
    for path in paths.backups.iterdir():
        match = _BACKUP_NAME.fullmatch(path.name)
        if match is None or not path.is_file():
            continue
        try:
            created = _parse_stamp(match["stamp"])
            stat = path.stat()
        except (ValueError, OSError):
            continue
        # Names have whole seconds; the write time orders backups taken in the same second.
        found.append(
            (created, stat.st_mtime_ns, Backup(path, created, match["reason"], stat.st_size))
        )
    return [
        b for _, _, b in sorted(found, key=lambda t: (t[0], t[1], t[2].path.name), reverse=True)
    ]


def maybe_daily_backup(
    store: Store, paths: DataPaths, *, now: dt.datetime | None = None, reason: str = "daglig"
) -> Path | None:
    """Back up if the newest backup is older than a day; then thin. The GUI calls this hourly.

    Returns the new backup, or ``None`` when none was due (or the database holds nothing of
    the user's yet).
    """
    now = now or dt.datetime.now()
    backups = list_backups(paths)
    if backups and now - backups[0].created < DAILY:
        return None
    if not has_user_data(store):
        return None
    if store.integrity_verdict(wait=True):
        return None  # never back up a damaged database over the good ones (thinning)
    path = backup_to(store.conn, new_backup_path(paths.backups, reason, now))
    thin_backups(paths, now=now)
    return path


# --- thinning ------------------------------------------------------------------------------


def backups_to_keep(created: Sequence[dt.datetime], now: dt.datetime) -> set[int]:
    """Indexes into ``created`` of backups to keep.

    All from the last week; the newest of each ISO week for nine weeks; the newest of each
    month for two years; and always the newest few, however old (a laptop left in a drawer).
    """
    order = sorted(range(len(created)), key=lambda i: created[i], reverse=True)
    keep = set(order[:ALWAYS_KEEP_NEWEST])
    seen_buckets: set[tuple[str, int, int]] = set()
    for index in order:
        age = now - created[index]
        when = created[index]
        if age < KEEP_ALL_FOR:
            keep.add(index)
            continue
        if age < KEEP_WEEKLY_FOR:
            year, week, _ = when.isocalendar()
            bucket = ("week", year, week)
        elif age < KEEP_MONTHLY_FOR:
            bucket = ("month", when.year, when.month)
        else:
            continue
        if bucket not in seen_buckets:
            seen_buckets.add(bucket)
            keep.add(index)
    return keep


def thin_backups(paths: DataPaths, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete backups the age rule no longer keeps (and leftovers of interrupted backups)."""
    now = now or dt.datetime.now()
    backups = list_backups(paths)
    keep = backups_to_keep([b.created for b in backups], now)
    removed = []
    for index, backup in enumerate(backups):
        if index not in keep:
            try:
                backup.path.unlink()
            except OSError as error:
                log.info("could not remove old backup %s: %s", backup.path, error)
                continue
            removed.append(backup.path)
    if paths.backups.is_dir():
        for leftover in paths.backups.glob(f"{BACKUP_PREFIX}*.sqlite3.tmp"):
            leftover.unlink(missing_ok=True)
    return removed


# --- checking, restore and recovery -------------------------------------------------------


def check_database(paths: DataPaths) -> list[str]:
    """Problems found by ``integrity_check`` and ``foreign_key_check``; ``[]`` when healthy.

    Read-only: a damaged database is never written to. A missing database has no problems.
    """
    if not paths.database.is_file():
        return []
    return check_file(paths.database)


def validate_restore_source(source: Path, paths: DataPaths | None = None) -> DatabaseFileInfo:
    """Check that ``source`` is a healthy Samspel database this version can open.

    Raises a Swedish :class:`UserFacingError` otherwise; ``source`` is only read.
    """
    if not source.is_file():
        raise NotFoundError(f"Filen {source} finns inte.")
    if paths is not None and _same_file(source, paths.database):
        raise ValidationError("Det här är den databas som redan används. Välj en säkerhetskopia.")
    info = inspect_file(source)
    if not info.healthy:
        raise CorruptDatabaseError(
            f"Filen {source.name} är skadad eller är ingen Samspel-databas. "
            "Ingenting har återställts.",
            detail="; ".join(info.problems[:5]),
        )
    if not info.is_samspel:
        raise ValidationError(
            f"Filen {source.name} är en databas men inte från Samspel. Ingenting har återställts."
        )
    if info.is_newer:
        raise NewerDatabaseError(
            f"Filen {source.name} kommer från en nyare version av Samspel och kan inte "
            "återställas här. Installera den senaste versionen av Samspel."
        )
    return info


def restore_database(paths: DataPaths, source: Path) -> RestoreResult:
    """Replace the (closed) database with a copy of ``source``.

    The current database is first backed up (``fore-aterstallning``) so the restore can be
    undone; a damaged one is instead moved aside untouched. ``source`` itself is never
    changed. Nothing is replaced unless ``source`` passes :func:`validate_restore_source`.
    """
    validate_restore_source(source, paths)
    database = paths.database
    undo_backup: Path | None = None
    set_aside: Path | None = None
    staging = database.with_name(database.name + ".aterstalls")
    source_conn = connect_read_only(source)
    try:
        backup_to(source_conn, staging)
    finally:
        source_conn.close()
    try:
        if database.is_file() and database.stat().st_size > 0:
            if check_file(database, quick=True, foreign_keys=False):
                set_aside = set_damaged_aside(paths)
            else:
                current = connect_read_only(database)
                try:
                    undo_backup = backup_to(
                        current, new_backup_path(paths.backups, "fore-aterstallning")
                    )
                finally:
                    current.close()
        install_database_file(staging, database)
    finally:
        staging.unlink(missing_ok=True)
    log.info("restored %s from %s (undo: %s)", database, source, undo_backup or set_aside)
    return RestoreResult(source, undo_backup, set_aside)


def set_damaged_aside(paths: DataPaths, *, now: dt.datetime | None = None) -> Path:
    """Move a (closed) damaged database and its side files aside; return the new path.

    The file is renamed, never written, so it can still be sent to someone who can rescue it.
    """
    stamp = (now or dt.datetime.now()).strftime(BACKUP_STAMP_FORMAT)
    name = f"samspel-skadad-{stamp}.sqlite3"
    number = 2
    while (paths.root / name).exists():
        name = f"samspel-skadad-{stamp}-{number}.sqlite3"
        number += 1
    return move_aside(paths.database, name)


def newest_good_backup(paths: DataPaths) -> Backup | None:
    """The newest backup that passes ``integrity_check`` and this version can open."""
    for backup in list_backups(paths):
        info = inspect_file(backup.path)
        if info.healthy and info.is_samspel and not info.is_newer:
            return backup
    return None


def recover_from_newest_backup(paths: DataPaths) -> RestoreResult:
    """Set a damaged database aside and restore the newest good backup (database closed)."""
    backup = newest_good_backup(paths)
    if backup is None:
        raise NotFoundError(
            "Det finns ingen hel säkerhetskopia att återställa. Den skadade databasen har inte "
            "ändrats."
        )
    return restore_database(paths, backup.path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
