"""The one way the windows ask for a file to save or open (see ``services.filenames``)."""

from __future__ import annotations

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


def ask_open_path(
    parent: QWidget | None, title: str, file_filter: str, *, folder: Path | None = None
) -> Path | None:
    """Ask for a file to open, starting in ``folder`` or Documents."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, dialog_start(folder), file_filter)
    return Path(chosen) if chosen else None
