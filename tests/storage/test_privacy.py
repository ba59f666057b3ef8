"""A folder Samspel creates is private: 0700 on POSIX, a protected ACL on Windows."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from samspel_desktop.storage import privacy

WINDOWS_ENV = {"SystemRoot": r"C:\WINDOWS", "USERNAME": "anna.berg", "USERDOMAIN": "VAGGERYD"}


def test_the_acl_command_protects_the_folder_for_user_system_and_administrators() -> None:
    command = privacy.protected_acl_command(r"D:\Samspel", "*S-1-5-21-11-22-33-1001", WINDOWS_ENV)
    assert command == [
        r"C:\WINDOWS\System32\icacls.exe",  # from the Windows folder, never from PATH
        r"D:\Samspel",
        "/inheritance:r",  # nothing inherited from D:\ (often "Authenticated Users")
        "/grant:r",
        "*S-1-5-21-11-22-33-1001:(OI)(CI)F",
        "*S-1-5-18:(OI)(CI)F",  # SYSTEM
        "*S-1-5-32-544:(OI)(CI)F",  # Administrators, whatever the language of Windows
        "/Q",
    ]


@pytest.mark.parametrize("folder", [r"H:\Samspel", r"\\srv\hem$\anna.berg\Samspel"])
def test_protecting_a_windows_folder_runs_icacls_once(folder: str) -> None:
    ran: list[list[str]] = []

    def run(command: Sequence[str]) -> int:
        ran.append(list(command))
        return 0

    assert privacy.protect_windows_folder(
        folder, user="*S-1-5-21-1-2-3-1001", env=WINDOWS_ENV, run=run
    )
    [command] = ran
    assert command[1] == folder
    assert "*S-1-5-21-1-2-3-1001:(OI)(CI)F" in command


@pytest.mark.skipif(sys.platform == "win32", reason="Windows answers with the token's SID")
def test_without_the_sid_the_account_name_from_the_environment_is_used() -> None:
    # Off Windows there is no token to ask: the environment's DOMÄN\namn is the fallback.
    assert privacy.current_user_account(WINDOWS_ENV) == r"VAGGERYD\anna.berg"
    assert privacy.current_user_account({"USERNAME": "anna"}) == "anna"
    assert privacy.current_user_account({}) is None


def test_a_failing_icacls_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def missing(_command: Sequence[str]) -> int:
        raise FileNotFoundError(2, "icacls.exe saknas")

    assert not privacy.protect_windows_folder(r"D:\S", user="x", env=WINDOWS_ENV, run=missing)
    assert not privacy.protect_windows_folder(r"D:\S", user="x", env=WINDOWS_ENV, run=lambda c: 5)
    assert not privacy.protect_windows_folder(r"D:\S", env={}, run=missing)
    assert len([r for r in caplog.records if "no ACL set" in r.getMessage()]) == 3
    caplog.clear()


def test_a_new_folder_on_windows_gets_the_protected_acl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    protected: list[Path] = []
    monkeypatch.setattr(privacy, "_WINDOWS", True)
    monkeypatch.setattr(privacy, "protect_windows_folder", protected.append)
    privacy.private_mkdir(tmp_path / "ny" / "Samspel")
    privacy.private_mkdir(tmp_path / "ny" / "Samspel")  # exists now: left as it is
    existing = tmp_path / "befintlig"
    existing.mkdir()
    privacy.private_mkdir(existing)  # an existing --data-dir keeps its ACL
    assert protected == [tmp_path / "ny" / "Samspel"]


@pytest.mark.skipif(sys.platform == "win32", reason="the ACL is set on Windows")
def test_off_windows_no_acl_is_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(privacy, "protect_windows_folder", pytest.fail)
    privacy.private_mkdir(tmp_path / "Samspel")
    assert (tmp_path / "Samspel").is_dir()
