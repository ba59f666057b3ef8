"""SIGKILL during real saves: the database stays whole and no acknowledged save is lost.

A few rounds of ``benchmarks/crash_soak.py``; run that script for hundreds.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from samspel_desktop.services.paths import DataPaths

SOAK = Path(__file__).resolve().parents[2] / "benchmarks" / "crash_soak.py"


@pytest.fixture(scope="module")
def soak() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_soak", SOAK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_soak"] = module
    spec.loader.exec_module(module)
    return module


def test_killed_saves_are_durable_and_the_database_whole(soak: ModuleType, tmp_path: Path) -> None:
    summary = soak.soak(tmp_path / "data", runs=6, seed=11)
    assert summary.runs == 6
    assert summary.acknowledged > 0
    assert summary.problems == []
    assert summary.ok


def test_saves_through_the_windows_autosave_are_durable(soak: ModuleType, tmp_path: Path) -> None:
    """The same, saving the way the window does: autosave, queue, database thread."""
    summary = soak.soak(tmp_path / "data", runs=6, seed=12, via_window=True)
    assert summary.runs == 6
    assert summary.acknowledged > 0
    assert summary.problems == []
    assert summary.ok


def test_the_check_notices_a_lost_save(soak: ModuleType, tmp_path: Path) -> None:
    """The verification can fail: an acknowledgement that is not in the database is lost."""
    paths = DataPaths(tmp_path / "data")
    acks = soak.Acks()
    summary = soak.Summary()
    import random

    soak.run_once(paths, 5, random.Random(5), acks, summary)
    assert summary.ok
    acks.read(["ready 1 1\n", "ack answer s5-999999 999999\n", "ack answer s5-1000000"], 5)
    assert soak.verify(paths, acks) == ["answer s5-999999 lost or changed"]
