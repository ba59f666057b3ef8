from hypothesis import given
from hypothesis import strategies as st

from samspel_desktop.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_QUERY_CHARACTERS,
    MAX_QUERY_TOKENS,
    parse_query,
    plain_snippet,
    snippet_parts,
)


def test_words_split_like_the_tokenizer_and_stay_phrases() -> None:
    query = parse_query("e-post KSO-KD samspel")
    assert query.phrases == (("e", "post"), ("KSO", "KD"), ("samspel",))
    assert query.fts5_match() == '"e post"* "KSO KD"* "samspel"*'


def test_operators_and_quotes_are_never_syntax() -> None:
    query = parse_query('"NOT ( a*b col:umn ^start -x AND')
    assert query.fts5_match() == '"NOT"* "a b"* "col umn"* "start"* "x"* "AND"*'
    assert parse_query('" * ( ) ^ : - +').empty


def test_the_same_word_counts_once_whatever_its_case() -> None:
    assert parse_query("Samspel samspel SAMSPEL").phrases == (("Samspel",),)


def test_at_most_sixteen_pieces_in_order() -> None:
    query = parse_query(" ".join(f"w{i}" for i in range(40)))
    assert [p[0] for p in query.phrases] == [f"w{i}" for i in range(MAX_QUERY_TOKENS)]
    assert query.shortened
    assert not parse_query(" ".join(f"w{i}" for i in range(MAX_QUERY_TOKENS))).shortened


def test_a_word_that_no_longer_fits_ends_the_query() -> None:
    words = [f"w{i}" for i in range(MAX_QUERY_TOKENS - 1)]
    query = parse_query(" ".join([*words, "a-b-c", "z"]))
    assert len(query.phrases) == MAX_QUERY_TOKENS - 1
    assert query.shortened


def test_a_huge_paste_is_read_only_to_the_field_length() -> None:
    query = parse_query("ord " * MAX_QUERY_CHARACTERS)
    assert query.phrases == (("ord",),)
    assert query.shortened


def test_decomposed_letters_are_the_composed_ones() -> None:
    assert parse_query("Ho\u0308o\u0308r").phrases == (("Höör",),)


@given(st.text())
def test_any_text_gives_a_bounded_safe_query(text: str) -> None:
    query = parse_query(text)
    assert sum(len(p) for p in query.phrases) <= MAX_QUERY_TOKENS
    for phrase in query.phrases:
        for piece in phrase:
            assert piece and '"' not in piece and not any(c.isspace() for c in piece)


def test_snippet_parts_and_plain_text() -> None:
    snippet = (
        f"Se [{HIGHLIGHT_START}bilaga{HIGHLIGHT_END}]\n och {HIGHLIGHT_START}mer{HIGHLIGHT_END}"
    )
    assert snippet_parts(snippet) == [
        ("Se [", False),
        ("bilaga", True),
        ("]\n och ", False),
        ("mer", True),
    ]
    assert plain_snippet(snippet) == "Se [bilaga] och mer"
    assert plain_snippet(snippet, mark=("»", "«")) == "Se [»bilaga«] och »mer«"


def test_find_phrases_in_a_short_text_by_the_index_rules() -> None:
    from samspel_desktop.domain.search import find_phrases, mark_spans, parse_query

    text = "Eva Öberg, Kommunstyrelsens ordförande · Höörs kommun"
    spans = find_phrases(parse_query("öberg"), text)
    assert spans is not None
    assert mark_spans(text, spans).startswith("Eva \x02Öberg\x03,")
    assert find_phrases(parse_query("Höör"), text) is not None, "the last piece is a prefix"
    assert find_phrases(parse_query("höör eva"), text) is not None, "every word, any order"
    assert find_phrases(parse_query("Oberg"), text) is None, "ö is not o"
    assert find_phrases(parse_query("Öberg Malmö"), text) is None, "every word must be there"
    assert find_phrases(parse_query("styrelsens"), text) is None, "words start where they start"
    assert find_phrases(parse_query(""), text) is None
