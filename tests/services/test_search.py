"""The search service: pairs are found by their people's names and their organisation."""

from __future__ import annotations

from samspel_desktop.domain.model import Side
from samspel_desktop.services.samspel import Samspel
from tests.conftest import make_pair


def test_names_and_organisations_are_found(services: Samspel) -> None:
    pair = make_pair(services, organisation="Höörs kommun", political="Eva Öberg")
    make_pair(services, organisation="Vaggeryds kommun")
    services.commitments.add(pair.id, "Ringa Öberg om budgeten", Side.BOTH)
    for query in ("Öberg", "öberg", "ÖBERG", "Höör", "höörs kommun", "eva öberg"):
        hits = services.search.search(query).hits
        assert hits and (hits[0].kind, hits[0].target_id) == ("pair", pair.id), query
    [first, second] = services.search.search("Öberg").hits
    assert first.plain_snippet(("[", "]")) == (
        "Eva [Öberg], Kommunstyrelsens ordförande · Karl Ek, Kommundirektör · Höörs kommun"
    )
    assert first.kind_label == "Samspelspar" and first.open_id == f"pair:{pair.id}"
    assert second.kind == "commitment.what", "the texts are still found after the pairs"
    assert services.search.search("Oberg").hits == [], "ö is a letter of its own"
    assert [h.target_id for h in services.search.search("kommun").hits] == [
        pair.id,
        pair.id + 1,
    ]


def test_agreement_snippets_show_the_text_not_its_markup(services: Samspel) -> None:
    import dataclasses

    from samspel_desktop.domain.model import Block, BlockType

    pair = make_pair(services, organisation="Vaggeryds kommun")
    draft = services.agreements.start_draft(pair, template="skr")
    first = dataclasses.replace(
        draft.sections[0],
        blocks=(Block(BlockType.PARAGRAPH, r"Vi **styr** tillsammans och *ses* \*ofta\*."),),
    )
    services.agreements.save_sections(draft.id, (first, *draft.sections[1:]))
    [hit] = [h for h in services.search.search("ofta").hits if h.kind == "agreement.section"]
    assert hit.kind == "agreement.section"
    assert "Vi styr tillsammans och ses *ofta*." in hit.plain_snippet()
    assert ("ofta", True) in hit.snippet_parts
