"""The trash (papperskorgen): what was deleted can be restored until the trash is emptied."""

from __future__ import annotations

from collections.abc import Callable

from samspel_desktop.domain.labels import TRASH_KINDS, as_is, lookup
from samspel_desktop.domain.model import TrashItem
from samspel_desktop.storage.trash import TrashRepository


class TrashService:
    def __init__(self, trash: TrashRepository) -> None:
        self._trash = trash

    def items(self) -> list[TrashItem]:
        """What is in the trash, the most recently deleted first."""
        return self._trash.items()

    @staticmethod
    def describe(item: TrashItem, translate: Callable[[str], str] = as_is) -> str:
        """``Samtal: 2027-01-20``: what kind of thing it is and its name (Swedish, or as
        ``translate`` gives the kind)."""
        return f"{lookup(TRASH_KINDS, item.kind, translate)}: {item.label}"

    def delete(self, kind: str, item_id: int | str) -> None:
        """Move an item to the trash (an adopted agreement and built-in guides cannot go)."""
        self._trash.delete(kind, item_id)

    def restore(self, kind: str, item_id: int | str) -> None:
        self._trash.restore(kind, item_id)

    def empty(self) -> dict[str, int]:
        """Really delete what is in the trash (ask the user first); rows removed per kind.

        Backups taken earlier still hold the deleted items until they are thinned away.
        """
        return self._trash.empty()
