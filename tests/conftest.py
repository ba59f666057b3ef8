"""Shared fixtures: every test gets its own data folder; no test touches the user's data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel


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


@pytest.fixture
def services(paths: DataPaths) -> Iterator[Samspel]:
    opened = Samspel.open(paths)
    yield opened
    opened.close()


@pytest.fixture
def reopen(paths: DataPaths) -> Iterator[object]:
    """Call to close nothing and open the same data folder afresh (closed at teardown)."""
    opened: list[Samspel] = []

    def _reopen() -> Samspel:
        services = Samspel.open(paths)
        opened.append(services)
        return services

    yield _reopen
    for services in opened:
        services.close()
