"""A table as the documents write it, the same for Word and for PDF/A."""

from __future__ import annotations

from collections.abc import Sequence

from samspel_desktop.domain.record import Record, record


@record
class Table(Record):
    """Rows of text with relative column ``widths``; the first row may be a header (repeated
    on every page in Word) and the first column may hold labels. Both are set in bold."""

    rows: Sequence[Sequence[str]]
    widths: Sequence[int]
    header: bool = False
    label_column: bool = False

    def is_header(self, row: int) -> bool:
        return self.header and row == 0

    def is_label(self, column: int) -> bool:
        return self.label_column and column == 0
