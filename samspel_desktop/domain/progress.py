"""How long work tells its caller how far it has come, and how the caller stops it.

A use case that can take a while (a backup, a restore, a Word export) takes an optional
``progress`` callable and calls ``progress(done, total)`` at each real step of the work (pages
copied, sections written). The caller may raise :class:`~samspel_desktop.domain.errors.
CancelledError` from it to stop the work; whatever was half done is then undone (a
half-written file is removed, a transaction rolled back). The window shows these steps
(``gui/operations.py``); the command line passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(done, total)``: ``done`` of ``total`` steps are done; may raise to stop.
Progress = Callable[[int, int], None]
