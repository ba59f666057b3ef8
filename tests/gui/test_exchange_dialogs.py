"""Receiving a file in the window: the question for a new pair, then the merge."""

from __future__ import annotations

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
        assert dialog.last_run.text() == ""
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
    import importlib.util
    import sqlite3

    from samspel_desktop.gui.operations import Operations

    monkeypatch.setattr(sqlite3, "connect", sqlite3.connect)  # put back afterwards
    spec = importlib.util.spec_from_file_location(
        "drive_scenario", Path(__file__).resolve().parents[2] / "benchmarks" / "drive_scenario.py"
    )
    assert spec is not None and spec.loader is not None
    driver = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(driver)
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
