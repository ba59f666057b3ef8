"""Where Samspel keeps its data and finds its bundled resources.

The data folder is, in this order: ``--data-dir``; ``$SAMSPEL_DATA_DIR``; the machine-wide
setting IT can make (:func:`machine_data_dir`: the registry value ``DataDir`` under
``HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Samspel`` on Windows, or ``DataDir`` in a
``samspel.ini`` beside the installed program); else the platform's per-user folder
(``%LOCALAPPDATA%\\Samspel\\Samspel`` on Windows, never roaming). packaging/README.md tells IT.
"""

from __future__ import annotations

import enum
import ntpath
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

from samspel_desktop import APP_AUTHOR, APP_NAME
from samspel_desktop.domain.errors import ConfigurationError
from samspel_desktop.domain.record import Record, record

DATA_DIR_ENV = "SAMSPEL_DATA_DIR"
DATABASE_FILENAME = "samspel.sqlite3"

#: IT's machine-wide data folder, set by Group Policy or Intune (REG_SZ or REG_EXPAND_SZ).
POLICY_KEY = r"SOFTWARE\Policies\Samspel"
POLICY_VALUE = "DataDir"
#: The same setting as a file beside the installed program: ``[Samspel]`` ``DataDir = …``.
SETTINGS_FILENAME = "samspel.ini"
SETTINGS_SECTION = "Samspel"

#: Where a data folder was chosen: ``--data-dir``, ``$SAMSPEL_DATA_DIR``, IT's setting, or the
#: platform's per-user folder.
Origin = Literal["argument", "environment", "machine", "default"]
#: Reads a string value under HKEY_LOCAL_MACHINE: ``(key, value name)`` → data, or None.
RegistryReader = Callable[[str, str], str | None]


@record
class DataPaths(Record):
    """All folders of one data directory (one user's Samspel, or a test's temp dir).

    Logs go to ``log_root`` when given (platformdirs' log folder for the default data
    folder), else to ``logs/`` inside the data folder (``--data-dir``, tests, portable use).
    """

    root: Path
    log_root: Path | None = None
    origin: Origin = "argument"

    @property
    def database(self) -> Path:
        return self.root / DATABASE_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.log_root if self.log_root is not None else self.root / "logs"


@record
class MachineSetting(Record):
    """The data folder IT set for every user of the machine, and where it was set."""

    folder: Path
    source: str


def machine_data_dir(
    *,
    os_name: str,
    env: Mapping[str, str],
    read_registry: RegistryReader | None,
    app_dir: Path | None,
) -> MachineSetting | None:
    """IT's data folder for this user, or None when IT set none.

    The registry (Windows) wins over ``samspel.ini`` in ``app_dir`` (the installed program's
    folder; None when running from source). ``%VARIABLE%`` is taken from ``env``, so
    ``\\\\srv\\hem$\\%USERNAME%\\Samspel`` gives each user their own folder. A setting that
    cannot be right (relative, an unknown variable) raises :class:`ConfigurationError`:
    falling back to the profile would put the data where IT said it must not be.
    """
    raw, source = None, ""
    if os_name == "nt" and read_registry is not None:
        raw = read_registry(POLICY_KEY, POLICY_VALUE)
        source = f"HKEY_LOCAL_MACHINE\\{POLICY_KEY}\\{POLICY_VALUE}"
    if not (raw and raw.strip()) and app_dir is not None:
        raw = _read_settings_file(app_dir / SETTINGS_FILENAME)
        source = str(app_dir / SETTINGS_FILENAME)
    if not raw or not raw.strip():
        return None
    text = expand_variables(raw.strip().strip('"'), env, os_name=os_name)
    unknown = re.search(r"%[^%]+%", text)
    if unknown:
        raise ConfigurationError(
            f"Datamappen som IT har angett ({source}) innehåller {unknown.group(0)}, som inte "
            "finns i den här sessionen. Kontakta IT.",
            detail=raw,
        )
    if not _is_absolute(text, os_name):
        raise ConfigurationError(
            f"Datamappen som IT har angett ({source}) är ”{text}”, inte en fullständig sökväg "
            r"(som H:\Samspel eller \\server\hem$\%USERNAME%\Samspel). Kontakta IT.",
            detail=raw,
        )
    return MachineSetting(Path(text), source)


def expand_variables(text: str, env: Mapping[str, str], *, os_name: str) -> str:
    """Replace ``%NAME%`` with ``env[NAME]`` (case-insensitively on Windows); unknown stay."""
    lookup = {k.upper(): v for k, v in env.items()} if os_name == "nt" else dict(env)

    def value(match: re.Match[str]) -> str:
        name = match.group(1).upper() if os_name == "nt" else match.group(1)
        return lookup.get(name, match.group(0))

    return re.sub(r"%([^%\\/:]+)%", value, text)


def _is_absolute(text: str, os_name: str) -> bool:
    if os_name == "nt":  # H:\… or \\server\share\…; not H:foo or \foo
        return bool(ntpath.splitdrive(text)[0]) and ntpath.isabs(text)
    return text.startswith("/")


def _read_settings_file(path: Path) -> str | None:
    if not path.is_file():
        return None
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        # utf-8-sig: Notepad and PowerShell 5.1 start the file with a byte-order mark.
        parser.read_string(path.read_text(encoding="utf-8-sig"), source=str(path))
    except (OSError, UnicodeDecodeError, configparser.Error) as error:
        raise ConfigurationError(
            f"Inställningsfilen {path} kunde inte läsas. Kontakta IT.", detail=str(error)
        ) from error
    return parser.get(SETTINGS_SECTION, POLICY_VALUE, fallback=None)


def read_machine_registry(key: str, value: str) -> str | None:
    """A string value under HKEY_LOCAL_MACHINE (64-bit view); None if absent or not Windows."""
    if sys.platform != "win32":
        return None
    import winreg

    access = winreg.KEY_READ | winreg.KEY_WOW64_64KEY
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key, 0, access) as handle:
            data, kind = winreg.QueryValueEx(handle, value)
    except OSError:
        return None
    if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) and isinstance(data, str):
        return data
    return None


def installed_app_dir() -> Path | None:
    """The installed program's folder (where ``samspel.ini`` may sit); None from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def default_data_dir() -> Path:
    """``$SAMSPEL_DATA_DIR``, then IT's setting, then platformdirs (not roaming)."""
    return resolve_data_paths(None).root


def resolve_data_paths(data_dir: str | os.PathLike[str] | None) -> DataPaths:
    """The data folder chosen by ``--data-dir``, ``$SAMSPEL_DATA_DIR``, IT or the platform."""
    if data_dir:
        return DataPaths(Path(data_dir).expanduser(), origin="argument")
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return DataPaths(Path(env).expanduser(), origin="environment")
    setting = machine_data_dir(
        os_name=os.name,
        env=os.environ,
        read_registry=read_machine_registry,
        app_dir=installed_app_dir(),
    )
    if setting is not None:
        return DataPaths(setting.folder, origin="machine")
    import platformdirs  # not needed with --data-dir (a few ms of start-up)

    root = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    log_root = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    return DataPaths(root, log_root=log_root, origin="default")


class ProfileRisk(enum.Enum):
    """Why the data in the Windows profile may be gone after logging off."""

    #: Windows could not load the user's profile and made a temporary one.
    TEMPORARY = "temporary"
    #: A mandatory profile: nothing the session wrote is kept.
    MANDATORY = "mandatory"
    #: A terminal-server session (Remote Desktop, Citrix) with a roaming profile: the local
    #: part of the profile is not roamed and is commonly deleted at logoff.
    TERMINAL_SERVER = "terminal-server"


#: ``GetProfileType`` flags (userenv.h).
PT_TEMPORARY = 0x1
PT_ROAMING = 0x2
PT_MANDATORY = 0x4


def profile_risk(
    *, os_name: str, env: Mapping[str, str], profile_type: int | None
) -> ProfileRisk | None:
    """Whether the Windows profile (where the default data folder lies) is known to be lost.

    ``profile_type`` is ``GetProfileType``'s answer (:func:`windows_profile_type`), None when
    unknown; a profile folder named ``TEMP`` also marks a temporary profile. Cheap: no file
    is touched.
    """
    if os_name != "nt":
        return None
    flags = profile_type or 0
    profile_name = ntpath.basename(env.get("USERPROFILE", "").rstrip("\\")).upper()
    if flags & PT_TEMPORARY or profile_name == "TEMP" or profile_name.startswith("TEMP."):
        return ProfileRisk.TEMPORARY
    if flags & PT_MANDATORY:
        return ProfileRisk.MANDATORY
    session = env.get("SESSIONNAME", "").upper()
    if flags & PT_ROAMING and session.startswith(("RDP-", "ICA-")):
        return ProfileRisk.TERMINAL_SERVER
    return None


def windows_profile_type() -> int | None:
    """``GetProfileType`` of the logged-on user (userenv.dll); None elsewhere or on failure."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    flags = wintypes.DWORD()
    try:
        userenv = ctypes.WinDLL("userenv", use_last_error=True)
        if not userenv.GetProfileType(ctypes.byref(flags)):
            return None
    except OSError:
        return None
    return int(flags.value)


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


def keep_private(path: Path) -> None:
    """Make a file of the data folder readable (and writable) by the user only."""
    from samspel_desktop.storage.privacy import restrict

    restrict(path)
