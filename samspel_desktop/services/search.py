"""One search over all free text: notes, perspectives, conclusions, commitments, agreements and
the grey-zone log, with highlighted snippets and the place to open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samspel_desktop.storage.pairs import PairRepository
from samspel_desktop.storage.search import SearchRepository

KIND_LABELS = {
    "answer.political": "Politikens perspektiv",
    "answer.executive": "Förvaltningens perspektiv",
    "answer.conclusion": "Gemensam slutsats",
    "conversation.notes": "Anteckningar",
    "commitment.what": "Åtagande",
    "commitment.note": "Kommentar till åtagande",
    "agreement.section": "Överenskommelse",
    "remiss.answer": "Remissvar",
    "greyzone.question": "Gråzonen",
    "greyzone.learned": "Gråzonen, lärdom",
    "seminar_answer.text": "Seminarium, gruppens svar",
    "seminar_synthesis.text": "Seminarium, syntes",
}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    source_id: int
    snippet: str  # matches marked with [ and ]
    pair_id: int | None
    pair_name: str
    day: dt.date | None
    conversation_id: int | None
    question_key: str
    target_id: int | None

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def open_id(self) -> str:
        """What ``samspel open`` / the GUI opens: ``conversation:ID[:question]`` etc."""
        family = self.kind.split(".", 1)[0]
        if self.conversation_id is not None and family in ("answer", "conversation", "commitment"):
            suffix = f":{self.question_key}" if self.question_key else ""
            return f"conversation:{self.conversation_id}{suffix}"
        return f"{family}:{self.target_id}"


class SearchService:
    def __init__(self, search: SearchRepository, pairs: PairRepository) -> None:
        self._search = search
        self._pairs = pairs

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        raw = self._search.search(query, limit=limit * 2)
        contexts = self._search.contexts([(r["kind"], r["source_id"]) for r in raw])
        names = {p.id: f"{p.display_name} ({p.organisation.name})" for p in self._pairs.all()}
        hits = []
        for r in raw:
            context = contexts.get((r["kind"], r["source_id"]))
            if context is None:
                continue  # in the trash
            day = context["day"]
            hits.append(
                SearchHit(
                    kind=r["kind"],
                    source_id=r["source_id"],
                    snippet=r["snippet"],
                    pair_id=context["pair_id"],
                    pair_name=names.get(context["pair_id"], ""),
                    day=dt.date.fromisoformat(day) if day else None,
                    conversation_id=context["conversation_id"],
                    question_key=context["question_key"] or "",
                    target_id=context["target_id"],
                )
            )
            if len(hits) == limit:
                break
        return hits
