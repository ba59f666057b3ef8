"""Word import: an existing agreement in ``.docx`` becomes sections and blocks for a new draft.

Municipalities write agreements in many ways, so structure is read from what is there:

* a section starts at a Heading 1 (any language: the style's built-in name is used), or at a
  short numbered line such as "1. Hur vi ska styra och leda tillsammans" when it is bold or
  carries the next section number; the number itself is dropped (the export numbers sections);
* Heading 2 and deeper, and short lines set entirely in bold, become subheadings;
* list paragraphs (a list style, or Word numbering on the paragraph or its style) become bullet
  or numbered lists by their numbering format; lines typed as "- text" or "• text" are bullets;
* everything else is a paragraph; text before the first heading goes into "Inledning";
* pictures in the running text (PNG, JPEG, GIF) are kept where they stand, with their alt text
  (or the name Word gave them, such as "Bild 1"), so a caption like Vaggeryd's "Bild 1.
  Kommunikationsvägar." still points at its picture.

Text is read wherever Word keeps a paragraph's words: plain runs, hyperlinks, content controls
(``w:sdt``, around paragraphs or inside one), fields, smart tags, and tracked insertions
(``w:ins``, ``w:moveTo``). A document with tracked changes is read as if every change were
accepted: deleted text (``w:del``, ``w:moveFrom``) is left out. Whatever is left out is said
in :attr:`ImportedAgreement.notes` (which the command line prints and the window shows): tables,
pictures in tables or in other formats, text boxes, equations, footnotes, embedded documents,
symbol-font characters, tracked deletions, and XML entity references.

The file is treated as hostile until proven otherwise. Nothing in the zip headers is trusted:
every part is read through a capped stream (:class:`_CappedPart`) that counts the bytes really
unpacked and stops at the limit, so a zip bomb is refused after at most the limit's worth of
work and memory. ``word/document.xml`` is parsed incrementally (``lxml.etree.iterparse``); each
run and paragraph is handled when it ends and then removed from the tree, so memory stays
bounded by one run, not the document. Entities are never resolved and no DTD or network
resource is loaded (no XXE, no "billion laughs"). Any parser failure becomes a Swedish
:class:`WordImportError`. Reading never touches the database.

This module reads the package (the zip, its relationships and limits);
:mod:`samspel_desktop.services.word_text` reads the words into sections and blocks.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote

from lxml import etree

from samspel_desktop.domain.errors import WordImportError
from samspel_desktop.services.word_text import (
    SAFE_XML,
    ImportedAgreement,
    Styles,
    TextReader,
    list_formats,
)

MAX_DOCX_BYTES = 25 * 1024 * 1024
#: Most bytes unpacked from the whole file (counted as read, never taken from zip headers).
MAX_UNPACKED_BYTES = 120 * 1024 * 1024
MAX_DOCUMENT_XML_BYTES = 40 * 1024 * 1024
#: Most bytes of a part other than the text (relationships, styles, numbering).
MAX_PART_BYTES = 16 * 1024 * 1024
#: Most markup parsed without a single run or paragraph ending: real documents stay far below;
#: past it the file is filler that would only fill memory.
MAX_MARKUP_WITHOUT_TEXT = 4 * 1024 * 1024
MAX_PARTS = 2_000
#: Largest picture kept (a scanned photo may be bigger; it is then left out and counted).
MAX_IMAGE_BYTES = 8 * 1024 * 1024
#: Bytes asked of the zip member at a time: the decompressor never makes more than this at once.
_CHUNK = 64 * 1024

_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _parser() -> etree.XMLParser:
    """A parser that resolves no entity and loads nothing from outside the file."""
    return etree.XMLParser(**SAFE_XML)


# --- the package: a zip file read through capped streams ---------------------------------------


class _CappedPart:
    """A zip member read in small chunks, refused as soon as more is unpacked than allowed.

    ``zipfile`` decompresses as much as it is asked for in one call (a plain ``read()`` asks for
    2 GB) and trusts the sizes in the headers, which a hostile file sets as it likes. Here every
    read asks for at most :data:`_CHUNK` bytes, the bytes really produced are counted against the
    part's limit and the whole file's, and reading stops at the first byte over.
    """

    def __init__(
        self,
        member: IO[bytes],
        limit: int,
        budget: list[int],
        refusal: str,
        *,
        quiet_limit: int | None = None,
    ) -> None:
        self._member = member
        self._limit = limit
        self._budget = budget  # one-element list: bytes the whole file may still unpack
        self._refusal = refusal
        self._quiet_limit = quiet_limit
        self.total = 0
        self.since_text = 0  # bytes since the reader last saw a run or paragraph end

    def read(self, size: int = -1) -> bytes:
        size = _CHUNK if size is None or size < 0 else min(size, _CHUNK)
        data = self._member.read(size)
        self.total += len(data)
        self.since_text += len(data)
        self._budget[0] -= len(data)
        if self.total > self._limit or self._budget[0] < 0:
            raise WordImportError(self._refusal)
        if self._quiet_limit is not None and self.since_text > self._quiet_limit:
            raise WordImportError(
                "Dokumentet innehåller stora mängder XML utan text (mer än "
                f"{self._quiet_limit // (1024 * 1024)} MB i följd) och läses inte in."
            )
        return data

    def read_all(self) -> bytes:
        chunks = []
        while chunk := self.read(_CHUNK):
            chunks.append(chunk)
        return b"".join(chunks)


class _Package:
    """The parts of a .docx this import reads, found through the package's relationships."""

    def __init__(self, archive: zipfile.ZipFile, path: Path) -> None:
        self._archive = archive
        self._budget = [MAX_UNPACKED_BYTES]
        self._too_big = f"Filen {path.name} packas upp till orimligt mycket data och läses inte in."
        self._not_docx = _not_docx(path)
        self.document = self._main_part()
        relations = self._relations(self.document)
        self.styles = self._xml(relations.get("styles"))
        self.numbering = self._xml(relations.get("numbering"))
        self._picture_parts = self._ids(self.document)

    def _exists(self, name: str | None) -> bool:
        if name is None:
            return False
        try:
            self._archive.getinfo(name)
        except KeyError:
            return False
        return True

    def _xml(self, name: str | None) -> Any:
        """A small part parsed whole (styles, numbering, relationships), or None if absent."""
        if not self._exists(name):
            return None
        assert name is not None
        with self._archive.open(name) as member:
            data = _CappedPart(member, MAX_PART_BYTES, self._budget, self._too_big).read_all()
        return etree.fromstring(data, _parser())

    def _targets(self, rels_name: str, base: str) -> dict[str, str]:
        """Relationship type (last path segment) → part name, for internal targets."""
        root = self._xml(rels_name)
        out: dict[str, str] = {}
        if root is None:
            return out
        for relation in root.iter(f"{{{_REL_NS}}}Relationship"):
            if relation.get("TargetMode") == "External":
                continue
            kind = (relation.get("Type") or "").rsplit("/", 1)[-1]
            target = unquote(relation.get("Target") or "")
            if not target or kind in out:
                continue
            joined = target if target.startswith("/") else posixpath.join(base, target)
            out[kind] = posixpath.normpath(joined).lstrip("/")
        return out

    def picture(self, rel_id: str) -> bytes | None:
        """A picture of the main part by its relationship id, or None if it is missing or too
        big (the whole file's unpacking budget still applies)."""
        part = self._picture_parts.get(rel_id)
        if part is None or not self._exists(part):
            return None
        if self._archive.getinfo(part).file_size > MAX_IMAGE_BYTES:
            return None
        with self._archive.open(part) as member:
            capped = _CappedPart(member, MAX_IMAGE_BYTES, self._budget, self._too_big)
            try:
                return capped.read_all()
            except WordImportError:
                if self._budget[0] < 0:
                    raise
                return None

    def _ids(self, part: str) -> dict[str, str]:
        """Relationship id → part name, for the internal targets of ``part``."""
        folder, name = posixpath.split(part)
        root = self._xml(posixpath.join(folder, "_rels", f"{name}.rels"))
        out: dict[str, str] = {}
        if root is None:
            return out
        for relation in root.iter(f"{{{_REL_NS}}}Relationship"):
            target = unquote(relation.get("Target") or "")
            if relation.get("TargetMode") == "External" or not target:
                continue
            joined = target if target.startswith("/") else posixpath.join(folder, target)
            out[relation.get("Id") or ""] = posixpath.normpath(joined).lstrip("/")
        return out

    def _main_part(self) -> str:
        main = self._targets("_rels/.rels", "").get("officeDocument", "word/document.xml")
        if not self._exists(main):
            raise self._not_docx
        return main

    def _relations(self, part: str) -> dict[str, str]:
        folder, name = posixpath.split(part)
        return self._targets(posixpath.join(folder, "_rels", f"{name}.rels"), folder)

    def document_stream(self, path: Path) -> _CappedPart:
        return _CappedPart(
            self._archive.open(self.document),
            MAX_DOCUMENT_XML_BYTES,
            self._budget,
            f"Texten i {path.name} är för stor för att läsas in.",
            quiet_limit=MAX_MARKUP_WITHOUT_TEXT,
        )


def _not_docx(path: Path) -> WordImportError:
    return WordImportError(
        f"Filen {path.name} är inte ett Word-dokument i formatet .docx. Öppna den i Word, "
        "spara den som .docx och försök igen."
    )


def _check_file(path: Path) -> None:
    """Refuse what is plainly too big or not a zip file, before anything is unpacked."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise WordImportError(f"Filen {path} gick inte att läsa.", detail=str(error)) from None
    if size > MAX_DOCX_BYTES:
        raise WordImportError(
            f"Filen {path.name} är för stor för att vara en överenskommelse (högst 25 MB)."
        )


def _check_entries(archive: zipfile.ZipFile, path: Path) -> None:
    """Cheap early refusals from the directory; the real limits are enforced while reading."""
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise WordImportError(f"Filen {path.name} har för många delar för att vara ett dokument.")
    if sum(max(info.file_size, 0) for info in infos) > MAX_UNPACKED_BYTES:
        raise WordImportError(
            f"Filen {path.name} packas upp till orimligt mycket data och läses inte in."
        )


def read_agreement_docx(path: Path) -> ImportedAgreement:
    """Read a ``.docx`` into sections for a preview; raises :class:`WordImportError`."""
    _check_file(path)
    try:
        if not zipfile.is_zipfile(path):
            raise _not_docx(path)
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError):
        raise _not_docx(path) from None
    try:
        with archive:
            _check_entries(archive, path)
            package = _Package(archive, path)
            reader = TextReader(Styles(package.styles), list_formats(package.numbering))
            reader.read(package.document_stream(path))
            reader.add_pictures(package.picture)
        imported = reader.result()
    except WordImportError:
        raise
    except Exception as error:
        # Hostile or broken files make the zip and XML layers raise almost anything (CRC and
        # zlib errors, XML syntax errors, unsupported compression); all of it means the same
        # thing to the user: this file cannot be read.
        raise WordImportError(
            f"Filen {path.name} gick inte att läsa som Word-dokument. Den kan vara skadad.",
            detail=repr(error),
        ) from None
    if not imported.sections:
        raise WordImportError(f"Filen {path.name} innehåller ingen text att importera.")
    return imported
