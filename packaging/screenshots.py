#!/usr/bin/env python3
"""Take the screenshots in ``docs/screenshots/`` from a demo database (rerun after GUI work).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python packaging/screenshots.py
    .venv/bin/python packaging/screenshots.py --scale 1.5      # check 150 % scaling

Without a display it falls back to Qt's offscreen platform. Nothing is written outside the
temp data folder and ``docs/screenshots/``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--screen", default="1366x768", help="the screen's size in pixels")
    parser.add_argument("--lang", choices=["sv", "en"], default="sv")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from samspel_desktop.domain.model import Side
    from samspel_desktop.gui.commitment_dialog import CommitmentDialog
    from samspel_desktop.gui.handbook import HandbookDialog
    from samspel_desktop.gui.i18n import install_translators
    from samspel_desktop.gui.main_window import MainWindow
    from samspel_desktop.services.demo import load_demo
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel
    from samspel_desktop.services.seminar_demo import load_seminar_demo

    app = QApplication(sys.argv)
    install_translators(app, args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}"
    services = Samspel.open(DataPaths(Path(tempfile.mkdtemp(prefix="samspel-shots-"))))
    pair_id = load_demo(services)
    conversations = services.conversations.all(pair_id)
    seminar_id = load_seminar_demo(services)
    width, height = (int(n) for n in args.screen.split("x"))
    window = MainWindow(services)
    window.resize(int(width / args.scale), int(height / args.scale))
    window.show()
    dialogs: list[QWidget] = []

    def shot(name: str) -> None:
        path = out / f"{name}{suffix}.png"
        shown = dialogs.pop() if dialogs else window
        shown.grab().save(str(path))
        shown.close() if shown is not window else None
        print(path)

    def conversation_view() -> None:
        window.show_conversation(conversations[0].id)
        view = window.conversation_view
        view.show_question(2)
        view.ui.executiveEdit.setFocus()

    def ratings_hidden() -> None:
        fresh = services.conversations.start(pair_id, guide_ids=["skr-forhallningssatt"])
        window.show_conversation(fresh.id)
        window.conversation_view.rating_panel.rated.emit(Side.POLITICAL, 4)

    def ratings_revealed() -> None:
        window.show_conversation(conversations[1].id)

    def follow_up(tab: str) -> Callable[[], None]:
        def show() -> None:
            window.show_follow_up(pair_id)
            page = window.follow_up_page
            page.ui.tabs.setCurrentWidget(getattr(page.ui, tab))

        return show

    def search() -> None:
        window.search_field.setText("skriftligt")
        window.run_search()

    def agreement() -> None:
        window.show_agreement(pair_id)
        editor = window.agreement_page.editor
        if editor is not None:  # the section with text, the cursor in its bullet list
            editor.ui.sectionList.setCurrentRow(editor.ui.sectionList.count() - 1)
            text = editor.ui.sectionEdit
            cursor = text.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            text.setTextCursor(cursor)
            text.setFocus()

    def search_names() -> None:
        window.search_field.setText(services.pairs.get(pair_id).executive.name.split()[-1])
        window.run_search()

    def commitment_dialog() -> None:
        window.show_conversation(conversations[-1].id)
        commitment = services.commitments.all(pair_id)[0]
        dialog = CommitmentDialog(services, commitment, services.pairs.get(pair_id), window)
        dialog.show()
        dialogs.append(dialog)

    def guides() -> None:
        window.show_guides()
        page = window.guide_editor_page
        section = page.ui.structureTree.topLevelItem(0)
        if section is not None and section.child(0) is not None:
            page.ui.structureTree.setCurrentItem(section.child(0))

    def seminar() -> None:
        window.show_seminars(seminar_id)

    def handbook() -> None:
        window.show_start_page()
        dialog = HandbookDialog(services.guides.all(), window)
        dialog.contents.setCurrentRow(3)
        dialog.show()
        dialogs.append(dialog)

    steps: list[tuple[Callable[[], None], str]] = [
        (lambda: None, "start-page"),
        (agreement, "agreement-page"),
        (follow_up("healthTab"), "health-trend"),
        (follow_up("commitmentsTab"), "commitments-over-time"),
        (follow_up("greyzoneTab"), "greyzone-log"),
        (search, "search"),
        (conversation_view, "conversation-view"),
        (ratings_hidden, "ratings-hidden"),
        (ratings_revealed, "ratings-revealed"),
        (search_names, "search-names"),
        (commitment_dialog, "commitment-dialog"),
        (guides, "guides-page"),
        (seminar, "seminar-page"),
        (handbook, "handbook"),
    ]

    def run(index: int = 0) -> None:
        if index == len(steps):
            window.close()
            services.close()
            app.quit()
            return
        action, name = steps[index]
        action()
        QTimer.singleShot(400, lambda: (shot(name), run(index + 1)))

    QTimer.singleShot(400, run)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
