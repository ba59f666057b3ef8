"""The page holding one pair's agreement editor, with a way back to the start page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samspel_desktop.gui.agreement_editor import AgreementEditor
from samspel_desktop.gui.common import bold_font
from samspel_desktop.gui.conflict_panel import ConflictBanner
from samspel_desktop.services.samspel import Samspel


class AgreementPage(QWidget):
    """Holds the agreement editor of one pair, with a way back."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        back = QPushButton(self.tr("← &Startsidan"), self)
        back.setToolTip(self.tr("Tillbaka till startsidan (Alt+Home)"))
        back.clicked.connect(self.back_requested)
        header.addWidget(back)
        self.title = QLabel(self)
        self.title.setFont(bold_font(self, 1.4))
        self.title.setWordWrap(True)  # a long pair name must not widen the window
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.editor: AgreementEditor | None = None
        self._layout = layout
        self._services: Samspel | None = None
        self._pair_id: int | None = None
        self.conflict_banner: ConflictBanner | None = None

    def show_pair(self, services: Samspel, pair_id: int) -> None:
        if self.editor is not None:
            self.editor.save_now()
            self._layout.removeWidget(self.editor)
            self.editor.hide()  # gone at once, not when the event loop deletes it
            self.editor.deleteLater()
        if self.conflict_banner is None:
            # Agreement texts both laptops changed (docs/exchange.md).
            self.conflict_banner = ConflictBanner(services, self, self.flush)
            self._layout.insertWidget(1, self.conflict_banner)
            self.conflict_banner.resolved.connect(self._conflicts_resolved)
        self._services, self._pair_id = services, pair_id
        self.editor = AgreementEditor(services, pair_id, self)
        self._layout.addWidget(self.editor, 1)
        self.conflict_banner.refresh(pair_id)
        pair = services.pairs.get(pair_id)
        self.title.setText(
            self.tr("Överenskommelse: %1 · %2")
            .replace("%1", pair.display_name)
            .replace("%2", pair.organisation.name)
        )

    def _conflicts_resolved(self) -> None:
        """Show the agreement as it is after a choice."""
        if self._services is not None and self._pair_id is not None:
            self.show_pair(self._services, self._pair_id)

    def flush(self) -> bool:
        return self.editor.save_now() if self.editor is not None else True
