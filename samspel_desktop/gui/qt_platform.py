"""Qt without a window on screen: the command line's charts and the smoke test.

On Linux without a display Qt needs the ``offscreen`` platform. On Windows it does not (the
``windows`` platform draws an image without showing anything, with the system's fonts), and
``offscreen`` there finds no fonts at all – it looks in Qt's own ``lib/fonts`` – so a chart
drawn with it has no text. When ``offscreen`` is used on Windows all the same (the smoke
test's default), it is pointed at the Windows font folder.
"""

from __future__ import annotations

import ntpath
import os
from collections.abc import Mapping


def headless_qt_environment(*, os_name: str, env: Mapping[str, str]) -> dict[str, str]:
    """The variables to set before a window-less ``QGuiApplication`` is made here."""
    changes: dict[str, str] = {}
    platform = env.get("QT_QPA_PLATFORM", "")
    if not platform and os_name != "nt" and not env.get("DISPLAY"):
        platform = changes["QT_QPA_PLATFORM"] = "offscreen"
    if os_name == "nt" and platform.startswith("offscreen") and not env.get("QT_QPA_FONTDIR"):
        windows = env.get("SystemRoot") or env.get("WINDIR") or r"C:\Windows"
        changes["QT_QPA_FONTDIR"] = ntpath.join(windows, "Fonts")
    return changes


def prepare_headless_qt() -> None:
    """Apply :func:`headless_qt_environment` to this process (before the application)."""
    os.environ.update(headless_qt_environment(os_name=os.name, env=os.environ))


def text_can_be_drawn() -> bool:
    """Whether Qt draws text at all here (it draws none without a font); needs the app."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(160, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(painter.font())
    font.setPixelSize(24)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, 160, 40), Qt.AlignmentFlag.AlignCenter, "Åsa Öberg")
    painter.end()
    return any(
        QColor(image.pixel(x, y)).lightness() < 128 for y in range(0, 40, 2) for x in range(160)
    )
