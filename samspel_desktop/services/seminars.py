"""Seminar mode: groups, the facilitator's notes, group files from other laptops, the summary.

A seminar file (``docs/seminars.md``) carries the seminar's UUID, its guide and its groups. The
facilitator hands one out (no answers in it); a group's laptop imports it, the group types its
answers there and exports a file with its own group only; the facilitator imports that and the
answers are merged: same seminar (UUID), same group (name), same question (guide id + question
id). Nothing is overwritten: where both sides have different text, both are kept and marked as a
conflict for the facilitator to settle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from samspel_desktop.domain.errors import NotFoundError, ValidationError
from samspel_desktop.domain.seminars import (
    MAX_MINUTES,
    GroupMember,
    MergeReport,
    Seminar,
    SeminarAnswer,
    SeminarFile,
    SeminarGroup,
    check_uuid,
    new_seminar_uuid,
    parse_members,
    seminar_from_dict,
    seminar_to_dict,
)
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.services.files import write_bytes_atomically
from samspel_desktop.services.guides import GuideService
from samspel_desktop.services.json_files import read_json_file
from samspel_desktop.storage.seminars import SeminarRepository

if TYPE_CHECKING:
    # python-docx is imported when a summary is written, not when the app starts.
    from samspel_desktop.services.documents.writer import WordExport

#: Largest seminar file accepted (a full day with many groups is a few hundred kilobytes).
MAX_SEMINAR_FILE_BYTES = 20 * 1024 * 1024


class Resolution(StrEnum):
    """How the facilitator settles a conflict between typed and imported text."""

    KEEP_MINE = "mine"
    TAKE_IMPORTED = "imported"
    KEEP_BOTH = "both"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def _members(value: str | Iterable[GroupMember]) -> tuple[GroupMember, ...]:
    return parse_members(value) if isinstance(value, str) else tuple(value)


def read_seminar_file(path: Path) -> SeminarFile:
    """Read a seminar file; Swedish :class:`ValidationError` on any problem.

    Read by ``services.json_files.read_json_file``: a byte-order mark is fine, nesting
    deeper than any seminar file needs is refused before parsing.
    """
    data = read_json_file(
        path,
        MAX_SEMINAR_FILE_BYTES,
        what="en seminariefil",
        not_valid="en giltig seminariefil (JSON i UTF-8)",
    )
    return seminar_from_dict(data)


class SeminarService:
    def __init__(self, repository: SeminarRepository, guides: GuideService) -> None:
        self._repository = repository
        self._guides = guides

    # --- seminars and groups ---------------------------------------------------------------

    def create(
        self,
        *,
        title: str,
        date: dt.date,
        guide_id: str,
        place: str = "",
        facilitator: str = "",
        groups: Iterable[tuple[str, str | Iterable[GroupMember]]] = (),
    ) -> Seminar:
        """A new seminar with a fresh UUID and a snapshot of the guide as it is now."""
        guide = self._guides.get(guide_id)
        named = []
        seen: set[str] = set()
        for name, members in groups:
            clean = clean_line(name, field="gruppens namn")
            if clean.casefold() in seen:
                raise ValidationError(f"Gruppen ”{clean}” finns två gånger.")
            seen.add(clean.casefold())
            named.append((clean, _members(members)))
        seminar_id = self._repository.add(
            uuid=new_seminar_uuid(),
            title=clean_line(title, field="seminariets titel"),
            date=date,
            place=clean_line(place, field="platsen", required=False),
            facilitator=clean_line(facilitator, field="processledaren", required=False),
            guide=guide,
            groups=named,
        )
        return self._repository.get(seminar_id)

    def get(self, seminar_id: int) -> Seminar:
        return self._repository.get(seminar_id)

    def all(self) -> list[Seminar]:
        return self._repository.all()

    def find(self, uuid: str) -> Seminar:
        seminar_id = self._repository.find_uuid(check_uuid(uuid))
        if seminar_id is None or self._repository.is_deleted(seminar_id):
            raise NotFoundError(f"Det finns inget seminarium med id {uuid}.")
        return self._repository.get(seminar_id)

    def update_details(
        self, seminar_id: int, *, title: str, date: dt.date, place: str, facilitator: str
    ) -> None:
        self._repository.update(
            seminar_id,
            title=clean_line(title, field="seminariets titel"),
            date=date,
            place=clean_line(place, field="platsen", required=False),
            facilitator=clean_line(facilitator, field="processledaren", required=False),
        )

    def add_group(
        self, seminar_id: int, name: str, members: str | Iterable[GroupMember] = ""
    ) -> SeminarGroup:
        group_id = self._repository.add_group(
            seminar_id, clean_line(name, field="gruppens namn"), _members(members)
        )
        return self._repository.get(seminar_id).group(group_id)

    def update_group(self, group_id: int, name: str, members: str | Iterable[GroupMember]) -> None:
        self._repository.update_group(
            group_id, clean_line(name, field="gruppens namn"), _members(members)
        )

    def remove_group(self, group_id: int) -> None:
        self._repository.remove_group(group_id)

    def move_group(self, seminar_id: int, group_id: int, offset: int) -> None:
        self._repository.move_group(seminar_id, group_id, offset)

    # --- moving through the questions -----------------------------------------------------

    def go_to(self, seminar_id: int, question_key: str) -> Seminar:
        seminar = self._repository.get(seminar_id)
        if question_key not in seminar.question_keys():
            raise ValidationError("Frågan finns inte i seminariets guide.")
        self._repository.update(seminar_id, current_question=question_key)
        return self._repository.get(seminar_id)

    def step(self, seminar_id: int, offset: int) -> Seminar:
        """The whole seminar moves to the next (``+1``) or previous (``-1``) question."""
        seminar = self._repository.get(seminar_id)
        keys = seminar.question_keys()
        index = max(0, min(len(keys) - 1, seminar.current_index() + offset))
        return self.go_to(seminar_id, keys[index])

    def set_minutes(self, seminar_id: int, question_key: str, minutes: int) -> None:
        if not 1 <= minutes <= MAX_MINUTES:
            raise ValidationError(f"Tiden för en fråga ska vara 1–{MAX_MINUTES} minuter.")
        self._repository.set_timing(seminar_id, question_key, minutes)

    # --- answers and syntheses -------------------------------------------------------------

    def answers(self, seminar_id: int) -> dict[int, dict[str, SeminarAnswer]]:
        return self._repository.answers(seminar_id)

    def syntheses(self, seminar_id: int) -> dict[str, str]:
        return self._repository.syntheses(seminar_id)

    def _answer(self, seminar_id: int, group_id: int, question_key: str) -> SeminarAnswer:
        seminar = self._repository.get(seminar_id)
        seminar.group(group_id)
        if question_key not in seminar.question_keys():
            raise ValidationError("Frågan finns inte i seminariets guide.")
        current = self._repository.answers(seminar_id).get(group_id, {}).get(question_key)
        return current or SeminarAnswer(group_id, question_key)

    def save_answer(self, seminar_id: int, group_id: int, question_key: str, text: str) -> None:
        """What the facilitator typed for a group; an open conflict stays open."""
        current = self._answer(seminar_id, group_id, question_key)
        self._repository.save_answer(
            SeminarAnswer(
                group_id,
                question_key,
                clean_text(text, field="gruppens svar"),
                current.conflict_text,
                current.conflict_source,
            )
        )

    def resolve_conflict(
        self, seminar_id: int, group_id: int, question_key: str, resolution: Resolution
    ) -> SeminarAnswer:
        current = self._answer(seminar_id, group_id, question_key)
        if not current.has_conflict:
            return current
        if resolution is Resolution.KEEP_MINE:
            text = current.text
        elif resolution is Resolution.TAKE_IMPORTED:
            text = current.conflict_text
        else:
            text = f"{current.text.rstrip()}\n\n{current.conflict_text.strip()}"
        resolved = SeminarAnswer(group_id, question_key, text)
        self._repository.save_answer(resolved)
        return resolved

    def save_synthesis(self, seminar_id: int, question_key: str, text: str) -> None:
        if question_key not in self._repository.get(seminar_id).question_keys():
            raise ValidationError("Frågan finns inte i seminariets guide.")
        self._repository.save_synthesis(
            seminar_id, question_key, clean_text(text, field="syntesen")
        )

    # --- files -----------------------------------------------------------------------------

    def export_file(self, seminar_id: int, path: Path, *, group_id: int | None = None) -> Path:
        """Write a seminar file.

        Without ``group_id``: the seminar to hand out to the groups' laptops (all groups, no
        answers). With it: that group only, with its answers, to bring back to the facilitator.
        """
        seminar = self._repository.get(seminar_id)
        answers: dict[int, list[SeminarAnswer]] = {}
        if group_id is not None:
            group = seminar.group(group_id)
            seminar = dataclasses.replace(seminar, groups=(group,))
            answers = {
                group_id: list(self._repository.answers(seminar_id).get(group_id, {}).values())
            }
        data = seminar_to_dict(seminar, answers)
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        write_bytes_atomically(path, text.encode("utf-8"))
        return path

    def export_group(self, uuid: str, group_name: str, path: Path) -> Path:
        seminar = self.find(uuid)
        group = seminar.group_named(group_name)
        if group is None:
            names = ", ".join(g.name for g in seminar.groups) or "inga"
            raise NotFoundError(
                f"Seminariet har ingen grupp som heter ”{group_name}” (grupper: {names})."
            )
        return self.export_file(seminar.id, path, group_id=group.id)

    def import_file(self, path: Path) -> MergeReport:
        """Read a seminar file and merge it (one save); see the module docstring."""
        incoming = read_seminar_file(path)
        seminar_id = self._repository.find_uuid(incoming.uuid)
        if seminar_id is None:
            new_id = self._repository.add(
                uuid=incoming.uuid,
                title=incoming.title,
                date=incoming.date,
                place=incoming.place,
                facilitator=incoming.facilitator,
                guide=incoming.guide,
                groups=[(g.name, g.members) for g in incoming.groups],
                answers=[(g.name, key, text) for g in incoming.groups for key, text in g.answers],
            )
            return MergeReport(
                seminar_id=new_id,
                seminar_title=incoming.title,
                created_seminar=True,
                groups_added=tuple(g.name for g in incoming.groups),
                answers_added=sum(1 for g in incoming.groups for _, t in g.answers if t.strip()),
            )
        if self._repository.is_deleted(seminar_id):
            raise ValidationError(
                f"Seminariet ”{incoming.title}” ligger i papperskorgen. Ta tillbaka det först "
                "och importera sedan filen igen."
            )
        seminar = self._repository.get(seminar_id)
        if incoming.guide.id != seminar.guide.id:
            raise ValidationError(
                f"Filen bygger på guiden ”{incoming.guide.id}”, men seminariet använder "
                f"”{seminar.guide.id}”. Ingenting har importerats."
            )
        keys = set(seminar.question_keys())
        current = self._repository.answers(seminar_id)
        new_groups: list[tuple[str, tuple[GroupMember, ...]]] = []
        rows: list[tuple[str, SeminarAnswer]] = []
        added = unchanged = skipped = 0
        conflicts: list[tuple[str, str]] = []
        for file_group in incoming.groups:
            group = seminar.group_named(file_group.name)
            if group is None:
                new_groups.append((file_group.name, file_group.members))
                mine: dict[str, SeminarAnswer] = {}
                name = file_group.name
            else:
                mine = current.get(group.id, {})
                name = group.name
            for key, text in file_group.answers:
                if key not in keys:
                    skipped += 1
                    continue
                if not text.strip():
                    continue
                existing = mine.get(key)
                if existing is None or not existing.text.strip():
                    keep = existing or SeminarAnswer(0, key)
                    rows.append(
                        (
                            name,
                            SeminarAnswer(0, key, text, keep.conflict_text, keep.conflict_source),
                        )
                    )
                    added += 1
                elif _same(existing.text, text) or _same(existing.conflict_text, text):
                    unchanged += 1
                else:
                    earlier = existing.conflict_text.strip()
                    conflict = f"{earlier}\n\n{text}" if earlier else text
                    rows.append((name, SeminarAnswer(0, key, existing.text, conflict, path.name)))
                    conflicts.append((name, key))
        self._repository.apply_merge(seminar_id, new_groups, rows)
        return MergeReport(
            seminar_id=seminar_id,
            seminar_title=seminar.title,
            groups_added=tuple(n for n, _ in new_groups),
            answers_added=added,
            unchanged=unchanged,
            conflicts=tuple(conflicts),
            skipped=skipped,
        )

    # --- the summary -----------------------------------------------------------------------

    def summary_file_name(self, seminar_id: int) -> str:
        seminar = self._repository.get(seminar_id)
        from samspel_desktop.services.documents.naming import default_file_name

        return default_file_name(seminar.title, "Sammanställning", seminar.date)

    def export_summary(
        self, seminar_id: int, path: Path, *, template: Path | None = None
    ) -> WordExport:
        seminar = self._repository.get(seminar_id)
        from samspel_desktop.services.documents.seminar_summary import write_seminar_summary

        return write_seminar_summary(
            seminar,
            self._repository.answers(seminar_id),
            self._repository.syntheses(seminar_id),
            path,
            template=template,
        )
