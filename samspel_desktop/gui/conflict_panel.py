"""Texts both laptops changed since their last exchange (``docs/exchange.md``): the version
shown and the other one kept beside it, to choose one or to merge them by editing.

:class:`ConflictPanel` sits above the text areas it concerns (the conversation view's three
perspectives, its notes): "Behåll texten i rutan" keeps what the text area holds - the shown
version, or what the user merged there - and "Använd den andra versionen" takes the other.
:class:`ConflictsDialog` lists the rest of a pair's conflicts (commitments, the grey-zone log,
the agreement) with an editable box of its own for each. A choice is a new edit that wins on
every laptop, and closes the conflict everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.errors import UserFacingError
from samspel_desktop.domain.sync import SyncConflict
from samspel_desktop.domain.text import counted
from samspel_desktop.gui.common import bold_font
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.labels import conflict_field
from samspel_desktop.services.samspel import Samspel

_PANEL_STYLE = (
    "QFrame#conflictRow { background: #fff4ce; border: 1px solid #c19c00; }"
    " QFrame#conflictRow QLabel { color: #3b2f00; }"
)


def other_source(services: Samspel, conflict: SyncConflict) -> str:
    """Where the other version was written: another laptop by its name, or this one (its own
    text, kept when the other laptop's text came to be shown)."""
    name = conflict.device_name
    if not name:
        return QCoreApplication.translate(
            "ConflictRow", "Den andra versionen, från den andra datorn:"
        )
    if name == services.exchange.device_name():
        return QCoreApplication.translate(
            "ConflictRow", "Den andra versionen, skriven på den här datorn:"
        )
    return QCoreApplication.translate("ConflictRow", "Den andra versionen, från %1:").replace(
        "%1", name
    )


def _what_it_is_about(services: Samspel, conflict: SyncConflict) -> str:
    """Which commitment a commitment's text belongs to (a pair may have many); "" otherwise."""
    if conflict.table != "commitments" or conflict.field == "what" or conflict.item_id is None:
        return ""
    try:
        what = services.commitments.get(conflict.item_id).what
    except UserFacingError:  # gone meanwhile
        return ""
    return QCoreApplication.translate("ConflictRow", "Åtagande: %1").replace("%1", f"”{what}”")


_TAB_MARK = "⚠ "


class ConflictRow(QFrame):
    """One conflict: what it is about, the other version, and the choices."""

    resolved = Signal()

    def __init__(
        self,
        services: Samspel,
        conflict: SyncConflict,
        editor: QPlainTextEdit | None,
        before_resolve: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictRow")
        self._services = services
        self.conflict = conflict
        self._before_resolve = before_resolve
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("%1 ändrades på båda datorerna. Välj en version, eller slå ihop dem.").replace(
                "%1", conflict_field(conflict.key)
            ),
            self,
        )
        heading.setWordWrap(True)
        heading.setFont(bold_font(heading))
        layout.addWidget(heading)
        about = _what_it_is_about(services, conflict)
        if about:
            layout.addWidget(QLabel(about, self, wordWrap=True))
        #: The text area holding the version shown: the page's own, or one made here.
        self.editor = editor
        if editor is None:
            layout.addWidget(
                QLabel(
                    self.tr("Texten nu (redigera för att slå ihop):")
                    if conflict.editable
                    else self.tr("Texten nu:"),
                    self,
                )
            )
            self.editor = QPlainTextEdit(self)
            self.editor.setPlainText(conflict.current)
            self.editor.setReadOnly(not conflict.editable)
            self.editor.setMaximumHeight(110)
            layout.addWidget(self.editor)
        else:  # the version shown is in the page's own box, further down
            layout.addWidget(
                QLabel(
                    self.tr("Den ena versionen står i rutan %1 nedan, den andra här.").replace(
                        "%1", f"”{conflict_field(conflict.key)}”"
                    ),
                    self,
                    wordWrap=True,
                )
            )
        self.source_label = QLabel(other_source(services, conflict), self, wordWrap=True)
        layout.addWidget(self.source_label)
        self.other = QPlainTextEdit(self)
        self.other.setReadOnly(True)
        self.other.setPlainText(conflict.other)
        self.other.setMaximumHeight(110)
        layout.addWidget(self.other)
        buttons = QHBoxLayout()
        self.use_other = QPushButton(self.tr("Använd den andra versionen"), self)
        self.insert_other = QPushButton(self.tr("Lägg in den i rutan"), self)
        self.insert_other.setToolTip(
            self.tr("Lägger den andra versionen sist i rutan, så att ni kan slå ihop texterna.")
        )
        self.keep = QPushButton(
            self.tr("Behåll texten i rutan")
            if editor is not None
            else self.tr("Spara texten")
            if conflict.editable
            else self.tr("Behåll den här versionen"),
            self,
        )
        self.insert_other.setVisible(conflict.editable)
        for button in (self.use_other, self.insert_other, self.keep):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.use_other.clicked.connect(self.choose_other)
        self.insert_other.clicked.connect(self.insert_into_editor)
        self.keep.clicked.connect(self.keep_editor_text)

    def insert_into_editor(self) -> None:
        assert self.editor is not None
        current = self.editor.toPlainText().rstrip()
        self.editor.setPlainText(
            f"{current}\n\n{self.conflict.other}" if current else self.conflict.other
        )
        self.editor.setFocus()

    @shows_errors
    def choose_other(self) -> None:
        if not self._before_resolve():
            return
        self._services.exchange.resolve_conflict(self.conflict.gid, take_other=True)
        self.resolved.emit()

    @shows_errors
    def keep_editor_text(self) -> None:
        assert self.editor is not None
        if not self._before_resolve():
            return
        text = self.editor.toPlainText()
        # The page's own text area is saved by its autosave (flushed first); a text of this
        # row's own box is saved with the choice.
        own_box = self.editor.parent() is self
        changed = own_box and self.conflict.editable and text != self.conflict.current
        self._services.exchange.resolve_conflict(self.conflict.gid, text if changed else None)
        self.resolved.emit()


class ConflictPanel(QWidget):
    """The conflicts of the text areas below it, one :class:`ConflictRow` each."""

    resolved = Signal()

    def __init__(self, services: Samspel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setStyleSheet(_PANEL_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[ConflictRow] = []
        #: Whether this panel marked its tab's title (see _mark_tab).
        self._tab_marked = False
        self.setVisible(False)

    def show_conflicts(
        self,
        conflicts: list[SyncConflict],
        editors: Mapping[str, QPlainTextEdit],
        before_resolve: Callable[[], bool],
    ) -> None:
        """Show ``conflicts``; ``editors`` maps a conflict's field to its page's text area."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for conflict in conflicts:
            row = ConflictRow(
                self._services, conflict, editors.get(conflict.field), before_resolve, self
            )
            row.resolved.connect(self.resolved)
            self._layout.addWidget(row)
            self.rows.append(row)
        self.setVisible(bool(self.rows))
        self._mark_tab(bool(self.rows))

    def _mark_tab(self, marked: bool) -> None:
        """On a tab not shown (the conversation's notes), its title says "⚠" like the
        questions' list, so the conflict is seen without opening every tab.

        Nothing to change (no conflict, as on most conversations) looks up no widget: the
        first wrapper of each ancestor's class costs PySide that class's enums, ~15 ms of
        opening the first conversation."""
        if marked == self._tab_marked:
            return
        self._tab_marked = marked
        page: QWidget = self
        while (stack := page.parentWidget()) is not None:
            tabs = stack.parentWidget()
            if isinstance(stack, QStackedWidget) and isinstance(tabs, QTabWidget):
                index = tabs.indexOf(page)
                title = tabs.tabText(index).removeprefix(_TAB_MARK)
                tabs.setTabText(index, _TAB_MARK + title if marked else title)
                return
            page = stack


class ConflictsDialog(QDialog):
    """A pair's conflicts outside the conversations: commitments, the grey-zone log, the
    agreement's texts and remiss answers."""

    def __init__(self, services: Samspel, pair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._pair_id = pair_id
        self.setWindowTitle(self.tr("Texter som ändrats på båda datorerna"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De här texterna ändrades på två datorer innan de hann utbytas. Båda versionerna "
                "finns kvar: välj en, eller redigera texten och spara den."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # The rows stay their own height at the top; the space left over stays below them.
        holder = QWidget(scroll)
        holder_layout = QVBoxLayout(holder)
        self.panel = ConflictPanel(services, holder)
        holder_layout.addWidget(self.panel)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.empty = QLabel(self.tr("Inga texter att välja mellan."), self)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.panel.resolved.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        conflicts = self._services.exchange.pair_conflicts(
            self._pair_id, outside_conversations=True
        )
        self.panel.show_conflicts(conflicts, {}, lambda: True)
        self.empty.setVisible(not conflicts)


class ConflictBanner(QPushButton):
    """A button on a pair's page while texts of it wait for a choice; opens the dialog."""

    resolved = Signal()

    def __init__(
        self,
        services: Samspel,
        parent: QWidget | None = None,
        flush: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._flush = flush  # the page's pending typing is saved before the dialog opens
        self._pair_id: int | None = None
        self.setStyleSheet(
            "QPushButton { background: #fff4ce; color: #3b2f00; border: 1px solid #c19c00;"
            " padding: 6px; text-align: left; }"
        )
        self.clicked.connect(self.open_dialog)
        self.setVisible(False)

    def refresh(self, pair_id: int | None) -> None:
        self._pair_id = pair_id
        count = (
            len(self._services.exchange.pair_conflicts(pair_id, outside_conversations=True))
            if pair_id is not None
            else 0
        )
        self.setText(
            counted(
                count,
                self.tr("⚠ %n text ändrades på båda datorerna – välj version…"),
                self.tr("⚠ %n texter ändrades på båda datorerna – välj version…"),
            )
        )
        self.setVisible(count > 0)

    def open_dialog(self) -> None:
        if self._pair_id is None or not self._flush():
            return
        ConflictsDialog(self._services, self._pair_id, self.window()).exec()
        self.refresh(self._pair_id)
        self.resolved.emit()
