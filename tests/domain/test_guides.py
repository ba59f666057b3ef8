import copy
from typing import Any

import pytest

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import guide_from_dict, guide_to_dict
from samspel_desktop.domain.model import AnswerType

MINIMAL: dict[str, Any] = {
    "format": "samspel-guide",
    "format_version": 1,
    "id": "min-guide",
    "version": 2,
    "title": "Minsta guiden",
    "summary": "",
    "purpose": "general",
    "sections": [
        {
            "id": "s1",
            "title": "Avsnitt",
            "questions": [
                {
                    "id": "q1",
                    "text": "Vad är svårt?",
                    "answer": {"type": "perspectives"},
                    "source": {"text": "SKR"},
                },
                {
                    "id": "q2",
                    "text": "Lyssnande",
                    "guidance": "Skatta var för sig.",
                    "answer": {"type": "rating", "scale": ["1", "2", "3", "4", "5"]},
                },
            ],
        }
    ],
}


def test_round_trip() -> None:
    guide = guide_from_dict(MINIMAL)
    assert guide.questions()[1][1].answer.type is AnswerType.RATING
    assert guide.question_key(guide.questions()[0][1]) == "min-guide/q1"
    assert guide_to_dict(guide) == MINIMAL


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="annat"), "inte en Samspel-guide"),
        (lambda d: d.update(format_version=9), "formatversion"),
        (lambda d: d.update(id="Stora Bokstäver"), "id"),
        (lambda d: d.update(sections=[]), "mellan 1 och 100"),
        (lambda d: d["sections"][0]["questions"][1].update(id="q1"), "två gånger"),
        (lambda d: d["sections"][0]["questions"][1]["answer"].update(scale=["1"]), "fem steg"),
        (lambda d: d["sections"][0]["questions"][0].update(extra=1), "okända fält"),
        (lambda d: d["sections"][0]["questions"][0].update(text=""), "tom"),
        (lambda d: d.pop("title"), "saknar title"),
    ],
)
def test_invalid_guides_get_swedish_messages(mutate: Any, message: str) -> None:
    data = copy.deepcopy(MINIMAL)
    mutate(data)
    with pytest.raises(ValidationError, match=message):
        guide_from_dict(data)
