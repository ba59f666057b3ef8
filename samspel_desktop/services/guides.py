"""Built-in guides (``resources/guides``) and the guide file format."""

from __future__ import annotations

import json
from pathlib import Path

from samspel_desktop.domain.errors import ValidationError
from samspel_desktop.domain.guides import guide_from_dict
from samspel_desktop.domain.model import Guide, Phase
from samspel_desktop.services.paths import resources_dir
from samspel_desktop.storage.repositories import GuideRepository

#: Largest guide file accepted for import (a real guide is a few kilobytes).
MAX_GUIDE_FILE_BYTES = 2 * 1024 * 1024


def builtin_guides(directory: Path | None = None) -> list[Guide]:
    """Load and validate every bundled guide; a broken bundled guide is a bug, so it raises."""
    folder = directory or resources_dir() / "guides"
    guides = []
    for path in sorted(folder.glob("*.json")):
        if path.name.endswith(".schema.json"):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        guide = guide_from_dict(data, builtin=True)
        if guide.id != path.stem:
            raise ValueError(f"{path.name}: id {guide.id!r} does not match the file name")
        guides.append(guide)
    return guides


def read_guide_file(path: Path) -> Guide:
    """Read a guide file given by the user; Swedish :class:`ValidationError` on any problem."""
    try:
        size = path.stat().st_size
        if size > MAX_GUIDE_FILE_BYTES:
            raise ValidationError(f"Filen är för stor för att vara en samtalsguide ({size} byte).")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as error:
        raise ValidationError(f"Filen {path} gick inte att läsa.", detail=str(error)) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(
            f"Filen {path.name} är inte en giltig guidefil (JSON i UTF-8).", detail=str(error)
        ) from error
    return guide_from_dict(data)


class GuideService:
    def __init__(self, repository: GuideRepository) -> None:
        self._repository = repository

    def install_builtin(self) -> None:
        """Add bundled guides that are new or newer than the stored copy.

        Conversations keep their own snapshots, so updating a guide never changes them.
        """
        stored = self._repository.versions()
        for guide in builtin_guides():
            if stored.get(guide.id, 0) < guide.version:
                self._repository.save(guide)

    def all(self) -> list[Guide]:
        return self._repository.all()

    def get(self, guide_id: str) -> Guide:
        return self._repository.get(guide_id)

    def suggest(
        self, phase: Phase, *, opposition: bool = False, agreement_due: bool = False
    ) -> list[Guide]:
        """Guides to offer for a new conversation, most fitting first."""
        guides = self.all()
        wanted: list[str] = []
        if opposition:
            wanted.append("opposition")
        if phase is Phase.BUILDING:
            wanted.append("start")
        if agreement_due:
            wanted.append("follow_up")
        if phase is Phase.ROUTINE:
            wanted.append("resilience")
        wanted += ["general", "ratings"]
        order = {purpose: i for i, purpose in enumerate(wanted)}
        chosen = [g for g in guides if g.purpose in order]
        # SKR's discussion areas are the natural first choice among the general guides.
        return sorted(chosen, key=lambda g: (order[g.purpose], g.id != "skr-omraden", g.title))
