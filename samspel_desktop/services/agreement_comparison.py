"""A word-level comparison of two agreement versions, section by section."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Literal

from samspel_desktop.domain.markup import markup_text
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementVersion,
    BlockType,
)


def image_line(alt: str) -> str:
    """How a comparison shows a picture: "[Bild: Kommunikationsvägar]"."""
    return f"[Bild: {alt}]" if alt else "[Bild]"


# --- comparison -------------------------------------------------------------------------------

DiffKind = Literal["equal", "insert", "delete"]
SectionChange = Literal["added", "removed", "changed", "unchanged"]


@dataclasses.dataclass(frozen=True)
class DiffSegment:
    kind: DiffKind
    text: str


@dataclasses.dataclass(frozen=True)
class SectionComparison:
    """One section in two versions; ``None`` title where the section is missing on that side."""

    key: str
    old_title: str | None
    new_title: str | None
    change: SectionChange
    title: tuple[DiffSegment, ...]
    body: tuple[DiffSegment, ...]


@dataclasses.dataclass(frozen=True)
class VersionComparison:
    old: AgreementVersion
    new: AgreementVersion
    sections: tuple[SectionComparison, ...]

    @property
    def changed(self) -> int:
        return sum(1 for s in self.sections if s.change != "unchanged")


def section_text(section: AgreementSection) -> str:
    """The section's text as readable lines (bullets as •, numbers as 1.), formatting dropped."""
    lines: list[str] = []
    for block in section.blocks:
        if block.type is BlockType.PARAGRAPH:
            lines.append(markup_text(block.text))
        elif block.type is BlockType.SUBHEADING:
            lines.append(block.text)
        elif block.type is BlockType.IMAGE:
            lines.append(image_line(block.text))
        elif block.type is BlockType.BULLETS:
            lines.extend(f"• {markup_text(item)}" for item in block.items)
        else:
            lines.extend(f"{n}. {markup_text(item)}" for n, item in enumerate(block.items, 1))
        lines.append("")
    return "\n".join(lines).strip()


_TOKENS = re.compile(r"\s+|[^\s]+")


def diff_words(old: str, new: str) -> tuple[DiffSegment, ...]:
    """Word-level differences; a replaced word is a deletion followed by an insertion."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    out: list[DiffSegment] = []

    def emit(kind: DiffKind, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if out and out[-1].kind == kind:
            out[-1] = DiffSegment(kind, out[-1].text + text)
        else:
            out.append(DiffSegment(kind, text))

    import difflib  # only to compare versions, not at every start

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            emit("equal", a[i1:i2])
        else:
            emit("delete", a[i1:i2])
            emit("insert", b[j1:j2])
    return tuple(out)


def compare_versions(old: AgreementVersion, new: AgreementVersion) -> VersionComparison:
    """Section by section: matched by key, else by title; new order, removed sections last."""
    unmatched = list(old.sections)

    def partner(section: AgreementSection) -> AgreementSection | None:
        for candidate in unmatched:
            if candidate.key == section.key:
                return candidate
        for candidate in unmatched:
            if candidate.title.casefold() == section.title.casefold():
                return candidate
        return None

    out: list[SectionComparison] = []
    for section in new.sections:
        before = partner(section)
        if before is None:
            text = section_text(section)
            out.append(
                SectionComparison(
                    section.key,
                    None,
                    section.title,
                    "added",
                    (DiffSegment("insert", section.title),),
                    (DiffSegment("insert", text),) if text else (),
                )
            )
            continue
        unmatched.remove(before)
        title = diff_words(before.title, section.title)
        body = diff_words(section_text(before), section_text(section))
        same = all(seg.kind == "equal" for seg in (*title, *body))
        out.append(
            SectionComparison(
                section.key,
                before.title,
                section.title,
                "unchanged" if same else "changed",
                title,
                body,
            )
        )
    for section in unmatched:
        text = section_text(section)
        out.append(
            SectionComparison(
                section.key,
                section.title,
                None,
                "removed",
                (DiffSegment("delete", section.title),),
                (DiffSegment("delete", text),) if text else (),
            )
        )
    return VersionComparison(old, new, tuple(out))
