"""Reading a JSON file the user gives (a guide, a seminar file, an archive), defensively.

One way for all of them: the size is checked before anything is read, the bytes are parsed by
``domain.values.parse_json`` (a byte-order mark is fine, nesting deeper than any Samspel file
needs is refused before parsing), and every problem is one Swedish message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from samspel_desktop.domain.errors import UserFacingError, ValidationError
from samspel_desktop.domain.values import JsonTextError, parse_json


def read_json_file(
    path: Path,
    max_bytes: int,
    *,
    what: str,
    not_valid: str,
    error: type[UserFacingError] = ValidationError,
) -> Any:
    """The parsed content of ``path``, or ``error`` in Swedish.

    ``what`` ends "Filen är för stor för att vara …" (e.g. "en samtalsguide"); ``not_valid``
    ends "Filen NAMN är inte …: REASON" (e.g. "en giltig guidefil (JSON i UTF-8)").
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error(f"Filen är för stor för att vara {what} ({size} byte).")
        raw = path.read_bytes()
    except OSError as problem:
        raise error(f"Filen {path} gick inte att läsa.", detail=str(problem)) from problem
    try:
        return parse_json(raw)
    except JsonTextError as problem:
        raise error(
            f"Filen {path.name} är inte {not_valid}: {problem.message}", detail=problem.detail
        ) from None
