"""The full-text index: prefix search and where each hit lives."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from samspel_desktop.domain.errors import CancelledError, StorageError
from samspel_desktop.domain.search import HIGHLIGHT_END, HIGHLIGHT_START, SearchQuery
from samspel_desktop.storage.database import Store
from samspel_desktop.storage.rows import Repository


class SearchRepository(Repository):
    # Where each kind of indexed text lives: (SQL giving pair_id, day, conversation_id,
    # question_key, target_id for the given source ids).
    _CONTEXT_SQL: ClassVar[dict[str, str]] = {
        "answer": "SELECT a.id AS source_id, c.pair_id, c.date AS day, c.id AS conversation_id,"
        " a.question_key, c.id AS target_id FROM answers a JOIN conversations c"
        " ON c.id = a.conversation_id WHERE c.deleted_at IS NULL AND a.id IN ({ids})",
        "conversation": "SELECT c.id AS source_id, c.pair_id, c.date AS day,"
        " c.id AS conversation_id, '' AS question_key, c.id AS target_id FROM conversations c"
        " WHERE c.deleted_at IS NULL AND c.id IN ({ids})",
        "commitment": "SELECT cm.id AS source_id, cm.pair_id,"
        " coalesce(c.date, substr(cm.created_at, 1, 10)) AS day, cm.created_in AS"
        " conversation_id, '' AS question_key, cm.id AS target_id FROM commitments cm"
        " LEFT JOIN conversations c ON c.id = cm.created_in"
        " WHERE cm.deleted_at IS NULL AND cm.id IN ({ids})",
        "agreement": "SELECT s.id AS source_id, v.pair_id,"
        " coalesce(v.adopted_on, substr(v.updated_at, 1, 10)) AS day, NULL AS conversation_id,"
        " s.key AS question_key, v.id AS target_id FROM agreement_sections s"
        " JOIN agreement_versions v ON v.id = s.version_id"
        " WHERE v.deleted_at IS NULL AND s.id IN ({ids})",
        "remiss": "SELECT a.id AS source_id, v.pair_id,"
        " coalesce(a.answered_on, r.sent_on) AS day, NULL AS conversation_id,"
        " a.recipient AS question_key, v.id AS target_id FROM agreement_remiss_answers a"
        " JOIN agreement_remisses r ON r.id = a.remiss_id"
        " JOIN agreement_versions v ON v.id = r.version_id"
        " WHERE v.deleted_at IS NULL AND a.id IN ({ids})",
        "greyzone": "SELECT g.id AS source_id, g.pair_id, g.raised_on AS day,"
        " g.conversation_id, '' AS question_key, g.id AS target_id FROM greyzone_entries g"
        " WHERE g.deleted_at IS NULL AND g.id IN ({ids})",
        "seminar_answer": "SELECT a.id AS source_id, NULL AS pair_id, s.date AS day,"
        " NULL AS conversation_id, a.question_key, s.id AS target_id FROM seminar_answers a"
        " JOIN seminar_groups g ON g.id = a.group_id JOIN seminars s ON s.id = g.seminar_id"
        " WHERE s.deleted_at IS NULL AND a.id IN ({ids})",
        "seminar_synthesis": "SELECT y.id AS source_id, NULL AS pair_id, s.date AS day,"
        " NULL AS conversation_id, y.question_key, s.id AS target_id FROM seminar_syntheses y"
        " JOIN seminars s ON s.id = y.seminar_id WHERE s.deleted_at IS NULL AND y.id IN ({ids})",
    }

    def contexts(self, hits: list[tuple[str, int]]) -> dict[tuple[str, int], dict[str, Any]]:
        """Pair, date and place to open for each ``(kind, source_id)``; trashed ones omitted."""
        wanted: dict[str, set[int]] = {}
        for kind, source_id in hits:
            wanted.setdefault(kind.split(".", 1)[0], set()).add(source_id)
        out: dict[tuple[str, int], dict[str, Any]] = {}
        for family, ids in wanted.items():
            sql = self._CONTEXT_SQL.get(family)
            if sql is None:
                continue
            for row in self._store.rows(sql.format(ids=",".join("?" * len(ids))), sorted(ids)):
                out[(family, row["source_id"])] = row
        return {
            (kind, source_id): out[(kind.split(".", 1)[0], source_id)]
            for kind, source_id in hits
            if (kind.split(".", 1)[0], source_id) in out
        }

    def search(
        self,
        query: SearchQuery,
        limit: int = 50,
        *,
        should_stop: Callable[[], bool] | None = None,
        newest_first: bool = False,
    ) -> list[dict[str, Any]]:
        """The best ``limit`` rows for ``query``, with marked snippets (kind, source_id, snippet).

        With ``ORDER BY rank LIMIT`` FTS5 sorts inside the index and makes snippets for the
        returned rows alone; ranking costs about a microsecond per matching row, which a broad
        query on twenty years has tens of thousands of. ``newest_first`` takes the rows with
        the highest rowids instead (the texts written last of each kind): FTS5 walks its lists
        backwards and stops after ``limit``, in a few milliseconds for any query. The window
        shows that page while the user types, then the ranked one. ``should_stop`` is asked
        every few thousand SQLite steps; when it answers true the search ends with
        :class:`CancelledError`.
        """
        if query.empty:
            return []
        self._store.catch_up()  # the texts of the latest saves first (storage/derived.py)
        order = "rowid DESC" if newest_first else "rank"
        with self._store.lock, _stoppable(self._store, should_stop):
            return self._store.rows(
                "SELECT kind, source_id, snippet(search_index, 0, ?, ?, '…', 12) AS snippet "
                f"FROM search_index WHERE search_index MATCH ? ORDER BY {order} LIMIT ?",
                [HIGHLIGHT_START, HIGHLIGHT_END, query.fts5_match(), limit],
            )


@contextlib.contextmanager
def _stoppable(store: Store, should_stop: Callable[[], bool] | None) -> Iterator[None]:
    """Let ``should_stop`` interrupt the statements run inside (SQLite's progress handler)."""
    if should_stop is None:
        yield
        return
    store.conn.set_progress_handler(lambda: 1 if should_stop() else 0, 2_000)
    try:
        yield
    except (sqlite3.Error, StorageError) as error:
        if should_stop():
            raise CancelledError("Sökningen avbröts.", detail=str(error)) from error
        raise
    finally:
        store.conn.set_progress_handler(None, 0)
