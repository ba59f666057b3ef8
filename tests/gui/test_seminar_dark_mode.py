"""Dark mode: a panel with a light background also sets a dark text colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.seminars import SeminarAnswer
from samspel_desktop.gui.seminar_page import GroupAnswerBox


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        (QPalette.ColorRole.Base, "#2b2b2b"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.Button, "#303030"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _dark_pixels(image: QImage) -> int:
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() < 110
    )


def test_the_conflict_note_is_readable_in_dark_mode(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(_dark_palette())
    try:
        box = GroupAnswerBox("Bord 1", "Anna Berg (KSO)")
        qtbot.addWidget(box)
        box.resize(600, 300)
        box.show_conflict(
            SeminarAnswer(1, "q1", "Vår text", "Deras text", conflict_source="bord1.json")
        )
        box.show()
        qtbot.waitExposed(box)
        label = box.conflict_label
        assert label.isVisible() and "bord1.json" in label.text()
        image = box.conflict.grab(label.geometry()).toImage()
        # The note's text is dark on the light panel, not the dark palette's light text.
        assert _dark_pixels(image) > 50
    finally:
        app.setPalette(before)
