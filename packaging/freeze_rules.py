"""What goes into the frozen app folder: the rules ``samspel.spec`` applies, kept testable here.

PyInstaller's PySide6 hooks collect every plugin and translation a used Qt module *might* need.
A desktop app built on QtCore, QtGui and QtWidgets needs far less; these rules drop the rest
after the analysis (plugins by folder and name, Qt libraries that only dropped plugins or
unused modules pulled in, Qt's translations other than Swedish and English). Paths are the
bundle-relative destination names PyInstaller uses, compared with forward slashes and
lower-case, so the same rules serve Linux (``libqxcb.so``), Windows (``qwindows.dll``) and
macOS (``libqcocoa.dylib``, ``QtQuick.framework``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

# PyInstaller's table-of-contents entry: (name in the bundle, source or target, type code).
Entry = tuple[str, str, str]

# Python modules that must never be frozen in, whatever imports them (build/test tooling and
# stdlib parts a desktop app does not use). Unused PySide6 modules need no entry: PyInstaller
# collects a Qt module only when something imports it.
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "unittest",
    "pip",
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
    "distutils",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "grimp",
    "jsonschema",
    # No network: TLS is never used (urllib and http.client import ssl only if present).
    "ssl",
    "_ssl",
    # OpenSSL (4.5 MB) only for hashlib: its built-in sha1/sha256/blake2 take over.
    "_hashlib",
    # python-docx uses lxml.etree only; lxml's hook collects every submodule.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    # East Asian codecs: Samspel reads and writes UTF-8 only.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    # Debugger and docs tooling, pulled in only through pdb/doctest imports.
    "pdb",
    "doctest",
    "pydoc",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
)

# Plugin folders and the plugins kept in each (name fragments); every other folder goes.
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    # offscreen: the smoke test and CI; xcb: Linux desktops (also under Wayland, via
    # XWayland); windows and cocoa: the other two platforms. Wayland, eglfs, vnc... go.
    "platforms": ("offscreen", "xcb", "qwindows", "cocoa"),
    # Compose keys and IBus (dead keys, input methods); not the QML virtual keyboard.
    "platforminputcontexts": ("compose", "ibus"),
    # The portal gives native file dialogs on Linux without bundling GTK.
    "platformthemes": ("xdgdesktopportal",),
    "xcbglintegrations": ("",),
    # Native look: Windows 11 / macOS styles.
    "styles": ("",),
}

# Qt libraries nothing kept needs (module part of the name, prefix match): QML/Quick (the
# virtual keyboard), PDF, Wayland, eglfs, Lottie/Labs, Designer, Help, SQL, Test, 3D, WebEngine,
# Multimedia.
DROPPED_QT_LIBRARIES = (
    "qml",
    "quick",
    "pdf",
    "virtualkeyboard",
    "wayland",
    "wlshell",
    "eglfs",
    "lottie",
    "labs",
    "designer",
    "help",
    "sql",
    "test",
    "3d",
    "webengine",
    "multimedia",
    "shadertools",
    "statemachine",
    "uitools",
)
# Qt libraries kept only when their Python module is frozen in (a dropped plugin may have
# pulled them in): QtNetwork, for instance, arrives with a single-instance guard.
OPTIONAL_QT_MODULES = (
    "Network",
    "Svg",
    "SvgWidgets",
    "OpenGL",
    "OpenGLWidgets",
    "PrintSupport",
    "Xml",
)

KEPT_QT_TRANSLATIONS = ("qtbase_sv.qm", "qtbase_en.qm")


def _norm(name: str) -> str:
    return name.replace("\\", "/").lower()


def is_qt_plugin_kept(dest: str) -> bool:
    """A file under ``.../plugins/FOLDER/``: kept if its folder and name are listed."""
    parts = _norm(dest).split("/")
    if "plugins" not in parts:
        return True
    index = parts.index("plugins")
    if len(parts) < index + 3:  # the plugins folder itself
        return True
    folder, name = parts[index + 1], parts[-1]
    return any(fragment in name for fragment in KEPT_PLUGINS.get(folder, ()))


def qt_library_module(dest: str) -> str | None:
    """``quick`` for ``libQt6Quick.so.6``, ``Qt6Quick.dll`` or ``QtQuick.framework/...``."""
    norm = _norm(dest)
    if "/plugins/" in norm:
        return None
    framework = re.search(r"/qt(\w+)\.framework/", norm)
    if framework:
        return framework.group(1)
    library = re.match(r"(?:lib)?qt6(\w+?)(?:\.|$)", norm.rsplit("/", 1)[-1])
    return library.group(1) if library else None


def is_qt_library_kept(dest: str, frozen_modules: Iterable[str]) -> bool:
    """Qt libraries: drop the unneeded families and optional modules nobody imports."""
    module = qt_library_module(dest)
    if module is None:
        return True
    if module.startswith(DROPPED_QT_LIBRARIES):
        return False
    optional = {m.lower() for m in OPTIONAL_QT_MODULES}
    return module not in optional or module in {m.lower() for m in frozen_modules}


def is_qt_translation_kept(dest: str) -> bool:
    norm = _norm(dest)
    if "/translations/" not in norm or "pyside6" not in norm:
        return True
    return norm.rsplit("/", 1)[-1] in KEPT_QT_TRANSLATIONS


def frozen_qt_modules(binaries: Iterable[Entry]) -> set[str]:
    """PySide6 modules in the analysis, from their extension files (``PySide6/QtGui.abi3.so``)."""
    found = set()
    for dest, _src, _kind in binaries:
        match = re.match(r"pyside6/qt(\w+?)\.(abi3\.so|pyd)$", _norm(dest))
        if match:
            found.add(match.group(1))
    return found


def keep(entry: Entry, frozen_modules: Iterable[str]) -> bool:
    """The name rules applied to every binary and data file."""
    dest = entry[0]
    return (
        is_qt_plugin_kept(dest)
        and is_qt_library_kept(dest, frozen_modules)
        and is_qt_translation_kept(dest)
    )


def _is_root(entry: Entry) -> bool:
    """Loaded by Python or Qt by name, not through another library's link table."""
    dest, _src, kind = entry
    norm = _norm(dest)
    name = norm.rsplit("/", 1)[-1]
    return (
        kind in ("EXTENSION", "EXECUTABLE")
        or "/plugins/" in norm
        or name.startswith(("libpython", "python3"))  # the interpreter the bootloader loads
    )


def prune(
    binaries: Iterable[Entry],
    datas: Iterable[Entry],
    imports_of: Callable[[str], Iterable[tuple[str, str | None]]],
) -> tuple[list[Entry], list[Entry]]:
    """Apply :func:`keep`, then drop shared libraries nothing kept links to any more.

    PyInstaller collected the dependencies of every plugin, also of those dropped here (the
    GTK theme brings cairo and pango, the Wayland plugins their client libraries). Starting
    from what Python and Qt load by name (extension modules, kept plugins, the interpreter),
    follow each binary's link table (``imports_of`` is PyInstaller's ``get_imports``) and keep
    what is reached. Symlinks and macOS framework resources follow their library.
    """
    binaries, datas = list(binaries), list(datas)
    frozen = frozen_qt_modules(binaries)
    named = [e for e in binaries if keep(e, frozen)]
    libraries = {os.path.realpath(e[1]): e for e in named if e[2] != "SYMLINK"}
    reached: set[str] = set()
    todo = [os.path.realpath(e[1]) for e in named if e[2] != "SYMLINK" and _is_root(e)]
    while todo:
        source = todo.pop()
        if source in reached:
            continue
        reached.add(source)
        for _name, path in imports_of(source):
            if path is not None and os.path.realpath(path) in libraries:
                todo.append(os.path.realpath(path))
    kept = [e for e in named if e[2] == "SYMLINK" or os.path.realpath(e[1]) in reached]
    gone = {_norm(e[0]) for e in binaries} - {_norm(e[0]) for e in kept}
    gone_frameworks = {
        match.group(0) for name in gone if (match := re.search(r".*?/[^/]+\.framework/", name))
    }
    kept_datas = [
        e
        for e in datas
        if keep(e, frozen) and not any(_norm(e[0]).startswith(f) for f in gone_frameworks)
    ]
    # PyInstaller lists its convenience symlinks (``libQt6Gui.so.6`` -> ``PySide6/Qt/lib/...``)
    # among the binaries or the data; a symlink goes with its target.
    present = {_norm(e[0]) for e in (*kept, *kept_datas) if e[2] != "SYMLINK"}
    kept = [e for e in kept if e[2] != "SYMLINK" or _norm(e[1]) in present]
    kept_datas = [e for e in kept_datas if e[2] != "SYMLINK" or _norm(e[1]) in present]
    return kept, kept_datas


def read_version(init_file: Path) -> str:
    """``__version__`` from ``samspel_desktop/__init__.py``: the one source of the version."""
    match = re.search(r'^__version__ = "([^"]+)"$', init_file.read_text("utf-8"), re.MULTILINE)
    if match is None:
        raise ValueError(f"No __version__ in {init_file}")
    return match.group(1)


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows (file version, MSI ProductVersion): ``0.1.0rc1`` → 0.1.0.0."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:3]]
    numbers += [0] * (3 - len(numbers))
    return numbers[0], numbers[1], numbers[2], 0


#: The release level in the MSI's third field (as CPython's installers number theirs).
_MSI_LEVELS = {"dev": 0, "a": 10, "b": 11, "rc": 12, "": 15}
_RELEASE = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?(?:(a|b|rc)(\d+))?(?:\.dev(\d+))?$")


def msi_version(version: str) -> str:
    """The MSI ProductVersion for ``version``: three fields, each release its own.

    Windows Installer compares only ``major.minor.build`` (the fourth field is ignored), so a
    release candidate and its release must differ in the third: it is
    ``patch * 1000 + level * 100 + serial`` with level dev 0, alpha 10, beta 11, rc 12 and
    final 15. ``0.1.0rc1`` → ``0.1.1201``, ``0.1.0`` → ``0.1.1500``, ``0.1.1`` → ``0.1.2500``:
    each is newer than the one before, so MajorUpgrade replaces it and Add/Remove Programs
    lists one Samspel.
    """
    match = _RELEASE.match(version.split("+", maxsplit=1)[0])
    if match is None:
        raise ValueError(f"{version!r} is not a version an MSI can carry (X.Y.Z[aN|bN|rcN])")
    major, minor, patch, level, serial, dev = match.groups()
    if dev is not None and level is not None:
        raise ValueError(f"{version!r}: a dev release of a pre-release has no MSI number")
    stage = "dev" if dev is not None else (level or "")
    number = int(dev if dev is not None else serial or 0)
    build = int(patch or 0) * 1000 + _MSI_LEVELS[stage] * 100 + number
    if int(major) > 255 or int(minor) > 255 or number > 99 or build > 65535:
        raise ValueError(f"{version!r} does not fit an MSI version (255.255.65535)")
    return f"{int(major)}.{int(minor)}.{build}"
