"""Every column of a synchronised table says how it travels; the triggers keep the clocks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samspel_desktop.storage.database import open_store
from samspel_desktop.storage.sync_tables import SYNC_TABLES


def test_every_column_of_a_synchronised_table_is_classified() -> None:
    """A new column (another engineer's "body", say) must be added to sync_tables.py:
    as a merged field (and to the triggers, by a schema step), as fixed, or as local."""
    store = open_store(None)
    try:
        for table in SYNC_TABLES:
            columns = {r["name"] for r in store.rows(f"PRAGMA table_info({table.name})")}
            classified = [*table.fields, *table.fixed, *table.local, "gid"]
            assert len(classified) == len(set(classified)), table.name
            assert columns == set(classified), (table.name, columns ^ set(classified))
            assert table.texts <= set(table.fields) and set(table.refs) <= columns
    finally:
        store.close()


def test_every_write_records_a_version_with_this_devices_clock() -> None:
    store = open_store(None)
    try:
        with store.write() as conn:
            conn.execute(
                "INSERT INTO organisations (name, kind, created_at) VALUES ('X', 'kommun', 'x')"
            )
        device, clock = store.row("SELECT device, clock FROM sync_state").values()  # type: ignore[union-attr]
        entry = store.row("SELECT * FROM sync_fields WHERE field = 'name'")
        assert entry is not None and json.loads(entry["vv"]) == {device: clock}
        with store.write() as conn:
            conn.execute("UPDATE organisations SET name = 'Y'")
            conn.execute("UPDATE organisations SET name = 'Y'")  # no change: no new version
        after = store.row("SELECT * FROM sync_fields WHERE field = 'name'")
        assert (after is not None and after["clock"] == clock + 1) or after["clock"] > clock
        assert json.loads(after["vv"]) == {device: after["clock"]}
        with store.write() as conn:
            conn.execute("DELETE FROM organisations")
        tomb = store.row("SELECT hash FROM sync_fields WHERE field = ''")
        assert tomb == {"hash": "deleted"}
    finally:
        store.close()


def test_upgrade_gives_existing_rows_global_ids(tmp_path: Path) -> None:
    import sqlite3

    from sqlite_utils import Database, Migrations

    from samspel_desktop.storage import migrations

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(path))
    old = Migrations("samspel")
    for step in migrations.MIGRATIONS._migrations[:5]:
        old(name=step.name)(step.fn)
    old.apply(Database(conn))
    conn.execute("PRAGMA user_version = 5")
    conn.executescript(
        "INSERT INTO organisations VALUES (1, 'Vaggeryds kommun', 'kommun', 0, 'x', NULL);"
        "INSERT INTO persons VALUES (1, 1, 'Anna', 'KSO', 'x'), (2, 1, 'Karl', 'KD', 'x');"
        "INSERT INTO pairs VALUES (1, 1, 'kso-kd', 1, 2, '2027-01-01', NULL, 'stabil', NULL,"
        " 'x', NULL);"
        "INSERT INTO conversations (id, pair_id, date, status, created_at, updated_at)"
        " VALUES (1, 1, '2027-02-01', 'avslutat', 'x', 'x');"
        "INSERT INTO answers (conversation_id, question_key, political, updated_at)"
        " VALUES (1, 'g/q1', 'Text', 'x');"
        "INSERT INTO agreement_versions (id, pair_id, number, title, status, created_at,"
        " updated_at) VALUES (1, 1, 1, 'Överenskommelse', 'adopted', 'x', 'x');"
    )
    conn.commit()
    conn.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        conversation = store.scalar("SELECT gid FROM conversations")
        assert store.scalar("SELECT gid FROM answers") == f"{conversation}:a:g/q1"
        pair = store.scalar("SELECT gid FROM pairs")
        assert (
            store.scalar(
                "SELECT pair_gid FROM sync_fields WHERE gid = ? AND field = ''", [conversation]
            )
            == pair
        )
        assert store.scalar("SELECT count(*) FROM agreement_versions WHERE gid IS NULL") == 0
    finally:
        store.close()


@pytest.mark.parametrize("table", SYNC_TABLES, ids=lambda t: t.name)
def test_each_table_has_its_triggers(table: object) -> None:
    store = open_store(None)
    try:
        names = {
            r["name"] for r in store.rows("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        name = table.name  # type: ignore[attr-defined]
        assert {f"{name}_sync_insert", f"{name}_sync_delete"} <= names
    finally:
        store.close()


def test_the_expected_schema_objects_are_what_the_steps_create() -> None:
    """steps.SCHEMA_OBJECTS (a missing one is damage) names every table, index and trigger of
    an up-to-date database, the exchange's too."""
    from samspel_desktop.storage.steps import SCHEMA_OBJECTS

    store = open_store(None)
    try:
        made = {
            (r["type"], r["name"])
            for r in store.rows(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        store.close()
    assert made == SCHEMA_OBJECTS


def test_the_schema_steps_name_the_synchronised_tables_as_sync_tables_describes_them() -> None:
    """steps.py names the synchronised tables itself (opening a database does not import the
    exchange's descriptions); the two lists are the same, in order, fields and all."""
    from samspel_desktop.storage import steps

    assert tuple(t.name for t in SYNC_TABLES) == steps._SYNCHRONISED
    assert {t.name for t in SYNC_TABLES if not t.fields} == steps._WITHOUT_FIELDS
