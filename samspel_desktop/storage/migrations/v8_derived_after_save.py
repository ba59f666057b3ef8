"""Schema version 8: an answer's save writes the row and a marker; its full-text index entries
and field versions are brought up to date right after, in bulk (``storage/derived.py``)."""

from __future__ import annotations

from sqlite_utils import Database

from samspel_desktop.storage.derived import SCHEMA_0008
from samspel_desktop.storage.migrations.base import MIGRATIONS, execute_script


@MIGRATIONS(name="0008_derived_after_save")
def m0008_derived_after_save(db: Database) -> None:
    execute_script(db, SCHEMA_0008)
