"""The environment as storage meets it, Windows branches included (exercised here on Linux):
file URIs for drive letters and UNC paths, network drives, renames blocked by another program,
full disks."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import DatabaseLockedError, DiskFullError, StorageError
from samspel_desktop.domain.fingerprint import value_hash
from samspel_desktop.storage import database, environment
from samspel_desktop.storage import renames as renames_module
from samspel_desktop.storage.database import open_store
from samspel_desktop.storage.database_files import move_aside
from samspel_desktop.storage.environment import (
    DRIVE_REMOTE,
    is_network_path,
    sqlite_file_uri,
    translate_error,
)
from samspel_desktop.storage.inspection import check_file, connect_read_only


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- file URIs (issue: a mapped H: became file://srv/share, which SQLite refuses) ----------


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (r"H:\Samspel\samspel.sqlite3", "file:///H:/Samspel/samspel.sqlite3"),
        (r"\\srv\share\Samspel\samspel.sqlite3", "file:////srv/share/Samspel/samspel.sqlite3"),
        (r"\\?\UNC\srv\share\Mapp å\x.sqlite3", "file:////srv/share/Mapp%20%C3%A5/x.sqlite3"),
        (r"\\?\C:\Users\Åsa\a#1?.sqlite3", "file:///C:/Users/%C3%85sa/a%231%3F.sqlite3"),
    ],
)
def test_windows_paths_become_uris_sqlite_accepts(path: str, uri: str) -> None:
    assert sqlite_file_uri(path, windows=True) == uri


def test_sqlite_reads_the_uri_forms(tmp_path: Path) -> None:
    """The drive-less form of a UNC URI (``file:////server/…``) has an empty authority, which
    SQLite accepts; an authority (``file://srv/…``) it refuses. Odd characters are escaped."""
    folder = tmp_path / "Mapp med å, # och ?"
    folder.mkdir()
    path = folder / "samspel.sqlite3"
    open_store(path).close()
    conn = connect_read_only(path)
    try:
        assert conn.execute("SELECT count(*) FROM pairs").fetchone() == (0,)
    finally:
        conn.close()
    empty_authority = "file://" + sqlite_file_uri(str(path), windows=False).removeprefix("file:")
    sqlite3.connect(empty_authority + "?mode=ro", uri=True).close()
    with pytest.raises(sqlite3.OperationalError, match="authority"):
        sqlite3.connect("file://srv/share/samspel.sqlite3?mode=ro", uri=True)


# --- network drives ------------------------------------------------------------------------


def _drive_types(types: dict[str, int]) -> Callable[[str], int]:
    return lambda root: types.get(root, 3)  # DRIVE_FIXED


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        (r"\\srv\share\Samspel", True),
        ("//srv/share/Samspel", True),
        (r"\\?\UNC\srv\share\Samspel", True),
        (r"H:\Samspel", True),  # a mapped drive
        (r"h:\Samspel", True),
        (r"C:\Users\anna\AppData\Local\Samspel", False),
        (r"\\?\C:\Samspel", False),
        (r"\\.\pipe\samspel", False),
        ("/home/anna/.local/share/Samspel", False),
    ],
)
def test_network_paths_are_recognised(
    monkeypatch: pytest.MonkeyPatch, path: str, remote: bool
) -> None:
    monkeypatch.setattr(
        environment, "_drive_type", _drive_types({"H:\\": DRIVE_REMOTE, "h:\\": DRIVE_REMOTE})
    )
    assert is_network_path(path) is remote


def test_on_a_network_drive_the_database_is_not_in_wal_and_is_held_exclusively(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "samspel.sqlite3"
    open_store(path).close()  # made on a local disk: WAL
    monkeypatch.setattr(database, "is_network_path", lambda p: True)
    store = open_store(path, check_in_background=True)
    try:
        assert store.scalar("PRAGMA journal_mode") == "delete"
        assert store.scalar("PRAGMA locking_mode") == "exclusive"
        assert store.notice is not None
        assert "nätverksenhet" in store.notice
        with store.write() as conn:
            conn.execute(
                "INSERT INTO organisations (name, kind, created_at) VALUES ('Ny', 'kommun', 'x')"
            )
        other = sqlite3.connect(path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("SELECT count(*) FROM organisations").fetchone()
        other.close()
    finally:
        store.close()
    assert not Path(f"{path}-wal").exists()
    assert not Path(f"{path}-shm").exists()
    reopened = open_store(path)
    try:
        assert reopened.scalar("SELECT count(*) FROM organisations") == 1
    finally:
        reopened.close()


def test_the_command_line_says_so_on_a_network_drive(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from samspel_desktop.cli import main

    monkeypatch.setattr(database, "is_network_path", lambda p: True)
    assert main(["--data-dir", str(tmp_path), "list", "pairs"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("samspel: obs: Datamappen ligger på en nätverksenhet.")


# --- renames another program blocks (Windows: WinError 32 and 5) ---------------------------


def _in_use(winerror: int) -> OSError:
    error = PermissionError(errno.EACCES, "The process cannot access the file", "x")
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


def _database_with_wal(tmp_path: Path) -> Path:
    """A closed database whose last commit is only in its -wal (as after a crash)."""
    path = tmp_path / "samspel.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    # The app's triggers fingerprint changed values with its own function (schema step 0007).
    conn.create_function("samspel_hash", 1, value_hash, deterministic=True)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(
        "INSERT INTO organisations (name, kind, created_at) VALUES ('Sist', 'kommun', 'x')"
    )
    conn.commit()
    copy = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(path.name)}
    conn.close()
    for name, content in copy.items():  # put the -wal back as the crash left it
        (tmp_path / name).write_bytes(content)
    assert Path(f"{path}-wal").stat().st_size > 0
    return path


@pytest.fixture
def renames(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every os.replace, by file name; sleeping between retries takes no time."""
    done: list[tuple[str, str]] = []
    replace = os.replace

    def recording(source: str | Path, target: str | Path) -> None:
        replace(source, target)
        done.append((Path(source).name, Path(target).name))

    monkeypatch.setattr(os, "replace", recording)
    monkeypatch.setattr(renames_module.time, "sleep", lambda seconds: None)
    return done


def _fail_renames(
    monkeypatch: pytest.MonkeyPatch, failing: Callable[[str], bool], winerror: int, times: int
) -> list[str]:
    """Make os.replace fail for sources ``failing`` picks, ``times`` times each."""
    attempts: list[str] = []
    replace = os.replace

    def flaky(source: str | Path, target: str | Path) -> None:
        name = Path(source).name
        if failing(name) and attempts.count(name) < times:
            attempts.append(name)
            raise _in_use(winerror)
        replace(source, target)

    monkeypatch.setattr(os, "replace", flaky)
    return attempts


def test_move_aside_renames_the_database_before_its_wal(
    tmp_path: Path, renames: list[tuple[str, str]]
) -> None:
    path = _database_with_wal(tmp_path)
    moved = move_aside(path, "samspel-skadad.sqlite3")
    assert renames[0] == ("samspel.sqlite3", "samspel-skadad.sqlite3")
    assert ("samspel.sqlite3-wal", "samspel-skadad.sqlite3-wal") in renames
    conn = connect_read_only(moved)  # the moved -wal still pairs with its database
    try:
        assert conn.execute("SELECT name FROM organisations").fetchall() == [("Sist",)]
    finally:
        conn.close()


def test_a_rename_another_program_blocks_for_a_moment_is_retried(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, renames: list[tuple[str, str]]
) -> None:
    path = _database_with_wal(tmp_path)
    attempts = _fail_renames(monkeypatch, lambda n: n == path.name, winerror=32, times=3)
    move_aside(path, "samspel-skadad.sqlite3")
    assert attempts == [path.name] * 3
    assert (tmp_path / "samspel-skadad.sqlite3").exists()
    assert not path.exists()


@pytest.mark.parametrize("winerror", [32, 5])
def test_a_database_held_open_is_not_moved_and_said_to_be_in_use(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, winerror: int
) -> None:
    path = _database_with_wal(tmp_path)
    before = {p.name: _sha(p) for p in tmp_path.iterdir()}
    monkeypatch.setattr(renames_module.time, "sleep", lambda seconds: None)
    _fail_renames(monkeypatch, lambda n: n == path.name, winerror, times=1000)
    with pytest.raises(DatabaseLockedError, match="används av ett annat program"):
        move_aside(path, "samspel-skadad.sqlite3")
    assert {p.name: _sha(p) for p in tmp_path.iterdir()} == before


def test_when_the_wal_cannot_follow_the_database_is_moved_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The last commits must never sit in a -wal apart from their database."""
    path = _database_with_wal(tmp_path)
    before = {p.name: _sha(p) for p in tmp_path.iterdir()}
    monkeypatch.setattr(renames_module.time, "sleep", lambda seconds: None)
    _fail_renames(monkeypatch, lambda n: n.endswith("-wal"), winerror=32, times=1000)
    with pytest.raises(DatabaseLockedError):
        move_aside(path, "samspel-skadad.sqlite3")
    assert {p.name: _sha(p) for p in tmp_path.iterdir()} == before


def test_restore_while_the_database_is_in_use_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from samspel_desktop.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "pair", "add", "--organisation", "A",
                 "--political", "P", "--executive", "E"]) == 0  # fmt: skip
    assert main(["--data-dir", str(data), "backup"]) == 0
    backup = capsys.readouterr().out.splitlines()[-1]
    database_file = data / "samspel.sqlite3"
    before = _sha(database_file)
    monkeypatch.setattr(renames_module.time, "sleep", lambda seconds: None)
    _fail_renames(monkeypatch, lambda n: n == database_file.name, winerror=32, times=1000)
    for command in (("restore", backup), ("recover",)):
        if command == ("recover",):
            content = bytearray(database_file.read_bytes())  # damaged, so recover goes on
            content[100:4096] = b"\xa5" * 3996
            database_file.write_bytes(bytes(content))
            before = _sha(database_file)
        assert main(["--data-dir", str(data), *command]) == 1
        out, err = capsys.readouterr()
        assert out == ""
        assert err.count("\n") == 1
        assert "används av ett annat program" in err
        assert "ingenting har återställts" in err
        assert "Det går inte att skriva i mappen" not in err
        assert _sha(database_file) == before
        names = [p.name for p in data.iterdir()]
        assert [n for n in names if "aterstalls" in n or "ersatt" in n or "skadad" in n] == []


# --- full disk: an I/O error with no space left ------------------------------------------


def _sqlite_error(message: str, code: int) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_an_io_error_on_a_full_disk_is_a_full_disk(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SQLite says "disk I/O error" when it cannot grow its shared-memory file."""
    import shutil
    from collections import namedtuple

    shm_size = _sqlite_error("disk I/O error", 4874)  # SQLITE_IOERR_SHMSIZE
    plain = translate_error(shm_size, tmp_path)
    assert plain is not None
    assert not isinstance(plain, DiskFullError)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(10**9, 10**9, 4096))
    full = translate_error(shm_size, tmp_path)
    assert isinstance(full, DiskFullError)
    assert str(tmp_path) in full.message
    assert isinstance(translate_error(_sqlite_error("database or disk is full", 13)), DiskFullError)


def test_a_check_that_cannot_run_is_not_damage(tmp_path: Path) -> None:
    """A lock held by another program says nothing about the file: it raises, it is not a
    problem found (which would call the database damaged and offer a restore)."""
    path = tmp_path / "samspel.sqlite3"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as raised:
            check_file(path)
        assert isinstance(raised.value, DatabaseLockedError)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert check_file(path) == []
