#!/usr/bin/env python3
"""Build Samspel's self-contained app folder for this platform, then prove that it works.

    python3 packaging/build.py                 # everything below, from a clean clone
    python3 packaging/build.py --reuse-cache   # keep PyInstaller's analysis cache (faster)
    python3 packaging/build.py --no-timing     # skip the start-up comparison

Steps (any failure exits non-zero):

1. Bootstrap: the project's ``.venv`` (dev.py's ``ensure_venv``, from ``requirements/lock.txt``)
   plus the pinned build-only tools of ``requirements/build.txt`` (PyInstaller), then re-run
   this script inside that venv.
2. Compile the translations (``resources/translations/*.ts``) to ``.qm`` with Qt's lrelease.
3. PyInstaller ``--onedir`` through ``packaging/samspel.spec`` into ``dist/Samspel/``
   (``dist/Samspel.app`` on macOS), leaving out what ``packaging/freeze_rules.py`` drops.
4. Check the folder: at most 120 MB, and on Linux every bundled library resolves (ldd).
5. Smoke test: the built executable with ``--smoke-test`` on a temp data folder, offscreen
   and then on the platform users get: ``windows`` on Windows, ``xcb`` under ``xvfb-run`` on
   Linux when it is there (:func:`smoke_platforms`).
6. Start-up: time from process start to the first paint of the main window, built app vs
   ``python -m samspel_desktop``, interleaved runs in this one process, medians compared;
   the built app must be within 1.5 times the source run.

Only the standard library is imported at the top: step 1 runs on any Python 3.11+.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD_LOCK = ROOT / "requirements" / "build.txt"
SPEC = ROOT / "packaging" / "samspel.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
MAX_BYTES = 120 * 1024 * 1024
STARTUP_BUDGET = 1.5
INNER_ENV = "SAMSPEL_BUILD_INNER"
#: The self-test's line at the window's first paint (``samspel_desktop.smoke_test.PAINTED``).
PAINTED = "Huvudfönstret är ritat."
MB = 1024 * 1024


def _say(message: str) -> None:
    print(f"[build] {message}", flush=True)


def _run(cmd: list[str | os.PathLike[str]], **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True, **kwargs)  # type: ignore[call-overload]


# --- 1. bootstrap (system Python) -------------------------------------------------------------


def _bootstrap(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    import dev

    python = dev.ensure_venv()
    stamp = dev.VENV / ".samspel-build.sha256"
    digest = hashlib.sha256(BUILD_LOCK.read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text().strip() != digest:
        _say("installing the build tools from requirements/build.txt")
        pip = [python, "-m", "pip", "--disable-pip-version-check", "--no-input"]
        _run([*pip, "install", "--quiet", "--no-deps", "--requirement", BUILD_LOCK])
        stamp.write_text(digest + "\n")
    env = {**os.environ, INNER_ENV: "1"}
    dev._ensure_qt_system_libraries(python, {**env, "QT_QPA_PLATFORM": "offscreen"}, xcb=True)
    return subprocess.call([str(python), str(Path(__file__).resolve()), *argv], cwd=ROOT, env=env)


# --- 2.-3. build (inside the venv) ------------------------------------------------------------


def _qt_tool(name: str) -> Path:
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "Qt" / "libexec" / name, base / f"{name}.exe", base / name):
        if candidate.exists():
            return candidate
    raise SystemExit(f"Qt's {name} was not found in the PySide6 installation")


def compile_translations(stage: Path) -> None:
    target = stage / "translations"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        _run([_qt_tool("lrelease"), "-silent", ts, "-qm", target / f"{ts.stem}.qm"])


def run_pyinstaller(dist: Path, work: Path, *, clean: bool) -> float:
    started = time.perf_counter()
    cmd: list[str | os.PathLike[str]] = [sys.executable, "-m", "PyInstaller", "--noconfirm"]
    if clean:
        cmd.append("--clean")
    cmd += ["--log-level", "WARN", "--distpath", dist, "--workpath", work / "pyinstaller", SPEC]
    _run(cmd, env={**os.environ, "SAMSPEL_STAGE": str(work / "stage")})
    return time.perf_counter() - started


def app_folder(dist: Path) -> Path:
    return dist / ("Samspel.app" if sys.platform == "darwin" else "Samspel")


def app_executable(dist: Path) -> Path:
    """The console-capable executable: the one scripts, IT and the smoke test call."""
    if sys.platform == "win32":
        return dist / "Samspel" / "samspel-cli.exe"
    if sys.platform == "darwin":
        return dist / "Samspel.app" / "Contents" / "MacOS" / "Samspel"
    return dist / "Samspel" / "samspel"


# --- 4. checks on the folder ------------------------------------------------------------------


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def report_size(folder: Path) -> int:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    _say(f"{folder}: {total / MB:.1f} MB in {len(files)} files")
    groups: dict[str, int] = {}
    for path in files:
        rel = path.relative_to(folder).as_posix().lower()
        if "pyside6" in rel and "/plugins/" in rel:
            key = "Qt plugins"
        elif "pyside6" in rel and "/translations/" in rel:
            key = "Qt translations"
        elif "pyside6" in rel or "shiboken6" in rel:
            key = "Qt and PySide6 libraries"
        elif "samspel_desktop/resources" in rel:
            key = "Samspel resources"
        elif "base_library.zip" in rel or "python3" in rel or "lib-dynload" in rel:
            key = "Python runtime"
        elif rel.endswith(("lxml", ".so", ".pyd", ".dll", ".dylib")) or ".so." in rel:
            key = "other native libraries (lxml, system libraries)"
        else:
            key = "other (executables, Python archive, data)"
        groups[key] = groups.get(key, 0) + path.stat().st_size
    for key, size in sorted(groups.items(), key=lambda item: -item[1]):
        _say(f"  {size / MB:6.1f} MB  {key}")
    for path in sorted(files, key=lambda p: -p.stat().st_size)[:8]:
        _say(f"  largest: {path.stat().st_size / MB:5.1f} MB  {path.relative_to(folder)}")
    return total


def check_linked_libraries(folder: Path) -> list[str]:
    """No dangling symlink; on Linux every shared object finds its dependencies (ldd)."""
    problems = [
        f"{path.relative_to(folder)}: dangling symlink"
        for path in sorted(folder.rglob("*"))
        if path.is_symlink() and not path.exists()
    ]
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return problems
    for path in sorted(folder.rglob("*.so*")):
        if not path.is_file():
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            if "not found" in line:
                problems.append(f"{path.relative_to(folder)}: {line.strip()}")
    return problems


# --- 5.-6. smoke test and start-up ------------------------------------------------------------


def smoke_platforms(platform: str, *, xvfb: bool) -> list[str]:
    """The Qt platforms the built app's smoke test runs on.

    Offscreen everywhere; then the platform users get, where the build machine has a desktop:
    ``windows`` on Windows (qwindows.dll, the Windows 11 style and the DLL pruning are only
    exercised there) and ``xcb`` under Xvfb on Linux.
    """
    platforms = ["offscreen"]
    if platform == "win32":
        platforms.append("windows")
    elif platform.startswith("linux") and xvfb:
        platforms.append("xcb")
    return platforms


def smoke_test(command: list[str], platform: str = "offscreen") -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    prefix = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24"] if platform == "xcb" else []
    with tempfile.TemporaryDirectory(prefix="samspel-build-smoke-") as data:
        cmd = [*prefix, *command, "--data-dir", data, "--smoke-test"]
        print("+", " ".join(cmd), flush=True)
        result = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=300, check=False
        )
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        raise SystemExit(f"Smoke test on {platform} failed (exit {result.returncode}): {output}")
    _say(f"smoke test ({platform}{' under Xvfb' if prefix else ''}): {output}")


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to the self-test's line saying the window is painted
    (``smoke_test.PAINTED``, printed at the window's first paint)."""
    with tempfile.TemporaryDirectory(prefix="samspel-build-timing-") as data:
        started = time.perf_counter()
        with subprocess.Popen(
            [*command, "--data-dir", data, "--smoke-test"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as process:
            assert process.stdout is not None
            line = process.stdout.readline().strip()
            elapsed = time.perf_counter() - started
            _, err = process.communicate(timeout=300)
        if line != PAINTED or process.returncode != 0:
            raise SystemExit(f"Start-up run failed: {' '.join(command)}: {line} {err.strip()}")
    return elapsed


def compare_startup(built: list[str], source: list[str], runs: int) -> float:
    """Interleave built and source runs (after one warm-up each); return the median ratio."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
    }
    # Source runs get their usual bytecode cache, as on a developer's machine.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    time_to_paint(built, env)
    time_to_paint(source, env)
    built_times, source_times = [], []
    for _ in range(runs):
        built_times.append(time_to_paint(built, env))
        source_times.append(time_to_paint(source, env))
    built_median = statistics.median(built_times)
    source_median = statistics.median(source_times)
    ratio = built_median / source_median
    _say(
        f"start to first paint, median of {runs}: built {built_median:.2f} s, "
        f"source {source_median:.2f} s, ratio {ratio:.2f} (budget {STARTUP_BUDGET})"
    )
    _say(f"  built:  {', '.join(f'{t:.2f}' for t in built_times)}")
    _say(f"  source: {', '.join(f'{t:.2f}' for t in source_times)}")
    return ratio


def build(args: argparse.Namespace) -> int:
    sys.path.insert(0, str(ROOT / "packaging"))
    import freeze_rules

    version = freeze_rules.read_version(ROOT / "samspel_desktop" / "__init__.py")
    _say(f"Samspel {version} for {sys.platform}")
    dist, work = Path(args.dist).resolve(), Path(args.work).resolve()
    compile_translations(work / "stage")
    seconds = run_pyinstaller(dist, work, clean=not args.reuse_cache)
    _say(f"PyInstaller took {seconds:.0f} s")
    folder = app_folder(dist)
    size = report_size(folder)
    failures = []
    if size > MAX_BYTES:
        failures.append(f"the folder is {size / MB:.1f} MB, more than {MAX_BYTES / MB:.0f} MB")
    problems = check_linked_libraries(folder)
    if problems:
        failures.append("unresolved libraries:\n  " + "\n  ".join(problems))
    executable = [str(app_executable(dist))]
    xvfb = bool(shutil.which("xvfb-run")) and not args.no_xvfb
    for platform in smoke_platforms(sys.platform, xvfb=xvfb):
        smoke_test(executable, platform)
    if not args.no_timing:
        ratio = compare_startup(executable, [sys.executable, "-m", "samspel_desktop"], args.runs)
        if ratio > STARTUP_BUDGET:
            failures.append(f"start-up ratio {ratio:.2f} is over the budget of {STARTUP_BUDGET}")
    if failures:
        for failure in failures:
            _say(f"FAILED: {failure}")
        return 1
    _say(f"OK: {folder} ({size / MB:.1f} MB)")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reuse-cache", action="store_true", help="no PyInstaller --clean")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-up comparison")
    parser.add_argument("--no-xvfb", action="store_true", help="skip the smoke test under Xvfb")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    parser.add_argument("--dist", default=str(DIST), help="output folder (default dist/)")
    parser.add_argument("--work", default=str(WORK), help="work folder (default build/)")
    args = parser.parse_args(argv)
    if os.environ.get(INNER_ENV) != "1":
        return _bootstrap(argv)
    return build(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
