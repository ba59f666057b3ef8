"""Single values as Samspel stores and reads them: JSON text, dates, timestamps, ids, text.

These are the pure rules. Every reader of a stored or imported value goes through them: the
repositories when they map a row (``storage/columns.py`` says which rule fits which column),
the archive import before it writes anything, and the guide and seminar file readers. So what
an import accepts is exactly what the app can read back, by construction rather than by a second
list of rules that could drift.

Each rule raises :class:`ValidationError` with a short Swedish reason; callers add where the
value came from (a file name, a table and row).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from samspel_desktop.domain.errors import ValidationError

T = TypeVar("T")

#: Deepest nesting of arrays and objects in any JSON Samspel reads (a guide needs seven levels).
#: Checked before parsing, so deep input is refused without recursion.
MAX_JSON_DEPTH = 32
#: SQLite's INTEGER range; a larger number cannot be stored.
MAX_INTEGER = 2**63 - 1
MIN_INTEGER = -(2**63)

#: Every byte but the quote and the brackets, for ``bytes.translate`` to delete.
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_STRING = re.compile(rb'"[^"]*"')
# A \u escape of a UTF-16 surrogate: the only way JSON text can carry a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\S+")


class JsonTextError(ValidationError):
    """Text that is not JSON Samspel can read (broken, too deep, invalid characters)."""


def json_depth_exceeds(text: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON ``text`` nests arrays and objects deeper than ``limit``, found without
    parsing (so without recursion), in a few passes at C speed.

    Escaped backslashes and quotes are dropped first, then every byte but quotes and brackets,
    then what lies between quotes (a bracket inside a string does not count); the brackets left
    are walked once. Exact for valid JSON; broken JSON is reported by the parser afterwards.
    """
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    data = data.replace(b"\\\\", b"").replace(b'\\"', b"").translate(None, _NOT_STRUCTURE)
    depth = 0
    for byte in _STRING.sub(b"", data):
        if byte in b"[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(data: bytes | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON text defensively; :class:`JsonTextError` with a Swedish reason if it is bad.

    Bytes are UTF-8, with or without the byte-order mark that PowerShell 5.1 and older Notepad
    write, or UTF-16 with its byte-order mark (what PowerShell 5.1's ``Out-File`` and ``>``
    write). Nesting deeper than ``max_depth`` is refused before parsing (no ``RecursionError``);
    ``NaN``/``Infinity`` and lone surrogates (``"\\ud800"``, which no file or database can hold)
    are refused too.
    """
    scanned: bytes | str
    if isinstance(data, bytes):
        encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise JsonTextError("Texten är inte UTF-8.", detail=str(error)) from None
        scanned = data if encoding == "utf-8-sig" else text
    else:
        text = scanned = data
    # Nesting needs an opening bracket per level: with no more brackets than levels allowed
    # (most JSON held in a column) the scan is skipped.
    if text.count("[") + text.count("{") > max_depth and json_depth_exceeds(scanned, max_depth):
        raise JsonTextError(f"Strukturen är nästlad djupare än {max_depth} nivåer.")
    try:
        value = json.loads(text, parse_constant=_no_constants)
    except (ValueError, RecursionError) as error:
        raise JsonTextError("Texten är inte giltig JSON.", detail=str(error)) from None
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise JsonTextError("Texten innehåller ogiltiga tecken (ensamma UTF-16-surrogat).")
    return value


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return has_lone_surrogate(value)
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    if isinstance(value, dict):
        return any(has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    return False


def has_lone_surrogate(text: str) -> bool:
    """A UTF-16 surrogate in a Python string is always a lone one: it cannot be stored.

    Found by encoding (UTF-8 refuses surrogates), which is several times faster than a search.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def shown(value: object, limit: int = 40) -> str:
    """A value quoted for a one-line message: cut short, and safe to print."""
    if isinstance(value, str):
        text = value[: limit + 1]
    else:
        try:
            text = json.dumps(value, ensure_ascii=False)[: limit + 1]
        except (TypeError, ValueError, RecursionError):
            text = type(value).__name__
    text = _UNPRINTABLE.sub(" ", _SURROGATE.sub("\ufffd", text))
    return f"”{text[:limit]}…”" if len(text) > limit else f"”{text}”"


def parse_date(value: object) -> dt.date:
    """A stored date: ``ÅÅÅÅ-MM-DD``, exactly as ``date.isoformat()`` writes it."""
    return _parse_iso(
        value,
        _ISO_DATE,
        dt.date.fromisoformat,
        form="är inte ett datum i formen ÅÅÅÅ-MM-DD.",
        invalid="är inget giltigt datum.",
    )


def parse_timestamp(value: object) -> dt.datetime:
    """A stored point in time (``created_at`` …): ISO 8601 starting with a valid date."""
    return _parse_iso(
        value,
        _ISO_TIMESTAMP,
        dt.datetime.fromisoformat,
        form="är ingen tidpunkt i formen ÅÅÅÅ-MM-DDTtt:mm:ss.",
        invalid="är ingen giltig tidpunkt.",
    )


def _parse_iso(
    value: object,
    pattern: re.Pattern[str],
    parse: Callable[[str], T],
    *,
    form: str,
    invalid: str,
) -> T:
    """``value`` read by ``parse`` once it has the ``pattern``'s form (``form`` says so when it
    has not), ``invalid`` when it has the form but no such day or time exists."""
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise ValidationError(f"{shown(value)} {form}")
    try:
        return parse(value)
    except ValueError:
        raise ValidationError(f"{shown(value)} {invalid}") from None


def check_integer(value: object) -> int:
    """A whole number SQLite can store (``True`` is not a number here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{shown(value)} är inget heltal.")
    if not MIN_INTEGER <= value <= MAX_INTEGER:
        raise ValidationError(f"{shown(value)} är ett för stort tal.")
    return value


def check_id(value: object) -> int:
    """A row id: a positive whole number within SQLite's range (the command line takes 1 …)."""
    number = check_integer(value)
    if number < 1:
        raise ValidationError(f"{shown(value)} är inget giltigt id (ett heltal från 1).")
    return number


def check_text(value: object) -> str:
    """Text that a database, a file and a terminal can all hold."""
    if not isinstance(value, str):
        raise ValidationError(f"{shown(value)} är ingen text.")
    if has_lone_surrogate(value):
        raise ValidationError("Texten innehåller ogiltiga tecken (ensamma UTF-16-surrogat).")
    return value


#: A global id is short: 32 hex digits, or a parent's id with a natural key (``docs/exchange.md``).
MAX_GLOBAL_ID = 1000


#: A control character (C0 or DEL), which a global id must not contain.
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def check_global_id(value: object) -> str:
    """An item's global id across laptops (``gid``): non-empty text without control characters."""
    text = check_text(value)
    if not text or len(text) > MAX_GLOBAL_ID or _CONTROL.search(text):
        raise ValidationError(f"{shown(value)} är inget globalt id.")
    return text
