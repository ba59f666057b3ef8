"""Writing files safely: a new file appears whole, or the old one stays."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import StorageError
from samspel_desktop.services import files as files_module
from samspel_desktop.services.files import set_hidden, write_bytes_atomically
from samspel_desktop.storage import renames
from samspel_desktop.storage.renames import replace_retrying


def test_writes_and_replaces_without_leaving_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "Överenskommelse.docx"
    write_bytes_atomically(target, b"first")
    write_bytes_atomically(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["Överenskommelse.docx"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_new_files_are_private(tmp_path: Path) -> None:
    target = tmp_path / "minnesanteckningar.docx"
    write_bytes_atomically(target, b"text")
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_failed_write_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "arkiv.json"
    write_bytes_atomically(target, b"old")

    def fail(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(StorageError, match="Disken är full"):
        write_bytes_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["arkiv.json"]


def test_a_missing_folder_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="kunde inte sparas"):
        write_bytes_atomically(tmp_path / "saknas" / "fil.docx", b"x")


def _windows_error(winerror: int) -> OSError:
    """An ``OSError`` as Windows raises it (``winerror`` set), built on any OS."""
    error = PermissionError(13, "Åtkomst nekad" if winerror == 5 else "Filen används")
    error.winerror = winerror  # type: ignore[misc]  # read-only only where Windows sets it
    return error


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_file_open_in_word_is_retried_then_replaced(winerror: int) -> None:
    calls: list[tuple[str, str]] = []
    pauses: list[float] = []

    def replace(source: object, target: object) -> None:
        calls.append((str(source), str(target)))
        if len(calls) < 3:  # Word (or OneDrive) lets go after a moment
            raise _windows_error(winerror)

    replace_retrying("tmp", "Överenskommelse.docx", replace=replace, sleep=pauses.append)
    assert len(calls) == 3
    assert len(pauses) == 2


def test_a_plain_permission_error_is_not_retried() -> None:
    pauses: list[float] = []

    def replace(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")  # POSIX: no winerror, no retry

    with pytest.raises(PermissionError):
        replace_retrying("tmp", "fil.docx", replace=replace, sleep=pauses.append)
    assert pauses == []


@pytest.mark.parametrize("winerror", [5, 32])
def test_a_file_held_open_says_so_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, winerror: int
) -> None:
    target = tmp_path / "Överenskommelse.docx"
    write_bytes_atomically(target, b"old")
    attempts: list[str] = []

    def held(source: object, _target: object) -> None:
        attempts.append(str(source))
        raise _windows_error(winerror)

    monkeypatch.setattr(os, "replace", held)
    monkeypatch.setattr(renames.time, "sleep", lambda _seconds: None)
    with pytest.raises(StorageError, match="Filen är öppen i ett annat program") as raised:
        write_bytes_atomically(target, b"new")
    assert "Överenskommelse.docx" in raised.value.message
    assert len(attempts) == len(renames.REPLACE_RETRY_DELAYS) + 1
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["Överenskommelse.docx"]


def test_the_temporary_file_has_a_dot_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def watch(source: str, target: str) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", watch)
    write_bytes_atomically(tmp_path / "arkiv.json", b"{}")
    [name] = seen
    assert name.startswith(".arkiv.json.") and name.endswith(".tmp")


FILE_ATTRIBUTE_ARCHIVE = 0x20


class _Kernel32:
    """Win32's attribute calls over a dictionary of files."""

    def __init__(self, files: dict[str, int]) -> None:
        self.files = files
        self.calls: list[tuple[str, int]] = []

    def GetFileAttributesW(self, path: str) -> int:
        return self.files.get(path, files_module.INVALID_FILE_ATTRIBUTES)

    def SetFileAttributesW(self, path: str, attributes: int) -> int:
        self.calls.append((path, attributes))
        self.files[path] = attributes
        return 1


def test_windows_hides_the_temporary_file_and_unhides_it_before_the_rename() -> None:
    temporary = r"\\srv\hem$\anna\.avtal.docx.ab12.tmp"
    kernel32 = _Kernel32({temporary: FILE_ATTRIBUTE_ARCHIVE})
    assert set_hidden(temporary, True, os_name="nt", kernel32=kernel32)
    assert kernel32.files[temporary] == FILE_ATTRIBUTE_ARCHIVE | files_module.FILE_ATTRIBUTE_HIDDEN
    assert set_hidden(temporary, False, os_name="nt", kernel32=kernel32)
    # Only the hidden bit changed: backup agents still see the archive bit.
    assert kernel32.files[temporary] == FILE_ATTRIBUTE_ARCHIVE
    assert len(kernel32.calls) == 2
    # A file Windows cannot read the attributes of is left alone.
    assert not set_hidden(r"H:\saknas.tmp", True, os_name="nt", kernel32=kernel32)
    # Elsewhere the dot name is what hides it; nothing is called.
    assert not set_hidden("/tmp/.x.tmp", True, os_name="posix", kernel32=kernel32)
    assert len(kernel32.calls) == 2


def test_the_written_file_is_unhidden_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The order on Windows: hide the new temporary file, write, unhide, then rename."""
    events: list[str] = []
    monkeypatch.setattr(
        files_module, "set_hidden", lambda _path, hidden: events.append(f"hidden={hidden}")
    )
    real_replace = os.replace

    def watch(source: str, target: str) -> None:
        events.append("replace")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", watch)
    write_bytes_atomically(tmp_path / "a.docx", b"x")
    assert events == ["hidden=True", "hidden=False", "replace"]
