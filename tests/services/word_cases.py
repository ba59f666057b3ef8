"""Large and hostile Word files for the import tests and ``benchmarks/word_import.py``.

Each builder writes a ``.docx`` to ``path``; the large ones are assembled from python-docx's own
template parts with a generated ``word/document.xml``, and the zip bomb is written by hand so its
headers can lie about the size of what it unpacks to.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_WORDS = [
    "kommunstyrelsen",
    "förvaltningen",
    "samspel",
    "förtroende",
    "återkoppling",
    "ärendeberedning",
    "delegation",
    "budgetprocess",
    "överenskommelse",
    "uppdraget",
    "politiken",
    "kommundirektören",
    "medborgarna",
    "mötesstrukturen",
    "ansvar",
    "roller",
    "tillsammans",
    "gyllene",
    "zonen",
]


def _template_parts() -> dict[str, bytes]:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _sentence(i: int, words: int = 24) -> str:
    return " ".join(_WORDS[(i * 7 + k * 3) % len(_WORDS)] for k in range(words)).capitalize()


def _document_xml(body: Iterator[str]) -> Iterator[bytes]:
    yield (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}"><w:body>'
    ).encode()
    for chunk in body:
        yield chunk.encode("utf-8")
    yield b'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'


def _paragraph(i: int) -> str:
    """One paragraph as Word writes it: rsid attributes, a bold run, proofing marks."""
    text = _sentence(i)
    head, _, tail = text.partition(" ")
    return (
        f'<w:p w:rsidR="00A1{i % 10000:04d}" w:rsidRDefault="00B2{i % 9999:04d}" '
        f'w:rsidP="00C3{i % 9998:04d}"><w:pPr><w:spacing w:after="120"/></w:pPr>'
        f'<w:r w:rsidRPr="00D4{i % 9997:04d}"><w:rPr><w:b/></w:rPr><w:t>{head}</w:t></w:r>'
        f'<w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve"> {tail}</w:t></w:r>'
        '<w:proofErr w:type="spellEnd"/></w:p>'
    )


def _heading(i: int) -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Avsnitt {i}</w:t></w:r></w:p>'
    )


def _bullet(i: int) -> str:
    return (
        f'<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>{_sentence(i, 8)}</w:t>'
        "</w:r></w:p>"
    )


def _body(paragraphs: int) -> Iterator[str]:
    """Sections of 100 paragraphs: a heading, text, and a list of five every 20 paragraphs."""
    for i in range(paragraphs):
        if i % 100 == 0:
            yield _heading(i // 100 + 1)
        elif i % 20 < 5:
            yield _bullet(i)
        else:
            yield _paragraph(i)


def _write_docx(path: Path, document: Iterator[bytes]) -> None:
    parts = _template_parts()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name == "word/document.xml":
                with archive.open(name, "w", force_zip64=True) as member:
                    for chunk in document:
                        member.write(chunk)
            else:
                archive.writestr(name, data)


def many_paragraphs(path: Path, paragraphs: int = 10_000) -> Path:
    """An agreement of ``paragraphs`` paragraphs (headings, text, bullet lists)."""
    _write_docx(path, _document_xml(_body(paragraphs)))
    return path


def large_document_xml(path: Path, target_bytes: int = 39 * 1024 * 1024) -> Path:
    """A ``word/document.xml`` of about ``target_bytes`` (inside the import's limits).

    About 100 000 paragraphs in sections of 500 (the import takes at most 300 sections).
    """

    def body() -> Iterator[str]:
        written, i = 0, 0
        while written < target_bytes - 1024:
            chunk = _heading(i // 500 + 1) if i % 500 == 0 else _paragraph(i)
            written += len(chunk.encode("utf-8"))
            i += 1
            yield chunk

    _write_docx(path, _document_xml(body()))
    return path


def one_huge_paragraph(path: Path, runs: int = 1_000_000) -> Path:
    """One paragraph of ``runs`` tiny runs (a tree of millions of XML nodes)."""

    def body() -> Iterator[str]:
        yield "<w:p>"
        for i in range(runs):
            yield f"<w:r><w:t>{'ab'[i % 2]}</w:t></w:r>"
        yield "</w:p>"

    _write_docx(path, _document_xml(body()))
    return path


def large_table(path: Path, cells: int = 1_000_000) -> Path:
    """One table of ``cells`` one-letter cells (a tree of millions of XML nodes)."""

    def body() -> Iterator[str]:
        yield "<w:p><w:r><w:t>Före tabellen.</w:t></w:r></w:p><w:tbl>"
        for _ in range(cells // 10):
            yield "<w:tr>" + "<w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>" * 10 + "</w:tr>"
        yield "</w:tbl><w:p><w:r><w:t>Efter tabellen.</w:t></w:r></w:p>"

    _write_docx(path, _document_xml(body()))
    return path


def filler(path: Path, megabytes: int = 10) -> Path:
    """Megabytes of bookmarks between two paragraphs: markup with no text in it at all."""

    def body() -> Iterator[str]:
        yield "<w:p><w:r><w:t>Början.</w:t></w:r></w:p>"
        mark = '<w:bookmarkStart w:id="1" w:name="x"/>'
        for _ in range(megabytes * 1024 * 1024 // len(mark)):
            yield mark
        yield "<w:p><w:r><w:t>Slut.</w:t></w:r></w:p>"

    _write_docx(path, _document_xml(body()))
    return path


def _zip_entry_headers(
    name: bytes, crc: int, compressed: int, claimed: int, offset: int
) -> tuple[bytes, bytes]:
    local = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, compressed, claimed, len(name), 0
    )
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50,
        20,
        20,
        0,
        8,
        0,
        0,
        crc,
        compressed,
        claimed,
        len(name),
        0,
        0,
        0,
        0,
        0,
        offset,
    )
    return local + name, central + name


def zip_bomb(path: Path, unpacked: int = 2_200_000_000, claimed: int = 30_000) -> Path:
    """A .docx whose ``word/document.xml`` unpacks to ``unpacked`` bytes but claims ``claimed``.

    Every other part is python-docx's own; the zip headers (local and central) state the small
    size, so a reader that trusts them lets the decompressor run.
    """
    parts = _template_parts()
    prefix = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode()
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(prefix)
    chunks = [compressor.compress(prefix)]
    block = b" " * (16 * 1024 * 1024)
    left = unpacked - len(prefix)
    while left > 0:
        piece = block if left >= len(block) else block[:left]
        crc = zlib.crc32(piece, crc)
        chunks.append(compressor.compress(piece))
        left -= len(piece)
    chunks.append(compressor.flush())
    bomb = b"".join(chunks)
    out = io.BytesIO()
    centrals: list[bytes] = []
    for name, data in parts.items():
        if name == "word/document.xml":
            payload, entry_crc, size = bomb, crc & 0xFFFFFFFF, claimed
        else:
            compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
            payload = compressor.compress(data) + compressor.flush()
            entry_crc, size = zlib.crc32(data) & 0xFFFFFFFF, len(data)
        local, central = _zip_entry_headers(
            name.encode(), entry_crc, len(payload), size, out.tell()
        )
        out.write(local)
        out.write(payload)
        centrals.append(central)
    start = out.tell()
    directory = b"".join(centrals)
    out.write(directory)
    out.write(
        struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(centrals), len(centrals), len(directory), start, 0
        )
    )
    path.write_bytes(out.getvalue())
    return path
