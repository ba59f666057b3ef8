"""The one way the windows ask for a file to save or open (see ``services.filenames``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from samspel_desktop.services.filenames import dialog_start


def ask_save_path(
    parent: QWidget | None,
    title: str,
    name: str,
    file_filter: str,
    *,
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save; the dialog suggests ``name`` made safe, in ``folder`` or Documents."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, dialog_start(folder, name), file_filter)
    return Path(chosen) if chosen else None


def ask_save_path_as(
    parent: QWidget | None,
    title: str,
    name: str,
    file_types: Sequence[tuple[str, str]],
    *,
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save, offering several file types as (suffix, filter text); the path gets
    the suffix of the type chosen in the dialog."""
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, dialog_start(folder, name), ";;".join(f for _, f in file_types)
    )
    if not chosen:
        return None
    path = Path(chosen)
    suffixes = [suffix for suffix, _ in file_types]
    wanted = next((suffix for suffix, f in file_types if f == chosen_filter), suffixes[0])
    if path.suffix.lower() == wanted:
        return path
    if path.suffix.lower() in suffixes:
        return path.with_suffix(wanted)
    return path.with_name(path.name + wanted)


def ask_open_path(
    parent: QWidget | None, title: str, file_filter: str, *, folder: Path | None = None
) -> Path | None:
    """Ask for a file to open, starting in ``folder`` or Documents."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, dialog_start(folder), file_filter)
    return Path(chosen) if chosen else None
