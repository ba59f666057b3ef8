"""The remiss in Word: the remiss version with its cover letter (missiv), and a summary of the
answers for the paper to the arbetsutskott (who answered, for or against, what changed)."""

from __future__ import annotations

from pathlib import Path

from samspel_desktop.domain.labels import label
from samspel_desktop.domain.markup import escape_markup
from samspel_desktop.domain.model import (
    AgreementVersion,
    Pair,
    Remiss,
    RemissStance,
)
from samspel_desktop.services.documents.agreement import write_body
from samspel_desktop.services.documents.tables import Table
from samspel_desktop.services.documents.writer import DocumentWriter, WordExport, day_text

#: A summary of the answers' stances as the paper to the arbetsutskott words them.
STANCE_WORDS = {
    RemissStance.SUPPORTS: "ställer sig bakom (tillstyrker)",
    RemissStance.SUPPORTS_WITH_COMMENTS: "ställer sig bakom med synpunkter",
    RemissStance.REJECTS: "avstyrker",
    RemissStance.PENDING: "har inte svarat",
}


def _sender(version: AgreementVersion, pair: Pair) -> str:
    return version.metadata.decided_by or pair.organisation.name


def write_remiss(
    version: AgreementVersion,
    remiss: Remiss,
    pair: Pair,
    path: Path,
    *,
    template: Path | None = None,
) -> WordExport:
    """The cover letter (remissinstanser, sista svarsdag, how to answer) and the remiss version."""
    doc = DocumentWriter(template)
    meta = version.metadata
    organisation = pair.organisation.name
    deadline = day_text(remiss.deadline, "–")
    doc.properties(
        title=f"Remiss: {version.title}",
        author=organisation,
        subject="Remiss",
        status="Remiss",
        identifier=meta.registration_number,
    )
    right = " · ".join(
        p
        for p in (
            f"Dnr {meta.registration_number}" if meta.registration_number else "",
            "REMISS",
            f"svar senast {deadline}",
        )
        if p
    )
    doc.page_furniture(organisation, right)
    doc.paragraph("Remiss", "Title", marks=False)
    doc.paragraph(version.title, "Subtitle", marks=False)
    doc.table(
        Table(
            [
                ("Från", _sender(version, pair)),
                ("Till", ", ".join(a.recipient for a in remiss.answers) or "–"),
                ("Datum", day_text(remiss.sent_on)),
                ("Diarienummer", meta.registration_number or "–"),
                ("Beslut om remiss", remiss.reference or "–"),
                ("Sista svarsdag", deadline),
            ],
            (2, 5),
            label_column=True,
        )
    )
    doc.heading("Ärendet", 1)
    doc.paragraph(
        f"{_sender(version, pair)} skickar förslaget till ”{version.title}” på remiss. "
        "Förslaget är bifogat: remissversionen, version "
        f"{version.number}, följer efter det här missivet.",
        marks=False,
    )
    doc.heading("Att svara", 1)
    reference = (
        f" Ange diarienummer {meta.registration_number} i svaret."
        if (meta.registration_number)
        else ""
    )
    doc.paragraph(
        f"Lämna ett yttrande senast {deadline}. Ange om ni ställer er bakom förslaget, ställer "
        "er bakom det med synpunkter eller avstyrker det, och vilka ändringar ni i så fall "
        f"föreslår.{reference}",
        marks=False,
    )
    doc.heading("Remissinstanser", 1)
    doc.bullets([escape_markup(a.recipient) for a in remiss.answers])
    doc.page_break()
    write_body(doc, version, pair, whole=False)
    return doc.result(path)


def write_remiss_summary(
    version: AgreementVersion,
    remiss: Remiss,
    pair: Pair,
    path: Path,
    *,
    changes: list[tuple[str, str]] | None = None,
    later: AgreementVersion | None = None,
    template: Path | None = None,
) -> WordExport:
    """Who answered, ställer sig bakom or avstyrker, what they said, and what changed since.

    ``changes`` are (section title, what happened) between the remiss version and ``later``.
    """
    doc = DocumentWriter(template)
    meta = version.metadata
    organisation = pair.organisation.name
    doc.properties(
        title=f"Sammanställning av remissvar: {version.title}",
        author=organisation,
        subject="Sammanställning av remissvar",
        status="Arbetsmaterial",
        identifier=meta.registration_number,
    )
    doc.page_furniture(
        organisation,
        " · ".join(
            p
            for p in (
                f"Dnr {meta.registration_number}" if meta.registration_number else "",
                "Sammanställning av remissvar",
            )
            if p
        ),
    )
    doc.paragraph("Sammanställning av remissvar", "Title", marks=False)
    doc.paragraph(f"{version.title} · remissversion {version.number}", "Subtitle", marks=False)
    answered = [a for a in remiss.answers if a.stance is not RemissStance.PENDING]
    doc.table(
        Table(
            [
                ("Remissen skickades", day_text(remiss.sent_on)),
                ("Beslut om remiss", remiss.reference or "–"),
                ("Sista svarsdag", day_text(remiss.deadline, "–")),
                ("Diarienummer", meta.registration_number or "–"),
                ("Remissinstanser", str(len(remiss.answers))),
                ("Har svarat", str(len(answered))),
            ],
            (2, 5),
            label_column=True,
        )
    )
    doc.heading("Svaren i korthet", 1)
    counts = [
        f"{sum(1 for a in remiss.answers if a.stance is stance)} {words}"
        for stance, words in STANCE_WORDS.items()
    ]
    doc.paragraph(", ".join(counts[:-1]) + " och " + counts[-1] + ".", marks=False)
    rejecting = [a.recipient for a in remiss.answers if a.stance is RemissStance.REJECTS]
    if rejecting:
        doc.paragraph(f"Avstyrker: {', '.join(rejecting)}.", marks=False)
    doc.heading("Remissvaren", 1)
    doc.table(
        Table(
            [
                ("Remissinstans", "Svar", "Datum", "Synpunkter"),
                *(
                    (
                        a.recipient,
                        label(a.stance),
                        day_text(a.answered_on, "–"),
                        " ".join(a.text.split()) or "–",
                    )
                    for a in remiss.answers
                ),
            ],
            (3, 3, 2, 6),
            header=True,
        )
    )
    doc.heading("Ändringar efter remissen", 1)
    if later is None:
        doc.paragraph(
            "Ingen ny version finns ännu: förslaget är oförändrat sedan remissen.", marks=False
        )
    elif not changes:
        doc.paragraph(f"Version {later.number} har samma text som remissversionen.", marks=False)
    else:
        lead = doc.paragraph(
            f"Jämfört med remissversionen (version {version.number}) har version "
            f"{later.number} ändrats i {len(changes)} avsnitt:",
            marks=False,
        )
        lead.paragraph_format.keep_with_next = True
        doc.table(
            Table(
                [("Avsnitt", "Ändring"), *changes],
                (5, 2),
                header=True,
            )
        )
    return doc.result(path)
