import datetime as dt
import struct
import zlib
from pathlib import Path

import docx

from samspel_desktop.domain.calendar import MandatePeriod
from samspel_desktop.services.demo import load_demo
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
        "Relationens hälsa",
        "Åtaganden",
        "Hölls åtagandena?",
        "Åtaganden under perioden",
        "Öppna åtaganden",
        "Gyllene zonen – frågor där ägarskapet var oklart",
        "Överenskommelsen",
    ]
    texts = _texts(path)
    assert any("mandatperioden 2022–2026" in t for t in texts)
    assert "Vem svarar lokaltidningen när en skola ska läggas ned?" in texts
    assert "Ta fram en gemensam mötesplan för våren" in texts
    assert len(document.inline_shapes) == 1
    assert document.core_properties.author == "Exempelå kommun (demo)"


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
