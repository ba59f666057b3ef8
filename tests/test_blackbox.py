"""Black box: the real app process, real keystrokes, killed hard – the text must survive."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair

TEXT = "Vi behöver ses oftare – åäö ÅÄÖ"
DRIVER = Path(__file__).resolve().parents[1] / "benchmarks" / "drive_app.py"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_typed_text_survives_a_hard_kill_two_seconds_later(
    tmp_path: Path, make_pair: MakePair
) -> None:
    data = tmp_path / "data"
    services = Samspel.open(DataPaths(data))
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    services.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The real app, typed into from outside with QTest (benchmarks/drive_app.py), as a user would.
    with subprocess.Popen(
        [
            sys.executable,
            str(DRIVER),
            "--type",
            TEXT,
            "--data-dir",
            str(data),
            "open",
            "conversation",
            str(conversation.id),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        try:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "typed"
            time.sleep(2.0)
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
    archive = tmp_path / "arkiv.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "samspel_desktop",
            "--data-dir",
            str(data),
            "archive",
            "export",
            "-o",
            str(archive),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(archive.read_text("utf-8"))["tables"]["answers"]
    assert [a["political"] for a in answers] == [TEXT]
