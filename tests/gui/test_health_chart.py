"""The chart is checked against the stored ratings: every rating is drawn, where it belongs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import Side
from samspel_desktop.gui.health_chart import HealthChart, plot_points, time_span
from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.samspel import Samspel


def test_plotted_points_match_the_stored_ratings(qtbot: QtBot, services: Samspel) -> None:
    pair_id = load_demo(services, dt.date(2026, 11, 22))
    trend = services.history.health(pair_id)
    stored = services.store.rows(
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


def test_chart_widget_and_png_render(qtbot: QtBot, services: Samspel) -> None:
    pair_id = load_demo(services)
    chart = HealthChart()
    qtbot.addWidget(chart)
    chart.resize(800, 420)
    chart.set_trend(services.history.health(pair_id))
    chart.show()
    assert not chart.grab().isNull()
    png = chart.to_png(QSize(800, 410))
    assert png.startswith(b"\x89PNG")
    assert services.history.health(pair_id).series("lyssnande", Side.POLITICAL)


def test_ratings_at_the_ends_of_the_calendar_render(qtbot: QtBot, services: Samspel) -> None:
    from samspel_desktop.gui.health_chart import health_png

    pair_id = services.add_pair(organisation="K", political="A", executive="B").id
    for day in (dt.date.min, dt.date.max):
        conversation = services.start_conversation(
            pair_id, guide_ids=["skr-forhallningssatt"], date=day
        )
        services.conversation.rate(
            conversation.id, "skr-forhallningssatt/lyssnande", Side.POLITICAL, 3
        )
    trend = services.history.health(pair_id)
    assert time_span(trend) == (dt.date.min, dt.date.max)
    assert health_png(trend, QSize(400, 200)).startswith(b"\x89PNG")
