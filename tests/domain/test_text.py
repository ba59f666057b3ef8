import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.text import MAX_SHORT_TEXT_LENGTH, clean_line, clean_text


def test_control_characters_are_removed_and_line_breaks_normalised() -> None:
    assert clean_text("Vi\x00 ses\x07\r\nimorgon\rkl.\x0c9\tok") == "Vi ses\nimorgon\nkl.\n9\tok"


def test_decomposed_swedish_letters_become_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Förtroende på Åland")
    assert clean_text(decomposed) == "Förtroende på Åland"


def test_too_long_text_gives_a_swedish_message() -> None:
    with pytest.raises(ValidationError, match="för lång"):
        clean_text("a" * 11, max_length=10)


def test_clean_line_collapses_whitespace_and_requires_content() -> None:
    assert clean_line("  Anna \n Berg ", field="namn") == "Anna Berg"
    with pytest.raises(ValidationError, match="Namn saknas"):
        clean_line("   ", field="namn")
    with pytest.raises(ValidationError):
        clean_line("x" * (MAX_SHORT_TEXT_LENGTH + 1), field="namn")


@given(st.text(max_size=500))
def test_clean_text_is_idempotent_and_leaves_no_control_characters(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs") for ch in cleaned)
