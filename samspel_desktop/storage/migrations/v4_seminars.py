"""Schema version 4: seminars, their groups, answers and syntheses."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.migrations.base import (
    MIGRATIONS,
    SEARCH_KINDS,
    execute_script,
    index_triggers,
)

_SEMINARS_SCHEMA = """
-- A seminar led by a facilitator (processledare): many groups, one guide. ``uuid`` is the
-- seminar's identity on every laptop (group answers come back in files, docs/seminars.md).
-- The guide is a snapshot, as for conversations: editing the guide never changes a seminar.
CREATE TABLE seminars (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    guide_id TEXT NOT NULL,
    guide_version INTEGER NOT NULL,
    guide_snapshot TEXT NOT NULL,
    current_question TEXT NOT NULL DEFAULT '',
    minutes INTEGER NOT NULL DEFAULT 10 CHECK (minutes BETWEEN 1 AND 180),
    -- JSON object: question key -> countdown minutes, where the facilitator chose a length.
    timings TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

-- A pair, or a table of several people; members is a JSON list of {name, role}.
CREATE TABLE seminar_groups (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminars(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_key TEXT NOT NULL,
    members TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    UNIQUE (seminar_id, name_key)
);
CREATE INDEX seminar_groups_seminar ON seminar_groups(seminar_id, position);

-- What a group said about a question. conflict_text: a different text imported from a file
-- while text already had one; both are kept until the facilitator chooses.
CREATE TABLE seminar_answers (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES seminar_groups(id),
    question_key TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    conflict_text TEXT NOT NULL DEFAULT '',
    conflict_source TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (group_id, question_key)
);

-- The facilitator's synthesis of all groups for one question.
CREATE TABLE seminar_syntheses (
    id INTEGER PRIMARY KEY,
    seminar_id INTEGER NOT NULL REFERENCES seminars(id),
    question_key TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (seminar_id, question_key)
);
"""


@MIGRATIONS(name="0004_seminars")
def m0004_seminars(db: Database) -> None:
    execute_script(
        db,
        _SEMINARS_SCHEMA
        + index_triggers(
            "seminar_answers",
            {
                "seminar_answer.text": (
                    SEARCH_KINDS["seminar_answer.text"],
                    "trim(NEW.text || char(10) || NEW.conflict_text)",
                )
            },
        )
        + index_triggers(
            "seminar_syntheses",
            {"seminar_synthesis.text": (SEARCH_KINDS["seminar_synthesis.text"], "NEW.text")},
        ),
    )
