"""The main window: start page and conversation view in one stack. Services are passed in.

Its search field is driven by ``window_search.py``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QWidget,
)

from samspel_desktop import __version__
from samspel_desktop.gui.errors import shows_errors

if TYPE_CHECKING:
    from samspel_desktop.gui.agreement_page import AgreementPage
    from samspel_desktop.gui.conversation_view import ConversationView
    from samspel_desktop.gui.follow_up_page import FollowUpPage
    from samspel_desktop.gui.forms.ui_main_window import Ui_MainWindow
    from samspel_desktop.gui.guide_editor import GuideEditorPage
    from samspel_desktop.gui.operations import Operations
    from samspel_desktop.gui.search_page import SearchPage
    from samspel_desktop.gui.seminar_page import SeminarPage
    from samspel_desktop.gui.start_page import StartData, StartPage
    from samspel_desktop.gui.window_search import WindowSearch
    from samspel_desktop.services.samspel import Samspel


P = TypeVar("P", bound=QWidget)

#: The smallest the window may be made (in logical pixels).
MINIMUM_WIDTH, MINIMUM_HEIGHT = 640, 480
#: The conversation view is built this long after the data folder was attached (and the
#: services it reads are set up).
PREPARE_PAGES_AFTER_MS = 1000


def _operations(services: Samspel, owner: QWidget) -> Operations:
    from samspel_desktop.gui.operations import operations_for

    return operations_for(services, owner)


def _remote(services: Samspel, owner: QWidget) -> Samspel:
    """The services through the window's database thread (imported after the first paint)."""
    from samspel_desktop.gui.operations import remote

    return remote(services, owner)


class MainWindow(QMainWindow):
    """Samspel's main window; its title always starts with "Samspel".

    Only the start page is built up front; the other pages (and their modules) are created the
    first time they are shown. Built without services (the app's start-up), the window paints
    before the data folder is opened and fills its start page in :meth:`attach`; built with
    services, the start page is filled in the constructor.

    With ``build=False`` (the app's start-up) only the frame is made: title and the remembered
    size and place, nothing that needs the forms, the start page or Qt's ``Qt`` namespace (about
    20 ms of enum set-up). It is shown at once; once the data folder is open, :meth:`build_menus`
    and :meth:`build` add menus and toolbar, then the start page, in two event-loop turns
    (:meth:`attach` builds too, if still needed).
    """

    #: Emitted once, just after the window first appeared on screen.
    first_painted = Signal()

    ui: Ui_MainWindow
    start_page: StartPage
    search_field: QLineEdit
    #: The search field's driver: as you type, Enter, a hit opened.
    search: WindowSearch

    def __init__(
        self,
        services: Samspel | None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        today: dt.date | None = None,
        *,
        build: bool = True,
    ) -> None:
        super().__init__(parent)
        self._services = _remote(services, self) if services is not None else None
        self._settings = settings
        self._today = today
        self._conversation_view: ConversationView | None = None
        self._follow_up_page: FollowUpPage | None = None
        self._search_page: SearchPage | None = None
        self._agreement_page: AgreementPage | None = None
        self._guide_editor_page: GuideEditorPage | None = None
        self._seminar_page: SeminarPage | None = None
        self._menus_built = False
        self._built = False
        self._painted = False
        if build:
            self.build()
        else:
            self.setWindowTitle(self.tr("Samspel"))
            self.resize(1280, 720)  # the form's size, until the remembered one is restored
            self._restore_geometry()

    @property
    def built(self) -> bool:
        """Whether menus, toolbar and start page exist (see ``build=False``)."""
        return self._built

    @property
    def filled(self) -> bool:
        """Whether the start page shows the data folder's contents."""
        return self._built and self.start_page.filled

    def build_menus(self) -> None:
        """Make menus, toolbar and search field, the first half of :meth:`build` (once).

        The app's start-up builds the window in two event-loop turns, this one first, so the
        window keeps painting in between (each half is a few tens of milliseconds).
        """
        if self._menus_built:
            return
        from samspel_desktop.gui.forms.ui_main_window import Ui_MainWindow
        from samspel_desktop.gui.window_search import WindowSearch

        self._menus_built = True
        shown = self.isVisible()
        geometry = self.saveGeometry() if shown else None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        if geometry is not None:
            self.restoreGeometry(geometry)  # setupUi resized the frame to the form's size
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Sök i allt (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Sök"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(360)
        self.search = WindowSearch(self, self.search_field)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ui.toolBar.addWidget(spacer)
        self.ui.toolBar.addWidget(self.search_field)
        self.ui.actionSearch.triggered.connect(self.search.focus)
        self.ui.pages.currentChanged.connect(self._page_changed)
        self.ui.actionNewPair.triggered.connect(self._new_pair)
        self.ui.actionNewConversation.triggered.connect(self._new_conversation)
        self.ui.actionStartPage.triggered.connect(self.show_start_page)
        self.ui.actionExportArchive.triggered.connect(self._export_archive)
        self._add_exchange_actions()
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionBackups.triggered.connect(self._backups)
        self.ui.actionTrash.triggered.connect(self._trash)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionHandbook.triggered.connect(self.show_handbook)
        self.ui.actionLoadDemo.triggered.connect(self._load_demo)
        self.ui.actionGuides.triggered.connect(self.show_guides)
        self.ui.actionSeminars.triggered.connect(self.show_seminars)
        # An explicit minimum: otherwise Qt sets the window's minimum to its largest page's
        # and enlarges the window, past the screen's edge on a small screen. Every page fits
        # 1366×768 and 1920×1080 at 150 % (tests/gui/test_window_fits.py).
        self.setMinimumSize(MINIMUM_WIDTH, MINIMUM_HEIGHT)
        if self._services is None:
            # Shown before the data folder is open (start-up): nothing to act on until attach().
            self.menuBar().setEnabled(False)
            self.ui.toolBar.setEnabled(False)

    def build(self) -> None:
        """Make menus, toolbar and start page; once (the constructor does it unless told not)."""
        if self._built:
            return
        from samspel_desktop.gui.start_page import StartPage

        shown = self.isVisible()
        self.build_menus()
        services = self._services
        self.start_page = StartPage(services, self, today=self._today)
        self.ui.pages.addWidget(self.start_page)
        self.start_page.follow_up.connect(self.show_follow_up)
        self.start_page.status_message.connect(self.statusBar().showMessage)
        self.start_page.agreement.connect(self.show_agreement)
        self.start_page.open_conversation.connect(self.show_conversation)
        self.start_page.pair_selected.connect(self._title_for_pair)
        self._built = True
        if not shown:
            self._restore_geometry()
        self._restore_state()
        if services is None:
            self.ui.pages.setCurrentWidget(self.start_page)
        else:
            self.show_start_page()

    def _add_exchange_actions(self) -> None:
        """Arkiv: "Dela med en annan dator…", "Ta emot…", "Synkmapp…" (gui/exchange_dialogs)."""
        menu = self.ui.menuFile
        first = menu.actions()[0]
        self.action_share = QAction(self.tr("&Dela med en annan dator…"), self)
        self.action_receive = QAction(self.tr("&Ta emot…"), self)
        self.action_sync_folder = QAction(self.tr("S&ynkmapp…"), self)
        for action in (self.action_share, self.action_receive, self.action_sync_folder):
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        self.action_share.triggered.connect(self._share_pair)
        self.action_receive.triggered.connect(self._receive)
        self.action_sync_folder.triggered.connect(self._sync_folder)

    def _share_pair(self) -> None:
        from samspel_desktop.gui.exchange_dialogs import share_pair

        if not self.flush():
            return
        pair_id = self.start_page.current_pair_id()
        if pair_id is None:
            QMessageBox.information(self, "Samspel", self.tr("Välj ett samspelspar först."))
            return
        share_pair(self, self.services, pair_id)

    def _receive(self) -> None:
        from samspel_desktop.gui.exchange_dialogs import receive

        if self.flush() and receive(self, self.services):
            self.show_start_page()

    def _sync_folder(self) -> None:
        from samspel_desktop.gui.exchange_dialogs import SyncFolderDialog

        if not self.flush():
            return
        SyncFolderDialog(self.services, self).exec()
        self.show_start_page()

    @property
    def services(self) -> Samspel:
        assert self._services is not None, "MainWindow used before attach()"
        return self._services

    def attach(self, services: Samspel, start: StartData | None = None) -> None:
        """Give the window its open data folder (start-up shows the window before opening it);
        ``start``: the start page as the database thread already read it."""
        services = _remote(services, self)
        self.build()  # (before the services are set: it does not read the database then)
        self._services = services
        self.start_page.attach(services)
        self.menuBar().setEnabled(True)
        self.ui.toolBar.setEnabled(True)
        # Filled from the database thread; the window takes input meanwhile. A conversation
        # opened meanwhile (``samspel open``) stays in front.
        if start is not None:
            self.start_page.show_read(start)
        else:
            self.start_page.refresh_in_background()
        # The page opened most is built in a quiet moment after start, not when it is asked for.
        QTimer.singleShot(PREPARE_PAGES_AFTER_MS, self, self._prepare_pages)

    def _prepare_pages(self) -> None:
        """Import the conversation view's module (~10 ms here), then build the view a turn
        later (:meth:`_build_conversation_view`, ~20 ms): two short turns instead of one."""
        if _operations(self.services, self).closed:  # the window is closing
            return
        import samspel_desktop.gui.conversation_view  # noqa: F401  (the first half)

        QTimer.singleShot(0, self, self._build_conversation_view)

    def _build_conversation_view(self) -> None:
        """Build the conversation view, then have the database thread set up the services it
        reads that the start page did not (their modules: ~16 ms for the exchange's), so the
        first conversation opened does not wait for them."""
        ops = _operations(self.services, self)
        if ops.closed:  # the data folder closed meanwhile (the window is closing)
            return
        view = self.conversation_view
        # Polished and laid out at the page's size while hidden: showing it the first time
        # then costs only its paint.
        view.ensurePolished()
        view.resize(self.ui.pages.size())
        layout = view.layout()
        if layout is not None:
            layout.activate()
        services = ops.real_services
        ops.run(lambda _progress: (services.exchange, services.commitments), parent=self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # A method with the window as context: a timer holding the signal's bound ``emit``
            # raised "Signal source has been deleted" once that temporary was collected.
            QTimer.singleShot(0, self, self._emit_first_painted)

    def _emit_first_painted(self) -> None:
        self.first_painted.emit()

    # --- pages, built on first use -------------------------------------------------------

    def _restore_splitter(self, key: str, page: QWidget) -> None:
        if self._settings is None:
            return
        state = self._settings.value(key)
        splitter = getattr(getattr(page, "ui", None), "splitter", None)
        if isinstance(state, QByteArray) and splitter is not None and splitter.restoreState(state):
            page.default_sizes_pending = False  # type: ignore[attr-defined]

    def _page(self, page: P) -> P:
        """Put a page built on first use into the stack, wired as every page is: its way back
        to the start page, its status messages and the conversations it opens."""
        self.ui.pages.addWidget(page)
        for name, slot in (
            ("back_requested", self.show_start_page),
            ("status_message", self.statusBar().showMessage),
            ("open_conversation", self.show_conversation),
        ):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(slot)
        return page

    @property
    def conversation_view(self) -> ConversationView:
        if self._conversation_view is None:
            from samspel_desktop.gui.conversation_view import ConversationView

            view = self._page(ConversationView(self.services, self))
            view.title_changed.connect(self.set_title)
            view.greyzone_requested.connect(self._raise_greyzone)
            self._restore_splitter("conversation/splitter", view)
            self._conversation_view = view
        return self._conversation_view

    @property
    def follow_up_page(self) -> FollowUpPage:
        if self._follow_up_page is None:
            from samspel_desktop.gui.follow_up_page import FollowUpPage

            self._follow_up_page = self._page(FollowUpPage(self.services, self, today=self._today))
        return self._follow_up_page

    @property
    def search_page(self) -> SearchPage:
        if self._search_page is None:
            from samspel_desktop.gui.search_page import SearchPage

            self._search_page = self._page(SearchPage(self))
            self._search_page.open_hit.connect(self.search.open_hit)
        return self._search_page

    @property
    def agreement_page(self) -> AgreementPage:
        if self._agreement_page is None:
            from samspel_desktop.gui.agreement_page import AgreementPage

            self._agreement_page = self._page(AgreementPage(self))
        return self._agreement_page

    @property
    def guide_editor_page(self) -> GuideEditorPage:
        if self._guide_editor_page is None:
            from samspel_desktop.gui.guide_editor import GuideEditorPage

            self._guide_editor_page = self._page(GuideEditorPage(self.services, self))
        return self._guide_editor_page

    @property
    def seminar_page(self) -> SeminarPage:
        if self._seminar_page is None:
            from samspel_desktop.gui.seminar_page import SeminarPage

            self._seminar_page = self._page(SeminarPage(self.services, self))
        return self._seminar_page

    def show_guides(self) -> None:
        if not self.flush():
            return
        self.guide_editor_page.refresh()
        self.ui.pages.setCurrentWidget(self.guide_editor_page)
        self.set_title(self.tr("samtalsguider"))

    def show_seminars(self, seminar_id: int | None = None) -> None:
        if not self.flush():
            return
        page = self.seminar_page
        if seminar_id is not None:
            page.load(seminar_id)
        else:
            page.refresh()
        self.ui.pages.setCurrentWidget(page)
        self.set_title(self.tr("seminarier"))

    # --- navigation ----------------------------------------------------------------------

    def flush(self) -> bool:
        """Save everything pending in every page."""
        return all(
            page is None or page.flush()
            for page in (
                self._conversation_view,
                self._follow_up_page,
                self._agreement_page,
                self._guide_editor_page,
                self._seminar_page,
            )
        )

    def show_start_page(self) -> None:
        self.flush()
        # Shown first, then filled: filling names the chosen pair in the window's title (the
        # title of the page left behind stayed otherwise).
        self.ui.pages.setCurrentWidget(self.start_page)
        self.start_page.refresh()

    @shows_errors
    def show_follow_up(self, pair_id: int) -> None:
        self.flush()
        self.follow_up_page.load(pair_id)
        self.ui.pages.setCurrentWidget(self.follow_up_page)
        pair = self.follow_up_page.pair
        self.set_title(self.tr("uppföljning, %1").replace("%1", pair.display_name) if pair else "")

    @shows_errors
    def show_agreement(self, pair_id: int) -> None:
        if not self.flush():
            return
        self.agreement_page.show_pair(self.services, pair_id)
        self.ui.pages.setCurrentWidget(self.agreement_page)
        self.set_title(
            self.tr("överenskommelse, %1").replace(
                "%1", self.services.pairs.get(pair_id).display_name
            )
        )

    def _page_changed(self) -> None:
        """A search belongs to its results: leaving them empties the search field."""
        if self._search_page is None or self.ui.pages.currentWidget() is not self._search_page:
            self.search.clear()

    @shows_errors
    def _raise_greyzone(self) -> None:
        view = self.conversation_view
        if view.conversation is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Fråga i gråzonen"),
            self.tr(
                "Vilken fråga var det oklart vem som äger? Den hamnar i parets gråzonslogg, "
                "där ni senare kan skriva vems fråga det blev och vad ni lärde er."
            ),
        )
        if not ok or not text.strip():
            return
        self.services.greyzone.add(
            view.conversation.pair_id,
            text,
            raised_on=view.conversation.date,
            conversation_id=view.conversation.id,
        )
        self.statusBar().showMessage(self.tr("Frågan är antecknad i gråzonsloggen."))

    @shows_errors
    def show_conversation(self, conversation_id: int, question_key: str | None = None) -> None:
        """Open the app on one conversation (also ``samspel open conversation ID``)."""
        self.flush()
        self.conversation_view.load(conversation_id, question_key)
        self.ui.pages.setCurrentWidget(self.conversation_view)
        self.conversation_view.focus_first_editor()

    @shows_errors
    def open_place(self, page: str, key: str) -> None:
        """Show the page ``samspel open`` names: a conversation (its id), a pair's agreement
        or follow-up (the pair's id) or a seminar (its uuid)."""
        if page == "conversation":
            self.show_conversation(int(key))
        elif page == "agreement":
            self.show_agreement(int(key))
        elif page == "follow-up":
            self.show_follow_up(int(key))
        elif page == "seminar":
            self.show_seminars(self.services.seminars.find(key).id)

    def _new_pair(self) -> None:
        self.start_page.new_pair()

    def _new_conversation(self) -> None:
        self.show_start_page()
        self.start_page.new_conversation()

    def _title_for_pair(self, name: str) -> None:
        if self.ui.pages.currentWidget() is self.start_page:
            self.set_title(name)

    def set_title(self, detail: str) -> None:
        self.setWindowTitle(
            self.tr("Samspel – %1").replace("%1", detail) if detail else self.tr("Samspel")
        )

    # --- actions -------------------------------------------------------------------------

    @shows_errors
    def _export_archive(self) -> None:
        from samspel_desktop.domain.text import counted
        from samspel_desktop.gui.file_dialogs import ask_save_path

        chosen = ask_save_path(
            self,
            self.tr("Exportera allt till arkivfil"),
            f"Samspel-arkiv-{dt.date.today().isoformat()}.json",
            self.tr("Samspel-arkiv (*.json)"),
        )
        if chosen is None:
            return
        name = str(chosen)
        self.flush()
        data_folder = self.services.data_folder

        def exported(counts: dict[str, int]) -> None:
            self.statusBar().showMessage(
                counted(
                    sum(counts.values()),
                    self.tr("Exporterade %n rad till %2"),
                    self.tr("Exporterade %n rader till %2"),
                ).replace("%2", name)
            )

        _operations(self.services, self).run(
            lambda _progress: data_folder.export_archive(Path(name)),
            parent=self,
            done=exported,
            progress=self.tr("Exporterar arkivet…"),
        )

    def _backups(self) -> None:
        from samspel_desktop.gui.backup_dialog import BackupDialog

        self.flush()
        dialog = BackupDialog(self.services, self)
        dialog.restored.connect(lambda _result: self._reload_everything())
        dialog.exec()

    def _trash(self) -> None:
        from samspel_desktop.gui.trash_dialog import TrashDialog

        self.flush()
        dialog = TrashDialog(self.services, self)
        dialog.changed.connect(self._reload_everything)
        dialog.exec()

    def _reload_everything(self) -> None:
        """The data under the window changed wholesale (restore, trash): start over."""
        if self._agreement_page is not None:
            self._agreement_page.flush()
        self.ui.pages.setCurrentWidget(self.start_page)
        self.start_page.refresh()

    def show_handbook(self) -> None:
        from PySide6.QtCore import Qt

        from samspel_desktop.gui.handbook import HandbookDialog

        dialog = HandbookDialog(self.services.guides.all(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _load_demo(self) -> None:
        """Hjälp → Läs in demoorganisationen: the start page on the demo pair."""
        if not self.flush():
            return
        self.show_start_page()
        self.start_page.load_demo()

    def _about(self) -> None:
        import html

        from PySide6.QtCore import Qt

        paths = self.services.data_folder.paths
        data = str(paths.root) if paths else self.tr("(i minnet)")
        logs = str(paths.logs) if paths else "–"
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Om Samspel"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(
            self.tr(
                "<h3>Samspel %1</h3><p>Stöd för samspelssamtal mellan politik och "
                "förvaltning, med SKR:s frågor.</p><p>Licens: EUPL 1.2</p>"
                "<p>Datamapp: %2<br>Loggmapp: %3</p><p>Programmet använder aldrig "
                "nätverket.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", html.escape(data))
            .replace("%3", html.escape(logs))
        )
        # The folders can be selected and copied (support asks for them).
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    # --- window state --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self._settings is None:
            return
        value = self._settings.value("window/geometry")
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)

    def _restore_state(self) -> None:
        """Toolbar and splitter positions (they need the built window)."""
        if self._settings is None:
            return
        value = self._settings.value("window/state")
        if isinstance(value, QByteArray):
            self.restoreState(value)
        self._restore_splitter("start/splitter", self.start_page)

    def _save_geometry(self) -> None:
        if self._settings is None or not self._built:
            return
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("start/splitter", self.start_page.ui.splitter.saveState())
        if self._conversation_view is not None:
            self._settings.setValue(
                "conversation/splitter", self._conversation_view.ui.splitter.saveState()
            )
        self._settings.sync()

    def discard_and_close(self) -> None:
        """Close without saving anything (the database turned out to be damaged)."""
        self._discard = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "_discard", False):
            super().closeEvent(event)
            return
        if not self.flush():
            choice = QMessageBox.warning(
                self,
                self.tr("Inte sparat"),
                self.tr(
                    "En del av det du skrivit kunde inte sparas (se meddelandet i fönstret). "
                    "Om du avslutar nu går det förlorat."
                ),
                QMessageBox.StandardButton.Retry
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if choice == QMessageBox.StandardButton.Retry and not self.flush():
                event.ignore()
                return
            if choice == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
        if self._seminar_page is not None:
            self._seminar_page.close_projector()
        self._save_geometry()
        if self._services is not None:
            # What the window was still reading is of no use now (saves are not affected).
            _operations(self._services, self).cancel_all()
        super().closeEvent(event)
