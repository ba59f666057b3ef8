"""The inline formatting of an agreement's paragraphs and list items, as stored.

A paragraph's or list item's text (``Block.text``, ``Block.items``) is *markup*: ``**`` turns
bold on and off, ``*`` italic, and a backslash makes the next ``*`` or backslash literal text.
Every other character is itself. The editor, the Word import and the Word export all go
through :func:`markup_runs` and :func:`runs_to_markup`, so what a user sees in the editor is
what the stored text says and what Word gets: a typed ``**`` or ``2. `` is text, never
formatting.

:func:`runs_to_markup` writes the one *canonical* form of a text: neighbouring runs with the
same formatting joined, empty runs dropped, every literal ``*`` escaped, a backslash escaped
only where it would otherwise escape what follows (``C:\\mapp`` stays as typed). For canonical
markup ``runs_to_markup(markup_runs(m)) == m``.

Texts stored before this format (``legacy``) knew only ``**bold**``, and any other asterisk was
text; :func:`legacy_to_markup` reads them with those rules (storage marks which is which).
Subheadings (``BlockType.SUBHEADING``) are plain text, not markup: Word's heading style
decides how they look.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from samspel_desktop.domain.record import Record, record
from samspel_desktop.domain.text import bold_runs


@record
class Run(Record):
    """A stretch of text with one formatting."""

    text: str
    bold: bool = False
    italic: bool = False


# Token kinds of the parser: literal text, a bold toggle, an italic toggle.
_TEXT, _BOLD, _ITALIC = 0, 1, 2


def _tokens(markup: str) -> list[tuple[int, str]]:
    tokens: list[tuple[int, str]] = []
    i, n = 0, len(markup)
    start = 0

    def text_until(end: int) -> None:
        if end > start:
            tokens.append((_TEXT, markup[start:end]))

    while i < n:
        ch = markup[i]
        if ch == "\\" and i + 1 < n and markup[i + 1] in "\\*":
            text_until(i)
            tokens.append((_TEXT, markup[i + 1]))
            i += 2
            start = i
        elif ch == "*":
            text_until(i)
            j = i
            while j < n and markup[j] == "*":
                j += 1
            stars = j - i
            tokens.extend([(_BOLD, "**")] * (stars // 2))
            if stars % 2:
                tokens.append((_ITALIC, "*"))
            i = start = j
        else:
            i += 1
    text_until(n)
    return tokens


def markup_runs(markup: str) -> list[Run]:
    """The formatted runs of ``markup``: neighbours with the same formatting joined, no empty
    runs. An unpaired toggle (the last of an odd number) is literal text."""
    if "*" not in markup and "\\" not in markup:
        return [Run(markup)] if markup else []  # most text (faster)
    tokens = _tokens(markup)
    literal_last: set[int] = set()
    for kind in (_BOLD, _ITALIC):
        positions = [i for i, (k, _) in enumerate(tokens) if k == kind]
        if len(positions) % 2:
            literal_last.add(positions[-1])
    runs: list[Run] = []
    bold = italic = False
    for index, (kind, value) in enumerate(tokens):
        if kind == _BOLD and index not in literal_last:
            bold = not bold
        elif kind == _ITALIC and index not in literal_last:
            italic = not italic
        elif runs and runs[-1].bold == bold and runs[-1].italic == italic:
            runs[-1] = Run(runs[-1].text + value, bold, italic)
        else:
            runs.append(Run(value, bold, italic))
    return runs


def _escaped(text: str, next_is_special: bool) -> str:
    """``text`` as literal markup; ``next_is_special`` when a toggle or escape follows it."""
    if "*" not in text and "\\" not in text:
        return text  # most text (faster)
    out: list[str] = []
    for index, ch in enumerate(text):
        if ch == "*":
            out.append("\\*")
        elif ch == "\\":
            following = text[index + 1] if index + 1 < len(text) else None
            special = following in ("*", "\\") if following is not None else next_is_special
            out.append("\\\\" if special else "\\")
        else:
            out.append(ch)
    return "".join(out)


def runs_to_markup(runs: Iterable[Run]) -> str:
    """The canonical markup of ``runs`` (see the module's description)."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and merged[-1].bold == run.bold and merged[-1].italic == run.italic:
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic)
        else:
            merged.append(run)
    out: list[str] = []
    bold = italic = False
    for index, run in enumerate(merged):
        out.append(("**" if run.bold != bold else "") + ("*" if run.italic != italic else ""))
        bold, italic = run.bold, run.italic
        following = merged[index + 1] if index + 1 < len(merged) else None
        # A toggle follows: the next run's (its formatting differs) or the closing ones.
        out.append(_escaped(run.text, following is not None or bold or italic))
    out.append(("**" if bold else "") + ("*" if italic else ""))
    return "".join(out)


def escape_markup(text: str) -> str:
    """Plain ``text`` as markup that shows exactly it (no formatting)."""
    return runs_to_markup([Run(text)])


def markup_text(markup: str) -> str:
    """What ``markup`` shows, without its formatting (for comparisons, search and previews)."""
    return "".join(run.text for run in markup_runs(markup))


def legacy_to_markup(text: str) -> str:
    """A text stored before this format (only ``**bold**``; other asterisks were text)."""
    return runs_to_markup(Run(part, bold) for part, bold in bold_runs(text))


def stripped_runs(runs: list[Run]) -> list[Run]:
    """``runs`` without the whitespace at the start of the first and the end of the last."""
    out = [run for run in runs if run.text]
    while out and not out[0].text.lstrip():
        out.pop(0)
    while out and not out[-1].text.rstrip():
        out.pop()
    if out:
        out[0] = dataclasses.replace(out[0], text=out[0].text.lstrip())
        out[-1] = dataclasses.replace(out[-1], text=out[-1].text.rstrip())
    return out


_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs(runs: list[Run]) -> list[list[Run]]:
    """Split ``runs`` where the text has a blank line (a new paragraph in Word and PDF); each
    part stripped, empty parts left out."""
    text = "".join(run.text for run in runs)
    cuts = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    bounds = [0, *(x for cut in cuts for x in cut), len(text)]
    parts: list[list[Run]] = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        pieces: list[Run] = []
        position = 0
        for run in runs:
            left, right = max(start, position), min(end, position + len(run.text))
            if left < right:
                piece = run.text[left - position : right - position]
                pieces.append(dataclasses.replace(run, text=piece))
            position += len(run.text)
        part = stripped_runs(pieces)
        if part:
            parts.append(part)
    return parts
