"""The start-up probe of ``drive_app.py`` and ``bare_qt.py``: the first frame the main window
paints once a milestone holds, watched from outside the program.

The probe watches the window, not every object. An application-wide Python event filter has
PySide wrap every object an event reaches (a table's header, its scroll bars, the splitter's
handle, a label) and set up each new class with all its enums on first sight: about 35 ms at
the app's start page with its ~30 widget classes, against a few milliseconds for the bare
window's three, a cost no user pays (the app installs no such filter). So the probe filters
the whole application only until a top-level widget is shown (the main window, the first in
both programs), and from then on that window alone.

A frame is painted while the window handles an ``UpdateRequest`` (or, for the first frame,
an expose that sends it its ``Paint``): at the first of either once ``ready()`` holds, the
report is queued, so it runs on the next turn of the event loop, after the whole frame. (An
update request that comes before the window is exposed paints nothing and does not count.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_FRAME_EVENTS = (QEvent.Type.Paint, QEvent.Type.UpdateRequest)


class FirstFrame(QObject):
    """Calls ``report()`` after the first frame of the main window once ``ready()`` holds."""

    def __init__(
        self, app: QApplication, ready: Callable[[], bool], report: Callable[[], None]
    ) -> None:
        super().__init__(app)
        self._app = app
        self._ready = ready
        self._report = report
        self._window: QObject | None = None
        self._done = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._window is None:
            # The first top-level widget shown: the main window (in both programs).
            if kind == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
                self._window = watched
                self._app.removeEventFilter(self)
                watched.installEventFilter(self)
            return False
        if not self._done and self._painting(kind) and self._ready():
            self._done = True
            QTimer.singleShot(0, self._report)  # after the whole frame
        return False

    def _painting(self, kind: QEvent.Type) -> bool:
        """Whether the window paints a frame as it handles this event (an update request is
        only painted once the window is exposed)."""
        if kind == QEvent.Type.Paint:
            return True
        if kind != QEvent.Type.UpdateRequest or not isinstance(self._window, QWidget):
            return False
        handle = self._window.windowHandle()
        return handle is not None and handle.isExposed()
