"""An answer's save writes its row and a marker; the full-text index and the exchange's field
versions follow in their own transaction (storage/derived.py, schema step 0008)."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from samspel_desktop.domain.model import Answer, Side
from samspel_desktop.domain.sync import value_hash
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.migrations.base import execute_script
from samspel_desktop.storage.migrations.v5_index_changed_texts_only import (
    _per_field_update_triggers,
)
from samspel_desktop.storage.migrations.v7_sync import sync_triggers
from samspel_desktop.storage.sync_tables import SYNC_TABLES
from tests.conftest import run_samspel

ROOT = Path(__file__).resolve().parents[2]


def _conversation(services: Samspel) -> tuple[int, int, list[str]]:
    pair = services.pairs.add(
        organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek"
    )
    conversation = services.conversations.start(pair.id)
    guide = services.conversations.get(conversation.id).guides[0]
    keys = [guide.question_key(q) for _, q in guide.questions()[:3]]
    return pair.id, conversation.id, keys


def _answer(services: Samspel, conversation_id: int, key: str, **texts: Any) -> None:
    current = services.conversations.answers(conversation_id).get(key) or Answer(
        conversation_id, key
    )
    services.conversations.save_answer(dataclasses.replace(current, **texts))


def _raw(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _wal_frames(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return (wal.stat().st_size - 32) // (4096 + 24) if wal.exists() else 0


def test_a_save_writes_the_row_and_a_marker_and_the_index_follows(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    services = Samspel.open(paths)
    try:
        _, conv, [key, *_] = _conversation(services)
        _answer(services, conv, key, political="Första texten")
        services.catch_up()
        frames = _wal_frames(paths.database)
        seq = _raw(paths.database, "SELECT seq FROM sync_state")
        _answer(services, conv, key, political="Den nya texten om skolan " * 80)
        # Durable: the row and one marker page, no index or version page yet.
        assert _wal_frames(paths.database) - frames <= 3
        assert _raw(paths.database, "SELECT political FROM answers")[0][0].startswith("Den nya")
        assert _raw(paths.database, "SELECT tbl, changed, versioned FROM derived_pending") == [
            ("answers", 1, 1)
        ]
        assert _raw(paths.database, "SELECT seq FROM sync_state") == seq
        assert not _raw(paths.database, "SELECT 1 FROM search_index WHERE body LIKE 'Den nya%'")
        assert services.catch_up()
        assert not services.catch_up()  # nothing left
        assert not _raw(paths.database, "SELECT 1 FROM derived_pending")
        assert _raw(paths.database, "SELECT count(*) FROM search_index WHERE body LIKE 'Den%'")
        assert _raw(paths.database, "SELECT seq FROM sync_state")[0][0] == seq[0][0] + 1
    finally:
        services.close()


def test_a_search_right_after_a_save_finds_the_new_text(tmp_path: Path) -> None:
    services = Samspel.open(DataPaths(tmp_path / "data"))
    try:
        _, conv, [key, *_] = _conversation(services)
        _answer(services, conv, key, political="Gammal formulering")
        _answer(services, conv, key, political="Fritidsgårdarna behöver öppna tidigare")
        hits = services.search.search("fritidsgårdarna").hits
        assert [h.kind for h in hits] == ["answer.political"]
        assert not services.search.search("formulering").hits
    finally:
        services.close()


def test_another_write_brings_derived_data_up_to_date_first(tmp_path: Path) -> None:
    """A rating after an answer's save: the answer's version is recorded before the rating's,
    as when the answer's trigger recorded it, and a tombstone knows every version."""
    paths = DataPaths(tmp_path / "data")
    services = Samspel.open(paths)
    try:
        _, conv, [key, *_] = _conversation(services)
        _answer(services, conv, key, political="Text")
        services.conversations.rate(conv, key, Side.POLITICAL, 4)
        assert not _raw(paths.database, "SELECT 1 FROM derived_pending")
        [(answer_seq,)] = _raw(
            paths.database, "SELECT seq FROM sync_fields WHERE tbl = 'answers' AND field <> ''"
        )
        [(rating_seq,)] = _raw(
            paths.database, "SELECT max(seq) FROM sync_fields WHERE tbl = 'ratings'"
        )
        assert answer_seq < rating_seq
    finally:
        services.close()


def test_closing_the_folder_brings_derived_data_up_to_date(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    services = Samspel.open(paths)
    _, conv, [key, *_] = _conversation(services)
    _answer(services, conv, key, political="Första")
    _answer(services, conv, key, political="Andra")
    services.close()
    assert not _raw(paths.database, "SELECT 1 FROM derived_pending")
    assert _raw(
        paths.database, "SELECT body FROM search_index WHERE kind = 'answer.political'"
    ) == [("Andra",)]


_SAVE_AND_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from samspel_desktop.domain.model import Answer
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel

    services = Samspel.open(DataPaths(Path(sys.argv[1])))
    services.conversations.save_answer(
        Answer(int(sys.argv[2]), sys.argv[3], political="Kulturskolans avgifter sänks")
    )
    print("saved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crash_between_the_save_and_its_catch_up_is_repaired_by_the_next_process(
    tmp_path: Path,
) -> None:
    """Killed right after the save committed: the text is there, and a CLI ``samspel search``
    (another process) brings the index up to date before it searches."""
    paths = DataPaths(tmp_path / "data")
    services = Samspel.open(paths)
    _, conv, [key, *_] = _conversation(services)
    _answer(services, conv, key, political="Utkast")  # the first save inserts the row
    services.close()
    result = subprocess.run(
        [sys.executable, "-c", _SAVE_AND_DIE, str(paths.root), str(conv), key],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert result.stdout.strip() == "saved"
    assert _raw(paths.database, "SELECT political FROM answers") == [
        ("Kulturskolans avgifter sänks",)
    ]
    assert _raw(paths.database, "SELECT count(*) FROM derived_pending") == [(1,)]
    search = run_samspel(
        paths.root,
        "search",
        "kulturskolans",
        "--json",
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert search.returncode == 0, search.stderr
    [hit] = json.loads(search.stdout)
    assert hit["kind"] == "answer.political"
    assert not _raw(paths.database, "SELECT 1 FROM derived_pending")


# --- the exchange sees the same versions with deferral as with the per-row triggers --------


def _per_row_triggers(services: Samspel) -> None:
    """Put back the answers' per-row update triggers of steps 0005 and 0007 (what step 0008
    replaced), so a folder records versions and index entries as before."""
    store = services._store
    answers = next(t for t in SYNC_TABLES if t.name == "answers")
    sync = sync_triggers(answers)
    search = _per_field_update_triggers(
        "answers",
        {
            "answer.political": (1, "NEW.political", ("political",)),
            "answer.executive": (2, "NEW.executive", ("executive",)),
            "answer.conclusion": (3, "NEW.conclusion", ("conclusion",)),
        },
    )
    with store.write() as conn:
        conn.execute("DROP TRIGGER answers_derived_update")
        execute_script(store.db, sync[sync.index("CREATE TRIGGER answers_sync_update") :])
        execute_script(store.db, search[search.index("\n") + 1 :])  # without its DROP


def _versions(services: Samspel, folder: Path) -> dict[str, Any]:
    """``sync_fields`` and the kept conflicts, with each device's clocks as their order (dense
    rank) and this folder's own device named ``self``: what an exchange compares."""
    services.catch_up()
    database = folder / "samspel.sqlite3"
    [(me,)] = _raw(database, "SELECT device FROM sync_state")
    rows = _raw(
        database,
        "SELECT gid, field, tbl, hash, pair_gid, vv, clock, device, seq FROM sync_fields",
    )
    clocks: dict[str, set[int]] = {}
    for *_, vv, clock, device, _seq in rows:
        clocks.setdefault(device, set()).add(clock)
        for d, c in json.loads(vv).items():
            clocks.setdefault(d, set()).add(c)
    rank = {d: {c: i for i, c in enumerate(sorted(cs))} for d, cs in clocks.items()}
    seqs = {s: i for i, s in enumerate(sorted({r[-1] for r in rows}))}

    def name(device: str) -> str:
        return "self" if device == me else device

    def fingerprint(field: str, hash_: str) -> str | bool:
        # A time of deletion is the wall clock's second: whether it is set, not which second.
        return hash_ != value_hash(None) if field == "deleted_at" else hash_

    fields = sorted(
        (
            gid,
            field,
            tbl,
            fingerprint(field, hash_),
            pair_gid,
            sorted((name(d), rank[d][c]) for d, c in json.loads(vv).items()),
            rank[device][clock],
            name(device),
            seqs[seq],
        )
        for gid, field, tbl, hash_, pair_gid, vv, clock, device, seq in rows
    )
    conflicts = sorted(
        _raw(database, "SELECT item_gid, field, text, resolved_at IS NULL FROM sync_conflicts")
    )
    index = sorted(_raw(database, "SELECT rowid, body, kind, source_id FROM search_index"))
    return {"fields": fields, "conflicts": conflicts, "index": index}


def test_deferred_versions_equal_the_per_row_triggers(tmp_path: Path) -> None:
    """Edits, a same-text save, ratings revealed, an exchange import with a conflict, a
    deletion to the trash and back, and emptying the trash: the same versions either way."""
    base = tmp_path / "base"
    services = Samspel.open(DataPaths(base))
    pair_id, conv, keys = _conversation(services)
    _answer(services, conv, keys[0], political="Utgångsläge")
    services.close()
    # A third laptop's changes, to be imported into both folders.
    other = Samspel.open(DataPaths(tmp_path / "other"))
    origin = Samspel.open(DataPaths(base))
    start = tmp_path / "start.samspel"
    origin.exchange.export_pair(pair_id, start)
    origin.close()
    other.exchange.import_file(start, add_pairs=True)
    other_conv = other.conversations.all()[0].id
    _answer(other, other_conv, keys[0], executive="Förvaltningen föreslår")
    _answer(other, other_conv, keys[1], conclusion="Vi är oense")
    _answer(other, other_conv, keys[2], political="Den andra datorns text")
    received = tmp_path / "received.samspel"
    other.exchange.export_pair(other.pairs.all()[0].id, received)
    other.close()

    arms: dict[str, dict[str, Any]] = {}
    for arm in ("deferred", "per_row"):
        folder = tmp_path / arm
        shutil.copytree(base, folder)
        s = Samspel.open(DataPaths(folder))
        try:
            if arm == "per_row":
                _per_row_triggers(s)
            _answer(s, conv, keys[0], political="Första utkastet")
            _answer(s, conv, keys[0], political="Första utkastet, bättre", executive="Ja")
            _answer(s, conv, keys[1], conclusion="Vi är överens")
            _answer(s, conv, keys[0], political="Första utkastet, bättre")  # same text
            s.conversations.rate(conv, keys[0], Side.POLITICAL, 3)
            s.conversations.rate(conv, keys[0], Side.EXECUTIVE, 4)
            s.conversations.reveal_ratings(conv, keys[0])
            _answer(s, conv, keys[1], political="Ny text", to_agreement=True)
            s.exchange.import_file(received)
            _answer(s, conv, keys[2], executive="Efter importen")
            _answer(s, conv, keys[0], political="")
            s.trash.delete("conversation", conv)
            s.trash.restore("conversation", conv)
            _answer(s, conv, keys[1], conclusion="Vi är överens, till slut")
            arms[arm] = _versions(s, folder)
            assert arms[arm]["conflicts"], "the import is meant to keep a conflict"
            s.trash.delete("conversation", conv)
            s.trash.empty()
            arms[arm]["after_empty"] = _versions(s, folder)["fields"]
        finally:
            s.close()
    assert arms["deferred"] == arms["per_row"]


def _per_row_load(services: Samspel, tables: dict[str, list[dict[str, Any]]]) -> None:
    """The archive import as it was before: every row through the insert triggers."""
    from samspel_desktop.storage import archive

    with services._store.write() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("INSERT INTO maintenance_mode (active) VALUES (1)")
        for table in reversed(archive.ARCHIVE_TABLES):
            conn.execute(f"DELETE FROM {table}")
        for table in archive.ARCHIVE_TABLES:
            for index, row in enumerate(tables[table], start=1):
                archive._insert(conn, table, index, row)
        conn.execute("DELETE FROM maintenance_mode")


def test_an_archive_import_records_the_versions_the_insert_triggers_recorded(
    tmp_path: Path,
) -> None:
    """Rows loaded with the per-row recording off, their versions recorded in one statement
    per table and field: the same versions, ticks and index as row by row."""
    from samspel_desktop.services.demo import load_demo
    from samspel_desktop.storage import archive

    source = Samspel.open(DataPaths(tmp_path / "source"))
    try:
        load_demo(source)
        _, conv, keys = _conversation(source)
        _answer(source, conv, keys[0], political="Text", executive="")
        _answer(source, conv, keys[1], conclusion="Slutsats", to_agreement=True)
        tables = archive.dump(source._store)
    finally:
        source.close()
    assert sum(len(rows) for rows in tables.values()) > 100
    found: dict[str, dict[str, Any]] = {}
    for arm in ("bulk", "per_row"):
        folder = tmp_path / arm
        services = Samspel.open(DataPaths(folder))
        try:
            if arm == "bulk":
                archive.load(services._store, tables, replace=False)
            else:
                _per_row_load(services, tables)
            found[arm] = _versions(services, folder)
        finally:
            services.close()
    assert found["bulk"]["fields"]
    assert found["bulk"] == found["per_row"]
