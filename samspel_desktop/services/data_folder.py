"""The open data folder as a whole: backups, restore, the archive file, the integrity check.

A backup is a copy of the database (:mod:`services.backups`), the archive is all data as one
JSON file (:mod:`services.archive`); both are taken over the open database. Commands that work
on the database file while it is closed (``samspel check``, ``restore``, ``recover``) use
:mod:`services.backups` directly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.errors import CorruptDatabaseError, StorageError, ValidationError
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.storage.database import Store, open_store

if TYPE_CHECKING:
    from samspel_desktop.services.backups import Backup, RestoreResult

log = logging.getLogger(__name__)


class DataFolderService:
    def __init__(
        self, store: Store, paths: DataPaths | None, *, after_restore: Callable[[], None]
    ) -> None:
        self._store = store
        self._paths = paths
        self._after_restore = after_restore

    @property
    def paths(self) -> DataPaths | None:
        """Where the data lives; ``None`` for a database in memory."""
        return self._paths

    # --- backups -----------------------------------------------------------------------

    def startup_backup(self) -> None:
        """The backup at start, when the newest is more than a day old (never fatal)."""
        if self._paths is None:
            return
        from samspel_desktop.services import backups

        try:
            backups.maybe_daily_backup(self._store, self._paths, reason="start")
        except StorageError as error:
            # Not being able to back up must not keep the user from their notes.
            log.warning("start-up backup failed: %s (%s)", error.message, error.detail)

    def daily_backup(self) -> Path | None:
        """Take the daily backup if one is due (the GUI calls this on a timer)."""
        if self._paths is None or self._store.path is None:
            return None
        from samspel_desktop.services import backups

        return backups.maybe_daily_backup(self._store, self._paths)

    def backup(self, destination: Path | None = None) -> Path:
        """A backup now: to ``backups/``, or to a file the user chose."""
        from samspel_desktop.services import backups

        if destination is not None:
            return backups.backup_to_file(self._store, destination)
        if self._paths is None:
            raise ValidationError("Databasen finns bara i minnet; ange en fil att spara till.")
        return backups.backup_now(self._store, self._paths)

    def backups(self) -> list[Backup]:
        """The backups in ``backups/``, newest first."""
        from samspel_desktop.services import backups

        return backups.list_backups(self._paths) if self._paths is not None else []

    def restore(self, source: Path) -> RestoreResult:
        """Restore ``source`` in place of the open database, then continue on the restored one.

        The current database is backed up first, so the restore can itself be undone
        (``RestoreResult.undo_backup``). Views must reload everything afterwards.
        """
        if self._paths is None or self._store.path is None:
            raise ValidationError("Databasen finns bara i minnet och kan inte återställas.")
        from samspel_desktop.services import backups

        backups.validate_restore_source(source, self._paths)
        self._store.close()
        try:
            result = backups.restore_database(self._paths, source)
        finally:
            # Whatever happened, continue on the file that is now in place.
            self._store.take_over(open_store(self._paths.database, backup_dir=self._paths.backups))
        self._after_restore()
        return result

    # --- the archive -------------------------------------------------------------------

    def export_archive(self, path: Path) -> dict[str, int]:
        """All data to one JSON file (``docs/archive.md``); rows written per table."""
        from samspel_desktop.services.archive import export_archive

        return export_archive(self._store, path)

    def import_archive(self, path: Path, *, replace: bool = False) -> dict[str, int]:
        """Read an archive, all or nothing; with ``replace`` the content is replaced, after a
        backup of it."""
        from samspel_desktop.services.archive import import_archive

        if replace and self._paths is not None and self._store.path is not None:
            from samspel_desktop.services.backups import backup_now

            backup_now(self._store, self._paths, reason="fore-import")
        return import_archive(self._store, path, replace=replace)

    # --- integrity -----------------------------------------------------------------------

    def integrity_known(self) -> bool:
        """Whether the start-up check of the database has finished."""
        return self._store.integrity_verdict(wait=False) is not None

    def damage_found(self, *, wait: bool = False) -> CorruptDatabaseError | None:
        """The start-up check's verdict: a full error if the database is damaged, else None.

        With ``wait=False`` a check still running also gives None; ask again later.
        """
        problems = self._store.integrity_verdict(wait=wait)
        if not problems or self._paths is None:
            return None
        return with_newest_backup(
            CorruptDatabaseError("damaged", detail="; ".join(problems[:5])), self._paths
        )

    def integrity_problems(self) -> list[str]:
        """A full integrity check now (``[]`` when the database is whole)."""
        return self._store.integrity_problems()


def with_newest_backup(error: CorruptDatabaseError, paths: DataPaths) -> CorruptDatabaseError:
    """The same error, told in full to the user and naming the newest good backup."""
    from samspel_desktop.services import backups

    newest = backups.newest_good_backup(paths)
    if newest is None:
        offer = "Det finns ingen hel säkerhetskopia att återställa."
    else:
        when = newest.created.strftime("%Y-%m-%d %H:%M")
        offer = f"Den senaste hela säkerhetskopian är från {when} och kan återställas."
    return CorruptDatabaseError(
        f"Databasen i {paths.root} är skadad och har inte öppnats. Den har inte ändrats. {offer}",
        detail=error.detail,
        damaged_file=paths.database,
        newest_backup=newest.path if newest else None,
    )
