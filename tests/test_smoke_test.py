"""``samspel --smoke-test`` from source: the same self-test packaging/build.py runs on a build."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samspel_desktop.cli import build_parser, main
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.smoke_test import PAINTED


def _smoke(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "samspel_desktop", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_smoke_test_creates_data_paints_and_exports(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = _smoke("--data-dir", str(data), "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == PAINTED
    assert result.stdout.splitlines()[1].startswith("Självtestet lyckades")
    assert result.stderr == ""
    services = Samspel.open(DataPaths(data))
    try:
        [pair] = services.pairs.all()
        assert pair.political.name == "Åsa Öberg"
        assert len(services.conversations.all(pair.id)) == 1
        assert len(services.agreements.versions(pair.id)) == 1
    finally:
        services.close()
    archive = json.loads((data / "självtest" / "arkiv.json").read_text("utf-8"))
    assert [row["name"] for row in archive["tables"]["organisations"]] == ["Självtestets kommun"]


def test_smoke_test_without_data_dir_leaves_no_data_behind(tmp_path: Path) -> None:
    default = tmp_path / "default-data"
    result = _smoke("--smoke-test", env={"SAMSPEL_DATA_DIR": str(default)})
    assert result.returncode == 0, result.stderr
    assert not default.exists()
    temp = Path(result.stdout.strip().rsplit(" data i ", 1)[1])
    assert not temp.exists()


def test_smoke_test_failure_is_one_line_and_exit_1(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _smoke("--data-dir", str(blocker), "--smoke-test")
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("samspel: självtestet misslyckades: ")


def test_smoke_test_refuses_a_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(tmp_path), "--smoke-test", "check"])
    assert raised.value.code == 2
    assert "kan inte kombineras" in capsys.readouterr().err


def test_smoke_test_flag_is_documented() -> None:
    assert "--smoke-test" in build_parser().format_help()
