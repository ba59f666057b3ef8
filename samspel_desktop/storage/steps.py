"""The names of the schema steps this version knows, without importing ``sqlite_utils``.

Opening an up-to-date database (every start of the app) needs only these names; the steps
themselves live in :mod:`samspel_desktop.storage.migrations`, which imports ``sqlite_utils`` and
is loaded only when a step is pending (start-up budget, see BENCHMARKS.md). A test keeps this
list equal to the registered steps.
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
)
SCHEMA_VERSION = len(KNOWN_MIGRATIONS)
