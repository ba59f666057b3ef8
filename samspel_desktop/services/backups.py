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

import contextlib
import datetime as dt
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    NewerDatabaseError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from samspel_desktop.domain.labels import BACKUP_REASONS, lookup
from samspel_desktop.domain.progress import Progress
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.storage.archive import has_user_data
from samspel_desktop.storage.database import Store, holding_write_lock, open_store
from samspel_desktop.storage.database_files import (
    BACKUP_PREFIX,
    BACKUP_STAMP_FORMAT,
    backup_to,
    install_database_file,
    move_aside,
    new_backup_path,
    side_files,
)
from samspel_desktop.storage.environment import disk_is_full
from samspel_desktop.storage.inspection import (
    DatabaseFileInfo,
    connect_read_only,
    describe_damage,
    foreign_error,
    inspect_file,
    unusable_file_problems,
)

log = logging.getLogger(__name__)

#: How old the newest backup may be before the running app takes another.
DAILY = dt.timedelta(days=1)
#: Never thinned away, whatever their age: the newest few backups.
ALWAYS_KEEP_NEWEST = 3
KEEP_ALL_FOR = dt.timedelta(days=7)
KEEP_WEEKLY_FOR = dt.timedelta(weeks=9)
KEEP_MONTHLY_FOR = dt.timedelta(days=731)
#: A temporary file of a backup older than this was left by an interrupted backup.
LEFTOVER_AGE = dt.timedelta(hours=1)

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


def backup_now(
    store: Store, paths: DataPaths, *, reason: str = "manuell", progress: Progress | None = None
) -> Path:
    """Write an integrity-checked copy to ``backups/`` and return its path."""
    with store.lock:
        return backup_to(store.conn, new_backup_path(paths.backups, reason), progress=progress)


def backup_to_file(store: Store, destination: Path, *, progress: Progress | None = None) -> Path:
    """A manual backup to a file the user chose (a USB stick when moving to a new laptop)."""
    if store.path is not None and _same_file(destination, store.path):
        raise ValidationError("Välj en annan fil än själva databasen.")
    if destination.is_dir():
        raise ValidationError(f"{destination} är en mapp. Välj ett filnamn.")
    with store.lock:
        return backup_to(store.conn, destination, progress=progress)


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
    """Back up if the newest backup is older than a day; then thin.

    Returns the new backup, or ``None`` when none was due (or the database holds nothing of
    the user's yet).
    """
    pending = DailyBackup.if_due(store, paths, now=now, reason=reason)
    if pending is None:
        return None
    with pending:
        return pending.write()


class DailyBackup:
    """A daily backup that is due: the database held as it was when this was made (a read
    snapshot, :meth:`Store.snapshot`), copied by :meth:`write` on any thread while the store's
    own connection goes on working. Whatever is written after it was made is not in it.

    Close it (or use it as a context manager) when done; :meth:`write` closes it too.
    """

    def __init__(self, store: Store, paths: DataPaths, now: dt.datetime, reason: str) -> None:
        self._store = store
        self._paths = paths
        self._now = now
        self._reason = reason
        self._snapshot = contextlib.ExitStack()
        self._reader = self._snapshot.enter_context(store.snapshot())

    @classmethod
    def if_due(
        cls,
        store: Store,
        paths: DataPaths,
        *,
        now: dt.datetime | None = None,
        reason: str = "daglig",
    ) -> DailyBackup | None:
        """A snapshot to back up when the newest backup is more than a day old, else None.

        On a network drive (where the store holds the file for itself) the backup is written
        at once, on the caller's thread, and None is returned.
        """
        now = now or dt.datetime.now()
        backups = list_backups(paths)
        if backups and now - backups[0].created < DAILY:
            return None
        pending = cls(store, paths, now, reason)
        if pending._reader is store:
            with pending:
                pending.write()
            return None
        return pending

    def write(self, *, progress: Progress | None = None) -> Path | None:
        """Copy the snapshot to ``backups/`` (then thin them); None when the database holds
        nothing of the user's yet or is damaged. Waits for the start-up check's verdict."""
        try:
            if not has_user_data(self._reader):
                return None
            if self._store.integrity_verdict(wait=True):
                return None  # never back up a damaged database over the good ones (thinning)
            path = backup_to(
                self._reader.conn,
                new_backup_path(self._paths.backups, self._reason, self._now),
                progress=progress,
            )
            thin_backups(self._paths, now=self._now)
            return path
        finally:
            self.close()

    def close(self) -> None:
        self._snapshot.close()

    def __enter__(self) -> DailyBackup:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


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
        # A fresh one may be another process's backup under way (a command beside the app).
        stale = time.time() - LEFTOVER_AGE.total_seconds()
        for leftover in paths.backups.glob(f"{BACKUP_PREFIX}*.tmp"):
            with contextlib.suppress(OSError):
                if leftover.stat().st_mtime < stale:
                    leftover.unlink()
    return removed


# --- checking, restore and recovery -------------------------------------------------------


def check_database(paths: DataPaths) -> list[str]:
    """Damage found by ``integrity_check``, ``foreign_key_check`` and the schema check; ``[]``
    when whole.

    Read-only: a damaged database is never written to. A missing database has no problems;
    another program's database raises :class:`ForeignDatabaseError`.
    """
    problems = unusable_file_problems(paths.database, paths.backups)
    if problems or not _has_data(paths.database):
        return problems
    info = inspect_file(paths.database)
    if info.is_foreign:
        raise foreign_error(paths.database)
    return list(info.problems)


def disk_full(paths: DataPaths) -> bool:
    """Whether the disk holding the data folder has (almost) no space left."""
    return disk_is_full(paths.root)


def damaged_database_error(
    paths: DataPaths, problems: list[str] | tuple[str, ...], detail: str = ""
) -> CorruptDatabaseError:
    """The data folder's database is damaged: what is wrong, and the newest good backup."""
    newest = newest_good_backup(paths)
    if newest is None:
        offer = "Det finns ingen hel säkerhetskopia att återställa."
    else:
        when = newest.created.strftime("%Y-%m-%d %H:%M")
        offer = f"Den senaste hela säkerhetskopian är från {when} och kan återställas."
    reason = describe_damage(problems)
    return CorruptDatabaseError(
        f"Databasen i {paths.root} är skadad{f' ({reason})' if reason else ''} och har inte "
        f"ändrats. {offer}",
        detail=detail or "; ".join(problems[:5]),
        damaged_file=paths.database,
        newest_backup=newest.path if newest else None,
        problems=tuple(problems),
    )


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
        reason = describe_damage(info.problems)
        raise CorruptDatabaseError(
            f"Filen {source.name} är skadad{f' ({reason})' if reason else ''}. "
            "Ingenting har återställts; välj en annan säkerhetskopia.",
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


def restore_database(
    paths: DataPaths, source: Path, *, progress: Progress | None = None
) -> RestoreResult:
    """Replace the (closed) database with a copy of ``source``.

    The copy is made and brought up to this version's schema first, beside the database;
    nothing is replaced unless that succeeds. The current database is then backed up
    (``fore-aterstallning``) so the restore can be undone; a damaged one (or another program's)
    is instead moved aside untouched. ``source`` itself is never changed.
    """
    validate_restore_source(source, paths)
    database = paths.database
    staging = database.with_name(database.name + ".aterstalls")
    undo_backup: Path | None = None
    set_aside: Path | None = None
    try:
        try:
            _stage(source, staging, database, progress=_part(progress, 0, 2))
            if database.exists() or side_files(database):
                if not _whole(paths):
                    set_aside = set_damaged_aside(paths)
                elif _has_data(database):
                    # Under the write lock from the undo backup until the new file is in
                    # place: a save by another process (a command) lands in the backup or,
                    # once it gets the lock, in the restored file - never in between.
                    with holding_write_lock(database):
                        current = connect_read_only(database)
                        try:
                            undo_backup = backup_to(
                                current,
                                new_backup_path(paths.backups, "fore-aterstallning"),
                                progress=_part(progress, 1, 2),
                            )
                        finally:
                            current.close()
                        _install(staging, database, keep_replaced=True)
            if undo_backup is None:
                _install(staging, database, keep_replaced=set_aside is None)
        except StorageError as error:
            if set_aside is not None:
                try:
                    move_aside(set_aside, database.name)  # back where it was
                except StorageError:
                    log.exception("could not put %s back as %s", set_aside, database.name)
            if isinstance(error, (DiskFullError, DatabaseLockedError)):
                raise _nothing_restored(error) from error
            raise
    finally:
        for leftover in (staging, *side_files(staging)):
            leftover.unlink(missing_ok=True)
    log.info("restored %s from %s (undo: %s)", database, source, undo_backup or set_aside)
    return RestoreResult(source, undo_backup, set_aside)


def _part(progress: Progress | None, index: int, parts: int) -> Progress | None:
    """``progress`` for part ``index`` of ``parts`` equal parts of the work (in per mille)."""
    if progress is None:
        return None
    report = progress

    def part(done: int, total: int) -> None:
        report((index * 1000 + 1000 * done // max(total, 1)) // parts, 1000)

    return part


def _stage(
    source: Path, staging: Path, database: Path, *, progress: Progress | None = None
) -> None:
    """Copy ``source`` to ``staging`` and open it once: an older backup is migrated, and a copy
    this version cannot use is refused before anything else happens.

    The restored data folder is a new device for the exchange between laptops
    (``docs/exchange.md``): under its old id, its edits from now on could look to the other
    laptops like changes they already have.
    """
    source_conn = connect_read_only(source)
    try:
        backup_to(source_conn, staging, progress=progress)
    finally:
        source_conn.close()
    store = open_store(staging)
    try:
        store.renew_device(database)
    finally:
        store.close()


def _whole(paths: DataPaths) -> bool:
    """Whether the current database is a whole Samspel database (else it is set aside)."""
    try:
        return not check_database(paths)
    except StorageError as error:
        if isinstance(error, (DiskFullError, DatabaseLockedError)):
            raise
        return False  # another program's file, or one SQLite cannot read: set it aside


def _install(staging: Path, database: Path, *, keep_replaced: bool) -> None:
    """Put ``staging`` in place of ``database``; the replaced file (already backed up) is moved
    aside first and deleted only once the new one is in place, so a failure changes nothing."""
    replaced = None
    if keep_replaced and (database.exists() or side_files(database)):
        replaced = move_aside(database, database.name + ".ersatt")
    try:
        install_database_file(staging, database)
    except BaseException:
        if replaced is not None:
            try:
                move_aside(replaced, database.name)
            except StorageError:  # report the first error; this one goes to the log
                log.exception("could not put %s back as %s", replaced, database.name)
        raise
    if replaced is not None:
        for old in (replaced, *side_files(replaced)):
            old.unlink(missing_ok=True)


def _nothing_restored(error: StorageError) -> StorageError:
    if isinstance(error, DiskFullError):
        return DiskFullError(
            "Disken är full, så säkerhetskopian kunde inte återställas. Frigör utrymme och "
            "försök igen. Databasen har inte ändrats.",
            detail=error.detail,
        )
    return DatabaseLockedError(
        "Databasen används av ett annat program (Samspel i ett annat fönster, ett antivirus- "
        "eller säkerhetskopieringsprogram), så ingenting har återställts. Stäng det och "
        "försök igen.",
        detail=error.detail,
    )


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


def _usable(backup: Backup) -> bool:
    """Whether a backup passes ``integrity_check`` and this version can open it."""
    try:
        info = inspect_file(backup.path)
    except StorageError as error:  # unreadable (a lock, permissions): not a usable backup
        log.info("backup %s unreadable: %s (%s)", backup.path, error.message, error.detail)
        return False
    return info.healthy and info.is_samspel and not info.is_newer


def newest_good_backup(paths: DataPaths) -> Backup | None:
    """The newest backup that passes ``integrity_check`` and this version can open."""
    return next((b for b in list_backups(paths) if _usable(b)), None)


def recover_from_newest_backup(paths: DataPaths) -> RestoreResult:
    """Set a damaged database aside and restore the newest good backup (database closed).

    Damaged or unreadable backups are skipped, including one found unusable only while it
    is being restored.
    """
    for backup in list_backups(paths):
        if not _usable(backup):
            continue
        try:
            return restore_database(paths, backup.path)
        except CorruptDatabaseError as error:
            log.info("backup %s not restorable: %s", backup.path, error.detail)
    raise NotFoundError(
        "Det finns ingen hel säkerhetskopia att återställa. Den skadade databasen har inte ändrats."
    )


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
