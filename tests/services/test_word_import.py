"""Word import: a real agreement no one here wrote, hostile files, and the round trip."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.model import AgreementSection, Block, BlockType
from samspel_desktop.services import word_import
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.word_import import WordImportError, read_agreement_docx

DATA = Path(__file__).parent / "data"


def _fixture() -> list[str]:
    lines = (DATA / "vaggeryd-overenskommelse.txt").read_text("utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("# ")]


def _expected() -> tuple[str, list[tuple[str, list[tuple[str, tuple[str, ...]]]]]]:
    """(title, [(section title, [(block type, texts)])]) straight from the fixture's markup."""
    title = ""
    sections: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = []
    for line in _fixture():
        if line.startswith("= "):
            title = line[2:]
        elif line.startswith("## "):
            sections.append((line[3:].split(" ", 1)[1], []))
        elif line.startswith("### "):
            sections[-1][1].append(("subheading", (line[4:],)))
        elif line.startswith("!bild "):
            sections[-1][1].append(("image", (line[6:],)))
        elif line.startswith("- "):
            blocks = sections[-1][1]
            if blocks and blocks[-1][0] == "bullets":
                blocks[-1] = ("bullets", (*blocks[-1][1], line[2:]))
            else:
                blocks.append(("bullets", (line[2:],)))
        else:
            sections[-1][1].append(("paragraph", (line,)))
    return title, sections


def _structure(
    sections: tuple[AgreementSection, ...],
) -> list[tuple[str, list[tuple[str, tuple[str, ...]]]]]:
    return [
        (
            s.title,
            [
                (
                    b.type.value,
                    b.items if b.type in (BlockType.BULLETS, BlockType.NUMBERED) else (b.text,),
                )
                for b in s.blocks
            ],
        )
        for s in sections
    ]


def _png() -> bytes:
    """A small PNG standing in for Vaggeryd's picture."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 4, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"".join(b"\x00" + b"\x40\x80\xc0" * 4 for _ in range(2)))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _vaggeryd_docx(path: Path) -> None:
    """Vaggeryd's agreement as a municipality might have typed it in Word – in several ways.

    Built with python-docx's own default template, not with Samspel's exporter: the title is
    bold 16 pt body text, headings 1–2 are bold numbered lines, heading 3 uses Word's Heading 1
    style and heading 4 is a plain numbered line; subheadings are bold lines (one is a Heading 2);
    bullets are List Bullet paragraphs, List Paragraph with Word numbering, or typed "- " dashes.
    """
    document = docx.Document()
    section_number = 0
    subheading = ""
    for line in _fixture():
        if line.startswith("= "):
            run = document.add_paragraph().add_run(line[2:])
            run.bold = True
            run.font.size = Pt(16)
        elif line.startswith("## "):
            section_number += 1
            if section_number == 3:
                document.add_paragraph(line[3:], style="Heading 1")
            else:
                run = document.add_paragraph().add_run(line[3:])
                run.bold = section_number in (1, 2)
        elif line.startswith("### "):
            subheading = line[4:]
            if subheading == "Överenskommelse":
                document.add_paragraph(subheading, style="Heading 2")
            else:
                document.add_paragraph().add_run(subheading).bold = True
        elif line.startswith("!bild "):
            # Vaggeryd's picture of the communication paths (its caption follows).
            document.add_picture(io.BytesIO(_png()))
            document.inline_shapes[-1]._inline.docPr.set("descr", line[6:])
        elif line.startswith("- "):
            if subheading == "Tjänsteorganisationen ska:":
                document.add_paragraph("-  " + line[2:])
            elif subheading == "Politikerns roll är:":
                paragraph = document.add_paragraph(line[2:], style="List Paragraph")
                paragraph._p.get_or_add_pPr().append(
                    parse_xml(
                        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
                    )
                )
            else:
                document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)

    document.save(str(path))


def test_vaggeryds_agreement_comes_in_with_every_section_heading_and_bullet(
    services: Samspel, tmp_path: Path
) -> None:
    source = tmp_path / "Vaggeryd överenskommelse.docx"
    _vaggeryd_docx(source)
    imported = read_agreement_docx(source)
    title, expected = _expected()
    assert imported.title == title
    assert _structure(imported.sections) == expected
    assert [s.title for s in imported.sections] == [
        "Hur vi ska styra och leda tillsammans",
        "Fördelning av ansvar och roller",
        "Kommunikationsvägar",
        "Samspel - och den viktiga knutpunkten KSO-KD",
    ]
    assert imported.counts == {
        "sections": 4,
        "subheadings": 15,
        "paragraphs": 45,
        "list_items": 28,
        "images": 1,
    }

    # Round trip: import -> draft -> export -> import keeps everything in order.
    pair = services.add_pair(
        organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek"
    )
    draft = services.agreements.add_imported_draft(pair, imported.title, imported.sections)
    assert _structure(services.agreements.get(draft.id).sections) == expected
    exported = tmp_path / "export.docx"
    services.word.export_agreement(draft.id, exported)
    again = read_agreement_docx(exported)
    assert again.title == title
    assert _structure(again.sections) == expected
    # ...as real Word headings and list paragraphs.
    styles = [p.style.name for p in docx.Document(str(exported)).paragraphs if p.text]
    assert styles.count("Heading 1") == 4
    assert styles.count("Heading 2") == 15
    assert styles.count("List Bullet") == 28


def test_structure_inside_lists_and_bold(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Överenskommelse", style="Title")
    document.add_paragraph("Text före första rubriken.")
    document.add_paragraph("1.1 Mål", style="Heading 1")
    paragraph = document.add_paragraph("Vi ska ")
    paragraph.add_run("alltid").bold = True
    paragraph.add_run(" mötas.")
    document.add_paragraph("Ett", style="List Number")
    document.add_paragraph("Två", style="List Number")
    document.add_paragraph("• Punkt")
    document.add_paragraph("2. Detta är en numrerad rad som slutar med punkt.")
    document.add_table(rows=1, cols=2)
    path = tmp_path / "a.docx"
    document.save(str(path))
    imported = read_agreement_docx(path)
    assert imported.title == "Överenskommelse"
    assert [(s.key, s.title) for s in imported.sections] == [
        ("inledning", "Inledning"),
        ("mål", "Mål"),
    ]
    assert imported.sections[1].blocks == (
        Block(BlockType.PARAGRAPH, "Vi ska **alltid** mötas."),
        Block(BlockType.NUMBERED, items=("Ett", "Två")),
        Block(BlockType.BULLETS, items=("Punkt",)),
        Block(BlockType.PARAGRAPH, "2. Detta är en numrerad rad som slutar med punkt."),
    )
    assert any("tabell" in note for note in imported.notes)


def _zip(entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "inte ett Word-dokument"),
        (b"\xd0\xcf\x11\xe0 old binary .doc", "inte ett Word-dokument"),
        (b"PK\x03\x04 truncated", "inte ett Word-dokument"),
        (_zip({"hello.txt": b"hej"}), "inte ett Word-dokument"),
        (_zip({"word/document.xml": b"\0" * 3_000_000}), "orimligt mycket"),
        (_zip({f"x/{i}": b"" for i in range(2_100)}), "för många delar"),
        (_zip({"word/document.xml": b"<w:document"}), "gick inte att läsa"),
        (
            _zip(
                {
                    "[Content_Types].xml": b"<Types/>",
                    "word/document.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">'
                    b'<!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>',
                }
            ),
            "gick inte att läsa",
        ),
    ],
)
def test_hostile_files_are_refused_without_touching_the_database(
    services: Samspel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    message: str,
) -> None:
    # A real zip bomb unpacks to gigabytes; a 2 MB limit lets a 3 MB one stand in for it.
    monkeypatch.setattr(word_import, "MAX_UNPACKED_BYTES", 2_000_000)
    path = tmp_path / "fil.docx"
    path.write_bytes(content)
    before = services.store.scalar("SELECT count(*) FROM agreement_versions")
    with pytest.raises(WordImportError, match=message):
        read_agreement_docx(path)
    assert services.store.scalar("SELECT count(*) FROM agreement_versions") == before


def test_a_document_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tom.docx"
    docx.Document().save(str(path))
    with pytest.raises(WordImportError, match="ingen text"):
        read_agreement_docx(path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=3000), keep=st.integers(min_value=0, max_value=6000))
def test_fuzzed_files_only_ever_give_a_word_import_error(
    tmp_path: Path, data: bytes, keep: int
) -> None:
    """Random bytes, and real .docx files cut short or with bytes overwritten."""
    if not hasattr(test_fuzzed_files_only_ever_give_a_word_import_error, "valid"):
        buffer = io.BytesIO()
        document = docx.Document()
        document.add_paragraph("1. Rubrik")
        document.add_paragraph("Text.")
        document.save(buffer)
        test_fuzzed_files_only_ever_give_a_word_import_error.valid = buffer.getvalue()  # type: ignore[attr-defined]
    valid: bytes = test_fuzzed_files_only_ever_give_a_word_import_error.valid  # type: ignore[attr-defined]
    for content in (data, valid[:keep], valid[:keep] + data + valid[keep + len(data) :]):
        path = tmp_path / "fuzz.docx"
        path.write_bytes(content)
        try:
            imported = read_agreement_docx(path)
        except WordImportError as error:
            assert error.message
        else:
            assert imported.sections


def test_cli_import_then_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from samspel_desktop.cli import main

    data = tmp_path / "data"
    source = tmp_path / "vaggeryd.docx"
    _vaggeryd_docx(source)
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "pair",
                "add",
                "--organisation",
                "Vaggeryds kommun",
                "--political",
                "Anna Berg",
                "--executive",
                "Karl Ek",
            ]
        )
        == 0
    )
    pair_id = capsys.readouterr().out.strip()
    assert (
        main(["--data-dir", str(data), "import", "agreement", str(source), "--pair", pair_id]) == 0
    )
    version_id = int(capsys.readouterr().out.strip())
    assert version_id >= 1
    out = tmp_path / "ut.docx"
    assert (
        main(["--data-dir", str(data), "export", "agreement", "--pair", pair_id, "-o", str(out)])
        == 0
    )
    first = read_agreement_docx(out).sections[0]
    assert first.title == "Hur vi ska styra och leda tillsammans"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "export",
                "agreement",
                "--pair",
                pair_id,
                "--version",
                "9",
                "-o",
                str(out),
            ]
        )
        == 1
    )
    assert "ingen version 9" in capsys.readouterr().err
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"nope")
    assert main(["--data-dir", str(data), "import", "agreement", str(bad), "--pair", pair_id]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "inte ett Word-dokument" in err
