import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.errors import CancelledError
from samspel_desktop.domain.model import Answer
from samspel_desktop.domain.search import parse_query
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store
from tests.conftest import make_pair


def _with_texts(services: Samspel, *texts: str) -> None:
    pair = make_pair(
        services,
        organisation="Alingsås kommun",
        political="A",
        executive="B",
        start_date=dt.date(2027, 1, 1),
    )
    conversation = services.conversations.start(pair.id)
    for i, text in enumerate(texts):
        services.conversations.save_answer(Answer(conversation.id, f"g/q{i}", political=text))


def _hits(services: Samspel, query: str) -> list[str]:
    return [h.plain_snippet(mark=("[", "]")) for h in services.search.search(query).hits]


def test_swedish_letters_are_letters_of_their_own(services: Samspel, store: Store) -> None:
    _with_texts(services, "Vi far till mötet", "Vi får återkomma")
    assert _hits(services, "får") == ["Vi [får] återkomma"]
    assert _hits(services, "far") == ["Vi [far] till mötet"]


def test_case_insensitive_including_aao(services: Samspel, store: Store) -> None:
    _with_texts(services, "ÖVERENSKOMMELSEN gäller")
    assert len(_hits(services, "överenskommelsen")) == 1
    assert len(_hits(services, "Överens")) == 1


def test_prefix_matching(services: Samspel, store: Store) -> None:
    _with_texts(services, "God samverkan kräver tid")
    assert _hits(services, "samverk") == ["God [samverkan] kräver tid"]


def test_index_follows_edits(services: Samspel) -> None:
    _with_texts(services, "gammal text")
    conversation_id = services.conversations.all()[0].id
    services.conversations.save_answer(Answer(conversation_id, "g/q0", political="ny text"))
    assert _hits(services, "gammal") == []
    assert len(_hits(services, "ny")) == 1


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200)
@given(query=st.text(max_size=40))
def test_user_queries_never_error_and_hit_only_what_they_ask_for(
    services: Samspel, query: str
) -> None:
    if not services.conversations.all():  # the fixture lives for all examples: index once
        _with_texts(services, "Vi ses på måndag", "Delegationsordningen: ärenden och beslut")
    phrases = parse_query(query).phrases
    result = services.search.search(query)
    if not phrases:
        assert result.hits == []  # nothing to look for is no hit, never an FTS syntax error
    for hit in result.hits:
        # One of the texts, with a match marked, holding every word the query asked for.
        text = hit.plain_snippet().lower()
        assert hit.kind in ("answer.political", "pair")  # the texts, or the pair's names
        assert any(is_match for _, is_match in hit.snippet_parts)
        assert all(phrase[0].lower() in text for phrase in phrases), (query, text)


def test_operators_and_quotes_are_plain_words(services: Samspel) -> None:
    _with_texts(services, "delegationsordningen och NOT mer")
    for query in ['"', "NOT", "AND OR", "a*b", "(delegation", "col:umn", "^start", "-x"]:
        services.search.search(query)
    assert len(_hits(services, '"delegation')) == 1


def test_hyphenated_words_are_found(services: Samspel) -> None:
    _with_texts(services, "Svara på e-post inom en dag", "Mötet KSO-KD varje vecka")
    assert _hits(services, "e-post") == ["Svara på [e-post] inom en dag"]
    assert _hits(services, "KSO-KD") == ["Mötet [KSO-KD] varje vecka"]
    assert _hits(services, "kso-k") == ["Mötet [KSO-KD] varje vecka"]
    assert _hits(services, "epost") == []  # the pieces, not the letters glued together


def test_typed_brackets_are_never_highlights(services: Samspel) -> None:
    _with_texts(services, "Se [bilaga 2] och <b>fetstil</b>")
    [hit] = services.search.search("bilaga").hits
    assert hit.snippet_parts == [
        ("Se [", False),
        ("bilaga", True),
        (" 2] och <b>fetstil</b>", False),
    ]


def test_repeated_words_count_once(services: Samspel) -> None:
    _with_texts(services, "samspel samspel")
    result = services.search.search("samspel " * 3_000)
    assert len(result.hits) == 1
    assert not result.shortened


def test_long_queries_are_shortened_and_say_so(services: Samspel) -> None:
    words = [f"ord{i}" for i in range(40)]
    _with_texts(services, " ".join(words))
    result = services.search.search(" ".join(words))
    assert len(result.hits) == 1  # the first 16 words all stand in the text
    assert result.shortened
    assert result.note == "Sökningen använde de 16 första orden; resten togs inte med."


def test_a_running_search_can_be_stopped(services: Samspel) -> None:
    _with_texts(services, *(f"text nummer {i} om samspel" for i in range(300)))
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return True

    with pytest.raises(CancelledError):
        services.search.search("s t n o", should_stop=stop)
    assert asked
    # The connection is usable afterwards and the handler is gone.
    assert len(services.search.search("samspel").hits) == 50


def _match_expressions(services: Samspel, store: Store, query: str) -> list[str]:
    """The full-text expressions SQLite was given for one search (from its statement trace)."""
    seen: list[str] = []
    conn = store.conn
    conn.set_trace_callback(seen.append)
    try:
        services.search.search(query)
    finally:
        conn.set_trace_callback(None)
    return [re.search(r"MATCH '(.*?)' ORDER", sql).group(1) for sql in seen if "MATCH" in sql]


def test_a_pasted_page_reaches_sqlite_as_sixteen_words(services: Samspel, store: Store) -> None:
    """FTS5's cost grows with the square of the phrases: a page must not reach it whole."""
    words = [f"ord{i}" for i in range(3_000)]
    _with_texts(services, " ".join(words[:16]))
    [expression] = _match_expressions(services, store, " ".join(words))
    assert expression == " ".join(f'"{w}"*' for w in words[:16])
    [expression] = _match_expressions(services, store, "samspel " * 3_000)
    assert expression == '"samspel"*'


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöéü0123456789", min_size=1, max_size=12),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([" ", "-", "/", ", ", "–"]),
)
def test_any_stored_word_is_found(services: Samspel, words: list[str], separator: str) -> None:
    text = separator.join(words)
    pair = services.pairs.all()[0] if services.pairs.all() else None
    if pair is None:
        _with_texts(services, text)
    else:
        conversation = services.conversations.all()[0]
        services.conversations.save_answer(Answer(conversation.id, "g/q0", political=text))
    for word in words:
        hits = services.search.search(word.upper()).hits
        assert any(h.plain_snippet() == text for h in hits), (word, text)
