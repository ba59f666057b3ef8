"""A seminar's summary in Word: per question every group's answer, then the synthesis."""

from __future__ import annotations

from pathlib import Path

from samspel_desktop.domain.guides import attribution_text, question_attribution
from samspel_desktop.domain.model import AnswerType
from samspel_desktop.domain.seminars import Seminar, SeminarAnswer, format_members
from samspel_desktop.services.documents.tables import Table
from samspel_desktop.services.documents.writer import DocumentWriter, WordExport


def write_seminar_summary(
    seminar: Seminar,
    answers: dict[int, dict[str, SeminarAnswer]],
    syntheses: dict[str, str],
    path: Path,
    *,
    template: Path | None = None,
) -> WordExport:
    """The seminar summary: per question every group's answer in turn, then the synthesis."""
    doc = DocumentWriter(template)
    date = seminar.date.isoformat()
    doc.properties(
        title=f"Sammanställning: {seminar.title}",
        author=seminar.facilitator or seminar.title,
        subject="Seminariesammanställning",
        status="Sammanställning",
    )
    doc.page_furniture(seminar.title, f"Sammanställning · {date}")
    doc.paragraph(seminar.title, "Title", marks=False)
    doc.paragraph(
        " · ".join(p for p in ("Sammanställning", date, seminar.place) if p),
        "Subtitle",
        marks=False,
    )
    doc.table(
        Table(
            [
                ("Datum", date),
                ("Plats", seminar.place or "–"),
                ("Processledare", seminar.facilitator or "–"),
                ("Samtalsguide", f"{seminar.guide.title} (version {seminar.guide.version})"),
                ("Grupper", str(len(seminar.groups))),
            ],
            (2, 5),
            label_column=True,
        )
    )
    if seminar.groups:
        doc.heading("Grupperna", 1)
        doc.table(
            Table(
                [
                    ("Grupp", "Deltagare"),
                    *((g.name, format_members(g.members) or "–") for g in seminar.groups),
                ],
                (2, 5),
                header=True,
            )
        )
    for section in seminar.guide.sections:
        doc.heading(section.title, 1)
        for question in section.questions:
            key = seminar.guide.question_key(question)
            doc.heading(question.text, 2)
            source = attribution_text(question_attribution(seminar.guide, question))
            if source:
                doc.note(source)
            if question.answer.type is AnswerType.RATING:
                doc.paragraph("Skala: " + " · ".join(question.answer.scale), marks=False).runs[
                    0
                ].italic = True
            for group in seminar.groups:
                answer = answers.get(group.id, {}).get(key)
                doc.labelled(group.name, answer.text if answer else "")
                if answer is not None and answer.has_conflict:
                    source = answer.conflict_source or "en importerad fil"
                    note = doc.paragraph(f"Olöst skillnad – text från {source}:", marks=False)
                    note.runs[0].italic = True
                    doc.paragraph(answer.conflict_text.strip(), marks=False)
            doc.labelled("Syntes", syntheses.get(key, ""))
    return doc.result(path)
