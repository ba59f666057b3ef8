"""Backups with SQLite's backup API (never a file copy of a live database)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samspel_desktop.services.paths import DataPaths
from samspel_desktop.storage.database import Store, backup_to


def backup_now(store: Store, paths: DataPaths, *, reason: str = "manuell") -> Path:
    """Write an integrity-checked copy to ``backups/`` and return its path."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(store.conn, paths.backups / f"samspel-{stamp}-{reason}.sqlite3")
