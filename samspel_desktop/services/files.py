"""Writing files safely: never in place (temp file in the same folder, fsync, rename)."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from samspel_desktop.domain.errors import DiskFullError, StorageError


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = _new_private_file(folder, f".{path.name}.", ".tmp")
    except OSError as error:
        raise _file_error(path, error) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _file_error(path, error) from error


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
    return StorageError(f"Filen {path} kunde inte sparas.", detail=str(error))
