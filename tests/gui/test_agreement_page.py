"""The agreement editor inside the main window, and its decision path."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from samspel_desktop.domain.model import AgreementStatus, RemissStance
from samspel_desktop.gui.decision_dialog import DecisionDialog
from samspel_desktop.gui.main_window import MainWindow
from samspel_desktop.services.samspel import Samspel
from tests.conftest import MakePair


def test_start_page_opens_the_pairs_agreement(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    services.agreements.start_draft(pair)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start_page.refresh(select_pair=pair.id)
    qtbot.mouseClick(window.start_page.ui.agreementButton, Qt.MouseButton.LeftButton)
    assert window.ui.pages.currentWidget() is window.agreement_page
    assert window.agreement_page.editor is not None
    assert "Anna Berg" in window.agreement_page.title.text()
    assert window.windowTitle().startswith("Samspel – överenskommelse")


def test_remiss_answers_and_adoption_through_the_dialog(
    qtbot: QtBot, services: Samspel, monkeypatch: pytest.MonkeyPatch, make_pair: MakePair
) -> None:
    pair = make_pair(services)
    draft = services.agreements.start_draft(pair)
    dialog = DecisionDialog(services, draft.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.send_box.isVisibleTo(dialog)
    dialog.recipients_edit.setPlainText("Socialnämnden\nPartigrupperna\n")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert services.agreements.get(draft.id).status is AgreementStatus.REMISS
    assert dialog.answers_table.rowCount() == 2
    dialog.answers_table.selectRow(0)
    dialog.stance_combo.setCurrentIndex(
        dialog.stance_combo.findData(RemissStance.SUPPORTS_WITH_COMMENTS.value)
    )
    dialog.answer_text.setPlainText("Tydliggör kontaktvägarna till nämnden.")
    qtbot.mouseClick(dialog.save_answer_button, Qt.MouseButton.LeftButton)
    remiss = services.agreements.remiss(draft.id)
    assert remiss is not None
    assert remiss.answers[0].stance is RemissStance.SUPPORTS_WITH_COMMENTS
    assert remiss.answers[0].text.startswith("Tydliggör")
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    dialog.adopted_on.setDate(dialog.adopted_on.date().addDays(-1))
    dialog.paragraph_edit.setText("§ 12")
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    assert "Partigrupperna" in asked[0]
    adopted = services.agreements.get(draft.id)
    assert adopted.status is AgreementStatus.ADOPTED
    assert adopted.metadata.decision_paragraph == "§ 12"
    assert adopted.adopted_on == dt.date.today() - dt.timedelta(days=1)
    assert not dialog.adopt_box.isEnabled()


def test_a_new_kso_inherits_the_previous_agreement_as_a_draft(
    qtbot: QtBot, services: Samspel, make_pair: MakePair
) -> None:
    from samspel_desktop.gui.agreement_editor import AgreementEditor

    old = make_pair(services)
    draft = services.agreements.start_draft(old)
    services.agreements.adopt(draft.id, dt.date(2023, 3, 1), "§ 5")
    new = make_pair(services, political="Sara Lind", predecessor_id=old.id)
    editor = AgreementEditor(services, new.id)
    qtbot.addWidget(editor)
    assert str(editor.ui.templateCombo.itemData(0)) == f"copy:{draft.id}"
    editor.ui.templateCombo.setCurrentIndex(0)
    editor.start_draft()
    [inherited] = services.agreements.versions(new.id)
    assert inherited.based_on_id == draft.id
    assert inherited.status is AgreementStatus.DRAFT
    assert [s.title for s in inherited.sections] == [
        s.title for s in services.agreements.get(draft.id).sections
    ]
