"""Numbered schema steps, applied by ``sqlite_utils.Migrations``, each in one transaction.

Never edit a step that has shipped: add a new one, and add its name to ``steps.py``.
``tests/storage/test_migrations.py`` pins the newest step so a new step cannot be added without
its test. This module is imported only when a step is pending (see ``database.open_store``).
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database, Migrations

# Re-exported: the step names live in ``steps`` so opening a database needs no sqlite_utils.
from samspel_desktop.storage.steps import KNOWN_MIGRATIONS, SCHEMA_VERSION
from samspel_desktop.storage.sync_tables import SYNC_TABLES, SyncTable

__all__ = ["KNOWN_MIGRATIONS", "MIGRATIONS", "SCHEMA_VERSION", "SEARCH_KINDS"]

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


def _index_insert(kind: str, code: int, expr: str) -> str:
    """One trigger statement adding a row's text (``expr`` over ``NEW.``) to the index."""
    return (
        f"    INSERT INTO search_index(rowid, body, kind, source_id) "
        f"SELECT NEW.id * 16 + {code}, b, '{kind}', NEW.id FROM (SELECT {expr} AS b) "
        f"WHERE b IS NOT NULL AND b <> '';"
    )


def _index_delete(code: int) -> str:
    """One trigger statement removing a row's text from the index (by rowid, no scan)."""
    return f"    DELETE FROM search_index WHERE rowid = OLD.id * 16 + {code};"


def _index_triggers(table: str, fields: dict[str, tuple[int, str]]) -> str:
    """Triggers keeping ``search_index`` current for ``fields`` (kind name → code, expression).

    Expressions use ``NEW.`` columns; for delete the rowids alone are enough.
    """
    inserts = "\n".join(_index_insert(kind, code, expr) for kind, (code, expr) in fields.items())
    deletes = "\n".join(_index_delete(code) for code, _ in fields.values())
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


_SECTION_TEXT = (
    "NEW.title || ' ' || coalesce((SELECT group_concat(value, ' ') "
    "FROM json_tree(NEW.blocks) WHERE type = 'text'), '')"
)

_SEARCH_TRIGGERS = "".join(
    [
        _index_triggers(
            "answers",
            {
                "answer.political": (SEARCH_KINDS["answer.political"], "NEW.political"),
                "answer.executive": (SEARCH_KINDS["answer.executive"], "NEW.executive"),
                "answer.conclusion": (SEARCH_KINDS["answer.conclusion"], "NEW.conclusion"),
            },
        ),
        _index_triggers(
            "conversations",
            {"conversation.notes": (SEARCH_KINDS["conversation.notes"], "NEW.notes")},
        ),
        _index_triggers(
            "commitments",
            {
                "commitment.what": (SEARCH_KINDS["commitment.what"], "NEW.what"),
                "commitment.note": (SEARCH_KINDS["commitment.note"], "NEW.status_note"),
            },
        ),
        _index_triggers(
            "agreement_sections",
            {"agreement.section": (SEARCH_KINDS["agreement.section"], _SECTION_TEXT)},
        ),
    ]
)


def _execute_script(db: Database, script: str) -> None:
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


@MIGRATIONS(name="0001_initial_schema")
def m0001_initial_schema(db: Database) -> None:
    _execute_script(db, _INITIAL_SCHEMA + _SEARCH_TRIGGERS)


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
""" + _index_triggers(
    "agreement_remiss_answers",
    {"remiss.answer": (SEARCH_KINDS["remiss.answer"], "NEW.text")},
)


@MIGRATIONS(name="0002_agreements")
def m0002_agreements(db: Database) -> None:
    _execute_script(db, _AGREEMENTS_SCHEMA)


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


# Agreement sections are indexed by title and the *texts* of their blocks only (the first
# version also indexed block type names such as "bullets").
_SECTION_TEXT_ONLY = (
    "NEW.title || ' ' || coalesce((SELECT group_concat(value, ' ') "
    "FROM json_tree(NEW.blocks) WHERE type = 'text' "
    "AND (key = 'text' OR path LIKE '%.items')), '')"
)


@MIGRATIONS(name="0003_greyzone")
def m0003_greyzone(db: Database) -> None:
    _execute_script(
        db,
        "DROP TRIGGER agreement_sections_search_insert;\n"
        "DROP TRIGGER agreement_sections_search_update;\n"
        "DROP TRIGGER agreement_sections_search_delete;\n"
        + _index_triggers(
            "agreement_sections",
            {"agreement.section": (SEARCH_KINDS["agreement.section"], _SECTION_TEXT_ONLY)},
        )
        # Reindex existing sections; adopted ones may be touched only in maintenance mode.
        + "INSERT INTO maintenance_mode (active) VALUES (1);\n"
        + "UPDATE agreement_sections SET blocks = blocks;\n"
        + "DELETE FROM maintenance_mode;\n"
        + _GREYZONE_SCHEMA
        + _index_triggers(
            "greyzone_entries",
            {
                "greyzone.question": (SEARCH_KINDS["greyzone.question"], "NEW.question"),
                "greyzone.learned": (SEARCH_KINDS["greyzone.learned"], "NEW.learned"),
            },
        ),
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
    _execute_script(
        db,
        _SEMINARS_SCHEMA
        + _index_triggers(
            "seminar_answers",
            {
                "seminar_answer.text": (
                    SEARCH_KINDS["seminar_answer.text"],
                    "trim(NEW.text || char(10) || NEW.conflict_text)",
                )
            },
        )
        + _index_triggers(
            "seminar_syntheses",
            {"seminar_synthesis.text": (SEARCH_KINDS["seminar_synthesis.text"], "NEW.text")},
        ),
    )


def _per_field_update_triggers(
    table: str, fields: dict[str, tuple[int, str, tuple[str, ...]]]
) -> str:
    """Replace ``{table}_search_update`` by one trigger per indexed text.

    ``fields``: kind name → (code, expression, source columns). Each trigger fires only when
    its own columns changed, so an autosave of one perspective re-indexes that text alone
    instead of every text of the row (FTS5 re-tokenises what it deletes and inserts).
    """
    parts = [f"DROP TRIGGER {table}_search_update;"]
    for kind, (code, expr, columns) in fields.items():
        changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
        name = f"{table}_search_update_{kind.split('.', 1)[1]}"
        parts.append(
            f"CREATE TRIGGER {name} AFTER UPDATE OF {', '.join(columns)} ON {table}\n"
            f"WHEN {changed} BEGIN\n{_index_delete(code)}\n{_index_insert(kind, code, expr)}\n"
            "END;"
        )
    return "\n".join(parts) + "\n"


@MIGRATIONS(name="0005_index_changed_texts_only")
def m0005_index_changed_texts_only(db: Database) -> None:
    kinds = SEARCH_KINDS
    _execute_script(
        db,
        _per_field_update_triggers(
            "answers",
            {
                "answer.political": (kinds["answer.political"], "NEW.political", ("political",)),
                "answer.executive": (kinds["answer.executive"], "NEW.executive", ("executive",)),
                "answer.conclusion": (
                    kinds["answer.conclusion"],
                    "NEW.conclusion",
                    ("conclusion",),
                ),
            },
        )
        + _per_field_update_triggers(
            "conversations",
            {"conversation.notes": (kinds["conversation.notes"], "NEW.notes", ("notes",))},
        )
        + _per_field_update_triggers(
            "commitments",
            {
                "commitment.what": (kinds["commitment.what"], "NEW.what", ("what",)),
                "commitment.note": (kinds["commitment.note"], "NEW.status_note", ("status_note",)),
            },
        )
        + _per_field_update_triggers(
            "agreement_sections",
            {
                "agreement.section": (
                    kinds["agreement.section"],
                    _SECTION_TEXT_ONLY,
                    ("title", "blocks"),
                )
            },
        )
        + _per_field_update_triggers(
            "greyzone_entries",
            {
                "greyzone.question": (kinds["greyzone.question"], "NEW.question", ("question",)),
                "greyzone.learned": (kinds["greyzone.learned"], "NEW.learned", ("learned",)),
            },
        )
        + _per_field_update_triggers(
            "agreement_remiss_answers",
            {"remiss.answer": (kinds["remiss.answer"], "NEW.text", ("text",))},
        ),
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
    _execute_script(db, _PAIR_BODY_SCHEMA)


# --- 0007: two laptops, one history (docs/exchange.md) ------------------------------------

_SYNC_SCHEMA = """
-- This data folder as a device: its id (new when the folder is copied to another place, see
-- storage/sync.py), its name, the place it was bound to, its hybrid logical clock and the
-- sequence number of its latest recorded change.
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    fingerprint TEXT NOT NULL DEFAULT '',
    clock INTEGER NOT NULL DEFAULT 0,
    seq INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state (id, device) VALUES (1, lower(hex(randomblob(8))));

-- While a row exists here (only inside an import's transaction) the triggers record no local
-- change: the import writes the received versions itself.
CREATE TABLE sync_applying (active INTEGER PRIMARY KEY CHECK (active = 1));

-- One field's version: its value's fingerprint, version vector (JSON: device -> clock), the
-- clock and device of the change that made it, and the local sequence number of that change
-- (what an incremental exchange sends). field '' is the item's existence: 'live'/'deleted'
-- (a deletion for good is a tombstone that travels); pair_gid is set on it.
CREATE TABLE sync_fields (
    gid TEXT NOT NULL,
    field TEXT NOT NULL,
    tbl TEXT NOT NULL,
    hash TEXT NOT NULL,
    vv TEXT NOT NULL DEFAULT '{}',
    clock INTEGER NOT NULL DEFAULT 0,
    device TEXT NOT NULL DEFAULT '',
    seq INTEGER NOT NULL DEFAULT 0,
    pair_gid TEXT,
    PRIMARY KEY (gid, field)
) WITHOUT ROWID;
CREATE INDEX sync_fields_seq ON sync_fields(seq);
CREATE INDEX sync_fields_pair ON sync_fields(pair_gid, seq);

-- A text both sides changed since their last common state: the version not shown is kept
-- here until someone chooses (docs/exchange.md). Travels with the pair's history.
CREATE TABLE sync_conflicts (
    gid TEXT PRIMARY KEY,
    tbl TEXT NOT NULL,
    item_gid TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    vv TEXT NOT NULL,
    clock INTEGER NOT NULL,
    device TEXT NOT NULL,
    device_name TEXT NOT NULL DEFAULT '',
    pair_gid TEXT,
    found_at TEXT NOT NULL,
    resolved_at TEXT,
    seq INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sync_conflicts_item ON sync_conflicts(item_gid);
CREATE INDEX sync_conflicts_seq ON sync_conflicts(pair_gid, seq);

-- The other devices this one exchanged a pair with: how far they confirmed our changes
-- (acked_seq: an incremental file starts there) and how far we received theirs.
CREATE TABLE sync_peers (
    device TEXT NOT NULL,
    pair_gid TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    acked_seq INTEGER NOT NULL DEFAULT 0,
    received_seq INTEGER NOT NULL DEFAULT 0,
    last_exchange TEXT,
    PRIMARY KEY (device, pair_gid)
) WITHOUT ROWID;

-- A shared sync folder: where, whether writing unencrypted was confirmed, what this device
-- last wrote there (a different checksum means a copy of this data folder wrote it), the
-- last run, and the files already read (by checksum) so an unchanged file is not read again.
CREATE TABLE sync_folders (
    folder TEXT PRIMARY KEY,
    unencrypted_ok INTEGER NOT NULL DEFAULT 0 CHECK (unencrypted_ok IN (0, 1)),
    written_seq INTEGER NOT NULL DEFAULT -1,
    written_sha TEXT NOT NULL DEFAULT '',
    last_run TEXT,
    last_result TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE sync_folder_files (
    folder TEXT NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (folder, name)
) WITHOUT ROWID;
"""

#: A hybrid logical clock step: one past the last, or the wall clock in ms if that is later.
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"
_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
_TICK = (
    f"    UPDATE sync_state SET clock = max(clock + 1, {_NOW_MS}), seq = seq + 1 "
    f"WHERE {_NOT_APPLYING};"
)


def _record_version(
    table: str, field: str, value: str, where: str, *, pair_gid: str = "NULL", row: str = "NEW"
) -> str:
    """One trigger statement recording a local change of ``field`` (value expr over ``cur.``).

    Nothing is recorded when the value's fingerprint is the one already recorded (a row
    deleted and inserted again with the same text is no change).
    """
    source = (
        f"FROM {table} AS cur, sync_state AS s WHERE cur.id = {row}.id"
        if row == "NEW"
        else "FROM sync_state AS s WHERE OLD.gid IS NOT NULL"
    )
    gid = "cur.gid" if row == "NEW" else "OLD.gid"
    return (
        "    INSERT INTO sync_fields (gid, field, tbl, hash, vv, clock, device, seq, pair_gid) "
        f"SELECT {gid}, '{field}', '{table}', {value}, json_object(s.device, s.clock), "
        f"s.clock, s.device, s.seq, {pair_gid} {source} AND {_NOT_APPLYING}{where} "
        "ON CONFLICT (gid, field) DO UPDATE SET hash = excluded.hash, "
        "vv = json_set(sync_fields.vv, '$.\"' || excluded.device || '\"', excluded.clock), "
        "clock = excluded.clock, device = excluded.device, seq = excluded.seq "
        "WHERE sync_fields.hash IS NOT excluded.hash;"
    )


def _record_tombstone(table: str) -> str:
    """The trigger statement recording a deletion for good as a tombstone.

    Its version vector is everything this laptop knew of the item (the largest clock of each
    device over all its fields) plus this change: a laptop receiving it can tell an edit the
    deleting laptop never saw, and keep it (``storage/sync.py``, nothing typed is lost).
    """
    knowledge = (
        "(SELECT json_group_object(k, m) FROM (SELECT j.key AS k, max(j.value) AS m "
        "FROM sync_fields AS f, json_each(f.vv) AS j WHERE f.gid = OLD.gid GROUP BY j.key))"
    )
    return (
        "    INSERT INTO sync_fields (gid, field, tbl, hash, vv, clock, device, seq, pair_gid) "
        f"SELECT OLD.gid, '', '{table}', 'deleted', "
        f"json_set(coalesce({knowledge}, '{{}}'), '$.\"' || s.device || '\"', s.clock), "
        "s.clock, s.device, s.seq, NULL FROM sync_state AS s "
        f"WHERE OLD.gid IS NOT NULL AND {_NOT_APPLYING} "
        "ON CONFLICT (gid, field) DO UPDATE SET hash = excluded.hash, vv = excluded.vv, "
        "clock = excluded.clock, device = excluded.device, seq = excluded.seq "
        "WHERE sync_fields.hash IS NOT excluded.hash;"
    )


def sync_triggers(table: SyncTable) -> str:
    """The triggers that give ``table``'s new rows a global id and record every change.

    Every write path gets them by construction: an INSERT, an UPDATE of a tracked column or a
    DELETE, from any repository, records a new field version with this device's clock.
    """
    name = table.name
    gid = table.gid.replace("ROW.", "NEW.")
    pair_gid = table.pair_gid.replace("ROW.", "cur.")
    # A new row's empty fields (NULL, '' or 0) are no one's edit yet: two laptops creating
    # the same answer, one writing each perspective, must not conflict over the other's empty
    # text. A row inserted again (same gid) records every field that changed.
    fields = [
        _record_version(
            name,
            f,
            f"samspel_hash(cur.{f})",
            f" AND (NOT (cur.{f} IS NULL OR (typeof(cur.{f}) = 'text' AND cur.{f} = '') OR "
            f"(typeof(cur.{f}) = 'integer' AND cur.{f} = 0)) OR EXISTS (SELECT 1 FROM "
            f"sync_fields WHERE gid = cur.gid AND field = '{f}'))",
        )
        for f in table.fields
    ]
    inserted = "\n".join(
        [
            f"    UPDATE {name} SET gid = {gid} WHERE id = NEW.id AND NEW.gid IS NULL;",
            _TICK,
            _record_version(name, "", "'live'", "", pair_gid=pair_gid),
            *fields,
        ]
    )
    deleted = _record_tombstone(name)
    parts = [
        f"CREATE TRIGGER {name}_sync_insert AFTER INSERT ON {name} BEGIN\n{inserted}\nEND;",
        f"CREATE TRIGGER {name}_sync_delete AFTER DELETE ON {name} BEGIN\n{_TICK}\n{deleted}\nEND;",
    ]
    if table.fields:
        changed = " OR ".join(f"NEW.{f} IS NOT OLD.{f}" for f in table.fields)
        updates = "\n".join(
            _record_version(name, f, f"samspel_hash(cur.{f})", f" AND NEW.{f} IS NOT OLD.{f}")
            for f in table.fields
        )
        parts.append(
            f"CREATE TRIGGER {name}_sync_update AFTER UPDATE OF {', '.join(table.fields)} "
            f"ON {name} WHEN {changed} BEGIN\n{_TICK}\n{updates}\nEND;"
        )
    return "\n".join(parts) + "\n"


def _sync_backfill(table: SyncTable) -> str:
    """Global ids for the rows already there, and their existence (with an empty history)."""
    name = table.name
    gid = table.gid.replace("ROW.", f"{name}.")
    pair_gid = table.pair_gid.replace("ROW.", f"{name}.")
    return (
        f"ALTER TABLE {name} ADD COLUMN gid TEXT;\n"
        f"UPDATE {name} SET gid = {gid};\n"
        f"CREATE UNIQUE INDEX {name}_gid ON {name}(gid);\n"
        "INSERT INTO sync_fields (gid, field, tbl, hash, pair_gid) "
        f"SELECT gid, '', '{name}', 'live', {pair_gid} FROM {name} WHERE gid IS NOT NULL;\n"
    )


@MIGRATIONS(name="0007_sync")
def m0007_sync(db: Database) -> None:
    _execute_script(
        db,
        _SYNC_SCHEMA
        + "INSERT INTO maintenance_mode (active) VALUES (1);\n"
        + "".join(_sync_backfill(t) for t in SYNC_TABLES)
        + "DELETE FROM maintenance_mode;\n"
        + "".join(sync_triggers(t) for t in SYNC_TABLES),
    )
