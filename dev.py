#!/usr/bin/env python3
"""Bootstrap and developer entry point for Samspel.

Two commands are all a newcomer needs (Python 3.11+ on the PATH):

    python3 dev.py start      # create/refresh .venv from pinned versions, start the app
    python3 dev.py test       # the same venv, then ruff, mypy --strict, import-linter, pytest

Both create the virtual environment ``.venv`` beside this file on first use and re-install
whenever ``requirements/lock.txt`` changes. Only the standard library is used here, because
this file runs before any dependency exists.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
LOCK = ROOT / "requirements" / "lock.txt"
VENV = Path(os.environ.get("SAMSPEL_VENV", ROOT / ".venv"))
STAMP = VENV / ".samspel-lock.sha256"
MIN_PYTHON = (3, 11)
# importlinter.cli has no __main__ guard, so call its console entry point directly.
LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"

# System libraries Qt needs (Debian/Ubuntu names): the first group even offscreen, the xcb group
# for a window on an X11 desktop (and for the packaging test, which bundles the xcb plugin).
# Installed only when missing, only as root, only where apt-get exists: a fresh CI container,
# never a user laptop; elsewhere the exact command is printed.
QT_SYSTEM_PACKAGES = [
    "libegl1",
    "libgl1",
    "libglib2.0-0",
    "libfontconfig1",
    "libxkbcommon0",
    "libdbus-1-3",
    "fonts-dejavu-core",
]
QT_XCB_PACKAGES = [
    "libxcb-cursor0",
    "libxkbcommon-x11-0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xinerama0",
]


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _run(cmd: list[str | os.PathLike[str]], **kwargs: object) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kwargs)  # type: ignore[call-overload]


def _lock_digest() -> str:
    data = LOCK.read_bytes() + (ROOT / "pyproject.toml").read_bytes()
    return hashlib.sha256(data).hexdigest()


def ensure_venv() -> Path:
    """Create or refresh the project's virtual environment; return its interpreter."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"Samspel needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer.")
    python = _venv_python()
    digest = _lock_digest()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == digest:
        return python
    if not python.exists():
        print(f"Creating virtual environment in {VENV}", flush=True)
        if VENV.exists():
            shutil.rmtree(VENV)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    pip = [python, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    steps = [
        [*pip, "install", "--quiet", "--requirement", LOCK],
        [*pip, "install", "--quiet", "--no-deps", "--no-build-isolation", "--editable", ROOT],
    ]
    for step in steps:
        if _run(step) != 0:
            sys.exit("Installing the pinned dependencies failed; see the pip output above.")
    STAMP.write_text(digest + "\n")
    return python


def _missing_xcb_libraries(python: Path) -> list[str]:
    """Shared libraries Qt's xcb platform plugin cannot find (Linux only; ``[]`` elsewhere)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return []
    find = "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent)"
    found = subprocess.run([str(python), "-c", find], capture_output=True, text=True, check=False)
    plugin = Path(found.stdout.strip()) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if found.returncode != 0 or not plugin.exists():
        return []
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    missing = {line.split()[0] for line in ldd.stdout.splitlines() if "not found" in line}
    return sorted(missing)


def _ensure_qt_system_libraries(python: Path, env: dict[str, str], *, xcb: bool) -> None:
    """Make sure Qt loads (offscreen) and, with ``xcb``, can open a window on X11."""
    probe = [python, "-c", "from PySide6 import QtWidgets"]
    packages: list[str] = []
    if subprocess.call([str(c) for c in probe], cwd=ROOT, env=env) != 0:
        packages += QT_SYSTEM_PACKAGES
    missing = _missing_xcb_libraries(python) if xcb else []
    if missing:
        packages += QT_XCB_PACKAGES
    if not packages:
        return
    can_install = sys.platform.startswith("linux") and shutil.which("apt-get") and os.geteuid() == 0
    if not can_install:
        detail = f" (missing: {', '.join(missing)})" if missing else ""
        sys.exit(
            f"Qt cannot open a window: system libraries are missing{detail}.\n"
            "On Debian or Ubuntu install them with:\n"
            f"  sudo apt-get install {' '.join(packages)}"
        )
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.call(["apt-get", "update", "-qq"], env=apt_env)
    code = subprocess.call(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=apt_env
    )
    still_missing = xcb and _missing_xcb_libraries(python)
    if code != 0 or still_missing or subprocess.call([str(c) for c in probe], env=env) != 0:
        sys.exit("Qt still cannot be loaded after installing its system libraries.")


#: The real X screen and keyboard of the window tests (tests/test_window_on_screen.py,
#: tests/test_keyboard.py); without them those tests are skipped.
X_TEST_PACKAGES = {"Xvfb": "xvfb", "xdotool": "xdotool"}


def _ensure_x_test_tools() -> None:
    """Install Xvfb and xdotool where dev.py may (Debian/Ubuntu as root: CI); else say which
    tests are skipped and how to run them."""
    missing = [package for tool, package in X_TEST_PACKAGES.items() if not shutil.which(tool)]
    if not missing or not sys.platform.startswith("linux"):
        return
    if shutil.which("apt-get") and os.geteuid() == 0:
        apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.call(["apt-get", "update", "-qq"], env=apt_env)
        subprocess.call(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=apt_env
        )
        return
    print(
        "Note: the tests on a real X screen and keyboard are skipped; to run them: "
        f"sudo apt-get install {' '.join(missing)}",
        flush=True,
    )


def cmd_start(args: list[str]) -> int:
    python = ensure_venv()
    # A Wayland session uses Qt's wayland plugin; elsewhere on Linux Qt needs xcb.
    on_x11 = not os.environ.get("WAYLAND_DISPLAY") and os.environ.get("QT_QPA_PLATFORM") in (
        None,
        "xcb",
    )
    if sys.platform.startswith("linux") and on_x11:
        _ensure_qt_system_libraries(python, dict(os.environ), xcb=True)
    return _run([python, "-m", "samspel_desktop", *args])


def cmd_test(args: list[str]) -> int:
    python = ensure_venv()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    _ensure_qt_system_libraries(python, env, xcb=True)
    _ensure_x_test_tools()
    checks: list[tuple[str, list[str | os.PathLike[str]]]] = [
        ("forms up to date", [python, "packaging/compile_forms.py", "--check"]),
        ("ruff lint", [python, "-m", "ruff", "check", "."]),
        ("ruff format", [python, "-m", "ruff", "format", "--check", "."]),
        ("mypy --strict", [python, "-m", "mypy"]),
        ("import-linter", [python, "-c", LINT_IMPORTS, "--config", "pyproject.toml"]),
        ("pytest", [python, "-m", "pytest", *args]),
    ]
    failed = []
    for name, cmd in checks:
        print(f"\n=== {name} ===", flush=True)
        if _run(cmd, env=env) != 0:
            failed.append(name)
    if failed:
        print("\nFAILED: " + ", ".join(failed), flush=True)
        return 1
    print("\nAll checks passed.", flush=True)
    return 0


def main(argv: list[str]) -> int:
    commands = {"start": cmd_start, "test": cmd_test}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
