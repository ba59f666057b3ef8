"""The one text sanitiser: every free text passes here before it is stored or exported."""

from __future__ import annotations

import re
import unicodedata

from samspel_desktop.domain.errors import ValidationError

#: Longest free text (one perspective, one conclusion, one section) accepted, in characters.
#: About 60 pages of prose; far beyond any real answer, small enough to keep the app responsive.
MAX_TEXT_LENGTH = 200_000
#: Longest short field (names, titles, metadata values).
MAX_SHORT_TEXT_LENGTH = 300

# C0/C1 control characters except tab and newline, plus lone surrogates, which SQLite, JSON and
# Word's XML cannot all carry. Form feed and vertical tab from pasted Word text become newlines.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n|\r|\x0b|\x0c|\u2028|\u2029")


def clean_text(value: str, *, max_length: int = MAX_TEXT_LENGTH, field: str = "texten") -> str:
    """Return ``value`` normalised for storage: NFC, ``\\n`` line breaks, no control characters.

    Raises :class:`ValidationError` (Swedish message) when the text is longer than ``max_length``;
    the caller keeps the user's text so nothing is lost.
    """
    text = _LINE_BREAKS.sub("\n", value)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if len(text) > max_length:
        actual = f"{len(text):,}".replace(",", "\u00a0")
        limit = f"{max_length:,}".replace(",", "\u00a0")
        raise ValidationError(f"{field.capitalize()} är för lång ({actual} tecken; högst {limit}).")
    return text


def clean_line(value: str, *, field: str, required: bool = True) -> str:
    """A single-line field (name, title): cleaned, whitespace collapsed, length-checked."""
    text = " ".join(clean_text(value, max_length=MAX_TEXT_LENGTH, field=field).split())
    if required and not text:
        raise ValidationError(f"{field.capitalize()} saknas.")
    if len(text) > MAX_SHORT_TEXT_LENGTH:
        raise ValidationError(
            f"{field.capitalize()} är för lång (högst {MAX_SHORT_TEXT_LENGTH} tecken)."
        )
    return text
