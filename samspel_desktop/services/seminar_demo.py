"""A demo seminar (eight tables at a samspelsdag) for screenshots, tests and trying things out."""

from __future__ import annotations

import datetime as dt

from samspel_desktop.services.samspel import Samspel

GROUPS: tuple[tuple[str, str], ...] = (
    ("Bord 1", "Anna Berg (KSO), Karl Ek (KD)"),
    ("Bord 2", "Lena Holm (oppositionsråd), Karl Ek (KD)"),
    ("Bord 3", "Omar Said (ordf. barn- och utbildningsnämnden), Eva Lind (förvaltningschef)"),
    ("Bord 4", "Maria Sjö (ordf. socialnämnden), Per Dahl (förvaltningschef)"),
    ("Bord 5", "Jonas Ek (ordf. tekniska nämnden), Sara Nyberg (förvaltningschef)"),
    ("Bord 6", "Kristina Ahl (ordf. kultur- och fritidsnämnden), Ali Haddad (förvaltningschef)"),
    ("Bord 7", "Bo Strand (2:e vice ordf. KS), Helena Ros (ekonomichef)"),
    ("Bord 8", "Ingrid Falk (ordf. miljö- och byggnämnden), Nils Berg (förvaltningschef)"),
)

#: One answer per table for SKR's first two discussion areas.
ANSWERS: tuple[tuple[str, str], ...] = (
    (
        "Att sätta mål och ramar och följa upp dem. Vi vill bli bättre på att säga vad vi "
        "vill uppnå, inte hur.",
        "Chefen ska få arbetsro att leda verksamheten, men behöver tidiga signaler om vad "
        "politiken funderar på.",
    ),
    (
        "Oppositionen behöver samma underlag och samma tillgång till kommundirektören som "
        "majoriteten.",
        "Tydlighet om vem som beställer utredningar – och när det är en fråga för nämnden.",
    ),
    (
        "Nämnden äger prioriteringarna mellan skolor; det behöver vi säga högt.",
        "Förvaltningschefen leder och fördelar arbetet och säger ifrån när uppdragen inte "
        "ryms i ramen.",
    ),
    (
        "Att företräda medborgarna och hålla i helheten även när enskilda ärenden blir "
        "uppmärksammade.",
        "Att ge sakliga underlag med konsekvenser, även när svaret inte är det vi hoppas på.",
    ),
    (
        "Att besluta i tid så att upphandlingar inte försenas.",
        "Att planera investeringar över flera år och visa vad som går att genomföra.",
    ),
    (
        "Att vara ambassadörer för verksamheten utåt.",
        "Att hålla i dialogen med föreningslivet i vardagen.",
    ),
    (
        "Budget och uppföljning – och att ställa frågor om resultat, inte bara om pengar.",
        "Att ekonomin redovisas så att politiken kan styra, inte bara granska.",
    ),
    (
        "Att väga samman miljö och utveckling och ta ansvar för svåra avvägningar.",
        "Myndighetsutövningen är förvaltningens: politiken ska inte gå in i enskilda ärenden.",
    ),
)


def load_seminar_demo(services: Samspel, *, with_answers: bool = True) -> int:
    """Create the demo seminar; returns its id."""
    seminar = services.seminars.create(
        title="Samspelsdag för kommunstyrelsen och ledningsgruppen",
        date=dt.date(2027, 2, 10),
        guide_id="skr-omraden",
        place="Vaggeryds kommunhus, sal Skillingaryd",
        facilitator="Eva Lund, processledare",
        groups=GROUPS,
    )
    if with_answers:
        keys = seminar.question_keys()
        for group, (first, second) in zip(seminar.groups, ANSWERS, strict=True):
            services.seminars.save_answer(seminar.id, group.id, keys[0], first)
            services.seminars.save_answer(seminar.id, group.id, keys[1], second)
        services.seminars.save_synthesis(
            seminar.id,
            keys[0],
            "Politiken sätter mål, ramar och prioriteringar och följer upp resultat. Flera "
            "bord vill bli tydligare med vad som ska uppnås – och lämna hur till förvaltningen.",
        )
    return seminar.id
