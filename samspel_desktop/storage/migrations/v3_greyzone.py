"""Schema version 3: the grey-zone log, and agreement sections indexed by their texts only."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.migrations.base import (
    MIGRATIONS,
    SEARCH_KINDS,
    SECTION_TEXT_ONLY,
    execute_script,
    index_triggers,
)

_GREYZONE_SCHEMA = """
-- The pair's casebook of questions where ownership was unclear (den gyllene zonen).
CREATE TABLE greyzone_entries (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs(id),
    conversation_id INTEGER REFERENCES conversations(id),
    raised_on TEXT NOT NULL,
    question TEXT NOT NULL CHECK (length(question) > 0),
    classification TEXT NOT NULL DEFAULT 'oklart'
        CHECK (classification IN ('oklart', 'vad', 'hur', 'gemensam')),
    decided_by TEXT NOT NULL DEFAULT '',
    learned TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX greyzone_pair ON greyzone_entries(pair_id, raised_on);
CREATE INDEX ratings_question ON ratings(question_key);
"""


@MIGRATIONS(name="0003_greyzone")
def m0003_greyzone(db: Database) -> None:
    execute_script(
        db,
        "DROP TRIGGER agreement_sections_search_insert;\n"
        "DROP TRIGGER agreement_sections_search_update;\n"
        "DROP TRIGGER agreement_sections_search_delete;\n"
        + index_triggers(
            "agreement_sections",
            {"agreement.section": (SEARCH_KINDS["agreement.section"], SECTION_TEXT_ONLY)},
        )
        # Reindex existing sections; adopted ones may be touched only in maintenance mode.
        + "INSERT INTO maintenance_mode (active) VALUES (1);\n"
        + "UPDATE agreement_sections SET blocks = blocks;\n"
        + "DELETE FROM maintenance_mode;\n"
        + _GREYZONE_SCHEMA
        + index_triggers(
            "greyzone_entries",
            {
                "greyzone.question": (SEARCH_KINDS["greyzone.question"], "NEW.question"),
                "greyzone.learned": (SEARCH_KINDS["greyzone.learned"], "NEW.learned"),
            },
        ),
    )
