"""What exported documents are called (no python-docx needed); see ``services.filenames``."""

from __future__ import annotations

import datetime as dt

from samspel_desktop.domain.text import text_for_word
from samspel_desktop.services.filenames import safe_file_name


def default_file_name(organisation: str, document: str, date: dt.date) -> str:
    """``Vaggeryds kommun – Överenskommelse 2027-02-10.docx``, safe on Windows too."""
    text, _ = text_for_word(f"{organisation} – {document} {date.isoformat()}")
    return safe_file_name(f"{text}.docx", fallback=f"Samspel {date.isoformat()}")
