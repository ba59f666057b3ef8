import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.model import Answer
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import Store
from samspel_desktop.storage.search import SearchRepository


def _with_texts(services: Samspel, *texts: str) -> None:
    pair = services.pairs.add(
        organisation="Alingsås kommun", political="A", executive="B", start_date=dt.date(2027, 1, 1)
    )
    conversation = services.conversations.start(pair.id)
    for i, text in enumerate(texts):
        services.conversations.save_answer(Answer(conversation.id, f"g/q{i}", political=text))


def _hits(store: Store, query: str) -> list[str]:
    return [h["snippet"] for h in SearchRepository(store).search(query)]


def test_swedish_letters_are_letters_of_their_own(services: Samspel, store: Store) -> None:
    _with_texts(services, "Vi far till mötet", "Vi får återkomma")
    assert _hits(store, "får") == ["Vi [får] återkomma"]
    assert _hits(store, "far") == ["Vi [far] till mötet"]


def test_case_insensitive_including_aao(services: Samspel, store: Store) -> None:
    _with_texts(services, "ÖVERENSKOMMELSEN gäller")
    assert len(_hits(store, "överenskommelsen")) == 1
    assert len(_hits(store, "Överens")) == 1


def test_prefix_matching(services: Samspel, store: Store) -> None:
    _with_texts(services, "God samverkan kräver tid")
    assert _hits(store, "samverk") == ["God [samverkan] kräver tid"]


def test_index_follows_edits(services: Samspel, store: Store) -> None:
    _with_texts(services, "gammal text")
    conversation_id = services.conversations.all()[0].id
    services.conversations.save_answer(Answer(conversation_id, "g/q0", political="ny text"))
    assert _hits(store, "gammal") == []
    assert len(_hits(store, "ny")) == 1


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200)
@given(query=st.text(max_size=40))
def test_user_queries_never_error_and_hit_only_what_they_ask_for(
    services: Samspel, store: Store, query: str
) -> None:
    if not services.conversations.all():  # the fixture lives for all examples: index once
        _with_texts(services, "Vi ses på måndag", "Delegationsordningen: ärenden och beslut")
    hits = SearchRepository(store).search(query)
    words = ["".join(ch for ch in word if ch.isalnum()) for word in query.split()]
    words = [w.lower() for w in words if w]
    if not words:
        assert hits == []  # nothing to look for is no hit, never an FTS syntax error
    for hit in hits:
        # Every hit is one of the texts, with each word of the query marked as a prefix.
        marked = [m.lower() for m in re.findall(r"\[(.*?)\]", hit["snippet"])]
        assert hit["kind"] == "answer.political"
        assert all(any(m.startswith(w) for m in marked) for w in words), (query, hit)


def test_operators_and_quotes_are_plain_words(services: Samspel, store: Store) -> None:
    _with_texts(services, "delegationsordningen och NOT mer")
    for query in ['"', "NOT", "AND OR", "a*b", "(delegation", "col:umn", "^start", "-x"]:
        SearchRepository(store).search(query)
    assert len(_hits(store, '"delegation')) == 1
