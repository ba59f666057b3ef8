"""The överenskommelse: templates (SKR's four parts, Vaggeryd's structure) and versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from samspel_desktop.domain.calendar import default_review_date
from samspel_desktop.domain.errors import NotFoundError, ValidationError
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementVersion,
    Block,
    BlockType,
    DocumentMetadata,
    Pair,
)
from samspel_desktop.domain.text import clean_line, clean_text
from samspel_desktop.services.paths import resources_dir
from samspel_desktop.storage.repositories import AgreementRepository

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


def clean_sections(sections: tuple[AgreementSection, ...]) -> tuple[AgreementSection, ...]:
    """Sanitise every text of an agreement before it is stored."""
    keys = [s.key for s in sections]
    if len(set(keys)) != len(keys):
        raise ValidationError("Två avsnitt i överenskommelsen har samma nyckel.")
    return tuple(
        dataclasses.replace(
            s,
            title=clean_line(s.title, field="avsnittets rubrik"),
            blocks=tuple(
                Block(b.type, clean_text(b.text), tuple(clean_text(i) for i in b.items))
                for b in s.blocks
            ),
        )
        for s in sections
    )


class AgreementService:
    def __init__(self, repository: AgreementRepository) -> None:
        self._repository = repository

    def versions(self, pair_id: int) -> list[AgreementVersion]:
        return self._repository.versions(pair_id)

    def current(self, pair_id: int) -> AgreementVersion | None:
        versions = self.versions(pair_id)
        return versions[-1] if versions else None

    def get(self, version_id: int) -> AgreementVersion:
        return self._repository.get(version_id)

    def start_draft(
        self,
        pair: Pair,
        *,
        template: str = DEFAULT_TEMPLATE,
        copy_from: AgreementVersion | None = None,
        today: dt.date | None = None,
    ) -> AgreementVersion:
        """A new draft from a template, or a copy of an earlier version (also another pair's)."""
        today = today or dt.date.today()
        if copy_from is not None:
            sections = copy_from.sections
            metadata = dataclasses.replace(
                copy_from.metadata,
                decision_date=None,
                decision_paragraph="",
                review_by=default_review_date(today),
            )
            title = copy_from.title
        else:
            templates = agreement_templates()
            if template not in templates:
                raise NotFoundError(f"Okänd mall för överenskommelse: ”{template}”.")
            sections = templates[template].sections
            org = pair.organisation.name
            metadata = DocumentMetadata(
                decided_by="Kommunstyrelsen"
                if pair.organisation.kind.value == "kommun"
                else "Regionstyrelsen",
                applies_to=f"{pair.political.title} och {pair.executive.title}, {org}",
                review_by=default_review_date(today),
                document_owner=pair.executive.title,
            )
            title = (
                f"Överenskommelse om samspel – {pair.political.title.lower()} och "
                f"{pair.executive.title.lower()}"
            )
        return self._repository.add_version(
            pair.id,
            title,
            metadata,
            sections,
            based_on_id=copy_from.id if copy_from is not None else None,
        )

    def save_sections(self, version_id: int, sections: tuple[AgreementSection, ...]) -> None:
        self._repository.replace_sections(version_id, clean_sections(sections))

    def adopt(self, version_id: int, adopted_on: dt.date, paragraph: str = "") -> None:
        version = self._repository.get(version_id)
        metadata = dataclasses.replace(
            version.metadata,
            decision_date=adopted_on,
            decision_paragraph=clean_line(paragraph, field="paragraf", required=False),
        )
        self._repository.adopt(version_id, adopted_on, metadata)
