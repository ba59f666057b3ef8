"""Numbered schema steps, applied by ``sqlite_utils.Migrations``, each in one transaction.

One module per schema version (``v<N>_<name>.py``), imported here in order: the order of
import is the order the steps run. Never edit a step that has shipped (its SQL is frozen): add
a new module, import it below, and add its name to ``storage/steps.py``.
``tests/storage/test_migrations.py`` pins the newest step so a new step cannot be added without
its test. This package is imported only when a step is pending (see ``database.open_store``).
"""

from __future__ import annotations

from samspel_desktop.storage.migrations.base import MIGRATIONS
from samspel_desktop.storage.migrations.v1_initial_schema import m0001_initial_schema
from samspel_desktop.storage.migrations.v2_agreements import m0002_agreements
from samspel_desktop.storage.migrations.v3_greyzone import m0003_greyzone
from samspel_desktop.storage.migrations.v4_seminars import m0004_seminars
from samspel_desktop.storage.migrations.v5_index_changed_texts_only import (
    m0005_index_changed_texts_only,
)
from samspel_desktop.storage.migrations.v6_pair_body import m0006_pair_body
from samspel_desktop.storage.migrations.v7_sync import m0007_sync
from samspel_desktop.storage.migrations.v8_derived_after_save import m0008_derived_after_save

__all__ = [
    "MIGRATIONS",
    "m0001_initial_schema",
    "m0002_agreements",
    "m0003_greyzone",
    "m0004_seminars",
    "m0005_index_changed_texts_only",
    "m0006_pair_body",
    "m0007_sync",
    "m0008_derived_after_save",
]
