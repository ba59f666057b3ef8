"""Small helpers of the windows."""

from __future__ import annotations

import html

import pytest

from samspel_desktop.gui.common import escape_html


@pytest.mark.parametrize(
    "text",
    ["", "Anna & Berg", "<b>fet</b>", "\"citat\" och 'apostrof'", "&amp; redan", "åäö ⚠", "<&>"],
)
def test_escape_html_escapes_as_the_standard_library_does(text: str) -> None:
    assert escape_html(text) == html.escape(text)
