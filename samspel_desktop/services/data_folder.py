"""The open data folder as a whole: backups, restore, the archive file, the integrity check.

A backup is a copy of the database (:mod:`services.backups`), the archive is all data as one
JSON file (:mod:`services.archive`); both are taken over the open database. Commands that work
on the database file while it is closed (``samspel check``, ``restore``, ``recover``) use
:mod:`services.backups` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.errors import CorruptDatabaseError, StorageError, ValidationError
from samspel_desktop.domain.progress import Progress
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.storage.database import Store, open_store
from samspel_desktop.storage.database_files import is_database_file

if TYPE_CHECKING:
    import logging

    from samspel_desktop.services.backups import Backup, DailyBackup, RestoreResult


def _log() -> logging.Logger:
    """This module's logger; ``logging`` is imported when something is logged (~2 ms of
    every command's start otherwise)."""
    import logging

    return logging.getLogger(__name__)


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
        pending = self.prepare_daily_backup(reason="start")
        if pending is not None:
            self.write_daily_backup(pending)

    def prepare_daily_backup(self, *, reason: str = "daglig") -> DailyBackup | None:
        """When the daily backup is due: the database held as it is now (before anything more
        is written), for :meth:`write_daily_backup` to copy on any thread; else None.

        The window calls this on its database thread (at start and every hour) and writes the
        copy beside it, so the user goes on working meanwhile. Never fatal.
        """
        if self._paths is None or self._store.path is None:
            return None
        from samspel_desktop.services.backups import DailyBackup

        try:
            return DailyBackup.if_due(self._store, self._paths, reason=reason)
        except StorageError as error:
            # Not being able to back up must not keep the user from their notes.
            _log().warning("daily backup failed: %s (%s)", error.message, error.detail)
            return None

    @staticmethod
    def write_daily_backup(
        pending: DailyBackup, *, progress: Progress | None = None
    ) -> Path | None:
        """Copy a prepared daily backup (any thread); None if nothing was written. Never fatal:
        a failure is logged, and the next check tries again."""
        try:
            return pending.write(progress=progress)
        except StorageError as error:
            _log().warning("daily backup failed: %s (%s)", error.message, error.detail)
            return None

    def daily_backup(self) -> Path | None:
        """Take the daily backup if one is due."""
        if self._paths is None or self._store.path is None:
            return None
        from samspel_desktop.services import backups

        return backups.maybe_daily_backup(self._store, self._paths)

    def backup(self, destination: Path | None = None, *, progress: Progress | None = None) -> Path:
        """A backup now: to ``backups/``, or to a file the user chose."""
        from samspel_desktop.services import backups

        if destination is not None:
            return backups.backup_to_file(self._store, destination, progress=progress)
        if self._paths is None:
            raise ValidationError("Databasen finns bara i minnet; ange en fil att spara till.")
        return backups.backup_now(self._store, self._paths, progress=progress)

    def backups(self) -> list[Backup]:
        """The backups in ``backups/``, newest first."""
        from samspel_desktop.services import backups

        return backups.list_backups(self._paths) if self._paths is not None else []

    def restore(self, source: Path, *, progress: Progress | None = None) -> RestoreResult:
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
            result = backups.restore_database(self._paths, source, progress=progress)
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
        """Whether the start-up check has finished (with a verdict or unable to run)."""
        return self._store.integrity_check_done()

    def damage_found(self, *, wait: bool = False) -> CorruptDatabaseError | None:
        """The start-up check's verdict: a full error if the database is damaged, else None.

        With ``wait=False`` a check still running (or one that could not run) gives None; ask
        again later. With ``wait=True`` a check that cannot run raises its
        :class:`StorageError` (a full disk, a lock).
        """
        problems = self._store.integrity_verdict(wait=wait)
        if not problems or self._paths is None:
            return None
        return in_full(CorruptDatabaseError("damaged", problems=tuple(problems)), self._paths)

    def damage_in_what_was_read(self) -> CorruptDatabaseError | None:
        """Whether what was read so far can be trusted: the start-up check's verdict, and a
        quick check of just the tables read. A full error, or None.

        The tables read are checked also when the start-up check found nothing: it reads the
        file through a read-only connection, on which SQLite's ``quick_check`` does not verify
        CHECK constraints, so a damaged value (a phase or a kind no pair can have, a person id
        that hides the pair from a listing) passes it.
        """
        problems = self._store.integrity_verdict(wait=False)
        if not problems:
            problems = self._store.damage_in_tables_read()
        if not problems or self._paths is None:
            return None
        return in_full(CorruptDatabaseError("damaged", problems=tuple(problems)), self._paths)

    def in_full(self, error: CorruptDatabaseError) -> CorruptDatabaseError:
        """``error`` (damage met while reading) told in full, naming the newest good backup."""
        return error if self._paths is None else in_full(error, self._paths)

    def refuse_own_files(self, *paths: Path) -> None:
        """Refuse a file to read or write that is this database or one of its side files.

        Writing one would replace the database; even reading one is harmful while it is open
        (POSIX drops the process's locks on a file when any descriptor of it is closed).
        """
        if self._store.path is None:
            return
        for path in paths:
            if is_database_file(path, self._store.path):
                raise ValidationError(
                    f"{path} är Samspels egen databas och kan inte användas här. Välj en annan fil."
                )

    @property
    def notice(self) -> str | None:
        """Something to tell the user about how the data folder is used (Swedish), or None."""
        return self._store.notice

    def integrity_problems(self) -> list[str]:
        """A full integrity check now (``[]`` when the database is whole)."""
        return self._store.integrity_problems()


def in_full(error: CorruptDatabaseError, paths: DataPaths) -> CorruptDatabaseError:
    """The same damage, told in full to the user and naming the newest good backup."""
    if error.newest_backup is not None or error.damaged_file not in (None, paths.database):
        return error  # already told in full, or about another file
    from samspel_desktop.services import backups

    problems = error.problems or ((error.detail,) if error.detail else ())
    return backups.damaged_database_error(paths, problems, error.detail)
