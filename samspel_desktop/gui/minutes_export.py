"""Saving a conversation's minnesanteckningar as a Word document, or as PDF/A for the
e-archive: from the conversation view and from the start page's list of conversations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samspel_desktop.gui.file_dialogs import ask_save_path_as
from samspel_desktop.gui.operations import operations_for
from samspel_desktop.services.samspel import Samspel


def save_minutes(parent: QWidget, services: Samspel, conversation_id: int) -> str | None:
    """Ask where to save and write the minutes; returns what to tell the user, or None when
    the user cancelled. A :class:`UserFacingError` reaches the caller's ``shows_errors``."""
    path = ask_save_path_as(
        parent,
        QCoreApplication.translate("MinutesExport", "Spara minnesanteckningarna"),
        services.conversations.minutes_file_name(conversation_id),
        [
            (".docx", QCoreApplication.translate("MinutesExport", "Word-dokument (*.docx)")),
            (".pdf", QCoreApplication.translate("MinutesExport", "PDF/A för e-arkivet (*.pdf)")),
        ],
    )
    if path is None:
        return None
    if path.suffix.lower() == ".pdf":
        from samspel_desktop.pdf import write_pdf

        source = services.conversations.minutes_pdf_source(conversation_id)
        # Drawn on the database thread, like the agreement's PDF/A: the window paints meanwhile.
        written = operations_for(services, parent).call(write_pdf, source, path)
        return QCoreApplication.translate(
            "MinutesExport", "Sparade minnesanteckningarna som PDF/A i %1."
        ).replace("%1", str(written))
    result = services.conversations.export_minutes(conversation_id, path)
    saved = QCoreApplication.translate(
        "MinutesExport", "Sparade minnesanteckningarna i %1."
    ).replace("%1", str(path))
    return " ".join([saved, *result.messages])
