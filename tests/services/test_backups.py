"""Backups, thinning, restore and recovery on real databases in a temp data folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    NewerDatabaseError,
    NotFoundError,
    ValidationError,
)
from samspel_desktop.services import backups
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store
from samspel_desktop.storage.database_files import BACKUP_STAMP_FORMAT
from tests.conftest import make_pair


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _organisations(paths: DataPaths) -> list[str]:
    services = Samspel.open(paths)
    try:
        return sorted(p.organisation.name for p in services.pairs.all())
    finally:
        services.close()


def _add_pair(services: Samspel, organisation: str) -> None:
    make_pair(services, organisation=organisation)


def damage(path: Path) -> None:
    """Overwrite b-tree pages in the middle of a closed database with garbage."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) >= 6 * page_size
    data[2 * page_size : 5 * page_size] = b"\xa5" * (3 * page_size)
    path.write_bytes(bytes(data))


def test_backup_round_trip(paths: DataPaths) -> None:
    services = Samspel.open(paths)
    _add_pair(services, "Vaggeryds kommun")
    backup = services.data_folder.backup()
    services.close()
    [listed] = backups.list_backups(paths)
    assert listed.path == backup
    assert listed.reason == "manuell"
    copy = DataPaths(paths.root.parent / "kopia")
    copy.root.mkdir()
    backup.replace(copy.database)
    assert _organisations(copy) == ["Vaggeryds kommun"]


def test_backup_to_a_chosen_file_and_not_onto_the_database(
    services: Samspel, paths: DataPaths, tmp_path: Path
) -> None:
    _add_pair(services, "Alingsås kommun")
    target = services.data_folder.backup(tmp_path / "usb" / "flytt.sqlite3")
    assert target.is_file()
    assert backups.validate_restore_source(target).is_samspel
    with pytest.raises(ValidationError, match="själva databasen"):
        services.data_folder.backup(paths.database)


def test_keep_rule_by_age() -> None:
    now = dt.datetime(2030, 6, 1, 12, 0)
    created = [now - dt.timedelta(days=d, hours=1) for d in range(0, 3 * 365)]
    kept = [created[i] for i in backups.backups_to_keep(created, now)]
    recent = [c for c in kept if now - c < dt.timedelta(days=7)]
    weekly = [c for c in kept if dt.timedelta(days=7) <= now - c < dt.timedelta(weeks=9)]
    monthly = [c for c in kept if dt.timedelta(weeks=9) <= now - c]
    assert len(recent) == 7
    assert len({c.isocalendar()[:2] for c in weekly}) == len(weekly)
    assert 7 <= len(weekly) <= 9
    assert len({(c.year, c.month) for c in monthly}) == len(monthly)
    assert 21 <= len(monthly) <= 24
    assert all(now - c < dt.timedelta(days=731) for c in kept)


def test_keep_rule_never_drops_the_newest_even_when_old() -> None:
    now = dt.datetime(2030, 1, 1)
    created = [now - dt.timedelta(days=2000 + d) for d in range(5)]
    assert backups.backups_to_keep(created, now) == {0, 1, 2}


def test_backup_names_are_read_back_to_their_time(paths: DataPaths) -> None:
    paths.backups.mkdir(parents=True)
    when = [dt.datetime(2026, 11, 22, 14, 5, 9), dt.datetime(2029, 1, 31, 23, 59, 59)]
    for moment in when:
        stamp = moment.strftime(BACKUP_STAMP_FORMAT)
        (paths.backups / f"samspel-{stamp}-start.sqlite3").write_bytes(b"")
    (paths.backups / "samspel-20261399-000000-start.sqlite3").write_bytes(b"")  # no 13th month
    assert [b.created for b in backups.list_backups(paths)] == sorted(when, reverse=True)


def test_thinning_deletes_only_backups(paths: DataPaths) -> None:
    paths.backups.mkdir(parents=True)
    now = dt.datetime(2030, 6, 1, 12, 0)
    for days in range(40):
        stamp = (now - dt.timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        (paths.backups / f"samspel-{stamp}-daglig.sqlite3").write_bytes(b"")
    (paths.backups / "min-egen-kopia.sqlite3").write_bytes(b"")
    interrupted = paths.backups / "samspel-20300601-110000-daglig.sqlite3.1a2b3c4d.tmp"
    interrupted.write_bytes(b"")
    two_hours_ago = time.time() - 2 * 3600
    os.utime(interrupted, (two_hours_ago, two_hours_ago))
    under_way = paths.backups / "samspel-20300601-115959-start.sqlite3.5e6f7a8b.tmp"
    under_way.write_bytes(b"")  # another process's backup, being written
    removed = backups.thin_backups(paths, now=now)
    assert len(removed) == 40 - len(backups.list_backups(paths))
    assert 7 + 4 <= len(backups.list_backups(paths)) <= 7 + 6
    assert (paths.backups / "min-egen-kopia.sqlite3").exists()
    assert list(paths.backups.glob("*.tmp")) == [under_way]


def test_daily_backup_once_a_day_and_only_with_user_data(paths: DataPaths, store: Store) -> None:
    services = Samspel(store, paths)
    now = dt.datetime(2030, 3, 1, 9, 0)
    try:
        assert backups.maybe_daily_backup(store, paths, now=now) is None  # empty
        _add_pair(services, "Vaggeryds kommun")
        first = backups.maybe_daily_backup(store, paths, now=now)
        assert first is not None
        assert backups.validate_restore_source(first).healthy
        later = now + dt.timedelta(hours=23)
        assert backups.maybe_daily_backup(store, paths, now=later) is None
        next_day = now + dt.timedelta(hours=25)
        second = backups.maybe_daily_backup(store, paths, now=next_day)
        assert second is not None
        assert second != first
    finally:
        services.close()


def test_start_up_backup_when_the_newest_is_older_than_a_day(paths: DataPaths) -> None:
    services = Samspel.open(paths)
    _add_pair(services, "Vaggeryds kommun")
    services.data_folder.backup()
    services.close()
    [only] = backups.list_backups(paths)
    Samspel.open(paths).close()
    assert len(backups.list_backups(paths)) == 1  # the newest is fresh: no new backup
    only.path.rename(only.path.with_name("samspel-20200101-080000-manuell.sqlite3"))
    Samspel.open(paths).close()
    reasons = [b.reason for b in backups.list_backups(paths)]
    assert reasons == ["start", "manuell"]


def test_restore_replaces_the_database_and_can_be_undone(paths: DataPaths) -> None:
    services = Samspel.open(paths)
    _add_pair(services, "Vaggeryds kommun")
    backup = services.data_folder.backup()
    _add_pair(services, "Alingsås kommun")
    services.close()

    result = backups.restore_database(paths, backup)
    assert result.restored_from == backup
    assert result.undo_backup is not None
    assert _organisations(paths) == ["Vaggeryds kommun"]

    backups.restore_database(paths, result.undo_backup)
    assert _organisations(paths) == ["Alingsås kommun", "Vaggeryds kommun"]


def test_restore_while_open_continues_on_the_restored_database(paths: DataPaths) -> None:
    services = Samspel.open(paths)
    try:
        _add_pair(services, "Vaggeryds kommun")
        backup = services.data_folder.backup()
        _add_pair(services, "Alingsås kommun")
        result = services.data_folder.restore(backup)
        assert [p.organisation.name for p in services.pairs.all()] == ["Vaggeryds kommun"]
        _add_pair(services, "Region Jönköpings län")  # writes go to the restored file
        assert result.undo_backup is not None
    finally:
        services.close()
    assert _organisations(paths) == ["Region Jönköpings län", "Vaggeryds kommun"]


def test_restore_removes_the_old_databases_side_files(paths: DataPaths) -> None:
    services = Samspel.open(paths)
    _add_pair(services, "Vaggeryds kommun")
    backup = services.data_folder.backup()
    services.close()
    wal = paths.database.with_name(paths.database.name + "-wal")
    wal.write_bytes(b"stale")
    backups.restore_database(paths, backup)
    assert not wal.exists()
    assert _organisations(paths) == ["Vaggeryds kommun"]


def test_bad_restore_sources_leave_the_database_unchanged(paths: DataPaths, tmp_path: Path) -> None:
    services = Samspel.open(paths)
    _add_pair(services, "Vaggeryds kommun")
    services.close()
    before = _sha(paths.database)

    text = tmp_path / "text.sqlite3"
    text.write_text("Det här är ingen databas", encoding="utf-8")
    other = tmp_path / "annan.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "nyare.sqlite3"
    (tmp_path / "nyare").mkdir()
    Samspel.open(DataPaths(tmp_path / "nyare")).close()
    (tmp_path / "nyare" / "samspel.sqlite3").replace(newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()

    with pytest.raises(CorruptDatabaseError, match="inte en SQLite-databas"):
        backups.restore_database(paths, text)
    with pytest.raises(ValidationError, match="inte från Samspel"):
        backups.restore_database(paths, other)
    with pytest.raises(NewerDatabaseError, match="nyare version"):
        backups.restore_database(paths, newer)
    with pytest.raises(NotFoundError):
        backups.restore_database(paths, tmp_path / "finns-inte.sqlite3")
    with pytest.raises(ValidationError, match="redan används"):
        backups.restore_database(paths, paths.database)
    assert _sha(paths.database) == before
    assert not backups.list_backups(paths)
    assert not list(paths.root.glob("*.aterstalls*"))


def test_damaged_database_is_refused_untouched_and_names_the_newest_backup(
    paths: DataPaths,
) -> None:
    services = Samspel.open(paths)
    for number in range(30):
        _add_pair(services, f"Kommun {number}")
    good = services.data_folder.backup()
    services.close()
    damage(paths.database)
    before = _sha(paths.database)

    with pytest.raises(CorruptDatabaseError) as raised:
        Samspel.open(paths)
    assert raised.value.newest_backup == good
    assert raised.value.damaged_file == paths.database
    assert "skadad" in raised.value.message
    assert "har inte ändrats" in raised.value.message
    assert _sha(paths.database) == before
    assert backups.check_database(paths)
    assert _sha(paths.database) == before

    result = backups.recover_from_newest_backup(paths)
    assert result.restored_from == good
    assert result.set_aside is not None
    assert _sha(result.set_aside) == before
    assert len(_organisations(paths)) == 30


def test_recovery_without_a_good_backup_changes_nothing(paths: DataPaths) -> None:
    services = Samspel.open(paths)
    for number in range(30):
        _add_pair(services, f"Kommun {number}")
    services.close()
    damage(paths.database)
    before = _sha(paths.database)
    with pytest.raises(CorruptDatabaseError) as raised:
        Samspel.open(paths)
    assert raised.value.newest_backup is None
    assert "ingen hel säkerhetskopia" in raised.value.message
    with pytest.raises(NotFoundError, match="ingen hel säkerhetskopia"):
        backups.recover_from_newest_backup(paths)
    assert _sha(paths.database) == before


def test_damaged_backups_are_skipped_when_recovering(paths: DataPaths) -> None:
    services = Samspel.open(paths)
    for number in range(30):
        _add_pair(services, f"Kommun {number}")
    older = services.data_folder.backup()
    services.close()
    newer = paths.backups / "samspel-29990101-000000-daglig.sqlite3"
    newer.write_bytes(older.read_bytes())
    damage(newer)
    newest = backups.newest_good_backup(paths)
    assert newest is not None
    assert newest.path == older


def test_a_backup_reports_its_pages_and_a_restore_its_two_copies(
    services: Samspel, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from samspel_desktop.storage import database_files

    monkeypatch.setattr(database_files, "BACKUP_STEP_PAGES", 2)
    _add_pair(services, "Vaggeryds kommun")
    steps: list[tuple[int, int]] = []
    copy = services.data_folder.backup(progress=lambda d, t: steps.append((d, t)))
    pages = sqlite3.connect(copy).execute("PRAGMA page_count").fetchone()[0]
    assert steps[-1] == (pages, pages)
    assert len(steps) >= pages // 2
    restored: list[tuple[int, int]] = []
    services.data_folder.restore(copy, progress=lambda d, t: restored.append((d, t)))
    assert restored[-1] == (1000, 1000)
    assert any(d == 500 for d, _ in restored)  # the copy in, then the copy of what was there


def test_a_daily_backup_holds_the_database_as_it_was_when_prepared(
    services: Samspel, paths: DataPaths
) -> None:
    _add_pair(services, "Före")
    pending = services.data_folder.prepare_daily_backup()
    assert pending is not None
    _add_pair(services, "Efter")  # written while the copy is made beside (WAL)
    written = services.data_folder.write_daily_backup(pending)
    assert written is not None
    names = [r[0] for r in sqlite3.connect(written).execute("SELECT name FROM organisations")]
    assert names == ["Före"]
    assert services.data_folder.prepare_daily_backup() is None  # one a day
