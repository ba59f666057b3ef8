"""The one family of exceptions.

:class:`UserFacingError` is expected trouble (bad file, full disk, locked database, invalid input):
it carries a Swedish message for the user, and the user's work is left intact. Any other exception
is a bug and is handled by the crash handler.
"""

from __future__ import annotations

from pathlib import Path


class SamspelError(Exception):
    """Base class of every exception raised on purpose by Samspel."""


class UserFacingError(SamspelError):
    """Expected trouble with a Swedish message that can be shown as it is."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class CancelledError(UserFacingError):
    """Work the user asked to stop (a search, an export) ended early; nothing was changed."""


class ValidationError(UserFacingError):
    """Input that breaks a rule of the domain (empty name, bad date, unknown guide...)."""


class NotFoundError(UserFacingError):
    """The requested item does not exist (or is in the trash)."""


class ImmutableError(UserFacingError):
    """An attempt to change something that may no longer change (an adopted agreement)."""


class StorageError(UserFacingError):
    """The user's environment stopped a write or read: full disk, read-only file, locked file."""


class DiskFullError(StorageError):
    """The disk is full; nothing was saved and the text is kept in the editor."""


class ReadOnlyStorageError(StorageError):
    """The database file or its folder cannot be written."""


class DatabaseLockedError(StorageError):
    """Another program holds the database."""


class CorruptDatabaseError(StorageError):
    """The database file is damaged or not a Samspel database.

    A damaged database is never written to. ``damaged_file`` is where the damaged file lies
    (untouched; recovery moves it aside), ``newest_backup`` the newest backup that passed its
    integrity check, if any: the app offers to restore it. ``problems`` are what the checks
    found, one entry each.
    """

    def __init__(
        self,
        message: str,
        *,
        detail: str = "",
        damaged_file: Path | None = None,
        newest_backup: Path | None = None,
        problems: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, detail=detail)
        self.damaged_file = damaged_file
        self.newest_backup = newest_backup
        self.problems = problems


class ForeignDatabaseError(StorageError):
    """The file is another program's SQLite database; it is refused, never adopted or changed."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of Samspel; it is never modified."""


class WordImportError(UserFacingError):
    """The file is not a usable Word document; nothing was imported."""


class ArchiveError(UserFacingError):
    """An archive or import file is malformed, truncated, oversized or of an unknown version."""


class SyncError(UserFacingError):
    """An exchange file or sync folder cannot be used: damaged, foreign, too new, or out of
    step with this laptop's history. Nothing has been changed."""


class PassphraseError(SyncError):
    """The passphrase does not open the file (or the file was changed after it was locked)."""


class UnknownPairError(SyncError):
    """The file holds a pair this laptop has never seen; it can be added on request."""

    def __init__(self, message: str, *, pairs: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.pairs = pairs


class UnencryptedFolderError(SyncError):
    """Writing notes unencrypted to a shared folder needs a confirmation (asked once)."""


class ConfigurationError(UserFacingError):
    """A machine-wide setting made by IT (the data folder) cannot be used as it stands."""
