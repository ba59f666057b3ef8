"""The ``samspel`` command line against a temp ``--data-dir``."""

import json
import subprocess
from pathlib import Path

import pytest

from samspel_desktop import __version__
from samspel_desktop.cli import build_parser, main
from tests.conftest import run_samspel


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
    assert out.splitlines()[0].split() == [
        "Id", "Organisation", "Sort", "Leder", "Politiken", "Förvaltningen", "Fas",
    ]  # fmt: skip
    assert "KSO–KD" in out and "Kommunstyrelsen" in out and "Uppbyggande" in out


def test_a_committee_pair_names_its_committee(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    base = ["pair", "add", "--organisation", "Vaggeryds kommun", "--political", "Eva Lund",
            "--executive", "Per Ek", "--kind", "namndordforande-forvaltningschef"]  # fmt: skip
    code, _, err = run(capsys, tmp_path, *base)
    assert code == 1 and "Ange vilken nämnd paret leder" in err
    code, out, _ = run(capsys, tmp_path, *base, "--body", "Socialnämnden", "--term", "fullmaktige")
    assert code == 0
    code, out, _ = run(capsys, tmp_path, "list", "pairs", "--json")
    [pair] = json.loads(out)
    assert (pair["body"], pair["term"]) == ("Socialnämnden", "fullmaktige")
    code, out, _ = run(capsys, tmp_path, "list", "pairs")
    assert "Socialnämnden" in out and "Nämndordförande–förvaltningschef" in out


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
    # For people: Swedish headers and labels, no Python syntax.
    code, out, _ = run(capsys, tmp_path, "list", "conversations")
    header, row = out.splitlines()
    assert header.split() == ["Id", "Par", "Datum", "Status", "Samtalsguider"]
    assert "Planerat" in row or "Pågår" in row
    assert "SKR:s samtalsområden, Förhållningssätt – skattning" in row
    assert "[" not in out and "'" not in out and "pagar" not in out


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


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["answer", "--conversation", "1", "--question", "0", "--side", "joint", "--text", "x"],
         "”0” är för litet; det minsta talet är 1"),
        (["export", "agreement", "--pair", "1", "--version", "-2", "--output", "a.docx"],
         "”-2” är för litet"),
        (["search", "budget", "--limit", "många"], "”många” är inte ett heltal"),
        (["conversation", "start", "--pair", "0"], "”0” är inte ett giltigt id"),
    ],
)  # fmt: skip
def test_numbers_and_ids_are_named_as_what_they_are(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A question number or a version is not an id: the message says what was wrong with it."""
    with pytest.raises(SystemExit) as raised:
        main(["--data-dir", str(tmp_path), *argv])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert ("id" in message) == ("id" in err.splitlines()[-1])


def test_help_documents_every_command() -> None:
    parser = build_parser()
    text = parser.format_help()
    for command in (
        "pair", "list", "conversation", "archive", "search", "check", "open",
        "backup", "backups", "restore", "recover", "export", "import", "trash",
        "guide", "seminar",
    ):  # fmt: skip
        assert command in text
    assert "--data-dir" in text
    assert "--version" in text


def test_module_entry_point_runs_in_a_subprocess(tmp_path: Path) -> None:
    result = run_samspel(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Samspel {__version__}"


def test_a_command_run_as_the_process_leaves_its_data_folder_closed_and_whole(
    tmp_path: Path,
) -> None:
    """The entry point ends a command's process without the exit-time garbage collection: what
    the command wrote was closed before (no -wal or -shm file left, the database whole)."""

    def samspel(*args: str) -> subprocess.CompletedProcess[str]:
        return run_samspel(tmp_path, *args)

    added = samspel(
        "pair", "add", "--organisation", "Ekåsa kommun", "--political", "A", "--executive", "B"
    )
    assert added.returncode == 0, added.stderr
    exported = samspel("export", "agreement", "--pair", added.stdout.strip(), "-o", "ö.docx")
    assert exported.returncode == 1  # no agreement yet: one Swedish line
    assert exported.stderr.startswith("samspel: fel: ") and "Traceback" not in exported.stderr
    listed = samspel("list", "pairs")
    assert listed.returncode == 0 and "Ekåsa kommun" in listed.stdout
    assert sorted(p.name for p in tmp_path.glob("samspel.sqlite3*")) == ["samspel.sqlite3"]
    assert samspel("check").returncode == 0


def test_main_called_in_a_process_that_goes_on_leaves_its_garbage_collection_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import gc

    frozen = gc.get_freeze_count()
    _add_pair(capsys, tmp_path)
    assert gc.get_freeze_count() == frozen


def test_search_command(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from samspel_desktop.domain.model import Side
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel

    pair_id = _add_pair(capsys, tmp_path)
    services = Samspel.open(DataPaths(tmp_path))
    services.commitments.add(pair_id, "Samverkan med skolan", Side.BOTH)
    services.close()
    code, out, _ = run(capsys, tmp_path, "search", "samverk", "--json")
    assert code == 0
    [hit] = json.loads(out)
    assert hit["kind"] == "commitment.what"
    assert hit["snippet"] == "Samverkan med skolan"
    assert hit["matches"] == ["Samverkan"]
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


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_backups_and_restore(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _add_pair(capsys, tmp_path)
    code, out, _ = run(capsys, tmp_path, "backup")
    assert code == 0
    backup = Path(out.strip())
    assert backup.parent == tmp_path / "backups"
    code, out, _ = run(capsys, tmp_path, "backup", "-o", str(tmp_path / "usb" / "flytt.sqlite3"))
    assert (code, out.strip()) == (0, str(tmp_path / "usb" / "flytt.sqlite3"))
    code, out, _ = run(capsys, tmp_path, "backups", "--json")
    listed = json.loads(out)
    # The first command with data in the database also took the start-up backup.
    assert sorted(b["reason"] for b in listed) == ["manuell", "start"]
    assert backup.name in [b["file"] for b in listed]
    code, out, _ = run(capsys, tmp_path, "backups")
    assert out.splitlines()[0].split() == ["Skapad", "Varför", "Byte", "Fil"]
    assert "Manuell" in out
    assert backup.name in out

    run(capsys, tmp_path, "pair", "add", "--organisation", "Alingsås kommun", "--political", "A",
        "--executive", "B")  # fmt: skip
    code, _, err = run(capsys, tmp_path, "restore", backup.name)
    assert code == 0
    assert "Återställde" in err
    assert "ångra" in err
    code, out, _ = run(capsys, tmp_path, "list", "pairs", "--json")
    assert [p["organisation"] for p in json.loads(out)] == ["Vaggeryds kommun"]


def test_restore_of_a_bad_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _add_pair(capsys, tmp_path)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\0" * 4096)
    before = _sha(tmp_path / "samspel.sqlite3")
    code, _, err = run(capsys, tmp_path, "restore", str(bad))
    assert code == 1
    assert err.count("\n") == 1
    assert "inte en SQLite-databas" in err
    assert _sha(tmp_path / "samspel.sqlite3") == before


def test_check_of_a_damaged_database_changes_nothing_and_recover_restores(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.services.test_backups import damage

    for number in range(30):
        run(capsys, tmp_path, "pair", "add", "--organisation", f"Kommun {number}",
            "--political", "A", "--executive", "B")  # fmt: skip
    code, out, _ = run(capsys, tmp_path, "backup")
    assert code == 0
    database = tmp_path / "samspel.sqlite3"
    damage(database)
    before = _sha(database)
    files_before = sorted(p.name for p in tmp_path.iterdir())

    code, out, err = run(capsys, tmp_path, "check")
    assert code == 1
    assert out == ""
    assert "är skadad" in err
    assert "samspel recover" in err
    assert _sha(database) == before

    code, _, err = run(capsys, tmp_path, "list", "pairs")
    assert code == 1
    assert "skadad" in err
    assert _sha(database) == before
    # The read-only check may leave SQLite's (empty) side files, never a changed database.
    new_files = {p.name for p in tmp_path.iterdir()} - set(files_before)
    assert new_files <= {"samspel.sqlite3-wal", "samspel.sqlite3-shm"}
    assert not (tmp_path / "samspel.sqlite3-wal").exists() or not (
        (tmp_path / "samspel.sqlite3-wal").stat().st_size
    )

    code, _, err = run(capsys, tmp_path, "recover")
    assert code == 0
    assert "skadade databasen ligger kvar" in err
    [aside] = tmp_path.glob("samspel-skadad-*.sqlite3")
    assert _sha(aside) == before
    code, out, _ = run(capsys, tmp_path, "check")
    assert (code, out) == (0, "ok\n")
    code, out, _ = run(capsys, tmp_path, "list", "pairs", "--json")
    assert len(json.loads(out)) == 30

    code, _, err = run(capsys, tmp_path, "recover")
    assert code == 1
    assert "Databasen är hel" in err


def test_restore_is_refused_while_the_app_has_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from samspel_desktop.gui.single_instance import lock_data_folder
    from samspel_desktop.services.paths import DataPaths

    _add_pair(capsys, tmp_path)
    code, out, _ = run(capsys, tmp_path, "backup")
    lock = lock_data_folder(DataPaths(tmp_path))
    assert lock is not None
    try:
        code, _, err = run(capsys, tmp_path, "restore", out.strip())
    finally:
        lock.unlock()
    assert code == 1
    assert "Samspel är öppet" in err


def test_trash_list_restore_and_empty(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pair_id = _add_pair(capsys, tmp_path)
    code, out, _ = run(capsys, tmp_path, "conversation", "start", "--pair", str(pair_id))
    conversation_id = int(out)
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel

    opened = Samspel.open(DataPaths(tmp_path))
    opened.trash.delete("conversation", conversation_id)
    opened.close()
    code, out, _ = run(capsys, tmp_path, "trash", "list", "--json")
    assert [(i["kind"], i["id"]) for i in json.loads(out)] == [("conversation", conversation_id)]
    code, _, err = run(capsys, tmp_path, "trash", "empty")
    assert code == 1
    assert "--yes" in err
    code, _, _ = run(capsys, tmp_path, "trash", "restore", "conversation", str(conversation_id))
    assert code == 0
    code, out, _ = run(capsys, tmp_path, "trash", "list")
    assert out == "(inga)\n"
    code, _, err = run(capsys, tmp_path, "trash", "empty", "--yes")
    assert (code, err) == (0, "Raderade 0 rader för gott.\n")


def test_parser_choices_match_the_domain() -> None:
    from samspel_desktop.cli import PAIR_KINDS, PHASES
    from samspel_desktop.domain.model import PairKind, Phase

    assert list(PAIR_KINDS) == [k.value for k in PairKind]
    assert list(PHASES) == [p.value for p in Phase]
    from samspel_desktop.cli.common import TERMS
    from samspel_desktop.domain.calendar import TermBasis

    assert list(TERMS) == [t.value for t in TermBasis]


def test_guide_export_import_and_seminar_commands(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "a")]
    guide = tmp_path / "guide.json"
    assert main([*data, "guide", "export", "skr-omraden", "-o", str(guide)]) == 0
    assert main([*data, "guide", "import", str(guide)]) == 0
    assert "finns redan" in capsys.readouterr().err
    assert main([*data, "guide", "import", str(guide), "--replace"]) == 0
    assert main([*data, "guide", "export", "finns-inte", "-o", str(guide)]) == 1
    assert "ingen samtalsguide" in capsys.readouterr().err
    create = ["seminar", "create", "--title", "Samspelsdag", "--guide", "skr-omraden"]
    groups = ["--group", "Bord 1: Anna Berg (KSO), Karl Ek (KD)", "--group", "Bord 2"]
    assert main([*data, *create, "--date", "2027-02-10", *groups]) == 0
    uuid = capsys.readouterr().out.strip()
    handout = tmp_path / "utdelning.json"
    assert main([*data, "seminar", "export", "--seminar", uuid, "-o", str(handout)]) == 0
    laptop = ["--data-dir", str(tmp_path / "b")]
    assert main([*laptop, "seminar", "import", str(handout)]) == 0
    assert "lades till" in capsys.readouterr().err
    group_file = tmp_path / "bord1.json"
    args = ["seminar", "export-group", "--seminar", uuid, "--group", "Bord 1", "-o"]
    assert main([*laptop, *args, str(group_file)]) == 0
    assert main([*data, "seminar", "import", str(group_file)]) == 0
    assert main([*data, "seminar", "list", "--json"]) == 0
    assert '"Bord 2"' in capsys.readouterr().out
    summary = tmp_path / "s.docx"
    assert main([*data, "seminar", "summary", "--seminar", uuid, "-o", str(summary)]) == 0
    assert summary.stat().st_size > 0
    capsys.readouterr()
    assert (
        main([*data, "seminar", "export-group", "--seminar", uuid, "--group", "X", "-o", "x"]) == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ingen grupp" in err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "d", "--lang", "en"],
        ["--data-dir=d", "export", "agreement", "--pair", "3", "-o", "x.docx"],
        ["--data-dir", "export", "list", "pairs", "--json"],  # a folder named "export"
        ["open", "conversation", "7"],
        ["open", "agreement", "--pair", "3"],
        ["open", "seminar", "0f8fad5b-d9cb-469f-a165-70867728950e"],
        ["seminar", "export-group", "--seminar", "u", "--group", "Bord 1", "-o", "g.json"],
    ],
)
def test_a_parser_for_one_command_reads_it_like_the_whole_parser(argv: list[str]) -> None:
    assert build_parser(argv).parse_args(argv) == build_parser().parse_args(argv)


def test_help_and_unknown_commands_get_the_whole_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "seminar" in build_parser(["--help"]).format_help()
    with pytest.raises(SystemExit):
        main(["exprot"])
    assert "välj bland" in capsys.readouterr().err


def test_reading_commands_take_no_start_up_backup_and_writing_ones_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import shutil

    pair = _add_pair(capsys, tmp_path)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)  # so the daily backup is due
    code, _, _ = run(capsys, tmp_path, "search", "Vaggeryd")
    assert code == 0
    code, _, _ = run(capsys, tmp_path, "archive", "export", "-o", str(tmp_path / "arkiv.json"))
    assert code == 0
    assert not list((tmp_path / "backups").glob("*.sqlite3"))
    code, _, _ = run(capsys, tmp_path, "conversation", "start", "--pair", str(pair))
    assert code == 0
    assert list((tmp_path / "backups").glob("samspel-*-start.sqlite3"))


@pytest.mark.parametrize(
    "argv",
    [
        ["open", "agreement"],
        ["open", "agreement", "7"],
        ["open", "follow-up", "--pair", "0"],
        ["open", "seminar"],
        ["open", "conversation", "x"],
        ["open", "conversation", "7", "--pair", "3"],
    ],
)
def test_open_without_its_id_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert ("samspel open" in err or "inte ett id" in err) and "Traceback" not in err


def test_list_pairs_in_swedish_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for organisation in ("Örebro kommun", "Ängelholms kommun", "Åre kommun", "Zinkgruvan"):
        code, _, _ = run(capsys, tmp_path, "pair", "add", "--organisation", organisation,
                         "--political", "A B", "--executive", "C D")  # fmt: skip
        assert code == 0
    code, out, _ = run(capsys, tmp_path, "list", "pairs", "--json")
    assert [p["organisation"] for p in json.loads(out)] == [
        "Zinkgruvan",
        "Åre kommun",
        "Ängelholms kommun",
        "Örebro kommun",
    ]
