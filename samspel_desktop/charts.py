"""Charts, drawn with Qt's painter: one home for the window and for the Word reports.

The relationship's health over time as *small multiples*: one panel per förhållningssätt, one
under the other on a shared time axis, each with the two sides and the gap between them shaded
(the gap is what the pair talks about). The political side is a solid line with round markers,
the executive side a dashed line with hollow square markers (drawn under the political, so
equal ratings show a dot inside a square), so the sides differ without colour; the colours are
Okabe–Ito's blue and vermilion, safe for colour-blind readers and apart in grey print. Dates
run along the bottom; mandate periods, their midpoints and changes of person are vertical
lines through every panel, named once in a strip above them.

:func:`paint_health` draws on any painter: the window's widget (``gui.health_chart``) and
:func:`health_png`, the image for Word, which needs a Qt application but no window. The
composition roots hand it to the services as their chart renderer (``app.render_health_chart``,
which makes a window-less application for the command line), so neither the services nor the
command line go through the GUI to draw. This module sits between the GUI and the services in
the layers (``pyproject.toml``): it imports the services' data, never the GUI.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from samspel_desktop.domain import labels
from samspel_desktop.domain.model import Side
from samspel_desktop.services.history import ATTITUDES, HealthTrend

#: Okabe–Ito blue (politics) and vermilion (the administration): colour-blind safe.
POLITICAL_COLOUR = "#0072B2"
EXECUTIVE_COLOUR = "#D55E00"
GAP_COLOUR = QColor(0, 0, 0, 38)  # a light grey over white, also in print
PERSON_COLOUR = "#7A1F1F"
_TEXT = QColor("#222222")
_MUTED = QColor("#555555")
_GRID = QColor("#e4e4e4")


@dataclass(frozen=True)
class ChartTexts:
    """The words on the chart, translated by the caller (window or command line)."""

    political: str = "Politiken (heldragen, rund)"
    executive: str = "Förvaltningen (streckad, fyrkant)"
    gap: str = "Skillnaden mellan er"
    midpoint: str = "halvtid"
    empty: str = "Inga skattningar ännu."
    no_ratings: str = "Inga skattningar"


@dataclass(frozen=True)
class ChartLayout:
    """Where everything goes: the strip naming the vertical lines, one plot per attitude (and
    the rectangle for its name), the date axis and the legend."""

    strip: QRectF
    plots: dict[str, QRectF]
    names: dict[str, QRectF]
    axis: QRectF
    legend: QRectF
    legend_rows: int


def time_span(trend: HealthTrend) -> tuple[dt.date, dt.date]:
    """The time axis: the ratings with a little air, not whole empty periods."""
    span = max((trend.points[-1].day - trend.points[0].day).days, 60)
    air = dt.timedelta(days=span // 20 + 7)
    # At the ends of the calendar (year 1, year 9999) there is no air to add.
    start = trend.points[0].day
    end = trend.points[-1].day
    return (
        start - air if start - dt.date.min > air else dt.date.min,
        end + air if dt.date.max - end > air else dt.date.max,
    )


def _x(day: dt.date, start: dt.date, end: dt.date, plot: QRectF) -> float:
    span = max((end - start).days, 1)
    return plot.left() + plot.width() * (day - start).days / span


def _y(value: float, plot: QRectF) -> float:
    return plot.bottom() - (value - 1) / 4 * plot.height()


def attitude_label(attitude: str) -> str:
    return QCoreApplication.translate(labels.CONTEXT, labels.ATTITUDES[attitude])


def _legend_items(texts: ChartTexts) -> list[tuple[str, str]]:
    return [
        ("political", texts.political),
        ("executive", texts.executive),
        ("gap", texts.gap),
    ]


def _legend_rows(metrics: QFontMetricsF, width: float, texts: ChartTexts) -> int:
    rows, x = 1, 0.0
    for _kind, label in _legend_items(texts):
        item = 44 + metrics.horizontalAdvance(label) + 18
        if x and x + item > width:
            rows, x = rows + 1, 0.0
        x += item
    return rows


def chart_layout(rect: QRectF, metrics: QFontMetricsF, texts: ChartTexts) -> ChartLayout:
    """The layout of the panels in ``rect`` for text of ``metrics``."""
    line = metrics.height()
    margin = line * 0.5
    name_width = min(
        max(metrics.horizontalAdvance(attitude_label(a)) for a in ATTITUDES) + line,
        rect.width() * 0.3,
    )
    value_width = metrics.horizontalAdvance("5") + line * 0.6
    left = rect.left() + margin + name_width + value_width
    right = rect.right() - margin
    strip = QRectF(left, rect.top() + margin * 0.5, right - left, line * 2.3)
    legend_rows = _legend_rows(metrics, rect.width() - 2 * margin, texts)
    legend_height = legend_rows * line * 1.5
    legend = QRectF(
        rect.left() + margin,
        rect.bottom() - legend_height - margin * 0.5,
        rect.width() - 2 * margin,
        legend_height,
    )
    axis = QRectF(left, legend.top() - line * 1.8, right - left, line * 1.5)
    top, bottom = strip.bottom() + margin * 0.4, axis.top()
    gap = line * 0.9
    height = max((bottom - top - gap * (len(ATTITUDES) - 1)) / len(ATTITUDES), 1.0)
    plots: dict[str, QRectF] = {}
    names: dict[str, QRectF] = {}
    for index, attitude in enumerate(ATTITUDES):
        y = top + index * (height + gap)
        # A little room above 5 and below 1 so markers on the edge stay whole.
        plots[attitude] = QRectF(left, y + line * 0.35, right - left, max(height - line * 0.7, 1.0))
        names[attitude] = QRectF(rect.left() + margin, y, name_width - line * 0.4, height)
    return ChartLayout(strip, plots, names, axis, legend, legend_rows)


def minimum_height(metrics: QFontMetricsF, width: float, texts: ChartTexts) -> int:
    """The height below which the panels get too flat to read (the window scrolls then)."""
    line = metrics.height()
    legend = _legend_rows(metrics, width - line, texts) * line * 1.5
    return int(line * 2.8 + line * 1.8 + legend + len(ATTITUDES) * line * 4.2 + line)


def plot_points(
    trend: HealthTrend, plots: dict[str, QRectF]
) -> dict[tuple[str, Side], list[tuple[dt.date, int, QPointF]]]:
    """Where each rating is drawn: (attitude, side) → (day, value, point), oldest first.

    The one mapping from data to pixels, used to paint and by the test that checks the chart
    against the stored ratings.
    """
    start, end = time_span(trend)
    out: dict[tuple[str, Side], list[tuple[dt.date, int, QPointF]]] = {}
    for attitude in ATTITUDES:
        plot = plots[attitude]
        for side in (Side.POLITICAL, Side.EXECUTIVE):
            out[(attitude, side)] = [
                (day, value, QPointF(_x(day, start, end, plot), _y(value, plot)))
                for day, value in trend.series(attitude, side)
            ]
    return out


def date_ticks(
    start: dt.date, end: dt.date, width: float, metrics: QFontMetricsF
) -> list[tuple[dt.date, str]]:
    """Dates along the axis: month starts ("2025-03") or years ("2025"), as many as fit."""
    room = metrics.horizontalAdvance("2025-03") + metrics.height()
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    for step in (1, 2, 3, 6, 12, 24, 48, 120, 240, 480, 1200):
        if months / step * room <= width or step == 1200:
            break
    ticks: list[tuple[dt.date, str]] = []
    index = start.year * 12 + start.month - 1
    last = end.year * 12 + end.month - 1
    while index <= last + 1:
        year, month = divmod(index, 12)
        if 1 <= year <= 9999 and (step < 12 or month == 0) and index % step == 0:
            day = dt.date(year, month + 1, 1)
            if start <= day <= end:
                ticks.append((day, f"{year}" if step >= 12 else f"{year}-{month + 1:02d}"))
        index += 1
    return ticks


def _gap_path(
    political: list[tuple[dt.date, int, QPointF]],
    executive: list[tuple[dt.date, int, QPointF]],
) -> QPainterPath | None:
    """The area between the two sides' lines, where both have ratings."""
    if len(political) < 1 or len(executive) < 1:
        return None
    first = max(political[0][0], executive[0][0])
    last = min(political[-1][0], executive[-1][0])
    if first > last:
        return None

    def at(series: list[tuple[dt.date, int, QPointF]], day: dt.date) -> QPointF:
        for (d1, _v1, p1), (d2, _v2, p2) in itertools.pairwise(series):
            if d1 <= day <= d2:
                t = (day - d1).days / max((d2 - d1).days, 1)
                return QPointF(p1.x() + (p2.x() - p1.x()) * t, p1.y() + (p2.y() - p1.y()) * t)
        return next(p for d, _v, p in series if d == day)

    days = sorted({d for d, _v, _p in political + executive if first <= d <= last})
    upper = [at(political, day) for day in days]
    lower = [at(executive, day) for day in days]
    if len(days) == 1:  # one conversation: a narrow band marks the gap at that day
        upper = [upper[0] + QPointF(-3, 0), upper[0] + QPointF(3, 0)]
        lower = [lower[0] + QPointF(-3, 0), lower[0] + QPointF(3, 0)]
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    path.addPolygon(QPolygonF([*upper, *reversed(lower)]))
    path.closeSubpath()
    return path


def _marker(painter: QPainter, side: Side, point: QPointF, size: float) -> None:
    if side is Side.POLITICAL:
        painter.setPen(QPen(QColor(POLITICAL_COLOUR), 1))
        painter.setBrush(QColor(POLITICAL_COLOUR))
        painter.drawEllipse(point, size * 0.42, size * 0.42)
    else:
        painter.setPen(QPen(QColor(EXECUTIVE_COLOUR), max(1.5, size * 0.18)))
        painter.setBrush(QColor("white"))
        half = size * 0.62
        painter.drawRect(QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _line_pen(side: Side, width: float) -> QPen:
    if side is Side.POLITICAL:
        return QPen(QColor(POLITICAL_COLOUR), width * 0.8, Qt.PenStyle.SolidLine)
    pen = QPen(QColor(EXECUTIVE_COLOUR), width * 1.3, Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def paint_health(
    painter: QPainter,
    rect: QRectF,
    trend: HealthTrend,
    *,
    title: str = "",
    texts: ChartTexts | None = None,
) -> ChartLayout | None:
    """Draw ``trend`` into ``rect`` (shared by the widget and the image for Word); returns the
    layout it drew (``None`` without ratings)."""
    texts = texts or ChartTexts()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    base = QFont(painter.font())
    if title:
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(_TEXT)
        height = QFontMetricsF(bold).height() * 1.5
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), height),
            Qt.AlignmentFlag.AlignCenter,
            title,
        )
        painter.setFont(base)
        rect = rect.adjusted(0, height, 0, 0)
    if not trend.points:
        painter.setPen(_MUTED)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, texts.empty)
        painter.restore()
        return None
    metrics = QFontMetricsF(base)
    line = metrics.height()
    layout = chart_layout(rect, metrics, texts)
    start, end = time_span(trend)
    placed = plot_points(trend, layout.plots)
    ticks = date_ticks(start, end, layout.axis.width(), metrics)
    verticals = _verticals(trend, start, end, texts)

    for attitude in ATTITUDES:
        plot = layout.plots[attitude]
        # The attitude's name, then the grid: 1 to 5 and the date ticks.
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(_TEXT)
        painter.drawText(
            layout.names[attitude],
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            attitude_label(attitude),
        )
        painter.setFont(base)
        frame = plot.adjusted(0, -line * 0.35, 0, line * 0.35)
        painter.fillRect(frame, QColor("#fafafa"))
        painter.setPen(QPen(QColor("#d0d0d0"), 1))
        painter.drawRect(frame)
        for value in range(1, 6):
            y = _y(value, plot)
            painter.setPen(QPen(_GRID if value not in (1, 5) else QColor("#cccccc"), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if value in (1, 3, 5) or plot.height() > line * 4:
                painter.setPen(_MUTED)
                painter.drawText(
                    QRectF(plot.left() - line * 1.6, y - line / 2, line * 1.3, line),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    str(value),
                )
        painter.setPen(QPen(_GRID, 1))
        for day, _label in ticks:
            x = _x(day, start, end, plot)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        for day, style, colour, _label, _row in verticals:
            if style is Qt.PenStyle.NoPen:
                continue
            x = _x(day, start, end, plot)
            painter.setPen(QPen(QColor(colour), 1.5, style))
            painter.drawLine(
                QPointF(x, plot.top() - line * 0.3), QPointF(x, plot.bottom() + line * 0.3)
            )
        political = placed[(attitude, Side.POLITICAL)]
        executive = placed[(attitude, Side.EXECUTIVE)]
        if not political and not executive:
            painter.setPen(_MUTED)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, texts.no_ratings)
            continue
        gap = _gap_path(political, executive)
        if gap is not None:
            painter.fillPath(gap, GAP_COLOUR)
        size = max(7.0, line * 0.55)
        for side, series in ((Side.EXECUTIVE, executive), (Side.POLITICAL, political)):
            painter.setPen(_line_pen(side, max(2.0, line * 0.16)))
            for (_d1, _v1, a), (_d2, _v2, b) in itertools.pairwise(series):
                painter.drawLine(a, b)
        for side, series in ((Side.EXECUTIVE, executive), (Side.POLITICAL, political)):
            for _day, _value, point in series:
                _marker(painter, side, point, size)

    _paint_strip(painter, layout, verticals, (start, end), metrics)
    # Dates along the bottom.
    painter.setPen(_TEXT)
    last_right = -1e9
    for day, label in ticks:
        x = _x(day, start, end, layout.axis)
        width = metrics.horizontalAdvance(label)
        left = min(max(x - width / 2, layout.axis.left() - line), layout.axis.right() - width)
        if left < last_right + line * 0.5:
            continue
        painter.drawText(QPointF(left, layout.axis.top() + line), label)
        last_right = left + width
    _paint_legend(painter, layout, texts, metrics)
    painter.restore()
    return layout


def _verticals(
    trend: HealthTrend, start: dt.date, end: dt.date, texts: ChartTexts
) -> list[tuple[dt.date, Qt.PenStyle, str, str, int]]:
    """The vertical lines: (day, style, colour, label, strip row) for period starts and their
    midpoints (row 0) and changes of person (row 1)."""
    out: list[tuple[dt.date, Qt.PenStyle, str, str, int]] = []
    basis = trend.basis
    for period in trend.periods:
        if period.term_start(basis) <= start <= period.term_end(basis):
            # The period already running at the left edge is named there (no line).
            out.append((start, Qt.PenStyle.NoPen, "#777777", period.label, 0))
        for day, style, label in (
            (period.term_start(basis), Qt.PenStyle.SolidLine, period.label),
            (period.midpoint_of(basis), Qt.PenStyle.DotLine, texts.midpoint),
        ):
            if start < day <= end:
                out.append((day, style, "#777777", label, 0))
    for day, who in trend.person_changes:
        if start <= day <= end:
            out.append((day, Qt.PenStyle.DashDotLine, PERSON_COLOUR, f"↔ {who}", 1))
    return out


def _paint_strip(
    painter: QPainter,
    layout: ChartLayout,
    verticals: list[tuple[dt.date, Qt.PenStyle, str, str, int]],
    span: tuple[dt.date, dt.date],
    metrics: QFontMetricsF,
) -> None:
    """Name each vertical line once, above the panels (two rows: periods, people)."""
    start, end = span
    strip = layout.strip
    line = metrics.height()
    taken: dict[int, float] = {0: -1e9, 1: -1e9}
    for day, _style, colour, label, row in sorted(verticals, key=lambda v: (v[4], v[0])):
        x = _x(day, start, end, strip)
        width = metrics.horizontalAdvance(label)
        left = x + 3 if day > start else x
        if left + width > strip.right():  # no room on the right: the name goes to its left
            left = max(x - 3 - width, strip.left())
        if left < taken[row] + line * 0.3:
            continue  # no room: the line is there, its name would cover its neighbour's
        painter.setPen(QColor(colour) if row else _TEXT)
        painter.drawText(QPointF(left, strip.top() + line * (row + 0.85)), label)
        taken[row] = left + width


def _paint_legend(
    painter: QPainter, layout: ChartLayout, texts: ChartTexts, metrics: QFontMetricsF
) -> None:
    line = metrics.height()
    legend = layout.legend
    x, y = legend.left(), legend.top() + line * 0.75
    size = max(7.0, line * 0.55)
    for kind, label in _legend_items(texts):
        item = 44 + metrics.horizontalAdvance(label) + 18
        if x > legend.left() and x + item > legend.right():
            x, y = legend.left(), y + line * 1.5
        sample = QRectF(x, y - line * 0.45, 36, line * 0.9)
        if kind == "gap":
            painter.fillRect(sample, GAP_COLOUR)
        else:
            side = Side.POLITICAL if kind == "political" else Side.EXECUTIVE
            painter.setPen(_line_pen(side, max(2.0, line * 0.16)))
            painter.drawLine(QPointF(x, y), QPointF(x + 36, y))
            _marker(painter, side, QPointF(x + 18, y), size)
        painter.setPen(_TEXT)
        painter.drawText(QPointF(x + 44, y + metrics.ascent() / 2 - 1), label)
        x += item


def word_texts() -> ChartTexts:
    """The chart's words for Word (translated where the command line installed a translator)."""
    return ChartTexts(
        political=QCoreApplication.translate("HealthChart", "Politiken (heldragen, rund)"),
        executive=QCoreApplication.translate("HealthChart", "Förvaltningen (streckad, fyrkant)"),
        gap=QCoreApplication.translate("HealthChart", "Skillnaden mellan er"),
        midpoint=QCoreApplication.translate("HealthChart", "halvtid"),
        empty=QCoreApplication.translate("HealthChart", "Inga skattningar ännu."),
        no_ratings=QCoreApplication.translate("HealthChart", "Inga skattningar"),
    )


def health_png(trend: HealthTrend, size: QSize | None = None, *, title: str = "") -> bytes:
    """Render ``trend`` to PNG bytes; needs a Qt application, not a window (the composition
    root's renderer, ``app.render_health_chart``, makes one for the command line).

    The default size is for an A4 page's text width (16 cm) in Word: five panels one under the
    other, drawn at half the pixel size with a device pixel ratio of 2, so lines, markers and
    text keep their proportions and stay sharp when printed.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    size = size or QSize(1600, 1700)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    logical = QSize(size.width() // 2, size.height() // 2)
    painter = QPainter(image)
    painter.scale(2.0, 2.0)
    font = QFont(painter.font())
    font.setPixelSize(max(10, min(logical.width() // 52, logical.height() // 40)))
    painter.setFont(font)
    try:
        paint_health(
            painter,
            QRectF(0, 0, logical.width(), logical.height()),
            trend,
            title=title,
            texts=word_texts(),
        )
    finally:
        painter.end()  # an image still being painted must not be destroyed (Qt aborts)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
