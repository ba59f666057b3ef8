"""GUI fixtures: the window in English (the translation Samspel ships), for tests that check
what an English-speaking user reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.i18n import install_translators
from samspel_desktop.gui.main_window import MainWindow


@pytest.fixture
def english(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The application speaks English for the test (as ``--lang en`` makes it)."""
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *_a, **_k: str(tmp_path))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translators(app, "en")
    assert len(translators) == 2, "Qt's and Samspel's English translations must both load"
    yield
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(locale)


def search_and_wait(qtbot: QtBot, window: MainWindow) -> None:
    """Press Enter in the search field (``search.run``) and wait for the hits (the search runs
    on the database thread)."""
    operation = window.search.run()
    qtbot.waitUntil(lambda: operation.finished)


def search_now(window: MainWindow, timeout_s: float = 10.0) -> None:
    """``search.run`` and wait for its hits, without a ``qtbot`` at hand."""
    import time

    operation = window.search.run()
    deadline = time.monotonic() + timeout_s
    while not operation.finished:
        assert time.monotonic() < deadline, "the search did not finish"
        QApplication.processEvents()
        time.sleep(0.001)
