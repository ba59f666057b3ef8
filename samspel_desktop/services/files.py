"""Writing files safely: never in place (temp file in the same folder, fsync, rename)."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from samspel_desktop.domain.errors import DiskFullError, StorageError


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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


def _file_error(path: Path, error: OSError) -> StorageError:
    if error.errno == errno.ENOSPC:
        return DiskFullError(f"Disken är full; {path.name} kunde inte sparas.", detail=str(error))
    return StorageError(f"Filen {path} kunde inte sparas.", detail=str(error))
