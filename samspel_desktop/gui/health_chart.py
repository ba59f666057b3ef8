"""The relationship's health over time as a widget (drawn by :mod:`samspel_desktop.charts`)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from samspel_desktop.charts import paint_health
from samspel_desktop.services.history import HealthTrend


class HealthChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trend = HealthTrend((), (), ())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Diagram över förhållningssätten över tid"))

    def sizeHint(self) -> QSize:
        return QSize(800, 420)

    def set_trend(self, trend: HealthTrend) -> None:
        self._trend = trend
        count = len(trend.points)
        self.setAccessibleDescription(
            self.tr("1 skattning")
            if count == 1
            else self.tr("%1 skattningar").replace("%1", str(count))
        )
        self.update()

    def side_labels(self) -> tuple[str, str]:
        return (
            self.tr("Politiken (heldragen, rund)"),
            self.tr("Förvaltningen (streckad, fyrkant)"),
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_health(
            painter,
            QRectF(self.rect()),
            self._trend,
            empty_text=self.tr(
                "Inga skattningar ännu. Använd guiden ”Förhållningssätt – skattning” i ett samtal."
            ),
            side_labels=self.side_labels(),
            midpoint_label=self.tr("halvtid"),
        )
        painter.end()
