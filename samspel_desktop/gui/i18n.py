"""Languages: Swedish is the source language; English comes from ``resources/translations``.

The ``.ts`` file is the source of truth. It is compiled to ``.qm`` with Qt's ``lrelease`` at
build time (packaging) or, when running from source, on first use into the user's cache folder.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import ClassVar

import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from samspel_desktop import APP_AUTHOR, APP_NAME
from samspel_desktop.services.paths import resources_dir

log = logging.getLogger(__name__)
LANGUAGES = ("sv", "en")


def choose_language(requested: str | None) -> str:
    """``--lang`` wins; otherwise English for an English system language and Swedish for every
    other (the questions are Swedish: a "C" or a German system gets Swedish too)."""
    if requested in LANGUAGES:
        return str(requested)
    return "en" if QLocale.system().language() == QLocale.Language.English else "sv"


def _lrelease() -> Path | None:
    base = Path(PySide6.__file__).parent
    for candidate in (
        base / "Qt" / "libexec" / "lrelease",
        base / "lrelease.exe",
        base / "lrelease",
    ):
        if candidate.exists():
            return candidate
    return None


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` for ``language``: shipped beside the ``.ts`` or compiled into the cache."""
    # Imported here: hashlib loads OpenSSL (about 5 MB), and Swedish needs no compiled file.
    import hashlib
    import subprocess

    import platformdirs

    folder = resources_dir() / "translations"
    shipped = folder / f"samspel_{language}.qm"
    source = folder / f"samspel_{language}.ts"
    if not source.exists():
        return shipped if shipped.exists() else None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cache = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations"
    target = cache / f"samspel_{language}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True, check=False
    )
    if result.returncode != 0:
        log.warning("lrelease failed for %s: %s", source, result.stderr[-500:])
        return None
    return target


class QtWordingFixes(QTranslator):
    """Where Qt's own Swedish says it otherwise than Swedish writing does: "OK", not "Ok"
    (Språkrådet; Microsoft's Swedish style). Asked before Qt's translation; anything else falls
    through to it."""

    FIXES: ClassVar[dict[tuple[str, str], str]] = {("QPlatformTheme", "OK"): "OK"}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        # None (a null string) lets Qt ask the next translator; "" would blank the text.
        return self.FIXES.get((context, source))  # type: ignore[return-value]

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install Qt's own strings (buttons like Ja/Nej) and Samspel's for ``language``."""
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    if language == "sv":
        fixes = QtWordingFixes(app)
        app.installTranslator(fixes)
        installed.append(fixes)
    if language != "sv":
        qm = compiled_translation(language)
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            app.installTranslator(own)
            installed.append(own)
    QLocale.setDefault(
        QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English)
    )
    return installed
