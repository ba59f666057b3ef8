"""Schema version 5: the full-text index rewrites only the texts an update changed."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.migrations.base import (
    MIGRATIONS,
    SEARCH_KINDS,
    SECTION_TEXT_ONLY,
    execute_script,
    index_delete,
    index_insert,
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
            f"WHEN {changed} BEGIN\n{index_delete(code)}\n{index_insert(kind, code, expr)}\n"
            "END;"
        )
    return "\n".join(parts) + "\n"


@MIGRATIONS(name="0005_index_changed_texts_only")
def m0005_index_changed_texts_only(db: Database) -> None:
    kinds = SEARCH_KINDS
    execute_script(
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
                    SECTION_TEXT_ONLY,
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
