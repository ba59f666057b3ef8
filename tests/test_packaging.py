"""Packaging: what the frozen folder keeps, the icon files, the version, and (slow) a real build."""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import samspel_desktop

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import freeze_rules  # noqa: E402
import make_icons  # noqa: E402

sys.path.insert(0, str(ROOT / "packaging" / "windows"))
import build_msi  # noqa: E402

ICONS = ROOT / "resources" / "icons"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_plugin_rules(dest: str, kept: bool) -> None:
    assert freeze_rules.is_qt_plugin_kept(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6QuickControls2.dll", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("libQt6WaylandClient.so.6", False),  # PyInstaller's top-level symlink
        ("PySide6/Qt/lib/libQt6Svg.so.6", False),  # optional, QtSvg not imported
        ("PySide6/Qt/lib/libQt6Network.so.6", True),  # optional, QtNetwork imported
        ("PySide6/QtCore.abi3.so", True),
    ],
)
def test_qt_library_rules(dest: str, kept: bool) -> None:
    assert freeze_rules.is_qt_library_kept(dest, {"core", "gui", "widgets", "network"}) is kept


def test_only_swedish_and_english_qt_translations_are_kept() -> None:
    assert freeze_rules.is_qt_translation_kept("PySide6/Qt/translations/qtbase_sv.qm")
    assert freeze_rules.is_qt_translation_kept("PySide6/Qt/translations/qtbase_en.qm")
    assert not freeze_rules.is_qt_translation_kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not freeze_rules.is_qt_translation_kept("PySide6/translations/qt_help_sv.qm")
    assert freeze_rules.is_qt_translation_kept("samspel_desktop/resources/translations/x.qm")


def test_frozen_qt_modules_come_from_extension_files() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/x/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/QtNetwork.pyd", "C:/x/QtNetwork.pyd", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Svg.so.6", "/x/libQt6Svg.so.6", "BINARY"),
    ]
    assert freeze_rules.frozen_qt_modules(binaries) == {"gui", "network"}


def test_prune_keeps_what_is_linked_from_kept_roots() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),  # only the GTK theme needs it
        ("libX11.so.6", "/usr/lib/libX11.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
    ]
    links = {
        "/s/QtGui.abi3.so": ["/s/libQt6Gui.so.6"],
        "/s/libqxcb.so": ["/s/libQt6Gui.so.6", "/usr/lib/libX11.so.6"],
        "/s/libqgtk3.so": ["/usr/lib/libcairo.so.2"],
        "/py/libpython3.11.so.1.0": ["/usr/lib/libz.so.1"],
    }
    # prune() compares real paths: on Windows "/s/x" is "C:\\s\\x", so key the links alike.
    real_links = {os.path.realpath(k): v for k, v in links.items()}

    def imports_of(path: str) -> list[tuple[str, str | None]]:
        return [(Path(p).name, p) for p in real_links.get(path, [])] + [("libc.so.6", None)]

    datas = [
        ("PySide6/Qt/translations/qtbase_de.qm", "/s/qtbase_de.qm", "DATA"),
        ("docx/templates/default.docx", "/s/default.docx", "DATA"),
        ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),  # target not frozen
        ("libX11-link.so", "libX11.so.6", "SYMLINK"),
    ]
    kept, kept_datas = freeze_rules.prune(binaries, datas, imports_of)
    assert {e[0] for e in kept} == {
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libX11.so.6",
        "libpython3.11.so.1.0",
        "libz.so.1",
        "libQt6Gui.so.6",
    }
    assert [e[0] for e in kept_datas] == ["docx/templates/default.docx", "libX11-link.so"]


def test_prune_drops_the_resources_of_a_dropped_framework() -> None:
    binaries = [
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "/s/QtQuick", "BINARY"),
    ]
    datas = [
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/Resources/Info.plist", "/s/I", "DATA"),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/Resources/Info.plist", "/s/J", "DATA"),
    ]
    kept, kept_datas = freeze_rules.prune(binaries, datas, lambda _path: [])
    assert kept == []
    assert [e[1] for e in kept_datas] == ["/s/J"]


def test_the_version_has_one_source() -> None:
    init = ROOT / "samspel_desktop" / "__init__.py"
    assert freeze_rules.read_version(init) == samspel_desktop.__version__
    assert freeze_rules.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert freeze_rules.numeric_version("1.2rc3") == (1, 2, 3, 0)
    assert freeze_rules.numeric_version("2") == (2, 0, 0, 0)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_files_match_the_svg_source() -> None:
    assert (ICONS / "samspel.svg").read_text("utf-8") == make_icons.SVG
    for size in make_icons.PNG_SIZES:
        assert _png_size((ICONS / f"samspel-{size}.png").read_bytes()) == (size, size)


def test_ico_lists_every_size_as_png() -> None:
    data = (ICONS / "samspel.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        real = _png_size(data[offset : offset + length])
        assert real[0] == (width or 256)
        sizes.append(real[0])
    assert sizes == list(make_icons.ICO_SIZES)


def test_icns_is_well_formed() -> None:
    data = (ICONS / "samspel.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])
        kinds.append(kind)
        offset += length[0]
    assert offset == len(data)
    assert kinds == [kind for kind, _size in make_icons.ICNS_TYPES]


WIX = "{http://wixtoolset.org/schemas/v4/wxs}"


def test_msi_recipe_is_per_machine_with_a_fixed_upgrade_code() -> None:
    package = ET.parse(ROOT / "packaging" / "windows" / "samspel.wxs").getroot()[0]
    assert package.tag == f"{WIX}Package"
    assert package.get("UpgradeCode") == "EF5FFDC9-B2A5-4019-A8E8-26BAF4B4C6D0"
    assert package.get("Version") == "$(var.Version)"
    assert package.get("Scope") == "perMachine"
    assert package.find(f"{WIX}MajorUpgrade") is not None
    shortcut = package.find(f".//{WIX}Shortcut")
    assert shortcut is not None
    assert shortcut.get("Target") == "[INSTALLFOLDER]Samspel.exe"


def test_msi_harvest_lists_every_file_in_its_folder(tmp_path: Path) -> None:
    (tmp_path / "_internal" / "PySide6").mkdir(parents=True)
    (tmp_path / "Samspel.exe").write_bytes(b"MZ")
    (tmp_path / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ")
    (tmp_path / "_internal" / "a&b.txt").write_text("x")
    root = ET.fromstring(build_msi.harvest(tmp_path))
    components = root.findall(f".//{WIX}ComponentGroup[@Id='AppFiles']/{WIX}Component")
    placed = [(c.get("Subdirectory"), c[0].get("Source")) for c in components]
    assert placed == [
        (None, "$(var.AppDir)\\Samspel.exe"),
        ("_internal\\PySide6", "$(var.AppDir)\\_internal\\PySide6\\Qt6Core.dll"),
        ("_internal", "$(var.AppDir)\\_internal\\a&b.txt"),
    ]


def test_prune_works_with_windows_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same rules on Windows, simulated: real paths there have drive letters, backslashes."""
    import ntpath

    monkeypatch.setattr(
        os.path, "realpath", lambda p, **_: ntpath.abspath(str(p).replace("/", "\\"))
    )
    binaries = [
        ("PySide6/QtGui.pyd", r"C:\py\QtGui.pyd", "EXTENSION"),
        ("PySide6/Qt6Gui.dll", r"C:\py\Qt6Gui.dll", "BINARY"),
        ("PySide6/plugins/platforms/qwindows.dll", r"C:\py\qwindows.dll", "BINARY"),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", r"C:\py\qmws.dll", "BINARY"),
        ("PySide6/plugins/platforms/qminimal.dll", r"C:\py\qminimal.dll", "BINARY"),
        ("PySide6/Qt6Pdf.dll", r"C:\py\Qt6Pdf.dll", "BINARY"),
    ]
    links = {
        r"C:\py\QtGui.pyd": [r"C:\py\Qt6Gui.dll"],
        r"C:\py\qwindows.dll": [r"C:\py\Qt6Gui.dll"],
        r"C:\py\qmws.dll": [r"C:\py\Qt6Gui.dll"],
    }

    def imports_of(path: str) -> list[tuple[str, str | None]]:
        return [(ntpath.basename(p), p) for p in links.get(path, [])]

    kept, _ = freeze_rules.prune(binaries, [], imports_of)
    assert {e[0] for e in kept} == {
        "PySide6/QtGui.pyd",
        "PySide6/Qt6Gui.dll",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    }


@pytest.mark.parametrize(
    ("version", "msi"),
    [
        ("0.1.0.dev3", "0.1.3"),
        ("0.1.0a1", "0.1.1001"),
        ("0.1.0b2", "0.1.1102"),
        ("0.1.0rc1", "0.1.1201"),
        ("0.1.0rc2", "0.1.1202"),
        ("0.1.0", "0.1.1500"),
        ("0.1.1rc1", "0.1.2201"),
        ("0.1.1", "0.1.2500"),
        ("1.2", "1.2.1500"),
    ],
)
def test_msi_versions_tell_a_release_candidate_from_its_release(version: str, msi: str) -> None:
    assert freeze_rules.msi_version(version) == msi


def test_msi_versions_grow_with_every_release() -> None:
    order = ["0.1.0.dev1", "0.1.0a1", "0.1.0b1", "0.1.0rc1", "0.1.0rc2", "0.1.0", "0.1.1rc1"]
    numbers = [tuple(int(n) for n in freeze_rules.msi_version(v).split(".")) for v in order]
    assert numbers == sorted(numbers)
    assert len(set(numbers)) == len(numbers)  # each its own Add/Remove Programs entry
    assert freeze_rules.msi_version(samspel_desktop.__version__)  # the current one fits


@pytest.mark.parametrize("version", ["0.1.0.post1", "0.1.0rc1.dev1", "256.0.0", "0.1.66", "x"])
def test_versions_an_msi_cannot_carry_are_refused(version: str) -> None:
    with pytest.raises(ValueError, match=r"(?i)msi"):
        freeze_rules.msi_version(version)


def test_the_windows_build_smoke_tests_on_the_windows_platform() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import build

    assert build.smoke_platforms("win32", xvfb=False) == ["offscreen", "windows"]
    assert build.smoke_platforms("linux", xvfb=True) == ["offscreen", "xcb"]
    assert build.smoke_platforms("linux", xvfb=False) == ["offscreen"]
    assert build.smoke_platforms("darwin", xvfb=True) == ["offscreen"]


def test_the_build_times_start_up_to_the_line_the_self_test_prints() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    import build

    from samspel_desktop.smoke_test import PAINTED

    assert build.PAINTED == PAINTED


def _windows_job() -> str:
    text = (ROOT / ".github" / "workflows" / "build.yml").read_text("utf-8")
    return text[text.index("\n  windows:\n") : text.index("\n  macos:\n")]


def test_the_windows_job_calls_the_python_it_set_up() -> None:
    job = _windows_job()
    assert "steps.python.outputs.python-path" in job
    assert "py packaging" not in job  # the py launcher may pick another Python
    assert "& $env:PYTHON packaging\\build.py" in job
    assert "& $env:PYTHON packaging\\windows\\build_msi.py" in job


def test_the_windows_job_runs_the_installed_app_on_the_windows_platform() -> None:
    job = _windows_job()
    assert "$env:QT_QPA_PLATFORM = 'windows'" in job
    assert job.count("& $cli --smoke-test") == 2  # offscreen, then windows


def test_a_release_is_signed_in_the_cloud_or_fails() -> None:
    job = _windows_job()
    assert "signtool" not in job  # not on a hosted runner's PATH; keys live in an HSM
    assert job.count("uses: azure/artifact-signing-action@v1") == 2  # the exes, then the MSI
    assert job.index("dist\\Samspel\\samspel-cli.exe") < job.index("build_msi.py")
    gate = job[job.index("A release must be signed") : job.index("uses: actions/checkout")]
    assert "startsWith(github.ref, 'refs/tags/v')" in gate
    assert "exit 1" in gate
    assert "Get-AuthenticodeSignature" in job


def test_linux_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "packaging" / "linux" / "samspel.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["type"] == "Application"
    assert section["exec"] == "samspel"
    assert section["icon"] == "samspel"
    assert section["terminal"] == "false"


def _install_sh(*args: str) -> None:
    subprocess.run(
        ["sh", str(ROOT / "packaging" / "linux" / "install.sh"), *args],
        check=True,
        capture_output=True,
        timeout=300,
    )


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CI builds other OSes natively")
def test_build_smoke_test_and_startup(tmp_path: Path) -> None:
    """The real thing: packaging/build.py builds the folder, smoke-tests it, times start-up."""
    env = {k: v for k, v in os.environ.items() if k != "SAMSPEL_BUILD_INNER"}
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "build"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "Självtestet lyckades" in output
    assert "[build] OK:" in output
    assert "ratio" in output
    # The Linux install script on the fresh build: menu entry, icons, a working command.
    prefix = tmp_path / "prefix"
    _install_sh("--prefix", str(prefix), "--dist", str(tmp_path / "dist" / "Samspel"))
    desktop = (prefix / "share" / "applications" / "samspel.desktop").read_text("utf-8")
    assert f"Exec={prefix / 'opt' / 'samspel' / 'samspel'}" in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "samspel.png").exists()
    version = subprocess.run(
        [str(prefix / "bin" / "samspel"), "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"Samspel {samspel_desktop.__version__}"
    _install_sh("--prefix", str(prefix), "--uninstall")
    left = [p for p in prefix.rglob("*") if p.is_file() and not p.name.endswith(".cache")]
    assert left == []  # only the desktop's shared icon/menu caches may remain
