"""The relationship's health over time as a widget (drawn by :mod:`samspel_desktop.charts`)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from samspel_desktop.charts import ChartLayout, ChartTexts, minimum_height, paint_health
from samspel_desktop.services.history import HealthTrend


class HealthChart(QWidget):
    """One panel per förhållningssätt; in a scroll area it keeps the panels readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trend = HealthTrend((), (), ())
        self.layout_drawn: ChartLayout | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Diagram över förhållningssätten över tid"))

    def texts(self) -> ChartTexts:
        return ChartTexts(
            political=self.tr("Politiken (heldragen, rund)"),
            executive=self.tr("Förvaltningen (streckad, fyrkant)"),
            gap=self.tr("Skillnaden mellan er"),
            midpoint=self.tr("halvtid"),
            empty=self.tr(
                "Inga skattningar ännu. Använd guiden ”Förhållningssätt – skattning” i ett samtal."
            ),
            no_ratings=self.tr("Inga skattningar"),
        )

    def sizeHint(self) -> QSize:
        return QSize(800, 560)

    def minimumSizeHint(self) -> QSize:
        if not self._trend.points:
            return QSize(300, 120)
        metrics = QFontMetricsF(self.font())
        return QSize(420, minimum_height(metrics, max(self.width(), 420), self.texts()))

    def set_trend(self, trend: HealthTrend) -> None:
        self._trend = trend
        count = len(trend.points)
        self.setAccessibleDescription(
            self.tr("1 skattning")
            if count == 1
            else self.tr("%1 skattningar").replace("%1", str(count))
        )
        self.updateGeometry()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.layout_drawn = paint_health(
            painter, QRectF(self.rect()), self._trend, texts=self.texts()
        )
        painter.end()
