from pathlib import Path

from samspel_desktop.storage.database import open_store
from samspel_desktop.storage.migrations import KNOWN_MIGRATIONS, MIGRATIONS, SCHEMA_VERSION


def test_newest_migration_is_pinned() -> None:
    # Adding a schema step? Add its test, then update this pin.
    assert KNOWN_MIGRATIONS[-1] == "0003_greyzone"
    assert SCHEMA_VERSION == 2
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
