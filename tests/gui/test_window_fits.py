"""Every page fits a 1366×768 screen at 100 % and a 1920×1080 screen at 150 % (1280×720
logical pixels): the window never grows past the screen and no control is cut off."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.seminar_demo import load_seminar_demo
from tests.gui.conftest import search_now

#: (width, height) in logical pixels: 1366×768 at 100 %, 1920×1080 at 150 %.
SCREENS = [(1366, 768), (1280, 720)]
#: Room the taskbar and the window's title bar take from a screen's height.
TASKBAR, TITLE_BAR = 48, 32
#: The window's side frames; the menu bar, toolbar and status bar above and below the pages.
FRAME, CHROME = 16, 90
#: The share of the room a page may need (fonts differ between systems).
BUDGET = 0.9


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def cut_off(window: QWidget) -> list[str]:
    """Visible buttons, combo boxes and fields narrower than they need, or partly outside the
    window (a control inside a scroll area may be scrolled to)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            continue
        if not widget.isVisible() or isinstance(widget.parentWidget(), QLineEdit):
            continue  # (a line edit's own clear button)
        if type(widget.parentWidget()).__name__ in ("QTabBar", "QToolBar", "QScrollBar"):
            continue  # their arrows and the toolbar's extension button come and go by design
        need = widget.minimumSizeHint().width()
        if isinstance(widget, QLineEdit):
            need = min(need, 80)
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        scrolled = _in_scroll_area(widget)
        outside = not window.rect().contains(place) and not scrolled
        hidden = widget.visibleRegion().boundingRect().width() < widget.width() - 2
        if widget.width() < need - 1 or outside or (hidden and not scrolled):
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return found


@pytest.fixture
def demo_window(qtbot: QtBot, services: Samspel) -> Iterator[tuple[MainWindow, dict[str, str]]]:
    pair_id = load_demo(services)
    seminar = services.seminars.get(load_seminar_demo(services))
    conversation = services.conversations.all(pair_id)[0]
    rated = services.conversations.start(pair_id, guide_ids=["skr-forhallningssatt"])
    window = MainWindow(services)
    qtbot.addWidget(window)
    keys = {
        "pair": str(pair_id),
        "conversation": str(conversation.id),
        "rated": str(rated.id),
        "seminar": seminar.uuid,
    }
    yield window, keys
    window.close()


def _pages(window: MainWindow, keys: dict[str, str]) -> list[tuple[str, Callable[[], None]]]:
    def follow_up(tab: str) -> Callable[[], None]:
        def show() -> None:
            window.open_place("follow-up", keys["pair"])
            page = window.follow_up_page
            page.ui.tabs.setCurrentWidget(getattr(page.ui, tab))

        return show

    def search() -> None:
        window.search_field.setText("samtal")
        search_now(window)

    return [
        ("start page", window.show_start_page),
        ("conversation", lambda: window.open_place("conversation", keys["conversation"])),
        ("ratings", lambda: window.open_place("conversation", keys["rated"])),
        ("agreement", lambda: window.open_place("agreement", keys["pair"])),
        ("follow-up: commitments", follow_up("commitmentsTab")),
        ("follow-up: health", follow_up("healthTab")),
        ("follow-up: grey zone", follow_up("greyzoneTab")),
        ("search", search),
        ("guides", window.show_guides),
        ("seminars", window.show_seminars),
        ("seminar", lambda: window.open_place("seminar", keys["seminar"])),
        ("start page again", window.show_start_page),
    ]


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=["1366x768", "1920x1080@150"])
def test_every_page_fits_the_screen(
    demo_window: tuple[MainWindow, dict[str, str]], width: int, height: int
) -> None:
    window, keys = demo_window
    usable = height - TASKBAR - TITLE_BAR
    window.resize(width, usable)
    window.show()
    for name, show in _pages(window, keys):
        show()
        _settle()
        assert window.width() <= width and window.height() <= usable, (
            f"{name}: the window grew to {window.width()}×{window.height()}"
        )
        # What the pages need, with room for the window's frame and a tenth to spare for
        # fonts wider than the test machine's.
        hint = window.centralWidget().minimumSizeHint()
        assert hint.width() <= BUDGET * (width - FRAME), f"{name}: needs {hint.width()} px"
        assert hint.height() <= BUDGET * (usable - CHROME), f"{name}: needs {hint.height()} px"
        assert cut_off(window) == [], name


def test_a_wide_page_never_grows_the_window(qtbot: QtBot, services: Samspel) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    window.resize(screen.width() - 100, screen.height() - 100)
    window.show()
    before = window.size()
    wide = QWidget()
    wide.setMinimumSize(screen.width() + 400, screen.height() + 400)
    window.ui.pages.addWidget(wide)
    window.ui.pages.setCurrentWidget(wide)
    _settle()
    assert window.size() == before
    assert window.width() <= screen.width() and window.height() <= screen.height()


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=["1366x768", "1920x1080@150"])
def test_the_agreement_section_names_are_not_cut(
    qtbot: QtBot, services: Samspel, width: int, height: int
) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    from tests.conftest import make_pair

    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(width, height - TASKBAR - TITLE_BAR)
    window.show()
    window.show_conversation(conversation.id)
    view = window.conversation_view
    view.ui.toAgreementCheck.setChecked(True)
    _settle()
    combo = view.ui.sectionCombo
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert max(len(t) for t in titles) > 60, "SKR's longest title must be among them"
    for index, title in enumerate(titles):
        assert combo.fontMetrics().horizontalAdvance(title) <= room.width(), title
        combo.setCurrentIndex(index)
        assert combo.shown_text() == title
    combo.setItemText(0, "Ett avsnitt med en mycket lång rubrik " * 6)
    combo.setCurrentIndex(0)
    assert combo.shown_text().endswith("…"), "longer than the box: it ends in an ellipsis"
