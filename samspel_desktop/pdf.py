"""PDF/A-1b for the e-archive, through Qt's ``QPdfWriter`` (no other dependency).

Like :mod:`samspel_desktop.charts`, this Qt module sits between the GUI and the services in the
layers (``pyproject.toml``): the window and the command line (composition roots) call it with
what the services give them. The services write the document as HTML with its metadata
(:class:`PdfSource`, Qt-free); this module lays it out on A4 with the same running header as
the Word file (organisation left; diarienummer, state and version right) and "Sida N av M"
below, embeds the fonts (PDF/A-1b) and writes title, author, subject and the diarienummer as
``dc:identifier`` into the XMP metadata. Works without a window, so the command line can use
it too.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
    QUuid,
    qVersion,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from samspel_desktop.services.documents.html import KEEP_TOGETHER, PdfSource
from samspel_desktop.services.files import write_bytes_atomically

_MARGIN_MM = 25.0
_HEADER_MM = 12.0  # space above the text for the running header
_FOOTER_MM = 10.0
_RESOLUTION = 300


def _ensure_gui() -> None:
    if QCoreApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        QGuiApplication([])


def xmp_metadata(source: PdfSource, document_id: str, when: dt.datetime) -> bytes:
    """The XMP packet of a PDF/A-1b file: what Qt writes (title, author, producer, dates, ids,
    the PDF/A identification) and also the subject, the language and the diarienummer as
    ``dc:identifier``. The values Qt also writes in the document's information dictionary must
    be the same here, or the file is not valid PDF/A: :func:`pdf_bytes` checks the dates."""

    def esc(text: str) -> str:
        return html.escape(text, quote=True)

    stamp = when.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    identifier = (
        f"<dc:identifier>{esc(source.identifier)}</dc:identifier>" if source.identifier else ""
    )
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">'
        '<rdf:RDF><rdf:Description rdf:about="">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{esc(source.title)}</rdf:li>'
        "</rdf:Alt></dc:title>"
        f"<dc:creator><rdf:Seq><rdf:li>{esc(source.author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{esc(source.subject)}'
        "</rdf:li></rdf:Alt></dc:description>"
        f"{identifier}"
        f"<dc:language><rdf:Bag><rdf:li>{esc(source.language)}</rdf:li></rdf:Bag></dc:language>"
        "</rdf:Description>"
        f'<rdf:Description rdf:about="" pdf:Producer="Qt {esc(qVersion())}" '
        'pdf:Trapped="False"/>'
        f'<rdf:Description rdf:about="" xmp:CreatorTool="Samspel" xmp:CreateDate="{stamp}" '
        f'xmp:ModifyDate="{stamp}" xmp:MetadataDate="{stamp}"/>'
        f'<rdf:Description rdf:about="" xmpMM:DocumentID="uuid:{document_id}" '
        'xmpMM:VersionID="1" xmpMM:RenditionClass="default"/>'
        '<rdf:Description rdf:about="" pdfaid:part="1" pdfaid:conformance="B"/>'
        "</rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


_MARGIN_PT = re.compile(r"((?:margin|padding)(?:-\w+)?\s*:\s*)(\d+(?:\.\d+)?)pt")


def css_pixels(text: str) -> str:
    """Margins and paddings in points, as Qt's rich text reads them: in CSS pixels (1/96 inch).

    Qt takes font sizes in points, but ignores a margin given in points.
    """
    return _MARGIN_PT.sub(lambda m: f"{m.group(1)}{round(float(m.group(2)) * 96 / 72)}px", text)


_CREATION_DATE = re.compile(rb"/CreationDate \(D:(\d{14})Z\)")


def pdf_bytes(source: PdfSource) -> bytes:
    """Render ``source`` as PDF/A-1b and return the file's bytes.

    Qt stamps the document's information dictionary with the second it starts painting; the
    XMP packet must carry the same time, so a render that straddles a second is done again.
    """
    _ensure_gui()
    for _ in range(5):
        data, when = _render(source)
        found = _CREATION_DATE.search(data)
        if found is not None and found.group(1).decode() == when.strftime("%Y%m%d%H%M%S"):
            return data
    raise RuntimeError("the PDF's dates did not settle")  # pragma: no cover - five seconds off


def _render(source: PdfSource) -> tuple[bytes, dt.datetime]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(_RESOLUTION)
    writer.setTitle(source.title)
    writer.setCreator("Samspel")
    writer.setAuthor(source.author)
    document_id = QUuid.createUuid()
    writer.setDocumentId(document_id)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(_MARGIN_MM, _MARGIN_MM - _HEADER_MM, _MARGIN_MM, _MARGIN_MM - _FOOTER_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    dots_per_mm = _RESOLUTION / 25.4
    width = writer.width()
    height = writer.height()
    header = _HEADER_MM * dots_per_mm
    footer = _FOOTER_MM * dots_per_mm
    body_height = height - header - footer

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(css_pixels(source.css))
    text_width_px = (210 - 2 * _MARGIN_MM) / 25.4 * 96  # the text's width in CSS pixels
    html_text = css_pixels(source.html)
    for number, data in enumerate(source.images):
        image = QImage.fromData(data)
        name = f"samspel-image:{number}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        if not image.isNull():
            natural = image.width() * 96 / max(1.0, image.dotsPerMeterX() * 0.0254)
            shown = round(min(natural, text_width_px))
            html_text = html_text.replace(f'src="{name}"', f'src="{name}" width="{shown}"')
    document.setHtml(html_text)
    document.setPageSize(QSizeF(width, body_height))
    _keep_ending_together(document, body_height)
    pages = document.pageCount()

    # The XMP's time is taken just before Qt takes its own, when painting begins.
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    uuid_text = document_id.toString(QUuid.StringFormat.WithoutBraces)
    writer.setDocumentXmpMetadata(QByteArray(xmp_metadata(source, uuid_text, when)))
    painter = QPainter(writer)
    small = QFont(font)
    small.setPointSizeF(8.5)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.setFont(small)
        painter.setPen(QColor("#595959"))
        top = QRectF(0, 0, width, header * 0.6)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        painter.drawText(top, left, source.header_left)
        painter.drawText(top, right, source.header_right)
        bottom = QRectF(0, height - footer * 0.6, width, footer * 0.6)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        painter.drawText(bottom, centre, f"Sida {page + 1} av {pages}")
        painter.save()
        painter.translate(0, header - page * body_height)
        clip = QRectF(0, page * body_height, width, body_height)
        painter.setClipRect(clip)
        document.drawContents(painter, clip)
        painter.restore()
    painter.end()
    buffer.close()
    return bytes(buffer.data().data()), when


def _keep_ending_together(document: QTextDocument, page_height: float) -> None:
    """Start the block marked :data:`KEEP_TOGETHER` (the signatures) on a new page when what
    follows it would otherwise be split over two pages."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if KEEP_TOGETHER in it.fragment().charFormat().anchorNames():
                top = layout.blockBoundingRect(block).top()
                bottom = layout.documentSize().height()
                if int(top // page_height) != int((bottom - 1) // page_height):
                    cursor = QTextCursor(block)
                    block_format = cursor.blockFormat()
                    block_format.setPageBreakPolicy(
                        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                    )
                    cursor.setBlockFormat(block_format)
                return
            it += 1
        block = block.next()


def write_pdf(source: PdfSource, path: Path) -> Path:
    """Write ``source`` as a PDF/A-1b file (atomically, like every export)."""
    write_bytes_atomically(path, pdf_bytes(source))
    return path
