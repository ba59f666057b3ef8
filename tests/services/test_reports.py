import datetime as dt
import struct
import zlib
from pathlib import Path

import docx
from docx.oxml.ns import qn

from samspel_desktop.domain.calendar import MandatePeriod
from samspel_desktop.domain.model import Side
from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.documents.writer import fit_widths, word_width
from samspel_desktop.services.history import HealthTrend
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.reports import ChartRenderer
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store


def _png() -> bytes:
    """A small valid PNG, standing in for the chart the GUI draws."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff" * 6)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PNG = _png()


def _texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return texts


def _services(store: Store, paths: DataPaths, renderer: ChartRenderer | None) -> Samspel:
    services = Samspel(store, paths, chart_renderer=renderer)
    services.guides.install_builtin()
    return services


def test_follow_up_report_has_every_part(store: Store, paths: DataPaths, tmp_path: Path) -> None:
    drawn: list[HealthTrend] = []

    def renderer(trend: HealthTrend) -> bytes:
        drawn.append(trend)
        return PNG

    services = _services(store, paths, renderer)
    today = dt.date(2026, 11, 22)
    pair_id = load_demo(services, today)
    path = tmp_path / "rapport.docx"
    services.reports.follow_up_report(pair_id, path, period=MandatePeriod(2022), today=today)
    # The chart of this pair's ratings, drawn by the renderer the composition root gave.
    assert drawn == [services.history.health(pair_id)]
    document = docx.Document(str(path))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        "Förhållningssätten över tid",
        "Åtaganden",
        "Hölls åtagandena?",
        "Åtaganden under perioden",
        "Öppna åtaganden",
        "Gråzonen – frågor där det var oklart vem som har ansvaret",
        "Överenskommelsen",
    ]
    texts = _texts(path)
    assert any("mandatperioden 2022–2026" in t for t in texts)
    assert "Vem svarar lokaltidningen när en skola ska läggas ned?" in texts
    assert "Ta fram en gemensam mötesplan för våren" in texts
    assert len(document.inline_shapes) == 1
    assert document.core_properties.author == "Exempelå kommun (demo)"
    # The chart has alt text and stays with its heading and explanation.
    [doc_pr] = document.element.body.iter(qn("wp:docPr"))
    assert doc_pr.get("descr", "").startswith("Diagram: skattningarna 1–5")
    explanation = next(p for p in document.paragraphs if p.text.startswith("De fem förhållnings"))
    assert explanation.paragraph_format.keep_with_next
    # Every row stays on one page; header rows repeat.
    for table in document.tables:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    assert "Inga." not in texts


def test_commitments_due_in_the_period_are_listed_under_it(
    services: Samspel, tmp_path: Path
) -> None:
    """The period's list never says "Inga" when the table above counts commitments."""
    pair = services.pairs.add(
        organisation="Vaggeryds kommun",
        political="Anna Berg",
        executive="Karl Ek",
        start_date=dt.date(2019, 1, 1),
    )
    made = services.conversations.start(pair.id, date=dt.date(2022, 5, 1))
    services.commitments.add(
        pair.id,
        "Ny delegationsordning",
        Side.EXECUTIVE,
        due_date=dt.date(2024, 3, 1),
        created_in=made.id,
    )
    path = tmp_path / "rapport.docx"
    services.reports.follow_up_report(
        pair.id, path, period=MandatePeriod(2022), today=dt.date(2024, 6, 1)
    )
    texts = _texts(path)
    assert "Ny delegationsordning" in texts
    assert not any(t.startswith("Inga åtaganden gjordes") for t in texts)


def test_no_table_header_breaks_in_the_middle_of_a_word() -> None:
    rows = [("Mandatperiod", "Med datum", "I tid", "Senare", "Strukna", "Öppna", "Andel i tid")]
    widths = fit_widths(
        [
            ("Datum", "Fråga", "Vems fråga", "Avgjordes av", "Lärdom"),
            ("2026-11-22", "", "", "", ""),
        ],
        (2, 5, 3, 2, 5),
        9072,
    )
    # A date on one line: 1450 twips in DejaVu Sans 11 pt with the cell's margins.
    assert widths[0] >= 1450
    assert word_width("Gemensam") > word_width("Datumxxx")  # m is wide, i narrow
    assert sum(widths) <= 9072
    widths = fit_widths(rows, (3, 2, 2, 2, 2, 2, 2), 9072)
    assert widths[0] >= 1870  # "Mandatperiod" in bold


def test_handover_pack_carries_the_agreement_text(
    store: Store, paths: DataPaths, tmp_path: Path
) -> None:
    services = _services(store, paths, None)  # no renderer: the report says so in words
    pair_id = load_demo(services)
    path = tmp_path / "overlamning.docx"
    services.reports.handover_pack(pair_id, path)
    texts = _texts(path)
    assert "Överlämning" in texts
    assert "Nya uppdrag lämnas skriftligt." in texts
    assert "Stämma av medieutspel i förväg" in texts
    assert "Inga skattningar ännu." in texts
