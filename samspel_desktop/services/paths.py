"""Where Samspel keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from samspel_desktop import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "SAMSPEL_DATA_DIR"
DATABASE_FILENAME = "samspel.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    """All folders of one data directory (one user's Samspel, or a test's temp dir).

    Logs go to ``log_root`` when given (platformdirs' log folder for the default data
    folder), else to ``logs/`` inside the data folder (``--data-dir``, tests, portable use).
    """

    root: Path
    log_root: Path | None = None

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.log_root if self.log_root is not None else self.root / "logs"


def default_data_dir() -> Path:
    """``--data-dir`` wins, then ``$SAMSPEL_DATA_DIR``, then platformdirs (not roaming)."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # not needed with --data-dir (a few ms of start-up)

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def resolve_data_paths(data_dir: str | os.PathLike[str] | None) -> DataPaths:
    """The data folder chosen by ``--data-dir``, ``$SAMSPEL_DATA_DIR`` or the platform."""
    if data_dir:
        return DataPaths(Path(data_dir).expanduser())
    if os.environ.get(DATA_DIR_ENV):
        return DataPaths(default_data_dir())
    import platformdirs

    log_root = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return DataPaths(default_data_dir(), log_root=log_root)


def resources_dir() -> Path:
    """Bundled resources: inside the package when installed or frozen, else the repo's."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "guides").is_dir():
            return candidate
    raise FileNotFoundError("Samspel's resources folder is missing from the installation")


def create_data_folder(paths: DataPaths) -> None:
    """Make the data folder, readable by the user only, if it does not exist yet."""
    from samspel_desktop.storage.privacy import private_mkdir

    private_mkdir(paths.root)
