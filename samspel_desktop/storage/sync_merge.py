"""Merging a received exchange payload into this database, field by field.

``SyncRepository.apply`` (``sync.py``) opens the one write transaction and hands it to
:class:`Merger`, which brings in every row and deletion of the payload with the merge rule of
``domain/sync.py``: the newer version of a field wins, concurrent edits of a text keep both
(a conflict to choose from), a deletion never removes an edit the deleting laptop never saw.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from samspel_desktop.domain.errors import SyncError
from samspel_desktop.domain.fingerprint import value_hash
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
    vector_json,
)
from samspel_desktop.storage.database import utc_now
from samspel_desktop.storage.sync_tables import (
    CHILD_TABLES,
    SYNC_TABLE_BY_NAME,
    SYNC_TABLES,
    SyncTable,
)

#: References a row can do without (left empty when the row referred to is not here).
OPTIONAL_REFS = frozenset({"predecessor_id", "closed_in", "created_in"})

#: An entry as carried in a file: [version vector, clock, device].
Entry = list[Any]


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


def payload_entries(payload: Mapping[str, Any]) -> Iterable[tuple[str, str, Entry]]:
    """Every (item, field, version) a payload carries."""
    for row in payload["rows"]:
        for name, entry in row["versions"].items():
            yield row["gid"], name, entry
    for tomb in payload["deleted"]:
        yield tomb["gid"], EXISTENCE, tomb["version"]


def next_seq(conn: sqlite3.Connection) -> int:
    conn.execute("UPDATE sync_state SET seq = seq + 1 WHERE id = 1")
    return int(conn.execute("SELECT seq FROM sync_state WHERE id = 1").fetchone()[0])


def _version(entry: Entry | None, value: Any) -> FieldVersion:
    if entry is None:
        return FieldVersion(value)
    vv, clock, device = entry
    return FieldVersion(value, dict(vv), int(clock), str(device))


class Merger:
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
        for gid, name, entry in payload_entries(self.payload):
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
                required = column not in OPTIONAL_REFS
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
