"""The chart is checked against the stored ratings: every rating is drawn, where it belongs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from samspel_desktop.charts import COLOURS, health_png, plot_area, plot_points, time_span
from samspel_desktop.domain.model import Side
from samspel_desktop.gui.health_chart import HealthChart
from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.history import HealthTrend
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store
from tests.conftest import MakePair


def test_plotted_points_match_the_stored_ratings(
    qtbot: QtBot, services: Samspel, store: Store
) -> None:
    pair_id = load_demo(services, dt.date(2026, 11, 22))
    trend = services.history.health(pair_id)
    stored = store.rows(
        "SELECT c.date, r.question_key, r.side, r.value FROM ratings r "
        "JOIN conversations c ON c.id = r.conversation_id WHERE c.pair_id = ? "
        "AND r.question_key LIKE 'skr-forhallningssatt/%'",
        [pair_id],
    )
    assert len(stored) == 50  # five conversations, five attitudes, two sides
    plot = QRectF(40, 20, 700, 300)
    placed = plot_points(trend, plot)
    drawn = {
        (day.isoformat(), attitude, side.value, value)
        for (attitude, side), points in placed.items()
        for day, value, _point in points
    }
    assert drawn == {
        (r["date"], r["question_key"].split("/")[1], r["side"], r["value"]) for r in stored
    }
    start, end = time_span(trend)
    for points in placed.values():
        xs = [point.x() for _day, _value, point in points]
        assert xs == sorted(xs)
        for day, value, point in points:
            assert start < day < end
            assert plot.contains(point)
            # Read the value back off the drawn height: it is the stored rating.
            assert round(1 + 4 * (plot.bottom() - point.y()) / plot.height(), 6) == value
            fraction = (day - start).days / (end - start).days
            assert abs(point.x() - (plot.left() + fraction * plot.width())) < 1e-6


def _colour_pixels(image: QImage, colour: str) -> int:
    """How many pixels of ``image`` have exactly ``colour``."""
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    rgb = QColor(colour)
    pixel = bytes((rgb.blue(), rgb.green(), rgb.red(), 255))  # ARGB32, little-endian
    raw = bytes(converted.constBits())
    return sum(1 for i in range(0, len(raw), 4) if raw[i : i + 4] == pixel)


def test_widget_and_png_draw_every_attitude(qtbot: QtBot, services: Samspel) -> None:
    pair_id = load_demo(services)
    trend = services.history.health(pair_id)
    chart = HealthChart()
    qtbot.addWidget(chart)
    chart.resize(800, 420)
    chart.set_trend(trend)
    chart.show()
    png = health_png(trend, QSize(800, 410))
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (800, 410)
    for colour in COLOURS:  # every attitude's line, also in the picture for Word
        assert _colour_pixels(image, colour) > 300, colour  # more than its legend's sample
    # In the window, at each rating's place there is a marker in an attitude's colour.
    grabbed = chart.grab().toImage()
    metrics = chart.fontMetrics()
    plot = plot_area(
        QRectF(chart.rect()), metrics.height(), metrics.horizontalAdvance("5"), title=False
    )
    # (Attitudes rated alike share a place; the last one drawn shows.)
    for points in plot_points(trend, plot).values():
        for _day, _value, point in points:
            colour = grabbed.pixelColor(round(point.x()), round(point.y())).name().upper()
            assert colour in COLOURS, (point, colour)
    # Without ratings there is no line at all, only the words saying so.
    empty = QImage.fromData(health_png(HealthTrend((), (), ()), QSize(800, 410)), "PNG")
    assert all(_colour_pixels(empty, colour) == 0 for colour in COLOURS)


def test_ratings_at_the_ends_of_the_calendar_render(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair_id = make_pair(services).id
    for day in (dt.date.min, dt.date.max):
        conversation = services.conversations.start(
            pair_id, guide_ids=["skr-forhallningssatt"], date=day
        )
        services.conversations.rate(
            conversation.id, "skr-forhallningssatt/lyssnande", Side.POLITICAL, 3
        )
    trend = services.history.health(pair_id)
    assert time_span(trend) == (dt.date.min, dt.date.max)
    assert health_png(trend, QSize(400, 200)).startswith(b"\x89PNG")
