"""The database's files on disk: copies (backups), side files, renames and swaps.

Everything here works on closed files or through SQLite's backup API, never by opening the
live file for writing; a rename is made durable by syncing its folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.errors import CorruptDatabaseError, ReadOnlyStorageError
from samspel_desktop.domain.progress import Progress
from samspel_desktop.storage.environment import os_storage_error, storage_errors
from samspel_desktop.storage.privacy import create_private_file, private_mkdir, restrict
from samspel_desktop.storage.renames import replace_retrying

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger; ``logging`` is imported when something is logged (~2 ms of
    every command's start otherwise)."""
    import logging

    return logging.getLogger(__name__)


#: SQLite's companion files of a database in WAL mode.
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")

#: A file's device and inode (file index on Windows): which file a path names right now.
FileIdentity = tuple[int, int]


def file_identity(path: Path | None) -> FileIdentity | None:
    """The identity of the file at ``path`` (``None``: in memory, or no file there).

    ``os.stat`` never opens the file on POSIX, where closing any descriptor of the live database
    would drop SQLite's locks on it.
    """
    if path is None:
        return None
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


#: Pages copied per step of a backup (4 MiB with 4 KiB pages): between steps the progress is
#: reported and a cancel can stop the copy.
BACKUP_STEP_PAGES = 1024


def backup_to(
    conn: sqlite3.Connection, destination: Path, *, progress: Progress | None = None
) -> Path:
    """Copy a live database with SQLite's backup API to ``destination`` (temp file + rename).

    The copy is in rollback-journal mode (one self-contained file), readable by the user only,
    and passes ``integrity_check`` before it gets its final name. Nothing is left behind when
    it fails (a full disk, a damaged source) or when ``progress`` raises. ``progress`` hears
    of every :data:`BACKUP_STEP_PAGES` pages copied.
    """
    try:
        private_mkdir(destination.parent)
    except OSError as error:
        raise ReadOnlyStorageError(
            f"Mappen {destination.parent} kunde inte skapas.", detail=str(error)
        ) from error
    # Its own name: two processes may back up at the same moment (a command beside the app).
    temporary = destination.with_name(f"{destination.name}.{os.urandom(4).hex()}.tmp")
    try:
        try:
            create_private_file(temporary)
        except OSError as error:
            raise os_storage_error(destination, error) from error
        with storage_errors(destination.parent):
            target = sqlite3.connect(str(temporary))
            try:
                if progress is None:
                    conn.backup(target)
                else:
                    conn.backup(
                        target,
                        pages=BACKUP_STEP_PAGES,
                        progress=lambda _status, left, total: progress(total - left, total),
                    )
                target.execute("PRAGMA journal_mode = DELETE")
                check = target.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                target.close()
        if check != "ok":
            raise CorruptDatabaseError("Säkerhetskopian blev inte korrekt.", detail=str(check))
        try:
            os.replace(temporary, destination)
        except OSError as error:
            raise os_storage_error(destination, error) from error
    except BaseException:
        for leftover in (temporary, *side_files(temporary)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    _fsync_directory(destination.parent)
    return destination


#: Backups are named ``samspel-ÅÅÅÅMMDD-TTMMSS-REASON.sqlite3`` (local time).
BACKUP_PREFIX = "samspel-"
BACKUP_STAMP_FORMAT = "%Y%m%d-%H%M%S"


def new_backup_path(folder: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """A fresh name for a backup in ``folder``; never an existing file's name."""
    stamp = (now or dt.datetime.now()).strftime(BACKUP_STAMP_FORMAT)
    candidate = folder / f"{BACKUP_PREFIX}{stamp}-{reason}.sqlite3"
    number = 2
    while candidate.exists():
        candidate = folder / f"{BACKUP_PREFIX}{stamp}-{reason}-{number}.sqlite3"
        number += 1
    return candidate


def _fsync_directory(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def side_files(database: Path) -> list[Path]:
    """The database's ``-wal``, ``-shm`` and ``-journal`` files that exist."""
    candidates = (database.with_name(database.name + s) for s in SIDE_FILE_SUFFIXES)
    return [p for p in candidates if p.exists()]


def is_database_file(path: Path, database: Path) -> bool:
    """Whether ``path`` is ``database`` or one of its side files, by ``stat`` (never opened:
    closing a descriptor of the live file would drop this process's locks on it)."""
    try:
        target = path.stat()
    except OSError:
        return False
    for candidate in (
        database,
        *(database.with_name(database.name + s) for s in SIDE_FILE_SUFFIXES),
    ):
        try:
            found = candidate.stat()
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            return True
    return False


def move_aside(database: Path, new_name: str) -> Path:
    """Rename a closed database and its side files to ``new_name`` in the same folder.

    Renaming keeps every byte (the file is never written); side files move with it so SQLite
    still pairs them with the file under its new name. The database goes first: if another
    program holds it (Windows), nothing has moved. If a side file cannot follow, what moved
    is moved back, so the last commits in a ``-wal`` never end up apart from their database.
    """
    target = database.with_name(new_name)
    # Without the database (a -wal left alone) the side files still go together.
    sources = ([database] if database.exists() else []) + side_files(database)
    moved: list[tuple[Path, Path]] = []
    try:
        for source in sources:
            destination = target.with_name(target.name + source.name[len(database.name) :])
            replace_retrying(source, destination)
            moved.append((source, destination))
    except OSError as error:
        for source, destination in reversed(moved):
            try:
                replace_retrying(destination, source)
            except OSError:
                _log().exception("could not move %s back to %s", destination, source)
        raise os_storage_error(database, error) from error
    _fsync_directory(database.parent)
    return target


def install_database_file(staging: Path, database: Path) -> None:
    """Swap a prepared, closed database file into place (the open database must be closed).

    Old side files go first: a ``-wal`` left beside the new file would be replayed onto it.
    """
    try:
        for side in side_files(database):
            side.unlink()
        restrict(staging)
        replace_retrying(staging, database)
    except OSError as error:
        raise os_storage_error(database, error) from error
    _fsync_directory(database.parent)
