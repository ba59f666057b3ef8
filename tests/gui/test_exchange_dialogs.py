"""Receiving a file in the window: the question for a new pair, then the merge."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from samspel_desktop.gui import exchange_dialogs
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel


def test_receive_asks_before_adding_a_pair(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = Samspel.open(DataPaths(tmp_path / "meeting"))
    kd = Samspel.open(DataPaths(tmp_path / "kd"))
    try:
        pair = meeting.pairs.add(
            organisation="Vaggeryds kommun", political="Anna", executive="Karl"
        )
        meeting.conversations.start(pair.id)
        path = tmp_path / "till-kd.samspel"
        meeting.exchange.export_pair(pair.id, path)
        asked: list[str] = []
        monkeypatch.setattr(
            QMessageBox,
            "question",
            lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No,
        )
        monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
        parent = QWidget()
        assert not exchange_dialogs.receive(parent, kd, path)
        assert "Anna och Karl, Vaggeryds kommun" in asked[0] and not kd.pairs.all()
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        assert exchange_dialogs.receive(parent, kd, path)
        assert [p.political.name for p in kd.pairs.all()] == ["Anna"]
    finally:
        meeting.close()
        kd.close()


def test_the_sync_folder_dialog_asks_for_a_passphrase_and_shows_the_last_run(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from samspel_desktop.services import exchange_file

    services = Samspel.open(DataPaths(tmp_path / "anna"))
    try:
        services.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
        folder = tmp_path / "OneDrive" / "Samspel"
        folder.mkdir(parents=True)
        services.exchange.set_folder(folder)
        asked: list[str] = []

        def passphrase(*args: object) -> tuple[str, bool]:
            asked.append(str(args[2]))
            return "gemensam fras", True

        monkeypatch.setattr(QInputDialog, "getText", passphrase)
        dialog = exchange_dialogs.SyncFolderDialog(services)
        assert dialog.last_run.text().startswith("Inte synkad ännu")
        assert dialog.run_sync()
        assert asked and "lösenfras" in asked[0]
        (written,) = folder.glob("*.samspel")
        header, _ = exchange_file.read_header(written.read_bytes(), written.name)
        assert header.encryption is not None  # locked with the passphrase
        assert dialog.last_run.text().startswith("Senast: ")
        assert str(folder) in dialog.folder_label.text()
        dialog.deleteLater()
    finally:
        services.close()


def test_receiving_in_the_window_runs_no_sql_on_the_gui_thread(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The merge runs as an operation on the database thread (issue 14's rule for issue 18)."""
    import sqlite3

    from samspel_desktop.gui.operations import Operations
    from tests.test_gui_thread import _driver

    monkeypatch.setattr(sqlite3, "connect", sqlite3.connect)  # put back afterwards
    driver = _driver()
    trace = driver.SqlTrace()
    meeting = Samspel.open(DataPaths(tmp_path / "meeting"))
    kd = Samspel.open(DataPaths(tmp_path / "kd"))
    parent = QWidget()
    ops = Operations(kd, parent)
    try:
        pair = meeting.pairs.add(
            organisation="Vaggeryds kommun", political="Anna", executive="Karl"
        )
        meeting.conversations.start(pair.id)
        path = tmp_path / "till-kd.samspel"
        meeting.exchange.export_pair(pair.id, path)
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
        trace.take()
        assert exchange_dialogs.receive(parent, ops.services, path)
        on_gui, elsewhere = trace.take()
        assert on_gui == [] and elsewhere > 0
        assert [p.political.name for p in ops.services.pairs.all()] == ["Anna"]
    finally:
        ops.close()
        meeting.close()


def _typed(monkeypatch: pytest.MonkeyPatch, *answers: tuple[str, bool]) -> list[str]:
    """The passphrase box answers ``answers`` in turn (text, OK pressed); what it asked."""
    from PySide6.QtWidgets import QInputDialog

    asked: list[str] = []
    queue = list(answers)

    def get_text(*args: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return asked


def test_avbryt_at_the_share_passphrase_writes_no_file_and_an_empty_box_writes_one(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    services = Samspel.open(DataPaths(tmp_path / "anna"))
    try:
        pair = services.pairs.add(
            organisation="Vaggeryds kommun", political="Anna", executive="Karl"
        )
        target = tmp_path / "till-karl.samspel"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
        parent = QWidget()
        _typed(monkeypatch, ("", False))  # Avbryt
        assert not exchange_dialogs.share_pair(parent, services, pair.id)
        assert not target.exists() and not told
        _typed(monkeypatch, ("", True))  # OK with an empty box: not encrypted, as it says
        assert exchange_dialogs.share_pair(parent, services, pair.id)
        assert target.exists()
        # What was written, and what to do next on the other laptop.
        assert "till-karl.samspel" in told[0] and "Ta emot…" in told[0]
    finally:
        services.close()


def test_the_share_message_counts_in_swedish() -> None:
    assert "(1 ändring)" in exchange_dialogs.shared_message(Path("a.samspel"), 1)
    assert "(3 ändringar)" in exchange_dialogs.shared_message(Path("a.samspel"), 3)


def test_a_wrong_passphrase_asks_again_and_says_so(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = Samspel.open(DataPaths(tmp_path / "anna"))
    karl = Samspel.open(DataPaths(tmp_path / "karl"))
    try:
        pair = anna.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
        path = tmp_path / "krypterad.samspel"
        anna.exchange.export_pair(pair.id, path, passphrase="rätt fras")
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
        asked = _typed(monkeypatch, ("fel fras", True), ("rätt fras", True))
        assert exchange_dialogs.receive(QWidget(), karl, path)
        assert len(asked) == 2
        assert "igen" not in asked[0]  # the first question only asks
        assert "Fel lösenfras" in asked[1] and "Skriv lösenfrasen igen" in asked[1]
    finally:
        anna.close()
        karl.close()


def test_avbryt_at_the_sync_folder_passphrase_writes_nothing(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = Samspel.open(DataPaths(tmp_path / "anna"))
    try:
        services.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
        folder = tmp_path / "OneDrive" / "Samspel"
        folder.mkdir(parents=True)
        services.exchange.set_folder(folder)
        questions: list[str] = []
        monkeypatch.setattr(
            QMessageBox,
            "question",
            lambda _p, _t, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes,
        )
        _typed(monkeypatch, ("", False))  # Avbryt
        dialog = exchange_dialogs.SyncFolderDialog(services)
        assert not dialog.run_sync()
        assert not list(folder.iterdir()) and not questions  # not even the unencrypted question
        _typed(monkeypatch, ("", True))  # an empty box: asked once whether unencrypted is fine
        assert dialog.run_sync()
        assert len(questions) == 1 and list(folder.glob("*.samspel"))
        # The last run as the clock on the wall shows it, not a stored UTC stamp.
        assert re.fullmatch(r"Senast: \d{4}-\d\d-\d\d \d\d:\d\d – .+", dialog.last_run.text())
        dialog.deleteLater()
    finally:
        services.close()


def test_local_time_reads_a_stored_stamp_in_local_time() -> None:
    import datetime as dt

    stamp = dt.datetime(2026, 11, 30, 19, 28, 28, tzinfo=dt.UTC)
    expected = stamp.astimezone().strftime("%Y-%m-%d %H:%M")
    assert exchange_dialogs.local_time(stamp.isoformat()) == expected
    assert exchange_dialogs.local_time("inte en tid") == "inte en tid"
