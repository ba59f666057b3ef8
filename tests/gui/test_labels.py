"""The window's words for the calendar and for sources are the domain's, through ``tr``."""

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.calendar import TermBasis, calendar_notice
from samspel_desktop.domain.guides import Attribution, attribution_text
from samspel_desktop.domain.labels import notice_text
from samspel_desktop.domain.model import QuestionOrigin
from samspel_desktop.gui.labels import attribution, translated
from samspel_desktop.services.history import PeriodNotice, period_notice_text

DAYS = (
    [
        dt.date(year, month, day)
        for year in (2010, 2018, 2022, 2026, 2030)
        for month, day in ((6, 1), (9, 8), (9, 13), (10, 14), (10, 15), (12, 31))
    ]
    + [dt.date(year, 1, 1) for year in (2011, 2019, 2023, 2027, 2031)]
    + [
        dt.date(2028, 12, 1),
        dt.date(2027, 6, 1),
    ]
)


@pytest.mark.parametrize("basis", list(TermBasis))
def test_the_window_says_what_the_command_line_says(qtbot: QtBot, basis: TermBasis) -> None:
    for day in DAYS:
        notice = calendar_notice(day, basis)
        shown = period_notice_text(PeriodNotice(notice, "", new_in_pair=False), translated)
        assert shown == notice_text(notice), day


def test_attribution_in_the_window(qtbot: QtBot) -> None:
    for value in (
        Attribution(QuestionOrigin.QUOTED, "Samspel", "SKR"),
        Attribution(QuestionOrigin.OWN, "Samspel", "SKR"),
        Attribution(QuestionOrigin.OWN, "", "SKR"),
        Attribution(QuestionOrigin.OWN, "Samspel", ""),
    ):
        assert attribution(value) == attribution_text(value)
