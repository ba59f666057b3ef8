"""Schema version 7: two laptops, one history (docs/exchange.md): global ids, the device's
clock and the triggers recording every change as a field version."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.migrations.base import (
    MIGRATIONS,
    execute_script,
)
from samspel_desktop.storage.sync_tables import SYNC_TABLES, SyncTable

_SYNC_SCHEMA = """
-- This data folder as a device: its id (new when the folder is copied to another place, see
-- storage/sync.py), its name, the place it was bound to, its hybrid logical clock and the
-- sequence number of its latest recorded change.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '',
    clock INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id, device) VALUES (1, lower(hex(randomblob(8))));

-- While a row exists here (only inside an import's transaction) the triggers record no local
-- change: the import writes the received versions itself.
CREATE TABLE sync_applying (active INTEGER PRIMARY KEY CHECK (active = 1));

-- One field's version: its value's fingerprint, version vector (JSON: device -> clock), the
-- clock and device of the change that made it, and the local sequence number of that change
-- (what an incremental exchange sends). field '' is the item's existence: 'live'/'deleted'
-- (a deletion for good is a tombstone that travels); pair_gid is set on it.
CREATE TABLE sync_fields (
    gid TEXT NOT NULL,
    field TEXT NOT NULL,
    tbl TEXT NOT NULL,
    hash TEXT NOT NULL,
    vv TEXT NOT NULL DEFAULT '{}',
    clock INTEGER NOT NULL DEFAULT 0,
    device TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL DEFAULT 0,
    pair_gid TEXT,
    PRIMARY KEY (gid, field)
) WITHOUT ROWID;
CREATE INDEX sync_fields_seq ON sync_fields(seq);
CREATE INDEX sync_fields_pair ON sync_fields(pair_gid, seq);

-- A text both sides changed since their last common state: the version not shown is kept
-- here until someone chooses (docs/exchange.md). Travels with the pair's history.
CREATE TABLE sync_conflicts (
    gid TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    item_gid TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    vv TEXT NOT NULL,
    clock INTEGER NOT NULL,
    device TEXT NOT NULL,
    device_name TEXT NOT NULL DEFAULT '',
    pair_gid TEXT,
    found_at TEXT NOT NULL,
    resolved_at TEXT,
    seq INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_item ON sync_conflicts(item_gid);
CREATE INDEX sync_conflicts_seq ON sync_conflicts(pair_gid, seq);

-- The other devices this one exchanged a pair with: how far they confirmed our changes
-- (acked_seq: an incremental file starts there) and how far we received theirs.
CREATE TABLE sync_peers (
    device TEXT NOT NULL,
    pair_gid TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    acked_seq INTEGER NOT NULL DEFAULT 0,
    received_seq INTEGER NOT NULL DEFAULT 0,
    last_exchange TEXT,
    PRIMARY KEY (device, pair_gid)
) WITHOUT ROWID;

-- A shared sync folder: where, whether writing unencrypted was confirmed, what this device
-- last wrote there (a different checksum means a copy of this data folder wrote it), the
-- last run, and the files already read (by checksum) so an unchanged file is not read again.
CREATE TABLE sync_folders (
    folder TEXT PRIMARY KEY,
    unencrypted_ok INTEGER NOT NULL DEFAULT 0 CHECK (unencrypted_ok IN (0, 1)),
    written_seq INTEGER NOT NULL DEFAULT -1,
    written_sha TEXT NOT NULL DEFAULT '',
    last_run TEXT,
    last_result TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE sync_folder_files (
    folder TEXT NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (folder, name)
) WITHOUT ROWID;
"""

#: A hybrid logical clock step: one past the last, or the wall clock in ms if that is later.
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
_TICK = (
    f"    UPDATE sync_state SET clock = max(clock + 1, {_NOW_MS}), seq = seq + 1 "
    f"WHERE {_NOT_APPLYING};"
)


def _record_version(
    table: str, field: str, value: str, where: str, *, pair_gid: str = "NULL", row: str = "NEW"
) -> str:
    """One trigger statement recording a local change of ``field`` (value expr over ``cur.``).

    Nothing is recorded when the value's fingerprint is the one already recorded (a row
    deleted and inserted again with the same text is no change).
    """
    source = (
        f"FROM {table} AS cur, sync_state AS s WHERE cur.id = {row}.id"
        if row == "NEW"
        else "FROM sync_state AS s WHERE OLD.gid IS NOT NULL"
    )
    gid = "cur.gid" if row == "NEW" else "OLD.gid"
    return (
        "    INSERT INTO sync_fields (gid, field, tbl, hash, vv, clock, device, seq, pair_gid) "
        f"SELECT {gid}, '{field}', '{table}', {value}, json_object(s.device, s.clock), "
        f"s.clock, s.device, s.seq, {pair_gid} {source} AND {_NOT_APPLYING}{where} "
        "ON CONFLICT (gid, field) DO UPDATE SET hash = excluded.hash, "
        "vv = json_set(sync_fields.vv, '$.\"' || excluded.device || '\"', excluded.clock), "
        "clock = excluded.clock, device = excluded.device, seq = excluded.seq "
        "WHERE sync_fields.hash IS NOT excluded.hash;"
    )


def _record_tombstone(table: str) -> str:
    """The trigger statement recording a deletion for good as a tombstone.

    Its version vector is everything this laptop knew of the item (the largest clock of each
    device over all its fields) plus this change: a laptop receiving it can tell an edit the
    deleting laptop never saw, and keep it (``storage/sync.py``, nothing typed is lost).
    """
    knowledge = (
        "(SELECT json_group_object(k, m) FROM (SELECT j.key AS k, max(j.value) AS m "
        "FROM sync_fields AS f, json_each(f.vv) AS j WHERE f.gid = OLD.gid GROUP BY j.key))"
    )
    return (
        "    INSERT INTO sync_fields (gid, field, tbl, hash, vv, clock, device, seq, pair_gid) "
        f"SELECT OLD.gid, '', '{table}', 'deleted', "
        f"json_set(coalesce({knowledge}, '{{}}'), '$.\"' || s.device || '\"', s.clock), "
        "s.clock, s.device, s.seq, NULL FROM sync_state AS s "
        f"WHERE OLD.gid IS NOT NULL AND {_NOT_APPLYING} "
        "ON CONFLICT (gid, field) DO UPDATE SET hash = excluded.hash, vv = excluded.vv, "
        "clock = excluded.clock, device = excluded.device, seq = excluded.seq "
        "WHERE sync_fields.hash IS NOT excluded.hash;"
    )


def sync_triggers(table: SyncTable) -> str:
    """The triggers that give ``table``'s new rows a global id and record every change.

    Every write path gets them by construction: an INSERT, an UPDATE of a tracked column or a
    DELETE, from any repository, records a new field version with this device's clock.
    """
    name = table.name
    gid = table.gid.replace("ROW.", "NEW.")
    pair_gid = table.pair_gid.replace("ROW.", "cur.")
    # A new row's empty fields (NULL, '' or 0) are no one's edit yet: two laptops creating
    # the same answer, one writing each perspective, must not conflict over the other's empty
    # text. A row inserted again (same gid) records every field that changed.
    fields = [
        _record_version(
            name,
            f,
            f"samspel_hash(cur.{f})",
            f" AND (NOT (cur.{f} IS NULL OR (typeof(cur.{f}) = 'text' AND cur.{f} = '') OR "
            f"(typeof(cur.{f}) = 'integer' AND cur.{f} = 0)) OR EXISTS (SELECT 1 FROM "
            f"sync_fields WHERE gid = cur.gid AND field = '{f}'))",
        )
        for f in table.fields
    ]
    inserted = "\n".join(
        [
            f"    UPDATE {name} SET gid = {gid} WHERE id = NEW.id AND NEW.gid IS NULL;",
            _TICK,
            _record_version(name, "", "'live'", "", pair_gid=pair_gid),
            *fields,
        ]
    )
    deleted = _record_tombstone(name)
    parts = [
        f"CREATE TRIGGER {name}_sync_insert AFTER INSERT ON {name} BEGIN\n{inserted}\nEND;",
        f"CREATE TRIGGER {name}_sync_delete AFTER DELETE ON {name} BEGIN\n{_TICK}\n{deleted}\nEND;",
    ]
    if table.fields:
        changed = " OR ".join(f"NEW.{f} IS NOT OLD.{f}" for f in table.fields)
        updates = "\n".join(
            _record_version(name, f, f"samspel_hash(cur.{f})", f" AND NEW.{f} IS NOT OLD.{f}")
            for f in table.fields
        )
        parts.append(
            f"CREATE TRIGGER {name}_sync_update AFTER UPDATE OF {', '.join(table.fields)} "
            f"ON {name} WHEN {changed} BEGIN\n{_TICK}\n{updates}\nEND;"
        )
    return "\n".join(parts) + "\n"


def _sync_backfill(table: SyncTable) -> str:
    """Global ids for the rows already there, and their existence (with an empty history)."""
    name = table.name
    gid = table.gid.replace("ROW.", f"{name}.")
    pair_gid = table.pair_gid.replace("ROW.", f"{name}.")
    return (
        f"ALTER TABLE {name} ADD COLUMN gid TEXT;\n"
        f"UPDATE {name} SET gid = {gid};\n"
        f"CREATE UNIQUE INDEX {name}_gid ON {name}(gid);\n"
        "INSERT INTO sync_fields (gid, field, tbl, hash, pair_gid) "
        f"SELECT gid, '', '{name}', 'live', {pair_gid} FROM {name} WHERE gid IS NOT NULL;\n"
    )


@MIGRATIONS(name="0007_sync")
def m0007_sync(db: Database) -> None:
    execute_script(
        db,
        _SYNC_SCHEMA
        + "INSERT INTO maintenance_mode (active) VALUES (1);\n"
        + "".join(_sync_backfill(t) for t in SYNC_TABLES)
        + "DELETE FROM maintenance_mode;\n"
        + "".join(sync_triggers(t) for t in SYNC_TABLES),
    )
