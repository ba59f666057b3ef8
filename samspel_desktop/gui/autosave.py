"""Debounced autosave: every change reaches the database about a second after the last keystroke.

The one autosave of the window: every page that saves as the user types (the conversation, the
agreement editor, the guide editor, the follow-up page, the seminar page) schedules its saves
here, and flushes them when the user moves on (another question, section or page, focus out,
closing the window).

Pending saves are snapshots taken at each change, so switching question or a failed save never
loses text. A save that fails with a :class:`UserFacingError` (full disk, read-only file) stays
pending, is reported once per failure streak, and is retried on a timer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from samspel_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)

#: Delay after the last change before saving (the budget is "within about a second").
SAVE_DELAY_MS = 700
RETRY_DELAY_MS = 5000


class Autosaver(QObject):
    saved = Signal(object)  # datetime of the last successful save
    failed = Signal(str)  # Swedish message
    recovered = Signal()

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], None]] = {}
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

    def schedule(self, key: str, save: Callable[[], None]) -> None:
        """Remember the newest save for ``key`` and (re)start the debounce timer."""
        self._pending[key] = save
        if not self._failing:
            self._timer.start()

    def pending_keys(self) -> set[str]:
        return set(self._pending)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Run every pending save now; True when nothing is left unsaved."""
        self._timer.stop()
        if not self._pending:
            return True
        for key, save in list(self._pending.items()):
            try:
                save()
            except UserFacingError as error:
                log.info("autosave failed for %s: %s", key, error.detail or error.message)
                self._failing = True
                self.failed.emit(error.message)
                self._retry.start()
                return False
            if self._pending.get(key) is save:
                del self._pending[key]
        if self._failing:
            self._failing = False
            self.recovered.emit()
        self.saved.emit(dt.datetime.now())
        return True
