"""Folders and files readable by the user only.

Notes about two people who run a municipality are personal data: on a shared machine nobody
else should be able to read them. On POSIX a folder Samspel creates is 0700 and its files 0600.
On Windows modes mean nothing: a folder Samspel creates gets a protected ACL instead (no
inherited entries; full control for the user, SYSTEM and Administrators only), because a
``--data-dir D:\\Samspel`` would otherwise inherit its parent's, often "Authenticated Users".
``%LOCALAPPDATA%`` is protected by the profile's ACL already.
"""

from __future__ import annotations

import contextlib
import ntpath
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger; ``logging`` is imported when something is logged (~2 ms of
    every command's start otherwise)."""
    import logging

    return logging.getLogger(__name__)


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_POSIX = os.name == "posix"
_WINDOWS = os.name == "nt"

#: Well-known SIDs: the same on every Windows, whatever its language ("Administratörer").
SYSTEM_SID = "S-1-5-18"
ADMINISTRATORS_SID = "S-1-5-32-544"
#: ``CREATE_NO_WINDOW``: icacls must not flash a console window over the app.
_CREATE_NO_WINDOW = 0x08000000


def private_mkdir(path: Path) -> None:
    """Create ``path`` (with parents); a folder Samspel creates is readable by the user only.

    A folder that already exists is left as it is: ``--data-dir`` may point anywhere.
    """
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    restrict(path)
    if _WINDOWS:
        protect_windows_folder(path)


def restrict(path: Path) -> None:
    """Make an existing file (0600) or folder (0700) readable by its owner only (POSIX)."""
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


def protected_acl_command(
    folder: str | os.PathLike[str], user: str, env: Mapping[str, str]
) -> list[str]:
    """The ``icacls`` command that gives ``folder`` a protected ACL.

    Inherited entries are removed (``/inheritance:r``) and replaced (``/grant:r``) by full
    control, inherited by everything inside (``(OI)(CI)``), for ``user`` (``*SID`` or
    ``DOMÄN\\namn``), SYSTEM and Administrators. icacls is taken from the Windows folder, not
    from PATH.
    """
    icacls = ntpath.join(env.get("SystemRoot") or r"C:\Windows", "System32", "icacls.exe")
    grants = [f"{who}:(OI)(CI)F" for who in (user, f"*{SYSTEM_SID}", f"*{ADMINISTRATORS_SID}")]
    return [icacls, os.fspath(folder), "/inheritance:r", "/grant:r", *grants, "/Q"]


def protect_windows_folder(
    folder: str | os.PathLike[str],
    *,
    user: str | None = None,
    env: Mapping[str, str] | None = None,
    run: Callable[[Sequence[str]], int] | None = None,
) -> bool:
    """Give a folder Samspel created a protected ACL (see :func:`protected_acl_command`).

    ``user`` defaults to the SID of the user running Samspel, ``run`` runs the command and
    returns its exit status (tests pass their own to see the command). Never raises: a folder
    whose ACL could not be set is still used, and the log says so.
    """
    import subprocess  # Windows only, on creating a folder (about 5 ms at every start)

    env = os.environ if env is None else env
    user = user or current_user_account(env)
    if not user:
        _log().warning("no ACL set on %s: the current user's account is unknown", folder)
        return False
    command = protected_acl_command(folder, user, env)
    try:
        status = (run or _run_hidden)(command)
    except (OSError, subprocess.SubprocessError) as error:
        _log().warning("no ACL set on %s: %s", folder, error)
        return False
    if status != 0:
        _log().warning("no ACL set on %s: icacls exited with %s", folder, status)
    return status == 0


def current_user_account(env: Mapping[str, str]) -> str | None:
    """``*SID`` of the user running this process; else ``DOMÄN\\namn`` from the environment."""
    sid = _current_user_sid()
    if sid:
        return f"*{sid}"
    user, domain = env.get("USERNAME"), env.get("USERDOMAIN")
    if user:
        return f"{domain}\\{user}" if domain else user
    return None


def _run_hidden(command: Sequence[str]) -> int:
    import subprocess

    result = subprocess.run(
        list(command),
        capture_output=True,
        timeout=30,
        check=False,
        creationflags=_CREATE_NO_WINDOW if _WINDOWS else 0,
    )
    return result.returncode


def _current_user_sid() -> str | None:
    """The process token's user SID as a string (Win32 API through ctypes); None elsewhere."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.LocalFree.argtypes = [wintypes.HLOCAL]
    advapi32.OpenProcessToken.argtypes = [
        wintypes.HANDLE,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.HANDLE),
    ]
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE,
        ctypes.c_int,
        ctypes.c_void_p,
        wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]
    advapi32.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
    token_query, token_user = 0x0008, 1
    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        kernel32.GetCurrentProcess(), token_query, ctypes.byref(token)
    ):
        return None
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, token_user, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(token, token_user, buffer, size, ctypes.byref(size)):
            return None
        # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first member is the SID pointer.
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
        text = wintypes.LPWSTR()
        if not advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
            return None
        try:
            return text.value
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)
