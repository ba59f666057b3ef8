"""The GUI thread never runs SQL: the real app driven through every slow action, every statement
on every SQLite connection traced with the thread that ran it (benchmarks/drive_scenario.py)."""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
PHASES = ["start", "open", "type", "search", "export", "handover", "backup", "restore"]


def _driver() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "drive_scenario", BENCHMARKS / "drive_scenario.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_trace_tells_the_gui_thread_from_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check below can fail: a statement on this (the GUI) thread is counted as one."""
    monkeypatch.setattr(sqlite3, "connect", sqlite3.connect)  # put back afterwards
    trace = _driver().SqlTrace()
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    connection.execute("SELECT 1")
    worker = threading.Thread(target=lambda: connection.execute("SELECT 2"))
    worker.start()
    worker.join()
    on_gui, elsewhere = trace.take()
    assert on_gui == ["SELECT 1"]
    assert elsewhere == 1


def test_no_sql_on_the_gui_thread_in_any_slow_action(tmp_path: Path) -> None:
    data = tmp_path / "data"  # a year of history and no backup yet: one is due at start
    subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate.py"), "--years", "1", "--out", str(data)],
        check=True,
        capture_output=True,
    )
    report = tmp_path / "report.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "sv_SE.UTF-8"}
    finished = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "drive_scenario.py"),
            "--report",
            str(report),
            "--trace-sql",
            "--typed",
            "300",
            "--",
            "--data-dir",
            str(data),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr[-3000:]
    phases = json.loads(report.read_text("utf-8"))
    assert list(phases) == PHASES
    for phase, result in phases.items():
        assert result["gui_statements"] == 0, (phase, result["gui_examples"])
        assert result["other_statements"] > 0, phase  # the action did use the database
    assert list((data / "backups").glob("samspel-*-start.sqlite3"))  # the start-up backup
