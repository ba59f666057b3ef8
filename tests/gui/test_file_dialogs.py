"""Every save dialog suggests a name Windows accepts, in Documents or the backups folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.backup_dialog import BackupDialog
from samspel_desktop.gui.seminar_page import SeminarPage
from samspel_desktop.services import filenames
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.seminar_demo import load_seminar_demo


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """What each dialog was given to start with; the user then cancels."""
    documents = tmp_path / "Dokument"
    documents.mkdir()
    monkeypatch.setattr(filenames, "documents_folder", lambda: documents)
    starts: list[str] = []

    def dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", dialog)
    return starts


def test_a_seminar_title_with_colon_and_question_mark(
    qtbot: QtBot, services: Samspel, asked: list[str], tmp_path: Path
) -> None:
    seminar_id = load_seminar_demo(services)
    seminar = services.seminars.get(seminar_id)
    services.seminars.update_details(
        seminar_id, title="Budget 2027: vad nu?", date=seminar.date, place="", facilitator=""
    )
    page = SeminarPage(services)
    qtbot.addWidget(page)
    page.load(seminar_id)
    page.export_seminar()
    [start] = asked
    assert Path(start).parent == tmp_path / "Dokument"
    assert Path(start).name == "Budget 2027 vad nu – seminarium.json"


def test_restore_from_file_starts_in_the_backups_folder(
    qtbot: QtBot, services: Samspel, asked: list[str], tmp_path: Path
) -> None:
    services.data_folder.backup()
    dialog = BackupDialog(services)
    qtbot.addWidget(dialog)
    dialog.restore_file_button.click()
    dialog.save_as_button.click()
    assert services.data_folder.paths is not None
    assert asked == [
        str(services.data_folder.paths.backups),
        str(tmp_path / "Dokument" / "samspel-kopia.sqlite3"),
    ]
