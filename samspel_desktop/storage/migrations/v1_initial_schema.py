"""Schema version 1: the pairs, their conversations and commitments, the first agreement
tables and the full-text index over their texts."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.migrations.base import (
    MIGRATIONS,
    SEARCH_KINDS,
    execute_script,
    index_triggers,
)

_INITIAL_SCHEMA = """
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('kommun', 'region')),
    is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    name TEXT NOT NULL CHECK (length(name) > 0),
    title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX persons_organisation ON persons(organisation_id);

CREATE TABLE pairs (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id),
    kind TEXT NOT NULL,
    political_person_id INTEGER NOT NULL REFERENCES persons(id),
    executive_person_id INTEGER NOT NULL REFERENCES persons(id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    phase TEXT NOT NULL CHECK (phase IN ('uppbyggande', 'stabil', 'rutin')),
    predecessor_id INTEGER REFERENCES pairs(id),
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX pairs_organisation ON pairs(organisation_id);

CREATE TABLE guides (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    purpose TEXT NOT NULL,
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    content TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs(id),
    date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planerat', 'pagar', 'avslutat')),
    present TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    next_meeting TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX conversations_pair_date ON conversations(pair_id, date);

-- The guides a conversation used, frozen when it started: editing a guide later never
-- changes an old conversation. No foreign key to guides on purpose.
CREATE TABLE conversation_guides (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    position INTEGER NOT NULL,
    guide_id TEXT NOT NULL,
    guide_version INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (conversation_id, position)
);

CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    question_key TEXT NOT NULL,
    political TEXT NOT NULL DEFAULT '',
    executive TEXT NOT NULL DEFAULT '',
    conclusion TEXT NOT NULL DEFAULT '',
    to_agreement INTEGER NOT NULL DEFAULT 0 CHECK (to_agreement IN (0, 1)),
    agreement_section_key TEXT NOT NULL DEFAULT '',
    ratings_revealed INTEGER NOT NULL DEFAULT 0 CHECK (ratings_revealed IN (0, 1)),
    updated_at TEXT NOT NULL,
    UNIQUE (conversation_id, question_key)
);

CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    question_key TEXT NOT NULL,
    side TEXT NOT NULL CHECK (side IN ('political', 'executive')),
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
    updated_at TEXT NOT NULL,
    UNIQUE (conversation_id, question_key, side)
);

CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs(id),
    what TEXT NOT NULL CHECK (length(what) > 0),
    owner_side TEXT NOT NULL CHECK (owner_side IN ('political', 'executive', 'both')),
    owner_name TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    status_note TEXT NOT NULL DEFAULT '',
    created_in INTEGER REFERENCES conversations(id),
    closed_in INTEGER REFERENCES conversations(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX commitments_pair ON commitments(pair_id, status);

CREATE TABLE agreement_versions (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'remiss', 'adopted')),
    metadata TEXT NOT NULL DEFAULT '{}',
    based_on_id INTEGER REFERENCES agreement_versions(id),
    adopted_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    UNIQUE (pair_id, number)
);

CREATE TABLE agreement_sections (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES agreement_versions(id),
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    guidance TEXT NOT NULL DEFAULT '',
    blocks TEXT NOT NULL DEFAULT '[]',
    UNIQUE (version_id, key)
);

-- While a row exists here (only inside an archive import's transaction) the immutability
-- triggers stand aside so a whole database can be replaced at once.
CREATE TABLE maintenance_mode (active INTEGER PRIMARY KEY CHECK (active = 1));

CREATE TRIGGER adopted_version_is_immutable
BEFORE UPDATE ON agreement_versions
WHEN OLD.status = 'adopted' AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;

CREATE TRIGGER adopted_version_is_not_deleted
BEFORE DELETE ON agreement_versions
WHEN OLD.status = 'adopted' AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;

CREATE TRIGGER adopted_sections_no_insert
BEFORE INSERT ON agreement_sections
WHEN (SELECT status FROM agreement_versions WHERE id = NEW.version_id) = 'adopted'
     AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;

CREATE TRIGGER adopted_sections_no_update
BEFORE UPDATE ON agreement_sections
WHEN (SELECT status FROM agreement_versions WHERE id = OLD.version_id) = 'adopted'
     AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;

CREATE TRIGGER adopted_sections_no_delete
BEFORE DELETE ON agreement_sections
WHEN (SELECT status FROM agreement_versions WHERE id = OLD.version_id) = 'adopted'
     AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;

-- Å, Ä and Ö are letters of their own (remove_diacritics 0); unicode61 folds case for them too.
CREATE VIRTUAL TABLE search_index USING fts5(
    body, kind UNINDEXED, source_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0'
);
"""


_SECTION_TEXT = (
    "NEW.title || ' ' || coalesce((SELECT group_concat(value, ' ') "
    "FROM json_tree(NEW.blocks) WHERE type = 'text'), '')"
)

_SEARCH_TRIGGERS = "".join(
    [
        index_triggers(
            "answers",
            {
                "answer.political": (SEARCH_KINDS["answer.political"], "NEW.political"),
                "answer.executive": (SEARCH_KINDS["answer.executive"], "NEW.executive"),
                "answer.conclusion": (SEARCH_KINDS["answer.conclusion"], "NEW.conclusion"),
            },
        ),
        index_triggers(
            "conversations",
            {"conversation.notes": (SEARCH_KINDS["conversation.notes"], "NEW.notes")},
        ),
        index_triggers(
            "commitments",
            {
                "commitment.what": (SEARCH_KINDS["commitment.what"], "NEW.what"),
                "commitment.note": (SEARCH_KINDS["commitment.note"], "NEW.status_note"),
            },
        ),
        index_triggers(
            "agreement_sections",
            {"agreement.section": (SEARCH_KINDS["agreement.section"], _SECTION_TEXT)},
        ),
    ]
)


@MIGRATIONS(name="0001_initial_schema")
def m0001_initial_schema(db: Database) -> None:
    execute_script(db, _INITIAL_SCHEMA + _SEARCH_TRIGGERS)
