"""The one place that opens the database, sets its pragmas and runs migrations."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    NewerDatabaseError,
    ReadOnlyStorageError,
    StorageError,
)
from samspel_desktop.domain.sync import value_hash
from samspel_desktop.storage.steps import KNOWN_MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database
from samspel_desktop.storage.privacy import create_private_file, private_mkdir, restrict

log = logging.getLogger(__name__)

DATABASE_FILENAME = "samspel.sqlite3"
_MIGRATIONS_TABLE = "_sqlite_migrations"
#: The first 16 bytes of every SQLite 3 database file.
SQLITE_HEADER = b"SQLite format 3\x00"
#: SQLite's companion files of a database in WAL mode.
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 UTC strings with seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def translate_error(error: sqlite3.Error) -> StorageError | None:
    """Map SQLite's errors from the user's environment to a Swedish :class:`StorageError`.

    Returns ``None`` for errors that are bugs (constraint violations, SQL mistakes).
    """
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFullError(
            "Disken är full. Det du skrev finns kvar men är inte sparat – frigör utrymme, "
            "så sparas det vid nästa försök.",
            detail=str(error),
        )
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return ReadOnlyStorageError(
            "Databasen går inte att skriva till (skrivskyddad fil eller mapp). "
            "Det du skrev finns kvar men är inte sparat.",
            detail=str(error),
        )
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            "Databasen används av ett annat program just nu. Försök igen om en stund.",
            detail=str(error),
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            "Databasfilen är skadad eller är inte en Samspel-databas.", detail=str(error)
        )
    if "unable to open" in text or "disk i/o error" in text:
        return StorageError(
            "Databasfilen gick inte att öppna eller läsa. Kontrollera att mappen finns och "
            "att du har behörighet.",
            detail=str(error),
        )
    return None


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Re-raise environment errors from SQLite as Swedish :class:`StorageError`."""
    try:
        yield
    except sqlite3.Error as error:
        translated = translate_error(error)
        if translated is None:
            raise
        raise translated from error


class IntegrityGate:
    """``PRAGMA quick_check`` on its own read-only connection, beside start-up or on demand.

    On a large history the check takes a noticeable moment; the window need not wait for it.
    Writes do: :meth:`Store.write` waits for the verdict, and a damaged database is never
    written to. With ``background=False`` the check runs only when a verdict is first asked
    for (a command that only reads, such as a Word export, never pays for it).
    """

    def __init__(self, path: Path, *, background: bool = True) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._problems: list[str] = []
        if background:
            threading.Thread(target=self._run, name="samspel-quick-check", daemon=True).start()

    def _run(self) -> None:
        with self._lock:  # a second caller waits for the check under way, then finds it done
            if self._done.is_set():
                return
            try:
                self._problems = check_file(self._path, quick=True, foreign_keys=False)
            except Exception as error:  # any failure to check counts as "not known to be whole"
                self._problems = [repr(error)]
            finally:
                self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def wait(self) -> list[str]:
        """The problems found (``[]`` for a whole database), checking first if needed."""
        self._run()
        return list(self._problems)


def _damaged(path: Path | None, problems: list[str]) -> CorruptDatabaseError:
    return CorruptDatabaseError(
        "Databasfilen är skadad eller är inte en Samspel-databas. Den har inte ändrats.",
        detail="; ".join(problems[:5]),
        damaged_file=path,
    )


def _database(conn: sqlite3.Connection) -> Database:
    # Imported on first use: sqlite_utils (with click, dateutil and pluggy) costs about 0.1 s
    # and 15 MB, and reading the start page needs none of it (BENCHMARKS.md).
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def fingerprint(path: Path | None) -> str:
    """Where this data folder lives: the computer's name and the database's full path.

    A data folder copied to another computer (or place) no longer matches and gets a new
    device id before its first write, so two laptops never share one.
    """
    place = "minne" if path is None else str(path.resolve())
    data = f"{socket.gethostname()}|{place}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=10).hexdigest()


def bind_device(conn: sqlite3.Connection, path: Path | None) -> None:
    """Give a copied data folder its own device id (called before the first write)."""
    fp = fingerprint(path)
    conn.execute(
        "UPDATE sync_state SET device = CASE WHEN fingerprint IN ('', ?) THEN device "
        "ELSE lower(hex(randomblob(8))) END, "
        "name = CASE WHEN fingerprint IN ('', ?) OR name = '' THEN name "
        "ELSE name || ' (kopia)' END, fingerprint = ? WHERE fingerprint IS NOT ?",
        [fp, fp, fp, fp],
    )


class Store:
    """An open Samspel database: reads, one-transaction writes, and its file path.

    Reads use the ``sqlite3`` connection directly; the ``sqlite_utils`` wrapper (``db``) is
    created on the first write.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: Path | None, gate: IntegrityGate | None = None
    ) -> None:
        self._conn = conn
        self._db: Database | None = None
        self.path = path
        self._reconnect_before_write = False
        self._gate = gate
        self._device_bound = False

    def integrity_verdict(self, *, wait: bool = True) -> list[str] | None:
        """Problems found by the start-up check (``[]`` when whole); ``None`` if still running."""
        if self._gate is None:
            return []
        if not wait and not self._gate.done():
            return None
        return self._gate.wait()

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = _database(self._conn)
        return self._db

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One user-level save: a single transaction, committed or rolled back as a whole.

        After a read-only error the next save reconnects first: SQLite keeps a connection
        read-only once it opened the file so, so a retry after the user fixed the file's
        permissions would fail forever otherwise.
        """
        if self._gate is not None:
            problems = self._gate.wait()
            if problems:
                raise _damaged(self.path, problems)
            self._gate = None
        if self._reconnect_before_write:
            self._reconnect()
        try:
            with storage_errors(), self.db.atomic():
                binding = not self._device_bound and self._bind_device()
                yield self._conn
            if binding:  # only once committed: a rolled-back save binds again next time
                self._device_bound = True
        except ReadOnlyStorageError:
            self._reconnect_before_write = self.path is not None
            raise

    def _bind_device(self) -> bool:
        if self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
        ).fetchone():
            bind_device(self._conn, self.path)
        return True

    def _reconnect(self) -> None:
        if self.path is None:
            return
        with storage_errors():
            conn = sqlite3.connect(str(self.path), timeout=5.0)
            try:
                set_pragmas(conn, in_memory=False)
            except BaseException:
                conn.close()
                raise
        self._conn.close()
        self._conn = conn
        self._db = None
        self._reconnect_before_write = False

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with storage_errors():
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def row(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with storage_errors():
            found = self._conn.execute(sql, params).fetchone()
        return found[0] if found else None

    def compact(self) -> None:
        """Rewrite the file without free pages (``VACUUM``) and empty the WAL.

        Used after really deleting data, so deleted text does not linger in free pages or in
        old WAL frames.
        """
        with storage_errors():
            self._conn.execute("VACUUM")
            if self.path is not None:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def take_over(self, other: Store) -> None:
        """Continue on ``other``'s connection (after a restore swapped the file in place).

        Repositories hold this object, so they see the restored database at once.
        """
        self._conn = other._conn
        self._db = other._db
        self._gate = other._gate
        self.path = other.path
        self._reconnect_before_write = False

    def close(self) -> None:
        # PRAGMA optimize may write (ANALYZE): only to a database known to be whole.
        if self.integrity_verdict(wait=False) == []:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """Problems found by SQLite's integrity (or quick) check and the foreign-key check."""
        return _integrity_problems(self._conn, quick=quick)


def _integrity_problems(
    conn: sqlite3.Connection, *, quick: bool, foreign_keys: bool = True
) -> list[str]:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        result = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [] if result == ["ok"] else result
        if not foreign_keys:
            return problems
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} rad {rowid} pekar på saknad rad i {parent}")
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return problems


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to ``path`` (SQLite URI ``mode=ro``).

    It still reads committed transactions from a ``-wal`` file left by a crash.
    """
    if not path.is_file():
        raise StorageError(f"Filen {path} finns inte.")
    uri = path.resolve().as_uri()
    with storage_errors():
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=5.0)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.OperationalError as error:
            conn.close()
            wal = path.with_name(path.name + "-wal")
            if "unable to open" not in str(error).lower() or wal.exists():
                raise
            # A read-only folder where SQLite cannot create its -shm file. Without a -wal
            # file every committed transaction is in the main file: read it as immutable.
            return sqlite3.connect(uri + "?immutable=1", uri=True, timeout=5.0)
        except sqlite3.DatabaseError:
            # Not a database at all: the caller's own query reports it.
            pass
        return conn


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def check_file(path: Path, *, quick: bool = False, foreign_keys: bool = True) -> list[str]:
    """Problems in the database file at ``path`` (``[]`` when healthy), without writing to it.

    ``quick`` runs ``quick_check`` instead of ``integrity_check``; ``foreign_keys`` adds
    ``foreign_key_check``.
    """
    if not _has_sqlite_header(path):
        return ["filen är inte en SQLite-databas"]
    try:
        conn = connect_read_only(path)
    except StorageError as error:
        return [error.detail or error.message]
    try:
        # The check reads every page once: a small page cache is as fast (the OS caches the
        # file) and keeps the start-up's memory down (2.5 MB → 0.7 MB on 130 MB).
        conn.execute("PRAGMA cache_size = -256")
        return _integrity_problems(conn, quick=quick, foreign_keys=foreign_keys)
    finally:
        conn.close()


@dataclass(frozen=True)
class DatabaseFileInfo:
    """What a database file is, found without writing to it (for restore and backups)."""

    path: Path
    problems: tuple[str, ...]
    is_samspel: bool
    is_newer: bool
    applied_steps: int

    @property
    def healthy(self) -> bool:
        return not self.problems


def inspect_file(path: Path) -> DatabaseFileInfo:
    """Integrity (full check), whether ``path`` is a Samspel database, and from which version."""
    problems = tuple(check_file(path))
    if problems:
        return DatabaseFileInfo(path, problems, False, False, 0)
    conn = connect_read_only(path)
    try:
        with storage_errors():
            applied = _applied_migrations(conn)
            has_pairs = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'pairs'"
            ).fetchone()
            try:
                _refuse_newer(conn, path)
                newer = False
            except NewerDatabaseError:
                newer = True
    finally:
        conn.close()
    return DatabaseFileInfo(path, (), bool(applied) and bool(has_pairs), newer, len(applied))


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [_MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    return [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {_MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            ["samspel"],
        )
    ]


def _refuse_newer(conn: sqlite3.Connection, path: Path | None) -> None:
    applied = _applied_migrations(conn)
    unknown = [name for name in applied if name not in KNOWN_MIGRATIONS]
    user_version = conn.execute("PRAGMA user_version").fetchone()[0]
    if unknown or user_version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            "Databasen är skapad av en nyare version av Samspel och kan inte öppnas av den här "
            "versionen. Den har inte ändrats. Installera den senaste versionen av Samspel.",
            detail=f"{path}: okända steg {unknown}, user_version {user_version}",
        )


def set_pragmas(conn: sqlite3.Connection, *, in_memory: bool) -> None:
    """The pragmas of every Samspel connection (also the autosave benchmark's bare baseline)."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and not in_memory:
        log.warning("journal_mode is %s, not WAL (network drive?)", mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted text is overwritten, not left in free pages (notes are personal data).
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    # The sync triggers fingerprint changed values with it (storage/migrations.py, 0006).
    conn.create_function("samspel_hash", 1, value_hash, deterministic=True)


def backup_to(conn: sqlite3.Connection, destination: Path) -> Path:
    """Copy a live database with SQLite's backup API to ``destination`` (temp file + rename).

    The copy is in rollback-journal mode (one self-contained file), readable by the user only,
    and passes ``integrity_check`` before it gets its final name.
    """
    try:
        private_mkdir(destination.parent)
    except OSError as error:
        raise ReadOnlyStorageError(
            f"Mappen {destination.parent} kunde inte skapas.", detail=str(error)
        ) from error
    temporary = destination.with_name(destination.name + ".tmp")
    try:
        temporary.unlink(missing_ok=True)
        create_private_file(temporary)
    except OSError as error:
        raise _os_storage_error(destination, error) from error
    with storage_errors():
        target = sqlite3.connect(str(temporary))
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
    if check != "ok":
        temporary.unlink(missing_ok=True)
        raise CorruptDatabaseError("Säkerhetskopian blev inte korrekt.", detail=str(check))
    try:
        os.replace(temporary, destination)
    except OSError as error:
        raise _os_storage_error(destination, error) from error
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


def _os_storage_error(path: Path, error: OSError) -> StorageError:
    if error.errno == errno.ENOSPC:
        return DiskFullError(f"Disken är full; {path.name} kunde inte sparas.", detail=str(error))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyStorageError(
            f"Det går inte att skriva i mappen {path.parent}.", detail=str(error)
        )
    return StorageError(f"Filen {path} kunde inte sparas.", detail=str(error))


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


def move_aside(database: Path, new_name: str) -> Path:
    """Rename a closed database and its side files to ``new_name`` in the same folder.

    Renaming keeps every byte (the file is never written); side files move with it so SQLite
    still pairs them with the file under its new name.
    """
    target = database.with_name(new_name)
    try:
        for side in side_files(database):
            os.replace(side, target.with_name(target.name + side.name[len(database.name) :]))
        os.replace(database, target)
    except OSError as error:
        raise _os_storage_error(target, error) from error
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
        os.replace(staging, database)
    except OSError as error:
        raise _os_storage_error(database, error) from error
    _fsync_directory(database.parent)


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
    )


def _refuse_damaged(path: Path) -> None:
    try:
        if path.stat().st_size == 0:
            return
    except FileNotFoundError:
        return
    except OSError as error:
        raise StorageError(f"Databasfilen {path} gick inte att läsa.", detail=str(error)) from error
    problems = check_file(path, quick=True, foreign_keys=False)
    if problems:
        raise _damaged(path, problems)


def open_store(
    path: Path | None,
    *,
    backup_dir: Path | None = None,
    check_in_background: bool = False,
    check_before_first_write: bool = False,
) -> Store:
    """Open (creating if needed) and migrate the database at ``path``; ``None`` = in memory.

    An existing file first gets ``PRAGMA quick_check`` over a read-only connection: a damaged
    database is refused (:class:`CorruptDatabaseError`) and never written to. A database
    written by a newer Samspel is refused before anything is written. Before pending
    migrations run on an existing database, a copy is saved in ``backup_dir``.

    With ``check_in_background`` the quick check of an existing file runs beside the caller
    (:class:`IntegrityGate`) unless a migration is pending; reads may start at once, writes
    wait for the verdict. A file without a SQLite header is still refused at once. With
    ``check_before_first_write`` the check runs only when something is about to be written
    (or a verdict is asked for): for commands that mostly read.
    """
    gate: IntegrityGate | None = None
    if path is not None:
        try:
            private_mkdir(path.parent)
        except OSError as error:
            raise ReadOnlyStorageError(
                f"Mappen för data kunde inte skapas: {path.parent}", detail=str(error)
            ) from error
        if (check_in_background or check_before_first_write) and _exists_with_data(path):
            if not _has_sqlite_header(path):
                raise _damaged(path, ["filen är inte en SQLite-databas"])
            gate = IntegrityGate(path, background=check_in_background)
        else:
            _refuse_damaged(path)
        with contextlib.suppress(OSError):
            create_private_file(path)
            restrict(path)
    with storage_errors():
        conn = sqlite3.connect(str(path) if path is not None else ":memory:", timeout=5.0)
    try:
        with storage_errors():
            _refuse_newer(conn, path)
            set_pragmas(conn, in_memory=path is None)
            applied = set(_applied_migrations(conn))
            if any(name not in applied for name in KNOWN_MIGRATIONS):
                if gate is not None:
                    problems = gate.wait()
                    if problems:
                        raise _damaged(path, problems)
                    gate = None
                _migrate(conn, path, backup_dir)
    except BaseException:
        conn.close()
        raise
    return Store(conn, path, gate)


def _exists_with_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _migrate(conn: sqlite3.Connection, path: Path | None, backup_dir: Path | None) -> None:
    """Apply pending schema steps (each in one transaction), after a backup of existing data."""
    from samspel_desktop.storage.migrations import MIGRATIONS

    if path is not None and backup_dir is not None and _has_user_tables(conn):
        backup_to(conn, new_backup_path(backup_dir, "fore-uppgradering"))
    MIGRATIONS.apply(_database(conn))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
