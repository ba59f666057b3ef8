"""One instance per data folder: lock, raise message, stale lock after a crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.single_instance import (
    LOCK_FILENAME,
    SingleInstance,
    ask_running_instance_to_raise,
    bring_to_front,
    lock_data_folder,
    server_name,
    start_single_instance,
)
from samspel_desktop.services.paths import DataPaths


@pytest.fixture
def first(paths: DataPaths, qtbot: QtBot) -> Iterator[SingleInstance]:
    instance = SingleInstance(paths)
    assert instance.claim()
    yield instance
    instance.release()


def test_second_start_is_refused_and_raises_the_first(
    first: SingleInstance, paths: DataPaths, qtbot: QtBot
) -> None:
    assert lock_data_folder(paths) is None
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert start_single_instance(paths) is None


def test_other_folders_are_independent(first: SingleInstance, tmp_path: Path) -> None:
    other = DataPaths(tmp_path / "annan")
    assert server_name(other) != server_name(DataPaths(tmp_path / "data"))
    lock = lock_data_folder(other)
    assert lock is not None
    lock.unlock()


def test_release_lets_the_next_start_in(paths: DataPaths, qtbot: QtBot) -> None:
    instance = SingleInstance(paths)
    assert instance.claim()
    instance.release()
    again = SingleInstance(paths)
    assert again.claim()
    again.release()
    assert not ask_running_instance_to_raise(paths)


def test_raise_brings_the_window_to_front(first: SingleInstance, qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    first.follow(window)
    window.showMinimized()
    first.raise_requested.emit()
    assert not window.isMinimized()
    assert window.isVisible()
    bring_to_front(window)  # idempotent


def test_stale_lock_after_a_crash_does_not_block(paths: DataPaths, qtbot: QtBot) -> None:
    paths.root.mkdir(parents=True)
    script = textwrap.dedent(
        f"""
        import os, signal
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(paths.root / LOCK_FILENAME)!r})
        lock.setStaleLockTime(0)
        assert lock.tryLock(0)
        os.kill(os.getpid(), signal.SIGKILL) if hasattr(signal, "SIGKILL") else os._exit(9)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, timeout=60, check=False
    )
    assert result.returncode != 0
    assert (paths.root / LOCK_FILENAME).exists()  # left behind by the killed process
    instance = SingleInstance(paths)
    assert instance.claim()
    instance.release()
