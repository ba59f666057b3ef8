"""The names of the schema steps this version knows, without importing ``sqlite_utils``.

Opening an up-to-date database (every start of the app) needs only these names; the steps
themselves live in the package :mod:`samspel_desktop.storage.migrations` (one module per
version), which imports ``sqlite_utils`` and is loaded only when a step is pending (start-up
budget, see BENCHMARKS.md). A test keeps this list equal to the registered steps.
"""

from __future__ import annotations

#: Names of every step this version knows, in order; a database that has applied a step not
#: in this list was written by a newer Samspel and is refused.
KNOWN_MIGRATIONS: tuple[str, ...] = (
    "0001_initial_schema",
    "0002_agreements",
    "0003_greyzone",
    "0004_seminars",
    "0005_index_changed_texts_only",
    "0006_pair_body",
    "0007_sync",
    "0008_derived_after_save",
)
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)

#: The synchronised tables (``sync_tables.SYNC_TABLES``, whose names a test keeps equal to
#: these), and those of them without merged fields (no update trigger). Named here rather
#: than imported: every command opens the database, and ``sync_tables`` with the exchange's
#: domain costs ~3 ms of each one's start.
_SYNCHRONISED = (
    "organisations",
    "persons",
    "pairs",
    "conversations",
    "conversation_guides",
    "answers",
    "ratings",
    "commitments",
    "agreement_versions",
    "agreement_sections",
    "agreement_remisses",
    "agreement_remiss_answers",
    "agreement_provenance",
    "greyzone_entries",
)
_WITHOUT_FIELDS = frozenset({"conversation_guides", "agreement_provenance"})
_EVENTS = ("insert", "delete")

#: Every table, index and trigger of an up-to-date database (``type``, ``name``), except
#: SQLite's own (``sqlite_*``). One missing is damage: a dropped table breaks commands, a dropped
#: trigger silently stops the search index or the protection of adopted agreements. A test
#: keeps this equal to what the steps create.
SCHEMA_OBJECTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("index", "agreement_provenance_conversation"),
        ("index", "agreement_remiss_answers_remiss"),
        ("index", "commitments_pair"),
        ("index", "conversations_pair_date"),
        ("index", "greyzone_pair"),
        ("index", "idx__sqlite_migrations_migration_set_name"),
        ("index", "pairs_organisation"),
        ("index", "persons_organisation"),
        ("index", "ratings_question"),
        ("index", "seminar_groups_seminar"),
        ("table", "_sqlite_migrations"),
        ("table", "agreement_provenance"),
        ("table", "agreement_remiss_answers"),
        ("table", "agreement_remisses"),
        ("table", "agreement_sections"),
        ("table", "agreement_versions"),
        ("table", "answers"),
        ("table", "commitments"),
        ("table", "conversation_guides"),
        ("table", "conversations"),
        ("table", "greyzone_entries"),
        ("table", "guides"),
        ("table", "maintenance_mode"),
        ("table", "organisations"),
        ("table", "pairs"),
        ("table", "persons"),
        ("table", "ratings"),
        ("table", "search_index"),
        ("table", "search_index_config"),
        ("table", "search_index_content"),
        ("table", "search_index_data"),
        ("table", "search_index_docsize"),
        ("table", "search_index_idx"),
        ("table", "seminar_answers"),
        ("table", "seminar_groups"),
        ("table", "seminar_syntheses"),
        ("table", "seminars"),
        ("trigger", "adopted_provenance_no_change"),
        ("trigger", "adopted_provenance_no_delete"),
        ("trigger", "adopted_provenance_no_insert"),
        ("trigger", "adopted_sections_no_delete"),
        ("trigger", "adopted_sections_no_insert"),
        ("trigger", "adopted_sections_no_update"),
        ("trigger", "adopted_version_is_immutable"),
        ("trigger", "adopted_version_is_not_deleted"),
        ("trigger", "agreement_remiss_answers_search_delete"),
        ("trigger", "agreement_remiss_answers_search_insert"),
        ("trigger", "agreement_remiss_answers_search_update_answer"),
        ("trigger", "agreement_sections_search_delete"),
        ("trigger", "agreement_sections_search_insert"),
        ("trigger", "agreement_sections_search_update_section"),
        ("trigger", "answers_search_delete"),
        ("trigger", "answers_search_insert"),
        ("trigger", "commitments_search_delete"),
        ("trigger", "commitments_search_insert"),
        ("trigger", "commitments_search_update_note"),
        ("trigger", "commitments_search_update_what"),
        ("trigger", "conversations_search_delete"),
        ("trigger", "conversations_search_insert"),
        ("trigger", "conversations_search_update_notes"),
        ("trigger", "greyzone_entries_search_delete"),
        ("trigger", "greyzone_entries_search_insert"),
        ("trigger", "greyzone_entries_search_update_learned"),
        ("trigger", "greyzone_entries_search_update_question"),
        ("trigger", "seminar_answers_search_delete"),
        ("trigger", "seminar_answers_search_insert"),
        ("trigger", "seminar_answers_search_update"),
        ("trigger", "seminar_syntheses_search_delete"),
        ("trigger", "seminar_syntheses_search_insert"),
        ("trigger", "seminar_syntheses_search_update"),
    }
    # The exchange between laptops (step 0007): its tables and indexes, and on every
    # synchronised table the global id's index and the triggers that record each change
    # (a dropped one would silently stop changes from travelling).
    | {
        ("table", "sync_state"),
        ("table", "sync_applying"),
        ("table", "sync_fields"),
        ("table", "sync_conflicts"),
        ("table", "sync_peers"),
        ("table", "sync_folders"),
        ("table", "sync_folder_files"),
        ("index", "sync_fields_seq"),
        ("index", "sync_fields_pair"),
        ("index", "sync_conflicts_item"),
        ("index", "sync_conflicts_seq"),
    }
    | {("index", f"{name}_gid") for name in _SYNCHRONISED}
    | {
        ("trigger", f"{name}_sync_{event}")
        for name in _SYNCHRONISED
        for event in ("insert", "delete")
    }
    | {
        ("trigger", f"{name}_sync_update")
        for name in _SYNCHRONISED
        if name not in _WITHOUT_FIELDS and name != "answers"
    }
    # Step 0008: an answer's update writes a marker; its index entries and versions follow
    # (storage/derived.py).
    | {("table", "derived_pending"), ("trigger", "answers_derived_update")}
)
