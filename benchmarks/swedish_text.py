"""Swedish-like prose for the benchmark history, deterministic from a ``random.Random``.

Sentences are assembled from the vocabulary of municipal governance (with å, ä and ö), so the
full-text index sees realistic words, word lengths and letter frequencies. The text does not
have to make sense; it has to look and weigh like what a KSO and a KD write after a meeting.
"""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Anna", "Åsa", "Björn", "Cecilia", "Dan", "Elin", "Fredrik", "Göran", "Hanna", "Ingrid",
    "Jonas", "Karin", "Lars", "Maja", "Niklas", "Örjan", "Per", "Ragnhild", "Sofia", "Torbjörn",
    "Ulla", "Viktor", "Ylva", "Åke", "Märta", "Jörgen", "Lena", "Mats", "Stina", "Håkan",
)  # fmt: skip
LAST_NAMES = (
    "Andersson", "Åberg", "Björk", "Dahlström", "Ek", "Forsberg", "Grönlund", "Hägg",
    "Isaksson", "Järvinen", "Karlsson", "Lindqvist", "Möller", "Nyström", "Öhman", "Persson",
    "Sjöberg", "Törnqvist", "Wallén", "Ström", "Löfgren", "Näslund", "Bäckström", "Sandén",
)  # fmt: skip

_SUBJECTS = (
    "Förvaltningen", "Politiken", "Kommunstyrelsen", "Nämnden", "Vi", "Ordföranden",
    "Kommundirektören", "Ledningsgruppen", "Presidiet", "Förvaltningschefen", "Oppositionen",
    "Partigruppen", "Tjänstepersonerna", "Ekonomiavdelningen", "Kommunikationsenheten",
    "Fullmäktige", "Arbetsutskottet", "Ingen av oss", "Båda parter", "Handläggarna",
)  # fmt: skip
_MODALS = (
    "behöver", "ska", "vill", "måste", "brukar", "kan", "bör", "försöker", "har svårt att",
    "har börjat", "har lovat att", "önskar",
)  # fmt: skip
_VERBS = (
    "förtydliga", "återkoppla om", "förbereda", "prioritera", "stämma av", "följa upp",
    "förankra", "dokumentera", "planera", "beskriva", "lyfta", "diskutera", "ompröva",
    "förenkla", "samordna", "säkerställa", "granska", "kommunicera", "delegera", "utvärdera",
    "fördela", "förklara", "bereda", "återrapportera", "tydliggöra", "hantera",
)  # fmt: skip
_OBJECTS = (
    "uppdraget", "delegationsordningen", "budgetprocessen", "ärendeberedningen",
    "mötesstrukturen", "målen för nästa år", "återkopplingen till nämnden",
    "informationen till oppositionen", "den gyllene zonen", "verksamhetsplanen",
    "kvalitetsarbetet", "medieutspelen", "investeringsbudgeten", "tjänsteskrivelserna",
    "rollfördelningen", "samverkan med regionen", "lokalförsörjningen", "kompetensförsörjningen",
    "förskolans utbyggnad", "äldreomsorgens bemanning", "översiktsplanen", "detaljplanerna",
    "vattenförsörjningen", "skolans resultat", "ekonomiska prognoser", "årsredovisningen",
    "internkontrollen", "den politiska viljan", "förtroendet mellan oss", "dagordningen",
    "remissvaren", "medborgardialogen", "krisberedskapen", "näringslivsfrågorna",
    "överenskommelsen", "åtagandena från förra mötet", "beslutsunderlagen", "tidplanen",
)  # fmt: skip
_ADVERBIALS = (
    "innan sammanträdet", "i god tid", "på måndagsmötet", "under våren", "varje kvartal",
    "när det gäller medierna", "så att ingen överraskas", "inför budgetberedningen",
    "efter valet", "i hela organisationen", "med tydliga tidsramar", "skriftligt",
    "utan att det blir byråkratiskt", "tillsammans med presidiet", "före sommaruppehållet",
    "på ett förutsägbart sätt", "redan i början av processen", "i nästa delårsrapport",
    "när läget är akut", "med respekt för varandras roller", "i förväg", "löpande",
    "under hösten", "på ett öppet sätt", "så snart det är möjligt", "i samförstånd",
)  # fmt: skip
_CONNECTORS = (
    "eftersom", "men", "och därför", "samtidigt som", "så att", "även om", "medan", "innan",
)  # fmt: skip
_OPENERS = (
    "Vi är överens om att", "Det är tydligt att", "Jag upplever att", "Min bild är att",
    "Från förvaltningens sida märks att", "Ur politikens perspektiv är det viktigt att",
    "Det har fungerat bättre sedan", "Vi konstaterade att", "Det framkom att",
    "Ett återkommande problem är att", "Erfarenheten från förra året visar att",
    "Enligt kommunallagen gäller att", "Det är svårt att veta när",
)  # fmt: skip
_SHORT = (
    "Det fungerar bra.", "Här finns mer att göra.", "Vi återkommer till detta.",
    "Frågan är öppen.", "Så ska det inte vara.", "Båda håller med.", "Det tar tid.",
    "Vi får se hur det går i höst.", "Det här är en gråzon.", "Ordföranden har sista ordet.",
)  # fmt: skip


def _clause(rng: random.Random) -> str:
    subject = rng.choice(_SUBJECTS).lower()
    return f"{subject} {rng.choice(_MODALS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"


def sentence(rng: random.Random) -> str:
    """One sentence, 6–30 words, starting with a capital and ending with a full stop."""
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(_SHORT)
    if roll < 0.40:
        body = f"{rng.choice(_OPENERS)} {_clause(rng)} {rng.choice(_ADVERBIALS)}"
    else:
        subject = rng.choice(_SUBJECTS)
        body = (
            f"{subject} {rng.choice(_MODALS)} {rng.choice(_VERBS)} "
            f"{rng.choice(_OBJECTS)} {rng.choice(_ADVERBIALS)}"
        )
    if rng.random() < 0.45:
        body += f", {rng.choice(_CONNECTORS)} {_clause(rng)}"
    return body[0].upper() + body[1:] + ("." if rng.random() < 0.92 else "?")


def prose(rng: random.Random, length: int) -> str:
    """Paragraphs of sentences until about ``length`` characters (never above it by much)."""
    paragraphs: list[str] = []
    current: list[str] = []
    size = 0
    while size < length:
        s = sentence(rng)
        current.append(s)
        size += len(s) + 1
        if len(current) >= rng.randint(3, 6):
            paragraphs.append(" ".join(current))
            current = []
            size += 1
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def answer_length(rng: random.Random, *, short: bool = False) -> int:
    """A realistic length: most answers a few hundred characters, some near 2 000."""
    if short:
        return int(min(900, max(80, rng.lognormvariate(5.4, 0.5))))
    return int(min(2000, max(200, rng.lognormvariate(6.4, 0.55))))


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def commitment_text(rng: random.Random) -> str:
    body = f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_ADVERBIALS)}"
    return body[0].upper() + body[1:]


#: Words the search benchmark can rely on finding in the generated history.
VOCABULARY = tuple(
    sorted(
        {
            word.strip(",.?").lower()
            for phrase in (*_SUBJECTS, *_VERBS, *_OBJECTS, *_ADVERBIALS, *_OPENERS)
            for word in phrase.split()
        }
    )
)
