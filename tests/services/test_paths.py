"""Where the data lives: --data-dir, $SAMSPEL_DATA_DIR, IT's machine-wide setting, the profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from samspel_desktop.domain.errors import ConfigurationError
from samspel_desktop.services import paths as paths_module
from samspel_desktop.services.paths import (
    POLICY_KEY,
    POLICY_VALUE,
    PT_MANDATORY,
    PT_ROAMING,
    PT_TEMPORARY,
    ProfileRisk,
    machine_data_dir,
    profile_risk,
    resolve_data_paths,
)

USER_ENV = {"USERNAME": "anna.berg", "USERPROFILE": r"C:\Users\anna.berg", "HOMEDRIVE": "H:"}


def _registry(values: dict[tuple[str, str], str]) -> paths_module.RegistryReader:
    return lambda key, value: values.get((key, value))


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        (r"H:\Samspel", r"H:\Samspel"),
        (r"%HOMEDRIVE%\Samspel", r"H:\Samspel"),
        (r"\\srv\hem$\%USERNAME%\Samspel", r"\\srv\hem$\anna.berg\Samspel"),
        (r"\\srv\hem$\%username%\Samspel", r"\\srv\hem$\anna.berg\Samspel"),  # any case
        (r'"D:\Samspel data\%USERNAME%" ', r"D:\Samspel data\anna.berg"),  # quoted by IT
    ],
)
def test_the_registry_policy_sets_each_users_data_folder(setting: str, expected: str) -> None:
    found = machine_data_dir(
        os_name="nt",
        env=USER_ENV,
        read_registry=_registry({(POLICY_KEY, POLICY_VALUE): setting}),
        app_dir=None,
    )
    assert found is not None
    assert str(found.folder) == expected
    assert found.source == r"HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Samspel\DataDir"


def test_no_setting_means_the_profile(tmp_path: Path) -> None:
    assert (
        machine_data_dir(os_name="nt", env=USER_ENV, read_registry=_registry({}), app_dir=tmp_path)
        is None
    )
    (tmp_path / "samspel.ini").write_text("[Samspel]\n# DataDir = H:\\Samspel\n", "utf-8")
    assert (
        machine_data_dir(os_name="nt", env=USER_ENV, read_registry=_registry({}), app_dir=tmp_path)
        is None
    )


def test_the_file_beside_the_program_is_read_with_a_bom(tmp_path: Path) -> None:
    # Notepad (and PowerShell 5.1's Set-Content -Encoding UTF8) write a byte-order mark.
    (tmp_path / "samspel.ini").write_text(
        "[Samspel]\nDataDir = \\\\srv\\hem$\\%USERNAME%\\Samspel\n", encoding="utf-8-sig"
    )
    found = machine_data_dir(
        os_name="nt", env=USER_ENV, read_registry=_registry({}), app_dir=tmp_path
    )
    assert found is not None
    assert str(found.folder) == r"\\srv\hem$\anna.berg\Samspel"
    assert found.source == str(tmp_path / "samspel.ini")


def test_the_registry_wins_over_the_file(tmp_path: Path) -> None:
    (tmp_path / "samspel.ini").write_text("[Samspel]\nDataDir = D:\\Fil\n", "utf-8")
    found = machine_data_dir(
        os_name="nt",
        env=USER_ENV,
        read_registry=_registry({(POLICY_KEY, POLICY_VALUE): r"H:\Register"}),
        app_dir=tmp_path,
    )
    assert found is not None and str(found.folder) == r"H:\Register"


def test_the_file_works_off_windows_too(tmp_path: Path) -> None:
    (tmp_path / "samspel.ini").write_text("[Samspel]\nDataDir = /srv/samspel/%USER%\n", "utf-8")
    found = machine_data_dir(
        os_name="posix", env={"USER": "anna"}, read_registry=None, app_dir=tmp_path
    )
    assert found is not None and str(found.folder) == "/srv/samspel/anna"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        (r"Samspel", "inte en fullständig sökväg"),
        (r"H:Samspel", "inte en fullständig sökväg"),
        (r"\Samspel", "inte en fullständig sökväg"),
        (r"\\srv\hem$\%HEMKATALOG%\Samspel", "%HEMKATALOG%"),
    ],
)
def test_a_setting_that_cannot_be_right_is_refused_not_ignored(setting: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match="Datamappen som IT har angett") as raised:
        machine_data_dir(
            os_name="nt",
            env=USER_ENV,
            read_registry=_registry({(POLICY_KEY, POLICY_VALUE): setting}),
            app_dir=None,
        )
    assert message in raised.value.message


def test_an_unreadable_settings_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "samspel.ini").write_text("DataDir = H:\\Samspel\n", "utf-8")  # no [Samspel]
    with pytest.raises(ConfigurationError, match="kunde inte läsas"):
        machine_data_dir(os_name="nt", env=USER_ENV, read_registry=None, app_dir=tmp_path)


def test_the_registry_is_only_asked_on_windows() -> None:
    def fail(_key: str, _value: str) -> str | None:
        raise AssertionError("the registry was read off Windows")

    assert machine_data_dir(os_name="posix", env={}, read_registry=fail, app_dir=None) is None


def test_order_argument_environment_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    explicit = resolve_data_paths(str(tmp_path / "vald"))
    assert (explicit.root, explicit.origin, explicit.log_root) == (
        tmp_path / "vald",
        "argument",
        None,
    )
    monkeypatch.setenv("SAMSPEL_DATA_DIR", str(tmp_path / "miljö"))
    from_env = resolve_data_paths(None)
    assert (from_env.root, from_env.origin) == (tmp_path / "miljö", "environment")
    monkeypatch.delenv("SAMSPEL_DATA_DIR")
    monkeypatch.setattr(paths_module, "installed_app_dir", lambda: None)
    default = resolve_data_paths(None)
    assert default.origin == "default"
    assert default.log_root is not None


def test_the_machine_setting_comes_before_the_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The installed program (frozen) finds samspel.ini beside it; logs go into the folder."""
    monkeypatch.delenv("SAMSPEL_DATA_DIR")
    (tmp_path / "samspel.ini").write_text(f"[Samspel]\nDataDir = {tmp_path / 'it'}\n", "utf-8")
    monkeypatch.setattr(paths_module, "installed_app_dir", lambda: tmp_path)
    chosen = resolve_data_paths(None)
    assert (chosen.root, chosen.origin) == (tmp_path / "it", "machine")
    assert chosen.logs == tmp_path / "it" / "logs"  # the profile's log folder may go too


@pytest.mark.parametrize(
    ("profile_type", "env", "risk"),
    [
        (0, USER_ENV, None),  # an ordinary local profile
        (PT_TEMPORARY, USER_ENV, ProfileRisk.TEMPORARY),
        (None, {"USERPROFILE": r"C:\Users\TEMP"}, ProfileRisk.TEMPORARY),
        (None, {"USERPROFILE": "C:\\Users\\TEMP.VAGGERYD.001\\"}, ProfileRisk.TEMPORARY),
        (PT_MANDATORY, USER_ENV, ProfileRisk.MANDATORY),
        (PT_ROAMING, {**USER_ENV, "SESSIONNAME": "RDP-Tcp#12"}, ProfileRisk.TERMINAL_SERVER),
        (PT_ROAMING, {**USER_ENV, "SESSIONNAME": "ICA-CGP#3"}, ProfileRisk.TERMINAL_SERVER),
        (PT_ROAMING, {**USER_ENV, "SESSIONNAME": "Console"}, None),  # a laptop: stays local
        (0, {**USER_ENV, "SESSIONNAME": "RDP-Tcp#12"}, None),  # a local profile on RDS (FSLogix)
    ],
)
def test_a_profile_known_to_be_lost_at_logoff_is_recognised(
    profile_type: int | None, env: dict[str, str], risk: ProfileRisk | None
) -> None:
    assert profile_risk(os_name="nt", env=env, profile_type=profile_type) is risk


def test_profiles_are_only_judged_on_windows() -> None:
    env = {"USERPROFILE": r"C:\Users\TEMP"}
    assert profile_risk(os_name="posix", env=env, profile_type=PT_TEMPORARY) is None
