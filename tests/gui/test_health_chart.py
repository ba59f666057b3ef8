"""The chart is checked against the stored ratings: every rating is drawn, where it belongs."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage
from pytestqt.qtbot import QtBot

from samspel_desktop.charts import (
    EXECUTIVE_COLOUR,
    POLITICAL_COLOUR,
    ChartTexts,
    chart_layout,
    date_ticks,
    health_png,
    plot_points,
    time_span,
)
from samspel_desktop.domain.model import Side
from samspel_desktop.gui.health_chart import HealthChart
from samspel_desktop.services.demo import load_demo
from samspel_desktop.services.history import ATTITUDES, HealthTrend
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store
from tests.conftest import MakePair


def _layout(rect: QRectF) -> dict[str, QRectF]:
    return chart_layout(rect, QFontMetricsF(QFont()), ChartTexts()).plots


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
    plots = _layout(QRectF(0, 0, 800, 700))
    # One panel per attitude, one under the other, none overlapping, on one time axis.
    tops = [plots[a].top() for a in ATTITUDES]
    assert tops == sorted(tops)
    for upper, lower in itertools.pairwise(ATTITUDES):
        assert plots[upper].bottom() < plots[lower].top()
    assert len({(p.left(), p.right()) for p in plots.values()}) == 1
    placed = plot_points(trend, plots)
    drawn = {
        (day.isoformat(), attitude, side.value, value)
        for (attitude, side), points in placed.items()
        for day, value, _point in points
    }
    assert drawn == {
        (r["date"], r["question_key"].split("/")[1], r["side"], r["value"]) for r in stored
    }
    start, end = time_span(trend)
    for (attitude, _side), points in placed.items():
        plot = plots[attitude]
        xs = [point.x() for _day, _value, point in points]
        assert xs == sorted(xs)
        for day, value, point in points:
            assert start < day < end
            assert plot.contains(point)
            # Read the value back off the drawn height in its panel: it is the stored rating.
            assert round(1 + 4 * (plot.bottom() - point.y()) / plot.height(), 6) == value
            fraction = (day - start).days / (end - start).days
            assert abs(point.x() - (plot.left() + fraction * plot.width())) < 1e-6


def _colour_pixels(image: QImage, colour: str, rect: QRectF | None = None) -> int:
    """How many pixels of ``image`` (inside ``rect``) have exactly ``colour``."""
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    if rect is not None:
        converted = converted.copy(rect.toRect())
    rgb = QColor(colour)
    pixel = bytes((rgb.blue(), rgb.green(), rgb.red(), 255))  # ARGB32, little-endian
    raw = bytes(converted.constBits())
    return sum(1 for i in range(0, len(raw), 4) if raw[i : i + 4] == pixel)


def test_each_panel_draws_both_sides_in_the_window_and_for_word(
    qtbot: QtBot, services: Samspel
) -> None:
    pair_id = load_demo(services)
    trend = services.history.health(pair_id)
    chart = HealthChart()
    qtbot.addWidget(chart)
    chart.resize(1330, 560)
    chart.set_trend(trend)
    chart.show()
    grabbed = chart.grab().toImage()
    layout = chart.layout_drawn
    assert layout is not None
    for attitude in ATTITUDES:  # both sides' lines in every panel
        plot = layout.plots[attitude]
        assert _colour_pixels(grabbed, POLITICAL_COLOUR, plot) > 100, attitude
        assert _colour_pixels(grabbed, EXECUTIVE_COLOUR, plot) > 100, attitude
    # At each rating's place there is its side's marker (a dot inside the square when equal).
    for (_attitude, side), points in plot_points(trend, layout.plots).items():
        for _day, _value, point in points:
            if side is Side.POLITICAL:
                colour = grabbed.pixelColor(round(point.x()), round(point.y())).name().upper()
                assert colour == POLITICAL_COLOUR
            else:  # the square's outline around the point
                around = QRectF(point.x() - 8, point.y() - 8, 16, 16)
                assert _colour_pixels(grabbed, EXECUTIVE_COLOUR, around) > 8
    png = health_png(trend)
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (1600, 1700)
    assert _colour_pixels(image, POLITICAL_COLOUR) > 2000
    assert _colour_pixels(image, EXECUTIVE_COLOUR) > 2000
    # Without ratings there is no line at all, only the words saying so.
    empty = QImage.fromData(health_png(HealthTrend((), (), ()), QSize(800, 410)), "PNG")
    assert _colour_pixels(empty, POLITICAL_COLOUR) == _colour_pixels(empty, EXECUTIVE_COLOUR) == 0


def test_dates_along_the_axis() -> None:
    metrics = QFontMetricsF(QFont())
    months = date_ticks(dt.date(2025, 8, 20), dt.date(2026, 12, 1), 1200, metrics)
    assert months[0] == (dt.date(2025, 9, 1), "2025-09")
    assert len(months) > 4
    years = date_ticks(dt.date(2010, 3, 1), dt.date(2030, 3, 1), 600, metrics)
    assert all(label.isdigit() and len(label) == 4 for _day, label in years)
    assert 3 <= len(years) <= 21


def test_a_change_of_person_is_marked_in_every_panel(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair_id = load_demo(services)
    trend = services.history.health(pair_id)
    day = trend.points[len(trend.points) // 2].day
    changed = HealthTrend(trend.points, trend.periods, ((day, "Karin Ny"),))
    chart = HealthChart()
    qtbot.addWidget(chart)
    chart.resize(1330, 560)
    chart.set_trend(changed)
    chart.show()
    grabbed = chart.grab().toImage()
    assert chart.layout_drawn is not None
    start, end = time_span(changed)
    for plot in chart.layout_drawn.plots.values():
        x = plot.left() + plot.width() * (day - start).days / (end - start).days
        column = QRectF(x - 2, plot.top(), 4, plot.height())
        assert _colour_pixels(grabbed, "#7A1F1F", column) > 5


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


def test_a_board_term_pair_sees_its_periods_start_on_1_january(qtbot: QtBot) -> None:
    """A KSO and a KD work to the board's term: its line is at 1 January, not at the council's
    15 October (nor the midpoint of the council's term)."""
    from samspel_desktop.domain.calendar import TermBasis, periods_between
    from samspel_desktop.domain.model import RatingPoint

    points = tuple(
        RatingPoint(day=day, attitude=attitude, side=side, value=value, pair_id=1)
        for day, value in ((dt.date(2022, 5, 1), 3), (dt.date(2023, 5, 1), 4))
        for attitude in ATTITUDES
        for side in (Side.POLITICAL, Side.EXECUTIVE)
    )
    start, end = dt.date(2022, 5, 1), dt.date(2023, 5, 1)
    council_start, board_start = dt.date(2022, 10, 15), dt.date(2023, 1, 1)

    def grey_at(basis: TermBasis, day: dt.date) -> int:
        trend = HealthTrend(points, periods_between(start, end, basis), (), basis)
        chart = HealthChart()
        qtbot.addWidget(chart)
        chart.resize(1330, 560)
        chart.set_trend(trend)
        chart.show()
        grabbed = chart.grab().toImage()
        assert chart.layout_drawn is not None
        first, last = time_span(trend)
        total = 0  # grey pixels of a vertical line (anti-aliased) at ``day`` in every panel
        for plot in chart.layout_drawn.plots.values():
            x = round(plot.left() + plot.width() * (day - first).days / (last - first).days)
            for y in range(round(plot.top()) + 2, round(plot.bottom()) - 2):
                colours = [grabbed.pixelColor(x + dx, y) for dx in (-1, 0, 1)]
                total += any(c.red() == c.green() == c.blue() < 0xB0 for c in colours)
        return total

    assert grey_at(TermBasis.BOARD, board_start) > 5
    assert grey_at(TermBasis.BOARD, council_start) == 0
    assert grey_at(TermBasis.COUNCIL, council_start) > 5
    assert grey_at(TermBasis.COUNCIL, board_start) == 0
