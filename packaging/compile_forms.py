#!/usr/bin/env python3
"""Compile Qt Designer forms ``ui/*.ui`` into ``samspel_desktop/gui/forms/ui_*.py``.

    python packaging/compile_forms.py          # (re)generate
    python packaging/compile_forms.py --check  # fail if a generated file is out of date

The generated modules are committed (so a plain checkout runs) and must not be edited by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
TARGET = ROOT / "samspel_desktop" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by packaging/compile_forms.py – do not edit.\n"


def _uic() -> Path:
    """Qt's uic as shipped inside the PySide6 wheel (``pyside6-uic`` is only a wrapper)."""
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "Qt" / "libexec" / "uic", base / "uic.exe", base / "uic"):
        if candidate.exists():
            return candidate
    raise SystemExit("Qt's uic was not found in the PySide6 installation")


def compile_form(ui_file: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "form.py"
        subprocess.run([str(_uic()), "-g", "python", "-o", str(out), str(ui_file)], check=True)
        body = out.read_text(encoding="utf-8")
    # Drop uic's banner: it names the Qt version and would make the check depend on it.
    lines = body.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return HEADER.format(name=ui_file.name) + prune_imports(spare_qt_namespace("".join(lines)))


_SPLITTER = re.compile(r"^(\s*self\.\w+ = QSplitter)\(((?:self\.)?\w+)\)$", re.MULTILINE)
_SHORTCUT = re.compile(r"^(\s*self\.\w+)\.setShortcut\((.*)\)$", re.MULTILINE)


def spare_qt_namespace(code: str) -> str:
    """Keep the form from needing Qt's ``Qt`` namespace where uic's own code is the only cause.

    PySide sets up the namespace with all its ~100 enums (~15 ms) the first time anything
    touches it, and that includes choosing between overloads: ``QSplitter(parent)`` is tried
    against ``QSplitter(Qt.Orientation, parent)``, ``setShortcut(text)`` against a ``Qt.Key``.
    So a splitter gets its parent by keyword (only a widget: a layout given ``parent=`` is not
    installed on the widget), and a shortcut comes as a one-item list of key sequences
    (``setShortcuts``). The start page's forms then use nothing of the namespace, and neither
    does the start page (BENCHMARKS.md: start-up).
    """
    code = _SPLITTER.sub(r"\1(parent=\2)", code)
    return _SHORTCUT.sub(r"\1.setShortcuts([QKeySequence(\2)])", code)


_IMPORT = re.compile(r"^from (\S+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(code: str) -> str:
    """Keep only the imported names the form uses.

    uic imports some forty Qt names per form whether used or not, and PySide6 creates each
    type on first access: about 30 ms of start-up for nothing (BENCHMARKS.md).
    """
    body = _IMPORT.sub("", code)

    def used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).replace("\n", " ").split(",") if n.strip()]
        kept = [n for n in names if re.search(rf"\b{re.escape(n)}\b", body)]
        if not kept:
            return ""
        return f"from {match.group(1)} import ({', '.join(kept)})\n"

    return _IMPORT.sub(used, code)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    TARGET.mkdir(parents=True, exist_ok=True)
    init = TARGET / "__init__.py"
    if not init.exists() and not check:
        init.write_text('"""Generated Qt Designer forms (see packaging/compile_forms.py)."""\n')
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = TARGET / f"ui_{ui_file.stem}.py"
        code = compile_form(ui_file)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != code:
                stale.append(target.relative_to(ROOT))
        else:
            target.write_text(code, encoding="utf-8")
    if stale:
        print("Out of date (run packaging/compile_forms.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
