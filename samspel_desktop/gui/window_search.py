"""The window's search: the toolbar's field searched as the user types (the newest hits at
once, then the best ones), Enter for the best hits with the focus on them, and a hit opened
where its text was written."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from samspel_desktop.gui.main_window import MainWindow
    from samspel_desktop.gui.operations import Operation, Progress
    from samspel_desktop.services.search import SearchResult

#: Search as you type starts this long after the last keystroke.
SEARCH_DELAY_MS = 150
#: Hits shown at once while typing (the ranked page follows).
FIRST_PAGE = 20


class WindowSearch(QObject):
    """Drives ``field`` for ``window`` (``window.search``)."""

    def __init__(self, window: MainWindow, field: QLineEdit) -> None:
        super().__init__(window)
        self._window = window
        self._field = field
        self._operation: Operation[SearchResult] | None = None
        field.returnPressed.connect(self.run)
        # Search as you type: a moment after the last keystroke, on the database thread; a
        # newer keystroke cancels a search still running, so a stale result never shows.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.as_you_type)
        field.textEdited.connect(self._timer.start)

    def focus(self) -> None:
        self._field.setFocus()
        self._field.selectAll()

    def clear(self) -> None:
        """Stop a search under way and empty the field."""
        self.cancel()
        self._field.clear()

    def run(self) -> Operation[SearchResult]:
        """Search for what the search field holds, best hits first; the hits get the focus."""
        self._timer.stop()
        query = self._field.text()
        return self._search(query, ranked=True, then=self._window.search_page.focus_results)

    def as_you_type(self) -> None:
        """The first hits found at once (newest first, a few ms), then the best ones."""
        query = self._field.text()
        if not query.strip():
            self.cancel()
            return
        self._search(query, ranked=False, then=lambda: self._search(query, ranked=True, then=None))

    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self._operation = None

    def _search(
        self, query: str, *, ranked: bool, then: Callable[[], object] | None
    ) -> Operation[SearchResult]:
        from samspel_desktop.gui.operations import operations_for

        self.cancel()
        window = self._window
        search = window.services.search

        def find(progress: Progress) -> SearchResult:
            if ranked:
                return search.search(query, should_stop=progress.should_stop)
            return search.search(
                query, FIRST_PAGE, should_stop=progress.should_stop, newest_first=True
            )

        def found(result: SearchResult) -> None:
            if window.ui.pages.currentWidget() is not window.search_page:
                window.flush()
            window.search_page.show_hits(query, result, ranked=ranked)
            window.ui.pages.setCurrentWidget(window.search_page)
            window.set_title(self.tr("sök: %1").replace("%1", query))
            if then is not None:
                then()

        operation = operations_for(window.services, window).run(find, parent=window, done=found)
        self._operation = operation
        return operation

    def open_hit(self, hit: object) -> None:
        """Show where a hit was written: the conversation's question, the agreement's version,
        the follow-up's entry, the seminar or the pair."""
        from samspel_desktop.services.search import SearchHit

        if not isinstance(hit, SearchHit):
            return
        window = self._window
        family = hit.kind.split(".", 1)[0]
        if family == "pair" and hit.pair_id is not None:
            window.show_start_page()
            window.start_page.refresh(select_pair=hit.pair_id)
        elif hit.conversation_id is not None and family in ("answer", "conversation", "commitment"):
            window.show_conversation(hit.conversation_id, hit.question_key or None)
        elif family in ("seminar_answer", "seminar_synthesis") and hit.target_id is not None:
            window.show_seminars(hit.target_id)
        elif hit.pair_id is not None and family in ("agreement", "remiss"):
            window.show_agreement(hit.pair_id)
            editor = window.agreement_page.editor
            if editor is not None and hit.target_id is not None:
                editor.reload(hit.target_id)
        elif hit.pair_id is not None:
            window.show_follow_up(hit.pair_id)
            if family == "greyzone" and hit.target_id is not None:
                window.follow_up_page.select_entry(hit.target_id)
            elif family == "commitment":
                window.follow_up_page.ui.tabs.setCurrentWidget(
                    window.follow_up_page.ui.commitmentsTab
                )
