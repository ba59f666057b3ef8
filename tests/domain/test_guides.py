import copy
from typing import Any

import pytest

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import (
    attribution_text,
    guide_from_dict,
    guide_to_dict,
    question_attribution,
    quote_text,
)
from samspel_desktop.domain.model import AnswerType, QuestionOrigin

MINIMAL: dict[str, Any] = {
    "format": "samspel-guide",
    "format_version": 2,
    "id": "min-guide",
    "version": 2,
    "title": "Minsta guiden",
    "summary": "",
    "purpose": "general",
    "author": "Samspel",
    "sections": [
        {
            "id": "s1",
            "title": "Avsnitt",
            "quotes": [
                {"text": "Ordförande har dock alltid sista ordet.", "source": {"text": "SKR"}}
            ],
            "questions": [
                {
                    "id": "q1",
                    "text": "Vad är svårt?",
                    "origin": "quoted",
                    "source": {"text": "SKR"},
                    "answer": {"type": "perspectives"},
                },
                {
                    "id": "q2",
                    "text": "Lyssnande – hur väl fungerar det mellan oss?",
                    "origin": "own",
                    "source": {"text": "SKR"},
                    "quotes": [
                        {
                            "text": "Lyssnande – att anstränga sig för att förstå hur den "
                            "andre ser på viktiga frågor.",
                            "source": {"text": "SKR"},
                        }
                    ],
                    "guidance": "Skatta var för sig.",
                    "answer": {"type": "rating", "scale": ["1", "2", "3", "4", "5"]},
                },
            ],
        }
    ],
}

#: A shared guide file from before attribution (format version 1).
VERSION_1: dict[str, Any] = {
    "format": "samspel-guide",
    "format_version": 1,
    "id": "gammal-guide",
    "version": 3,
    "title": "En delad guide",
    "summary": "",
    "purpose": "general",
    "sections": [
        {
            "id": "s1",
            "title": "Avsnitt",
            "intro": "Inledning",
            "questions": [
                {
                    "id": "q1",
                    "text": "Transparens – hur väl fungerar det mellan oss?",
                    "answer": {"type": "perspectives"},
                    "source": {"text": "SKR"},
                },
                {"id": "q2", "text": "Egen fråga", "answer": {"type": "perspectives"}},
            ],
        }
    ],
}


def test_round_trip() -> None:
    guide = guide_from_dict(MINIMAL)
    assert guide.questions()[1][1].answer.type is AnswerType.RATING
    assert guide.question_key(guide.questions()[0][1]) == "min-guide/q1"
    assert guide_to_dict(guide) == MINIMAL


def test_quoted_and_own_questions_are_attributed_apart() -> None:
    guide = guide_from_dict(MINIMAL)
    quoted, own = (q for _, q in guide.questions())
    assert attribution_text(question_attribution(guide, quoted)) == "Källa: SKR"
    assert attribution_text(question_attribution(guide, own)) == "Samspel, utifrån SKR"
    assert quote_text(own.quotes[0]).startswith("”Lyssnande – att anstränga sig")
    assert quote_text(own.quotes[0]).endswith("” (SKR)")
    assert guide.sections[0].quotes[0].text == "Ordförande har dock alltid sista ordet."


def test_version_1_files_still_import_and_never_become_quotations() -> None:
    guide = guide_from_dict(VERSION_1)
    first, second = (q for _, q in guide.questions())
    assert first.origin is QuestionOrigin.OWN and first.source == "SKR"
    assert attribution_text(question_attribution(guide, first)) == "Utifrån SKR"
    assert attribution_text(question_attribution(guide, second)) == ""
    written = guide_to_dict(guide)
    assert written["format_version"] == 2
    assert guide_from_dict(written) == guide


def test_version_1_files_cannot_use_version_2_fields() -> None:
    data = copy.deepcopy(VERSION_1)
    data["sections"][0]["questions"][0]["origin"] = "quoted"
    with pytest.raises(ValidationError, match="okända fält ”origin”"):
        guide_from_dict(data)


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
        (lambda d: d.update(format_version=True), "formatversion"),
        (lambda d: d["sections"][0]["questions"][0].update(origin="citat"), "ursprunget"),
        (lambda d: d["sections"][0]["questions"][0].pop("source"), "citerad fråga"),
        (lambda d: d["sections"][0].update(quotes=[{"text": "x"}]), "saknar source"),
        (lambda d: d["sections"][0].update(quotes="x"), "citaten"),
        (lambda d: d.update(author=7), "författare ska vara text"),
    ],
)
def test_invalid_guides_get_swedish_messages(mutate: Any, message: str) -> None:
    data = copy.deepcopy(MINIMAL)
    mutate(data)
    with pytest.raises(ValidationError, match=message):
        guide_from_dict(data)
