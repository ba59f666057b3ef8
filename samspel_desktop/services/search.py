"""One search over all free text: notes, perspectives, conclusions, commitments, agreements and
the grey-zone log, with highlighted snippets and the place to open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from samspel_desktop.domain.labels import SEARCH_KINDS, lookup
from samspel_desktop.domain.markup import markup_text
from samspel_desktop.domain.model import Pair
from samspel_desktop.domain.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MAX_QUERY_TOKENS,
    SearchQuery,
    find_phrases,
    mark_spans,
    parse_query,
    plain_snippet,
    snippet_parts,
)
from samspel_desktop.storage.pairs import PairRepository
from samspel_desktop.storage.search import SearchRepository


@dataclass(frozen=True)
class SearchHit:
    kind: str
    source_id: int
    snippet: str  # matches marked with domain.search.HIGHLIGHT_START/END
    pair_id: int | None
    pair_name: str
    day: dt.date | None
    conversation_id: int | None
    question_key: str
    target_id: int | None

    @property
    def kind_label(self) -> str:
        """Where the text was written, in Swedish (:data:`labels.SEARCH_KINDS`)."""
        return lookup(SEARCH_KINDS, self.kind)

    @property
    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as ``(text, is_match)`` runs."""
        return snippet_parts(self.snippet)

    def plain_snippet(self, mark: tuple[str, str] = ("", "")) -> str:
        """The snippet on one line, matches wrapped in ``mark``."""
        return plain_snippet(self.snippet, mark=mark)

    @property
    def open_id(self) -> str:
        """What ``samspel open`` / the GUI opens: ``conversation:ID[:question]`` etc."""
        family = self.kind.split(".", 1)[0]
        if self.conversation_id is not None and family in ("answer", "conversation", "commitment"):
            suffix = f":{self.question_key}" if self.question_key else ""
            return f"conversation:{self.conversation_id}{suffix}"
        return f"{family}:{self.target_id}"


@dataclass(frozen=True)
class SearchResult:
    """The hits of one search and how much of the query was used."""

    hits: list[SearchHit]
    #: True when words at the end of the query were not searched (MAX_QUERY_TOKENS).
    shortened: bool = False

    @property
    def note(self) -> str:
        """A Swedish sentence for a shortened query, else ``""``."""
        if not self.shortened:
            return ""
        return f"Sökningen använde de {MAX_QUERY_TOKENS} första orden; resten togs inte med."


class SearchService:
    def __init__(self, search: SearchRepository, pairs: PairRepository) -> None:
        self._search = search
        self._pairs = pairs

    def search(
        self,
        query: str,
        limit: int = 50,
        *,
        should_stop: Callable[[], bool] | None = None,
        newest_first: bool = False,
    ) -> SearchResult:
        """Search all free text for ``query`` (any text), best hits first.

        The work is bounded whatever the query's length (:mod:`samspel_desktop.domain.search`).
        ``should_stop`` lets a caller end a running search (:class:`CancelledError`).
        ``newest_first`` gives, in a few milliseconds, the hits written last instead of the
        best ones (a first page while the user types; ``SearchRepository.search``).
        """
        parsed = parse_query(query)
        raw = self._search.search(
            parsed, limit=limit * 2, should_stop=should_stop, newest_first=newest_first
        )
        contexts = self._search.contexts([(r["kind"], r["source_id"]) for r in raw])
        pairs = self._pairs.all()
        names = {p.id: f"{p.display_name} ({p.organisation.name})" for p in pairs}
        # The pairs themselves first: a name or an organisation is what the user asked for.
        hits = self._pair_hits(parsed, pairs, names)[:limit]
        for r in raw:
            context = contexts.get((r["kind"], r["source_id"]))
            if context is None:
                continue  # in the trash
            day = context["day"]
            hits.append(
                SearchHit(
                    kind=r["kind"],
                    source_id=r["source_id"],
                    snippet=_shown_snippet(r["kind"], r["snippet"]),
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
        return SearchResult(hits, parsed.shortened)

    @staticmethod
    def _pair_hits(query: SearchQuery, pairs: list[Pair], names: dict[int, str]) -> list[SearchHit]:
        """Pairs whose people (names, titles) or organisation hold every word searched for."""
        hits = []
        for pair in pairs:
            text = " · ".join(
                part
                for part in (
                    f"{pair.political.name}, {pair.political.title}".strip(", "),
                    f"{pair.executive.name}, {pair.executive.title}".strip(", "),
                    pair.organisation.name,
                )
                if part
            )
            spans = find_phrases(query, text)
            if spans is None:
                continue
            hits.append(
                SearchHit(
                    kind="pair",
                    source_id=pair.id,
                    snippet=mark_spans(text, spans),
                    pair_id=pair.id,
                    pair_name=names[pair.id],
                    day=None,
                    conversation_id=None,
                    question_key="",
                    target_id=pair.id,
                )
            )
        return hits


#: Indexed texts stored as agreement markup (``**bold**``, ``\\*``): shown without it.
_MARKUP_KINDS = ("agreement.section",)


def _shown_snippet(kind: str, snippet: str) -> str:
    """The snippet as the user sees the text: an agreement's markup read, matches kept."""
    if kind not in _MARKUP_KINDS:
        return snippet
    return "".join(
        f"{HIGHLIGHT_START}{markup_text(text)}{HIGHLIGHT_END}" if hit else markup_text(text)
        for text, hit in snippet_parts(snippet)
    )
