"""Schema version 6: the body a pair leads, and the phase "pressad"."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.migrations.base import (
    MIGRATIONS,
    execute_script,
)

_PAIR_BODY_SCHEMA = """
-- The body the pair leads: a nämnd ("Socialnämnden"); empty = the organisation's styrelse.
ALTER TABLE pairs ADD COLUMN body TEXT NOT NULL DEFAULT '';
-- Whose term the pair works to: the board's (1 January after the election) or the council's
-- (15 October of the election year); fullmäktige sets a nämnd's term (KL 6 kap. 18 §).
ALTER TABLE pairs ADD COLUMN term TEXT NOT NULL DEFAULT 'styrelsen'
    CHECK (term IN ('styrelsen', 'fullmaktige'));
"""

_OLD_PHASES = "CHECK (phase IN ('uppbyggande', 'stabil', 'rutin'))"
_NEW_PHASES = "CHECK (phase IN ('uppbyggande', 'stabil', 'rutin', 'pressad'))"


def _widen_phase_check(db: Database) -> None:
    """Let ``pairs.phase`` also hold 'pressad' (a relationship under pressure).

    SQLite cannot alter a CHECK constraint, and rebuilding ``pairs`` would need foreign keys off,
    which cannot change inside this step's transaction. A wider CHECK changes nothing stored, so
    this uses SQLite's documented procedure for such changes ("Making Other Kinds Of Table Schema
    Changes" in the ALTER TABLE documentation): rewrite the table's SQL in ``sqlite_schema``,
    raise ``schema_version``, and check the database before the step commits.
    """
    conn = db.conn
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'pairs'")
    (table_sql,) = sql.fetchone()
    if _OLD_PHASES not in table_sql:
        raise ValueError("pairs.phase has an unexpected CHECK constraint; not widened")
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'pairs'",
            [table_sql.replace(_OLD_PHASES, _NEW_PHASES)],
        )
        conn.execute(f"PRAGMA schema_version = {int(version) + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    if problems != ["ok"]:
        raise ValueError(f"integrity check after widening pairs.phase: {problems[:3]}")


@MIGRATIONS(name="0006_pair_body")
def m0006_pair_body(db: Database) -> None:
    _widen_phase_check(db)
    execute_script(db, _PAIR_BODY_SCHEMA)


# --- 0007: two laptops, one history (docs/exchange.md) ------------------------------------
