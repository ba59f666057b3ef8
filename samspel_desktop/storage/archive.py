"""Whole-database dump and load for the archive format (see ``docs/archive.md``).

Rows are copied table by table in foreign-key order; the full-text index is rebuilt by its
triggers, and the exchange's field versions are recorded after the rows in set-based statements
(``derived.record_loaded``). Loading is all-or-nothing: one transaction, foreign keys checked
before commit.

Before anything is written every row is checked three times over: against the live schema
(known columns, required ones present, NULL only where allowed, the declared type); through
:func:`samspel_desktop.storage.columns.check_row`, which reads every value with the same
readers the repositories use; and by a dry run into in-memory copies of the tables, made from
the live database's own ``CREATE`` statements (CHECK, UNIQUE and foreign keys). What the app
could not read back, or the database would not hold, is refused with one Swedish message
naming table and row, and the database file is left byte for byte as it was.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from samspel_desktop.domain.errors import ArchiveError
from samspel_desktop.storage import derived
from samspel_desktop.storage.columns import RowValueError, check_row
from samspel_desktop.storage.database import Store
from samspel_desktop.storage.environment import translate_error
from samspel_desktop.storage.steps import KNOWN_MIGRATIONS
from samspel_desktop.storage.sync_tables import SYNC_TABLES

#: Every table holding user data, parents before children.
ARCHIVE_TABLES: tuple[str, ...] = (
    "organisations",
    "persons",
    "pairs",
    "guides",
    "conversations",
    "conversation_guides",
    "answers",
    "ratings",
    "commitments",
    "agreement_versions",
    "agreement_sections",
    "agreement_remisses",
    "agreement_remiss_answers",
    "agreement_provenance",
    "greyzone_entries",
    "seminars",
    "seminar_groups",
    "seminar_answers",
    "seminar_syntheses",
)
#: Tables whose rows count as the user's own data (built-in guides do not).
_USER_DATA_TABLES = (
    "organisations",
    "pairs",
    "conversations",
    "commitments",
    "greyzone_entries",
    "seminars",
)

_SQL_TYPES: dict[str, tuple[type, ...]] = {"INTEGER": (int,), "TEXT": (str,), "REAL": (float, int)}


def table_columns(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Column name, declared type and nullability of every archive table."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table in ARCHIVE_TABLES:
        out[table] = [
            {
                "name": r["name"],
                "type": r["type"].upper(),
                "nullable": not r["notnull"] and not r["pk"],
                "has_default": r["dflt_value"] is not None,
            }
            for r in store.rows(f"PRAGMA table_info({table})")
        ]
    return out


def schema_steps() -> list[str]:
    return list(KNOWN_MIGRATIONS)


def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every archive table, ordered by primary key."""
    return {table: store.rows(f"SELECT * FROM {table} ORDER BY rowid") for table in ARCHIVE_TABLES}


def has_user_data(store: Store) -> bool:
    return any(store.scalar(f"SELECT count(*) FROM {t}") for t in _USER_DATA_TABLES)


def _validate_rows(table: str, rows: object, columns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not isinstance(rows, list):
        raise ArchiveError(f"Arkivet är felaktigt: ”{table}” ska vara en lista.")
    known = {c["name"]: c for c in columns}
    required = {c["name"] for c in columns if not c["nullable"] and not c["has_default"]}
    for index, row in enumerate(rows, start=1):
        where = f"{table}, rad {index}"
        if not isinstance(row, dict):
            raise ArchiveError(f"Arkivet är felaktigt ({where}): raden ska vara ett objekt.")
        unknown = row.keys() - known.keys()
        if unknown:
            raise ArchiveError(
                f"Arkivet är felaktigt ({where}): okända fält {', '.join(sorted(unknown))}."
            )
        missing = required - row.keys()
        if missing:
            raise ArchiveError(
                f"Arkivet är felaktigt ({where}): saknar {', '.join(sorted(missing))}."
            )
        for name, value in row.items():
            column = known[name]
            if value is None:
                if not column["nullable"]:
                    raise ArchiveError(f"Arkivet är felaktigt ({where}): {name} saknar värde.")
                continue
            accepted = _SQL_TYPES.get(column["type"], (str, int, float))
            if isinstance(value, bool) or not isinstance(value, accepted):
                raise ArchiveError(f"Arkivet är felaktigt ({where}): {name} har fel typ.")
        try:
            check_row(table, row)
        except RowValueError as problem:
            raise ArchiveError(
                f"Arkivet är felaktigt ({where}, {problem.column}): {problem.message}"
            ) from None
    return rows


def _insert(conn: sqlite3.Connection, table: str, index: int, row: dict[str, Any]) -> None:
    """Insert one archived row; a rule of the database it breaks is the archive's fault."""
    names = list(row)
    try:
        conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[n] for n in names],
        )
    except sqlite3.Error as error:
        translated = translate_error(error)
        if translated is not None and "json" not in str(error).lower():
            raise translated from error  # the disk, not the archive
        raise ArchiveError(
            f"Arkivet är felaktigt ({table}, rad {index}): raden bryter mot databasens regler "
            "(ett värde utanför det tillåtna, eller ett id som finns två gånger). "
            "Ingenting har importerats.",
            detail=str(error),
        ) from error


def _foreign_key_problem(conn: sqlite3.Connection) -> None:
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, rowid, parent, _ = problems[0]
        raise ArchiveError(
            f"Arkivet är felaktigt: {table} rad {rowid} pekar på en rad i {parent} "
            "som saknas. Ingenting har importerats."
        )


def _dry_run(store: Store, validated: dict[str, list[dict[str, Any]]]) -> None:
    """Insert every row into empty in-memory copies of the tables first.

    The copies are made from the live database's own ``CREATE`` statements, so every rule of
    the database (CHECK, UNIQUE, NOT NULL, foreign keys) is the same one; only the triggers and
    the full-text index are left out. A row that breaks a rule is found here, and the live
    file is never opened for writing for an archive that cannot be loaded (a rolled-back
    transaction would still leave traces, such as refreshed query statistics).
    """
    names = ", ".join(f"'{t}'" for t in ARCHIVE_TABLES)
    statements = store.rows(
        f"SELECT sql FROM sqlite_master WHERE tbl_name IN ({names}) AND sql IS NOT NULL "
        "AND type IN ('table', 'index') ORDER BY type = 'index'"
    )
    scratch = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for statement in statements:
            scratch.execute(statement["sql"])
        scratch.execute("PRAGMA foreign_keys = ON")
        scratch.execute("BEGIN")
        scratch.execute("PRAGMA defer_foreign_keys = ON")
        for table in ARCHIVE_TABLES:
            for index, row in enumerate(validated[table], start=1):
                _insert(scratch, table, index, row)
        _foreign_key_problem(scratch)
        scratch.execute("ROLLBACK")
    finally:
        scratch.close()


def load(store: Store, tables: dict[str, Any], *, replace: bool) -> None:
    """Replace the database's content with ``tables`` in one transaction.

    Without ``replace`` the database must hold no user data (built-in guides are replaced).
    Any problem raises :class:`ArchiveError` and leaves the database unchanged.
    """
    columns = table_columns(store)
    unknown = tables.keys() - set(ARCHIVE_TABLES)
    if unknown:
        raise ArchiveError(f"Arkivet innehåller okända tabeller: {', '.join(sorted(unknown))}.")
    missing = set(ARCHIVE_TABLES) - tables.keys()
    if missing:
        raise ArchiveError(f"Arkivet saknar tabellerna: {', '.join(sorted(missing))}.")
    validated = {t: _validate_rows(t, tables[t], columns[t]) for t in ARCHIVE_TABLES}
    _dry_run(store, validated)
    if not replace and has_user_data(store):
        raise ArchiveError(
            "Databasen innehåller redan samspelspar och samtal. Importera till en tom datamapp, "
            "eller välj att ersätta innehållet (en säkerhetskopia tas först)."
        )
    try:
        with store.write() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute("INSERT INTO maintenance_mode (active) VALUES (1)")
            for table in reversed(ARCHIVE_TABLES):
                conn.execute(f"DELETE FROM {table}")
            # The rows' field versions are recorded after them, one statement per table and
            # field, instead of by the insert triggers row by row (storage/derived.py).
            conn.execute("INSERT INTO sync_applying (active) VALUES (1)")
            for table in ARCHIVE_TABLES:
                for index, row in enumerate(validated[table], start=1):
                    _insert(conn, table, index, row)
            conn.execute("DELETE FROM sync_applying")
            derived.record_loaded(conn, SYNC_TABLES)
            conn.execute("DELETE FROM maintenance_mode")
            _foreign_key_problem(conn)
    except sqlite3.IntegrityError as error:
        raise ArchiveError(
            "Arkivet bryter mot databasens regler. Ingenting har importerats.", detail=str(error)
        ) from error
