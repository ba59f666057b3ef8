"""The grey-zone log (gråzonsloggen): questions where it was unclear who owns them, over the
whole chain of pairs, how they were classified and what was learned."""

from __future__ import annotations

import dataclasses
import datetime as dt

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.model import GreyZoneClass, GreyZoneEntry
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.storage.greyzone import GreyZoneRepository
from samspel_desktop.storage.history import HistoryRepository


class GreyZoneService:
    def __init__(self, greyzone: GreyZoneRepository, history: HistoryRepository) -> None:
        self._greyzone = greyzone
        self._history = history

    def entries(self, pair_id: int) -> list[GreyZoneEntry]:
        """The log of the pair and its predecessors, oldest first."""
        return self._greyzone.for_pairs(self._history.lineage(pair_id))

    def add(
        self,
        pair_id: int,
        question: str,
        *,
        raised_on: dt.date | None = None,
        conversation_id: int | None = None,
    ) -> GreyZoneEntry:
        text = clean_text(question, field="frågan").strip()
        if not text:
            raise ValidationError("Beskriv frågan där det var oklart vem som har ansvaret.")
        return self._greyzone.add(
            pair_id, raised_on or dt.date.today(), text, conversation_id=conversation_id
        )

    def save(self, entry: GreyZoneEntry) -> None:
        question = clean_text(entry.question, field="frågan").strip()
        if not question:
            raise ValidationError("Frågan får inte vara tom.")
        self._greyzone.update(
            dataclasses.replace(
                entry,
                question=question,
                decided_by=clean_line(entry.decided_by, field="vem som beslutade", required=False),
                learned=clean_text(entry.learned, field="lärdomen"),
            )
        )

    def summary(self, pair_id: int) -> dict[GreyZoneClass, int]:
        """How many questions of each class the log holds."""
        counts = dict.fromkeys(GreyZoneClass, 0)
        for entry in self.entries(pair_id):
            counts[entry.classification] += 1
        return counts
