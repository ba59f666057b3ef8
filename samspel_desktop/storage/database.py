"""The one place that opens the database, sets its pragmas and runs migrations."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
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
from samspel_desktop.storage.steps import KNOWN_MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

DATABASE_FILENAME = "samspel.sqlite3"
_MIGRATIONS_TABLE = "_sqlite_migrations"


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

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self._db: Database | None = None
        self.path = path

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
        """One user-level save: a single transaction, committed or rolled back as a whole."""
        with storage_errors(), self.db.atomic():
            yield self.db.conn

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

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """Problems found by SQLite's integrity (or quick) check and the foreign-key check."""
        pragma = "quick_check" if quick else "integrity_check"
        try:
            result = [str(r[0]) for r in self._conn.execute(f"PRAGMA {pragma}").fetchall()]
            problems = [] if result == ["ok"] else result
            for table, rowid, parent, _ in self._conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"{table} rad {rowid} pekar på saknad rad i {parent}")
        except sqlite3.DatabaseError as error:
            return [str(error)]
        return problems


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


def _set_pragmas(conn: sqlite3.Connection, *, in_memory: bool) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal" and not in_memory:
        log.warning("journal_mode is %s, not WAL (network drive?)", mode)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def backup_to(conn: sqlite3.Connection, destination: Path) -> Path:
    """Copy a live database with SQLite's backup API to ``destination`` (temp file + rename)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(destination.name + ".tmp")
    temporary.unlink(missing_ok=True)
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
    os.replace(temporary, destination)
    return destination


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
    )


def open_store(path: Path | None, *, backup_dir: Path | None = None) -> Store:
    """Open (creating if needed) and migrate the database at ``path``; ``None`` = in memory.

    A database written by a newer Samspel is refused before anything is written. Before
    pending migrations run on an existing database, a copy is saved in ``backup_dir``.
    """
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise ReadOnlyStorageError(
                f"Mappen för data kunde inte skapas: {path.parent}", detail=str(error)
            ) from error
    with storage_errors():
        conn = sqlite3.connect(str(path) if path is not None else ":memory:", timeout=5.0)
    try:
        with storage_errors():
            _refuse_newer(conn, path)
            _set_pragmas(conn, in_memory=path is None)
            applied = set(_applied_migrations(conn))
            if any(name not in applied for name in KNOWN_MIGRATIONS):
                _migrate(conn, path, backup_dir)
    except BaseException:
        conn.close()
        raise
    return Store(conn, path)


def _migrate(conn: sqlite3.Connection, path: Path | None, backup_dir: Path | None) -> None:
    """Apply pending schema steps (each in one transaction), after a backup of existing data."""
    from samspel_desktop.storage.migrations import MIGRATIONS

    if path is not None and backup_dir is not None and _has_user_tables(conn):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_to(conn, backup_dir / f"fore-uppgradering-{stamp}.sqlite3")
    MIGRATIONS.apply(_database(conn))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
