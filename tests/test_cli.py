"""The ``samspel`` command line against a temp ``--data-dir``."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from samspel_desktop import __version__
from samspel_desktop.cli import build_parser, main


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _add_pair(capsys: pytest.CaptureFixture[str], data: Path) -> int:
    code, out, _ = run(
        capsys,
        data,
        "pair",
        "add",
        "--organisation",
        "Vaggeryds kommun",
        "--political",
        "Anna Berg",
        "--political-title",
        "Kommunstyrelsens ordförande",
        "--executive",
        "Karl Ek",
        "--executive-title",
        "Kommundirektör",
    )
    assert code == 0
    return int(out.strip())


def test_pair_add_and_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pair_id = _add_pair(capsys, tmp_path)
    code, out, _ = run(capsys, tmp_path, "list", "pairs", "--json")
    assert code == 0
    [pair] = json.loads(out)
    assert pair["id"] == pair_id
    assert pair["political"] == "Anna Berg"
    assert pair["executive_title"] == "Kommundirektör"
    code, out, _ = run(capsys, tmp_path, "list", "pairs")
    assert "Vaggeryds kommun" in out


def test_conversation_start_and_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pair_id = _add_pair(capsys, tmp_path)
    code, out, _ = run(
        capsys,
        tmp_path,
        "conversation",
        "start",
        "--pair",
        str(pair_id),
        "--guide",
        "skr-omraden",
        "--guide",
        "skr-forhallningssatt",
        "--date",
        "2027-01-20",
    )
    assert code == 0
    conversation_id = int(out)
    code, out, _ = run(capsys, tmp_path, "list", "conversations", "--json")
    [conversation] = json.loads(out)
    assert conversation["id"] == conversation_id
    assert conversation["date"] == "2027-01-20"
    assert conversation["guides"] == ["skr-omraden", "skr-forhallningssatt"]


def test_list_guides(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, tmp_path, "list", "guides", "--json")
    assert code == 0
    assert "skr-omraden" in {g["id"] for g in json.loads(out)}


def test_archive_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    pair_id = _add_pair(capsys, first)
    run(capsys, first, "conversation", "start", "--pair", str(pair_id))
    exported = tmp_path / "arkiv.json"
    assert run(capsys, first, "archive", "export", "-o", str(exported))[0] == 0
    assert run(capsys, second, "archive", "import", str(exported))[0] == 0
    again = tmp_path / "igen.json"
    assert run(capsys, second, "archive", "export", "-o", str(again))[0] == 0
    assert (
        json.loads(exported.read_text("utf-8"))["tables"]
        == json.loads(again.read_text("utf-8"))["tables"]
    )
    code, _, err = run(capsys, second, "archive", "import", str(exported))
    assert code == 1
    assert "redan" in err
    code, _, _ = run(capsys, second, "archive", "import", "--replace", str(exported))
    assert code == 0
    assert list((second / "backups").glob("*.sqlite3"))


def test_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, tmp_path, "check")
    assert (code, out) == (0, "ok\n")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "samspel.sqlite3").write_bytes(b"x" * 4096)
    code, _, err = run(capsys, tmp_path / "broken", "check")
    assert code != 0
    assert "skadad" in err


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["conversation", "start", "--pair", "99"], "inget samspelspar med id 99"),
        (["conversation", "start", "--pair", "1", "--guide", "nope"], "ingen samtalsguide"),
        (["archive", "import", "/nonexistent/arkiv.json"], "gick inte att läsa"),
        (["pair", "add", "--organisation", " ", "--political", "A", "--executive", "B"], "saknas"),
    ],
)
def test_user_mistakes_give_one_swedish_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], fragment: str
) -> None:
    if "--guide" in args:
        _add_pair(capsys, tmp_path)
    code, _, err = run(capsys, tmp_path, *args)
    assert code == 1
    assert fragment in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_bad_command_line_is_exit_2_in_swedish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(tmp_path), "conversation", "start", "--pair", "x"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert "fel:" in err
    assert "inte ett id" in err


def test_help_documents_every_command() -> None:
    parser = build_parser()
    text = parser.format_help()
    for command in ("pair", "list", "conversation", "archive", "search", "check", "open"):
        assert command in text
    assert "--data-dir" in text
    assert "--version" in text


def test_module_entry_point_runs_in_a_subprocess(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "samspel_desktop", "--data-dir", str(tmp_path), "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"Samspel {__version__}"


def test_search_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from samspel_desktop.domain.model import Side
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel

    pair_id = _add_pair(capsys, tmp_path)
    services = Samspel.open(DataPaths(tmp_path))
    services.add_commitment(pair_id, "Samverkan med skolan", Side.BOTH)
    services.close()
    code, out, _ = run(capsys, tmp_path, "search", "samverk", "--json")
    assert code == 0
    [hit] = json.loads(out)
    assert hit["kind"] == "commitment.what"
    assert hit["snippet"] == "[Samverkan] med skolan"
    assert hit["open"].startswith("commitment:")
    code, out, _ = run(capsys, tmp_path, "search", '"NOT (')
    assert (code, out.strip()) == (0, "Inga träffar.")


def test_report_and_handover_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import docx

    from samspel_desktop.services.demo import load_demo
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel

    services = Samspel.open(DataPaths(tmp_path))
    pair_id = load_demo(services)
    services.close()
    for command in ("report", "handover"):
        out = tmp_path / f"{command}.docx"
        code, _, err = run(
            capsys, tmp_path, "export", command, "--pair", str(pair_id), "-o", str(out)
        )
        assert code == 0, err
        assert len(docx.Document(str(out)).inline_shapes) == 1
    code, _, err = run(
        capsys,
        tmp_path,
        "export",
        "report",
        "--pair",
        str(pair_id),
        "--period",
        "2025",
        "-o",
        str(tmp_path / "x.docx"),
    )
    assert code == 1
    assert "valår" in err
