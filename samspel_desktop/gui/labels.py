"""The labels of :mod:`samspel_desktop.domain.labels`, translated for the window (context
"Labels"). The GUI shows a stored value's label only through these functions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from samspel_desktop.domain import labels

if TYPE_CHECKING:
    from collections.abc import Sequence
    from enum import StrEnum

    from samspel_desktop.domain.guides import Attribution
    from samspel_desktop.domain.model import PairKind, Quote


def translated(text: str) -> str:
    """A text marked in :mod:`samspel_desktop.domain.labels`, in the window's language."""
    return QCoreApplication.translate(labels.CONTEXT, text) if text else text


def label(value: StrEnum) -> str:
    """The label of an enum value (phase, status, side …) in the window's language."""
    return labels.label(value, translated)


def conflict_field(key: str) -> str:
    """Which text a sync conflict is about (``table.field``), in the window's language."""
    return labels.lookup(labels.CONFLICT_FIELDS, key, translated)


def trash_kind(kind: str) -> str:
    return labels.lookup(labels.TRASH_KINDS, kind, translated)


def search_kind(kind: str) -> str:
    return labels.lookup(labels.SEARCH_KINDS, kind, translated)


def backup_reason(reason: str) -> str:
    return labels.lookup(labels.BACKUP_REASONS, reason, translated)


def attitude(key: str) -> str:
    return labels.lookup(labels.ATTITUDES, key, translated)


def pair_kind_titles(kind: PairKind) -> tuple[str, str]:
    """The titles a kind of pair starts with, in the window's language."""
    political, executive = labels.default_titles(kind)
    return translated(political), translated(executive)


def attribution(value: Attribution) -> str:
    """Whose words a question is ("Källa: SKR …", "Samspel, utifrån SKR …"), translated."""
    from samspel_desktop.domain.guides import attribution_text

    return attribution_text(value, translated)


def quotes_html(quotes: Sequence[Quote]) -> str:
    """Quotations as rich text: the source's exact words in quotation marks, then the source."""
    import html

    return "".join(
        '<p style="margin-left: 12px;"><i>”'
        + html.escape(q.text)
        + "”</i><br/><small>"
        + html.escape(labels.fill(translated(labels.QUOTE_FROM), q.source))
        + "</small></p>"
        for q in quotes
    )
