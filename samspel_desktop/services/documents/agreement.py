"""The överenskommelse as a governing document in Word."""

from pathlib import Path

from samspel_desktop.domain.labels import label
from samspel_desktop.domain.model import (
    AgreementStatus,
    AgreementVersion,
    Pair,
)
from samspel_desktop.domain.progress import Progress
from samspel_desktop.services.documents.writer import DocumentWriter, WordExport, day_text


def _status_line(version: AgreementVersion) -> str:
    if version.status is AgreementStatus.ADOPTED:
        decided = day_text(version.metadata.decision_date or version.adopted_on)
        paragraph = version.metadata.decision_paragraph
        return f"Antagen {decided}{' ' + paragraph if paragraph else ''} · version {version.number}"
    if version.status is AgreementStatus.REMISS:
        return f"Remissversion · version {version.number}"
    return f"Utkast · version {version.number}"


def write_agreement(
    version: AgreementVersion,
    pair: Pair,
    path: Path,
    *,
    template: Path | None = None,
    progress: Progress | None = None,
) -> WordExport:
    """Write one version of the agreement as a governing document (``progress``: one step a
    section, see :class:`DocumentWriter`)."""
    doc = DocumentWriter(template, progress=progress, headings=len(version.sections))
    organisation = pair.organisation.name
    doc.properties(
        title=version.title,
        author=organisation,
        subject=version.metadata.document_type or "Överenskommelse",
        status=label(version.status),
    )
    doc.page_furniture(organisation, f"{version.metadata.document_type} · {_status_line(version)}")
    doc.paragraph(version.title, "Title", marks=False)
    doc.paragraph(f"{organisation} · {_status_line(version)}", "Subtitle", marks=False)
    meta = version.metadata
    decision = " ".join(p for p in (day_text(meta.decision_date), meta.decision_paragraph) if p)
    rows = [
        ("Typ av styrdokument", meta.document_type),
        ("Beslutande instans", meta.decided_by),
        ("Datum för beslut", decision or "Inte beslutad"),
        ("Diarienummer", meta.registration_number),
        ("Gäller för", meta.applies_to),
        ("Giltighetstid", meta.validity),
        ("Revideras senast", day_text(meta.review_by)),
        ("Dokumentansvarig", meta.document_owner),
    ]
    doc.table([(label, value or "–") for label, value in rows], (2, 5), label_column=True)
    for number, section in enumerate(version.sections, start=1):
        doc.heading(f"{number}. {section.title}", 1)
        for block in section.blocks:
            doc.block(block)
    parties = [(s.name, s.title) for s in version.signatories] or [
        (pair.political.name, pair.political.title),
        (pair.executive.name, pair.executive.title),
    ]
    place = version.adopted_place
    when = day_text(version.adopted_on) if version.is_adopted else ""
    doc.signatures(parties, ", ".join(p for p in (place, when) if p))
    return doc.result(path)
