"""What a search query means: the words a user typed turned into a bounded full-text query.

The rules live here, apart from SQL, so the command line, the window and the tests agree:

- A word is split where SQLite's ``unicode61`` tokenizer splits it ("e-post" → "e" "post",
  "KSO-KD" → "KSO" "KD"), and the pieces of one word must stand together in the text, in order:
  a phrase. The last piece may be the start of a longer word (prefix search).
- The same word twice counts once.
- At most :data:`MAX_QUERY_TOKENS` pieces are searched. Full-text matching costs grow with the
  number of phrases times the rows each one matches; a pasted page would otherwise keep the
  database busy for minutes. The rest is left out and the caller says so.

Matches in a snippet are marked with :data:`HIGHLIGHT_START` / :data:`HIGHLIGHT_END`, control
characters that stored text never holds (:func:`samspel_desktop.domain.text.clean_text` removes
them), so brackets or asterisks a user typed stay plain text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: Most word pieces one search uses; more is a pasted paragraph, not a search.
MAX_QUERY_TOKENS = 16
#: Characters of the query looked at (a search field's maximum length): bounds the scan of a
#: pasted text that repeats the same few words.
MAX_QUERY_CHARACTERS = 32_767
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"

# unicode61's token characters: letters, numbers and private-use characters; combining marks
# stay with their letter. Everything else separates tokens.
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f\ue000-\uf8ff])+")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class SearchQuery:
    """The phrases to search for (each a tuple of word pieces); ``shortened`` if words were
    left out."""

    phrases: tuple[tuple[str, ...], ...]
    shortened: bool = False

    @property
    def empty(self) -> bool:
        return not self.phrases

    def fts5_match(self) -> str:
        """The FTS5 ``MATCH`` expression: every phrase quoted, the last piece a prefix.

        Pieces hold letters and digits only, so nothing the user typed can be read as an FTS5
        operator, column filter or quote.
        """
        return " ".join('"' + " ".join(phrase) + '"*' for phrase in self.phrases)


def parse_query(text: str) -> SearchQuery:
    """The bounded query for what the user typed (any text; never an error)."""
    phrases: list[tuple[str, ...]] = []
    seen: set[tuple[str, ...]] = set()
    budget = MAX_QUERY_TOKENS
    shortened = len(text) > MAX_QUERY_CHARACTERS
    for found in _WORD.finditer(text, 0, MAX_QUERY_CHARACTERS):
        # NFC, so an "ö" typed as o + combining diaeresis is the "ö" in the text.
        pieces = tuple(_TOKEN.findall(unicodedata.normalize("NFC", found.group())))
        key = tuple(p.casefold() for p in pieces)
        if not pieces or key in seen:
            continue
        if len(pieces) > budget:
            shortened = True
            break
        seen.add(key)
        phrases.append(pieces)
        budget -= len(pieces)
    return SearchQuery(tuple(phrases), shortened)


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a marked snippet into ``(text, is_match)`` runs, in order; no empty runs."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(snippet.split(HIGHLIGHT_START)):
        if i == 0:
            inside, _, outside = "", "", chunk
        else:
            inside, _, outside = chunk.partition(HIGHLIGHT_END)
        if inside:
            parts.append((inside, True))
        if outside:
            parts.append((outside, False))
    return parts


def plain_snippet(snippet: str, *, mark: tuple[str, str] = ("", "")) -> str:
    """The snippet as one line of text, matches wrapped in ``mark`` (e.g. ``("*", "*")``)."""
    text = "".join(f"{mark[0]}{t}{mark[1]}" if hit else t for t, hit in snippet_parts(snippet))
    return " ".join(text.split())


def find_phrases(query: SearchQuery, text: str) -> list[tuple[int, int]] | None:
    """Where every phrase of ``query`` stands in ``text``, by the index's own rules (words
    split alike, case and Unicode form ignored, å/ä/ö kept apart, the last piece a prefix):
    the ``(start, end)`` spans of the matches in ``text``, or None when a phrase is missing.

    For short texts outside the full-text index (a pair's names and organisation).
    """
    if query.empty:
        return None
    text = unicodedata.normalize("NFC", text)  # (mark_spans marks this same form)
    tokens = [(m.start(), m.end(), m.group().casefold()) for m in _TOKEN.finditer(text)]
    spans: list[tuple[int, int]] = []
    for phrase in query.phrases:
        pieces = [p.casefold() for p in phrase]
        found = False
        for first in range(len(tokens) - len(pieces) + 1):
            window = tokens[first : first + len(pieces)]
            if all(t[2] == p for t, p in zip(window[:-1], pieces[:-1], strict=True)) and (
                window[-1][2].startswith(pieces[-1])
            ):
                spans.extend((t[0], t[1]) for t in window)
                found = True
        if not found:
            return None
    return sorted(set(spans))


def mark_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span wrapped in :data:`HIGHLIGHT_START` / :data:`HIGHLIGHT_END`."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    position = 0
    for start, end in spans:
        if start < position:
            continue
        out += [text[position:start], HIGHLIGHT_START, text[start:end], HIGHLIGHT_END]
        position = end
    out.append(text[position:])
    return "".join(out)
