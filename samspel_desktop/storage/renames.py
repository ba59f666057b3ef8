"""Renames that another program may block for a moment (Windows), without loading SQLite.

On Windows a file that another program holds open cannot be renamed onto or away: Word keeps an
open document locked; antivirus, backup agents and OneDrive open files they see change and let
go within a second. Both the database's renames (storage) and saved documents (services/files)
retry here; this module imports nothing heavy, as the crash handler needs it at start-up.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

#: Windows errors for a file another program holds open (Word, antivirus, backup agent,
#: OneDrive, Samspel itself): ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
ERROR_ACCESS_DENIED = 5
_WINERROR_IN_USE = (ERROR_ACCESS_DENIED, 32, 33)
#: Pauses between the attempts to rename onto or away from a held file (about 1.5 s in all):
#: long enough for a scanner or a sync client to let go, short enough for the user who waits.
REPLACE_RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.75)


def in_use(error: OSError) -> bool:
    """Whether Windows refused because another program holds the file open."""
    return getattr(error, "winerror", None) in _WINERROR_IN_USE


def replace_retrying(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    replace: Callable[[str | os.PathLike[str], str | os.PathLike[str]], None] | None = None,
    sleep: Callable[[float], None] | None = None,
) -> None:
    """``os.replace``, retried for a moment while another program holds one of the files.

    Word keeps an open document locked; antivirus and backup agents open files they see change
    and let go within a second. ``replace`` and ``sleep`` default to ``os.replace`` and
    ``time.sleep``.
    """
    replace = replace or os.replace
    sleep = sleep or time.sleep
    for delay in (*REPLACE_RETRY_DELAYS, None):
        try:
            replace(source, target)
            return
        except OSError as error:
            if delay is None or not in_use(error):
                raise
        sleep(delay)
