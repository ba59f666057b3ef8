"""The operations layer: the window never waits for the database or the disk.

One **database thread** owns the open data folder. Every service call the window makes runs
there, in the order it was made, so a read after a save sees the save, and the GUI thread never
runs a statement of SQL (a test records the thread of every statement). Three ways to use it:

``ops.services`` – the services as the window sees them (typed as :class:`Samspel`): each
    method call runs on the database thread while the caller waits. For the short reads a page
    makes as it fills (a pair, a conversation's answers): a few milliseconds. The caller does
    not freeze while it waits: after :data:`BLOCK_MS` the wait goes on in a local event loop
    that paints and runs timers but holds back the user's input (it is delivered afterwards,
    nothing typed is lost); after :data:`NOTICE_MS` it says "Väntar på databasen…" (a lock
    held by another program, a slow network folder). Operations finishing meanwhile are
    delivered when the wait is over, so a page's slot is never re-entered half way.

:meth:`Operations.run` – a use case that may take a while (start page, search, backup,
    restore, Word export, import): it runs on the database thread (or ``beside`` it, see
    below) and its result comes back to the GUI thread through ``done``; a
    :class:`UserFacingError` goes to the window's one error display
    (:func:`gui.errors.show_error`) unless ``failed`` takes it; anything else is a crash
    (``sys.excepthook``: the crash dialog). With ``progress=`` it shows a progress dialog after
    :data:`SHOW_PROGRESS_AFTER_MS` with the real steps the service reports (pages copied,
    sections written); with ``quiet=`` a message in the status bar. Cancelling sets a flag the
    job's :class:`Progress` raises :class:`CancelledError` from at its next step, and a
    cancelled operation's ``done`` is never called (a stale search never shows).

:meth:`Operations.queue` – a write whose outcome comes back as a :class:`Future` (the
    autosave, :mod:`gui.autosave`): queued in order behind everything asked before it.

Why one serial thread rather than a pool with a connection each: SQLite allows one writer at a
time anyway, one connection keeps the order of saves and reads without locks, and it makes
"the GUI thread never touches the connection" something a test can prove. Long work that has
a connection of its own runs ``beside`` it on a small pool and leaves the database thread free
for the user's typing: the daily backup (copied from a snapshot the database thread takes,
``DataFolderService.prepare_daily_backup``) and the wait for the start-up integrity check.
Everything else that is long (restore, exports) runs on the database thread behind a modal
progress dialog, during which there is nothing to type into.

Compare Anki's ``CollectionOp``/``QueryOp`` over ``taskman.run_in_background``
(``qt/aqt/operations``): the same split into a serial collection executor and a free pool.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from types import FunctionType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThread, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QProgressBar,
    QProgressDialog,
    QWidget,
)

from samspel_desktop.domain.errors import CancelledError, UserFacingError

if TYPE_CHECKING:
    from samspel_desktop.services.samspel import Samspel

log = logging.getLogger(__name__)

T = TypeVar("T")

#: A blocking call waits this long on the spot before it waits in a local event loop (paints).
BLOCK_MS = 5
#: After this long a blocking call says "Väntar på databasen…".
NOTICE_MS = 300
#: An operation with ``progress=`` shows its dialog only when it takes longer than this.
SHOW_PROGRESS_AFTER_MS = 300
#: A progress bar's text: the share done with a space before the sign ("40 %").
PERCENT_FORMAT = "%p %"
#: How often the progress shown is brought up to date.
_PROGRESS_TICK_MS = 100


class Progress:
    """Given to an operation's job: report steps (``progress(done, total)``), and ask whether
    to stop. Raising :class:`CancelledError` at a step is how a service stops safely (see
    :mod:`samspel_desktop.domain.progress`). Thread-safe."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.done = 0
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        if self._stop.is_set():
            raise CancelledError(QCoreApplication.translate("Operations", "Avbrutet."))

    def should_stop(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()


class Operation(Generic[T]):
    """A use case under way; :meth:`cancel` stops it (its ``done`` is then never called)."""

    def __init__(self, future: Future[T], progress: Progress) -> None:
        self.future = future
        self.progress = progress
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True
        self.progress.stop()


class _Inbox(QObject):
    """Carries the wake-ups of worker threads to the GUI thread (posted events).

    One per process, made on the GUI thread and never deleted: a worker may post at any moment,
    also while the window that owned an :class:`Operations` is being deleted on the GUI thread,
    and posting to a ``QObject`` another thread is deleting crashes the process. The receiving
    :class:`Operations` waits in the inbox's queue and is checked on the GUI thread, where it is
    deleted.

    A posted event rather than a queued signal: the connection type would be the first use of
    Qt's ``Qt`` namespace, whose ~100 enums take ~15 ms to set up, and the start page needs
    nothing else from it (BENCHMARKS.md). Posting is queued from any thread, the GUI thread too.
    """

    _WAKE = QEvent.Type(QEvent.registerEventType())

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._waiting: list[Operations] = []

    def post(self, ops: Operations) -> None:
        """Have ``ops`` deliver on the GUI thread, once for each post (from any thread)."""
        with self._lock:
            self._waiting.append(ops)
        QCoreApplication.postEvent(self, QEvent(self._WAKE))

    def customEvent(self, event: QEvent) -> None:
        with self._lock:
            if not self._waiting:
                return
            ops = self._waiting.pop(0)
        if shiboken6.isValid(ops):
            ops._deliver()


_INBOX: list[_Inbox] = []  # the process's one inbox, once an Operations was made


def _inbox() -> _Inbox:
    if not _INBOX:
        _INBOX.append(_Inbox())
    return _INBOX[0]


class Operations(QObject):
    """The database thread and the pool beside it for one open data folder (see the module).

    Built with the open services, or without (the app's start-up) and given them with
    :meth:`adopt` once the database thread has opened them.
    """

    def __init__(self, services: Samspel | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._proxy = cast("Samspel", _Remote(self, lambda: self.real_services, "services"))
        self._database_ident: int | None = None
        self._database = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="samspel-database", initializer=self._note_thread
        )
        self._beside = ThreadPoolExecutor(max_workers=2, thread_name_prefix="samspel-beside")
        # Queued even from the GUI thread: a job's outcome never arrives inside the call that
        # started it, and a worker's post wakes a wait (wait_until) as an event.
        self._inbox = _inbox()
        self._lock = threading.Lock()
        self._closures: list[Callable[[], None]] = []
        self._waiting = 0
        self._notice: QProgressDialog | None = None
        self._closed = False
        self._running: set[Operation[Any]] = set()

    # --- the services -------------------------------------------------------------------

    @property
    def services(self) -> Samspel:
        """The services as the GUI thread uses them: every call runs on the database thread."""
        return self._proxy

    @property
    def real_services(self) -> Samspel:
        """The services themselves: for jobs on the database thread only."""
        assert self._services is not None, "Operations used before adopt()"
        return self._services

    def adopt(self, services: Samspel) -> None:
        """The services opened on the database thread (start-up, after a recovery)."""
        self._services = services

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ended the threads (nothing more can be queued)."""
        return self._closed

    def on_database_thread(self) -> bool:
        return threading.get_ident() == self._database_ident

    def _note_thread(self) -> None:
        self._database_ident = threading.get_ident()

    # --- blocking calls -----------------------------------------------------------------

    def call(self, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """``function(*args, **kwargs)`` on the database thread; its result (or exception).

        On the database thread itself it runs at once. On the GUI thread the wait keeps the
        window painting (see the module).
        """
        if self.on_database_thread():
            return function(*args, **kwargs)
        future = self._database.submit(function, *args, **kwargs)
        self._wait_for(future)
        error = future.exception()
        if error is None:
            return future.result()
        # The exception's traceback holds this frame: without the exception or its future in
        # the frame, no reference cycle keeps the caller's widgets alive until a garbage
        # collection that may come in the middle of Qt's event dispatch (and delete them there).
        del future
        try:
            raise error
        finally:
            del error

    def _wait_for(self, future: Future[Any]) -> None:
        if QCoreApplication.instance() is None or not self._on_gui_thread():
            wait([future])
            return
        wait([future], timeout=BLOCK_MS / 1000)
        if future.done():
            return
        future.add_done_callback(lambda _f: self._wake())  # wakes the wait
        self.wait_until(future.done)

    @staticmethod
    def _on_gui_thread() -> bool:
        app = QCoreApplication.instance()
        return app is not None and app.thread() is QThread.currentThread()

    def wait_until(self, condition: Callable[[], bool], timeout_ms: int | None = None) -> bool:
        """Keep the window painting (not taking input) until ``condition()`` holds or
        ``timeout_ms`` passed; whether it holds. Says "Väntar på databasen…" after a moment.

        ``condition`` must become true by other threads' work (a future finishing): the
        operations finishing meanwhile are delivered after the wait.
        """
        if condition():
            return True
        started = time.monotonic()
        loop = QEventLoop()
        wake = QTimer()
        wake.setInterval(NOTICE_MS // 3)  # also wakes the loop to show the notice, or time out
        wake.start()
        self._waiting += 1
        try:
            while not condition():
                waited = (time.monotonic() - started) * 1000
                if timeout_ms is not None and waited >= timeout_ms:
                    return False
                if waited >= NOTICE_MS:
                    self._show_notice()
                loop.processEvents(
                    QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
                    | QEventLoop.ProcessEventsFlag.WaitForMoreEvents
                )
            return True
        finally:
            wake.stop()
            self._waiting -= 1
            if self._waiting == 0:
                self._hide_notice()
                if self._closures:
                    QTimer.singleShot(0, self, self._deliver)

    def _show_notice(self) -> None:
        if self._notice is not None:
            return
        parent = QApplication.activeWindow()
        notice = QProgressDialog(
            QCoreApplication.translate("Operations", "Väntar på databasen…"), "", 0, 0, parent
        )
        notice.setCancelButton(None)
        notice.setWindowTitle(QCoreApplication.translate("Operations", "Samspel"))
        notice.setMinimumDuration(0)
        notice.setAutoClose(False)
        notice.setAutoReset(False)
        notice.show()
        self._notice = notice
        log.info("waiting for the database")

    def _hide_notice(self) -> None:
        if self._notice is not None:
            self._notice.close()
            self._notice.deleteLater()
            self._notice = None

    # --- operations ---------------------------------------------------------------------

    def queue(
        self, function: Callable[[], T], settled: Callable[[Future[T]], None] | None = None
    ) -> Future[T]:
        """Run ``function`` on the database thread after everything queued before it.

        ``settled(future)`` is called on the GUI thread when it has run (not during a wait).
        """
        future = self._database.submit(function)
        if settled is not None:
            future.add_done_callback(lambda f: self._post(lambda: settled(f)))
        return future

    def run(
        self,
        job: Callable[[Progress], T],
        *,
        parent: QWidget | None,
        done: Callable[[T], object] | None = None,
        failed: Callable[[UserFacingError], object] | None = None,
        progress: str | None = None,
        quiet: str | None = None,
        cancellable: bool = False,
        beside: bool = False,
    ) -> Operation[T]:
        """Run ``job(progress)`` off the GUI thread; ``done(result)`` back on it.

        ``beside`` runs it on the pool beside the database thread: only for work that does
        not use the data folder's connection (see the module). ``progress`` is the label of
        a progress dialog (``cancellable`` gives it a cancel button); ``quiet`` a message
        shown in ``parent``'s window's status bar meanwhile.
        """
        reporter = Progress()
        executor = self._beside if beside else self._database
        future: Future[T] = executor.submit(job, reporter)
        operation = Operation(future, reporter)
        self._running.add(operation)
        display = _Display(operation, parent, progress, quiet, cancellable)
        future.add_done_callback(
            lambda f: self._post(lambda: self._finish(operation, display, parent, done, failed))
        )
        return operation

    def _finish(
        self,
        operation: Operation[T],
        display: _Display,
        parent: QWidget | None,
        done: Callable[[T], object] | None,
        failed: Callable[[UserFacingError], object] | None,
    ) -> None:
        operation.finished = True
        self._running.discard(operation)
        display.close()
        if (
            operation.cancelled
            or operation.future.cancelled()  # never started: the folder closed first
            or (parent is not None and not shiboken6.isValid(parent))
        ):
            return
        error = operation.future.exception()
        if error is None:
            if done is not None:
                done(operation.future.result())
            return
        if isinstance(error, UserFacingError):
            if failed is not None:
                failed(error)
            elif not isinstance(error, CancelledError):
                from samspel_desktop.gui.errors import show_error

                show_error(parent, error)
            return
        sys.excepthook(type(error), error, error.__traceback__)

    def _post(self, closure: Callable[[], None]) -> None:
        """Run ``closure`` on the GUI thread (from any thread)."""
        with self._lock:
            self._closures.append(closure)
        self._wake()

    def _wake(self) -> None:
        """Have the GUI thread deliver (from any thread; nothing once the window is gone)."""
        self._inbox.post(self)

    def _deliver(self) -> None:
        if self._waiting:
            return  # after the wait (see wait_until)
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            closure()

    def cancel_all(self) -> None:
        """Cancel every operation under way (the window closes): none of them is delivered.
        Writes queued with :meth:`queue` (the autosave) are not affected."""
        for operation in list(self._running):
            operation.cancel()

    def wait_idle(self, timeout_ms: int | None = None) -> bool:
        """Wait (painting) until everything queued so far on the database thread has run."""
        marker = self._database.submit(lambda: None)
        return self.wait_until(marker.done, timeout_ms)

    def close(self) -> None:
        """Close the services on the database thread and end the threads (when the app ends)."""
        if self._closed:
            return
        self._closed = True
        if self._services is not None:
            services = self._services
            try:
                self.call(services.close)
            except Exception:
                log.exception("closing the database failed")
        self._database.shutdown(wait=True)
        self._beside.shutdown(wait=False, cancel_futures=True)


class _Display:
    """How an operation is shown while it runs: a progress dialog, a status-bar line, or not."""

    def __init__(
        self,
        operation: Operation[Any],
        parent: QWidget | None,
        label: str | None,
        quiet: str | None,
        cancellable: bool,
    ) -> None:
        self._operation = operation
        self._parent = parent
        self._label = label
        self._quiet = quiet
        self._cancellable = cancellable
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        if label is None and quiet is None:
            return
        self._timer = QTimer()
        self._timer.setInterval(_PROGRESS_TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._started = time.monotonic()
        if quiet is not None:
            self._status(quiet)

    def _window(self) -> QMainWindow | None:
        if self._parent is None or not shiboken6.isValid(self._parent):
            return None
        window = self._parent.window()
        return window if isinstance(window, QMainWindow) else None

    def _status(self, text: str) -> None:
        window = self._window()
        if window is not None:
            window.statusBar().showMessage(text)

    def _tick(self) -> None:
        if self._operation.finished:
            return
        progress = self._operation.progress
        if self._quiet is not None:
            share = f" {100 * progress.done // progress.total} %" if progress.total else ""
            self._status(self._quiet + share)
            return
        if self._dialog is None:
            if (time.monotonic() - self._started) * 1000 < SHOW_PROGRESS_AFTER_MS:
                return
            self._dialog = self._make_dialog()
        if progress.total:
            self._dialog.setMaximum(progress.total)
            self._dialog.setValue(min(progress.done, progress.total))

    def _make_dialog(self) -> QProgressDialog:
        parent = (
            self._parent if self._parent is not None and shiboken6.isValid(self._parent) else None
        )
        cancel = QCoreApplication.translate("Operations", "Avbryt") if self._cancellable else ""
        dialog = QProgressDialog(self._label or "", cancel, 0, 0, parent)
        bar = QProgressBar(dialog)
        bar.setFormat(PERCENT_FORMAT)  # "40 %", as Swedish writes it (and the status bar)
        dialog.setBar(bar)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(QCoreApplication.translate("Operations", "Samspel"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        from PySide6.QtCore import Qt  # (here: see _Inbox)

        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self._cancel)
        dialog.show()
        return dialog

    def _cancel(self) -> None:
        self._operation.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QCoreApplication.translate("Operations", "Avbryter…"))

    def close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        window = self._window()
        if (
            self._quiet is not None
            and window is not None
            and window.statusBar().currentMessage().startswith(self._quiet)
        ):
            window.statusBar().clearMessage()


class _Remote:
    """An object of the services seen from the GUI thread: each method call runs on the
    database thread (:meth:`Operations.call`); a property is read there; a service reached
    through another (``guides.editing``) is wrapped in turn. Values come back as they are:
    frozen records."""

    def __init__(self, ops: Operations, target: Callable[[], object], name: str) -> None:
        self._ops = ops
        self._target = target
        self._name = name

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        target = self._target()
        attribute = inspect.getattr_static(target, name)
        if isinstance(attribute, FunctionType):
            method = getattr(target, name)
            remote = functools.wraps(method)(functools.partial(self._ops.call, method))
            return remote
        if isinstance(attribute, (staticmethod, classmethod)):
            return getattr(target, name)  # no state: runs where it is called
        value = self._ops.call(getattr, target, name)
        if _is_service(value):
            return _Remote(self._ops, lambda: value, f"{self._name}.{name}")
        return value

    def __repr__(self) -> str:
        return f"<{self._name} on the database thread>"


def _is_service(value: object) -> bool:
    """Whether ``value`` is a service object (to be used through the database thread too):
    an object of a services module that is not a record (services return frozen dataclasses)."""
    return (
        type(value).__module__.startswith("samspel_desktop.services.")
        and not dataclasses.is_dataclass(value)
        and not isinstance(value, (enum.Enum, BaseException, type))
    )


def operations_for(services: Samspel, owner: QObject) -> Operations:
    """The operations behind ``services``: those of the window's proxy, or new ones (owned by
    ``owner``) over services given directly (a dialog built on its own)."""
    if isinstance(services, _Remote):
        return services._ops
    return Operations(services, owner)


def remote(services: Samspel, owner: QObject) -> Samspel:
    """``services`` as the GUI thread uses them (see :func:`operations_for`)."""
    return operations_for(services, owner).services
