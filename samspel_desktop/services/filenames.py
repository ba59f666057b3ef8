"""File names and folders for the save and open dialogs, safe on Windows.

A seminar or group title may hold ``:`` or ``?`` ("Budget 2027: vad nu?"); Windows refuses such
a name in the save dialog, so every suggested name goes through :func:`safe_file_name`. A
dialog given no folder starts in the working folder, which for the Start-menu shortcut is
``C:\\Program Files\\Samspel``; every dialog starts in :func:`documents_folder` or a folder
of the data folder instead.
"""

from __future__ import annotations

import re
from pathlib import Path

#: Characters Windows does not allow in a file name (and the control characters).
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
#: Device names Windows reserves, with or without an extension ("CON.json", "nul").
_RESERVED = {"con", "prn", "aux", "nul"} | {f"{d}{i}" for d in ("com", "lpt") for i in range(10)}
#: Room left in Windows' 260-character paths for the folder.
MAX_STEM = 120


def safe_file_name(name: str, *, fallback: str = "Samspel") -> str:
    """``name`` as a file name Windows (and every other system) accepts; the extension kept.

    ``"Budget 2027: vad nu? – seminarium.json"`` → ``"Budget 2027 vad nu – seminarium.json"``.
    """
    stem, dot, extension = name.rpartition(".")
    if not dot or not re.fullmatch(r"[A-Za-z0-9]{1,8}", extension):
        stem, extension = name, ""
    stem = " ".join(_UNSAFE.sub(" ", stem).split())[:MAX_STEM].strip(" .")
    if not stem or stem.split(".")[0].strip().lower() in _RESERVED:
        stem = f"{fallback} {stem}".strip(" .") if stem else fallback
    return f"{stem}.{extension}" if extension else stem


def documents_folder() -> Path:
    """The user's Documents folder (where exports go unless the user picks another)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


def dialog_start(folder: Path | None, name: str = "") -> str:
    """What a file dialog is given to start with: an existing folder, and a safe name in it.

    ``folder`` falls back to Documents, then the home folder – never the working folder.
    """
    candidates = [folder, documents_folder(), Path.home()]
    start = next((c for c in candidates if c is not None and c.is_dir()), Path.home())
    return str(start / safe_file_name(name)) if name else str(start)
