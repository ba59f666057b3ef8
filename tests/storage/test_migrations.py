from pathlib import Path

import pytest

from samspel_desktop.storage import steps
from samspel_desktop.storage.database import open_store
from samspel_desktop.storage.migrations import MIGRATIONS
from samspel_desktop.storage.steps import KNOWN_MIGRATIONS, SCHEMA_VERSION


def test_newest_migration_is_pinned() -> None:
    # Adding a schema step? Add its test, then update this pin.
    assert KNOWN_MIGRATIONS[-1] == "0008_derived_after_save"
    assert SCHEMA_VERSION == 8
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


def test_database_from_an_earlier_release_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    """A database with only the first two steps gains the later ones, after a backup."""
    import sqlite3

    from sqlite_utils import Database, Migrations

    from samspel_desktop.storage import migrations

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(path))
    old = Migrations("samspel")
    old(name="0001_initial_schema")(migrations.m0001_initial_schema)
    old(name="0002_agreements")(migrations.m0002_agreements)
    old.apply(Database(conn))
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO organisations (id, name, kind, created_at) VALUES (1, 'K', 'kommun', 'x')"
    )
    conn.commit()
    conn.close()
    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        assert store.scalar("SELECT count(*) FROM greyzone_entries") == 0
        assert not migrations.MIGRATIONS.pending(store.db)
        triggers = {
            r["name"] for r in store.rows("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        # Step 0005 split the update trigger per text; step 0008 moved an answer's index
        # update after the save (storage/derived.py); other tables keep theirs.
        assert "commitments_search_update_what" in triggers
        assert "answers_derived_update" in triggers
        assert "answers_search_update" not in triggers
    finally:
        store.close()
    assert len(list((tmp_path / "backups").glob("*.sqlite3"))) == 1


def test_only_the_changed_text_is_reindexed(tmp_path: Path) -> None:
    store = open_store(tmp_path / "db.sqlite3")
    try:
        with store.write() as conn:
            conn.execute(
                "INSERT INTO organisations (id, name, kind, created_at) "
                "VALUES (1, 'K', 'kommun', 'x')"
            )
            conn.execute(
                "INSERT INTO persons (id, organisation_id, name, title, created_at) "
                "VALUES (1, 1, 'A', '', 'x'), (2, 1, 'B', '', 'x')"
            )
            conn.execute(
                "INSERT INTO pairs (id, organisation_id, kind, political_person_id, "
                "executive_person_id, start_date, phase, created_at) "
                "VALUES (1, 1, 'kso-kd', 1, 2, '2027-01-01', 'stabil', 'x')"
            )
            conn.execute(
                "INSERT INTO conversations (id, pair_id, date, status, created_at, updated_at) "
                "VALUES (1, 1, '2027-01-02', 'pagar', 'x', 'x')"
            )
            conn.execute(
                "INSERT INTO answers (id, conversation_id, question_key, political, executive, "
                "updated_at) VALUES (1, 1, 'g/q', 'gammal politik', 'förvaltning', 'x')"
            )
        with store.write() as conn:
            # Make the executive entry stale on purpose: an update of 'political' alone must
            # not touch it, so the stale body shows that it was left alone.
            conn.execute("UPDATE search_index SET body = 'orörd' WHERE rowid = 1 * 16 + 2")
            conn.execute("UPDATE answers SET political = 'ny politik', executive = executive")
        assert store.catch_up()  # an answer's index follows its save (step 0008)
        bodies = dict(
            store.rows("SELECT kind, body FROM search_index")[i].values() for i in range(2)
        )  # type: ignore[misc]
        assert bodies == {"answer.political": "ny politik", "answer.executive": "orörd"}
        with store.write() as conn:
            conn.execute("UPDATE conversations SET status = 'avslutat' WHERE id = 1")
        assert store.scalar("SELECT count(*) FROM search_index") == 2
    finally:
        store.close()


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
        assert store.scalar("PRAGMA user_version") == SCHEMA_VERSION
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


def test_0006_gives_pairs_a_body_and_a_term_and_allows_a_pressed_phase(tmp_path: Path) -> None:
    """A database at step 0005 keeps its pairs and everything under them, byte for byte."""
    import sqlite3

    from sqlite_utils import Database, Migrations

    from samspel_desktop.storage import migrations

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    old = Migrations("samspel")
    for name in KNOWN_MIGRATIONS[:5]:
        old(name=name)(getattr(migrations, "m" + name))
    old.apply(Database(conn))
    conn.execute("PRAGMA user_version = 5")
    conn.executescript(
        "INSERT INTO organisations VALUES (1, 'Vaggeryds kommun', 'kommun', 0, 'x', NULL);"
        "INSERT INTO persons VALUES (1, 1, 'Anna', 'KSO', 'x'), (2, 1, 'Karl', 'KD', 'x'),"
        " (3, 1, 'Eva', 'Nämndordförande', 'x');"
        "INSERT INTO pairs VALUES (1, 1, 'kso-kd', 1, 2, '2023-01-01', NULL, 'rutin', NULL,"
        " 'x', NULL);"
        "INSERT INTO pairs VALUES (2, 1, 'namndordforande-forvaltningschef', 3, 2, '2023-01-01',"
        " NULL, 'stabil', 1, 'x', NULL);"
        "INSERT INTO conversations (id, pair_id, date, status, created_at, updated_at)"
        " VALUES (1, 2, '2024-03-01', 'avslutat', 'x', 'x');"
    )
    conn.commit()
    before = conn.execute("SELECT * FROM pairs ORDER BY id").fetchall()
    conn.close()

    store = open_store(path, backup_dir=tmp_path / "backups")
    try:
        rows = store.rows("SELECT * FROM pairs ORDER BY id")
        assert [tuple(r.values())[: len(before[0])] for r in rows] == before
        assert [(r["body"], r["term"]) for r in rows] == [("", "styrelsen")] * 2
        assert store.scalar("SELECT count(*) FROM conversations WHERE pair_id = 2") == 1
        with store.write() as write:
            write.execute("UPDATE pairs SET phase = 'pressad' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"), store.write() as write:
            write.execute("UPDATE pairs SET phase = 'okänd' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"), store.write() as write:
            write.execute("UPDATE pairs SET term = 'annan' WHERE id = 1")
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert store.rows("PRAGMA foreign_key_check") == []
    finally:
        store.close()
