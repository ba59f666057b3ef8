"""A conversation's minnesanteckningar in Word."""

import re
from collections.abc import Iterable
from pathlib import Path

from samspel_desktop.domain.bodies import mid_sentence
from samspel_desktop.domain.guides import attribution_text, question_attribution
from samspel_desktop.domain.labels import label
from samspel_desktop.domain.model import (
    Answer,
    AnswerType,
    Commitment,
    Conversation,
    Pair,
    Rating,
    Side,
)
from samspel_desktop.services.documents.html import HtmlWriter, PdfSource
from samspel_desktop.services.documents.writer import DocumentWriter, WordExport, day_text


def _person(pair: Pair, side: Side) -> str:
    person = pair.political if side is Side.POLITICAL else pair.executive
    return f"{person.title} ({person.name})" if person.title else person.name


def write_minutes(
    conversation: Conversation,
    pair: Pair,
    *,
    answers: dict[str, Answer],
    ratings: Iterable[Rating],
    commitments: Iterable[Commitment],
    path: Path,
    template: Path | None = None,
) -> WordExport:
    """Write the minnesanteckningar of one conversation."""
    doc = DocumentWriter(template)
    _write(doc, conversation, pair, answers=answers, ratings=ratings, commitments=commitments)
    return doc.result(path)


def minutes_pdf_source(
    conversation: Conversation,
    pair: Pair,
    *,
    answers: dict[str, Answer],
    ratings: Iterable[Rating],
    commitments: Iterable[Commitment],
) -> PdfSource:
    """The same minnesanteckningar, for PDF/A (rendered in the GUI layer)."""
    doc = HtmlWriter()
    _write(doc, conversation, pair, answers=answers, ratings=ratings, commitments=commitments)
    return doc.source()


def _write(
    doc: DocumentWriter | HtmlWriter,
    conversation: Conversation,
    pair: Pair,
    *,
    answers: dict[str, Answer],
    ratings: Iterable[Rating],
    commitments: Iterable[Commitment],
) -> None:
    organisation = pair.organisation.name
    date = conversation.date.isoformat()
    doc.properties(
        title=f"Minnesanteckningar, samspelssamtal {date}",
        author=organisation,
        subject="Minnesanteckningar",
        status=label(conversation.status),
    )
    doc.page_furniture(organisation, f"Minnesanteckningar · samspelssamtal {date}")
    doc.paragraph("Minnesanteckningar", "Title", marks=False)
    doc.paragraph(f"Samspelssamtal {date} · {organisation}", "Subtitle", marks=False)
    doc.table(
        [
            ("Datum", date),
            ("Närvarande", ", ".join(conversation.present) or "–"),
            (
                "Samspelspar",
                f"{_person(pair, Side.POLITICAL)} och "
                f"{mid_sentence(_person(pair, Side.EXECUTIVE))}",
            ),
            ("Samtalsguide", ", ".join(g.title for g in conversation.guides) or "–"),
            ("Nästa samtal", day_text(conversation.next_meeting) or "Inte bestämt"),
        ],
        (2, 5),
        label_column=True,
    )
    by_question: dict[str, dict[Side, int]] = {}
    for rating in ratings:
        by_question.setdefault(rating.question_key, {})[rating.side] = rating.value
    rating_rows: list[tuple[str, str, str]] = []
    rating_sources: list[str] = []
    for guide in conversation.guides:
        for section in guide.sections:
            written = False
            for question in section.questions:
                key = guide.question_key(question)
                if question.answer.type is AnswerType.RATING:
                    values = by_question.get(key, {})
                    if values:
                        scale = question.answer.scale

                        def step(value: int | None, scale: tuple[str, ...] = scale) -> str:
                            if value is None:
                                return "–"
                            if 0 < value <= len(scale) and scale[value - 1]:
                                step = scale[value - 1]
                                return step if step.startswith(str(value)) else f"{value} – {step}"
                            return str(value)

                        rating_rows.append(
                            (
                                question.text,
                                step(values.get(Side.POLITICAL)),
                                step(values.get(Side.EXECUTIVE)),
                            )
                        )
                        source = attribution_text(question_attribution(guide, question))
                        if source and source not in rating_sources:
                            rating_sources.append(source)
                    continue
                answer = answers.get(key)
                if answer is None or not (
                    answer.political.strip()
                    or answer.executive.strip()
                    or answer.conclusion.strip()
                ):
                    continue
                if not written:
                    doc.heading(section.title, 1)
                    written = True
                doc.heading(question.text, 2)
                source = attribution_text(question_attribution(guide, question))
                if source:
                    doc.note(source)
                doc.labelled(_person(pair, Side.POLITICAL), answer.political)
                doc.labelled(_person(pair, Side.EXECUTIVE), answer.executive)
                doc.labelled("Gemensam slutsats", answer.conclusion)
                if answer.to_agreement:
                    doc.note("Slutsatsen förs till överenskommelsen.")
    if rating_rows:
        doc.heading("Skattningar", 1)
        doc.table(
            [
                (
                    "Fråga",
                    pair.political.title or "Politiken",
                    pair.executive.title or "Förvaltningen",
                ),
                *rating_rows,
            ],
            (4, 3, 3),
            header=True,
        )
        for source in rating_sources:
            doc.note(f"Frågorna: {source}")
    doc.heading("Åtaganden", 1)
    rows = [
        (
            c.what,
            c.owner_name or label(c.owner_side),
            day_text(c.due_date) or "–",
            label(c.status) + (f" ({c.status_note})" if c.status_note else ""),
        )
        for c in commitments
    ]
    if rows:
        doc.table(
            [("Åtagande", "Ansvarig", "Klart senast", "Status"), *rows], (6, 2, 2, 2), header=True
        )
    else:
        doc.paragraph("Inga åtaganden gjordes vid samtalet.", marks=False)
    if conversation.notes.strip():
        doc.heading("Övriga anteckningar", 1)
        for part in re.split(r"\n\s*\n", conversation.notes.strip()):
            doc.paragraph(part.strip(), marks=False)
    doc.heading("Nästa samtal", 1)
    doc.paragraph(
        day_text(conversation.next_meeting) or "Nästa samtal är inte bestämt.", marks=False
    )
