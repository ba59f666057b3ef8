"""``samspel answer``, ``exchange export|import`` and ``sync`` between data folders."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from samspel_desktop.cli import main
from samspel_desktop.storage import sync as sync_storage


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    code, out, err = run(capsys, data, *args)
    assert code == 0, err
    return out


def digest(data: Path) -> str:
    return hashlib.sha256((data / "samspel.sqlite3").read_bytes()).hexdigest()


def answers(data: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(data / "samspel.sqlite3")
    try:
        return conn.execute(
            "SELECT political, executive, conclusion FROM answers ORDER BY gid"
        ).fetchall()
    finally:
        conn.close()


def kept(data: Path) -> list[str]:
    conn = sqlite3.connect(data / "samspel.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT text FROM sync_conflicts ORDER BY gid")]
    finally:
        conn.close()


@pytest.fixture
def meeting(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[Path, int, int]:
    """The meeting laptop: a pair with one planned conversation."""
    data = tmp_path / "meeting"
    pair = int(
        ok(
            capsys,
            data,
            "pair",
            "add",
            "--organisation",
            "Vaggeryds kommun",
            "--political",
            "Anna Berg",
            "--executive",
            "Karl Ek",
        ).strip()
    )
    ok(capsys, data, "conversation", "start", "--pair", str(pair))
    return data, pair, 1


def test_private_preparation_reaches_the_meeting_laptop(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    meeting: tuple[Path, int, int],
) -> None:
    data, pair, conversation = meeting
    kd = tmp_path / "kd"
    file = tmp_path / "till-kd.samspel"
    ok(capsys, data, "exchange", "export", "--pair", str(pair), "-o", str(file))
    code, _, err = run(capsys, kd, "exchange", "import", str(file))
    assert code == 1 and "inte finns på den här datorn" in err and "Anna Berg" in err
    ok(capsys, kd, "exchange", "import", str(file), "--add-pair")
    # KD prepares on their own laptop; the KSO writes on the meeting laptop meanwhile.
    ok(
        capsys,
        kd,
        "answer",
        "--conversation",
        "1",
        "--question",
        "1",
        "--side",
        "executive",
        "--text",
        "Jag förbereder mig.",
    )
    ok(
        capsys,
        data,
        "answer",
        "--conversation",
        str(conversation),
        "--question",
        "1",
        "--side",
        "political",
        "--text",
        "Mitt perspektiv.",
    )
    back = tmp_path / "fran-kd.samspel"
    ok(capsys, kd, "exchange", "export", "--pair", "1", "-o", str(back))
    ok(capsys, data, "exchange", "import", str(back))
    assert answers(data) == [("Mitt perspektiv.", "Jag förbereder mig.", "")]
    # Re-importing the same file changes nothing, not even a second later.
    later = iter(f"2031-01-01T00:00:{s:02d}Z" for s in range(60))
    monkeypatch.setattr(sync_storage, "utc_now", lambda: next(later))
    before = digest(data)
    assert "Inga nya ändringar" in ok(capsys, data, "exchange", "import", str(back))
    assert digest(data) == before
    # Incremental: KD acknowledged our changes, so the next file holds only what is new.
    ok(
        capsys,
        data,
        "answer",
        "--conversation",
        str(conversation),
        "--question",
        "2",
        "--side",
        "joint",
        "--text",
        "Gemensamt.",
    )
    out = ok(capsys, data, "exchange", "export", "--pair", str(pair), "-o", str(file))
    assert "ändringarna sedan förra utbytet" in out
    ok(capsys, kd, "exchange", "import", str(file))
    assert answers(kd) == answers(data)


def test_bad_files_change_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: tuple[Path, int, int]
) -> None:
    data, pair, _ = meeting
    other = tmp_path / "other"
    ok(
        capsys,
        other,
        "pair",
        "add",
        "--organisation",
        "Ljungby kommun",
        "--political",
        "A",
        "--executive",
        "B",
    )
    secret = tmp_path / "secret.txt"
    secret.write_text("hemlig fras\n", encoding="utf-8")
    good = tmp_path / "good.samspel"
    ok(
        capsys,
        data,
        "exchange",
        "export",
        "--pair",
        str(pair),
        "-o",
        str(good),
        "--passphrase-file",
        str(secret),
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("fel fras", encoding="utf-8")
    raw = good.read_bytes()
    cases = {
        "truncated.samspel": raw[: len(raw) // 2],
        "tampered.samspel": raw[:-3] + bytes([raw[-3] ^ 0xFF]) + raw[-2:],
        "foreign.samspel": b"PK\x03\x04 not ours",
        "future.samspel": raw.replace(b'"format_version": 1', b'"format_version": 9', 1),
        "empty.samspel": b"",
    }
    # Straight after the command that made the folder: nothing settles first.
    before = digest(other)
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        code, _, err = run(
            capsys,
            other,
            "exchange",
            "import",
            str(path),
            "--add-pair",
            "--passphrase-file",
            str(secret),
        )
        assert code == 1, name
        assert err.startswith("samspel: fel: ") and "Traceback" not in err, name
        assert digest(other) == before, name
    code, _, err = run(
        capsys,
        other,
        "exchange",
        "import",
        str(good),
        "--add-pair",
        "--passphrase-file",
        str(wrong),
    )
    assert code == 1 and "Fel lösenfras" in err
    assert (
        "nyare version"
        in run(capsys, other, "exchange", "import", str(tmp_path / "future.samspel"))[2]
    )
    assert digest(other) == before


def test_copied_data_folder_gets_its_own_device_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: tuple[Path, int, int]
) -> None:
    import shutil

    data, pair, conversation = meeting
    copy = tmp_path / "copy"
    shutil.copytree(data, copy)
    ok(
        capsys,
        copy,
        "answer",
        "--conversation",
        str(conversation),
        "--question",
        "1",
        "--side",
        "political",
        "--text",
        "På kopian.",
    )

    def device(folder: Path) -> str:
        conn = sqlite3.connect(folder / "samspel.sqlite3")
        try:
            return str(conn.execute("SELECT device FROM sync_state").fetchone()[0])
        finally:
            conn.close()

    assert device(copy) != device(data)
    file = tmp_path / "copy.samspel"
    ok(capsys, copy, "exchange", "export", "--pair", str(pair), "-o", str(file))
    ok(capsys, data, "exchange", "import", str(file))
    assert answers(data)[0][0] == "På kopian."


def test_sync_folder_between_three_laptops(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: tuple[Path, int, int]
) -> None:
    data, _, conversation = meeting
    folder = tmp_path / "delad"
    folder.mkdir()
    kso, kd = tmp_path / "kso", tmp_path / "kd"
    code, _, err = run(capsys, data, "sync", "--folder", str(folder))
    assert code == 1 and "lösenfras" in err
    assert not list(folder.iterdir())
    for laptop in (data, kso, kd, data):
        ok(capsys, laptop, "sync", "--folder", str(folder), "--unencrypted")
    ok(
        capsys,
        kso,
        "answer",
        "--conversation",
        "1",
        "--question",
        "1",
        "--side",
        "joint",
        "--text",
        "KSO:s slutsats.",
    )
    ok(
        capsys,
        kd,
        "answer",
        "--conversation",
        "1",
        "--question",
        "1",
        "--side",
        "joint",
        "--text",
        "KD:s slutsats.",
    )
    ok(
        capsys,
        data,
        "answer",
        "--conversation",
        str(conversation),
        "--question",
        "1",
        "--side",
        "political",
        "--text",
        "Politiken.",
    )
    for _ in range(2):
        for laptop in (data, kso, kd):  # asked once: no --unencrypted needed again
            ok(capsys, laptop, "sync", "--folder", str(folder))
    assert answers(data) == answers(kso) == answers(kd)
    assert len(kept(data)) == 1 and kept(data) == kept(kso) == kept(kd)
    assert {answers(data)[0][2], kept(data)[0]} == {"KSO:s slutsats.", "KD:s slutsats."}
    assert sorted(p.suffix for p in folder.iterdir()) == [".samspel"] * 3


def test_sync_folder_skips_a_file_still_being_copied(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: tuple[Path, int, int]
) -> None:
    data, _, _ = meeting
    folder, staging = tmp_path / "delad", tmp_path / "staging"
    folder.mkdir()
    staging.mkdir()
    ok(capsys, data, "sync", "--folder", str(staging), "--unencrypted")
    [written] = list(staging.iterdir())
    complete = written.read_bytes()
    (folder / written.name).write_bytes(complete[: len(complete) - 40])
    other = tmp_path / "other"
    out = ok(capsys, other, "sync", "--folder", str(folder), "--unencrypted")
    assert "Hoppade över" in out
    (folder / written.name).write_bytes(complete)
    ok(capsys, other, "sync", "--folder", str(folder))
    assert answers(other) == answers(data)
    conn = sqlite3.connect(other / "samspel.sqlite3")
    assert conn.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1
    conn.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, not root")
def test_read_only_sync_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: tuple[Path, int, int]
) -> None:
    data, _, _ = meeting
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    before = digest(data)
    code, _, err = run(capsys, data, "sync", "--folder", str(folder), "--unencrypted")
    folder.chmod(0o700)
    assert code == 1 and "skrivskyddad" in err
    assert digest(data) == before


def test_missing_sync_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, meeting: tuple[Path, int, int]
) -> None:
    data, _, _ = meeting
    before = digest(data)
    code, _, err = run(capsys, data, "sync", "--folder", str(tmp_path / "borta"), "--unencrypted")
    assert code == 1 and "går inte att nå" in err
    assert digest(data) == before


@pytest.mark.parametrize(
    ("code", "words"), [(28, "är full"), (30, "skrivskyddad"), (5, "går inte att nå")]
)
def test_sync_folder_full_read_only_or_gone_while_writing(
    capsys: pytest.CaptureFixture[str],
    *,
    tmp_path: Path,
    meeting: tuple[Path, int, int],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    words: str,
) -> None:
    """ENOSPC, EROFS and EIO from the folder (a full share, a read-only one, a dropped drive)."""
    from samspel_desktop.services import exchange

    data, _, _ = meeting
    folder = tmp_path / "delad"
    folder.mkdir()

    def fail(path: Path, data: bytes) -> None:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(exchange, "_write_shared_file", fail)
    before = digest(data)
    status, _, err = run(capsys, data, "sync", "--folder", str(folder), "--unencrypted")
    assert status == 1 and words in err
    assert digest(data) == before
