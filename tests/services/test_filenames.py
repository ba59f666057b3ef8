"""Suggested file names Windows accepts; dialogs that never start in the program's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from samspel_desktop.services import filenames
from samspel_desktop.services.filenames import dialog_start, safe_file_name


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Budget 2027: vad nu? – seminarium.json", "Budget 2027 vad nu – seminarium.json"),
        ('Bord "1" <norr>|söder*.json', "Bord 1 norr söder.json"),
        ("a/b\\c.docx", "a b c.docx"),
        ("Vaggeryds kommun – Överenskommelse 2027-02-10.docx", None),  # already safe
        ("CON.json", "Samspel CON.json"),
        ("nul", "Samspel nul"),
        ("lpt1.txt.json", "Samspel lpt1.txt.json"),
        ("...json", "Samspel.json"),
        ("?.json", "Samspel.json"),
        ("Slut. ", "Slut"),
        ("rad\tett\nrad två.docx", "rad ett rad två.docx"),
    ],
)
def test_names_windows_refuses_are_made_safe(name: str, safe: str | None) -> None:
    assert safe_file_name(name) == (safe or name)


def test_a_long_title_is_shortened_and_keeps_its_extension() -> None:
    name = safe_file_name("Å" * 400 + ".docx")
    assert name.endswith(".docx")
    assert len(name) <= filenames.MAX_STEM + len(".docx")


def test_nothing_unsafe_remains_for_any_character() -> None:
    name = safe_file_name("".join(chr(c) for c in range(0, 128)) + ".json")
    assert not set('<>:"/\\|?*') & set(name)
    assert all(ord(c) >= 32 for c in name)


def test_a_dialog_starts_in_the_folder_given_else_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Dokument"
    documents.mkdir()
    monkeypatch.setattr(filenames, "documents_folder", lambda: documents)
    backups = tmp_path / "backups"
    backups.mkdir()
    assert dialog_start(backups) == str(backups)
    assert dialog_start(None, "Budget: vad nu?.json") == str(documents / "Budget vad nu.json")
    # A folder that does not exist (yet) is never where a dialog starts: Documents is.
    assert dialog_start(tmp_path / "saknas", "a.json") == str(documents / "a.json")
    monkeypatch.chdir(backups)  # the working folder (C:\Program Files\Samspel) is never used
    assert dialog_start(None) == str(documents)


def test_without_documents_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filenames, "documents_folder", lambda: tmp_path / "finns-inte")
    assert dialog_start(None) == str(Path.home())
