#!/usr/bin/env python3
"""Screenshots of the guide editor and seminar mode at 1920×1080, and a summary page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/seminar_screenshots.py

Writes ``docs/screenshots/guide-editor.png``, ``seminar-facilitator.png``,
``seminar-projector.png`` and ``seminar-summary-1.png`` (the last needs LibreOffice and poppler).
Nothing is written outside a temp data folder and ``docs/screenshots/``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1920, 1080)


def _render_page(docx: Path, out: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("LibreOffice or pdftoppm missing: no summary page", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            check=True,
            capture_output=True,
        )
        pdf = Path(tmp) / f"{docx.stem}.pdf"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(pdf), f"{tmp}/page"],
            check=True,
        )
        [page] = sorted(Path(tmp).glob("page*.png"))
        shutil.copyfile(page, out)
    print(out)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtWidgets import QApplication

    from samspel_desktop.gui.guide_editor import GuideEditorPage
    from samspel_desktop.gui.i18n import install_translators
    from samspel_desktop.gui.projector_window import ProjectorWindow
    from samspel_desktop.gui.seminar_page import SeminarPage
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel
    from samspel_desktop.services.seminar_demo import load_seminar_demo

    app = QApplication(sys.argv)
    install_translators(app, "sv")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="samspel-seminar-shots-"))
    services = Samspel.open(DataPaths(folder / "data"))
    seminar_id = load_seminar_demo(services)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    # The guide editor: a copy of SKR's attitudes, one question with its 1–5 scale.
    editor = GuideEditorPage(services)
    editor.resize(*SIZE)
    editor.show()
    editor.select_guide("skr-forhallningssatt")
    editor.duplicate_guide()
    tree = editor.ui.structureTree
    tree.setCurrentItem(tree.questions(tree.sections()[0])[1])
    settle()
    editor.grab().save(str(out / "guide-editor.png"))
    print(out / "guide-editor.png")
    editor.close()

    # The facilitator: the first question, four minutes in, one group still typing.
    clock = [1000.0]
    page = SeminarPage(services, clock=lambda: clock[0])
    page.resize(*SIZE)
    page.show()
    page.load(seminar_id)
    page.ui.minutesSpin.setValue(12)
    page.toggle_timer()
    clock[0] += 4 * 60 + 23
    page.tick()
    settle()
    page.grab().save(str(out / "seminar-facilitator.png"))
    print(out / "seminar-facilitator.png")

    # The projector, as the room sees it (rendered at the projector's size).
    projector = ProjectorWindow()
    page.projector = projector
    page.ui.showGuidanceCheck.setChecked(True)
    page.step(1)
    page.ui.minutesSpin.setValue(15)
    page.toggle_timer()
    clock[0] += 3 * 60 + 41
    page.tick()
    projector.resize(*SIZE)
    projector.show()
    settle()
    projector.grab().save(str(out / "seminar-projector.png"))
    print(out / "seminar-projector.png")
    projector.close()
    page.close()

    docx = folder / "sammanstallning.docx"
    services.seminars.export_summary(seminar_id, docx)
    _render_page(docx, out / "seminar-summary-1.png")
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
