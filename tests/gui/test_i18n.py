"""The English translation compiles, loads and is complete."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samspel_desktop.gui import i18n
from samspel_desktop.services.paths import resources_dir

TS = resources_dir() / "translations" / "samspel_en.ts"


def test_every_message_is_translated_with_its_placeholders() -> None:
    text = TS.read_text("utf-8")
    assert 'type="unfinished"' not in text, "run packaging/update_translations.py and translate"
    for source, translation in re.findall(
        r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?"
        r"(?:<extracomment>.*?</extracomment>\s*)?<translation[^>]*>(.*?)</translation>",
        text,
        re.S,
    ):
        for marker in set(re.findall(r"%\d", source)):
            assert marker in translation, (source, translation)


def test_the_translation_is_current_with_the_sources(tmp_path: Path) -> None:
    before = TS.read_text("utf-8")
    copy = tmp_path / "samspel_en.ts"
    copy.write_text(before, "utf-8")
    script = Path(__file__).resolve().parents[2] / "packaging" / "update_translations.py"
    result = subprocess.run(
        [sys.executable, str(script), "--ts", str(copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'type="unfinished"' not in copy.read_text("utf-8"), (
        "new user-visible text: run packaging/update_translations.py and translate it"
    )


def test_english_loads(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *_a, **_k: str(tmp_path))
    qm = i18n.compiled_translation("en")
    assert qm is not None and qm.exists()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = QTranslator()
    assert translator.load(str(qm))
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Sök i allt (Ctrl+F)") != (
            "Sök i allt (Ctrl+F)"
        )
        assert QCoreApplication.translate("Labels", "Uppbyggande") == "Building"
    finally:
        app.removeTranslator(translator)


def _system_locale(language: QLocale.Language) -> type:
    """A stand-in for QLocale whose system locale speaks ``language``."""

    class SystemLocale:
        Language = QLocale.Language

        @staticmethod
        def system() -> QLocale:
            return QLocale(language)

    return SystemLocale


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "QLocale", _system_locale(QLocale.Language.Swedish))
    assert i18n.choose_language(None) == "sv"  # a Swedish system: Swedish
    assert i18n.choose_language("en") == "en"  # --lang wins
    assert i18n.choose_language("fr") == "sv"  # an unknown language: the system's
    monkeypatch.setattr(i18n, "QLocale", _system_locale(QLocale.Language.English))
    assert i18n.choose_language(None) == "en"  # an English system: English
    assert i18n.choose_language("sv") == "sv"
    for other in (QLocale.Language.German, QLocale.Language.C, QLocale.Language.Finnish):
        monkeypatch.setattr(i18n, "QLocale", _system_locale(other))
        assert i18n.choose_language(None) == "sv"  # any other system (LANG=C too): Swedish


def test_swedish_buttons_say_ok_as_swedish_writing_does(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = i18n.install_translators(app, "sv")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        texts = [button.text() for button in box.buttons()]
        assert "OK" in texts and "Ok" not in texts
        assert "Avbryt" in texts, "every other text still comes from Qt's Swedish"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
