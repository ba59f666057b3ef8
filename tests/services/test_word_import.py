"""Word import: a real agreement no one here wrote, hostile files, and the round trip."""

import io
import os
import subprocess
import sys
import tracemalloc
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
from samspel_desktop.storage.database import Store
from tests.conftest import MakePair
from tests.services import word_cases
from tests.services.file_fuzz import database_files

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
    services: Samspel, tmp_path: Path, make_pair: MakePair
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
    pair = make_pair(services)
    draft = services.agreements.add_imported_draft(pair, imported.title, imported.sections)
    assert _structure(services.agreements.get(draft.id).sections) == expected
    exported = tmp_path / "export.docx"
    services.agreements.export_word(draft.id, exported)
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
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    message: str,
) -> None:
    # A real zip bomb unpacks to gigabytes; a 2 MB limit lets a 3 MB one stand in for it.
    monkeypatch.setattr(word_import, "MAX_UNPACKED_BYTES", 2_000_000)
    path = tmp_path / "fil.docx"
    path.write_bytes(content)
    before = store.scalar("SELECT count(*) FROM agreement_versions")
    with pytest.raises(WordImportError, match=message):
        read_agreement_docx(path)
    assert store.scalar("SELECT count(*) FROM agreement_versions") == before


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


# --- text Word keeps outside plain runs; what is left out is said -------------------------

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _body_xml(path: Path, *fragments: str, heading: str = "Samspel") -> Path:
    """A .docx whose body is a Heading 1 and then ``fragments`` (raw WordprocessingML)."""
    document = docx.Document()
    document.add_paragraph(heading, style="Heading 1")
    body = document.element.body
    for fragment in fragments:
        body.insert(len(body) - 1, parse_xml(fragment))
    document.save(str(path))
    return path


def _p(inner: str) -> str:
    return f"<w:p {W} {R}>{inner}</w:p>"


def _r(text: str, *, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _texts(imported: word_import.ImportedAgreement) -> list[str]:
    return [
        text
        for section in imported.sections
        for block in section.blocks
        for text in (block.text, *block.items)
        if text
    ]


def test_hyperlink_text_is_read(tmp_path: Path) -> None:
    """Issue 13: "Se [SKR:s vägledning] om samspel." came in as "Se  om samspel."."""
    path = _body_xml(
        tmp_path / "länk.docx",
        _p(
            _r("Se ")
            + f'<w:hyperlink r:id="rId99">{_r("SKR:s vägledning")}</w:hyperlink>'
            + _r(" om samspel.")
        ),
    )
    imported = read_agreement_docx(path)
    assert _texts(imported) == ["Se SKR:s vägledning om samspel."]
    assert imported.notes == ()


def test_paragraphs_inside_content_controls_are_read(tmp_path: Path) -> None:
    block_control = (
        f"<w:sdt {W}><w:sdtPr><w:alias w:val='Beslut'/></w:sdtPr><w:sdtContent>"
        f"{_p(_r('Kommunstyrelsen beslutar.'))}{_p(_r('Beslutet gäller tills vidare.'))}"
        "</w:sdtContent></w:sdt>"
    )
    inline_control = _p(
        _r("Datum: ") + f"<w:sdt><w:sdtContent>{_r('2023-05-01')}</w:sdtContent></w:sdt>"
    )
    imported = read_agreement_docx(_body_xml(tmp_path / "sdt.docx", block_control, inline_control))
    assert _texts(imported) == [
        "Kommunstyrelsen beslutar.",
        "Beslutet gäller tills vidare.",
        "Datum: 2023-05-01",
    ]


def test_tracked_insertions_are_read_deletions_left_out_and_both_are_said(tmp_path: Path) -> None:
    changed = _p(
        _r("Vi ses ")
        + f'<w:ins w:id="1" w:author="A">{_r("varje månad")}</w:ins>'
        + '<w:del w:id="2" w:author="A"><w:r><w:delText>varje kvartal</w:delText></w:r></w:del>'
        + f'<w:moveTo w:id="3" w:author="A">{_r(" i stadshuset")}</w:moveTo>'
        + f'<w:moveFrom w:id="4" w:author="A">{_r(" på distans")}</w:moveFrom>'
        + _r(".")
    )
    imported = read_agreement_docx(_body_xml(tmp_path / "spårat.docx", changed))
    assert _texts(imported) == ["Vi ses varje månad i stadshuset."]
    [note] = imported.notes
    assert "spårade ändringar" in note and "2 borttagna textbitar" in note


def test_fields_smart_tags_and_breaks_are_read(tmp_path: Path) -> None:
    paragraph = _p(
        f'<w:fldSimple w:instr="DATE">{_r("1 maj")}</w:fldSimple>'
        + f"<w:smartTag w:uri='x' w:element='place'>{_r(' i Alingsås')}</w:smartTag>"
        + "<w:r><w:br/><w:t>ny rad</w:t><w:tab/><w:t>tab</w:t></w:r>"
    )
    imported = read_agreement_docx(_body_xml(tmp_path / "fält.docx", paragraph))
    assert _texts(imported) == ["1 maj i Alingsås\nny rad\ttab"]


def test_what_is_left_out_is_said(tmp_path: Path) -> None:
    table = f"<w:tbl {W}><w:tr><w:tc>{_p(_r('Underskrift'))}</w:tc></w:tr></w:tbl>"
    text_box = _p(
        _r("Stycke med textruta.")
        + "<w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox>"
        + f"<w:txbxContent>{_p(_r('Text i rutan'))}</w:txbxContent>"
        + "</v:textbox></v:shape></w:pict></w:r>"
    )
    math = _p(
        _r("Formeln ")
        + "<m:oMath xmlns:m='http://schemas.openxmlformats.org/officeDocument/2006/math'>"
        + "<m:r><m:t>x=1</m:t></m:r></m:oMath>"
    )
    footnote = _p(_r("Fotnot här") + '<w:r><w:footnoteReference w:id="1"/></w:r>')
    symbol = _p(_r("Bock ") + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>')
    embedded = f'<w:altChunk {W} {R} r:id="rId98"/>'
    imported = read_agreement_docx(
        _body_xml(tmp_path / "utanför.docx", table, text_box, math, footnote, symbol, embedded)
    )
    assert "Underskrift" not in " ".join(_texts(imported))
    assert "Text i rutan" not in " ".join(_texts(imported))
    notes = " ".join(imported.notes)
    for said in ("1 tabell", "textrutor", "1 formler", "fotnoter", "symboltypsnitt", "inbäddade"):
        assert said in notes, notes


def _docx_with_document_xml(path: Path, document_xml: bytes) -> Path:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            target.writestr(
                info.filename, document_xml if info.filename == "word/document.xml" else data
            )
    return path


def test_an_external_entity_is_never_read_and_the_rest_of_its_paragraph_is_kept(
    tmp_path: Path,
) -> None:
    secret = tmp_path / "hemligt.txt"
    secret.write_text("LÖSENORD-123", "utf-8")
    document_xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<!DOCTYPE w:document [<!ENTITY ext SYSTEM "{secret.as_uri()}">'
        '<!ENTITY net SYSTEM "http://example.invalid/x">]>'
        f"<w:document {W}><w:body>"
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Samspel</w:t></w:r></w:p>'
        "<w:p><w:r><w:t>Före &ext; efter &net; slut.</w:t></w:r></w:p>"
        "</w:body></w:document>"
    ).encode()
    imported = read_agreement_docx(_docx_with_document_xml(tmp_path / "xxe.docx", document_xml))
    text = " ".join(_texts(imported))
    assert "LÖSENORD" not in text
    assert text == "Före  efter  slut."
    assert any("2 hänvisningar" in note and "XML-entiteter" in note for note in imported.notes)


# --- large and hostile files: bounded memory, refused before inflating --------------------


def test_a_zip_bomb_that_understates_its_size_is_refused_without_inflating_it(
    tmp_path: Path,
) -> None:
    """The headers say 30 kB; the part unpacks to 60 MB. Reading is streamed and capped, so the
    refusal costs a few chunks, not the 60 MB a plain ``ZipFile.read`` allocates."""
    path = word_cases.zip_bomb(tmp_path / "bomb.docx", unpacked=60_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(WordImportError, match=r"gick inte att läsa|orimligt"):
            read_agreement_docx(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, peak


def test_a_document_xml_over_the_limit_is_refused_while_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sizes in the headers are only an early hint: the limit holds for the bytes read."""
    monkeypatch.setattr(word_import, "MAX_DOCUMENT_XML_BYTES", 200_000)
    path = word_cases.many_paragraphs(tmp_path / "stor.docx", 2_000)
    with pytest.raises(WordImportError, match="för stor"):
        read_agreement_docx(path)


def test_ten_thousand_paragraphs_are_all_read(tmp_path: Path) -> None:
    imported = read_agreement_docx(word_cases.many_paragraphs(tmp_path / "lång.docx"))
    counts = imported.counts
    assert counts["sections"] == 100
    assert counts["paragraphs"] + counts["list_items"] + counts["sections"] == 10_000


def _peak_memory_of_import(path: Path) -> float:
    """Peak resident memory (MB) of a fresh interpreter that imports ``path``.

    Read from ``VmHWM``, the new process's own high-water mark (``ru_maxrss`` would carry over
    the forking test process's peak on Linux).
    """
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from samspel_desktop.services.word_import import read_agreement_docx\n"
        "read_agreement_docx(Path(sys.argv[1]))\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print(next(l.split()[1] for l in status.splitlines() if l.startswith('VmHWM')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return int(result.stdout.split()[-1]) / 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_one_paragraph_of_two_hundred_thousand_runs_stays_small_in_memory(tmp_path: Path) -> None:
    """Runs are dropped from the XML tree as they are read (python-docx kept them all: about
    660 MB for a million runs)."""
    path = word_cases.one_huge_paragraph(tmp_path / "runs.docx", runs=200_000)
    assert _peak_memory_of_import(path) < 100


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_a_table_of_two_hundred_thousand_cells_stays_small_in_memory(tmp_path: Path) -> None:
    """Rows and cells are dropped as they end, like runs and paragraphs."""
    path = word_cases.large_table(tmp_path / "tabell.docx", cells=200_000)
    assert _peak_memory_of_import(path) < 100
    assert "1 tabell" in " ".join(read_agreement_docx(path).notes)


def test_megabytes_of_markup_without_text_are_refused(tmp_path: Path) -> None:
    """Elements no event reaches would pile up in the tree: past 4 MB of them, refused."""
    with pytest.raises(WordImportError, match="stora mängder XML utan text"):
        read_agreement_docx(word_cases.filler(tmp_path / "fyllnad.docx", megabytes=10))
    assert read_agreement_docx(word_cases.filler(tmp_path / "lite.docx", megabytes=2)).sections


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_a_39_mb_document_xml_is_read_within_300_mb(tmp_path: Path) -> None:
    path = word_cases.large_document_xml(tmp_path / "stor.docx")
    assert _peak_memory_of_import(path) < 300


def test_a_failed_word_import_leaves_the_database_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from samspel_desktop.cli import main

    data = tmp_path / "data"
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "pair",
                "add",
                "--organisation",
                "K",
                "--political",
                "A",
                "--executive",
                "B",
            ]
        )
        == 0
    )
    assert main(["--data-dir", str(data), "list", "pairs"]) == 0
    before = database_files(data)
    hostile = [
        word_cases.zip_bomb(tmp_path / "bomb.docx", unpacked=5_000_000),
        _docx_with_document_xml(tmp_path / "trasig.docx", b"<w:document"),
        _docx_with_document_xml(tmp_path / "tom.docx", f"<w:document {W}/>".encode()),
    ]
    for path in hostile:
        capsys.readouterr()
        code = main(["--data-dir", str(data), "import", "agreement", str(path), "--pair", "1"])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        assert err.startswith("samspel: fel: ") and err.count("\n") == 1, err
        assert database_files(data) == before


def test_the_command_line_says_what_was_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from samspel_desktop.cli import main

    data = tmp_path / "data"
    main(
        [
            "--data-dir",
            str(data),
            "pair",
            "add",
            "--organisation",
            "K",
            "--political",
            "A",
            "--executive",
            "B",
        ]
    )
    path = _body_xml(
        tmp_path / "spårat.docx",
        _p(_r("Kvar") + f'<w:del w:id="1" w:author="A">{_r("borta")}</w:del>'),
    )
    capsys.readouterr()
    assert main(["--data-dir", str(data), "import", "agreement", str(path), "--pair", "1"]) == 0
    _, err = capsys.readouterr()
    assert "samspel: obs: Dokumentet har spårade ändringar" in err


# --- fuzzing: generated documents keep every word they should; damaged ones are refused ----

_KEPT = {
    "plain": lambda w: _p(_r(w)),
    "bold run": lambda w: _p(_r("Text ") + _r(w, bold=True) + _r(" mer.")),
    "hyperlink": lambda w: _p(f'<w:hyperlink r:id="rId9">{_r(w)}</w:hyperlink>'),
    "content control": lambda w: f"<w:sdt {W}><w:sdtContent>{_p(_r(w))}</w:sdtContent></w:sdt>",
    "inline control": lambda w: _p(f"<w:sdt><w:sdtContent>{_r(w)}</w:sdtContent></w:sdt>"),
    "insertion": lambda w: _p(f'<w:ins w:id="1" w:author="A">{_r(w)}</w:ins>'),
    "field": lambda w: _p(f'<w:fldSimple w:instr="X">{_r(w)}</w:fldSimple>'),
    "list": lambda w: _p('<w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>' + _r(w)),
    "heading": lambda w: _p('<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>' + _r(w)),
}
_LEFT_OUT = {
    "deletion": lambda w: _p(_r("kvar ") + f'<w:del w:id="2" w:author="A">{_r(w)}</w:del>'),
    "table": lambda w: f"<w:tbl {W}><w:tr><w:tc>{_p(_r(w))}</w:tc></w:tr></w:tbl>",
    "text box": lambda w: _p(
        "<w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox>"
        f"<w:txbxContent>{_p(_r(w))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    ),
}


def _everything(imported: word_import.ImportedAgreement) -> str:
    texts = [imported.title, *(s.title for s in imported.sections), *_texts(imported)]
    return " ".join(texts).replace("**", "")


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(kinds=st.lists(st.sampled_from(sorted(_KEPT) + sorted(_LEFT_OUT)), min_size=1, max_size=8))
def test_generated_documents_keep_every_word_and_leave_out_only_what_they_say(
    tmp_path: Path, kinds: list[str]
) -> None:
    words = [f"ord{n}x{kind.replace(' ', '')}" for n, kind in enumerate(kinds)]
    fragments = [(_KEPT | _LEFT_OUT)[kind](word) for kind, word in zip(kinds, words, strict=True)]
    fragments.append(_p(_r("Slut.")))  # so a document of tables alone still has text
    imported = read_agreement_docx(_body_xml(tmp_path / "gen.docx", *fragments))
    text = _everything(imported)
    notes = " ".join(imported.notes)
    for kind, word in zip(kinds, words, strict=True):
        if kind in _KEPT:
            assert word in text, (kind, text)
        else:
            assert word not in text, (kind, text)
    assert ("tabell" in notes) == ("table" in kinds)
    assert ("spårade ändringar" in notes) == bool({"deletion", "insertion"} & set(kinds))
    assert ("textrutor" in notes) == ("text box" in kinds)


@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    kinds=st.lists(st.sampled_from(sorted(_KEPT) + sorted(_LEFT_OUT)), min_size=1, max_size=5),
    cut=st.integers(0, 10_000),
    length=st.integers(0, 40),
    insert=st.sampled_from(
        [
            b"",
            b"<",
            b"</w:p>",
            b"<w:p>",
            b"<w:r><w:t>",
            b"&ext;",
            b"&#0;",
            b"<!DOCTYPE w:document [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]>",
            b'<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">',
            b"<?xml-stylesheet href='x'?>",
            b"<!-- kommentar -->",
            b"\xff\xfe",
            b"]]>",
            b"<w:tbl>" * 300,
        ]
    ),
)
def test_damaged_document_xml_gives_a_word_import_error_or_a_reading(
    tmp_path: Path, kinds: list[str], cut: int, length: int, insert: bytes
) -> None:
    fragments = [(_KEPT | _LEFT_OUT)[kind](f"ord{n}") for n, kind in enumerate(kinds)]
    source = _body_xml(tmp_path / "källa.docx", *fragments)
    with zipfile.ZipFile(source) as archive:
        xml = archive.read("word/document.xml")
    at = cut % (len(xml) + 1)
    damaged = xml[:at] + insert + xml[at + length :]
    path = _docx_with_document_xml(tmp_path / "skadad.docx", damaged)
    try:
        imported = read_agreement_docx(path)
    except WordImportError as error:
        assert error.message and "\n" not in error.message
    else:
        assert imported.sections


def test_bold_italic_and_literal_asterisks_come_in_as_shown_and_go_back_out(
    tmp_path: Path, services: Samspel, make_pair: MakePair
) -> None:
    document = docx.Document()
    document.add_paragraph("Överenskommelse", style="Title")
    document.add_paragraph("Mål", style="Heading 1")
    paragraph = document.add_paragraph("Vi ska ")
    paragraph.add_run("alltid").italic = True
    paragraph.add_run(" mötas, ")
    both = paragraph.add_run("utan undantag")
    both.bold = both.italic = True
    paragraph.add_run(". **Inte fet** och 5 * 3.")
    document.add_paragraph("Hela stycket är fetstil och slutar med punkt.").runs[0].bold = True
    bullet = document.add_paragraph("• ")
    bullet.add_run("Fet").bold = True
    bullet.add_run(" punkt")
    path = tmp_path / "a.docx"
    document.save(str(path))

    blocks = read_agreement_docx(path).sections[0].blocks
    expected = (
        Block(
            BlockType.PARAGRAPH,
            r"Vi ska *alltid* mötas, ***utan undantag***. \*\*Inte fet\*\* och 5 \* 3.",
        ),
        Block(BlockType.PARAGRAPH, "**Hela stycket är fetstil och slutar med punkt.**"),
        Block(BlockType.BULLETS, items=("**Fet** punkt",)),
    )
    assert blocks == expected

    draft = services.agreements.add_imported_draft(
        make_pair(services), "Överenskommelse", read_agreement_docx(path).sections
    )
    exported = tmp_path / "ut.docx"
    services.agreements.export_word(draft.id, exported)
    runs = [
        (run.text, bool(run.bold), bool(run.italic))
        for p in docx.Document(str(exported)).paragraphs
        if p.text.startswith("Vi ska")
        for run in p.runs
    ]
    assert runs == [
        ("Vi ska ", False, False),
        ("alltid", False, True),
        (" mötas, ", False, False),
        ("utan undantag", True, True),
        (". **Inte fet** och 5 * 3.", False, False),
    ]
    assert read_agreement_docx(exported).sections[0].blocks == expected
