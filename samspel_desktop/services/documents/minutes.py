"""A conversation's minnesanteckningar in Word."""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from samspel_desktop.domain.bodies import mid_sentence
from samspel_desktop.domain.guides import attribution_text, question_attribution
from samspel_desktop.domain.labels import label
from samspel_desktop.domain.model import (
    Answer,
    AnswerType,
    Commitment,
    Conversation,
    GreyZoneClass,
    GreyZoneEntry,
    Pair,
    Rating,
    Side,
)
from samspel_desktop.services.documents.html import HtmlWriter, PdfSource
from samspel_desktop.services.documents.tables import Table
from samspel_desktop.services.documents.writer import DocumentWriter, WordExport, day_text


def _person(pair: Pair, side: Side) -> str:
    person = pair.political if side is Side.POLITICAL else pair.executive
    return f"{person.title} ({person.name})" if person.title else person.name


@dataclass(frozen=True)
class MinutesContent:
    """What the minutes hold beside the conversation and the pair."""

    answers: dict[str, Answer]
    ratings: list[Rating]
    commitments: list[Commitment]
    greyzone: list[GreyZoneEntry]
    section_titles: Mapping[str, str] | None


def write_minutes(
    conversation: Conversation,
    pair: Pair,
    content: MinutesContent,
    *,
    path: Path,
    template: Path | None = None,
) -> WordExport:
    """Write the minnesanteckningar of one conversation: every answered text (the rated
    questions' too), where each conclusion goes in the agreement (``section_titles``: key to
    title), the ratings, the commitments, the grey-zone questions raised and the next meeting."""
    doc = DocumentWriter(template)
    _write(doc, conversation, pair, content)
    return doc.result(path)


def minutes_pdf_source(
    conversation: Conversation, pair: Pair, content: MinutesContent
) -> PdfSource:
    """The same minnesanteckningar, for PDF/A (rendered in the GUI layer)."""
    doc = HtmlWriter()
    _write(doc, conversation, pair, content)
    return doc.source()


#: Under the title: what the document is, and what it is not.
MEMO_NOTE = (
    "Minnesanteckningar – ett arbetsmaterial för samspelsparet, inte en antagen text. "
    "Slutsatser som förs till överenskommelsen gäller först när överenskommelsen har antagits."
)


def _step(value: int | None, scale: tuple[str, ...]) -> str:
    """A rating with its step's words: "4 – Ofta"."""
    if value is None:
        return "–"
    if 0 < value <= len(scale) and scale[value - 1]:
        step = scale[value - 1]
        return step if step.startswith(str(value)) else f"{value} – {step}"
    return str(value)


def _has_text(answer: Answer | None) -> bool:
    return answer is not None and any(
        t.strip() for t in (answer.political, answer.executive, answer.conclusion)
    )


def _greyzone_line(entry: GreyZoneEntry) -> str:
    if entry.classification is GreyZoneClass.UNCLEAR:
        return entry.question.strip()
    decided = f", {entry.decided_by.strip()}" if entry.decided_by.strip() else ""
    return f"{entry.question.strip()} (Vems fråga: {label(entry.classification)}{decided})"


def _write(
    doc: DocumentWriter | HtmlWriter,
    conversation: Conversation,
    pair: Pair,
    content: MinutesContent,
) -> None:
    organisation = pair.organisation.name
    date = conversation.date.isoformat()
    titles = dict(content.section_titles or {})
    doc.properties(
        title=f"Minnesanteckningar, samspelssamtal {date}",
        author=organisation,
        subject="Minnesanteckningar (arbetsmaterial)",
        status=label(conversation.status),
    )
    doc.page_furniture(organisation, f"Minnesanteckningar (arbetsmaterial) · samtal {date}")
    doc.paragraph("Minnesanteckningar", "Title", marks=False)
    doc.paragraph(f"Samspelssamtal {date} · {organisation}", "Subtitle", marks=False)
    doc.note(MEMO_NOTE)
    doc.table(
        Table(
            [
                ("Datum", date),
                ("Närvarande", ", ".join(conversation.present) or "–"),
                (
                    "Samspelspar",
                    f"{_person(pair, Side.POLITICAL)} och "
                    f"{mid_sentence(_person(pair, Side.EXECUTIVE))}",
                ),
                ("Samtalsguide", ", ".join(g.title for g in conversation.guides) or "–"),
            ],
            (2, 5),
            label_column=True,
        )
    )
    by_question: dict[str, dict[Side, int]] = {}
    for rating in content.ratings:
        by_question.setdefault(rating.question_key, {})[rating.side] = rating.value
    political_title = pair.political.title or "Politiken"
    executive_title = pair.executive.title or "Förvaltningen"
    rating_rows: list[tuple[str, str, str]] = []
    rating_sources: list[str] = []
    for guide in conversation.guides:
        for section in guide.sections:
            written = False
            for question in section.questions:
                key = guide.question_key(question)
                values = by_question.get(key, {})
                rated = question.answer.type is AnswerType.RATING and bool(values)
                source = attribution_text(question_attribution(guide, question))
                if rated:
                    scale = question.answer.scale
                    rating_rows.append(
                        (
                            question.text,
                            _step(values.get(Side.POLITICAL), scale),
                            _step(values.get(Side.EXECUTIVE), scale),
                        )
                    )
                    if source and source not in rating_sources:
                        rating_sources.append(source)
                answer = content.answers.get(key)
                if answer is None or not _has_text(answer):
                    continue
                if not written:
                    doc.heading(section.title, 1)
                    written = True
                doc.heading(question.text, 2)
                if source:
                    doc.note(source)
                if rated:
                    scale = question.answer.scale
                    doc.labelled(
                        "Skattning",
                        f"{political_title} {_step(values.get(Side.POLITICAL), scale)}, "
                        f"{mid_sentence(executive_title)} "
                        f"{_step(values.get(Side.EXECUTIVE), scale)}",
                    )
                doc.labelled(_person(pair, Side.POLITICAL), answer.political)
                doc.labelled(_person(pair, Side.EXECUTIVE), answer.executive)
                doc.labelled("Gemensam slutsats", answer.conclusion)
                if answer.to_agreement:
                    target = titles.get(answer.agreement_section_key)
                    doc.note(
                        f"Slutsatsen förs till överenskommelsen, avsnittet ”{target}”."
                        if target
                        else "Slutsatsen förs till överenskommelsen."
                    )
    if rating_rows:
        doc.heading("Skattningar", 1)
        doc.table(
            Table(
                [("Fråga", political_title, executive_title), *rating_rows],
                (4, 3, 3),
                header=True,
            )
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
        for c in content.commitments
    ]
    if rows:
        doc.table(
            Table(
                [("Åtagande", "Ansvarig", "Klart senast", "Status"), *rows],
                (6, 2, 2, 2),
                header=True,
            )
        )
    else:
        doc.paragraph("Inga åtaganden gjordes vid samtalet.", marks=False)
    if content.greyzone:
        doc.heading("Frågor i gråzonen", 1)
        doc.paragraph(
            "Frågor där det var oklart vem som äger dem. De finns i parets gråzonslogg.",
            marks=False,
        )
        doc.bullets([_greyzone_line(entry) for entry in content.greyzone])
    if conversation.notes.strip():
        doc.heading("Övriga anteckningar", 1)
        for part in re.split(r"\n\s*\n", conversation.notes.strip()):
            doc.paragraph(part.strip(), marks=False)
    doc.heading("Nästa samtal", 1)
    doc.paragraph(
        day_text(conversation.next_meeting) or "Nästa samtal är inte bestämt.", marks=False
    )
