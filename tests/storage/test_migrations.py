from pathlib import Path

from samspel_desktop.storage import steps
from samspel_desktop.storage.database import open_store
from samspel_desktop.storage.migrations import KNOWN_MIGRATIONS, MIGRATIONS, SCHEMA_VERSION


def test_newest_migration_is_pinned() -> None:
    # Adding a schema step? Add its test, then update this pin.
    assert KNOWN_MIGRATIONS[-1] == "0001_initial_schema"
    assert SCHEMA_VERSION == 1
    assert [m.name for m in MIGRATIONS._migrations] == list(KNOWN_MIGRATIONS)
    assert steps.KNOWN_MIGRATIONS is KNOWN_MIGRATIONS  # one list, read without sqlite_utils


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
