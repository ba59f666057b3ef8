"""The one text sanitiser: every free text passes here before it is stored or exported."""

from __future__ import annotations

import contextlib
import re
import unicodedata

from samspel_desktop.domain.errors import ValidationError

#: Longest free text (one perspective, one conclusion, one section) accepted, in characters.
#: About 60 pages of prose; far beyond any real answer, small enough to keep the app responsive.
MAX_TEXT_LENGTH = 200_000
#: Longest short field (names, titles, metadata values).
MAX_SHORT_TEXT_LENGTH = 300

# The patterns that change a text are compiled on first use (re caches them), not at import:
# compiling these character classes takes ~0.5 ms each, and most texts need no change. The two
# that say whether a text needs one run on every text, so they are compiled here.
# C0/C1 control characters except tab and newline, plus lone surrogates, which SQLite, JSON and
# Word's XML cannot all carry. Form feed and vertical tab from pasted Word text become newlines.
_CONTROL = r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]"
_LINE_BREAKS = r"\r\n|\r|\x0b|\x0c|\u2028|\u2029"
#: Any character either of the two above would change.
_NEEDS_CLEANING = re.compile(r"[\r\x0b\x0c\u2028\u2029\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value: str, *, max_length: int = MAX_TEXT_LENGTH, field: str = "texten") -> str:
    """Return ``value`` normalised for storage: NFC, ``\\n`` line breaks, no control characters.

    Raises :class:`ValidationError` (Swedish message) when the text is longer than ``max_length``;
    the caller keeps the user's text so nothing is lost.
    """
    if value in _RECENTLY_CLEAN:
        text = value  # equal to a text this function returned, so clean (cleaning is idempotent)
    elif _NEEDS_CLEANING.search(value) is None and unicodedata.is_normalized("NFC", value):
        text = value  # already clean, as every autosave after the first mostly is (faster)
    else:
        text = re.sub(_LINE_BREAKS, "\n", value)
        text = re.sub(_CONTROL, "", text)
        text = unicodedata.normalize("NFC", text)
    if len(text) > max_length:
        actual = f"{len(text):,}".replace(",", "\u00a0")
        limit = f"{max_length:,}".replace(",", "\u00a0")
        raise ValidationError(f"{field.capitalize()} är för lång ({actual} tecken; högst {limit}).")
    _remember_clean(text)
    return text


#: The last texts :func:`clean_text` returned. An autosave sends all three texts of a question
#: and usually one of them changed: looking the others up (a hash, ~0.3 ns a character) spares
#: their scan (~4.5 ns a character). Bounded in count and in length, and safe to share between
#: threads (a lost entry only costs a scan).
_RECENTLY_CLEAN: dict[str, None] = {}
_RECENT_COUNT = 16
_RECENT_LONGEST = 50_000


def _remember_clean(text: str) -> None:
    if len(text) > _RECENT_LONGEST:
        return
    recent = _RECENTLY_CLEAN
    recent[text] = None
    if len(recent) > _RECENT_COUNT:
        # KeyError, RuntimeError, StopIteration: another thread got there first.
        with contextlib.suppress(KeyError, RuntimeError, StopIteration):
            del recent[next(iter(recent))]  # the oldest


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


# Characters XML 1.0 cannot hold (so neither can Word): C0 controls except tab and newline,
# lone surrogates and the non-characters U+FFFE/U+FFFF. C1 controls (U+007F–U+009F) are legal
# XML but invisible garbage from pasted text; they go too, as in :func:`clean_text`.
_NOT_FOR_WORD = r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
#: Any character :func:`text_for_word` would change.
_NEEDS_WORD_CLEANING = re.compile(
    r"[\r\x0b\x0c\u2028\u2029\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]"
)


def text_for_word(value: str) -> tuple[str, int]:
    """Return ``value`` made safe for a Word document and how many characters were removed.

    Line breaks become ``\\n`` (the exporter turns them into Word line breaks), characters XML
    cannot carry are dropped and counted so the user can be told, and the text is NFC.
    """
    if _NEEDS_WORD_CLEANING.search(value) is None and unicodedata.is_normalized("NFC", value):
        return value, 0  # nothing to change, as for most text (faster)
    text = re.sub(_LINE_BREAKS, "\n", value)
    cleaned = re.sub(_NOT_FOR_WORD, "", text)
    return unicodedata.normalize("NFC", cleaned), len(text) - len(cleaned)


_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)


def bold_runs(text: str) -> list[tuple[str, bool]]:
    """Split text marked with ``**bold**`` into (text, is_bold) runs; unpaired ``**`` stays."""
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in _BOLD.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], False))
        runs.append((match.group(1), True))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], False))
    return runs


def plain_text(text: str) -> str:
    """The text without its ``**bold**`` marks (for comparisons and search)."""
    return "".join(part for part, _ in bold_runs(text))


def counted(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, ``many`` for any other, with "%n" replaced by the count:
    ``counted(1, "%n fråga", "%n frågor")`` → "1 fråga". (The window passes both forms through
    ``tr()``: Swedish is the source language, so Qt's own %n forms would say "1 frågor".)"""
    return (one if count == 1 else many).replace("%n", str(count))


#: Swedish letters after z, in Swedish order; letters Swedish sorts as others (ü as y, æ as ä,
#: ø as ö). Other accents are ignored (é as e).
_SWEDISH_LETTERS = str.maketrans({"å": "{", "ä": "|", "ö": "}", "ü": "y", "æ": "|", "ø": "}"})


def swedish_key(text: str) -> tuple[str, str, str]:
    """The sort key of Swedish order (…X Y Z Å Ä Ö), case and other accents ignored, then
    lower case before upper case: "Åre" < "Ängelholm" < "öland" < "Örebro". The one rule for
    every list (the storage's ``SWEDISH`` collation uses it too)."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_SWEDISH_LETTERS)
    plain = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
    return plain, folded, text.swapcase()
