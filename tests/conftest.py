"""Shared fixtures: every test gets its own data folder; no test touches the user's data.

Test data comes from the factories below (``make_pair``, ``make_conversation``), so a pair in
Vaggeryd with Anna Berg and Karl Ek is written down once; a test names only what matters to it.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from samspel_desktop.app import render_health_chart as _product_renderer
from samspel_desktop.domain.model import Conversation, Pair
from samspel_desktop.services.history import HealthTrend
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store, open_store


def run_samspel(
    data: Path, *args: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The ``samspel`` command on the data folder ``data``, as its own process (``python -m``),
    its output captured as text; the caller looks at the exit status."""
    return subprocess.run(
        [sys.executable, "-m", "samspel_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=None if env is None else dict(env),
    )


#: Keeps the application made below alive for the session.
_QT_APPLICATION: list[object] = []


def render_health_chart(trend: HealthTrend) -> bytes:
    """The product's chart renderer, in a process that GUI tests share: the window-less
    ``QGuiApplication`` the renderer makes for the command line would stay for the rest of the
    session and break every later widget test (pytest-qt needs a ``QApplication``), so a
    widget application is made first, as the window's own process has."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        from samspel_desktop.gui.qt_platform import prepare_headless_qt

        prepare_headless_qt()
        _QT_APPLICATION.append(QApplication([]))
    return _product_renderer(trend)


#: The pair most tests work with.
VAGGERYD: dict[str, Any] = {
    "organisation": "Vaggeryds kommun",
    "political": "Anna Berg",
    "executive": "Karl Ek",
}

MakePair = Callable[..., Pair]
MakeConversation = Callable[..., Conversation]
Reopen = Callable[[], Samspel]


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the default data folder at a temp dir, so a forgotten --data-dir is harmless."""
    monkeypatch.setenv("SAMSPEL_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture(autouse=True)
def _fail_on_logged_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A test fails on any unexpected warning or error logged by Samspel."""
    caplog.set_level(logging.WARNING, logger="samspel_desktop")
    yield
    unexpected = [
        r
        for r in caplog.get_records("call")
        if r.levelno >= logging.WARNING and r.name.startswith("samspel_desktop")
    ]
    assert not unexpected, [r.getMessage() for r in unexpected]


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


def open_services(paths: DataPaths) -> Samspel:
    """The data folder opened as the app opens it (with the app's chart renderer)."""
    return Samspel.open(paths, chart_renderer=render_health_chart)


def in_memory_services() -> tuple[Samspel, Store]:
    """Services over a fresh in-memory database, and that database: for property tests, whose
    examples each need a database of their own (function fixtures are made once per test)."""
    opened = open_store(None)
    built = Samspel(opened, chart_renderer=render_health_chart)
    built.guides.install_builtin()
    return built, opened


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    """The database of :func:`services`, for a test that checks rows beneath the services."""
    opened = open_store(paths.database, backup_dir=paths.backups)
    yield opened
    opened.close()


@pytest.fixture
def services(store: Store, paths: DataPaths) -> Samspel:
    """The services over :func:`store`, as :meth:`Samspel.open` builds them."""
    built = Samspel(store, paths, chart_renderer=render_health_chart)
    built.guides.install_builtin()
    return built


@pytest.fixture
def reopen(paths: DataPaths) -> Iterator[Reopen]:
    """Call to open the same data folder afresh (each opened one is closed at teardown)."""
    opened: list[Samspel] = []

    def _reopen() -> Samspel:
        services = open_services(paths)
        opened.append(services)
        return services

    yield _reopen
    for services in opened:
        services.close()


def make_pair(services: Samspel, **details: Any) -> Pair:
    """A pair in Vaggeryd (Anna Berg and Karl Ek unless ``details`` say otherwise).

    Also the fixture ``make_pair``; a module's own helper imports it from here.
    """
    return services.pairs.add(**{**VAGGERYD, **details})


def make_conversation(services: Samspel, pair: Pair | None = None, **details: Any) -> Conversation:
    """A conversation with SKR's discussion areas, of ``pair`` (a new Vaggeryd pair if none).

    Also the fixture ``make_conversation``.
    """
    owner = pair if pair is not None else make_pair(services)
    return services.conversations.start(owner.id, **{"guide_ids": ["skr-omraden"], **details})


@pytest.fixture(name="make_pair")
def _make_pair_fixture() -> MakePair:
    return make_pair


@pytest.fixture(name="make_conversation")
def _make_conversation_fixture() -> MakeConversation:
    return make_conversation


@pytest.fixture
def pair(services: Samspel, make_pair: MakePair) -> Pair:
    """The Vaggeryd pair in :func:`services`."""
    return make_pair(services)


@pytest.fixture
def conversation(
    services: Samspel, pair: Pair, make_conversation: MakeConversation
) -> Conversation:
    """A conversation of :func:`pair` with SKR's discussion areas."""
    return make_conversation(services, pair)
