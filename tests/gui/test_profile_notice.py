"""The first start in a Windows profile that is lost at logoff warns before anything is typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from samspel_desktop.gui.profile_notice import warn_if_profile_is_lost_at_logoff
from samspel_desktop.services.paths import (
    PT_MANDATORY,
    PT_ROAMING,
    PT_TEMPORARY,
    DataPaths,
    ProfileRisk,
)

PROFILE = DataPaths(
    Path(r"C:\Users\anna\AppData\Local\Samspel\Samspel"),
    log_root=Path(r"C:\Users\anna\AppData\Local\Samspel\Samspel\Logs"),
    origin="default",
)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.mark.parametrize(
    ("case", "risk", "words"),
    [
        ((PT_TEMPORARY, {}), ProfileRisk.TEMPORARY, "tillfällig profil"),
        ((PT_MANDATORY, {}), ProfileRisk.MANDATORY, "obligatorisk profil"),
        ((PT_ROAMING, {"SESSIONNAME": "ICA-CGP#4"}), ProfileRisk.TERMINAL_SERVER, "terminalserver"),
    ],
)
def test_a_profile_lost_at_logoff_is_warned_about(
    qtbot: QtBot,
    warnings: list[str],
    case: tuple[int, dict[str, str]],
    risk: ProfileRisk,
    words: str,
) -> None:
    profile_type, env = case
    found = warn_if_profile_is_lost_at_logoff(
        None, PROFILE, os_name="nt", env=env, profile_type=profile_type
    )
    assert found is risk
    [text] = warnings
    assert words in text
    assert "loggar ut" in text


def test_an_ordinary_profile_is_not_warned_about(qtbot: QtBot, warnings: list[str]) -> None:
    found = warn_if_profile_is_lost_at_logoff(None, PROFILE, os_name="nt", env={}, profile_type=0)
    assert found is None
    assert warnings == []


@pytest.mark.parametrize("origin", ["argument", "environment", "machine"])
def test_a_folder_outside_the_profile_is_never_warned_about(
    qtbot: QtBot, warnings: list[str], origin: str
) -> None:
    paths = DataPaths(Path(r"H:\Samspel"), origin=origin)  # type: ignore[arg-type]
    assert (
        warn_if_profile_is_lost_at_logoff(
            None, paths, os_name="nt", env={}, profile_type=PT_TEMPORARY
        )
        is None
    )
    assert warnings == []
