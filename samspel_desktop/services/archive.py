"""The archive: every piece of data in one versioned JSON file (``docs/archive.md``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from samspel_desktop import __version__
from samspel_desktop.domain.errors import ArchiveError, ValidationError
from samspel_desktop.domain.values import parse_timestamp, shown
from samspel_desktop.services.files import write_bytes_atomically
from samspel_desktop.services.json_files import read_json_file
from samspel_desktop.storage import archive as storage_archive
from samspel_desktop.storage.database import Store

ARCHIVE_FORMAT = "samspel-archive"
ARCHIVE_FORMAT_VERSION = 1
#: Largest archive accepted (a 20-year municipality is a few tens of megabytes).
MAX_ARCHIVE_BYTES = 512 * 1024 * 1024


def export_archive(store: Store, path: Path) -> dict[str, int]:
    """Write the whole database to ``path``; returns the row count per table."""
    tables = storage_archive.dump(store)
    document = {
        "format": ARCHIVE_FORMAT,
        "format_version": ARCHIVE_FORMAT_VERSION,
        "app_version": __version__,
        "schema": storage_archive.schema_steps(),
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "tables": tables,
    }
    data = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    write_bytes_atomically(path, data)
    return {table: len(rows) for table, rows in tables.items()}


def read_archive(path: Path) -> dict[str, Any]:
    """Read and check an archive file; :class:`ArchiveError` with a Swedish message if bad."""
    document = read_json_file(
        path,
        MAX_ARCHIVE_BYTES,
        what="ett Samspel-arkiv",
        not_valid="ett giltigt Samspel-arkiv (trasig eller avkortad JSON)",
        error=ArchiveError,
    )
    if not isinstance(document, dict) or document.get("format") != ARCHIVE_FORMAT:
        raise ArchiveError(f"Filen {path.name} är inte ett Samspel-arkiv.")
    version = document.get("format_version")
    if type(version) is not int or version != ARCHIVE_FORMAT_VERSION:
        raise ArchiveError(
            f"Arkivets formatversion ({shown(version)}) stöds inte av den här versionen av Samspel."
        )
    _check_schema(document.get("schema"))
    for key in ("app_version", "exported_at"):
        if key in document and not isinstance(document[key], str):
            raise ArchiveError(f"Arkivet är felaktigt: {key} ska vara text.")
    if "exported_at" in document:
        try:
            parse_timestamp(document["exported_at"])
        except ValidationError as error:
            raise ArchiveError(f"Arkivet är felaktigt (exported_at): {error.message}") from None
    if not isinstance(document.get("tables"), dict):
        raise ArchiveError("Arkivet saknar sina tabeller.")
    return document


def _check_schema(schema: object) -> None:
    """The schema steps of the exporting database: in order, each one known to this version.

    A database has always applied its steps from the first one on, so anything else (an empty
    list, a step out of order, a step this version does not know) is refused.
    """
    known = storage_archive.schema_steps()
    if not isinstance(schema, list) or not all(isinstance(step, str) for step in schema):
        raise ArchiveError("Arkivet är felaktigt: schema ska vara en lista med schemasteg.")
    if any(step not in known for step in schema):
        raise ArchiveError(
            "Arkivet kommer från en nyare version av Samspel. Uppdatera Samspel och försök igen."
        )
    if not schema or schema != known[: len(schema)]:
        raise ArchiveError(
            "Arkivet är felaktigt: schemastegen ska börja med det första och komma i ordning."
        )


def import_archive(store: Store, path: Path, *, replace: bool = False) -> dict[str, int]:
    """Load an archive all-or-nothing; returns the row count per table."""
    document = read_archive(path)
    tables: dict[str, Any] = document["tables"]
    storage_archive.load(store, tables, replace=replace)
    return {t: len(tables.get(t, [])) for t in storage_archive.ARCHIVE_TABLES}


def archive_json_schema(store: Store) -> dict[str, Any]:
    """The JSON Schema of the archive format, derived from the live tables."""
    json_types = {"INTEGER": "integer", "TEXT": "string", "REAL": "number"}
    tables: dict[str, Any] = {}
    for table, columns in storage_archive.table_columns(store).items():
        properties = {}
        for column in columns:
            kind: Any = json_types.get(column["type"], ["string", "integer", "number"])
            properties[column["name"]] = {"type": [kind, "null"] if column["nullable"] else kind}
        tables[table] = {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": sorted(
                    c["name"] for c in columns if not c["nullable"] and not c["has_default"]
                ),
                "properties": properties,
            },
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{ARCHIVE_FORMAT}-{ARCHIVE_FORMAT_VERSION}",
        "title": "Samspel archive, format version 1",
        "type": "object",
        "required": ["format", "format_version", "schema", "tables"],
        "properties": {
            "format": {"const": ARCHIVE_FORMAT},
            "format_version": {"const": ARCHIVE_FORMAT_VERSION},
            "app_version": {"type": "string"},
            "exported_at": {"type": "string", "format": "date-time"},
            "schema": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Schema steps applied to the exporting database.",
            },
            "tables": {
                "type": "object",
                "additionalProperties": False,
                "required": list(storage_archive.ARCHIVE_TABLES),
                "properties": tables,
            },
        },
    }


def _write_documented_schema() -> None:
    """``python -m samspel_desktop.services.archive`` regenerates docs/archive.schema.json."""
    from samspel_desktop.storage.database import open_store

    store = open_store(None)
    try:
        schema = archive_json_schema(store)
    finally:
        store.close()
    target = Path(__file__).resolve().parents[2] / "docs" / "archive.schema.json"
    target.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _write_documented_schema()
