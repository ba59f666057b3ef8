"""The agreement templates a first draft starts from (SKR's four parts, Vaggeryd's
structure), read from ``resources/agreement_templates/`` and put in the pair's words."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from samspel_desktop.domain.bodies import fill, wording
from samspel_desktop.domain.model import (
    AgreementSection,
    Block,
    BlockType,
    Pair,
)
from samspel_desktop.services.paths import resources_dir

DEFAULT_TEMPLATE = "skr"


@dataclasses.dataclass(frozen=True)
class AgreementTemplate:
    id: str
    title: str
    summary: str
    source: str
    sections: tuple[AgreementSection, ...]


def agreement_templates(directory: Path | None = None) -> dict[str, AgreementTemplate]:
    folder = directory or resources_dir() / "agreement_templates"
    out = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sections = tuple(
            AgreementSection(
                key=s["key"],
                title=s["title"],
                guidance=s.get("guidance", ""),
                blocks=tuple(
                    Block(BlockType(b["type"]), b.get("text", ""), tuple(b.get("items", ())))
                    for b in s.get("blocks", [])
                ),
            )
            for s in data["sections"]
        )
        out[data["id"]] = AgreementTemplate(
            data["id"], data["title"], data.get("summary", ""), data.get("source", ""), sections
        )
    return out


def template_sections(template: AgreementTemplate, pair: Pair) -> tuple[AgreementSection, ...]:
    """The template's sections in the pair's words ("kommunstyrelsens ordförande", "KSO", …)."""
    words = wording(pair)
    return tuple(
        dataclasses.replace(
            section,
            title=fill(section.title, words),
            guidance=fill(section.guidance, words),
            blocks=tuple(
                Block(b.type, fill(b.text, words), tuple(fill(i, words) for i in b.items))
                for b in section.blocks
            ),
        )
        for section in template.sections
    )
