"""What a database file is, found without writing to it: whole or damaged, Samspel's or another
program's, from this version or a newer one.

Everything here reads through SQLite only. The live database is never opened with an ordinary
file handle while a connection to it may be open in this process: on POSIX, closing *any*
descriptor of a file drops every ``fcntl`` lock the process holds on it, SQLite's included.
Another process then believes it is the last connection, checkpoints and deletes the WAL under
this one, and acknowledged saves vanish (SQLite's "How To Corrupt An SQLite Database File",
section 2.2). Sizes come from ``stat``; "is this a database at all" comes from SQLite's own
error.

:class:`IntegrityGate` runs the start-up check beside the window and gives its verdict to
``Store.write``, which never writes to a database found damaged.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
    StorageError,
)
from samspel_desktop.domain.record import Record, record
from samspel_desktop.storage.environment import (
    cannot_open_or_grow,
    file_uri,
    is_corruption,
    storage_errors,
)
from samspel_desktop.storage.steps import KNOWN_MIGRATIONS, SCHEMA_OBJECTS, SCHEMA_VERSION

MIGRATIONS_TABLE = "_sqlite_migrations"
#: Tables only a Samspel database has: with them but without the migrations table, the file is
#: a damaged Samspel database, not another program's.
_SAMSPEL_TABLES = frozenset({"organisations", "pairs", "persons"})
#: Backups are named ``samspel-….sqlite3`` (see ``database_files.new_backup_path``).
_BACKUP_GLOB = "samspel-*.sqlite3"

# Problems that are not SQLite's own integrity messages (Swedish: they may reach the user).
EMPTY_FILE = "filen är tom, 0 byte"
WAL_WITHOUT_DATABASE = "databasfilen saknas men dess -wal-fil finns kvar"
MISSING_MIGRATIONS = f"versionstabellen {MIGRATIONS_TABLE} saknas"
_MISSING = "saknas: "
_SWEDISH_TYPES = {"table": "tabellen", "index": "indexet", "trigger": "utlösaren", "view": "vyn"}


def describe_damage(problems: list[str] | tuple[str, ...]) -> str:
    """What is wrong, in a few Swedish words for the one-line message; ``""`` when SQLite
    found the content damaged (its own words are English and technical)."""
    for known in (EMPTY_FILE, WAL_WITHOUT_DATABASE, MISSING_MIGRATIONS):
        if known in problems:
            return known
    missing = [p[len(_MISSING) :] for p in problems if p.startswith(_MISSING)]
    if len(missing) == 1:
        return f"{missing[0]} saknas"
    if missing:
        return f"{missing[0]} och {len(missing) - 1} andra delar saknas"
    if any("not a database" in p for p in problems):
        return "filen är inte en SQLite-databas"
    return ""


def wal_file(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StorageError(f"Filen {path} gick inte att läsa.", detail=str(error)) from error


def _wal_has_content(database: Path) -> bool:
    return bool(_size(wal_file(database)))


def unusable_file_problems(database: Path, backup_dir: Path | None) -> list[str]:
    """Damage that shows without opening: an emptied file, or a WAL without its database.

    A zero-length file is also what an interrupted first start leaves (the file is created
    empty, then SQLite writes its header): that one is opened as new. With backups or a WAL
    beside it, the folder held data and the file was emptied (a sync tool, a full disk).
    """
    size = _size(database)
    if size is None:
        return [WAL_WITHOUT_DATABASE] if _wal_has_content(database) else []
    if size > 0:
        return []
    has_backups = backup_dir is not None and any(backup_dir.glob(_BACKUP_GLOB))
    return [EMPTY_FILE] if has_backups or _wal_has_content(database) else []


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can never write to ``path`` (SQLite URI ``mode=ro``).

    It still reads committed transactions from a ``-wal`` file left by a crash. A file that is
    not a database opens; the caller's first query reports it.
    """
    if _size(path) is None:
        raise StorageError(f"Filen {path} finns inte.")
    uri = file_uri(path)
    with storage_errors(path.parent):
        conn = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=5.0, check_same_thread=False)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as error:
            if is_corruption(error):
                return conn
            conn.close()
            if _wal_has_content(path) or not cannot_open_or_grow(error):
                raise
            # SQLite could not set up its shared-memory file (a read-only folder, a full
            # disk). Without a -wal holding commits, every committed transaction is in the
            # main file: read it as immutable.
            return sqlite3.connect(uri + "?immutable=1", uri=True, timeout=5.0)
        return conn


def integrity_problems(
    conn: sqlite3.Connection, *, quick: bool, foreign_keys: bool = True, table: str = ""
) -> list[str]:
    """SQLite's integrity (or quick) check and the foreign-key check; ``[]`` when whole.

    ``table`` (a quoted name) limits the check to that table and its indexes. Damage SQLite
    runs into while checking is a problem found; an environment failure (locked, full disk)
    raises, since it says nothing about the file.
    """
    pragma = "quick_check" if quick else "integrity_check"
    argument = f"({table})" if table else ""
    try:
        result = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}{argument}").fetchall()]
        problems = [] if result == ["ok"] else result
        if foreign_keys:
            for child, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{child} rad {rowid} pekar på saknad rad i {parent}")
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            return [str(error)]
        raise
    return problems


def check_file(path: Path, *, quick: bool = False, foreign_keys: bool = True) -> list[str]:
    """Damage in the database file at ``path`` (``[]`` when whole), without writing to it.

    ``quick`` runs ``quick_check`` instead of ``integrity_check``; ``foreign_keys`` adds
    ``foreign_key_check``. Raises :class:`StorageError` when the environment keeps the check
    from running (a locked or unreadable file, a full disk): that is not damage.
    """
    if _size(path) == 0:
        return [EMPTY_FILE]
    conn = connect_read_only(path)
    try:
        with storage_errors(path.parent):
            try:
                # The check reads every page once: a small page cache is as fast (the OS
                # caches the file) and keeps memory down (2.5 MB → 0.7 MB on 130 MB).
                conn.execute("PRAGMA cache_size = -256")
            except sqlite3.DatabaseError as error:
                if is_corruption(error):
                    return [str(error)]
                raise
            return integrity_problems(conn, quick=quick, foreign_keys=foreign_keys)
    finally:
        conn.close()


# --- the schema ----------------------------------------------------------------------------


@record
class SchemaState(Record):
    """Whose database a connection shows, and whether Samspel's schema is all there."""

    #: Samspel's schema steps applied, in order.
    applied: tuple[str, ...]
    #: Another program's database (tables, but none of Samspel's and no Samspel steps).
    foreign: bool
    #: Written by a newer Samspel (steps this version does not know, or a higher version).
    newer: bool
    #: Damage: the migrations table or schema objects missing.
    problems: tuple[str, ...]

    @property
    def up_to_date(self) -> bool:
        return self.applied == KNOWN_MIGRATIONS

    @property
    def pending(self) -> bool:
        return any(step not in self.applied for step in KNOWN_MIGRATIONS)


def _applied_migrations(conn: sqlite3.Connection) -> tuple[str, ...]:
    return tuple(
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            ["samspel"],
        )
    )


def read_schema(conn: sqlite3.Connection) -> SchemaState:
    """Read the schema (``sqlite_master``, the migrations table, ``user_version``); no writes.

    SQLite errors propagate: the caller translates them.
    """
    objects = {
        (str(kind), str(name))
        for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    }
    tables = {name for kind, name in objects if kind == "table"}
    applied = _applied_migrations(conn) if MIGRATIONS_TABLE in tables else ()
    user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    newer = any(s not in KNOWN_MIGRATIONS for s in applied) or user_version > SCHEMA_VERSION
    problems: tuple[str, ...] = ()
    foreign = False
    others = tables - {MIGRATIONS_TABLE}
    if not applied and others:
        # Samspel's own tables without the record of the steps that made them: a damaged
        # Samspel database. Migrating it would run the first step over its tables.
        if others & _SAMSPEL_TABLES:
            problems = (MISSING_MIGRATIONS,)
        else:
            foreign = True
    elif applied == KNOWN_MIGRATIONS:
        # Tables first: a dropped table takes its indexes and triggers with it.
        missing = sorted(SCHEMA_OBJECTS - objects, key=lambda o: (o[0] != "table", o))
        problems = tuple(f"{_MISSING}{_SWEDISH_TYPES[kind]} {name}" for kind, name in missing)
    return SchemaState(applied, foreign, newer, problems)


def damaged_error(path: Path | None, problems: list[str] | tuple[str, ...]) -> CorruptDatabaseError:
    """The short error for damage (services tell it in full, naming the newest backup)."""
    return CorruptDatabaseError(
        "Databasfilen är skadad eller är inte en Samspel-databas. Den har inte ändrats.",
        detail="; ".join(problems[:5]),
        damaged_file=path,
        problems=tuple(problems),
    )


def foreign_error(path: Path | None) -> ForeignDatabaseError:
    return ForeignDatabaseError(
        f"Filen {path} är en databas från ett annat program, inte från Samspel. Den har inte "
        "ändrats. Flytta den därifrån eller välj en annan datamapp.",
        detail=str(path),
    )


def refusal(state: SchemaState, path: Path | None) -> StorageError | None:
    """Why a database with this schema must not be opened or written; ``None`` if it may."""
    if state.newer:
        return NewerDatabaseError(
            "Databasen är skapad av en nyare version av Samspel och kan inte öppnas av den här "
            "versionen. Den har inte ändrats. Installera den senaste versionen av Samspel.",
            detail=f"{path}: steg {list(state.applied)}",
        )
    if state.foreign:
        return foreign_error(path)
    if state.problems:
        return damaged_error(path, state.problems)
    return None


# --- a whole file --------------------------------------------------------------------------


@record
class DatabaseFileInfo(Record):
    """What a database file is, found without writing to it (for restore and backups)."""

    path: Path
    problems: tuple[str, ...]
    is_samspel: bool
    is_newer: bool
    applied_steps: int
    is_foreign: bool = False

    @property
    def healthy(self) -> bool:
        return not self.problems


def inspect_file(path: Path, *, quick: bool = False) -> DatabaseFileInfo:
    """Integrity, the schema, and whether ``path`` is a Samspel database and from which version.

    Raises :class:`StorageError` when the environment keeps the file from being read.
    """
    problems = tuple(check_file(path, quick=quick))
    if problems:
        return DatabaseFileInfo(path, problems, False, False, 0)
    conn = connect_read_only(path)
    try:
        with storage_errors(path.parent):
            state = read_schema(conn)
    except CorruptDatabaseError as error:
        return DatabaseFileInfo(path, (error.detail or error.message,), False, False, 0)
    finally:
        conn.close()
    return DatabaseFileInfo(
        path,
        state.problems,
        is_samspel=bool(state.applied),
        is_newer=state.newer,
        applied_steps=len(state.applied),
        is_foreign=state.foreign,
    )


if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger; ``logging`` is imported when something is logged (~2 ms of
    every command's start otherwise)."""
    import logging

    return logging.getLogger(__name__)


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
                _log().exception("integrity check failed")
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
