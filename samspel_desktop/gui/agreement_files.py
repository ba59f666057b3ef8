"""The agreement editor's files: the shown version out to Word or PDF/A, a Word document in
as a new draft (after the user saw what it holds)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from samspel_desktop.domain.model import AgreementVersion
from samspel_desktop.domain.text import counted
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.file_dialogs import ask_open_path, ask_save_path_as
from samspel_desktop.gui.operations import Operation, operations_for
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.services.word_import import read_agreement_docx

if TYPE_CHECKING:
    from samspel_desktop.gui.agreement_editor import AgreementEditor
    from samspel_desktop.services.documents.writer import WordExport
    from samspel_desktop.services.word_text import ImportedAgreement


class AgreementFiles(QObject):
    """Export and import for one :class:`AgreementEditor` (``editor.files``)."""

    def __init__(self, editor: AgreementEditor, services: Samspel) -> None:
        super().__init__(editor)
        self._editor = editor
        self._services = services

    def export_to(
        self, path: Path, done: Callable[[list[str]], object] | None = None
    ) -> Operation[WordExport] | Operation[Path] | None:
        """Export the shown version to ``path`` on the database thread, with progress (one
        step a section) and a cancel that leaves no file; ``done`` gets what the user should
        be told."""
        if self._editor.version is None:
            return None
        self._editor.save_now()
        version_id = self._editor.version.id
        agreements = self._services.agreements
        ops = operations_for(self._services, self._editor)
        if path.suffix.lower() == ".pdf":
            from samspel_desktop.pdf import write_pdf

            def pdf_written(written: Path) -> None:
                if done is not None:
                    done(
                        [self.tr("Sparat som PDF/A för e-arkivet: %1").replace("%1", str(written))]
                    )

            # Read and drawn on the database thread (QPdfWriter and QTextDocument work on any
            # thread); the window goes on meanwhile.
            return ops.run(
                lambda _progress: write_pdf(agreements.pdf_source(version_id), path),
                parent=self._editor,
                done=pdf_written,
                progress=self.tr("Skriver PDF/A…"),
            )

        def told(result: WordExport) -> None:
            if done is not None:
                done([self.tr("Sparat som %1").replace("%1", str(result.path)), *result.messages])

        return ops.run(
            lambda progress: agreements.export_word(version_id, path, progress=progress),
            parent=self._editor,
            done=told,
            progress=self.tr("Exporterar till Word…"),
            cancellable=True,
        )

    def ask_export(self) -> None:
        if self._editor.version is None:
            return
        chosen = ask_save_path_as(
            self._editor,
            self.tr("Exportera överenskommelsen"),
            self._services.agreements.word_file_name(self._editor.version),
            [
                (".docx", self.tr("Word-dokument (*.docx)")),
                (".pdf", self.tr("PDF/A för e-arkivet (*.pdf)")),
            ],
        )
        if chosen is None:
            return
        self.export_to(
            chosen,
            lambda messages: QMessageBox.information(
                self._editor, self.tr("Samspel"), "\n\n".join(messages)
            ),
        )

    def import_from(self, path: Path) -> AgreementVersion | None:
        """Import a .docx as a new draft after the user saw what it holds."""
        return self._offer_import(path, read_agreement_docx(path))

    def _offer_import(self, path: Path, imported: ImportedAgreement) -> AgreementVersion | None:
        counts = imported.counts
        parts = [
            counted(
                counts["sections"], self.tr("%n avsnitt", "one"), self.tr("%n avsnitt", "many")
            ),
            counted(counts["subheadings"], self.tr("%n underrubrik"), self.tr("%n underrubriker")),
            counted(counts["paragraphs"], self.tr("%n stycke"), self.tr("%n stycken")),
            counted(counts["list_items"], self.tr("%n listpunkt"), self.tr("%n listpunkter")),
        ]
        summary = (
            self.tr("”%1” innehåller %2 och %3.")
            .replace("%2", ", ".join(parts[:-1]))
            .replace("%3", parts[-1])
            .replace("%1", imported.title or path.name)  # last: a title may hold "%2"
        )
        titles = "\n".join(f"{n}. {s.title}" for n, s in enumerate(imported.sections, 1))
        notes = "\n".join(imported.notes)
        question = f"{summary}\n\n{titles}\n\n{notes}\n\n" + self.tr("Spara som nytt utkast?")
        if not self._editor.confirm(question.replace("\n\n\n\n", "\n\n")):
            return None
        self._editor.save_now()
        version = self._services.agreements.add_imported_draft(
            self._editor.pair, imported.title, imported.sections
        )
        self._editor.reload(version.id)
        return version

    @shows_errors
    def ask_import(self) -> None:
        chosen = ask_open_path(
            self._editor, self.tr("Importera från Word"), self.tr("Word-dokument (*.docx)")
        )
        if chosen is None:
            return
        # Read beside the window's work (a large document takes a moment; nothing is written
        # until the user said yes, so Avbryt is always safe).
        operations_for(self._services, self._editor).run(
            lambda _progress: read_agreement_docx(chosen),
            parent=self._editor,
            done=lambda imported: self._offer_import(chosen, imported),
            progress=self.tr("Läser Word-dokumentet…"),
            cancellable=True,
            beside=True,
        )
