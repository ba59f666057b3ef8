"""The överenskommelse as a governing document: in Word, and as HTML for PDF/A.

A registrator files what this writes: the diarienummer stands in every page's header and in the
file's ``dc:identifier``; the decision names the deciding body ("Antagen av kommunstyrelsen
2027-01-28 § 12"); "Gäller från" and "Ersätter" are in the metadata table. A draft or a remiss
version says so at the top and in the header, and carries no signature block.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.bodies import decision_text
from samspel_desktop.domain.labels import label
from samspel_desktop.domain.model import (
    AgreementStatus,
    AgreementVersion,
    Pair,
)
from samspel_desktop.domain.progress import Progress
from samspel_desktop.services.documents.tables import Table
from samspel_desktop.services.documents.writer import DocumentWriter, WordExport, day_text

if TYPE_CHECKING:
    from samspel_desktop.services.documents.html import HtmlWriter, PdfSource

    AnyWriter = DocumentWriter | HtmlWriter


def decided_line(version: AgreementVersion) -> str:
    """ "Antagen av kommunstyrelsen 2027-01-28 § 12" for an adopted version, else ""."""
    if version.status is not AgreementStatus.ADOPTED:
        return ""
    meta = version.metadata
    decided = decision_text(
        meta.decided_by,
        day_text(meta.decision_date or version.adopted_on),
        meta.decision_paragraph,
    )
    return f"Antagen {decided}".strip()


def status_line(version: AgreementVersion) -> str:
    if version.status is AgreementStatus.ADOPTED:
        return f"{decided_line(version)} · version {version.number}"
    if version.status is AgreementStatus.REMISS:
        return f"Remissversion · version {version.number}"
    return f"Utkast · version {version.number}"


def header_text(version: AgreementVersion) -> str:
    """The running header's right part: diarienummer and state, on every page."""
    meta = version.metadata
    if version.status is AgreementStatus.ADOPTED:
        state = " ".join(
            p
            for p in (
                "Antagen",
                day_text(meta.decision_date or version.adopted_on),
                meta.decision_paragraph,
            )
            if p
        )
    elif version.status is AgreementStatus.REMISS:
        state = "REMISSVERSION"
    else:
        state = "UTKAST"
    parts = [
        f"Dnr {meta.registration_number}" if meta.registration_number else "",
        state,
        f"version {version.number}",
    ]
    return " · ".join(p for p in parts if p)


def write_body(
    doc: AnyWriter, version: AgreementVersion, pair: Pair, *, whole: bool = True
) -> None:
    """The agreement's pages; ``whole=False`` leaves the file's properties and page header to
    the document it is part of (the remiss, after its cover letter)."""
    organisation = pair.organisation.name
    meta = version.metadata
    if whole:
        doc.properties(
            title=version.title,
            author=organisation,
            subject=meta.document_type or "Överenskommelse",
            status=label(version.status),
            identifier=meta.registration_number,
        )
        doc.page_furniture(organisation, header_text(version))
    doc.paragraph(version.title, "Title", marks=False)
    doc.paragraph(f"{organisation} · {status_line(version)}", "Subtitle", marks=False)
    if version.status is AgreementStatus.DRAFT:
        doc.banner("UTKAST – inte beslutat. Underskrifter lämnas när överenskommelsen är antagen.")
    elif version.status is AgreementStatus.REMISS:
        doc.banner("REMISSVERSION – inte beslutad. Lämna synpunkter enligt missivet.")
    decision = " ".join(p for p in (day_text(meta.decision_date), meta.decision_paragraph) if p)
    valid_from = meta.valid_from or (meta.decision_date if version.is_adopted else None)
    rows = [
        ("Typ av styrdokument", meta.document_type),
        ("Beslutande instans", meta.decided_by),
        ("Datum för beslut", decision or "Inte beslutad"),
        ("Diarienummer", meta.registration_number),
        ("Gäller för", meta.applies_to),
        ("Gäller från", day_text(valid_from)),
        ("Giltighetstid", meta.validity),
        ("Revideras senast", day_text(meta.review_by)),
        ("Ersätter", meta.replaces),
        ("Dokumentansvarig", meta.document_owner),
    ]
    doc.table(Table([(name, value or "–") for name, value in rows], (2, 5), label_column=True))
    for number, section in enumerate(version.sections, start=1):
        doc.heading(f"{number}. {section.title}", 1)
        for block in section.blocks:
            doc.block(block)
    if not version.is_adopted:
        return  # a draft or a remiss version is not signed
    parties = [(s.name, s.title) for s in version.signatories] or [
        (pair.political.name, pair.political.title),
        (pair.executive.name, pair.executive.title),
    ]
    place = version.adopted_place
    when = day_text(version.adopted_on)
    doc.signatures(parties, ", ".join(p for p in (place, when) if p))


def write_agreement(
    version: AgreementVersion,
    pair: Pair,
    path: Path,
    *,
    template: Path | None = None,
    progress: Progress | None = None,
) -> WordExport:
    """Write one version of the agreement as a governing document in Word (``progress``: one
    step a section, see :class:`DocumentWriter`)."""
    doc = DocumentWriter(template, progress=progress, headings=len(version.sections))
    write_body(doc, version, pair)
    return doc.result(path)


def agreement_pdf_source(version: AgreementVersion, pair: Pair) -> PdfSource:
    """The same document, for PDF/A (rendered in the GUI layer)."""
    from samspel_desktop.services.documents.html import HtmlWriter  # (a Word export needs none)

    doc = HtmlWriter()
    write_body(doc, version, pair)
    return doc.source()
