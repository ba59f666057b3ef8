"""A pair's history as field versions: what an exchange file carries, and merging one in.

The triggers of schema step 0007 record every local change (``migrations/v7_sync.py``);
this module reads those records for an export, keeps this device's bookkeeping (peers,
conflicts, sync folders) and opens the one transaction an import writes in; the merge itself,
with the rule of ``domain/sync.py``, is ``sync_merge.py``. Any problem leaves the database as
it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from samspel_desktop.domain.errors import SyncError
from samspel_desktop.domain.sync import DELETED
from samspel_desktop.storage.database import Store, utc_now
from samspel_desktop.storage.device import fingerprint, renew_device
from samspel_desktop.storage.sync_merge import (
    ApplyResult,
    Entry,
    Merger,
    next_seq,
    payload_entries,
)
from samspel_desktop.storage.sync_tables import (
    SYNC_TABLE_BY_NAME,
    SYNC_TABLES,
    SyncTable,
)


@dataclass(frozen=True)
class Device:
    id: str
    name: str
    fingerprint: str
    clock: int
    seq: int


class SyncRepository:
    """The exchange's view of the database. Every read of the versions or the clock first
    brings the versions of deferred saves up to date (``Store.catch_up``, storage/derived.py):
    the exchange sees exactly what it saw when each save recorded its versions itself."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- this device ------------------------------------------------------------------

    def device(self) -> Device:
        self._store.catch_up()
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
        self._store.catch_up()
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
        self._store.catch_up()
        return int(self._store.scalar("SELECT seq FROM sync_state WHERE id = 1") or 0)

    # --- export -----------------------------------------------------------------------

    def export_pair(self, pair_id: int, since: int = 0) -> dict[str, Any]:
        """The pair's items changed after local sequence number ``since`` (0: all of it).

        Rows carry every exchanged column (references as global ids) and every field's
        version; deleted items travel as tombstones; kept conflicts travel too. Changes since
        a sequence number are found through the change index first (``sync_fields_seq``), so
        the changes after one conversation cost what they are, not what the history is.
        """
        self._store.catch_up()
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
        self._store.catch_up()
        needle = f'%"{device}"%'
        local = {
            (r["gid"], r["field"]): int(json.loads(r["vv"]).get(device, 0))
            for r in self._store.rows(
                "SELECT gid, field, vv FROM sync_fields WHERE vv LIKE ?", [needle]
            )
        }
        for gid, name, entry in payload_entries(payload):
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
        :meth:`Merger.split_twin`).
        """
        result = ApplyResult()
        try:
            with self._store.write() as conn:
                old = renew_device(conn, self._store.path) if renew else None
                merger = Merger(conn, payload, result, set(add_pairs))
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
        for pair_gid in sorted(peer_seq.keys() | acks.keys()):
            row = conn.execute(
                "SELECT name, acked_seq, received_seq FROM sync_peers "
                "WHERE device = ? AND pair_gid = ?",
                [device, pair_gid],
            ).fetchone()
            old_name, acked, received = row if row is not None else (None, 0, 0)
            new_acked = max(acked, acks.get(pair_gid, acked))
            new_received = received
            if pair_gid in peer_seq:
                since, seq = peer_seq[pair_gid]
                # Only a file that starts where we are leaves no gap behind it.
                if since <= received < seq:
                    new_received = seq
            if row is not None and (old_name, acked, received) == (name, new_acked, new_received):
                # Nothing new from this peer: the same file imported twice changes nothing,
                # not even when we last heard from it.
                continue
            conn.execute(
                "INSERT INTO sync_peers (device, pair_gid, name, acked_seq, received_seq, "
                "last_exchange) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device, pair_gid) "
                "DO UPDATE SET name = excluded.name, acked_seq = excluded.acked_seq, "
                "received_seq = excluded.received_seq, last_exchange = excluded.last_exchange",
                [device, pair_gid, name, new_acked, new_received, now],
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
            seq = next_seq(conn)
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
