"""Built-in guides (``resources/guides``) and the guide file format."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from samspel_desktop.domain.calendar import CalendarMoment
from samspel_desktop.domain.errors import ImmutableError, NotFoundError
from samspel_desktop.domain.guides import (
    duplicate_guide,
    guide_file_bytes,
    guide_from_dict,
    same_content,
    unique_id,
)
from samspel_desktop.domain.model import Guide, GuideSection, Phase, Question
from samspel_desktop.domain.text import swedish_key
from samspel_desktop.services.files import write_bytes_atomically
from samspel_desktop.services.json_files import read_json_file
from samspel_desktop.services.paths import resources_dir
from samspel_desktop.storage.guides import GuideRepository

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
    """Read a guide file given by the user; Swedish :class:`ValidationError` on any problem.

    Read by ``services.json_files.read_json_file``: a byte-order mark is fine, nesting
    deeper than any guide needs is refused before parsing.
    """
    data = read_json_file(
        path,
        MAX_GUIDE_FILE_BYTES,
        what="en samtalsguide",
        not_valid="en giltig guidefil (JSON i UTF-8)",
    )
    return guide_from_dict(data)


class GuideService:
    def __init__(self, repository: GuideRepository) -> None:
        self._repository = repository
        self.editing = GuideEditing(repository)

    def install_builtin(self) -> None:
        """Add bundled guides that are new or newer than the stored copy.

        Conversations keep their own snapshots, so updating a guide never changes them.
        """
        stored = self._repository.versions()
        folder = resources_dir() / "guides"
        for path in sorted(folder.glob("*.json")):
            if path.name.endswith(".schema.json"):
                continue
            # Every start reads the versions only; a guide is parsed and validated (and stored)
            # when it is new or newer than the stored copy.
            data = json.loads(path.read_text(encoding="utf-8"))
            if stored.get(path.stem, 0) >= data.get("version", 0):
                continue
            guide = guide_from_dict(data, builtin=True)
            if guide.id != path.stem:
                raise ValueError(f"{path.name}: id {guide.id!r} does not match the file name")
            self._repository.save(guide)

    def all(self) -> list[Guide]:
        return self._repository.all()

    def get(self, guide_id: str) -> Guide:
        return self._repository.get(guide_id)

    def suggest(
        self,
        phase: Phase,
        *,
        opposition: bool = False,
        agreement_due: bool = False,
        moment: CalendarMoment | None = None,
    ) -> list[Guide]:
        """Guides to offer for a new conversation, most fitting first.

        A relationship under pressure gets SKR's resilience factors first; one in routine the
        questions that renew the conversation; around an election (``moment`` from
        :func:`~samspel_desktop.domain.calendar.calendar_notice`) the election guide, and at the
        middle of the term the mid-period check.
        """
        guides = self.all()
        wanted: list[str] = []
        if opposition:
            wanted.append("opposition")
        if phase is Phase.PRESSED:
            wanted.append("resilience")
        if phase is Phase.BUILDING:
            wanted.append("start")
        if moment in _ELECTION_MOMENTS:
            wanted.append("election")
        if agreement_due:
            wanted.append("follow_up")
        if moment is CalendarMoment.MIDPOINT:
            wanted.append("midpoint")
        if phase is Phase.ROUTINE:
            wanted.append("renewal")
        wanted += ["general", "ratings"]
        order = {purpose: i for i, purpose in enumerate(wanted)}
        chosen = [g for g in guides if g.purpose in order]
        # SKR's discussion areas are the natural first choice among the general guides.
        return sorted(
            chosen, key=lambda g: (order[g.purpose], g.id != "skr-omraden", swedish_key(g.title))
        )


_ELECTION_MOMENTS = (
    CalendarMoment.ELECTION_AHEAD,
    CalendarMoment.ELECTION_HELD,
    CalendarMoment.COUNCIL_STARTED,
    CalendarMoment.TERM_STARTED,
)


# --- editing and sharing ------------------------------------------------------------------------


class ImportOutcome(StrEnum):
    ADDED = "added"  # a guide this laptop did not have
    EXISTS = "exists"  # the same content is already here: nothing was changed
    KEPT_BOTH = "kept-both"  # same id, other content: saved beside it under a new id
    REPLACED = "replaced"  # same id, other content: the stored guide was replaced (asked for)


@dataclass(frozen=True)
class GuideImport:
    outcome: ImportOutcome
    guide: Guide  # the guide as stored (or the one already there)

    @property
    def message(self) -> str:
        g = self.guide
        return {
            ImportOutcome.ADDED: f"Guiden ”{g.title}” ({g.id}) importerades.",
            ImportOutcome.EXISTS: f"Guiden ”{g.title}” ({g.id}) finns redan med samma innehåll; "
            "ingenting ändrades.",
            ImportOutcome.KEPT_BOTH: f"En guide med samma id fanns redan med annat innehåll. "
            f"Den importerade sparades bredvid som ”{g.title}” ({g.id}).",
            ImportOutcome.REPLACED: f"Guiden ”{g.title}” ({g.id}) ersattes; den har nu "
            f"version {g.version}.",
        }[self.outcome]


def _blank_guide(guide_id: str) -> Guide:
    question = Question(id="fraga-1", text="Ny fråga")
    return Guide(
        id=guide_id,
        version=1,
        title="Ny samtalsguide",
        summary="",
        sections=(GuideSection(id="avsnitt-1", title="Nytt avsnitt", questions=(question,)),),
    )


class GuideEditing:
    """Creating, editing, duplicating, exporting and importing guides.

    Built-in guides are read-only: they are duplicated, and the copy is edited. Conversations
    and seminars keep snapshots, so editing a guide never changes what was said with it.
    """

    def __init__(self, repository: GuideRepository) -> None:
        self._repository = repository

    def _ids(self) -> set[str]:
        return set(self._repository.versions())

    def create(self) -> Guide:
        guide = _blank_guide(unique_id("egen-guide", self._ids()))
        self._repository.save(guide)
        return guide

    def duplicate(self, guide_id: str) -> Guide:
        copy = duplicate_guide(self._repository.get(guide_id), self._ids())
        self._repository.save(copy)
        return copy

    def save(self, guide: Guide) -> None:
        """Store an edited guide (already validated and with its version raised by the editor)."""
        self._require_editable(guide.id)
        self._repository.save(dataclasses.replace(guide, builtin=False))

    def _require_editable(self, guide_id: str) -> None:
        try:
            stored = self._repository.get(guide_id)
        except NotFoundError:
            return
        if stored.builtin:
            raise ImmutableError(
                f"”{stored.title}” är en inbyggd guide och kan inte ändras. Duplicera den och "
                "ändra i kopian."
            )

    def export(self, guide_id: str, path: Path) -> Path:
        """Write the guide in its canonical file form (``docs/guides.md``)."""
        write_bytes_atomically(path, guide_file_bytes(self._repository.get(guide_id)))
        return path

    def compare(self, incoming: Guide) -> Guide | None:
        """The stored guide with the same id whose content differs, if any (GUI asks then)."""
        try:
            stored = self._repository.get(incoming.id)
        except NotFoundError:
            return None
        return None if same_content(stored, incoming) else stored

    def import_guide(self, incoming: Guide, *, replace: bool = False) -> GuideImport:
        """Store a guide read from a file; never duplicates silently.

        New id: stored as it is. Same id and same content: nothing changes ("finns redan").
        Same id, other content: kept beside it under a new id (``…-2``) with "(importerad)"
        after the title, or with ``replace`` the stored guide is replaced and its version
        raised above both. Built-in guides are never replaced.
        """
        try:
            stored = self._repository.get(incoming.id)
        except NotFoundError:
            guide = dataclasses.replace(incoming, builtin=False)
            self._repository.save(guide)
            return GuideImport(ImportOutcome.ADDED, guide)
        if same_content(stored, incoming):
            return GuideImport(ImportOutcome.EXISTS, stored)
        if replace:
            if stored.builtin:
                raise ImmutableError(
                    f"”{stored.title}” är en inbyggd guide och kan inte ersättas. Importera "
                    "utan att ersätta, så sparas filens guide bredvid."
                )
            guide = dataclasses.replace(
                incoming, version=max(incoming.version, stored.version + 1), builtin=False
            )
            self._repository.save(guide)
            return GuideImport(ImportOutcome.REPLACED, guide)
        guide = dataclasses.replace(
            incoming,
            id=unique_id(incoming.id, self._ids()),
            title=f"{incoming.title} (importerad)"[:200],
            builtin=False,
        )
        self._repository.save(guide)
        return GuideImport(ImportOutcome.KEPT_BOTH, guide)
