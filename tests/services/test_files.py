"""Writing files safely: a new file appears whole, or the old one stays."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from samspel_desktop.domain.errors import StorageError
from samspel_desktop.services.files import write_bytes_atomically


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
