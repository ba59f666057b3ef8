import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samspel_desktop.domain.model import Answer
from samspel_desktop.services.samspel import Samspel


def _with_texts(services: Samspel, *texts: str) -> None:
    pair = services.add_pair(
        organisation="Alingsås kommun", political="A", executive="B", start_date=dt.date(2027, 1, 1)
    )
    conversation = services.start_conversation(pair.id)
    for i, text in enumerate(texts):
        services.conversations_repo.save_answer(Answer(conversation.id, f"g/q{i}", political=text))


def _hits(services: Samspel, query: str) -> list[str]:
    return [h["snippet"] for h in services.search_repo.search(query)]


def test_swedish_letters_are_letters_of_their_own(services: Samspel) -> None:
    _with_texts(services, "Vi far till mötet", "Vi får återkomma")
    assert _hits(services, "får") == ["Vi [får] återkomma"]
    assert _hits(services, "far") == ["Vi [far] till mötet"]


def test_case_insensitive_including_aao(services: Samspel) -> None:
    _with_texts(services, "ÖVERENSKOMMELSEN gäller")
    assert len(_hits(services, "överenskommelsen")) == 1
    assert len(_hits(services, "Överens")) == 1


def test_prefix_matching(services: Samspel) -> None:
    _with_texts(services, "God samverkan kräver tid")
    assert _hits(services, "samverk") == ["God [samverkan] kräver tid"]


def test_index_follows_edits(services: Samspel) -> None:
    _with_texts(services, "gammal text")
    conversation_id = services.conversations()[0].id
    services.conversations_repo.save_answer(Answer(conversation_id, "g/q0", political="ny text"))
    assert _hits(services, "gammal") == []
    assert len(_hits(services, "ny")) == 1


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200)
@given(st.text(max_size=40))
def test_user_queries_never_error(services: Samspel, query: str) -> None:
    services.search_repo.search(query)


def test_operators_and_quotes_are_plain_words(services: Samspel) -> None:
    _with_texts(services, "delegationsordningen och NOT mer")
    for query in ['"', "NOT", "AND OR", "a*b", "(delegation", "col:umn", "^start", "-x"]:
        services.search_repo.search(query)
    assert len(_hits(services, '"delegation')) == 1
