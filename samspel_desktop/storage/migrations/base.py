"""What the schema steps share: the registry they join, the full-text index's triggers and
running a script inside the step's transaction."""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("samspel")

# Free texts are indexed in one FTS5 table. Its rowid is ``source_id * 16 + kind code`` so a
# trigger can replace one entry by rowid instead of scanning the index.
SEARCH_KINDS: dict[str, int] = {
    "answer.political": 1,
    "answer.executive": 2,
    "answer.conclusion": 3,
    "conversation.notes": 4,
    "commitment.what": 5,
    "commitment.note": 6,
    "agreement.section": 7,
    "remiss.answer": 8,
    "greyzone.question": 12,
    "greyzone.learned": 13,
    "seminar_answer.text": 14,
    "seminar_synthesis.text": 15,
}


def index_insert(kind: str, code: int, expr: str) -> str:
    """One trigger statement adding a row's text (``expr`` over ``NEW.``) to the index."""
    return (
        f"    INSERT INTO search_index(rowid, body, kind, source_id) "
        f"SELECT NEW.id * 16 + {code}, b, '{kind}', NEW.id FROM (SELECT {expr} AS b) "
        f"WHERE b IS NOT NULL AND b <> '';"
    )


def index_delete(code: int) -> str:
    """One trigger statement removing a row's text from the index (by rowid, no scan)."""
    return f"    DELETE FROM search_index WHERE rowid = OLD.id * 16 + {code};"


def index_triggers(table: str, fields: dict[str, tuple[int, str]]) -> str:
    """Triggers keeping ``search_index`` current for ``fields`` (kind name → code, expression).

    Expressions use ``NEW.`` columns; for delete the rowids alone are enough.
    """
    inserts = "\n".join(index_insert(kind, code, expr) for kind, (code, expr) in fields.items())
    deletes = "\n".join(index_delete(code) for code, _ in fields.values())
    return f"""
CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN
{inserts}
END;
CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN
{deletes}
{inserts}
END;
CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN
{deletes}
END;
"""


def execute_script(db: Database, script: str) -> None:
    """Run ``script`` statement by statement inside the migration's transaction.

    ``sqlite3.Connection.executescript`` would COMMIT first and break the one-transaction
    guarantee, so statements are cut with ``sqlite3.complete_statement`` (trigger bodies
    contain semicolons).
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            if statement.strip().strip(";").strip():
                db.conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:80]!r}")


# Agreement sections are indexed by title and the *texts* of their blocks only (the first
# version also indexed block type names such as "bullets").
SECTION_TEXT_ONLY = (
    "NEW.title || ' ' || coalesce((SELECT group_concat(value, ' ') "
    "FROM json_tree(NEW.blocks) WHERE type = 'text' "
    "AND (key = 'text' OR path LIKE '%.items')), '')"
)
