"""The user's environment as storage meets it: SQLite's and the OS's errors, full disks,
network drives, file URIs and renames that another program's open handle can block.

Every error from the environment becomes a Swedish :class:`StorageError` here, so the rest of
the app tells a full disk from a damaged file, and a file in use from a read-only folder.
"""

from __future__ import annotations

import contextlib
import errno
import ntpath
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from samspel_desktop.domain.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyStorageError,
    StorageError,
)
from samspel_desktop.storage.renames import in_use

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26

#: Less free space than this, after an I/O error, is a full disk: SQLite needs room for the
#: 32 kB shared-memory file and a few pages of WAL for the smallest write.
FULL_DISK_MARGIN = 1024 * 1024


#: GetDriveTypeW's value for a network drive.
DRIVE_REMOTE = 4


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_corruption(error: sqlite3.Error) -> bool:
    """Whether SQLite found the file's content broken (not the environment failing it)."""
    code = _primary_code(error)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error).lower()
    # "Could not decode to UTF-8": Python's own error for text that is not text (garbage).
    return any(w in text for w in ("not a database", "malformed", "corrupt", "could not decode"))


def cannot_open_or_grow(error: sqlite3.Error) -> bool:
    """Whether SQLite failed to open or grow a file (not a lock held by another program)."""
    code = _primary_code(error)
    if code is not None:
        return code in (_SQLITE_CANTOPEN, _SQLITE_IOERR, _SQLITE_READONLY, _SQLITE_FULL)
    return "unable to open" in str(error).lower()


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (almost) no free space left."""
    try:
        import shutil  # only on an error path

        return shutil.disk_usage(folder).free < FULL_DISK_MARGIN
    except OSError:
        return False


def disk_full_error(folder: Path | None, detail: str) -> DiskFullError:
    where = f" där {folder} ligger" if folder is not None else ""
    return DiskFullError(
        f"Disken{where} är full. Frigör utrymme och försök igen; ingenting har ändrats.",
        detail=detail,
    )


def translate_error(error: sqlite3.Error, folder: Path | None = None) -> StorageError | None:
    """Map SQLite's errors from the user's environment to a Swedish :class:`StorageError`.

    ``folder`` is where the database lies: an I/O error there with no space left is a full
    disk (SQLite reports one as "disk I/O error" when it cannot grow its shared-memory file).
    Returns ``None`` for errors that are bugs (constraint violations, SQL mistakes).
    """
    code = _primary_code(error)
    text = str(error).lower()
    if code == _SQLITE_FULL or "disk is full" in text:
        return DiskFullError(
            "Disken är full. Det du skrev finns kvar men är inte sparat – frigör utrymme, "
            "så sparas det vid nästa försök.",
            detail=str(error),
        )
    if is_corruption(error):
        return CorruptDatabaseError(
            "Databasfilen är skadad eller är inte en Samspel-databas.", detail=str(error)
        )
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN, _SQLITE_READONLY) and (
        folder is not None and disk_is_full(folder)
    ):
        return disk_full_error(folder, str(error))
    if code in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return ReadOnlyStorageError(
            "Databasen går inte att skriva till (skrivskyddad fil eller mapp). "
            "Det du skrev finns kvar men är inte sparat.",
            detail=str(error),
        )
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return DatabaseLockedError(
            "Databasen används av ett annat program just nu. Försök igen om en stund.",
            detail=str(error),
        )
    if code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "unable to open" in text or "i/o" in text:
        return StorageError(
            "Databasfilen gick inte att öppna eller läsa. Kontrollera att mappen finns och "
            "att du har behörighet.",
            detail=str(error),
        )
    return None


@contextlib.contextmanager
def storage_errors(folder: Path | None = None) -> Iterator[None]:
    """Re-raise environment errors from SQLite as Swedish :class:`StorageError`."""
    try:
        yield
    except sqlite3.Error as error:
        translated = translate_error(error, folder)
        if translated is None:
            raise
        raise translated from error


def os_storage_error(path: Path, error: OSError) -> StorageError:
    """A Swedish :class:`StorageError` for an OS error while writing ``path``."""
    if in_use(error):
        # Python maps both Windows errors to EACCES: without this they would blame the folder.
        return DatabaseLockedError(
            f"{path.name} används av ett annat program (Samspel i ett annat fönster, ett "
            "antivirus- eller säkerhetskopieringsprogram). Stäng det och försök igen.",
            detail=str(error),
        )
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full_error(path.parent, str(error))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyStorageError(
            f"Det går inte att skriva i mappen {path.parent}.", detail=str(error)
        )
    return StorageError(f"Filen {path} kunde inte sparas.", detail=str(error))


# --- network drives and file URIs ---------------------------------------------------------


def _drive_type(root: str) -> int:
    """Windows' ``GetDriveTypeW`` for a drive root such as ``H:\\``; 0 (unknown) elsewhere."""
    if os.name != "nt":
        return 0
    import ctypes

    windll = ctypes.windll  # type: ignore[attr-defined,unused-ignore]
    return int(windll.kernel32.GetDriveTypeW(root))


def _without_long_prefix(text: str) -> str:
    r"""``\\?\C:\x`` → ``C:\x`` and ``\\?\UNC\srv\share`` → ``\\srv\share``."""
    if text.startswith("\\\\?\\"):
        rest = text[4:]
        return "\\\\" + rest[4:] if rest[:4].upper() == "UNC\\" else rest
    return text


def is_network_path(path: Path | str) -> bool:
    r"""Whether ``path`` is on a network share: a UNC path (``\\srv\share``) or a drive letter
    Windows reports as remote (a mapped ``H:``).

    WAL's shared-memory locking does not work across a network file system, although SQLite
    reports WAL there without complaint.
    """
    text = _without_long_prefix(os.fspath(path))
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\.\\", "//./")):
        return True
    drive = ntpath.splitdrive(text)[0]
    return len(drive) == 2 and _drive_type(drive + "\\") == DRIVE_REMOTE


def sqlite_file_uri(absolute: str, *, windows: bool) -> str:
    """A ``file:`` URI SQLite accepts for an absolute path of either flavour.

    Windows paths keep their drive letter or UNC server (``file:///H:/…``,
    ``file:////srv/share/…``); ``Path.resolve().as_uri()`` would turn a mapped drive into
    ``file://srv/share/…``, whose URI authority SQLite refuses.
    """
    if windows:
        import nturl2path

        return "file:" + nturl2path.pathname2url(_without_long_prefix(absolute))
    return "file:" + quote(absolute)


def file_uri(path: Path) -> str:
    """:func:`sqlite_file_uri` of ``path`` made absolute without resolving links or drives."""
    return sqlite_file_uri(os.path.abspath(path), windows=os.name == "nt")
