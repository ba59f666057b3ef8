"""Charts, drawn with Qt's painter: one home for the window and for the Word reports.

The relationship's health over time, drawn natively with QPainter (no web view).

One line per förhållningssätt; the political side solid with round markers, the executive side
dashed with square markers, so the sides differ without colour. Mandate periods, their
midpoints and changes of person are marked and labelled.

:func:`paint_health` draws on any painter: the window's widget (``gui.health_chart``) and
:func:`health_png`, the image for Word, which needs a Qt application but no window. The
composition roots hand it to the services as their chart renderer (``app.render_health_chart``,
which makes a window-less application for the command line), so neither the services nor the
command line go through the GUI to draw. This module sits between the GUI
and the services in the layers (``pyproject.toml``): it imports the services' data, never the
GUI.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from samspel_desktop.domain import labels
from samspel_desktop.domain.model import Side
from samspel_desktop.services.history import ATTITUDES, HealthTrend

# Colour-blind-safe palette (Okabe–Ito), one colour per attitude.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9")


def _x(day: dt.date, start: dt.date, end: dt.date, left: float, width: float) -> float:
    span = max((end - start).days, 1)
    return left + width * (day - start).days / span


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


def plot_points(
    trend: HealthTrend, plot: QRectF
) -> dict[tuple[str, Side], list[tuple[dt.date, int, QPointF]]]:
    """Where each rating is drawn: (attitude, side) → (day, value, point), oldest first.

    The one mapping from data to pixels, used to paint and by the test that checks the chart
    against the stored ratings.
    """
    start, end = time_span(trend)
    out: dict[tuple[str, Side], list[tuple[dt.date, int, QPointF]]] = {}
    for attitude in ATTITUDES:
        for side in (Side.POLITICAL, Side.EXECUTIVE):
            out[(attitude, side)] = [
                (
                    day,
                    value,
                    QPointF(
                        _x(day, start, end, plot.left(), plot.width()),
                        plot.bottom() - (value - 1) / 4 * plot.height(),
                    ),
                )
                for day, value in trend.series(attitude, side)
            ]
    return out


def plot_area(rect: QRectF, metrics_height: float, digit_width: float, *, title: bool) -> QRectF:
    """The rectangle the lines are drawn in, inside ``rect`` (axes and legend around it)."""
    top = rect.top() + (metrics_height * 1.6 if title else metrics_height * 0.6)
    legend_height = metrics_height * 2.6
    left = rect.left() + digit_width + 18
    right = rect.right() - 12
    bottom = rect.bottom() - legend_height - metrics_height * 1.8
    return QRectF(left, top + metrics_height, right - left, bottom - top - metrics_height)


def paint_health(
    painter: QPainter,
    rect: QRectF,
    trend: HealthTrend,
    *,
    title: str = "",
    empty_text: str = "",
    side_labels: tuple[str, str] = ("", ""),
    midpoint_label: str = "halvtid",
) -> None:
    """Draw ``trend`` into ``rect`` (shared by the widget and the image for Word)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("white"))
    base = QFont(painter.font())
    metrics_height = painter.fontMetrics().height()
    if title:
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(rect.left(), rect.top() + 4, rect.width(), metrics_height * 1.4),
            Qt.AlignmentFlag.AlignHCenter,
            title,
        )
        painter.setFont(base)
    legend_height = metrics_height * 2.6
    left = rect.left() + painter.fontMetrics().horizontalAdvance("5") + 18
    plot = plot_area(
        rect, metrics_height, painter.fontMetrics().horizontalAdvance("5"), title=bool(title)
    )
    if not trend.points:
        painter.setPen(QColor("#555555"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return
    start, end = time_span(trend)
    # Axes and grid.
    painter.setPen(QPen(QColor("#dddddd"), 1))
    for value in range(1, 6):
        y = plot.bottom() - (value - 1) / 4 * plot.height()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#444444"))
        painter.drawText(
            QRectF(rect.left(), y - metrics_height / 2, left - rect.left() - 6, metrics_height),
            Qt.AlignmentFlag.AlignRight,
            str(value),
        )
        painter.setPen(QPen(QColor("#dddddd"), 1))
    # Mandate periods, midpoints and changes of person.
    label_width = painter.fontMetrics().horizontalAdvance
    for period in trend.periods:
        if period.start <= start <= period.end:
            # The period already running at the left edge is named there.
            painter.setPen(QColor("#444444"))
            painter.drawText(QPointF(plot.left() + 3, plot.top() - 3), period.label)
        for day, style, label in (
            (period.start, Qt.PenStyle.SolidLine, period.label),
            (period.midpoint, Qt.PenStyle.DotLine, midpoint_label),
        ):
            if not start < day <= end:
                continue
            x = _x(day, start, end, plot.left(), plot.width())
            painter.setPen(QPen(QColor("#888888"), 1, style))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor("#444444"))
            text_x = min(x + 3, plot.right() - label_width(label))
            painter.drawText(QPointF(text_x, plot.top() - 3), label)
    for day, who in trend.person_changes:
        if not start <= day <= end:
            continue
        x = _x(day, start, end, plot.left(), plot.width())
        painter.setPen(QPen(QColor("#B22222"), 2, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QColor("#B22222"))
        label = f"↔ {who}"
        painter.drawText(
            QPointF(min(x + 3, plot.right() - label_width(label)), plot.bottom() - 4), label
        )
    # Years along the bottom.
    painter.setPen(QColor("#444444"))
    step = max(1, (end.year - start.year) // 8 + 1)
    for year in range(start.year + 1, end.year + 1, step):
        x = _x(dt.date(year, 1, 1), start, end, plot.left(), plot.width())
        painter.setPen(QPen(QColor("#eeeeee"), 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QColor("#444444"))
        painter.drawText(
            QPointF(x - label_width(str(year)) / 2, plot.bottom() + metrics_height), str(year)
        )
    # Lines: one per attitude and side.
    placed = plot_points(trend, plot)
    for colour, attitude in zip(COLOURS, ATTITUDES, strict=True):
        for side, pen_style in (
            (Side.POLITICAL, Qt.PenStyle.SolidLine),
            (Side.EXECUTIVE, Qt.PenStyle.DashLine),
        ):
            points = [point for _day, _value, point in placed[(attitude, side)]]
            painter.setPen(QPen(QColor(colour), 2, pen_style))
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(QColor(colour))
            painter.setPen(QPen(QColor(colour), 1))
            for p in points:
                if side is Side.POLITICAL:
                    painter.drawEllipse(p, 3.5, 3.5)
                else:
                    painter.drawRect(QRectF(p.x() - 3.5, p.y() - 3.5, 7, 7))
            painter.setBrush(Qt.BrushStyle.NoBrush)
    # Legend: attitudes by colour and name, sides by line style and marker.
    y = rect.bottom() - legend_height + metrics_height * 0.4
    x = rect.left() + 8
    for colour, attitude in zip(COLOURS, ATTITUDES, strict=True):
        label = QCoreApplication.translate(labels.CONTEXT, labels.ATTITUDES[attitude])
        painter.setPen(QPen(QColor(colour), 4))
        painter.drawLine(QPointF(x, y), QPointF(x + 18, y))
        painter.setPen(QColor("#222222"))
        painter.drawText(QPointF(x + 22, y + metrics_height / 3), label)
        x += 30 + painter.fontMetrics().horizontalAdvance(label)
    y += metrics_height * 1.2
    x = rect.left() + 8
    for side_label, pen_style, square in (
        (side_labels[0], Qt.PenStyle.SolidLine, False),
        (side_labels[1], Qt.PenStyle.DashLine, True),
    ):
        painter.setPen(QPen(QColor("#222222"), 2, pen_style))
        painter.drawLine(QPointF(x, y), QPointF(x + 30, y))
        painter.setBrush(QColor("#222222"))
        if square:
            painter.drawRect(QRectF(x + 11.5, y - 3.5, 7, 7))
        else:
            painter.drawEllipse(QPointF(x + 15, y), 3.5, 3.5)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawText(QPointF(x + 36, y + metrics_height / 3), side_label)
        x += 60 + painter.fontMetrics().horizontalAdvance(side_label)
    painter.restore()


def health_png(trend: HealthTrend, size: QSize | None = None, *, title: str = "") -> bytes:
    """Render ``trend`` to PNG bytes; needs a Qt application, not a window (the composition
    root's renderer, ``app.render_health_chart``, makes one for the command line)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    size = size or QSize(1600, 820)
    # Drawn at half the pixel size with a device pixel ratio of 2: lines, markers and text keep
    # their on-screen proportions and stay sharp when Word scales the picture to the page.
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    logical = QSize(size.width() // 2, size.height() // 2)
    painter = QPainter(image)
    painter.scale(2.0, 2.0)
    font = QFont(painter.font())
    font.setPixelSize(max(11, logical.height() // 30))
    painter.setFont(font)

    try:
        paint_health(
            painter,
            QRectF(0, 0, logical.width(), logical.height()),
            trend,
            title=title,
            side_labels=(
                QCoreApplication.translate("HealthChart", "Politiken (heldragen, rund)"),
                QCoreApplication.translate("HealthChart", "Förvaltningen (streckad, fyrkant)"),
            ),
            midpoint_label=QCoreApplication.translate("HealthChart", "halvtid"),
            empty_text=QCoreApplication.translate("HealthChart", "Inga skattningar ännu."),
        )
    finally:
        painter.end()  # an image still being painted must not be destroyed (Qt aborts)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())
