"""Minnesanteckningar are saved from where a pair looks after a meeting: the conversation view
and the start page's list of conversations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services import filenames
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


@pytest.fixture
def saved_to(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The save dialog starts in Documents; the user accepts the suggested name without
    ".docx" (the extension is added)."""
    documents = tmp_path / "Dokument"
    documents.mkdir()
    monkeypatch.setattr(filenames, "documents_folder", lambda: documents)
    starts: list[str] = []

    def dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return start.removesuffix(".docx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return starts


def _title(path: Path) -> str:
    return docx.Document(str(path)).paragraphs[0].text


def test_minutes_from_the_conversation_and_from_the_list(
    qtbot: QtBot, services: Samspel, make_pair: MakePair, saved_to: list[str], tmp_path: Path
) -> None:
    pair = make_pair(services)
    services.conversations.start(pair.id, date=dt.date(2027, 1, 10))
    latest = services.conversations.start(pair.id, date=dt.date(2027, 2, 10))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.start_page
    assert page.ui.minutesButton.isVisible() and page.ui.minutesButton.isEnabled()
    page.ui.conversationTable.selectRow(1)
    qtbot.mouseClick(page.ui.minutesButton, Qt.MouseButton.LeftButton)
    first = tmp_path / "Dokument" / "Vaggeryds kommun – Minnesanteckningar 2027-01-10.docx"
    assert saved_to[-1] == str(first)
    assert _title(first) == "Minnesanteckningar"
    assert str(first) in window.statusBar().currentMessage()

    window.show_conversation(latest.id)
    view = window.conversation_view
    view.ui.notesEdit.setPlainText("Skrivet alldeles nyss")
    qtbot.mouseClick(view.ui.minutesButton, Qt.MouseButton.LeftButton)
    second = tmp_path / "Dokument" / "Vaggeryds kommun – Minnesanteckningar 2027-02-10.docx"
    texts = [p.text for p in docx.Document(str(second)).paragraphs]
    assert "Skrivet alldeles nyss" in texts, "what was typed is saved before the export"


def test_minutes_as_pdf_a_for_the_e_archive(
    qtbot: QtBot,
    services: Samspel,
    make_pair: MakePair,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, date=dt.date(2027, 1, 10))
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _p, _t, start, filters: (
            str(tmp_path / "protokoll"),
            next(f for f in filters.split(";;") if "PDF/A" in f),
        ),
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_conversation(conversation.id)
    qtbot.mouseClick(window.conversation_view.ui.minutesButton, Qt.MouseButton.LeftButton)
    written = tmp_path / "protokoll.pdf"
    assert written.read_bytes().startswith(b"%PDF-")
    assert b"pdfaid:part" in written.read_bytes()  # the PDF/A identification
    assert "PDF/A" in window.statusBar().currentMessage()
    assert not (tmp_path / "protokoll.docx").exists()
