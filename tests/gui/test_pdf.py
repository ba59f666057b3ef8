"""PDF/A-1b for the e-archive: the agreement and the minutes through Qt's QPdfWriter."""

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import Answer, PairKind
from samspel_desktop.pdf import css_pixels, pdf_bytes, write_pdf
from samspel_desktop.services.documents.html import HtmlWriter
from samspel_desktop.services.samspel import Samspel


def _xmp(data: bytes) -> str:
    start = data.index(b"<?xpacket begin")
    end = data.index(b"<?xpacket end", start)
    return data[start:end].decode("utf-8")


def _adopted(services: Samspel) -> int:
    pair = services.pairs.add(
        organisation="Vaggeryds kommun",
        political="Eva Lund",
        executive="Per Ek",
        kind=PairKind.COMMITTEE,
        body="Socialnämnden",
        start_date=dt.date(2027, 1, 1),
    )
    draft = services.agreements.start_draft(pair, template="vaggeryd")
    services.agreements.save_header(
        draft.id, draft.title, dataclasses.replace(draft.metadata, registration_number="SN 2027/31")
    )
    return services.agreements.adopt(draft.id, dt.date(2027, 3, 15), "§ 31").id


def test_the_adopted_agreement_as_pdf_a(qtbot: QtBot, services: Samspel, tmp_path: Path) -> None:
    source = services.agreements.pdf_source(_adopted(services))
    assert source.identifier == "SN 2027/31"
    assert "Dnr SN 2027/31" in source.header_right
    path = write_pdf(source, tmp_path / "överenskommelse.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.4")
    xmp = _xmp(data)
    # PDF/A-1b, with the same metadata as the Word file.
    assert 'pdfaid:part="1"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert "<dc:identifier>SN 2027/31</dc:identifier>" in xmp
    assert "Överenskommelse om samspel – socialnämndens ordförande och förvaltningschef" in xmp
    assert "<rdf:li>Vaggeryds kommun</rdf:li>" in xmp
    assert "sv-SE" in xmp
    # The information dictionary and the XMP agree on the time (PDF/A requires it).
    created = re.search(rb"/CreationDate \(D:(\d{14})Z\)", data)
    assert created is not None
    stamp = dt.datetime.strptime(created.group(1).decode(), "%Y%m%d%H%M%S")
    assert f'xmp:CreateDate="{stamp:%Y-%m-%dT%H:%M:%S}+00:00"' in xmp
    # Every font is embedded.
    assert data.count(b"/Type /FontDescriptor") == data.count(b"/FontFile2") > 0
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 3


def test_the_minutes_as_pdf_a(qtbot: QtBot, services: Samspel) -> None:
    pair = services.pairs.add(
        organisation="Vaggeryds kommun", political="Anna Berg", executive="Karl Ek"
    )
    conversation = services.conversations.start(
        pair.id, guide_ids=["skr-omraden"], date=dt.date(2027, 3, 1)
    )
    services.conversations.save_answer(
        Answer(conversation.id, "skr-omraden/vad-ar-svart", conclusion="Delegationen ses över.")
    )
    source = services.conversations.minutes_pdf_source(conversation.id)
    assert "Källa: SKR, Stöd – för att styra och leda bättre tillsammans" in source.html
    data = pdf_bytes(source)
    assert 'pdfaid:part="1"' in _xmp(data)
    assert "<dc:identifier>" not in _xmp(data)  # minutes have no diarienummer


def test_a_draft_says_utkast_and_has_no_signatures(services: Samspel) -> None:
    pair = services.pairs.add(organisation="Vaggeryds kommun", political="A", executive="B")
    draft = services.agreements.start_draft(pair)
    source = services.agreements.pdf_source(draft.id)
    assert "UTKAST – inte beslutat" in source.html
    assert "samspel-keep-together" not in source.html  # no signature block
    assert "UTKAST" in source.header_right


def test_margins_in_points_become_css_pixels() -> None:
    assert css_pixels("p { margin-top: 6pt; font-size: 11pt; padding: 3pt }") == (
        "p { margin-top: 8px; font-size: 11pt; padding: 4px }"
    )


def test_the_html_is_escaped() -> None:
    writer = HtmlWriter()
    writer.paragraph("<script>x</script> & **fet**")
    assert "&lt;script&gt;" in writer.source().html
    assert "<b>fet</b>" in writer.source().html


def test_the_command_line_writes_pdf_a(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from samspel_desktop.cli import main

    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "pair", "add", "--organisation", "K", "--political", "A",
                 "--executive", "B"]) == 0  # fmt: skip
    pair_id = capsys.readouterr().out.strip()
    assert main([*data, "export", "agreement", "--pair", pair_id, "-o", "x.docx"]) == 1
    from samspel_desktop.services.paths import DataPaths

    services = Samspel.open(DataPaths(tmp_path / "data"))
    services.agreements.start_draft(services.pairs.get(int(pair_id)))
    services.close()
    out = tmp_path / "överenskommelse.pdf"
    assert main([*data, "export", "agreement", "--pair", pair_id, "-o", str(out)]) == 0
    assert "PDF/A-1b" in capsys.readouterr().err
    assert 'pdfaid:part="1"' in _xmp(out.read_bytes())
