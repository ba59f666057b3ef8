"""The command line's console: UTF-8 when piped (Windows' cp1252), a crash report, no traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samspel_desktop import cli
from samspel_desktop.cli import pairs as cli_pairs
from samspel_desktop.services.console import configure_stream, crash_log_dir

NOT_IN_CP1252 = "Łódź → Åsa"  # Ł, ź and the arrow are not in cp1252; å/ä/ö are


def _samspel(data: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The CLI in a subprocess with output piped and Windows' ANSI encoding simulated."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    return subprocess.run(
        [sys.executable, "-m", "samspel_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_piped_output_is_utf8_whatever_the_code_page(tmp_path: Path) -> None:
    added = _samspel(
        tmp_path,
        *("pair", "add", "--organisation", NOT_IN_CP1252),
        *("--political", "Anna", "--executive", "Karl"),
    )
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    listed = _samspel(tmp_path, "list", "pairs", "--json")
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in listed.stderr
    [pair] = json.loads(listed.stdout.decode("utf-8"))  # UTF-8 bytes, not cp1252
    assert pair["organisation"] == NOT_IN_CP1252
    table = _samspel(tmp_path, "list", "pairs")
    assert NOT_IN_CP1252.encode("utf-8") in table.stdout


def test_an_error_line_on_a_piped_stderr_is_utf8(tmp_path: Path) -> None:
    result = _samspel(tmp_path, "restore", f"{NOT_IN_CP1252}.sqlite3")
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert err.startswith("samspel: fel:")
    assert NOT_IN_CP1252 in err
    assert err.count("\n") == 1  # one line, no traceback


def test_a_terminal_in_another_code_page_shows_a_question_mark_not_a_traceback() -> None:
    buffer = io.BytesIO()
    terminal = io.TextIOWrapper(buffer, encoding="cp1252", errors="strict")
    configure_stream(terminal, is_terminal=True)
    terminal.write(f"{NOT_IN_CP1252}\n")
    terminal.flush()
    assert buffer.getvalue().decode("cp1252") == "?ód? ? Åsa\n"


def test_a_pipe_in_another_code_page_becomes_utf8() -> None:
    buffer = io.BytesIO()
    pipe = io.TextIOWrapper(buffer, encoding="cp1252")
    configure_stream(pipe, is_terminal=False)
    pipe.write(NOT_IN_CP1252)
    pipe.flush()
    assert buffer.getvalue().decode("utf-8") == NOT_IN_CP1252


def test_a_bug_in_a_command_files_a_crash_report_and_prints_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bug(_services: object, _args: object) -> int:
        raise ZeroDivisionError("ett programfel i ett test")

    monkeypatch.setattr(cli_pairs, "run_list", bug)  # the command family's own run
    code = cli.main(["--data-dir", str(tmp_path), "list", "pairs"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("samspel: fel: Ett oväntat fel inträffade")
    assert "Traceback" not in err
    [report] = (tmp_path / "logs").glob("krasch-*-fel.txt")
    assert str(report) in err  # the line names the file
    text = report.read_text("utf-8")
    assert "ZeroDivisionError: ett programfel i ett test" in text
    assert "Traceback" in text


def test_a_crash_in_a_subprocess_leaves_a_report_and_no_traceback(tmp_path: Path) -> None:
    """The real entry point: nothing but the one line reaches the terminal."""
    script = (
        "import sys\n"
        "from samspel_desktop import cli\n"
        "from samspel_desktop.cli import search\n"
        "def bug(services, args):\n"
        "    raise RuntimeError('fel i ett test')\n"
        "search.run_search = bug\n"
        f"sys.exit(cli.main(['--data-dir', {str(tmp_path)!r}, 'search', 'samspel']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert len(list((tmp_path / "logs").glob("krasch-*-fel.txt"))) == 1


def test_the_crash_report_goes_to_the_data_folder_given(tmp_path: Path) -> None:
    assert crash_log_dir(["--data-dir", str(tmp_path), "list"]) == tmp_path / "logs"
    assert crash_log_dir([f"--data-dir={tmp_path}", "list"]) == tmp_path / "logs"
