"""Folders and files readable by the user only (0700 / 0600 on POSIX; a no-op on Windows).

Notes about two people who run a municipality are personal data: on a shared machine nobody
else should be able to read them. Windows keeps ``%LOCALAPPDATA%`` per user already.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"


def private_mkdir(path: Path) -> None:
    """Create ``path`` (with parents); a folder Samspel creates is readable by the user only.

    A folder that already exists is left as it is: ``--data-dir`` may point anywhere.
    """
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    restrict(path)


def restrict(path: Path) -> None:
    """Make an existing file (0600) or folder (0700) readable by its owner only."""
    if not _POSIX:
        return
    mode = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 unless it exists (SQLite then keeps that mode)."""
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
