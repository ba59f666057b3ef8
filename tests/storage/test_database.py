import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
)
from samspel_desktop.storage.database import open_store
from samspel_desktop.storage.environment import translate_error


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db.sqlite3")
    try:
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1
        assert store.scalar("PRAGMA synchronous") == 2  # FULL
    finally:
        store.close()


def test_file_is_in_wal_mode_and_declares_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        fks = conn.execute("PRAGMA foreign_key_list(pairs)").fetchall()
        assert {row[2] for row in fks} == {"organisations", "persons", "pairs"}
    finally:
        conn.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('samspel', '9999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(NewerDatabaseError, match="nyare version"):
        open_store(path)
    assert _sha(path) == before


def test_higher_user_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerDatabaseError):
        open_store(path)


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes("Det här är ingen databas".encode() * 100)
    before = _sha(path)
    with pytest.raises(CorruptDatabaseError, match="skadad"):
        open_store(path)
    assert _sha(path) == before


def test_existing_database_is_backed_up_before_migrating(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from samspel_desktop.storage.migrations import MIGRATIONS

    path = tmp_path / "db.sqlite3"
    older = Database(path)  # a Samspel database of an older version, holding data
    MIGRATIONS.apply(older, stop_before="0004_seminars")
    older.execute(
        "INSERT INTO organisations (name, kind, created_at) VALUES ('Gammal', 'kommun', 'x')"
    )
    older.conn.commit()
    older.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    store.close()
    [backup] = list((tmp_path / "backups").glob("*.sqlite3"))
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT name FROM organisations").fetchall() == [("Gammal",)]
    assert copy.execute("SELECT name FROM sqlite_master WHERE name = 'seminars'").fetchone() is None
    copy.close()


def test_another_programs_database_is_refused_not_adopted(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE legacy (x)")
    conn.execute("INSERT INTO legacy VALUES ('gammalt')")
    conn.commit()
    conn.close()
    before = _sha(path)
    with pytest.raises(ForeignDatabaseError, match="annat program"):
        open_store(path, backup_dir=tmp_path / "backups")
    assert _sha(path) == before
    assert not (tmp_path / "backups").exists()


def test_new_database_needs_no_backup(tmp_path: Path) -> None:
    open_store(tmp_path / "db.sqlite3", backup_dir=tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    ("message", "fragment"),
    [
        ("database or disk is full", "Disken är full"),
        ("attempt to write a readonly database", "skrivskyddad"),
        ("database is locked", "annat program"),
        ("file is not a database", "skadad"),
    ],
)
def test_environment_errors_are_translated(message: str, fragment: str) -> None:
    translated = translate_error(sqlite3.OperationalError(message))
    assert translated is not None
    assert fragment in translated.message


def test_bugs_are_not_translated() -> None:
    assert translate_error(sqlite3.OperationalError("no such column: x")) is None


_READ_WITHOUT_SQLITE_UTILS = """
import sys
from pathlib import Path
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel

services = Samspel.open(DataPaths(Path(sys.argv[1])))
services.pairs.all()
loaded_for_reading = "sqlite_utils" in sys.modules
services.pairs.add(organisation="Alingsås kommun", political="A", executive="B")
print(loaded_for_reading, "sqlite_utils" in sys.modules, len(services.pairs.all()))
services.close()
"""


def test_reading_an_up_to_date_database_does_not_load_sqlite_utils(tmp_path: Path) -> None:
    # Start-up budget (BENCHMARKS.md): sqlite_utils is loaded to migrate only - neither for
    # reading nor for saving (a save's savepoint is plain SQL).
    import subprocess
    import sys

    data = tmp_path / "data"
    run = [sys.executable, "-c", _READ_WITHOUT_SQLITE_UTILS, str(data)]
    first = subprocess.run(run, capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["True", "True", "1"]  # a new database is migrated first
    again = subprocess.run(run, capture_output=True, text=True, check=True)
    assert again.stdout.split() == ["False", "False", "2"]


def test_writes_nest_as_savepoints_after_lazy_wrapper(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db.sqlite3")
    try:
        with store.write() as conn:
            conn.execute("INSERT INTO maintenance_mode (active) VALUES (1)")
            with pytest.raises(sqlite3.IntegrityError), store.write() as inner:
                inner.execute("INSERT INTO maintenance_mode (active) VALUES (1)")
            conn.execute("DELETE FROM maintenance_mode")
        assert store.scalar("SELECT count(*) FROM maintenance_mode") == 0
    finally:
        store.close()


def _damaged_database(tmp_path: Path) -> Path:
    """Garbage in the last pages (the rows), so opening, which reads the schema, succeeds."""
    path = tmp_path / "samspel.sqlite3"
    store = open_store(path)
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO organisations (name, kind, created_at) VALUES (?, 'kommun', '2026-11-22')",
            [(f"Kommun {n} " + "x" * 500,) for n in range(200)],
        )
    store.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[-4 * page : -page] = b"\xa5" * (3 * page)
    path.write_bytes(bytes(data))
    return path


def test_background_check_lets_reads_run_and_refuses_the_write(tmp_path: Path) -> None:
    path = _damaged_database(tmp_path)
    before = _sha(path)
    store = open_store(path, check_in_background=True)
    try:
        assert store.scalar("SELECT count(*) FROM guides") == 0  # reads need no verdict
        with pytest.raises(CorruptDatabaseError), store.write() as conn:
            conn.execute(
                "INSERT INTO organisations (name, kind, created_at) "
                "VALUES ('Ny', 'kommun', '2026-11-22')"
            )
        assert store.integrity_verdict(wait=False)  # the write waited: damage found
    finally:
        store.close()
    assert _sha(path) == before


def test_background_check_lets_a_whole_database_be_written(tmp_path: Path) -> None:
    path = tmp_path / "samspel.sqlite3"
    open_store(path).close()
    store = open_store(path, check_in_background=True)
    try:
        with store.write() as conn:
            conn.execute(
                "INSERT INTO organisations (name, kind, created_at) "
                "VALUES ('Ny', 'kommun', '2026-11-22')"
            )
        assert store.integrity_verdict(wait=False) == []
    finally:
        store.close()


def test_check_before_first_write_reads_without_checking_and_refuses_the_write(
    tmp_path: Path,
) -> None:
    path = _damaged_database(tmp_path)
    before = _sha(path)
    store = open_store(path, check_before_first_write=True)
    try:
        assert store.integrity_verdict(wait=False) is None  # no check has run: only reads
        with pytest.raises(CorruptDatabaseError), store.write() as conn:
            conn.execute(
                "INSERT INTO organisations (name, kind, created_at) "
                "VALUES ('Ny', 'kommun', '2026-11-22')"
            )
        assert store.integrity_verdict(wait=False)  # the write asked: damage found
    finally:
        store.close()
    assert _sha(path) == before


def test_check_before_first_write_lets_a_whole_database_be_written(tmp_path: Path) -> None:
    path = tmp_path / "samspel.sqlite3"
    open_store(path).close()
    store = open_store(path, check_before_first_write=True)
    try:
        with store.write() as conn:
            conn.execute(
                "INSERT INTO organisations (name, kind, created_at) "
                "VALUES ('Ny', 'kommun', '2026-11-22')"
            )
        assert store.integrity_verdict(wait=False) == []
    finally:
        store.close()


def test_the_tables_read_are_checked_alone(tmp_path: Path) -> None:
    """A command that only read is told whether what it read is whole, without a check of
    the whole file: damage in a table it did not read does not concern it."""
    path = _damaged_database(tmp_path)  # the damage is in organisations' pages
    store = open_store(path, check_before_first_write=True)
    try:
        assert store.scalar("SELECT count(*) FROM guides") == 0
        assert store.damage_in_tables_read() == []
        with contextlib.suppress(CorruptDatabaseError):  # SQLite may notice on its own
            store.rows("SELECT name FROM organisations")
        assert store.damage_in_tables_read()
        assert store.integrity_verdict(wait=False) is None  # the whole file was not checked
    finally:
        store.close()


def test_a_full_text_search_checks_the_index_it_read(tmp_path: Path) -> None:
    """The full-text index reads its segments as blobs, which SQLite's authorizer does not
    report: reading the index counts as reading its shadow tables."""
    path = tmp_path / "samspel.sqlite3"
    store = open_store(path)
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO search_index (rowid, body, kind, source_id) VALUES (?, ?, 'x', ?)",
            [(n * 16 + 4, f"ord{n} " + "text " * 300, n) for n in range(200)],
        )
    store.close()
    conn = sqlite3.connect(path)
    try:
        pages = [
            page
            for (page,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'search_index_data' ORDER BY pageno"
            )
        ]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in pages[2:]:  # segments: not the root, nor the leaf with the index's structure
        data[(page - 1) * size : page * size] = b"\xa5" * size
    path.write_bytes(bytes(data))
    store = open_store(path, check_before_first_write=True)
    try:
        with contextlib.suppress(CorruptDatabaseError):  # SQLite may notice on its own
            store.rows("SELECT rowid FROM search_index WHERE search_index MATCH 'ord1*'")
        assert "search_index" in store._tables_read
        assert "search_index_data" not in store._tables_read  # blob reads go unseen
        assert store.damage_in_tables_read()
    finally:
        store.close()


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE agreement_sections SET title = title",
        "DELETE FROM agreement_sections WHERE version_id = 0",
    ],
)
def test_a_write_after_another_connection_changed_the_schema(
    tmp_path: Path, statement: str
) -> None:
    """``PRAGMA optimize`` as a command closes beside the window writes statistics, which
    changes the schema under the window's connection. SQLite (3.40 to 3.51) then fails an UPDATE
    or DELETE that comes first in a transaction, on a table with a BEFORE trigger that reads
    another table and an AFTER trigger on the full-text index: "no such table"."""
    store = open_store(tmp_path / "samspel.sqlite3")
    try:
        store.rows("SELECT count(*) FROM agreement_sections")  # the schema is read
        other = sqlite3.connect(tmp_path / "samspel.sqlite3")
        other.execute("ANALYZE")
        other.close()
        with store.write() as conn:
            conn.execute(statement)
    finally:
        store.close()
