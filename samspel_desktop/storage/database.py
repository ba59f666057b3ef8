"""The one place that opens the database, sets its pragmas and runs migrations; ``Store``,
the open database with its locking, one-transaction writes and reads.

The database's files (backups, side files, renames) are ``database_files.py``; the device id
of the exchange is ``device.py``; the integrity check beside start-up is
``inspection.IntegrityGate``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samspel_desktop.domain.errors import (
    ReadOnlyStorageError,
    StorageError,
)
from samspel_desktop.domain.fingerprint import value_hash
from samspel_desktop.domain.text import swedish_key
from samspel_desktop.storage import derived
from samspel_desktop.storage.database_files import (
    FileIdentity,
    backup_to,
    file_identity,
    new_backup_path,
)
from samspel_desktop.storage.device import bind_device, renew_device
from samspel_desktop.storage.environment import (
    is_network_path,
    storage_errors,
    translate_error,
)
from samspel_desktop.storage.inspection import (
    IntegrityGate,
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
from samspel_desktop.storage.steps import SCHEMA_VERSION

if TYPE_CHECKING:
    import logging

    from sqlite_utils import Database


def _log() -> logging.Logger:
    """This module's logger; ``logging`` is imported when something is logged (~2 ms of
    every command's start otherwise)."""
    import logging

    return logging.getLogger(__name__)


DATABASE_FILENAME = "samspel.sqlite3"
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


def _database(conn: sqlite3.Connection) -> Database:
    # Imported on first use: sqlite_utils (with click, dateutil and pluggy) costs about 0.1 s
    # and 15 MB, and reading the start page needs none of it (BENCHMARKS.md).
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


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
        #: Whether the schema has the marker table of derived data (step 0008); None: not
        #: looked yet.
        self._defers: bool | None = None
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
            # The check reads each page once: a small page cache is as fast, and the pages
            # need no fresh memory (an agreement's sections on 20 years: 3.5 MB, 2 MB cached).
            (cache_size,) = self._conn.execute("PRAGMA cache_size").fetchone()
            self._conn.execute("PRAGMA cache_size = -256")
            try:
                for table in sorted(wanted):
                    quoted = table.replace('"', '""')
                    problems += integrity_problems(
                        self._conn, quick=True, foreign_keys=False, table=f'"{quoted}"'
                    )
            finally:
                self._conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
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

    def catch_up(self) -> bool:
        """Bring the full-text index and the field versions up to date after deferred saves
        (one transaction); whether there was anything to do. Called before every search and
        every read of the exchange's versions, on closing, and by the window after a save."""
        with self.lock:
            if not self._has_pending():
                return False
            with self.write():  # catches up as every write does
                pass
            return True

    def catch_up_within(self, conn: sqlite3.Connection) -> None:
        """Inside a deferring write (``write(defer_derived=True)``), bring derived data up to
        date before a statement whose own triggers record versions (an INSERT)."""
        if self._has_pending():
            derived.catch_up(conn)

    def _has_pending(self) -> bool:
        if self._defers is None:
            with storage_errors(self._folder):
                self._defers = bool(
                    self._conn.execute(
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        [derived.PENDING_TABLE],
                    ).fetchone()
                )
        if not self._defers:
            return False
        with storage_errors(self._folder):
            return derived.pending(self._conn)

    @contextlib.contextmanager
    def write(self, *, defer_derived: bool = False) -> Iterator[sqlite3.Connection]:
        """One user-level save: a single transaction, committed or rolled back as a whole.

        The transaction first brings derived data left by earlier saves up to date
        (``storage/derived.py``), so this write's own triggers see every version before it;
        ``defer_derived`` (an autosave of an answer) leaves that to :meth:`catch_up`.

        After a read-only error the next save reconnects first: SQLite keeps a connection
        read-only once it opened the file so, so a retry after the user fixed the file's
        permissions would fail forever otherwise.
        """
        # One generator, the lock and the translation of SQLite's errors written out rather
        # than nested context managers: every autosave runs this (about 10 µs less a save).
        with self.lock:
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
                try:
                    if outermost:
                        # IMMEDIATE takes the write lock first, waiting (busy_timeout) while
                        # another process saves. A deferred transaction that reads first - as
                        # the full-text triggers do on a connection's first use - gets
                        # SQLITE_BUSY at once instead, and the save fails while another one is
                        # in progress.
                        conn.execute("BEGIN IMMEDIATE")
                        if self._replaced():
                            # Another process restored a backup since this connection opened:
                            # the write lock is now ours, so the file in place stays put; save
                            # into it, never into the replaced file, where the save would be
                            # lost.
                            conn.execute("ROLLBACK")
                            self._reconnect()
                            conn = self._conn
                            conn.execute("BEGIN IMMEDIATE")
                        # Read the schema before the first write. After another connection
                        # changed it (``PRAGMA optimize`` writing statistics as a command
                        # closes), an UPDATE or DELETE as the first statement fails with "no
                        # such table" (SQLITE_SCHEMA) when the table has a BEFORE trigger with
                        # a subquery and an AFTER trigger on the full-text index (SQLite 3.40
                        # to 3.51); this statement re-reads the schema first, and the save
                        # goes through.
                        conn.execute("SELECT 1 FROM sqlite_master LIMIT 0").fetchall()
                    try:
                        changes = conn.total_changes
                        # Versions still pending were edits under the device id before any
                        # renewal below (a copied folder): recorded first, as their trigger
                        # did.
                        if outermost and not defer_derived and self._has_pending():
                            derived.catch_up(conn)
                        binding = outermost and not self._device_bound and self._bind_device()
                        if outermost:  # rolled back as a whole below (no savepoint needed)
                            yield conn
                        else:
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
                except sqlite3.Error as error:  # as storage_errors() does
                    translated = translate_error(error, self._folder)
                    if translated is None:
                        raise
                    raise translated from error
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
        self._defers = None
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
        self._defers = None
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
            # Derived data is brought up to date before the folder closes (another process
            # would otherwise do it before its first search or exchange) - only when this
            # store wrote, to a database known to be whole.
            if self._wrote and self.integrity_verdict(wait=False) == []:
                with contextlib.suppress(StorageError, sqlite3.Error):
                    self.catch_up()
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
            _log().warning("journal_mode is %s, not WAL", mode)
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


#: A sort compares each name with several others: its key is worked out once (the start page's
#: list of pairs, ~40 names, asked for ~330 keys).
_collation_key = functools.lru_cache(maxsize=1024)(swedish_key)


def swedish_collation(left: str, right: str) -> int:
    """``ORDER BY … COLLATE SWEDISH``: Swedish order (…X Y Z Å Ä Ö), as ``swedish_key``."""
    a, b = _collation_key(left), _collation_key(right)
    return (a > b) - (a < b)


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
