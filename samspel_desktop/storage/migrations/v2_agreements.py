"""Schema version 2: agreement versions signed and adopted, remiss answers."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.migrations.base import (
    MIGRATIONS,
    SEARCH_KINDS,
    execute_script,
    index_triggers,
)

_AGREEMENTS_SCHEMA = """
-- Who signed an adopted version (JSON list of {side, name, title}) and where.
ALTER TABLE agreement_versions ADD COLUMN signatories TEXT NOT NULL DEFAULT '[]';
ALTER TABLE agreement_versions ADD COLUMN adopted_place TEXT NOT NULL DEFAULT '';

-- A version sent out on remiss (consultation); at most one remiss per version.
CREATE TABLE agreement_remisses (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL UNIQUE REFERENCES agreement_versions(id),
    sent_on TEXT NOT NULL,
    deadline TEXT,
    reference TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- One row per recipient (nämnd, partigrupp, styrelse); the answer is filled in when it comes.
-- Late answers are still recorded after adoption: they describe the version, not change it.
CREATE TABLE agreement_remiss_answers (
    id INTEGER PRIMARY KEY,
    remiss_id INTEGER NOT NULL REFERENCES agreement_remisses(id),
    ordinal INTEGER NOT NULL,
    recipient TEXT NOT NULL CHECK (length(recipient) > 0),
    stance TEXT NOT NULL DEFAULT 'pending'
        CHECK (stance IN ('pending', 'bakom', 'synpunkter', 'avstyrker')),
    text TEXT NOT NULL DEFAULT '',
    answered_on TEXT,
    updated_at TEXT NOT NULL,
    UNIQUE (remiss_id, recipient)
);
CREATE INDEX agreement_remiss_answers_remiss ON agreement_remiss_answers(remiss_id, ordinal);

-- Text taken into a version from a conclusion "till överenskommelsen": which conversation,
-- which question. Part of the version, so frozen with it once adopted.
CREATE TABLE agreement_provenance (
    id INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES agreement_versions(id),
    section_key TEXT NOT NULL,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    question_key TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (version_id, conversation_id, question_key)
);
CREATE INDEX agreement_provenance_conversation ON agreement_provenance(conversation_id);

CREATE TRIGGER adopted_provenance_no_insert
BEFORE INSERT ON agreement_provenance
WHEN (SELECT status FROM agreement_versions WHERE id = NEW.version_id) = 'adopted'
     AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;

CREATE TRIGGER adopted_provenance_no_change
BEFORE UPDATE ON agreement_provenance
WHEN (SELECT status FROM agreement_versions WHERE id = OLD.version_id) = 'adopted'
     AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;

CREATE TRIGGER adopted_provenance_no_delete
BEFORE DELETE ON agreement_provenance
WHEN (SELECT status FROM agreement_versions WHERE id = OLD.version_id) = 'adopted'
     AND NOT EXISTS (SELECT 1 FROM maintenance_mode)
BEGIN SELECT RAISE(ABORT, 'adopted agreement version is immutable'); END;
""" + index_triggers(
    "agreement_remiss_answers",
    {"remiss.answer": (SEARCH_KINDS["remiss.answer"], "NEW.text")},
)


@MIGRATIONS(name="0002_agreements")
def m0002_agreements(db: Database) -> None:
    execute_script(db, _AGREEMENTS_SCHEMA)
