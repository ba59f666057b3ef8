"""The pinned versions cover every OS: a dependency only Windows needs has its own line.

pip on Linux skips a ``sys_platform == "win32"`` requirement silently, so a lock that works here
can still lack a package on Windows (colorama, which click and pytest need there) or pin a
version a Windows-only requirement excludes. These tests evaluate every locked package's
requirements as Windows (and macOS) would and check them against the pins.
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"
BUILD = ROOT / "requirements" / "build.txt"

#: Comes with every virtual environment (``venv --with-pip``); never pinned in the lock.
BOOTSTRAPPED = {"pip"}

PLATFORMS = {
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}


def _environment(platform: str) -> dict[str, str]:
    return {**default_environment(), **PLATFORMS[platform], "extra": ""}


def _pins(*files: Path) -> dict[str, Requirement]:
    pins: dict[str, Requirement] = {}
    for file in files:
        for line in file.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                requirement = Requirement(line)
                pins[canonicalize_name(requirement.name)] = requirement
    return pins


def _pinned_version(requirement: Requirement) -> str:
    [specifier] = list(requirement.specifier)
    assert specifier.operator == "==", requirement
    return specifier.version


def _missing(pins: dict[str, Requirement], platform: str, packages: list[str]) -> list[str]:
    """Requirements of ``packages`` (as installed here) that the pins do not meet on
    ``platform``."""
    environment = _environment(platform)
    problems = []
    for name in packages:
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue  # not for this OS (colorama on Linux): nothing to read here
        for text in requires:
            requirement = Requirement(text)
            if requirement.marker is not None and not requirement.marker.evaluate(environment):
                continue
            if canonicalize_name(requirement.name) in BOOTSTRAPPED:
                continue
            pin = pins.get(canonicalize_name(requirement.name))
            applies = pin is not None and (pin.marker is None or pin.marker.evaluate(environment))
            if pin is None or not applies:
                problems.append(f"{name} needs {requirement} on {platform}: not pinned there")
            elif not requirement.specifier.contains(_pinned_version(pin), prereleases=True):
                problems.append(f"{name} needs {requirement}; pinned {pin}")
    return problems


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_the_lock_covers_every_requirement_on_every_os(platform: str) -> None:
    pins = _pins(LOCK)
    packages = [*pins, "samspel-desktop"]
    assert _missing(pins, platform, packages) == []


def test_colorama_is_pinned_for_windows_only() -> None:
    colorama = _pins(LOCK)["colorama"]
    assert colorama.marker is not None
    assert colorama.marker.evaluate(_environment("windows"))
    assert not colorama.marker.evaluate(_environment("linux"))


def test_the_build_tools_are_complete_on_windows() -> None:
    pins = _pins(LOCK, BUILD)
    assert _pinned_version(pins["pefile"]) != "2024.8.26"  # the slow pefile (packaging/README)
    try:
        importlib.metadata.distribution("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("PyInstaller is installed by packaging/build.py (the slow packaging test)")
    build_tools = list(_pins(BUILD))
    assert _missing(pins, "windows", build_tools) == []
    assert _missing(pins, "linux", build_tools) == []
