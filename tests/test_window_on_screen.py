"""The real app on a real X screen (Xvfb): `samspel open` shows each page, and the window stays
on a 1366×768 screen at 100 % and a 1920×1080 screen at 150 %. Measured from outside with
xdotool, as a window manager sees it. Skipped where Xvfb or xdotool is missing (CI installs
them: dev.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.seminar_demo import load_seminar_demo

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)",
)


@contextmanager
def x_screen(width: int, height: int) -> Iterator[str]:
    """An Xvfb screen of the given size; yields its DISPLAY."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def xdotool(display: str, *args: str, timeout: float = 30) -> str:
    return subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    ).stdout


def window_on(display: str, title_part: str) -> dict[str, int]:
    """The geometry of the visible window whose title holds ``title_part``, once it settled."""
    found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", title_part)
    window = found.split()[0]
    time.sleep(1.5)  # let the page's layout settle (a late growth would show now)
    shell = xdotool(display, "getwindowgeometry", "--shell", window)
    return {k: int(v) for k, v in (line.split("=") for line in shell.split()) if k != "SCREEN"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    data = tmp_path_factory.mktemp("screen") / "data"
    services = Samspel.open(DataPaths(data))
    pair_id = load_demo(services)
    seminar = services.seminars.get(load_seminar_demo(services))
    conversation = services.conversations.all(pair_id)[0]
    services.close()
    yield (
        data,
        {"pair": str(pair_id), "seminar": seminar.uuid, "conversation": str(conversation.id)},
    )


PAGES = [
    ("conversation", "samtal "),
    ("agreement", "överenskommelse"),
    ("follow-up", "uppföljning"),
    ("seminar", "seminarier"),
]
SCREENS = [(1366, 768, 1.0), (1920, 1080, 1.5)]


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS, ids=["1366x768", "1920x1080@150"])
def test_each_page_opens_directly_and_the_window_stays_on_the_screen(
    data_dir: tuple[Path, dict[str, str]], width: int, height: int, scale: float
) -> None:
    data, keys = data_dir
    with x_screen(width, height) as display:
        for page, title in PAGES:
            target = (
                ["--pair", keys["pair"]] if page in ("agreement", "follow-up") else [keys[page]]
            )
            env = {
                **os.environ,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "QT_SCALE_FACTOR": str(scale),
            }
            app = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "samspel_desktop",
                    "--data-dir",
                    str(data),
                    "--lang",
                    "sv",
                    "open",
                    page,
                    *target,
                ],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                geometry = window_on(display, f"Samspel – {title}")
            finally:
                app.terminate()
                _out, errors = app.communicate(timeout=30)
            assert "Traceback" not in errors, errors
            right = geometry["X"] + geometry["WIDTH"]
            bottom = geometry["Y"] + geometry["HEIGHT"]
            assert right <= width and bottom <= height, (page, geometry)


@pytest.mark.parametrize(("lang", "title"), [("C", "överenskommelse"), ("en_GB.UTF-8", "joint")])
def test_swedish_unless_the_system_speaks_english(
    data_dir: tuple[Path, dict[str, str]], lang: str, title: str
) -> None:
    data, keys = data_dir
    with x_screen(1366, 768) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANG": lang}
        env.pop("LC_ALL", None)
        env.pop("LANGUAGE", None)
        env.pop("LC_MESSAGES", None)
        app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "samspel_desktop",
                "--data-dir",
                str(data),
                "open",
                "agreement",
                "--pair",
                keys["pair"],
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", title)
        finally:
            app.terminate()
            app.wait(timeout=30)
    assert found.strip()
