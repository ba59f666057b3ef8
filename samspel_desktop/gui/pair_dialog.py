"""Create or correct a samspelspar (organisation, kind, the body it leads, the two people,
phase)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from samspel_desktop.domain.bodies import COMMON_COMMITTEES, board_name
from samspel_desktop.domain.calendar import TermBasis
from samspel_desktop.domain.model import OrganisationKind, Pair, PairKind, Phase
from samspel_desktop.gui.common import from_qdate, to_qdate
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.forms.ui_pair_dialog import Ui_PairDialog
from samspel_desktop.gui.labels import label, pair_kind_titles
from samspel_desktop.gui.operations import remote
from samspel_desktop.services.samspel import Samspel


class PairDialog(QDialog):
    """``pair`` None creates a new pair; otherwise its details are corrected in place."""

    def __init__(
        self, services: Samspel, pair: Pair | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self._pair = pair
        self.result_pair: Pair | None = None
        self.ui = Ui_PairDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Nytt samspelspar") if pair is None else self.tr("Redigera samspelspar")
        )
        for org_kind in OrganisationKind:
            self.ui.organisationKindCombo.addItem(label(org_kind), org_kind)
        for kind in PairKind:
            self.ui.kindCombo.addItem(label(kind), kind)
        for phase in Phase:
            self.ui.phaseCombo.addItem(label(phase), phase)
        self.ui.errorLabel.setVisible(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Spara"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.organisationKindCombo.currentIndexChanged.connect(self._kind_changed)
        body_edit = self.ui.bodyCombo.lineEdit()
        if body_edit is not None:
            body_edit.setPlaceholderText(self.tr("t.ex. Socialnämnden"))
        if pair is None:
            self.ui.startDateEdit.setDate(to_qdate(dt.date.today()))
            self._kind_changed()
        else:
            self.ui.organisationEdit.setText(pair.organisation.name)
            self.ui.organisationKindCombo.setCurrentIndex(
                self.ui.organisationKindCombo.findData(pair.organisation.kind)
            )
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(pair.kind))
            self._kind_changed()
            if pair.body:
                self.ui.bodyCombo.setEditText(pair.body)
            self.ui.councilTermCheck.setChecked(pair.term is TermBasis.COUNCIL)
            self.ui.politicalNameEdit.setText(pair.political.name)
            self.ui.politicalTitleEdit.setText(pair.political.title)
            self.ui.executiveNameEdit.setText(pair.executive.name)
            self.ui.executiveTitleEdit.setText(pair.executive.title)
            self.ui.startDateEdit.setDate(to_qdate(pair.start_date))
            self.ui.phaseCombo.setCurrentIndex(self.ui.phaseCombo.findData(pair.phase))

    def _kind_changed(self) -> None:
        """Fill in the titles of the chosen kind unless the user typed their own."""
        kind = PairKind(self.ui.kindCombo.currentData())
        political, executive = pair_kind_titles(kind)
        known = {t for k in PairKind for t in pair_kind_titles(k)}
        if not self.ui.politicalTitleEdit.text() or self.ui.politicalTitleEdit.text() in known:
            self.ui.politicalTitleEdit.setText(political)
        if not self.ui.executiveTitleEdit.text() or self.ui.executiveTitleEdit.text() in known:
            self.ui.executiveTitleEdit.setText(executive)
        if kind is PairKind.REGION:
            self.ui.organisationKindCombo.setCurrentIndex(
                self.ui.organisationKindCombo.findData(OrganisationKind.REGION)
            )
        # The body the pair leads: a nämnd for a nämndordförande and a förvaltningschef,
        # otherwise the organisation's styrelse (own titles may name another body).
        combo = self.ui.bodyCombo
        typed = combo.currentText()
        board = self._board()
        combo.blockSignals(True)
        combo.clear()
        if kind is PairKind.COMMITTEE:
            combo.addItems(list(COMMON_COMMITTEES))
            combo.setEditText("" if typed in (board, *_BOARDS) else typed)
        else:
            combo.addItem(board)
            combo.setEditText(board if kind is not PairKind.CUSTOM or not typed else typed)
        combo.blockSignals(False)
        combo.setEnabled(kind in (PairKind.COMMITTEE, PairKind.CUSTOM))
        self.ui.councilTermCheck.setVisible(kind in (PairKind.COMMITTEE, PairKind.CUSTOM))

    def _board(self) -> str:
        return board_name(OrganisationKind(self.ui.organisationKindCombo.currentData()))

    def _body(self, kind: PairKind) -> str:
        """The body to store: empty when it is the organisation's styrelse (derived)."""
        text = self.ui.bodyCombo.currentText().strip()
        return "" if text in _BOARDS or kind not in (PairKind.COMMITTEE, PairKind.CUSTOM) else text

    def _term(self, kind: PairKind) -> TermBasis:
        council = self.ui.councilTermCheck.isChecked()
        if kind in (PairKind.COMMITTEE, PairKind.CUSTOM) and council:
            return TermBasis.COUNCIL
        return TermBasis.BOARD

    def show_error_inline(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)

    @shows_errors
    def accept(self) -> None:
        ui = self.ui
        save: Callable[..., Pair] = (
            self._services.pairs.add
            if self._pair is None
            else functools.partial(self._services.pairs.update, self._pair.id)
        )
        kind = PairKind(ui.kindCombo.currentData())
        self.result_pair = save(
            organisation=ui.organisationEdit.text(),
            organisation_kind=OrganisationKind(ui.organisationKindCombo.currentData()),
            kind=kind,
            political=ui.politicalNameEdit.text(),
            political_title=ui.politicalTitleEdit.text(),
            executive=ui.executiveNameEdit.text(),
            executive_title=ui.executiveTitleEdit.text(),
            start_date=from_qdate(ui.startDateEdit.date()),
            phase=Phase(ui.phaseCombo.currentData()),
            body=self._body(kind),
            term=self._term(kind),
        )
        super().accept()


_BOARDS = (board_name(OrganisationKind.KOMMUN), board_name(OrganisationKind.REGION))
