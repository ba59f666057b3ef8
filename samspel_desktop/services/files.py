"""Writing files safely: never in place (temp file in the same folder, fsync, rename)."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import Any

from samspel_desktop.domain.errors import DiskFullError, StorageError
from samspel_desktop.storage.renames import ERROR_ACCESS_DENIED, in_use, replace_retrying

FILE_ATTRIBUTE_HIDDEN = 0x2
INVALID_FILE_ATTRIBUTES = 0xFFFFFFFF


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one.

    The temporary file beside it has a dot name and, on Windows, the hidden attribute, so it
    does not show in Explorer while it is written; a target that another program holds open
    (Word, OneDrive) is retried briefly before the user is told so.
    """
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = _new_private_file(folder, f".{path.name}.", ".tmp")
    except OSError as error:
        raise _file_error(path, error) from error
    try:
        set_hidden(temporary, True)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # The attributes travel with the rename: the finished file must not stay hidden.
        set_hidden(temporary, False)
        replace_retrying(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _file_error(path, error) from error


def set_hidden(
    path: str | os.PathLike[str], hidden: bool, *, os_name: str = os.name, kernel32: Any = None
) -> bool:
    """Set or clear the Windows hidden attribute of ``path``; elsewhere the dot name hides it.

    Only that bit changes (the archive bit, which backup agents read, stays). ``kernel32`` is
    the Win32 library (given by tests to see the calls). Never raises: a file that cannot be
    hidden is written all the same.
    """
    if os_name != "nt":
        return False
    library = kernel32 if kernel32 is not None else _kernel32()
    if library is None:
        return False
    name = os.fspath(path)
    attributes = int(library.GetFileAttributesW(name)) & 0xFFFFFFFF
    if attributes == INVALID_FILE_ATTRIBUTES:
        return False
    if hidden:
        attributes |= FILE_ATTRIBUTE_HIDDEN
    else:
        attributes &= ~FILE_ATTRIBUTE_HIDDEN
    return bool(library.SetFileAttributesW(name, attributes))


def _kernel32() -> Any:
    if sys.platform == "win32":
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.GetFileAttributesW.argtypes = [wintypes.LPCWSTR]
        kernel32.GetFileAttributesW.restype = wintypes.DWORD
        kernel32.SetFileAttributesW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD]
        kernel32.SetFileAttributesW.restype = wintypes.BOOL
        return kernel32
    return None


#: ``open`` flags for a new file that must not exist yet (as ``tempfile.mkstemp`` uses).
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _new_private_file(folder: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """Create a new file readable by the user only, with a random name; ``(fd, path)``.

    What ``tempfile.mkstemp`` does, without importing ``tempfile`` (and ``random``, ``shutil``)
    into every command that saves a file.
    """
    for _ in range(100):
        candidate = folder / f"{prefix}{os.urandom(6).hex()}{suffix}"
        try:
            return os.open(candidate, _NEW_FILE, 0o600), str(candidate)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(folder))


def _file_error(path: Path, error: OSError) -> StorageError:
    if error.errno == errno.ENOSPC:
        return DiskFullError(f"Disken är full; {path.name} kunde inte sparas.", detail=str(error))
    if in_use(error):
        message = (
            f"Filen är öppen i ett annat program: {path.name} kunde inte sparas. Stäng filen "
            "där (till exempel i Word) och försök igen."
        )
        if getattr(error, "winerror", None) == ERROR_ACCESS_DENIED:
            message += " Om filen är skrivskyddad, spara under ett annat namn."
        return StorageError(message, detail=str(error))
    return StorageError(f"Filen {path} kunde inte sparas.", detail=str(error))
