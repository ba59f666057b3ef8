"""The window's start: a wrong data folder setting is a message; Qt's warnings are logged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from samspel_desktop import app
from samspel_desktop.services import paths as paths_module


def test_a_wrong_machine_setting_is_shown_in_a_window(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("SAMSPEL_DATA_DIR")
    (tmp_path / "samspel.ini").write_text("[Samspel]\nDataDir = Samspel\n", "utf-8")  # relative
    monkeypatch.setattr(paths_module, "installed_app_dir", lambda: tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(app, "run_gui", lambda *_a, **_k: pytest.fail("started anyway"))
    assert app.gui_main() == 1
    [text] = shown
    assert "Datamappen som IT har angett" in text and "Kontakta IT" in text
    assert capsys.readouterr().err.startswith("samspel: fel: Datamappen som IT har angett")


def test_qt_warnings_go_to_the_log(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    """A warning Qt itself gives (a missing plugin, a bad stylesheet) reaches samspel.log."""
    from PySide6.QtCore import qWarning

    app.route_qt_messages()  # as run_gui does; pytest-qt puts its own handler back afterwards
    qWarning("en varning från Qt")
    [record] = [r for r in caplog.records if r.name == "samspel_desktop.qt"]
    assert record.levelname == "WARNING"
    assert record.getMessage() == "Qt: en varning från Qt"
    caplog.clear()  # expected here: not a warning for the fixture that fails on them
