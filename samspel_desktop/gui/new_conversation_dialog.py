"""Start a conversation: pair, date, who is present, and one or more guides."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from samspel_desktop.domain.calendar import calendar_notice
from samspel_desktop.domain.model import Conversation, PairKind
from samspel_desktop.gui.common import from_qdate, to_qdate
from samspel_desktop.gui.errors import shows_errors
from samspel_desktop.gui.forms.ui_new_conversation_dialog import Ui_NewConversationDialog
from samspel_desktop.gui.operations import remote
from samspel_desktop.services.pairs import PairOverview
from samspel_desktop.services.samspel import Samspel


class NewConversationDialog(QDialog):
    def __init__(
        self,
        services: Samspel,
        overviews: list[PairOverview],
        pair_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = remote(services, self)
        self._overviews = {o.pair.id: o for o in overviews}
        self.conversation: Conversation | None = None
        self.ui = Ui_NewConversationDialog()
        self.ui.setupUi(self)
        self.setMinimumWidth(560)
        for overview in overviews:
            pair = overview.pair
            self.ui.pairCombo.addItem(f"{pair.display_name} – {pair.organisation.name}", pair.id)
        if pair_id is not None:
            self.ui.pairCombo.setCurrentIndex(self.ui.pairCombo.findData(pair_id))
        self.ui.dateEdit.setDate(to_qdate(dt.date.today()))
        self.ui.errorLabel.setVisible(False)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Starta samtalet"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.pairCombo.currentIndexChanged.connect(self._pair_changed)
        self._pair_changed()

    def _pair_changed(self) -> None:
        overview = self._overviews.get(self.ui.pairCombo.currentData())
        if overview is None:
            return
        pair = overview.pair
        self.ui.presentEdit.setPlainText(f"{pair.political.name}\n{pair.executive.name}")
        notice = calendar_notice(from_qdate(self.ui.dateEdit.date()), pair.term)
        suggested = self._services.guides.suggest(
            pair.phase,
            opposition=pair.kind is PairKind.OPPOSITION_KD,
            agreement_due=overview.review_due,
            moment=notice.moment if notice else None,
        )
        first = suggested[0].id if suggested else None
        self.ui.guideList.clear()
        ordered = suggested + [g for g in self._services.guides.all() if g not in suggested]
        for guide in ordered:
            count = len(guide.questions())
            text = (
                (self.tr("%1 (1 fråga)") if count == 1 else self.tr("%1 (%2 frågor)"))
                .replace("%1", guide.title)
                .replace("%2", str(count))
            )
            if guide.id == first:
                text += self.tr(" – föreslås")
            item = QListWidgetItem(text, self.ui.guideList)
            item.setData(Qt.ItemDataRole.UserRole, guide.id)
            item.setToolTip(guide.summary)
            item.setCheckState(
                Qt.CheckState.Checked if guide.id == first else Qt.CheckState.Unchecked
            )
        reason = {
            "start": self.tr("Relationen är ny, så startsamtalet föreslås."),
            "opposition": self.tr("För oppositionsråd och kommundirektör föreslås en egen guide."),
            "follow_up": self.tr(
                "Överenskommelsen ska snart revideras, så uppföljningen föreslås."
            ),
            "resilience": self.tr(
                "Relationen är pressad, så SKR:s faktorer för motståndskraft föreslås."
            ),
            "renewal": self.tr(
                "Relationen har gått på rutin eller står still, så nya frågor som förnyar "
                "samtalet föreslås."
            ),
            "midpoint": self.tr(
                "Det är halvtid i mandatperioden, så halvtidsavstämningen föreslås."
            ),
            "election": self.tr("Det är valtider, så guiden inför och efter ett val föreslås."),
        }.get(suggested[0].purpose if suggested else "", "")
        self.ui.suggestionHint.setText(reason)

    def selected_guides(self) -> list[str]:
        out = []
        for row in range(self.ui.guideList.count()):
            item = self.ui.guideList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def show_error_inline(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)

    @shows_errors
    def accept(self) -> None:
        guides = self.selected_guides()
        if not guides:
            self.show_error_inline(self.tr("Välj minst en samtalsguide."))
            return
        present = [line for line in self.ui.presentEdit.toPlainText().splitlines() if line.strip()]
        self.conversation = self._services.conversations.start(
            self.ui.pairCombo.currentData(),
            guide_ids=guides,
            date=from_qdate(self.ui.dateEdit.date()),
            present=present,
        )
        super().accept()
