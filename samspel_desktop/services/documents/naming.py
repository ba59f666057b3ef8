"""Where exported documents go and what they are called (no python-docx needed)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from samspel_desktop.domain.text import text_for_word


def default_folder() -> Path:
    """Where exports go unless the user picks another folder: the Documents folder."""
    import platformdirs

    return Path(platformdirs.user_documents_dir())


_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))} | {
    f"lpt{i}" for i in range(10)
}


def default_file_name(organisation: str, document: str, date: dt.date) -> str:
    """``Vaggeryds kommun – Överenskommelse 2027-02-10.docx``, safe on Windows too."""
    text, _ = text_for_word(f"{organisation} – {document} {date.isoformat()}")
    text = " ".join(_UNSAFE_IN_NAMES.sub(" ", text).split())[:120].strip(" .")
    if not text or text.split(".")[0].lower() in _RESERVED:
        text = f"Samspel {date.isoformat()}"
    return f"{text}.docx"
