"""The real keyboard (xdotool on an Xvfb screen) on the real app: a mnemonic reaches its field
and what is typed after it lands there, Alt+Home leaves a text for the start page, and after
"Visa skattningarna" the typing goes to the text, not the search field. Skipped where Xvfb or
xdotool is missing (CI installs them: dev.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from samspel_desktop.domain.model import Side
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from tests.conftest import make_pair
from tests.test_window_on_screen import pytestmark as needs_x
from tests.test_window_on_screen import x_screen, xdotool

pytestmark = needs_x
KEY = "skr-forhallningssatt/transparens"


class App:
    """The app on ``display``, opened on a conversation, driven by keystrokes."""

    def __init__(self, display: str, data: Path, conversation_id: int) -> None:
        self.display = display
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "samspel_desktop",
                "--data-dir",
                str(data),
                "--lang",
                "sv",
                "open",
                "conversation",
                str(conversation_id),
            ],
            env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        found = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "Samspel – samtal")
        self.window = found.split()[0]
        time.sleep(1.5)  # the conversation's own opening (focus in its first field)
        xdotool(display, "windowfocus", "--sync", self.window)

    def keys(self, *keys: str) -> None:
        for key in keys:
            xdotool(self.display, "key", "--clearmodifiers", key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        xdotool(self.display, "type", "--delay", "40", text)
        time.sleep(0.3)

    def title(self) -> str:
        return xdotool(self.display, "getwindowname", self.window).strip()

    def quit(self) -> None:
        self.keys("ctrl+q")
        _out, errors = self.process.communicate(timeout=30)
        assert self.process.returncode == 0 and "Traceback" not in errors, errors


def test_mnemonics_and_alt_home_with_the_real_keyboard(tmp_path: Path) -> None:
    data = tmp_path / "data"
    services = Samspel.open(DataPaths(data))
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-omraden"])
    services.close()
    with x_screen(1366, 768) as display:
        app = App(display, data, conversation.id)
        app.type("Tydligare")  # the first answer has the focus
        app.keys("alt+aring")  # "&Åtagande:" – not the Visa menu
        app.type("Boka möte")
        app.keys("Return")
        app.keys("alt+Home")
        time.sleep(0.5)
        title = app.title()
        app.quit()
    assert title == "Samspel – Anna Berg och Karl Ek"
    services = Samspel.open(DataPaths(data))
    try:
        assert [c.what for c in services.commitments.all(pair.id)] == ["Boka möte"]
        answers = services.conversations.answers(conversation.id).values()
        assert [a.political for a in answers] == ["Tydligare"]
    finally:
        services.close()


def test_after_revealing_with_the_keyboard_the_typing_goes_to_the_text(tmp_path: Path) -> None:
    data = tmp_path / "data"
    services = Samspel.open(DataPaths(data))
    pair = make_pair(services)
    conversation = services.conversations.start(pair.id, guide_ids=["skr-forhallningssatt"])
    services.close()
    with x_screen(1366, 768) as display:
        app = App(display, data, conversation.id)
        app.keys("Right", "Right", "Right", "space")  # the political side rates 3
        app.keys("Tab", "5")  # one Tab to the other side, which rates 5
        app.keys("alt+r")  # "Visa skattninga&rna"
        app.type("Olika syn")
        title = app.title()
        app.quit()
    assert "sök" not in title
    services = Samspel.open(DataPaths(data))
    try:
        assert services.conversations.ratings(conversation.id, KEY) == {
            Side.POLITICAL: 3,
            Side.EXECUTIVE: 5,
        }
        answer = services.conversations.answers(conversation.id)[KEY]
        assert answer.ratings_revealed
        assert answer.political == "Olika syn"
    finally:
        services.close()
