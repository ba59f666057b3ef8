"""Derived data brought up to date after the save: an autosave's full-text index entries and
field versions (schema step 0008, ARCHITECTURE.md "One keystroke's path to the disk").

An update of an answer's fields writes the row and, through the trigger
``answers_derived_update``, one small marker row in ``derived_pending``: which fields changed
(``changed``, for the index) and which of them were local edits (``versioned``, for the
exchange's field versions; an exchange import writes its versions itself). The user's text is
durable when that transaction commits. :func:`catch_up` then brings the index and the field
versions up to date in bulk, in one transaction, exactly as the per-row triggers did before
(the same statements, on the row's current values).

The store catches up at the start of every other write (before its triggers tick the clock,
so the versions keep the order of the edits, and a deletion's tombstone knows every version),
before every search and every read of the exchange's versions, on closing, and the window
right after each autosave. A crash between the two transactions leaves the marker; the next
write, search or exchange of any process repairs it first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # every command opens the database: the exchange's tables load on use only
    from samspel_desktop.storage.sync_tables import SyncTable

#: The answers' fields recorded as versions, in marker bit order (``sync_tables.SYNC_TABLES``
#: takes them from here).
ANSWER_FIELDS: tuple[str, ...] = (
    "political",
    "executive",
    "conclusion",
    "to_agreement",
    "agreement_section_key",
    "ratings_revealed",
)
#: The answers' indexed texts: field → (search kind, rowid code) as ``migrations/base.py``.
ANSWER_TEXTS: dict[str, tuple[str, int]] = {
    "political": ("answer.political", 1),
    "executive": ("answer.executive", 2),
    "conclusion": ("answer.conclusion", 3),
}

PENDING_TABLE = "derived_pending"

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
_TICK = f"UPDATE sync_state SET clock = max(clock + 1, {_NOW_MS}), seq = seq + 1"


def _reindex(field: str) -> tuple[str, str]:
    kind, code = ANSWER_TEXTS[field]
    return (
        f"DELETE FROM search_index WHERE rowid = :id * 16 + {code}",
        f"INSERT INTO search_index(rowid, body, kind, source_id) "
        f"SELECT id * 16 + {code}, {field}, '{kind}', id FROM answers "
        f"WHERE id = :id AND {field} IS NOT NULL AND {field} <> ''",
    )


def _record(field: str) -> str:
    """A local change of ``field`` as a new version: the statement of the per-row trigger
    (``migrations/v7_sync.py``), over the row's current value."""
    return (
        "INSERT INTO sync_fields (gid, field, tbl, hash, vv, clock, device, seq, pair_gid) "
        f"SELECT cur.gid, '{field}', 'answers', samspel_hash(cur.{field}), "
        "json_object(s.device, s.clock), s.clock, s.device, s.seq, NULL "
        "FROM answers AS cur, sync_state AS s WHERE cur.id = :id "
        "ON CONFLICT (gid, field) DO UPDATE SET hash = excluded.hash, "
        "vv = json_set(sync_fields.vv, '$.\"' || excluded.device || '\"', excluded.clock), "
        "clock = excluded.clock, device = excluded.device, seq = excluded.seq "
        "WHERE sync_fields.hash IS NOT excluded.hash"
    )


_REINDEX = {field: _reindex(field) for field in ANSWER_TEXTS}
_RECORD = {field: _record(field) for field in ANSWER_FIELDS}


def pending(conn: sqlite3.Connection) -> bool:
    """Whether some derived data waits for :func:`catch_up` (one indexed lookup)."""
    return conn.execute(f"SELECT 1 FROM {PENDING_TABLE} LIMIT 1").fetchone() is not None


def catch_up(conn: sqlite3.Connection) -> int:
    """Bring the index and the field versions up to date, inside the caller's transaction;
    the number of rows brought up to date.

    Rows are taken in the order of their last change, one clock tick each (as the per-row
    trigger ticked once per statement), so the versions keep the order of the edits.
    """
    rows = conn.execute(
        f"SELECT tbl, id, changed, versioned FROM {PENDING_TABLE} ORDER BY pos"
    ).fetchall()
    for table, row_id, changed, versioned in rows:
        if table != "answers":  # pragma: no cover - only answers defer (schema step 0008)
            raise ValueError(f"unknown table in {PENDING_TABLE}: {table}")
        present = conn.execute("SELECT 1 FROM answers WHERE id = ?", [row_id]).fetchone()
        if present is None:
            continue  # deleted since: its delete triggers removed its entries
        params = {"id": row_id}
        for bit, field in enumerate(ANSWER_FIELDS):
            if changed & (1 << bit) and field in _REINDEX:
                for statement in _REINDEX[field]:
                    conn.execute(statement, params)
        if versioned:
            conn.execute(_TICK)
            for bit, field in enumerate(ANSWER_FIELDS):
                if versioned & (1 << bit):
                    conn.execute(_RECORD[field], params)
    if rows:
        conn.execute(f"DELETE FROM {PENDING_TABLE}")
    return len(rows)


def _bulk_version(table: SyncTable, field: str, value: str, where: str) -> str:
    """One statement recording a version of ``field`` for every row of ``table``: the insert
    trigger's statement (``migrations/v7_sync.py``), with row number ``k`` (in id order) as
    the row's tick after ``:clock`` and ``:seq``."""
    pair_gid = table.pair_gid.replace("ROW.", "cur.") if field == "" else "NULL"
    return (
        "INSERT INTO sync_fields (gid, field, tbl, hash, vv, clock, device, seq, pair_gid) "
        f"SELECT cur.gid, '{field}', '{table.name}', {value}, "
        "json_object(:device, :clock + r.k), :clock + r.k, :device, :seq + r.k, "
        f"{pair_gid} FROM (SELECT id, row_number() OVER (ORDER BY id) AS k "
        f"FROM {table.name}) AS r JOIN {table.name} AS cur ON cur.id = r.id WHERE true{where} "
        # In key order: the versions' B-tree grows at its end instead of splitting at random.
        "ORDER BY cur.gid "
        "ON CONFLICT (gid, field) DO UPDATE SET hash = excluded.hash, "
        "vv = json_set(sync_fields.vv, '$.\"' || excluded.device || '\"', excluded.clock), "
        "clock = excluded.clock, device = excluded.device, seq = excluded.seq "
        "WHERE sync_fields.hash IS NOT excluded.hash"
    )


def _bulk_statements(table: SyncTable) -> list[str]:
    statements = [_bulk_version(table, "", "'live'", "")]
    for f in table.fields:
        # A new row's empty fields are no one's edit yet (as in the insert trigger).
        statements.append(
            _bulk_version(
                table,
                f,
                f"samspel_hash(cur.{f})",
                f" AND (NOT (cur.{f} IS NULL OR (typeof(cur.{f}) = 'text' AND cur.{f} = '') OR "
                f"(typeof(cur.{f}) = 'integer' AND cur.{f} = 0)) OR EXISTS (SELECT 1 FROM "
                f"sync_fields WHERE gid = cur.gid AND field = '{f}'))",
            )
        )
    return statements


def record_loaded(conn: sqlite3.Connection, tables: Iterable[SyncTable]) -> int:
    """Record the versions of every row of ``tables``, loaded with the per-row recording off
    (``sync_applying``, an archive import), in set-based statements: one per table and field.

    The result is what the insert triggers record row by row: one clock tick per row, tables
    in the order given and rows in id order, each non-empty field a version of this device.
    Returns the number of rows (ticks).
    """
    # The first row's tick is the trigger's: max(last + 1, now in ms); each next row's is one
    # more (as the trigger's when rows come faster than one a millisecond).
    device, clock, seq = conn.execute(
        f"SELECT device, max(clock + 1, {_NOW_MS}) - 1, seq FROM sync_state"
    ).fetchone()
    # The versions' two secondary indexes are built once after the rows, sorted, rather than
    # grown row by row (the same statements, read back from the schema).
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sync_fields' "
        "AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    ticks = 0
    for table in tables:
        count = int(conn.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0])
        if not count:
            continue
        params = {"device": device, "clock": clock + ticks, "seq": seq + ticks}
        for statement in _bulk_statements(table):
            conn.execute(statement, params)
        ticks += count
    for _, sql in indexes:
        conn.execute(sql)
    if ticks:
        conn.execute("UPDATE sync_state SET clock = ?, seq = ?", [clock + ticks, seq + ticks])
    return ticks


def _changed_mask(old: str = "OLD", new: str = "NEW") -> str:
    return " | ".join(
        f"(({new}.{f} IS NOT {old}.{f}) << {bit})" for bit, f in enumerate(ANSWER_FIELDS)
    )


#: Schema step 0008's SQL (frozen once shipped): the marker table and the trigger replacing
#: the answers' per-row index and version triggers on update.
SCHEMA_0008 = f"""
CREATE TABLE {PENDING_TABLE} (
    tbl TEXT NOT NULL,
    id INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    versioned INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    PRIMARY KEY (tbl, id)
) WITHOUT ROWID;
DROP TRIGGER answers_sync_update;
DROP TRIGGER answers_search_update_political;
DROP TRIGGER answers_search_update_executive;
DROP TRIGGER answers_search_update_conclusion;
CREATE TRIGGER answers_derived_update AFTER UPDATE OF {", ".join(ANSWER_FIELDS)} ON answers
WHEN {" OR ".join(f"NEW.{f} IS NOT OLD.{f}" for f in ANSWER_FIELDS)} BEGIN
    INSERT INTO {PENDING_TABLE} (tbl, id, changed, versioned, pos)
    SELECT 'answers', NEW.id, m,
        CASE WHEN EXISTS (SELECT 1 FROM sync_applying) THEN 0 ELSE m END,
        (SELECT coalesce(max(pos), 0) + 1 FROM {PENDING_TABLE})
    FROM (SELECT {_changed_mask()} AS m) WHERE true
    ON CONFLICT (tbl, id) DO UPDATE SET changed = changed | excluded.changed,
        versioned = versioned | excluded.versioned, pos = excluded.pos;
END;
"""
