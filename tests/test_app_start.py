"""The window's start: a wrong data folder setting is a message; Qt's warnings are logged; the
start page is read and shown before the start-up's own work (daily backup, built-in guides, the
quick check) begins."""

from __future__ import annotations

import contextlib
import linecache
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from samspel_desktop import app
from samspel_desktop.gui import start_page
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services import paths as paths_module
from samspel_desktop.services.data_folder import DataFolderService
from samspel_desktop.services.guides import GuideService
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.inspection import IntegrityGate
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


def test_start_up_shows_the_start_page_before_its_own_work_begins(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_pair: MakePair
) -> None:
    """The window's start-up reads its start page first on the database thread and shows it;
    only then (the start page filled) come the daily backup's snapshot, the built-in guides (new
    ones an update brought) and the quick check of the database, still at start and the backup
    still before anything is written."""
    paths = DataPaths(tmp_path / "data")
    services = Samspel.open(paths)
    make_pair(services)
    services.close()
    with contextlib.closing(sqlite3.connect(paths.database)) as conn, conn:
        conn.execute("DELETE FROM guides WHERE builtin = 1")  # as before the update
    events: list[str] = []
    read, install = start_page.read_start_page, GuideService.install_builtin
    prepare, check = DataFolderService.prepare_daily_backup, IntegrityGate._run
    window: MainWindow | None = None

    def seen(event: str) -> str:
        # (A flag the GUI thread sets as it shows the page; read here on the database thread.)
        return event + (" (filled)" if window is not None and window.filled else "")

    def reading(*args: Any, **kwargs: Any) -> Any:
        events.append(seen("start page"))
        return read(*args, **kwargs)

    def installing(self: GuideService) -> None:
        events.append(seen("guides"))
        install(self)

    def preparing(self: DataFolderService, **kwargs: Any) -> Any:
        events.append(seen("backup"))
        return prepare(self, **kwargs)

    def checking(self: IntegrityGate, **kwargs: Any) -> None:
        if "check" not in " ".join(events):
            events.append(seen("check"))
        check(self, **kwargs)

    monkeypatch.setattr(start_page, "read_start_page", reading)
    monkeypatch.setattr(GuideService, "install_builtin", installing)
    monkeypatch.setattr(DataFolderService, "prepare_daily_backup", preparing)
    monkeypatch.setattr(IntegrityGate, "_run", checking)
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
    # As PySide's import hook leaves it: the source of a module imported before the paint.
    linecache.getlines(app.__file__)
    assert app.__file__ in linecache.cache
    launcher._after_first_paint()
    try:
        qtbot.waitUntil(lambda: window.filled, timeout=20_000)
        # Dropped at the first paint and again once the database thread's imports are done.
        assert app.__file__ not in linecache.cache
        qtbot.waitUntil(lambda: len(events) == 4, timeout=20_000)
        qtbot.wait(300)  # the start-up check's watcher and the backup's copy
    finally:
        assert launcher._ops is not None
        launcher._ops.close()
    assert events[0] == "start page"
    assert sorted(events[1:]) == ["backup (filled)", "check (filled)", "guides (filled)"]
    assert events.index("backup (filled)") < events.index("guides (filled)")  # before a write
    assert "Anna Berg" in window.start_page.ui.pairList.item(0).text()
    with contextlib.closing(sqlite3.connect(paths.database)) as conn:
        assert conn.execute("SELECT count(*) FROM guides WHERE builtin = 1").fetchone()[0] > 0
    assert list(paths.backups.glob("samspel-*-start.sqlite3"))


def test_pyside_tells_a_module_that_uses_it_without_reading_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After start-up's :func:`app.spare_pyside_source_scans`, importing a module no longer
    reads its whole source into ``linecache`` (PySide's ``__feature__`` check did that for every
    module: ~25 ms and ~4 MB at start-up), and PySide still sorts modules as its own check did:
    0 for a module using PySide6, -1 (ignored) for one that does not."""
    import sys

    feature = sys.modules["shibokensupport.feature"]
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)  # restored after
    app.spare_pyside_source_scans()
    (tmp_path / "plain_module_for_test.py").write_text("VALUE = 1\n", "utf-8")
    (tmp_path / "qt_module_for_test.py").write_text(
        "from PySide6.QtCore import QObject\n\nclass Thing(QObject):\n    pass\n", "utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("plain_module_for_test", "qt_module_for_test"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)
        assert str(tmp_path / f"{name}.py") not in linecache.cache
    assert feature.pyside_feature_dict["plain_module_for_test"] == -1
    assert feature.pyside_feature_dict["qt_module_for_test"] == 0
