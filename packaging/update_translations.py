#!/usr/bin/env python3
"""Refresh ``resources/translations/samspel_en.ts`` from the sources with Qt's lupdate.

    python packaging/update_translations.py

Swedish is the source language; new or changed strings appear as unfinished in the .ts file
until they are translated. The app compiles the .ts on first use (gui/i18n.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    base = Path(PySide6.__file__).parent
    tool = next(
        (
            p
            for p in (base / "Qt" / "libexec" / "lupdate", base / "lupdate.exe", base / "lupdate")
            if p.exists()
        ),
        None,
    )
    if tool is None:
        print("Qt's lupdate was not found in the PySide6 installation")
        return 1
    package = ROOT / "samspel_desktop"
    # The window's texts, the charts' and the labels of stored values (domain/labels.py).
    sources = sorted(str(p) for p in (package / "gui").rglob("*.py"))
    sources += [str(package / "charts.py"), str(package / "domain" / "labels.py")]
    sources += sorted(str(p) for p in (ROOT / "ui").glob("*.ui"))
    target = ROOT / "resources" / "translations" / "samspel_en.ts"
    if "--ts" in argv:  # update another copy (the test checks the committed file is current)
        target = Path(argv[argv.index("--ts") + 1])
    return subprocess.call(
        [
            str(tool),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "sv_SE",
            "-target-language",
            "en_GB",
            *sources,
            "-ts",
            str(target),
        ]
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
