"""The one place that opens the database, sets its pragmas and runs migrations."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    ReadOnlyStorageError,
    StorageError,
)
from samspel_desktop.domain.progress import Progress
from samspel_desktop.domain.sync import value_hash
from samspel_desktop.domain.text import swedish_key
from samspel_desktop.storage.environment import (
    is_network_path,
    os_storage_error,
    storage_errors,
    translate_error,
)
from samspel_desktop.storage.inspection import (
    SchemaState,
    check_file,
    connect_read_only,
    damaged_error,
    integrity_problems,
    read_schema,
    refusal,
    unusable_file_problems,
)
from samspel_desktop.storage.privacy import create_private_file, private_mkdir, restrict
from samspel_desktop.storage.renames import replace_retrying
from samspel_desktop.storage.steps import SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

DATABASE_FILENAME = "samspel.sqlite3"
#: SQLite's companion files of a database in WAL mode.
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")
#: Said once when the data folder is on a network drive (see :func:`set_pragmas`).
NETWORK_DRIVE_NOTICE = (
    "Datamappen ligger på en nätverksenhet. Samspel har därför databasen för sig själv medan "
    "programmet är öppet: ett annat Samspel-fönster eller kommando med samma datamapp får vänta "
    "tills det stängs."
)


#: How long a statement waits for another connection's lock before "database is locked".
BUSY_TIMEOUT_MS = 5000


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 UTC strings with seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class IntegrityGate:
    """``PRAGMA quick_check`` on its own read-only connection, beside start-up or on demand.

    On a large history the check takes a noticeable moment; the window need not wait for it.
    Writes do: :meth:`Store.write` waits for the verdict, and a damaged database is never
    written to. With ``background=False`` the check runs only when a verdict is first asked
    for (a command that only reads, such as a Word export, checks just the tables it read:
    :meth:`Store.damage_in_tables_read`).
    """

    def __init__(self, path: Path, *, background: bool = True) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._problems: list[str] = []
        #: Why the check could not run (locked, full disk): not a verdict; asked again later.
        self._error: StorageError | None = None
        if background:
            threading.Thread(target=self._run, name="samspel-quick-check", daemon=True).start()

    def _run(self, *, again_if_failed: bool = False) -> None:
        with self._lock:  # a second caller waits for the check under way, then finds it done
            if self._done.is_set() and not (again_if_failed and self._error is not None):
                return
            try:
                self._problems = check_file(self._path, quick=True, foreign_keys=False)
                self._error = None
            except StorageError as error:
                self._problems, self._error = [], error
            except Exception as error:  # any other failure to check: "not known to be whole"
                log.exception("integrity check failed")
                self._problems, self._error = [repr(error)], None
            finally:
                self._done.set()

    def done(self) -> bool:
        return self._done.is_set()

    def verdict(self) -> list[str] | None:
        """The problems found (``[]`` for a whole database); ``None`` if not known (yet)."""
        if not self._done.is_set() or self._error is not None:
            return None
        return list(self._problems)

    def wait(self) -> list[str]:
        """The problems found, checking first if needed.

        Raises the :class:`StorageError` that kept the check from running, after trying once
        more (a lock held for a moment by another program is gone by the next write).
        """
        self._run(again_if_failed=True)
        if self._error is not None:
            raise self._error
        return list(self._problems)


def _database(conn: sqlite3.Connection) -> Database:
    # Imported on first use: sqlite_utils (with click, dateutil and pluggy) costs about 0.1 s
    # and 15 MB, and reading the start page needs none of it (BENCHMARKS.md).
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


@functools.lru_cache(maxsize=1)
def machine_id() -> str:
    """This computer's own identity, which a copied disk image or data folder does not carry:
    Windows' ``MachineGuid``, the ``machine-id`` of Linux; the computer's name elsewhere."""
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE,
                r"SOFTWARE\Microsoft\Cryptography",
                0,
                winreg.KEY_READ | winreg.KEY_WOW64_64KEY,
            ) as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            pass
    for name in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(name).read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            continue
        if text:
            return text
    import socket

    return socket.gethostname()


def fingerprint(path: Path | None) -> str:
    """Where this data folder lives: the computer (:func:`machine_id`) and the database's
    full path.

    A data folder copied to another computer - even one with the same name and the same user
    folder - or to another place no longer matches, and gets a new device id before its
    first write, so two laptops never share one.
    """
    place = "minne" if path is None else os.path.abspath(path)
    import hashlib  # loads OpenSSL: only for a write (binding the device) or a copy

    data = f"{machine_id()}|{place}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=10).hexdigest()


def bind_device(conn: sqlite3.Connection, path: Path | None) -> None:
    """Give a copied data folder its own device id (called before the first write)."""
    fp = fingerprint(path)
    row = conn.execute("SELECT fingerprint FROM sync_state WHERE id = 1").fetchone()
    if row is None or row[0] == fp:
        return
    if row[0] == "":  # a new data folder: bound where it is
        conn.execute("UPDATE sync_state SET fingerprint = ? WHERE id = 1", [fp])
        return
    renew_device(conn, path, copy=True)


def renew_device(conn: sqlite3.Connection, path: Path | None, *, copy: bool = False) -> str:
    """Make this data folder a new device (a copy of another data folder, a restored backup,
    a folder rolled back by hand); return its old id.

    Its history stays as it is. What the other laptops confirmed having is forgotten, so the
    next exchange sends everything and their confirmations start again under the new id:
    changes made from now on can never look, to them, like ones they already have. A copy's
    name gains " (kopia)".
    """
    old = str(conn.execute("SELECT device FROM sync_state WHERE id = 1").fetchone()[0])
    conn.execute(
        "UPDATE sync_state SET device = lower(hex(randomblob(8))), fingerprint = ?, "
        "name = CASE WHEN ? AND name != '' THEN name || ' (kopia)' ELSE name END WHERE id = 1",
        [fingerprint(path), copy],
    )
    conn.execute("UPDATE sync_peers SET acked_seq = 0")
    conn.execute("UPDATE sync_folders SET written_seq = -1")
    return old


class Store:
    """An open Samspel database: reads, one-transaction writes, and its file path.

    Reads use the ``sqlite3`` connection directly; the ``sqlite_utils`` wrapper (``db``) is
    created on the first write.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        gate: IntegrityGate | None = None,
        *,
        network: bool = False,
        identity: FileIdentity | None = None,
    ) -> None:
        self._conn = conn
        #: One statement (or one write's transaction) at a time on the connection. The window
        #: uses it from its database thread only; this keeps two threads from ever
        #: interleaving on it (SQLite's mutex and Python's lock, taken in opposite orders by a
        #: callback such as the authorizer, would otherwise deadlock).
        self.lock = threading.RLock()
        # Every connection the store reads through sorts names the Swedish way (also one
        # opened elsewhere, read-only: the pragmas are not set on it).
        conn.create_collation("SWEDISH", swedish_collation)
        self._db: Database | None = None
        self.path = path
        self._reconnect_before_write = False
        self._gate = gate
        self._device_bound = False
        #: Whether this store changed the database (only then may closing refresh statistics).
        self._wrote = False
        #: Every table a statement on this store's connection has read (see _watch_reads).
        self._tables_read: set[str] = set()
        self._watch_reads(conn)
        register_functions(conn)
        #: On a network drive: rollback journal and exclusive locking (see :func:`set_pragmas`).
        self.network = network
        #: Which file the connection is on (see :meth:`_replaced`): a restore by another
        #: process puts a new file at ``path`` while this connection still has the old one.
        self._identity = identity if identity is not None else file_identity(path)

    @property
    def notice(self) -> str | None:
        """Something the user should know about how the database is used (Swedish), or None."""
        return NETWORK_DRIVE_NOTICE if self.network else None

    @property
    def _folder(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def integrity_verdict(self, *, wait: bool = True) -> list[str] | None:
        """Problems found by the start-up check (``[]`` when whole).

        With ``wait=False``, ``None`` while the check runs or when it could not run; with
        ``wait=True`` the :class:`StorageError` that keeps it from running is raised.
        """
        gate = self._gate  # read once: the first write drops it (on another thread)
        if gate is None:
            return []
        if not wait:
            return gate.verdict()
        return gate.wait()

    def _watch_reads(self, conn: sqlite3.Connection) -> None:
        """Note each table a statement reads (SQLite's authorizer runs as it is prepared)."""
        tables = self._tables_read

        def note(action: int, table: str | None, *_: str | None) -> int:
            if action == sqlite3.SQLITE_READ and table:
                tables.add(table)
            return sqlite3.SQLITE_OK

        conn.set_authorizer(note)

    def damage_in_tables_read(self) -> list[str]:
        """``PRAGMA quick_check`` of just the tables read so far (with their indexes, and the
        shadow tables of a full-text index); ``[]`` when they are whole.

        A damaged page can hide rows without any error: this says whether what was read can
        be trusted, at the cost of the tables read rather than of the whole file.
        """
        with storage_errors(self._folder):
            tables = {
                str(name): str(sql or "")
                for name, sql in self._conn.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                )
            }
            tables["sqlite_master"] = ""
            wanted = {t for t in self._tables_read if t in tables}
            for virtual in [t for t in wanted if tables[t].upper().startswith("CREATE VIRTUAL")]:
                # FTS5 reads its segments through blob I/O, which the authorizer does not see.
                wanted.discard(virtual)
                wanted.update(t for t in tables if t.startswith(f"{virtual}_"))
            problems: list[str] = []
            for table in sorted(wanted):
                quoted = table.replace('"', '""')
                problems += integrity_problems(
                    self._conn, quick=True, foreign_keys=False, table=f'"{quoted}"'
                )
            return problems

    def integrity_check_done(self) -> bool:
        gate = self._gate
        return gate is None or gate.done()

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
        with self.lock, self._write() as conn:
            yield conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self._gate is not None:
            problems = self._gate.wait()
            if problems:
                raise damaged_error(self.path, problems)
            self._gate = None
        if self._reconnect_before_write:
            self._reconnect()
        conn = self._conn
        outermost = not conn.in_transaction
        try:
            with storage_errors(self._folder):
                if outermost:
                    # IMMEDIATE takes the write lock first, waiting (busy_timeout) while
                    # another process saves. A deferred transaction that reads first - as the
                    # full-text triggers do on a connection's first use - gets SQLITE_BUSY at
                    # once instead, and the save fails while another one is in progress.
                    conn.execute("BEGIN IMMEDIATE")
                    if self._replaced():
                        # Another process restored a backup since this connection opened:
                        # the write lock is now ours, so the file in place stays put; save
                        # into it, never into the replaced file, where the save would be lost.
                        conn.execute("ROLLBACK")
                        self._reconnect()
                        conn = self._conn
                        conn.execute("BEGIN IMMEDIATE")
                    # Read the schema before the first write. After another connection changed
                    # it (``PRAGMA optimize`` writing statistics as a command closes), an UPDATE
                    # or DELETE as the first statement fails with "no such table" (SQLITE_SCHEMA)
                    # when the table has a BEFORE trigger with a subquery and an AFTER trigger
                    # on the full-text index (SQLite 3.40 to 3.51); this statement re-reads the
                    # schema first, and the save goes through.
                    conn.execute("SELECT 1 FROM sqlite_master LIMIT 0").fetchall()
                try:
                    changes = conn.total_changes
                    binding = outermost and not self._device_bound and self._bind_device()
                    with _savepoint(conn):  # nested writes roll back alone
                        yield conn
                    if outermost:
                        conn.execute("COMMIT")
                        if binding:  # only once committed: a rolled-back save binds again
                            self._device_bound = True
                        self._wrote = self._wrote or conn.total_changes != changes
                except BaseException:
                    if outermost and conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
        except ReadOnlyStorageError:
            self._reconnect_before_write = self.path is not None
            raise

    def renew_device(self, place: Path | None) -> None:
        """Make the database a new device bound to ``place`` (:func:`renew_device`): a backup
        being restored, opened beside the database it will replace."""
        self._device_bound = True  # bound to ``place`` here, not to where it is opened
        with self.write() as conn:
            if self._has_sync_state():
                renew_device(conn, place)

    def _has_sync_state(self) -> bool:
        return bool(
            self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
            ).fetchone()
        )

    def _bind_device(self) -> bool:
        if self._has_sync_state():
            bind_device(self._conn, self.path)
        return True

    def _replaced(self) -> bool:
        """Whether the file at ``path`` is no longer the one this connection has open."""
        if self.path is None:
            return False
        now = file_identity(self.path)
        if now is None:
            raise StorageError(
                f"Databasfilen {self.path} finns inte längre där den låg. Ingenting har "
                "sparats; starta om Samspel.",
            )
        return now != self._identity

    def _reconnect(self) -> None:
        if self.path is None:
            return
        with storage_errors(self._folder):
            identity = file_identity(self.path)
            conn = sqlite3.connect(str(self.path), timeout=5.0, check_same_thread=False)
            try:
                set_pragmas(conn, in_memory=False, network=self.network)
            except BaseException:
                conn.close()
                raise
        self._conn.close()
        self._conn = conn
        self._identity = identity
        self._watch_reads(conn)
        self._db = None
        self._reconnect_before_write = False

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with self.lock, storage_errors(self._folder):
            cursor = self._conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def row(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self.lock, storage_errors(self._folder):
            found = self._conn.execute(sql, params).fetchone()
        return found[0] if found else None

    def compact(self) -> None:
        """Rewrite the file without free pages (``VACUUM``) and empty the WAL.

        Used after really deleting data, so deleted text does not linger in free pages or in
        old WAL frames.
        """
        with self.lock, storage_errors(self._folder):
            self._conn.execute("VACUUM")
            if self.path is not None and not self.network:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def take_over(self, other: Store) -> None:
        """Continue on ``other``'s connection (after a restore swapped the file in place).

        Repositories hold this object, so they see the restored database at once.
        """
        self._conn = other._conn
        self._watch_reads(self._conn)
        self._db = other._db
        self._gate = other._gate
        self.path = other.path
        self.network = other.network
        self._identity = other._identity
        self._reconnect_before_write = False

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Store]:
        """The database as it is now, on a read-only connection of its own, for long reads
        beside this store's connection (a backup): a read transaction holds the moment it was
        taken while this store goes on reading and writing. Usable on any thread.

        In memory or on a network drive (where this store holds the file for itself) it is
        this store itself, to be used on the store's own thread.
        """
        if self.path is None or self.network:
            yield self
            return
        conn = connect_read_only(self.path)
        try:
            with storage_errors(self._folder):
                conn.execute("BEGIN")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            yield Store(conn, self.path)
        finally:
            conn.close()

    def close(self) -> None:
        with self.lock:
            # PRAGMA optimize may write (ANALYZE): only to a database known to be whole, and
            # only after this store changed it - a command that only read (or was refused)
            # leaves the file byte for byte as it was.
            if self._wrote and self.integrity_verdict(wait=False) == []:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA optimize")
            self._conn.close()

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """Problems found by SQLite's integrity (or quick) check and the foreign-key check."""
        with self.lock, storage_errors(self._folder):
            return integrity_problems(self._conn, quick=quick)


def set_pragmas(conn: sqlite3.Connection, *, in_memory: bool, network: bool = False) -> None:
    """The pragmas of every Samspel connection (also the autosave benchmark's bare baseline).

    On a network drive WAL is not safe: its index lives in shared memory, which processes on
    different machines do not share, though SQLite reports WAL there without complaint. The
    database then uses a rollback journal, and exclusive locking keeps a second process (on
    this machine or another) out until this connection closes.
    """
    if network:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # before the first read of the file
        conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    else:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal" and not in_memory:
            log.warning("journal_mode is %s, not WAL", mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Deleted text is overwritten, not left in free pages (notes are personal data).
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    register_functions(conn)
    conn.create_collation("SWEDISH", swedish_collation)


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """A savepoint inside the write transaction (as sqlite-utils' ``atomic`` makes one, without
    importing sqlite-utils for every command that saves)."""
    name = f"samspel_{os.urandom(8).hex()}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        # A RAISE(ROLLBACK) trigger can end the whole transaction, savepoints included.
        if conn.in_transaction:
            conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
            conn.execute(f"RELEASE SAVEPOINT {name}")
        raise
    conn.execute(f"RELEASE SAVEPOINT {name}")


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions Samspel's triggers call: ``samspel_hash`` fingerprints a changed value
    for the exchange between laptops (schema step 0007). Every connection that writes needs
    them, whoever opened it."""
    conn.create_function("samspel_hash", 1, value_hash, deterministic=True)


def swedish_collation(left: str, right: str) -> int:
    """``ORDER BY … COLLATE SWEDISH``: Swedish order (…X Y Z Å Ä Ö), as ``swedish_key``."""
    a, b = swedish_key(left), swedish_key(right)
    return (a > b) - (a < b)


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
                log.exception("could not move %s back to %s", destination, source)
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


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
    )


def _refuse(state: SchemaState, path: Path | None) -> None:
    """Refuse, before anything is written, a database this version must not open."""
    error = refusal(state, path)
    if error is not None:
        raise error


def _refuse_damaged(path: Path) -> None:
    if _exists_with_data(path):
        problems = check_file(path, quick=True, foreign_keys=False)
        if problems:
            raise damaged_error(path, problems)


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
    written by a newer Samspel, another program's database and one missing parts of its
    schema are refused before anything is written. Before pending migrations run on an
    existing database, a copy is saved in ``backup_dir``.

    With ``check_in_background`` the quick check of an existing file runs beside the caller
    (:class:`IntegrityGate`) unless a migration is pending; reads may start at once, writes
    wait for the verdict. With ``check_before_first_write`` the check runs only when something
    is about to be written (or a verdict is asked for): for commands that mostly read. On a
    network drive the check always runs first, on the connection that then holds the file for
    itself (see :func:`set_pragmas`).
    """
    gate: IntegrityGate | None = None
    network = False
    folder = path.parent if path is not None else None
    if path is not None:
        try:
            private_mkdir(path.parent)
        except OSError as error:
            raise ReadOnlyStorageError(
                f"Mappen för data kunde inte skapas: {path.parent}", detail=str(error)
            ) from error
        problems = unusable_file_problems(path, backup_dir)
        if problems:
            raise damaged_error(path, problems)
        network = is_network_path(path)
        if network:
            pass  # checked below, on the connection that holds the file for itself
        elif (check_in_background or check_before_first_write) and _exists_with_data(path):
            gate = IntegrityGate(path, background=check_in_background)
        else:
            _refuse_damaged(path)
        with contextlib.suppress(OSError):
            create_private_file(path)
    # Taken before the connection opens the file: should a restore swap the file meanwhile,
    # the first write finds the difference and reopens (Store._replaced).
    identity = file_identity(path)
    with storage_errors(folder):
        # Not bound to the opening thread: the window opens the database on its database thread
        # and uses it only there (gui/operations.py); the command line has one thread.
        conn = sqlite3.connect(
            str(path) if path is not None else ":memory:", timeout=5.0, check_same_thread=False
        )
    try:
        with storage_errors(folder):
            if network:
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")  # before the first read
            state = read_schema(conn)
            _refuse(state, path)
            if network and path is not None and _exists_with_data(path):
                # A second connection would share WAL memory across the network; this one
                # reads the file alone, and nothing is written before the check passed.
                problems = integrity_problems(conn, quick=True, foreign_keys=False)
                if problems:
                    raise damaged_error(path, problems)
            set_pragmas(conn, in_memory=path is None, network=network)
            if state.pending:
                if gate is not None:
                    problems = gate.wait()
                    if problems:
                        raise damaged_error(path, problems)
                    gate = None
                _migrate(conn, path, backup_dir)
                _refuse(read_schema(conn), path)
    except BaseException:
        conn.close()
        raise
    if path is not None:
        restrict(path)
    return Store(conn, path, gate, network=network, identity=identity)


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


@contextlib.contextmanager
def holding_write_lock(database: Path) -> Iterator[None]:
    """Hold the database's write lock (waiting for a save under way) while a block runs.

    A restore swaps files under this lock, so no other process's save can land in between:
    one that waited sees the new file (:meth:`Store.write`) and saves there.
    """
    with storage_errors(database.parent):
        conn = sqlite3.connect(str(database), timeout=5.0)
    try:
        with storage_errors(database.parent):
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("BEGIN IMMEDIATE")
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        conn.close()


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
    try:
        # All pending steps in one write transaction, the steps still due read inside it:
        # two processes opening a new (or older) folder at once would otherwise both find the
        # same steps due, and the second would fail on the tables the first just made.
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS.apply(_database(conn))  # each step a savepoint inside
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as error:
        if path is None or translate_error(error) is not None:
            raise
        # A step that fails on a file whose record says it is due (a table of the step is
        # already there, or one it changes is gone): the schema is not what the record says.
        raise damaged_error(path, [f"schemasteget misslyckades: {error}"]) from error
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
