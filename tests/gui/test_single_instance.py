"""One instance per data folder: lock, raise message, stale lock after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from samspel_desktop.gui import single_instance
from samspel_desktop.gui.single_instance import (
    ASFW_ANY,
    LOCK_FILENAME,
    LockHolder,
    SingleInstance,
    allow_foreground,
    ask_running_instance_to_raise,
    bring_to_front,
    is_other_machine,
    lock_data_folder,
    lock_holder,
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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_lock_file_is_readable_by_the_user_only(
    first: SingleInstance, paths: DataPaths
) -> None:
    # It holds the process id, the computer's name and the app's name.
    assert (paths.root / LOCK_FILENAME).stat().st_mode & 0o777 == 0o600


def _lock_of_another_computer(paths: DataPaths) -> bytes:
    paths.root.mkdir(parents=True, exist_ok=True)
    content = b"4242\nSamspel\nandra-datorn\n0f0e\nb007\n"  # QLockFile's format
    (paths.root / LOCK_FILENAME).write_bytes(content)
    return content


def test_a_lock_of_another_computer_is_removed_when_the_user_says_so(
    paths: DataPaths,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _lock_of_another_computer(paths)
    holder = lock_holder(paths)
    assert holder == LockHolder(4242, "andra-datorn", "Samspel")
    assert lock_data_folder(paths) is None  # never stale by itself: its process is elsewhere
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    instance = start_single_instance(paths)
    assert instance is not None
    try:
        [question] = asked
        assert "andra-datorn" in question and "Ta bort låset?" in question
        now = lock_holder(paths)
        assert now is not None and not is_other_machine(now.host, QSysInfo.machineHostName())
    finally:
        instance.release()
    caplog.clear()


def test_a_lock_of_another_computer_stays_when_the_user_says_no(
    paths: DataPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = _lock_of_another_computer(paths)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: pytest.fail("no raise asked"))
    assert start_single_instance(paths) is None
    assert (paths.root / LOCK_FILENAME).read_bytes() == content


def test_other_machine_means_another_host_name() -> None:
    assert is_other_machine("ANDRA-DATORN", "min-dator")
    assert not is_other_machine("MIN-DATOR", "min-dator")  # Windows ignores case
    assert not is_other_machine("", "min-dator")


class _User32:
    def __init__(self) -> None:
        self.allowed: list[int] = []

    def AllowSetForegroundWindow(self, pid: int) -> int:
        self.allowed.append(pid)
        return 1


def test_windows_lets_the_first_instance_take_the_foreground() -> None:
    user32 = _User32()
    assert allow_foreground(4242, os_name="nt", user32=user32)
    assert allow_foreground(None, os_name="nt", user32=user32)  # pid unknown: any process
    assert user32.allowed == [4242, ASFW_ANY]
    assert not allow_foreground(4242, os_name="posix", user32=user32)
    assert user32.allowed == [4242, ASFW_ANY]


def test_a_second_start_passes_the_first_ones_pid_on(
    first: SingleInstance, paths: DataPaths, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    allowed: list[int | None] = []
    monkeypatch.setattr(single_instance, "allow_foreground", allowed.append)
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert start_single_instance(paths) is None
    assert allowed == [os.getpid()]  # the first instance is this test's process
