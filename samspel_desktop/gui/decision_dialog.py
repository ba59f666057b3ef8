"""The decision path of one agreement version: remiss (recipients, answers) and adoption."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samspel_desktop.domain.model import AgreementStatus, Remiss, RemissStance
from samspel_desktop.gui.common import ask_yes_no, from_qdate, to_qdate
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.file_dialogs import ask_save_path
from samspel_desktop.gui.labels import label
from samspel_desktop.gui.operations import remote
from samspel_desktop.gui.widgets import DateEdit
from samspel_desktop.services.samspel import Samspel


class DecisionDialog(QDialog):
    """Remiss and adoption of one version; changes are saved as each button is pressed."""

    def __init__(self, services: Samspel, version_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self._version_id = version_id
        self.setWindowTitle(self.tr("Beslutsgång för överenskommelsen"))
        self.setMinimumSize(760, 600)
        layout = QVBoxLayout(self)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)

        # Remiss: send.
        self.send_box = QGroupBox(self.tr("Skicka på remiss"), self)
        send = QFormLayout(self.send_box)
        self.recipients_edit = QPlainTextEdit(self.send_box)
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setPlaceholderText(
            self.tr(
                "En remissinstans per rad, t.ex.\nSocialnämnden\nBarn- och utbildningsnämnden"
                "\nPartigrupperna"
            )
        )
        self.recipients_edit.setMaximumHeight(110)
        send.addRow(self.tr("&Remissinstanser:"), self.recipients_edit)
        self.deadline_edit = DateEdit(self.send_box)
        self.deadline_edit.setDate(to_qdate(dt.date.today() + dt.timedelta(days=42)))
        send.addRow(self.tr("Sista &svarsdag:"), self.deadline_edit)
        self.reference_edit = QLineEdit(self.send_box)
        send.addRow(self.tr("&Diarienummer:"), self.reference_edit)
        self.send_button = QPushButton(self.tr("Skicka på remiss"), self.send_box)
        self.send_button.clicked.connect(self._send)
        send.addRow("", self.send_button)
        layout.addWidget(self.send_box)

        # Remiss: answers.
        self.answers_box = QGroupBox(self.tr("Remissvar"), self)
        answers = QVBoxLayout(self.answers_box)
        self.answers_table = QTableWidget(0, 3, self.answers_box)
        self.answers_table.setHorizontalHeaderLabels(
            [self.tr("Remissinstans"), self.tr("Svar"), self.tr("Yttrande")]
        )
        self.answers_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.answers_table.verticalHeader().setVisible(False)
        self.answers_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.answers_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.answers_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.answers_table.setAccessibleName(self.tr("Remissvar"))
        self.answers_table.currentCellChanged.connect(lambda *_: self._show_answer())
        answers.addWidget(self.answers_table)
        form = QFormLayout()
        self.stance_combo = QComboBox(self.answers_box)
        for stance in RemissStance:
            self.stance_combo.addItem(label(stance), stance.value)
        form.addRow(self.tr("S&var:"), self.stance_combo)
        self.answer_text = QPlainTextEdit(self.answers_box)
        self.answer_text.setTabChangesFocus(True)
        self.answer_text.setMaximumHeight(90)
        form.addRow(self.tr("&Yttrande:"), self.answer_text)
        row = QHBoxLayout()
        self.save_answer_button = QPushButton(self.tr("Spara &svaret"), self.answers_box)
        self.save_answer_button.clicked.connect(self._save_answer)
        row.addWidget(self.save_answer_button)
        self.new_recipient_edit = QLineEdit(self.answers_box)
        self.new_recipient_edit.setPlaceholderText(self.tr("Ny remissinstans"))
        self.new_recipient_edit.setAccessibleName(self.tr("Ny remissinstans"))
        row.addWidget(self.new_recipient_edit)
        add = QPushButton(self.tr("&Lägg till instans"), self.answers_box)
        add.clicked.connect(self._add_recipient)
        row.addWidget(add)
        form.addRow("", row)
        answers.addLayout(form)
        documents = QHBoxLayout()
        self.export_remiss_button = QPushButton(
            self.tr("Remissen med &missiv till Word…"), self.answers_box
        )
        self.export_remiss_button.clicked.connect(lambda: self._export(summary=False))
        documents.addWidget(self.export_remiss_button)
        self.export_summary_button = QPushButton(
            self.tr("Samman&ställning av remissvaren till Word…"), self.answers_box
        )
        self.export_summary_button.clicked.connect(lambda: self._export(summary=True))
        documents.addWidget(self.export_summary_button)
        documents.addStretch(1)
        answers.addLayout(documents)
        layout.addWidget(self.answers_box)

        # Adoption.
        self.adopt_box = QGroupBox(self.tr("Anta överenskommelsen"), self)
        adopt = QFormLayout(self.adopt_box)
        self.adopted_on = DateEdit(self.adopt_box)
        self.adopted_on.setDate(to_qdate(dt.date.today()))
        adopt.addRow(self.tr("Datum för &beslut:"), self.adopted_on)
        self.paragraph_edit = QLineEdit(self.adopt_box)
        self.paragraph_edit.setPlaceholderText(self.tr("t.ex. § 146"))
        adopt.addRow(self.tr("&Paragraf:"), self.paragraph_edit)
        self.place_edit = QLineEdit(self.adopt_box)
        adopt.addRow(self.tr("&Ort:"), self.place_edit)
        self.adopt_button = QPushButton(self.tr("&Anta – versionen låses"), self.adopt_box)
        self.adopt_button.clicked.connect(self._adopt)
        adopt.addRow("", self.adopt_button)
        layout.addWidget(self.adopt_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._remiss: Remiss | None = None
        self.refresh()

    def refresh(self) -> None:
        version = self._services.agreements.get(self._version_id)
        pair = self._services.pairs.get(version.pair_id)
        if not self.place_edit.text():
            self.place_edit.setText(
                pair.organisation.name.replace(" kommun", "").replace("Region ", "")
            )
        self._remiss = self._services.agreements.remiss(self._version_id)
        adopted = version.status is AgreementStatus.ADOPTED
        state = {
            AgreementStatus.DRAFT: self.tr(
                "Version %1 är ett utkast. Skicka den på remiss eller anta den direkt."
            ),
            AgreementStatus.REMISS: self.tr(
                "Version %1 är på remiss; texten är låst. Anteckna "
                "svaren och anta versionen när remissen är klar."
            ),
            AgreementStatus.ADOPTED: self.tr(
                "Version %1 är antagen och kan inte ändras. "
                "Sena remissvar kan fortfarande antecknas."
            ),
        }[version.status].replace("%1", str(version.number))
        self.state_label.setText(state)
        self.send_box.setVisible(self._remiss is None and not adopted)
        self.answers_box.setVisible(self._remiss is not None)
        self.adopt_box.setEnabled(not adopted)
        table = self.answers_table
        answers = self._remiss.answers if self._remiss else ()
        keep = table.currentRow()
        table.setRowCount(len(answers))
        for i, answer in enumerate(answers):
            for column, value in enumerate(
                (answer.recipient, label(answer.stance), " ".join(answer.text.split()))
            ):
                table.setItem(i, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if answers:
            table.selectRow(min(max(keep, 0), len(answers) - 1))
        self._show_answer()

    def _show_answer(self) -> None:
        row = self.answers_table.currentRow()
        answers = self._remiss.answers if self._remiss else ()
        if not 0 <= row < len(answers):
            return
        answer = answers[row]
        self.stance_combo.setCurrentIndex(self.stance_combo.findData(answer.stance.value))
        self.answer_text.setPlainText(answer.text)

    @shows_errors
    def _send(self) -> None:
        self._services.agreements.send_to_remiss(
            self._version_id,
            self.recipients_edit.toPlainText().splitlines(),
            deadline=from_qdate(self.deadline_edit.date()),
            reference=self.reference_edit.text(),
        )
        self.refresh()

    @shows_errors
    def _save_answer(self) -> None:
        row = self.answers_table.currentRow()
        answers = self._remiss.answers if self._remiss else ()
        if not 0 <= row < len(answers):
            return
        self._services.agreements.record_remiss_answer(
            answers[row].id,
            RemissStance(self.stance_combo.currentData()),
            self.answer_text.toPlainText(),
        )
        self.refresh()

    @shows_errors
    def _export(self, *, summary: bool) -> None:
        """The remiss with its cover letter, or the answers summed up, as a Word document."""
        agreements = self._services.agreements
        version = agreements.get(self._version_id)
        what = self.tr("Sammanställning av remissvar") if summary else self.tr("Remiss")
        chosen = ask_save_path(
            self,
            what,
            agreements.remiss_file_name(version, summary=summary),
            self.tr("Word-dokument (*.docx)"),
        )
        if chosen is None:
            return
        export = agreements.export_remiss_summary if summary else agreements.export_remiss
        result = export(self._version_id, chosen)
        QMessageBox.information(
            self,
            self.tr("Samspel"),
            "\n\n".join(
                [self.tr("Sparat som %1").replace("%1", str(result.path)), *result.messages]
            ),
        )

    @shows_errors
    def _add_recipient(self) -> None:
        self._services.agreements.add_remiss_recipient(
            self._version_id, self.new_recipient_edit.text()
        )
        self.refresh()
        self.new_recipient_edit.clear()

    @shows_errors
    def _adopt(self) -> None:
        pending = [
            a.recipient
            for a in (self._remiss.answers if self._remiss else ())
            if a.stance is RemissStance.PENDING
        ]
        question = self.tr(
            "Anta version som överenskommelse? En antagen version kan inte "
            "ändras; fortsatt arbete sker i ett nytt utkast."
        )
        if pending:
            question += "\n\n" + self.tr("Remissvar saknas fortfarande från: %1.").replace(
                "%1", ", ".join(pending)
            )
        if not ask_yes_no(self, self.tr("Anta överenskommelsen"), question):
            return
        self._services.agreements.adopt(
            self._version_id,
            from_qdate(self.adopted_on.date()),
            self.paragraph_edit.text(),
            place=self.place_edit.text(),
        )
        self.refresh()
