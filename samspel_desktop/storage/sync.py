"""A pair's history as field versions: what an exchange file carries, and merging one in.

The triggers of schema step 0007 record every local change (``migrations.sync_triggers``);
this module reads those records for an export and writes received versions for an import,
with the merge rule of ``domain/sync.py``. Everything an import writes is one transaction:
any problem leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from samspel_desktop.domain.errors import SyncError
from samspel_desktop.domain.sync import (
    DELETED,
    EXISTENCE,
    LIVE,
    FieldVersion,
    MergeKind,
    Order,
    compare,
    conflict_gid,
    merge_field,
    merged_vector,
    value_hash,
    vector_json,
)
from samspel_desktop.storage.database import Store, fingerprint, renew_device, utc_now
from samspel_desktop.storage.sync_tables import (
    CHILD_TABLES,
    SYNC_TABLE_BY_NAME,
    SYNC_TABLES,
    SyncTable,
)

#: References a row can do without (left empty when the row referred to is not here).
_OPTIONAL_REFS = frozenset({"predecessor_id", "closed_in", "created_in"})

#: An entry as carried in a file: [version vector, clock, device].
Entry = list[Any]


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    fingerprint: str
    clock: int
    seq: int


@dataclass
class ApplyResult:
    """What an import changed (counts per kind of change)."""

    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    #: Items deleted for good on the other laptop but kept here (or brought back) because
    #: they hold an edit or an item that laptop never saw.
    kept: int = 0
    pairs_added: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.conflicts or self.kept)


class SyncRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- this device ------------------------------------------------------------------

    def device(self) -> Device:
        row = self._store.row("SELECT * FROM sync_state WHERE id = 1")
        assert row is not None
        return Device(row["device"], row["name"], row["fingerprint"], row["clock"], row["seq"])

    def ensure_device(self) -> Device:
        """This data folder's device, with a new id first if the folder was copied.

        Only a folder not yet bound where it is now is written to (Store.write binds it
        before its first write): an export from a bound folder reads only, so it needs
        neither the write lock nor the check before a first write.
        """
        device = self.device()
        if device.fingerprint != fingerprint(self._store.path):
            with self._store.write():
                pass
            device = self.device()
        return device

    def set_device_name(self, name: str) -> None:
        with self._store.write() as conn:
            conn.execute("UPDATE sync_state SET name = ? WHERE id = 1", [name])

    # --- pairs ------------------------------------------------------------------------

    def pair_gid(self, pair_id: int) -> str | None:
        value = self._store.scalar(
            "SELECT gid FROM pairs WHERE id = ? AND deleted_at IS NULL", [pair_id]
        )
        return str(value) if value else None

    def pair_id(self, pair_gid: str) -> int | None:
        value = self._store.scalar("SELECT id FROM pairs WHERE gid = ?", [pair_gid])
        return int(value) if value is not None else None

    def knows_pair(self, pair_gid: str) -> bool:
        return bool(
            self._store.scalar(
                "SELECT 1 FROM pairs WHERE gid = ? UNION ALL "
                "SELECT 1 FROM sync_fields WHERE gid = ? AND field = ''",
                [pair_gid, pair_gid],
            )
        )

    def shared_pair_ids(self) -> list[int]:
        """The pairs a sync folder carries: every pair not in the trash, demo ones excepted."""
        return [
            r["id"]
            for r in self._store.rows(
                "SELECT p.id FROM pairs p JOIN organisations o ON o.id = p.organisation_id "
                "WHERE p.deleted_at IS NULL AND o.is_demo = 0 ORDER BY p.id"
            )
        ]

    def max_seq(self) -> int:
        return int(self._store.scalar("SELECT seq FROM sync_state WHERE id = 1") or 0)

    # --- export -----------------------------------------------------------------------

    def export_pair(self, pair_id: int, since: int = 0) -> dict[str, Any]:
        """The pair's items changed after local sequence number ``since`` (0: all of it).

        Rows carry every exchanged column (references as global ids) and every field's
        version; deleted items travel as tombstones; kept conflicts travel too. Changes since
        a sequence number are found through the change index first (``sync_fields_seq``), so
        the changes after one conversation cost what they are, not what the history is.
        """
        pair_gid = self.pair_gid(pair_id)
        if pair_gid is None:
            raise SyncError(f"Det finns inget samspelspar med id {pair_id}.")
        changed: dict[str, set[str]] | None = None
        if since:
            changed = {}
            for r in self._store.rows(
                "SELECT DISTINCT tbl, gid FROM sync_fields WHERE seq > ?", [since]
            ):
                changed.setdefault(str(r["tbl"]), set()).add(str(r["gid"]))
        gids = _GidLookup(self._store, whole_tables=changed is None)
        rows: list[dict[str, Any]] = []
        live: set[str] = set()
        for table in SYNC_TABLES:
            if changed is not None and table.name not in changed:
                continue  # nothing of it changed: not even read
            columns = ", ".join(("gid", *table.exchanged))
            sql = f"SELECT {columns} FROM {table.name} WHERE id IN ({table.scope})"
            params: dict[str, Any] = {"pair": pair_id}
            if changed is not None:
                sql += " AND gid IN (SELECT value FROM json_each(:changed))"
                params["changed"] = json.dumps(sorted(changed[table.name]))
            found = self._store.rows(sql + " ORDER BY id", params)
            if not found:
                continue
            entries = self._entries([r["gid"] for r in found], table, pair_id, whole=not since)
            for row in found:
                gid = row.pop("gid")
                live.add(gid)
                for column, target in table.refs.items():
                    if row[column] is not None:
                        row[column] = gids.gid(target, row[column])
                rows.append(
                    {
                        "table": table.name,
                        "gid": gid,
                        "pair": None if table.pair_gid == "NULL" else pair_gid,
                        "values": row,
                        "versions": entries.get(gid, {}),
                    }
                )
        deleted = [
            {
                "table": r["tbl"],
                "gid": r["gid"],
                "pair": pair_gid,
                "version": [json.loads(r["vv"]), r["clock"], r["device"]],
            }
            for r in self._store.rows(
                "SELECT gid, tbl, vv, clock, device FROM sync_fields WHERE pair_gid = ? "
                "AND field = '' AND hash = ? AND seq > ? ORDER BY seq",
                [pair_gid, DELETED, since],
            )
            if r["tbl"] in SYNC_TABLE_BY_NAME
            and r["gid"] not in live
            and (not since or not self._exists(r["tbl"], r["gid"]))
        ]
        conflicts = [
            {k: v for k, v in r.items() if k not in ("seq", "pair_gid")}
            | {"vv": json.loads(r["vv"]), "pair": pair_gid}
            for r in self._store.rows(
                "SELECT * FROM sync_conflicts WHERE pair_gid = ? AND seq > ? ORDER BY gid",
                [pair_gid, since],
            )
        ]
        return {"pair": pair_gid, "rows": rows, "deleted": deleted, "conflicts": conflicts}

    def _entries(
        self, gids: list[str], table: SyncTable, pair_id: int, *, whole: bool
    ) -> dict[str, dict[str, Entry]]:
        """Every field version of the given items (``whole``: of all the table's rows of the
        pair, read in one join rather than by id)."""
        if whole:
            found = self._store.rows(
                f"SELECT f.gid, f.field, f.vv, f.clock, f.device FROM sync_fields f "
                f"JOIN {table.name} t ON t.gid = f.gid WHERE t.id IN ({table.scope})",
                {"pair": pair_id},
            )
        else:
            found = self._store.rows(
                "SELECT gid, field, vv, clock, device FROM sync_fields "
                "WHERE gid IN (SELECT value FROM json_each(?))",
                [json.dumps(gids)],
            )
        entries: dict[str, dict[str, Entry]] = {}
        for e in found:
            entries.setdefault(e["gid"], {})[e["field"]] = [
                json.loads(e["vv"]),
                e["clock"],
                e["device"],
            ]
        return entries

    def _exists(self, table: str, gid: str) -> bool:
        return self._store.scalar(f"SELECT 1 FROM {table} WHERE gid = ?", [gid]) is not None

    def pair_summary(self, pair_id: int) -> dict[str, str]:
        """Names for messages: organisation and the two persons."""
        pair = self._store.row(
            "SELECT o.name AS organisation, pp.name AS political, ep.name AS executive "
            "FROM pairs p JOIN organisations o ON o.id = p.organisation_id "
            "JOIN persons pp ON pp.id = p.political_person_id "
            "JOIN persons ep ON ep.id = p.executive_person_id WHERE p.id = ?",
            [pair_id],
        )
        return dict(pair or {})

    def has_changes_unknown_here(self, payload: Mapping[str, Any], device: str) -> bool:
        """Whether ``payload`` holds a change made under ``device`` (this data folder's id)
        that this database does not have: another copy of the folder wrote under the id."""
        needle = f'%"{device}"%'
        local = {
            (r["gid"], r["field"]): int(json.loads(r["vv"]).get(device, 0))
            for r in self._store.rows(
                "SELECT gid, field, vv FROM sync_fields WHERE vv LIKE ?", [needle]
            )
        }
        for gid, name, entry in _payload_entries(payload):
            if int(entry[0].get(device, 0)) > local.get((gid, name), 0):
                return True
        return False

    # --- peers ------------------------------------------------------------------------

    def acked(self, pair_gid: str) -> dict[str, int]:
        """Per peer device: the local sequence number it confirmed having for the pair."""
        return {
            r["device"]: r["acked_seq"]
            for r in self._store.rows(
                "SELECT device, acked_seq FROM sync_peers WHERE pair_gid = ?", [pair_gid]
            )
        }

    def received(self, pair_gids: Iterable[str]) -> dict[str, dict[str, int]]:
        """Per peer device and pair: how far we have received its changes (sent as acks)."""
        out: dict[str, dict[str, int]] = {}
        for gid in pair_gids:
            for r in self._store.rows(
                "SELECT device, received_seq FROM sync_peers WHERE pair_gid = ?", [gid]
            ):
                out.setdefault(r["device"], {})[gid] = r["received_seq"]
        return out

    def peers(self) -> list[dict[str, Any]]:
        return self._store.rows(
            "SELECT device, name, pair_gid, acked_seq, received_seq, last_exchange "
            "FROM sync_peers ORDER BY last_exchange DESC"
        )

    # --- import -----------------------------------------------------------------------

    def apply(
        self,
        payload: Mapping[str, Any],
        *,
        add_pairs: Iterable[str] = (),
        peer: tuple[str, str] | None = None,
        peer_seq: Mapping[str, tuple[int, int]] | None = None,
        acks: Mapping[str, int] | None = None,
        renew: str | None = None,
    ) -> ApplyResult:
        """Merge a validated payload (``services/exchange.py`` checks its shape) in one
        transaction. ``peer`` (id, name) with ``peer_seq`` (pair → (since, seq)) and ``acks``
        (pair → our sequence number the peer has) update what we know of the sender.

        ``renew`` makes this data folder a new device first: ``"rollback"`` when the sender
        confirms changes of ours this database no longer has (it was restored or copied back
        by hand), ``"twin"`` when the file holds changes made under this device's id that are
        not here (a copy of this data folder wrote under the same id; see
        :meth:`_Merger.split_twin`).
        """
        result = ApplyResult()
        try:
            with self._store.write() as conn:
                old = renew_device(conn, self._store.path) if renew else None
                merger = _Merger(conn, payload, result, set(add_pairs))
                if renew == "twin" and old is not None:
                    merger.split_twin(old)
                merger.run()
                if peer is not None:
                    self._record_peer(conn, peer, peer_seq or {}, acks or {})
        except sqlite3.IntegrityError as error:
            raise SyncError(
                "Filen passar inte ihop med historiken på den här datorn "
                f"({error}). Ingenting har ändrats.",
                detail=str(error),
            ) from error
        return result

    @staticmethod
    def _record_peer(
        conn: sqlite3.Connection,
        peer: tuple[str, str],
        peer_seq: Mapping[str, tuple[int, int]],
        acks: Mapping[str, int],
    ) -> None:
        device, name = peer
        now = utc_now()
        for pair_gid in peer_seq.keys() | acks.keys():
            conn.execute(
                "INSERT INTO sync_peers (device, pair_gid, name, last_exchange) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (device, pair_gid) DO UPDATE SET "
                "name = excluded.name, last_exchange = excluded.last_exchange",
                [device, pair_gid, name, now],
            )
            if pair_gid in acks:
                conn.execute(
                    "UPDATE sync_peers SET acked_seq = max(acked_seq, ?) "
                    "WHERE device = ? AND pair_gid = ?",
                    [acks[pair_gid], device, pair_gid],
                )
            if pair_gid in peer_seq:
                since, seq = peer_seq[pair_gid]
                # Only a file that starts where we are leaves no gap behind it.
                conn.execute(
                    "UPDATE sync_peers SET received_seq = ? WHERE device = ? AND pair_gid = ? "
                    "AND received_seq >= ? AND received_seq < ?",
                    [seq, device, pair_gid, since, seq],
                )

    # --- conflicts --------------------------------------------------------------------

    def conflicts(self, item_gids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Unresolved kept versions (of the given items, or all)."""
        sql = "SELECT * FROM sync_conflicts WHERE resolved_at IS NULL"
        params: list[Any] = []
        if item_gids is not None:
            gids = list(item_gids)
            sql += f" AND item_gid IN ({','.join('?' * len(gids)) or 'NULL'})"
            params = gids
        return self._store.rows(sql + " ORDER BY found_at, gid", params)

    def open_conflicts(
        self, *, item_gids: Iterable[str] | None = None, pair_gid: str | None = None
    ) -> list[dict[str, Any]]:
        """Unresolved kept versions (of the given items, or of one pair), each with its item's
        local ``item_id``, the text shown now (``current``), its ``question_key`` (answers)
        and whether it belongs to an adopted agreement (``frozen``, it cannot change)."""
        if item_gids is not None:
            found = self.conflicts(item_gids)
        else:
            found = self._store.rows(
                "SELECT * FROM sync_conflicts WHERE resolved_at IS NULL AND pair_gid = ? "
                "ORDER BY found_at, gid",
                [pair_gid],
            )
        out = []
        for conflict in found:
            table = SYNC_TABLE_BY_NAME.get(conflict["tbl"])
            if table is None or conflict["field"] not in table.texts:
                continue
            item = self._store.row(
                f"SELECT * FROM {table.name} WHERE gid = ?", [conflict["item_gid"]]
            )
            out.append(
                conflict
                | {
                    "item_id": item["id"] if item else None,
                    "current": "" if item is None else item[conflict["field"]] or "",
                    "question_key": (item or {}).get("question_key", "")
                    if table.name == "answers"
                    else "",
                    "frozen": item is not None and self._is_adopted(table, item),
                }
            )
        return out

    def conflict(self, conflict_gid: str) -> dict[str, Any] | None:
        """One conflict as :meth:`open_conflicts` gives it (resolved or not)."""
        row = self._store.row("SELECT item_gid FROM sync_conflicts WHERE gid = ?", [conflict_gid])
        if row is None:
            return None
        found = [
            c for c in self.open_conflicts(item_gids=[row["item_gid"]]) if c["gid"] == conflict_gid
        ]
        return found[0] if found else None

    def _is_adopted(self, table: SyncTable, item: Mapping[str, Any]) -> bool:
        version_id = {
            "agreement_versions": "id",
            "agreement_sections": "version_id",
        }.get(table.name)
        if version_id is None:
            return False
        status = self._store.scalar(
            "SELECT status FROM agreement_versions WHERE id = ?", [item[version_id]]
        )
        return bool(status == "adopted")

    def answer_gids(self, conversation_id: int) -> dict[str, str]:
        """Question key → the answer's global id, for one conversation."""
        return {
            r["question_key"]: r["gid"]
            for r in self._store.rows(
                "SELECT question_key, gid FROM answers WHERE conversation_id = ?",
                [conversation_id],
            )
        }

    def conversation_gid(self, conversation_id: int) -> str | None:
        value = self._store.scalar("SELECT gid FROM conversations WHERE id = ?", [conversation_id])
        return str(value) if value else None

    def resolve_conflict(
        self, conflict_gid: str, text: str | None, *, take_other: bool = False
    ) -> None:
        """Close a kept version; with ``text`` - or the kept version itself, ``take_other`` -
        the field takes it (a local edit that wins everywhere, since it knows both
        versions)."""
        conflict = self._store.row("SELECT * FROM sync_conflicts WHERE gid = ?", [conflict_gid])
        if conflict is None:
            raise SyncError("Konflikten finns inte längre.")
        table = SYNC_TABLE_BY_NAME[conflict["tbl"]]
        column = conflict["field"]
        if column not in table.texts:
            raise SyncError("Konflikten gäller inget textfält.")
        if take_other:
            text = conflict["text"]
        with self._store.write() as conn:
            if text is not None:
                conn.execute(
                    f"UPDATE {table.name} SET {column} = ? WHERE gid = ?",
                    [text, conflict["item_gid"]],
                )
            seq = _next_seq(conn)
            conn.execute(
                "UPDATE sync_conflicts SET resolved_at = ?, seq = ? WHERE gid = ?",
                [utc_now(), seq, conflict_gid],
            )

    # --- sync folders -----------------------------------------------------------------

    def folder(self, folder: str) -> dict[str, Any] | None:
        return self._store.row("SELECT * FROM sync_folders WHERE folder = ?", [folder])

    def folders(self) -> list[dict[str, Any]]:
        return self._store.rows("SELECT * FROM sync_folders ORDER BY folder")

    def save_folder(self, folder: str, **values: Any) -> None:
        allowed = {"unencrypted_ok", "written_seq", "written_sha", "last_run", "last_result"}
        if not values.keys() <= allowed:
            raise ValueError(f"unknown sync folder fields {set(values) - allowed}")
        with self._store.write() as conn:
            conn.execute("INSERT OR IGNORE INTO sync_folders (folder) VALUES (?)", [folder])
            if values:
                assignments = ", ".join(f"{k} = ?" for k in values)
                conn.execute(
                    f"UPDATE sync_folders SET {assignments} WHERE folder = ?",
                    [*values.values(), folder],
                )

    def forget_folder(self, folder: str) -> None:
        with self._store.write() as conn:
            conn.execute("DELETE FROM sync_folder_files WHERE folder = ?", [folder])
            conn.execute("DELETE FROM sync_folders WHERE folder = ?", [folder])

    def folder_files(self, folder: str) -> dict[str, str]:
        return {
            r["name"]: r["sha256"]
            for r in self._store.rows(
                "SELECT name, sha256 FROM sync_folder_files WHERE folder = ?", [folder]
            )
        }

    def folder_file_read(self, conn: sqlite3.Connection, folder: str, name: str, sha: str) -> None:
        conn.execute(
            "INSERT INTO sync_folder_files (folder, name, sha256) VALUES (?, ?, ?) "
            "ON CONFLICT (folder, name) DO UPDATE SET sha256 = excluded.sha256",
            [folder, name, sha],
        )

    def write(self) -> Any:
        return self._store.write()


class _GidLookup:
    """Global ids of referenced rows: whole tables at once for a full export, one by one
    for the few rows of an incremental one."""

    def __init__(self, store: Store, *, whole_tables: bool) -> None:
        self._store = store
        self._whole = whole_tables
        self._maps: dict[str, dict[int, str | None]] = {}

    def gid(self, table: str, row_id: int) -> str | None:
        known = self._maps.setdefault(table, {})
        if self._whole and not known:
            known.update(
                (r["id"], r["gid"]) for r in self._store.rows(f"SELECT id, gid FROM {table}")
            )
        if row_id not in known and not self._whole:
            value = self._store.scalar(f"SELECT gid FROM {table} WHERE id = ?", [row_id])
            known[row_id] = None if value is None else str(value)
        return known.get(row_id)


def _payload_entries(payload: Mapping[str, Any]) -> Iterable[tuple[str, str, Entry]]:
    """Every (item, field, version) a payload carries."""
    for row in payload["rows"]:
        for name, entry in row["versions"].items():
            yield row["gid"], name, entry
    for tomb in payload["deleted"]:
        yield tomb["gid"], EXISTENCE, tomb["version"]


def _next_seq(conn: sqlite3.Connection) -> int:
    conn.execute("UPDATE sync_state SET seq = seq + 1 WHERE id = 1")
    return int(conn.execute("SELECT seq FROM sync_state WHERE id = 1").fetchone()[0])


def _version(entry: Entry | None, value: Any) -> FieldVersion:
    if entry is None:
        return FieldVersion(value)
    vv, clock, device = entry
    return FieldVersion(value, dict(vv), int(clock), str(device))


class _Merger:
    """One import: rows in table order (parents first), then tombstones and conflicts."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        payload: Mapping[str, Any],
        result: ApplyResult,
        add_pairs: set[str],
    ) -> None:
        self.conn = conn
        self.payload = payload
        self.result = result
        self.add_pairs = add_pairs
        state = conn.execute("SELECT clock, seq, device FROM sync_state WHERE id = 1").fetchone()
        self.clock, self.seq, self.own = int(state[0]), int(state[1]), str(state[2])
        #: The file's rows by global id: a row deleted here that a received row needs as its
        #: parent is brought back from them (see :meth:`revive`).
        self.received = {(r["table"], r["gid"]): r for r in payload["rows"]}
        self.ids: dict[tuple[str, str], int | None] = {}
        self.adopted_before = {
            r[0]
            for r in conn.execute("SELECT gid FROM agreement_versions WHERE status = 'adopted'")
        }
        self.names = {str(d.get("id")): str(d.get("name", "")) for d in payload.get("devices", [])}

    # -- helpers --

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def see_clock(self, clock: int) -> None:
        self.clock = max(self.clock, clock)

    def tick(self) -> int:
        """A new local change's clock (the hybrid logical clock of the triggers)."""
        now_ms = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
        self.clock = max(self.clock + 1, now_ms)
        return self.clock

    def local_row_id(self, table: SyncTable, gid: str) -> int | None:
        row = self.conn.execute(f"SELECT id FROM {table.name} WHERE gid = ?", [gid]).fetchone()
        return int(row[0]) if row else None

    def parent_gid(self, table: SyncTable, row_id: int) -> str | None:
        if table.parent is None:
            return None
        parent = table.refs[table.parent]
        row = self.conn.execute(
            f"SELECT p.gid FROM {table.name} c JOIN {parent} p ON p.id = c.{table.parent} "
            "WHERE c.id = ?",
            [row_id],
        ).fetchone()
        return str(row[0]) if row and row[0] else None

    def local_id(self, table: str, gid: str | None) -> int | None:
        if gid is None:
            return None
        key = (table, gid)
        if key not in self.ids:
            row = self.conn.execute(f"SELECT id FROM {table} WHERE gid = ?", [gid]).fetchone()
            self.ids[key] = int(row[0]) if row else None
        return self.ids[key]

    def entries(self, gid: str) -> dict[str, Entry]:
        return {
            r[0]: [json.loads(r[1]), r[2], r[3]]
            for r in self.conn.execute(
                "SELECT field, vv, clock, device FROM sync_fields WHERE gid = ?", [gid]
            )
        }

    def write_entry(
        self, table: str, gid: str, column: str, version: FieldVersion, pair: str | None
    ) -> None:
        self.see_clock(version.clock)
        hashed = version.value if column == EXISTENCE else value_hash(version.value)
        self.conn.execute(
            "INSERT INTO sync_fields (gid, field, tbl, hash, vv, clock, device, seq, pair_gid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (gid, field) DO UPDATE SET "
            "hash = excluded.hash, vv = excluded.vv, clock = excluded.clock, "
            "device = excluded.device, seq = excluded.seq, "
            "pair_gid = coalesce(sync_fields.pair_gid, excluded.pair_gid)",
            [
                gid,
                column,
                table,
                hashed,
                vector_json(version.vv),
                version.clock,
                version.device,
                self.next_seq(),
                pair if column == EXISTENCE else None,
            ],
        )

    def keep_conflict(
        self, table: SyncTable, gid: str, column: str, kept: FieldVersion, pair: str | None
    ) -> None:
        cid = conflict_gid(gid, column, kept)
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO sync_conflicts (gid, tbl, item_gid, field, text, vv, clock, "
            "device, device_name, pair_gid, found_at, seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                cid,
                table.name,
                gid,
                column,
                "" if kept.value is None else str(kept.value),
                vector_json(kept.vv),
                kept.clock,
                kept.device,
                self.names.get(kept.device, ""),
                pair,
                utc_now(),
                self.next_seq(),
            ],
        )
        if cursor.rowcount:
            self.result.conflicts += 1

    # -- the merge --

    def run(self) -> None:
        self.conn.execute("INSERT INTO sync_applying (active) VALUES (1)")
        self.conn.execute("INSERT OR IGNORE INTO maintenance_mode (active) VALUES (1)")
        by_table: dict[str, list[Mapping[str, Any]]] = {}
        for row in self.payload["rows"]:
            by_table.setdefault(row["table"], []).append(row)
        for table in SYNC_TABLES:
            for row in by_table.get(table.name, ()):
                self.merge_row(table, row)
        keep = self.kept_from_deletion(self.payload["deleted"])
        for tomb in self.payload["deleted"]:
            table = SYNC_TABLE_BY_NAME[tomb["table"]]
            if tomb["gid"] in keep:
                self.keep(table, tomb)
            else:
                self.merge_tombstone(table, tomb)
        for conflict in self.payload["conflicts"]:
            self.merge_conflict(conflict)
        self.conn.execute("DELETE FROM maintenance_mode")
        self.conn.execute("DELETE FROM sync_applying")
        self.conn.execute(
            "UPDATE sync_state SET clock = ?, seq = ? WHERE id = 1", [self.clock, self.seq]
        )

    def split_twin(self, old: str) -> None:
        """This data folder and a copy of it both wrote under ``old`` (now replaced by a new
        id): where the file's and this database's ``old`` clocks of a field differ, one of
        the two changed it after the copy was made, and the vector cannot say which knew the
        other. Such a field's local version also gets the new id, so the two versions are
        concurrent: different texts are both kept (a conflict to resolve), nothing is lost.
        """
        for gid, name, entry in _payload_entries(self.payload):
            remote_clock = int(entry[0].get(old, 0))
            local = self.entries(gid).get(name)
            if local is None or int(local[0].get(old, 0)) in (0, remote_clock):
                continue
            vv = {**local[0], self.own: int(local[0][old])}
            self.conn.execute(
                "UPDATE sync_fields SET vv = ?, seq = ? WHERE gid = ? AND field = ?",
                [vector_json(vv), self.next_seq(), gid, name],
            )

    # -- deletions for good that must not lose anything --

    def kept_from_deletion(self, tombs: Iterable[Mapping[str, Any]]) -> set[str]:
        """The items deleted for good on the other laptop that stay here: those with an edit
        that laptop never saw (a field whose version it did not know when it deleted), or a
        part it never saw (an answer written here after the last exchange); then their
        parents, and every deleted part of an item kept, so it comes back whole.
        """
        deleted: dict[str, tuple[SyncTable, int, Mapping[str, Any]]] = {}
        for tomb in tombs:
            table = SYNC_TABLE_BY_NAME[tomb["table"]]
            row_id = self.local_row_id(table, tomb["gid"])
            if row_id is not None:
                deleted[tomb["gid"]] = (table, row_id, tomb)
        keep: set[str] = set()
        for gid, (table, row_id, tomb) in deleted.items():
            known = dict(tomb["version"][0])
            unseen_edit = any(
                compare(entry[0], known) in (Order.AFTER, Order.CONCURRENT)
                for name, entry in self.entries(gid).items()
                if name != EXISTENCE
            )
            if unseen_edit or self.has_unseen_part(table, row_id, deleted):
                keep.add(gid)
        for gid in list(keep):  # the parents it belongs to
            table, row_id, _ = deleted[gid]
            parent = self.parent_gid(table, row_id)
            while parent is not None and parent in deleted and parent not in keep:
                keep.add(parent)
                table, row_id, _ = deleted[parent]
                parent = self.parent_gid(table, row_id)
        for table in SYNC_TABLES:  # parents first: every deleted part of a kept item
            for gid, (t, row_id, _) in deleted.items():
                if t is table and gid not in keep and self.parent_gid(t, row_id) in keep:
                    keep.add(gid)
        return keep

    def has_unseen_part(self, table: SyncTable, row_id: int, deleted: Mapping[str, Any]) -> bool:
        for child in CHILD_TABLES[table.name]:
            assert child.parent is not None
            for (gid,) in self.conn.execute(
                f"SELECT gid FROM {child.name} WHERE {child.parent} = ?", [row_id]
            ):
                if gid not in deleted:
                    return True
        return False

    def keep(self, table: SyncTable, tomb: Mapping[str, Any]) -> None:
        """Keep an item the other laptop deleted for good: its existence becomes a new local
        change that knows the deletion, so it wins there too and the item comes back."""
        gid = tomb["gid"]
        local = _version(self.entries(gid).get(EXISTENCE), LIVE)
        remote = _version(tomb["version"], DELETED)
        self.see_clock(remote.clock)
        self.write_live(table, gid, merged_vector(local.vv, remote.vv), tomb.get("pair"))
        self.result.kept += 1

    def write_live(
        self, table: SyncTable, gid: str, vv: Mapping[str, int], pair: str | None
    ) -> None:
        clock = self.tick()
        version = FieldVersion(LIVE, {**vv, self.own: clock}, clock, self.own)
        self.write_entry(table.name, gid, EXISTENCE, version, pair)
        if table.name == "pairs":
            # A pair that comes back brings its people and organisation (never deleted for
            # good elsewhere without it): their existence travels again with it.
            people = self.conn.execute(
                "SELECT o.gid, pp.gid, ep.gid FROM pairs p "
                "JOIN organisations o ON o.id = p.organisation_id "
                "JOIN persons pp ON pp.id = p.political_person_id "
                "JOIN persons ep ON ep.id = p.executive_person_id WHERE p.gid = ?",
                [gid],
            ).fetchone()
            for name, other in zip(
                ("organisations", "persons", "persons"), people or (), strict=False
            ):
                entry = _version(self.entries(other).get(EXISTENCE), LIVE)
                tick = self.tick()
                self.write_entry(
                    name,
                    other,
                    EXISTENCE,
                    FieldVersion(LIVE, {**entry.vv, self.own: tick}, tick, self.own),
                    None,
                )

    def revive(self, table: SyncTable, gid: str) -> int | None:
        """Bring back a row deleted for good here that a received row belongs to (the other
        laptop added to it, not knowing of the deletion), from the file's copy of it."""
        row = self.received.get((table.name, gid))
        if row is None or not row["values"]:
            return None
        entries: Mapping[str, Entry] = row["versions"]
        local = _version(self.entries(gid).get(EXISTENCE), DELETED)
        remote = _version(entries.get(EXISTENCE), LIVE)
        self.see_clock(remote.clock)
        pair = row.get("pair")
        self.insert_with_versions(
            table, gid, row["values"], {k: v for k, v in entries.items() if k != EXISTENCE}, pair
        )
        self.write_live(table, gid, merged_vector(local.vv, remote.vv), pair)
        self.result.kept += 1
        return self.ids.get((table.name, gid))

    def merge_tombstone(self, table: SyncTable, tomb: Mapping[str, Any]) -> None:
        row = {"table": table.name, "gid": tomb["gid"], "pair": tomb["pair"], "values": None}
        row["versions"] = {EXISTENCE: tomb["version"]}
        self.merge_row(table, row)

    def merge_row(self, table: SyncTable, row: Mapping[str, Any]) -> None:
        gid: str = row["gid"]
        pair: str | None = row.get("pair")
        remote_entries: Mapping[str, Entry] = row["versions"]
        values: Mapping[str, Any] | None = row["values"]
        local_row = self.conn.execute(f"SELECT * FROM {table.name} WHERE gid = ?", [gid]).fetchone()
        local_entries = self.entries(gid)
        existing = local_row is not None or EXISTENCE in local_entries
        remote_exists = _version(remote_entries.get(EXISTENCE), LIVE if values else DELETED)
        if not existing:
            if values is None or remote_exists.value != LIVE:
                self.write_entry(table.name, gid, EXISTENCE, remote_exists, pair)
                return
            if table.name == "organisations" and self.reuse_organisation(gid, values):
                return
            self.insert_with_versions(table, gid, values, remote_entries, pair)
            return
        local_exists = _version(
            local_entries.get(EXISTENCE), LIVE if local_row is not None else DELETED
        )
        if local_row is None:
            if local_exists.value == LIVE:  # recorded live but gone: nothing to merge into
                local_exists = FieldVersion(DELETED, local_exists.vv, local_exists.clock)
            merged = merge_field(local_exists, remote_exists, MergeKind.EXISTENCE)
            if merged.changed:
                self.write_entry(table.name, gid, EXISTENCE, merged.result, pair)
            if merged.result.value == LIVE and values is not None:
                self.insert_with_versions(
                    table,
                    gid,
                    values,
                    {k: v for k, v in remote_entries.items() if k != EXISTENCE},
                    pair,
                )
            return
        names = [d[0] for d in self.conn.execute(f"SELECT * FROM {table.name} LIMIT 0").description]
        current = dict(zip(names, local_row, strict=True))
        frozen = self.frozen(table, current)
        if values is not None:
            self.merge_fields(
                table,
                gid=gid,
                current=current,
                values=values,
                local_entries=local_entries,
                remote_entries=remote_entries,
                frozen=frozen,
            )
        merged = merge_field(local_exists, remote_exists, MergeKind.EXISTENCE)
        if merged.changed:
            self.write_entry(table.name, gid, EXISTENCE, merged.result, pair)
        if merged.result.value == DELETED and frozen is None:
            self.remove(table, current)

    def frozen(self, table: SyncTable, current: Mapping[str, Any]) -> str | None:
        """For a part of an adopted agreement: which side's text stands ("local"/"remote")."""
        if table.name not in ("agreement_sections", "agreement_provenance"):
            return None
        version = self.conn.execute(
            "SELECT gid, status FROM agreement_versions WHERE id = ?", [current["version_id"]]
        ).fetchone()
        if version is None or version[1] != "adopted":
            return None
        return "local" if version[0] in self.adopted_before else "remote"

    def merge_fields(
        self,
        table: SyncTable,
        *,
        gid: str,
        current: Mapping[str, Any],
        values: Mapping[str, Any],
        local_entries: Mapping[str, Entry],
        remote_entries: Mapping[str, Entry],
        frozen: str | None,
    ) -> None:
        updates: dict[str, Any] = {}
        pair = None
        for column in table.fields:
            remote_value = values.get(column)
            if column in table.refs:
                remote_value = self.local_id(table.refs[column], remote_value)
            local = _version(local_entries.get(column), current[column])
            remote = _version(remote_entries.get(column), remote_value)
            merged = merge_field(local, remote, table.kind(column))
            result, kept = merged.result, merged.kept
            if frozen is not None and value_hash(local.value) != value_hash(remote.value):
                winner, loser = (local, remote) if frozen == "local" else (remote, local)
                result = FieldVersion(
                    winner.value, merged_vector(local.vv, remote.vv), merged.result.clock
                )
                kept = loser if column in table.texts else None
            if value_hash(result.value) != value_hash(current[column]):
                updates[column] = result.value
            if merged.changed or result != local:
                self.write_entry(table.name, gid, column, result, pair)
            if kept is not None:
                self.keep_conflict(table, gid, column, kept, self.pair_of(table, gid))
        if updates:
            assignments = ", ".join(f"{c} = ?" for c in updates)
            self.conn.execute(
                f"UPDATE {table.name} SET {assignments} WHERE gid = ?", [*updates.values(), gid]
            )
            self.result.updated += 1
            if "deleted_at" in updates and updates["deleted_at"] is not None:
                self.result.deleted += 1

    def pair_of(self, table: SyncTable, gid: str) -> str | None:
        row = self.conn.execute(
            "SELECT pair_gid FROM sync_fields WHERE gid = ? AND field = ''", [gid]
        ).fetchone()
        return str(row[0]) if row and row[0] else None

    def insert_with_versions(
        self,
        table: SyncTable,
        gid: str,
        values: Mapping[str, Any],
        entries: Mapping[str, Entry],
        pair: str | None,
    ) -> None:
        row = self.insert(table, gid, values, pair)
        for column, entry in entries.items():
            value = LIVE if column == EXISTENCE else row.get(column)
            self.write_entry(table.name, gid, column, _version(entry, value), pair)

    def insert(
        self, table: SyncTable, gid: str, values: Mapping[str, Any], pair: str | None
    ) -> dict[str, Any]:
        row: dict[str, Any] = {"gid": gid}
        for column in table.exchanged:
            value = values.get(column)
            if column in table.refs and value is not None:
                local = self.local_id(table.refs[column], value)
                required = column not in _OPTIONAL_REFS
                if local is None and required:
                    local = self.revive(SYNC_TABLE_BY_NAME[table.refs[column]], value)
                if local is None and required:
                    raise SyncError(
                        "Filen bygger på ändringar som inte har tagits emot här "
                        f"({table.name}). Be om en fullständig fil (samspel exchange export "
                        "--full). Ingenting har ändrats."
                    )
                value = local
            row[column] = value
        if "updated_at" in table.local:
            row["updated_at"] = utc_now()
        if table.name == "agreement_versions":
            self.make_room_for_version(row)
        if table.name == "pairs" and pair is not None:
            self.result.pairs_added.append(pair)
        names = list(row)
        cursor = self.conn.execute(
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            [row[n] for n in names],
        )
        self.ids[(table.name, gid)] = int(cursor.lastrowid or 0)
        self.result.added += 1
        return row

    def make_room_for_version(self, row: dict[str, Any]) -> None:
        """Two laptops numbered a new version alike: the smaller id keeps the number."""
        taken = self.conn.execute(
            "SELECT id, gid FROM agreement_versions WHERE pair_id = ? AND number = ?",
            [row["pair_id"], row["number"]],
        ).fetchone()
        if taken is None:
            return
        top = self.conn.execute(
            "SELECT max(number) FROM agreement_versions WHERE pair_id = ?", [row["pair_id"]]
        ).fetchone()[0]
        if row["gid"] < taken[1]:
            self.conn.execute(
                "UPDATE agreement_versions SET number = ? WHERE id = ?", [top + 1, taken[0]]
            )
        else:
            row["number"] = top + 1

    def reuse_organisation(self, gid: str, values: Mapping[str, Any]) -> bool:
        """A pair new to this laptop joins an organisation of the same name, if there is one."""
        found = self.conn.execute(
            "SELECT id FROM organisations WHERE name = ? AND kind = ? AND deleted_at IS NULL "
            "AND is_demo = 0 ORDER BY id",
            [values.get("name"), values.get("kind")],
        ).fetchone()
        if found is None:
            return False
        self.ids[("organisations", gid)] = int(found[0])
        return True

    def remove(self, table: SyncTable, current: Mapping[str, Any]) -> None:
        """A deletion for good elsewhere: to the trash here, or gone if it has no trash."""
        if table.has_trash:
            if current["deleted_at"] is None:
                self.conn.execute(
                    f"UPDATE {table.name} SET deleted_at = ? WHERE id = ?",
                    [utc_now(), current["id"]],
                )
                self.result.deleted += 1
            return
        if table.name in ("persons", "organisations"):
            return
        self.conn.execute("SAVEPOINT sync_remove")
        try:
            self.conn.execute(f"DELETE FROM {table.name} WHERE id = ?", [current["id"]])
            self.conn.execute("RELEASE sync_remove")
            self.result.deleted += 1
        except sqlite3.IntegrityError:
            # Still referred to (an agreement's provenance, say): it stays.
            self.conn.execute("ROLLBACK TO sync_remove")
            self.conn.execute("RELEASE sync_remove")

    def merge_conflict(self, conflict: Mapping[str, Any]) -> None:
        local = self.conn.execute(
            "SELECT resolved_at FROM sync_conflicts WHERE gid = ?", [conflict["gid"]]
        ).fetchone()
        if local is None:
            self.conn.execute(
                "INSERT INTO sync_conflicts (gid, tbl, item_gid, field, text, vv, clock, device, "
                "device_name, pair_gid, found_at, resolved_at, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    conflict["gid"],
                    conflict["tbl"],
                    conflict["item_gid"],
                    conflict["field"],
                    conflict["text"],
                    vector_json(conflict["vv"]),
                    conflict["clock"],
                    conflict["device"],
                    conflict["device_name"],
                    conflict["pair"],
                    conflict["found_at"],
                    conflict["resolved_at"],
                    self.next_seq(),
                ],
            )
            self.result.conflicts += 0 if conflict["resolved_at"] else 1
            return
        resolved = conflict["resolved_at"]
        if resolved is not None and (local[0] is None or resolved > local[0]):
            self.conn.execute(
                "UPDATE sync_conflicts SET resolved_at = ?, seq = ? WHERE gid = ?",
                [resolved, self.next_seq(), conflict["gid"]],
            )


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
