"""The window's start: a wrong data folder setting is a message; Qt's warnings are logged; the
start page is read before the built-in guides are installed."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from samspel_desktop import app
from samspel_desktop.gui import start_page
from samspel_desktop.services import paths as paths_module
from samspel_desktop.services.guides import GuideService
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


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


def test_start_up_reads_the_start_page_before_it_installs_the_built_in_guides(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_pair: MakePair
) -> None:
    """The window's start-up reads its start page first on the database thread; the built-in
    guides (new ones an update brought) are installed behind it, still at start."""
    paths = DataPaths(tmp_path / "data")
    services = Samspel.open(paths)
    make_pair(services)
    services.close()
    with contextlib.closing(sqlite3.connect(paths.database)) as conn, conn:
        conn.execute("DELETE FROM guides WHERE builtin = 1")  # as before the update
    events: list[str] = []
    read, install = start_page.read_start_page, GuideService.install_builtin

    def reading(*args: Any, **kwargs: Any) -> Any:
        events.append("start page")
        return read(*args, **kwargs)

    def installing(self: GuideService) -> None:
        events.append("guides")
        install(self)

    monkeypatch.setattr(start_page, "read_start_page", reading)
    monkeypatch.setattr(GuideService, "install_builtin", installing)
    monkeypatch.setattr(app, "configure_logging", lambda _paths: None)  # no log file handler

    class Instance:  # the one-instance server, not needed here
        def follow(self, window: object) -> None: ...
        def listen(self) -> None: ...

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    launcher = app._Launcher(qapp, paths, settings, Instance(), None)  # type: ignore[arg-type]
    window = launcher._show_window(build=False)
    qtbot.addWidget(window)
    launcher._after_first_paint()
    try:
        qtbot.waitUntil(lambda: window.filled and "guides" in events, timeout=20_000)
        qtbot.wait(300)  # the start-up check's watcher starts a moment after the start page
    finally:
        assert launcher._ops is not None
        launcher._ops.close()
    assert events == ["start page", "guides"]
    assert "Anna Berg" in window.start_page.ui.pairList.item(0).text()
    with contextlib.closing(sqlite3.connect(paths.database)) as conn:
        assert conn.execute("SELECT count(*) FROM guides WHERE builtin = 1").fetchone()[0] > 0
