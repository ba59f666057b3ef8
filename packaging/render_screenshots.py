#!/usr/bin/env python3
"""Render the agreement screenshots in ``docs/screenshots/`` from a throwaway database.

    QT_QPA_PLATFORM=offscreen python packaging/render_screenshots.py

Imports Vaggeryd's agreement (the Word import test's document), runs one conversation, adopts
a version, starts a revision, then grabs the editor and the comparison at 1366×768 and, when
LibreOffice and poppler are installed, renders page 1 of both Word exports.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from samspel_desktop.domain.model import Answer, Side
    from samspel_desktop.gui.agreement_editor import AgreementEditor
    from samspel_desktop.services.paths import DataPaths
    from samspel_desktop.services.samspel import Samspel
    from samspel_desktop.services.word_import import read_agreement_docx
    from tests.services.test_word_import import _vaggeryd_docx

    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        services = Samspel.open(DataPaths(work / "data"))
        pair = services.pairs.add(
            organisation="Vaggeryds kommun",
            political="Anna Berg",
            executive="Karl Ek",
            start_date=dt.date(2027, 1, 1),
        )
        _vaggeryd_docx(work / "vaggeryd.docx")
        imported = read_agreement_docx(work / "vaggeryd.docx")
        first = services.agreements.add_imported_draft(pair, imported.title, imported.sections)
        services.agreements.adopt(first.id, dt.date(2027, 2, 10), "§ 12", place="Vaggeryd")
        draft = services.agreements.new_draft_from(first.id)
        conversation = services.conversations.start(
            pair.id, guide_ids=["skr-omraden", "skr-forhallningssatt"], date=dt.date(2027, 3, 1)
        )
        areas, attitudes = conversation.guides
        for (_, question), (political, executive, conclusion) in zip(
            areas.questions()[2:4],
            [
                (
                    "Att hinna förankra förslag i partigruppen innan de går till utskottet.",
                    "Att få tydliga uppdrag i tid, med en rimlig tidplan.",
                    "Vi stämmer av kommande ärenden varannan måndag, sex veckor framåt.",
                ),
                (
                    "Tidig information om det som kan bli en fråga i media.",
                    "Besked om vad som är prioriterat när resurserna inte räcker.",
                    "KD informerar KSO samma dag om händelser som kan bli uppmärksammade.",
                ),
            ],
            strict=True,
        ):
            services.conversations.save_answer(
                Answer(
                    conversation.id,
                    areas.question_key(question),
                    political=political,
                    executive=executive,
                    conclusion=conclusion,
                    to_agreement=True,
                    agreement_section_key=draft.sections[3].key,
                )
            )
        for number, (_, question) in enumerate(attitudes.questions()[:4]):
            key = attitudes.question_key(question)
            services.conversations.rate(conversation.id, key, Side.POLITICAL, 4)
            services.conversations.rate(conversation.id, key, Side.EXECUTIVE, 3)
            if number < 2:
                services.conversations.save_answer(
                    Answer(
                        conversation.id,
                        key,
                        political="Vi säger oftast det vi tänker, men inte alltid i tid.",
                        executive="Jag vill höra invändningar innan ärendet är färdigberett.",
                        conclusion="Vi tar upp farhågor redan vid avstämningen varannan måndag.",
                    )
                )
        services.greyzone.add(
            pair.id,
            "Vem svarar pressen när en upphandling överklagas?",
            raised_on=conversation.date,
            conversation_id=conversation.id,
        )
        services.conversations.set_notes(
            conversation.id,
            "Karl tar med sig frågan om mötesformerna till ledningsgruppen.",
        )
        services.commitments.add(
            pair.id,
            "Boka samspelsmöten för hela våren",
            Side.EXECUTIVE,
            owner_name="Karl Ek",
            due_date=dt.date(2027, 3, 15),
            created_in=conversation.id,
        )
        services.commitments.add(
            pair.id,
            "Ta upp mötesstrukturen i partigruppen",
            Side.POLITICAL,
            owner_name="Anna Berg",
            created_in=conversation.id,
        )
        services.conversations.set_next_meeting(conversation.id, dt.date(2027, 3, 15))

        editor = AgreementEditor(services, pair.id)
        editor.resize(1366, 768)
        editor.show()
        editor.ui.sectionList.setCurrentRow(3)
        editor.take_selected_suggestion()
        editor.ui.sectionList.setCurrentRow(1)
        app.processEvents()
        editor.grab().save(str(OUT / "agreement-editor.png"))
        editor.ui.sideTabs.setCurrentWidget(editor.ui.versionsTab)
        editor.compare(first.id, draft.id)
        editor.ui.sectionList.setCurrentRow(3)
        app.processEvents()
        editor.grab().save(str(OUT / "agreement-comparison.png"))

        services.agreements.export_word(draft.id, work / "agreement.docx")
        services.conversations.export_minutes(conversation.id, work / "minutes.docx")
        # The follow-up report and the handover pack, from the demo organisation's history.
        from samspel_desktop.app import render_health_chart
        from samspel_desktop.domain.calendar import MandatePeriod
        from samspel_desktop.services.demo import load_demo

        demo = Samspel.open(DataPaths(work / "demo"), chart_renderer=render_health_chart)
        today = dt.date(2026, 11, 22)
        demo_pair = load_demo(demo, today)
        demo.reports.follow_up_report(
            demo_pair, work / "report.docx", period=MandatePeriod(2022), today=today
        )
        demo.reports.handover_pack(demo_pair, work / "handover.docx", today=today)
        demo.close()
        if shutil.which("soffice") and shutil.which("pdftoppm"):
            for name in ("agreement", "minutes", "report", "handover"):
                subprocess.run(
                    [
                        "soffice",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        tmp,
                        str(work / f"{name}.docx"),
                    ],
                    check=True,
                    capture_output=True,
                )
                # Every page of the minutes (they are read page by page); page 1 of the rest.
                pages = [] if name == "minutes" else ["-f", "1", "-l", "1", "-singlefile"]
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        *pages,
                        str(work / f"{name}.pdf"),
                        str(OUT / f"{name}-page" if name == "minutes" else OUT / f"{name}-page-1"),
                    ],
                    check=True,
                )
        editor.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
