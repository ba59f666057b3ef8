"""Autosave: every change reaches the database within about a second of being typed.

The one autosave of the window: every page that saves as the user types (the conversation, the
agreement editor, the guide editor, the follow-up page, the seminar page) schedules its saves
here, and flushes them when the user moves on (another question, section or page, focus out,
closing the window). The timer starts at the first change not yet sent and is not restarted by
later ones, so a user who types on without a pause is saved every :data:`SAVE_DELAY_MS` too
(a text typed a second before a crash is on disk).

A save is a snapshot taken at each change: ``write`` calls services with the values as they
were typed (it runs on the database thread, ``gui/operations.py``, and must not touch widgets);
``then`` gets its result back on the GUI thread. The debounce timer queues the writes without
waiting: typing never waits for the disk. :meth:`Autosaver.flush` (moving on, closing) queues
them and waits for the database to acknowledge them, painting meanwhile, for at most
:data:`FLUSH_TIMEOUT_MS`. The database thread runs everything in the order it was asked, so
a read after a flush sees what was saved.

An answer's save is durable at its commit; its search entry and exchange version are derived
data, brought up to date on the database thread shortly after (:data:`CATCH_UP_DELAY_MS`) in
their own transaction, and before anything reads them (``storage/derived.py``).

A save stays pending until the database acknowledged it, so switching question, a failed save
or a slow disk never loses text. A save that fails with a :class:`UserFacingError` (full disk,
read-only file) is reported once per failure streak and retried on a timer.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.gui.operations import BLOCK_MS, operations_for
from samspel_desktop.services.samspel import Samspel

log = logging.getLogger(__name__)

#: Delay after the first unsent change before saving (the budget is "within about a second").
SAVE_DELAY_MS = 700
RETRY_DELAY_MS = 5000
#: Delay after the first save not yet caught up before the database thread brings the search
#: index and the exchange's versions up to date (``Samspel.catch_up``). Nothing reads them
#: stale meanwhile: a search, an exchange or any other save catches up first.
CATCH_UP_DELAY_MS = 250
#: The longest a flush waits for the disk before it reports the text as not (yet) saved.
FLUSH_TIMEOUT_MS = 10_000


@dataclass(eq=False)
class _Save:
    key: str
    write: Callable[[], Any]
    then: Callable[[Any], None] | None
    future: Future[Any] | None = field(default=None)


def _catch_up(services: Samspel) -> None:
    """On the database thread, behind the saves. A failure (a full disk) leaves the markers in
    place: the next search, exchange or other save brings the derived data up to date first
    and reports what stops it."""
    try:
        services.catch_up()
    except UserFacingError as error:
        log.info("autosave: derived data not brought up to date: %s", error.detail)


class Autosaver(QObject):
    saved = Signal(object)  # datetime of the last successful save
    failed = Signal(str)  # Swedish message
    recovered = Signal()

    def __init__(
        self, parent: QObject, services: Samspel, *, delay_ms: int = SAVE_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self._ops = operations_for(services, self)
        self._pending: dict[str, _Save] = {}
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._send)
        # Started by the first save sent since the last catch-up, not restarted by later ones:
        # a burst of saves (moving on, closing) is caught up once, after it, and the next
        # keystroke's save never waits behind a catch-up.
        self._catch_up_timer = QTimer(self)
        self._catch_up_timer.setSingleShot(True)
        self._catch_up_timer.setInterval(CATCH_UP_DELAY_MS)
        self._catch_up_timer.timeout.connect(self._queue_catch_up)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self._send)

    def schedule(
        self, key: str, write: Callable[[], Any], then: Callable[[Any], None] | None = None
    ) -> None:
        """Remember the newest save for ``key``; it is sent at the latest :data:`SAVE_DELAY_MS`
        after the first change not yet sent.

        ``write`` runs on the database thread (services only, no widgets); ``then(result)``
        on the GUI thread once it is saved (not for a save overtaken by a newer one).
        """
        self._pending[key] = _Save(key, write, then)
        if not self._failing and not self._timer.isActive():
            self._timer.start()

    def pending_keys(self) -> set[str]:
        return set(self._pending)

    def has_pending(self) -> bool:
        return bool(self._pending)

    def _send(self) -> list[_Save]:
        """Queue every pending save not already on its way; the saves on their way."""
        self._timer.stop()
        unsent = [s for s in self._pending.values() if s.future is None]
        # Qt's timers first: a call into Qt lets the database thread take Python's lock
        # (the GIL) and hand it back, and after the first save is queued, every such
        # hand-over delays it by a thread wake-up.
        if unsent and not self._catch_up_timer.isActive():
            self._catch_up_timer.start()
        for save in unsent:
            save.future = self._ops.queue(save.write, self._settler(save))
        return [s for s in self._pending.values() if s.future is not None]

    def _queue_catch_up(self) -> None:
        """The search index and the exchange's versions of what the saves wrote, in their own
        transaction behind them (the saves were durable before it)."""
        services = self._ops.real_services
        try:
            self._ops.queue(lambda: _catch_up(services))
        except RuntimeError:  # the data folder closed meanwhile, and caught up as it closed
            log.debug("autosave: no catch-up queued, the database thread has ended")

    def flush(self) -> bool:
        """Save every pending change now and wait for the disk; True when nothing is left
        unsaved (False: failed or not acknowledged within :data:`FLUSH_TIMEOUT_MS`)."""
        sent = self._send()
        if not sent:
            return not self._failing
        # A save is usually on disk within a few milliseconds: waiting for it on the spot first
        # (as a blocking call does, BLOCK_MS) spares the round trip through a local event loop.
        futures.wait([s.future for s in sent if s.future is not None], timeout=BLOCK_MS / 1000)
        answered = self._ops.wait_until(
            lambda: all(s.future is None or s.future.done() for s in sent), FLUSH_TIMEOUT_MS
        )
        for save in sent:
            self._settle(save)
        if not answered:
            log.warning("autosave: the disk did not answer within %d ms", FLUSH_TIMEOUT_MS)
            self._report(
                QCoreApplication.translate(
                    "Autosaver", "Disken svarar inte, så texten är inte sparad än."
                )
            )
            return False
        return not self._pending

    def _settler(self, save: _Save) -> Callable[[Future[Any]], None]:
        return lambda _future: self._settle(save)

    def _settle(self, save: _Save) -> None:
        """Take note of a save the database has run (once; any later call does nothing)."""
        future = save.future
        if future is None or not future.done():
            return
        save.future = None
        error = future.exception()
        current = self._pending.get(save.key) is save
        if error is None:
            if current:
                del self._pending[save.key]
                if save.then is not None:
                    save.then(future.result())
            if not any(s.future is not None for s in self._pending.values()):
                if self._failing and not self._pending:
                    self._failing = False
                    self.recovered.emit()
                if not self._failing:
                    self.saved.emit(dt.datetime.now())
            return
        if not isinstance(error, UserFacingError):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        log.info("autosave failed for %s: %s", save.key, error.detail or error.message)
        self._report(error.message)

    def _report(self, message: str) -> None:
        if not self._failing:
            self._failing = True
            self.failed.emit(message)
        self._retry.start()
