"""A realistic demo organisation, clearly marked and removable in one step."""

from __future__ import annotations

import dataclasses
import datetime as dt

from samspel_desktop.domain import model
from samspel_desktop.domain.model import Answer, Block, BlockType, Side
from samspel_desktop.services.samspel import Samspel

DEMO_ORGANISATION = "Exempelå kommun (demo)"


def load_demo(services: Samspel, today: dt.date | None = None) -> int:
    """Create the demo organisation with one KSO–KD pair and some history; returns the pair id."""
    today = today or dt.date.today()
    if services.pairs.has_demo():
        existing = [p for p in services.pairs.all() if p.organisation.name == DEMO_ORGANISATION]
        if existing:
            return existing[0].id
    pair = services.pairs.add(
        organisation=DEMO_ORGANISATION,
        organisation_kind=model.OrganisationKind.KOMMUN,
        kind=model.PairKind.KSO_KD,
        political="Maria Lindqvist",
        political_title="Kommunstyrelsens ordförande",
        executive="Johan Åberg",
        executive_title="Kommundirektör",
        start_date=today - dt.timedelta(days=400),
        phase=model.Phase.STABLE,
        demo=True,
    )
    conv = services.conversations
    commitments = services.commitments
    first = conv.start(pair.id, guide_ids=["skr-omraden"], date=today - dt.timedelta(days=120))
    conv.save_answer(
        Answer(
            first.id,
            "skr-omraden/vad-ar-svart",
            political="Jag får ofta frågor från partigruppen som jag inte kan svara på förrän "
            "förvaltningen har utrett dem, och då känns det som att vi tappar tempo.",
            executive="Uppdrag kommer ibland muntligt i korridoren. Vi behöver få dem skriftligt "
            "och med en prioritering, annars blir det svårt att planera.",
            conclusion="Nya uppdrag lämnas skriftligt och stäms av på måndagsmötet.",
            to_agreement=True,
            agreement_section_key="samarbete",
        )
    )
    conv.set_status(first.id, model.ConversationStatus.DONE)
    done, _ = (
        commitments.add(pair.id, what, side, owner_name=who, due_date=due, created_in=first.id)
        for what, side, who, due in (
            (
                "Ta fram en gemensam mötesplan för våren",
                Side.EXECUTIVE,
                "Johan Åberg",
                today - dt.timedelta(days=90),
            ),
            (
                "Stämma av medieutspel i förväg",
                Side.POLITICAL,
                "Maria Lindqvist",
                today - dt.timedelta(days=10),
            ),
        )
    )
    # Earlier ratings, so the health trend has a history to show.
    for months_ago, shift in ((15, -1), (11, -1), (7, 0), (4, 0)):
        earlier = conv.start(
            pair.id,
            guide_ids=["skr-forhallningssatt"],
            date=today - dt.timedelta(days=30 * months_ago),
        )
        for n, key in enumerate(
            ("transparens", "lyssnande", "tydlighet", "tillforlitlighet", "positiv-aterkoppling")
        ):
            question_key = f"skr-forhallningssatt/{key}"
            conv.rate(earlier.id, question_key, Side.POLITICAL, max(1, min(5, 3 + shift + n % 2)))
            conv.rate(earlier.id, question_key, Side.EXECUTIVE, max(1, min(5, 2 + shift + n % 3)))
            conv.reveal_ratings(earlier.id, question_key)
        conv.set_status(earlier.id, model.ConversationStatus.DONE)
    greyzone = services.greyzone
    entry = greyzone.add(
        pair.id,
        "Vem svarar lokaltidningen när en skola ska läggas ned?",
        raised_on=today - dt.timedelta(days=200),
        conversation_id=first.id,
    )
    greyzone.save(
        dataclasses.replace(
            entry,
            classification=model.GreyZoneClass.SHARED,
            decided_by="Maria Lindqvist",
            learned="Politiken svarar om beslutet, förvaltningen om hur det genomförs. Vi stämmer "
            "av med varandra samma dag.",
        )
    )
    greyzone.add(
        pair.id,
        "Ska kommundirektören delta i partigruppens budgetmöte?",
        raised_on=today - dt.timedelta(days=45),
    )
    second = conv.start(
        pair.id, guide_ids=["skr-forhallningssatt"], date=today - dt.timedelta(days=30)
    )
    commitments.follow_up(second, done.id, model.CommitmentStatus.DONE)
    for key, (political, executive) in {
        "transparens": (4, 3),
        "lyssnande": (4, 4),
        "tydlighet": (3, 3),
        "tillforlitlighet": (4, 3),
        "positiv-aterkoppling": (3, 2),
    }.items():
        question_key = f"skr-forhallningssatt/{key}"
        conv.rate(second.id, question_key, Side.POLITICAL, political)
        conv.rate(second.id, question_key, Side.EXECUTIVE, executive)
        conv.reveal_ratings(second.id, question_key)
    conv.set_status(second.id, model.ConversationStatus.DONE)
    conv.set_next_meeting(second.id, today + dt.timedelta(days=14))
    draft = services.agreements.start_draft(pair, today=today)
    sections = tuple(
        model.AgreementSection(s.key, s.title, s.blocks, s.guidance) for s in draft.sections
    )
    services.agreements.save_sections(
        draft.id,
        tuple(
            s
            if s.key != "samarbete"
            else model.AgreementSection(
                s.key,
                s.title,
                (
                    Block(
                        BlockType.PARAGRAPH,
                        "Vi träffas varje måndag och har ett samspelssamtal en gång per kvartal.",
                    ),
                    Block(
                        BlockType.BULLETS,
                        items=(
                            "Nya uppdrag lämnas skriftligt.",
                            "Vi berättar för varandra innan vi går ut i media.",
                        ),
                    ),
                ),
                s.guidance,
            )
            for s in sections
        ),
    )
    return pair.id


def remove_demo(services: Samspel) -> None:
    services.pairs.remove_demo()
