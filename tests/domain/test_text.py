import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.text import (
    MAX_SHORT_TEXT_LENGTH,
    bold_runs,
    clean_line,
    clean_text,
    plain_text,
    text_for_word,
)


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


@given(st.text(st.characters(codec=None)))
def test_text_for_word_leaves_only_what_xml_can_hold(value: str) -> None:
    cleaned, removed = text_for_word(value)
    assert not any(
        (ord(ch) < 0x20 and ch not in "\t\n") or 0xD800 <= ord(ch) <= 0xDFFF or ch in "\ufffe\uffff"
        for ch in cleaned
    )
    assert "\r" not in cleaned
    assert removed >= 0
    if removed == 0 and not any(ch in "\r\x0b\x0c\u2028\u2029" for ch in value):
        assert cleaned == unicodedata.normalize("NFC", value)


def test_text_for_word_counts_what_it_removes() -> None:
    assert text_for_word("a\x00b\x1fc\r\nd\u2028e") == ("abc\nd\ne", 2)


def test_bold_runs() -> None:
    assert bold_runs("Vi **ska** ses ** ofta") == [
        ("Vi ", False),
        ("ska", True),
        (" ses ** ofta", False),
    ]
    assert plain_text("**a** b") == "a b"


def _clean_the_long_way(value: str) -> str:
    from samspel_desktop.domain.text import _CONTROL, _LINE_BREAKS

    return unicodedata.normalize("NFC", re.sub(_CONTROL, "", re.sub(_LINE_BREAKS, "\n", value)))


@given(st.text(alphabet=st.characters(codec=None), max_size=60))
def test_the_already_clean_shortcut_changes_nothing(value: str) -> None:
    assert clean_text(value) == _clean_the_long_way(value)


@given(st.text(alphabet="aåäö A\u030a\r\n\t\x0b\x0c\u2028\x00\x85\ud800e\u0301", max_size=30))
def test_the_shortcut_with_the_characters_that_matter(value: str) -> None:
    assert clean_text(value) == _clean_the_long_way(value)


@given(st.lists(st.text(alphabet="aåä A\u030a\r\n\t\x0b\x00\ud800e\u0301", max_size=12)))
def test_texts_cleaned_before_change_nothing_in_what_comes_after(values: list[str]) -> None:
    # The memo of recent results: each value again, and each result, still comes out right.
    for value in values:
        cleaned = clean_text(value)
        assert cleaned == _clean_the_long_way(value)
        assert clean_text(value) == cleaned
        assert clean_text(cleaned) == cleaned


def test_a_text_cleaned_before_is_still_measured_against_the_limit() -> None:
    text = "Vi återkopplar i god tid. " * 20
    assert clean_text(text) == text
    with pytest.raises(ValidationError, match="för lång"):
        clean_text(text, max_length=100, field="rubriken")


def _word_the_long_way(value: str) -> tuple[str, int]:
    from samspel_desktop.domain.text import _LINE_BREAKS, _NOT_FOR_WORD

    text = re.sub(_LINE_BREAKS, "\n", value)
    cleaned = re.sub(_NOT_FOR_WORD, "", text)
    return unicodedata.normalize("NFC", cleaned), len(text) - len(cleaned)


@given(
    st.text(alphabet=st.characters(codec=None), max_size=60)
    | st.text(alphabet="aåä A\u030a\r\n\t\x0b\x0c\u2028\x00\x85\ud800\ufffee\u0301", max_size=30)
)
def test_text_for_word_shortcut_changes_nothing(value: str) -> None:
    assert text_for_word(value) == _word_the_long_way(value)


def test_counted_says_one_and_many() -> None:
    from samspel_desktop.domain.text import counted

    assert counted(1, "%n fråga i loggen", "%n frågor i loggen") == "1 fråga i loggen"
    assert counted(0, "%n fråga i loggen", "%n frågor i loggen") == "0 frågor i loggen"
    assert counted(2, "%n åtagande", "%n åtaganden") == "2 åtaganden"


def test_swedish_order_puts_a_ring_a_diaeresis_o_diaeresis_after_z() -> None:
    from samspel_desktop.domain.text import swedish_key

    names = [
        "Örebro",
        "öckerö",
        "Ängelholm",
        "Åre",
        "Ystad",
        "Zinkgruvan",
        "Eda",
        "Émile",
        "Älvdalen",
    ]
    assert sorted(names, key=swedish_key) == [
        "Eda",
        "Émile",
        "Ystad",
        "Zinkgruvan",
        "Åre",
        "Älvdalen",
        "Ängelholm",
        "öckerö",
        "Örebro",
    ]
    assert sorted(["Öst", "öst"], key=swedish_key) == ["öst", "Öst"], "then lower case first"
