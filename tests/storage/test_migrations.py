from pathlib import Path

import pytest

from samspel_desktop.storage.database import open_store
from samspel_desktop.storage.migrations import KNOWN_MIGRATIONS, MIGRATIONS, SCHEMA_VERSION


def test_newest_migration_is_pinned() -> None:
    # Adding a schema step? Add its test, then update this pin.
    assert KNOWN_MIGRATIONS[-1] == "0004_seminars"
    assert SCHEMA_VERSION == 4
    assert [m.name for m in MIGRATIONS._migrations] == list(KNOWN_MIGRATIONS)


def test_migrations_are_recorded_and_not_rerun(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(path).close()
    store = open_store(path)
    try:
        names = [r["name"] for r in store.rows("SELECT name FROM _sqlite_migrations")]
        assert names == list(KNOWN_MIGRATIONS)
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
    finally:
        store.close()


def test_0002_upgrades_a_0001_database_with_an_adopted_agreement(tmp_path: Path) -> None:
    """A database from the first release keeps its adopted agreement and gains the new tables."""
    import sqlite3

    from sqlite_utils import Database, Migrations

    from samspel_desktop.storage import migrations

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(path))
    old = Migrations("samspel")
    old(name="0001_initial_schema")(migrations.m0001_initial_schema)
    old.apply(Database(conn))
    conn.execute("PRAGMA user_version = 1")
    conn.executescript(
        "INSERT INTO organisations VALUES (1, 'Vaggeryds kommun', 'kommun', 0, 'x', NULL);"
        "INSERT INTO persons VALUES (1, 1, 'Anna', 'KSO', 'x'), (2, 1, 'Karl', 'KD', 'x');"
        "INSERT INTO pairs VALUES (1, 1, 'kso-kd', 1, 2, '2027-01-01', NULL, 'stabil', NULL,"
        " 'x', NULL);"
        "INSERT INTO agreement_versions (id, pair_id, number, title, status, created_at,"
        " updated_at) VALUES (1, 1, 1, 'Överenskommelse', 'adopted', 'x', 'x');"
    )
    conn.commit()
    conn.close()

    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        row = store.row("SELECT signatories, adopted_place FROM agreement_versions")
        assert row == {"signatories": "[]", "adopted_place": ""}
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
        assert list((tmp_path / "backups").iterdir()), "a backup is taken before upgrading"
        # The adopted version stays immutable, now also for provenance links.
        conn2 = store.conn
        conn2.execute(
            "INSERT INTO conversations (id, pair_id, date, status, created_at, updated_at) "
            "VALUES (1, 1, '2027-01-20', 'avslutat', 'x', 'x')"
        )
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            conn2.execute(
                "INSERT INTO agreement_provenance (version_id, section_key, conversation_id, "
                "question_key, text, created_at) VALUES (1, 'a', 1, 'g/q', 't', 'x')"
            )
    finally:
        store.close()


def test_database_from_the_first_release_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    import sqlite3

    from samspel_desktop.storage.migrations import MIGRATIONS

    path = tmp_path / "db.sqlite3"
    old = open_store(path)
    old.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE greyzone_entries")
    conn.execute("DROP INDEX ratings_question")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_greyzone'")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        assert store.scalar("SELECT count(*) FROM greyzone_entries") == 0
        assert not MIGRATIONS.pending(store.db)
    finally:
        store.close()
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1


def test_0004_adds_seminar_tables_to_a_0003_database(tmp_path: Path) -> None:
    import sqlite3

    from sqlite_utils import Database, Migrations

    from samspel_desktop.storage import migrations

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(path))
    old = Migrations("samspel")
    old(name="0001_initial_schema")(migrations.m0001_initial_schema)
    old(name="0002_agreements")(migrations.m0002_agreements)
    old(name="0003_greyzone")(migrations.m0003_greyzone)
    old.apply(Database(conn))
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        assert store.scalar("PRAGMA user_version") == 4
        with store.write() as write:
            write.execute(
                "INSERT INTO seminars (id, uuid, title, date, guide_id, guide_version, "
                "guide_snapshot, created_at, updated_at) "
                "VALUES (1, 'u', 'Dag', '2027-02-10', 'g', 1, '{}', 'x', 'x')"
            )
            write.execute(
                "INSERT INTO seminar_groups (id, seminar_id, position, name, name_key, "
                "created_at) VALUES (1, 1, 0, 'Bord 1', 'bord 1', 'x')"
            )
            write.execute(
                "INSERT INTO seminar_answers (group_id, question_key, text, updated_at) "
                "VALUES (1, 'g/q', 'Seminariesvar om delegation', 'x')"
            )
        hits = store.rows("SELECT kind FROM search_index WHERE search_index MATCH 'delegation'")
        assert hits == [{"kind": "seminar_answer.text"}]
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("UPDATE seminars SET minutes = 181")
    finally:
        store.close()
