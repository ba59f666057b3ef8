"""Saving a conversation's minnesanteckningar as a Word document: from the conversation view
and from the start page's list of conversations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samspel_desktop.gui.file_dialogs import ask_save_path
from samspel_desktop.services.samspel import Samspel


def save_minutes(parent: QWidget, services: Samspel, conversation_id: int) -> str | None:
    """Ask where to save and write the minutes; returns what to tell the user, or None when
    the user cancelled. A :class:`UserFacingError` reaches the caller's ``shows_errors``."""
    picked = ask_save_path(
        parent,
        QCoreApplication.translate("MinutesExport", "Spara minnesanteckningarna"),
        services.conversations.minutes_file_name(conversation_id),
        QCoreApplication.translate("MinutesExport", "Word-dokument (*.docx)"),
    )
    if picked is None:
        return None
    path = picked if picked.suffix.lower() == ".docx" else Path(f"{picked}.docx")
    result = services.conversations.export_minutes(conversation_id, path)
    saved = QCoreApplication.translate(
        "MinutesExport", "Sparade minnesanteckningarna i %1."
    ).replace("%1", str(path))
    return " ".join([saved, *result.messages])
