"""A database with a row in every archived table, and every reading use case run over one.

Used by the archive tests: an archive the importer accepts must leave a database on which every
list, search and export succeeds (``exercise_everything``, ``CLI_READS``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import tempfile
from pathlib import Path

from samspel_desktop.domain.errors import NotFoundError
from samspel_desktop.domain.model import Answer, RemissStance, Side, Signatory
from samspel_desktop.services.samspel import Samspel


def fill_everything(services: Samspel) -> None:
    """Two pairs (one succeeding the other), conversations with answers and ratings,
    commitments, an adopted agreement with remiss, signatures and provenance, a draft, the
    grey-zone log, a custom guide, a seminar with groups, answers and a synthesis, and items
    in the trash."""
    first = services.pairs.add(
        organisation="Alingsås kommun",
        political="Åsa Öberg",
        executive="Ärling Ek",
        start_date=dt.date(2019, 1, 1),
    )
    services.pairs.end(first.id, dt.date(2022, 12, 31))
    pair = services.pairs.add(
        organisation="Alingsås kommun",
        political="Åsa Öberg",
        executive="Bo Berg",
        start_date=dt.date(2023, 1, 1),
        predecessor_id=first.id,
    )
    rated = services.conversations.start(
        pair.id,
        guide_ids=["skr-forhallningssatt"],
        date=dt.date(2023, 2, 1),
        present=["Åsa Öberg", "Bo Berg"],
    )
    question = services.guides.get("skr-forhallningssatt").questions()[0][1]
    key = f"skr-forhallningssatt/{question.id}"
    services.conversations.rate(rated.id, key, Side.POLITICAL, 3)
    services.conversations.rate(rated.id, key, Side.EXECUTIVE, 4)
    services.conversations.reveal_ratings(rated.id, key)
    talk = services.conversations.start(
        pair.id, guide_ids=["skr-omraden"], date=dt.date(2023, 3, 1)
    )
    area = services.guides.get("skr-omraden").questions()[0][1]
    services.conversations.save_answer(
        Answer(
            talk.id,
            f"skr-omraden/{area.id}",
            political="Tid för beredning",
            executive="Tydliga uppdrag",
            conclusion="Mötesplan varje månad",
            to_agreement=True,
        )
    )
    services.conversations.set_notes(talk.id, "Anteckningar om delegation")
    services.conversations.set_next_meeting(talk.id, dt.date(2023, 4, 1))
    services.commitments.add(pair.id, "Mötesplan", Side.BOTH, created_in=talk.id)
    services.commitments.add(first.id, "Äldre åtagande", Side.POLITICAL)
    draft = services.agreements.start_draft(pair, today=dt.date(2023, 3, 10))
    suggestion = services.agreements.suggestions(draft.id)[0]
    services.agreements.take_suggestion(draft.id, suggestion, section_key=draft.sections[0].key)
    services.agreements.send_to_remiss(
        draft.id,
        ["Kommunstyrelsen", "Partigrupp S"],
        deadline=dt.date(2023, 4, 20),
        sent_on=dt.date(2023, 3, 20),
    )
    remiss = services.agreements.remiss(draft.id)
    assert remiss is not None
    services.agreements.record_remiss_answer(
        remiss.answers[0].id, RemissStance.SUPPORTS, "Bra", answered_on=dt.date(2023, 4, 2)
    )
    services.agreements.adopt(
        draft.id,
        dt.date(2023, 5, 1),
        "§ 3",
        place="Alingsås",
        signatories=[
            Signatory(Side.POLITICAL, "Åsa Öberg", "KSO"),
            Signatory(Side.EXECUTIVE, "Bo Berg", "KD"),
        ],
    )
    services.agreements.start_draft(pair, copy_from=services.agreements.get(draft.id))
    services.greyzone.add(pair.id, "Vem äger frågan om skolskjuts?", raised_on=dt.date(2023, 3, 1))
    custom = services.guides.editing.duplicate("skr-omraden")
    seminar = services.seminars.create(
        title="Samspelsdag",
        date=dt.date(2023, 9, 1),
        guide_id=custom.id,
        place="Stadshuset",
        facilitator="Eva Ström",
        groups=[("Bord 1", "Anna Berg (KSO), Karl Ek (KD)"), ("Bord 2", "")],
    )
    seminar_key = seminar.question_keys()[0]
    services.seminars.save_answer(seminar.id, seminar.groups[0].id, seminar_key, "Förtroende")
    services.seminars.save_synthesis(seminar.id, seminar_key, "Alla vill mötas oftare")
    services.seminars.set_minutes(seminar.id, seminar_key, 15)
    services.trash.delete("commitment", services.commitments.add(pair.id, "x", Side.BOTH).id)
    with tempfile.TemporaryDirectory() as folder:
        check = Path(folder) / "check.json"
        services.data_folder.export_archive(check)
        assert all(json.loads(check.read_text("utf-8"))["tables"].values())


def exercise_everything(services: Samspel, out: Path) -> int:
    """Every list, search and export the app offers, over everything in the database.

    Returns how many documents were written. Raises whatever the app raises.
    """
    from samspel_desktop.charts import health_png

    written = 0
    pairs = services.pairs.all()
    for pair in pairs:
        assert pair.display_name and pair.organisation.name
    conversations = services.conversations.all()
    for guide in services.guides.all():
        assert guide.questions()
        services.guides.editing.export(guide.id, out / "guide.json")
    services.trash.items()
    for word in ("a", "Mötesplan", "delegation", "Förtroende", "e-post", "x"):
        for hit in services.search.search(word).hits:
            assert hit.open_id and hit.kind_label
    for pair in pairs:
        trend = services.history.health(pair.id)
        assert health_png(trend).startswith(b"\x89PNG")
        services.reports.follow_up_report(pair.id, out / "report.docx")
        services.reports.handover_pack(pair.id, out / "handover.docx")
        written += 2
        for version in services.agreements.versions(pair.id):
            services.agreements.export_word(version.id, out / "agreement.docx")
            written += 1
    listed = {pair.id for pair in pairs}
    for conversation in conversations:
        if conversation.pair_id in listed:
            services.conversations.export_minutes(conversation.id, out / "minutes.docx")
            written += 1
        else:  # its pair (or organisation) lies in the trash: written, or refused in Swedish
            with contextlib.suppress(NotFoundError):
                services.conversations.export_minutes(conversation.id, out / "minutes.docx")
    for seminar in services.seminars.all():
        services.seminars.export_summary(seminar.id, out / "summary.docx")
        services.seminars.export_file(seminar.id, out / "seminar.json")
        for group in seminar.groups:
            services.seminars.export_group(seminar.uuid, group.name, out / "group.json")
        written += 1
    services.data_folder.export_archive(out / "archive.json")
    return written


def cli_reads(data: Path, services: Samspel, out: Path) -> list[list[str]]:
    """The command lines of every reading command over what ``services`` holds."""
    base = ["--data-dir", str(data)]
    commands = [
        [*base, "list", "pairs"],
        [*base, "list", "pairs", "--json"],
        [*base, "list", "conversations"],
        [*base, "list", "conversations", "--json"],
        [*base, "list", "guides", "--json"],
        [*base, "trash", "list", "--json"],
        [*base, "seminar", "list", "--json"],
        [*base, "search", "Mötesplan"],
        [*base, "search", "a", "--json"],
        [*base, "archive", "export", "-o", str(out / "archive.json")],
    ]
    for pair in services.pairs.all():
        commands.append(
            [*base, "export", "report", "--pair", str(pair.id), "-o", str(out / "r.docx")]
        )
        commands.append(
            [*base, "export", "handover", "--pair", str(pair.id), "-o", str(out / "h.docx")]
        )
        if services.agreements.versions(pair.id):
            commands.append(
                [*base, "export", "agreement", "--pair", str(pair.id), "-o", str(out / "a.docx")]
            )
    for conversation in services.conversations.all():
        commands.append(
            [
                *base,
                "export",
                "minutes",
                "--conversation",
                str(conversation.id),
                "-o",
                str(out / "m.docx"),
            ]
        )
    for seminar in services.seminars.all():
        commands.append(
            [*base, "seminar", "summary", "--seminar", seminar.uuid, "-o", str(out / "s.docx")]
        )
    return commands
