"""Where Samspel keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from samspel_desktop import APP_AUTHOR, APP_NAME

DATA_DIR_ENV = "SAMSPEL_DATA_DIR"
DATABASE_FILENAME = "samspel.sqlite3"


@dataclass(frozen=True)
class DataPaths:
    """All folders of one data directory (one user's Samspel, or a test's temp dir)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"


def default_data_dir() -> Path:
    """``--data-dir`` wins, then ``$SAMSPEL_DATA_DIR``, then platformdirs (not roaming)."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def resolve_data_paths(data_dir: str | os.PathLike[str] | None) -> DataPaths:
    return DataPaths(Path(data_dir).expanduser() if data_dir else default_data_dir())


def resources_dir() -> Path:
    """Bundled resources: inside the package when installed or frozen, else the repo's."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if (candidate / "guides").is_dir():
            return candidate
    raise FileNotFoundError("Samspel's resources folder is missing from the installation")
