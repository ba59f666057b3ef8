"""Swedish-like prose for the benchmark history, deterministic from a ``random.Random``.

Sentences are assembled from the vocabulary of municipal governance (with å, ä and ö), so the
full-text index sees realistic words, word lengths and letter frequencies. The text does not
have to make sense; it has to look and weigh like what a KSO and a KD write after a meeting.

Word frequencies follow real prose rather than a lottery: within each word class the k-th
word is drawn with weight 1/k (Zipf's law), and each text keeps to a few themes, as notes from
one conversation do (most of its clauses are about two or three topics). Drawing uniformly
from a short list, as this module first did, put every topic word in about a third of all
texts – "delegationsordningen" as common as "och" – which no real history looks like and which
made every search as broad as a search for "och" (BENCHMARKS.md).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

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
    # less frequent topics: the long tail of what a municipality also talks about
    "bostadsförsörjningen", "gymnasieskolan", "fritidsverksamheten", "kulturskolan",
    "biblioteken", "idrottsanläggningarna", "gator och vägar", "kollektivtrafiken",
    "avfallshanteringen", "VA-taxan", "energiomställningen", "klimatanpassningen",
    "integrationsarbetet", "arbetsmarknadsåtgärderna", "försörjningsstödet",
    "individ- och familjeomsorgen", "socialtjänstens ärenden", "hemtjänsten",
    "LSS-verksamheten", "elevhälsan", "skolskjutsarna", "förskolekön", "nyckeltalen",
    "kommunens bolag", "bolagsstyrningen", "ägardirektiven", "upphandlingen",
    "avtalsuppföljningen", "digitaliseringen", "informationssäkerheten", "dataskyddet",
    "arkivfrågorna", "diariet", "medarbetarenkäten", "sjukfrånvaron", "lönerevisionen",
    "arbetsmiljön", "chefsförsörjningen", "organisationsöversynen", "besparingarna",
    "effektiviseringskraven", "resultatutjämningsreserven", "skatteprognosen",
    "de riktade statsbidragen", "länsstyrelsens tillsyn", "revisorernas granskning",
    "revisionsrapporten", "medborgarförslagen", "motionerna", "interpellationerna",
    "presidieträffarna", "valberedningen", "partistödet", "arvodesreglerna", "jävsfrågorna",
    "visselblåsarfunktionen", "säkerhetsskyddet", "totalförsvaret", "räddningstjänsten",
    "det brottsförebyggande arbetet", "trygghetsvandringarna", "landsbygdsutvecklingen",
    "centrumutvecklingen", "exploateringsavtalen", "markanvändningen", "bygglovshanteringen",
    "miljötillsynen", "livsmedelskontrollen", "turismen", "evenemangen",
    "föreningsbidragen", "samhällsbyggnadsprocessen", "strandskyddet", "bredbandsutbyggnaden",
    "kommunikationsplanen", "pressmeddelandena", "sociala medier", "webbplatsen",
    "synpunktshanteringen", "vänortssamarbetet", "folkhälsoarbetet", "ungdomsrådet",
    "pensionärsrådet", "tillgänglighetsarbetet",
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


class _Zipf:
    """Words drawn with weight 1/rank: the first of the list most often, the last rarely."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = list(words)
        self._cumulative = list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))

    def __call__(self, rng: random.Random) -> str:
        return rng.choices(self.words, cum_weights=self._cumulative)[0]


_subject = _Zipf(_SUBJECTS)
_verb = _Zipf(_VERBS)
_topic = _Zipf(_OBJECTS)
_adverbial = _Zipf(_ADVERBIALS)

#: How often a clause is about one of its text's themes rather than any topic.
_ON_THEME = 0.7


def _object(rng: random.Random, themes: Sequence[str]) -> str:
    return rng.choice(themes) if themes and rng.random() < _ON_THEME else _topic(rng)


def _clause(rng: random.Random, themes: Sequence[str]) -> str:
    subject = _subject(rng).lower()
    return f"{subject} {rng.choice(_MODALS)} {_verb(rng)} {_object(rng, themes)}"


def sentence(rng: random.Random, themes: Sequence[str] = ()) -> str:
    """One sentence, 6–30 words, starting with a capital and ending with a full stop."""
    roll = rng.random()
    if roll < 0.08:
        return rng.choice(_SHORT)
    if roll < 0.40:
        body = f"{rng.choice(_OPENERS)} {_clause(rng, themes)} {_adverbial(rng)}"
    else:
        body = (
            f"{_subject(rng)} {rng.choice(_MODALS)} {_verb(rng)} "
            f"{_object(rng, themes)} {_adverbial(rng)}"
        )
    if rng.random() < 0.45:
        body += f", {rng.choice(_CONNECTORS)} {_clause(rng, themes)}"
    return body[0].upper() + body[1:] + ("." if rng.random() < 0.92 else "?")


def prose(rng: random.Random, length: int) -> str:
    """Paragraphs of sentences until about ``length`` characters (never above it by much).

    The text keeps to two or three themes (topics drawn by frequency), like real notes.
    """
    themes = [_topic(rng) for _ in range(rng.randint(2, 3))]
    paragraphs: list[str] = []
    current: list[str] = []
    size = 0
    while size < length:
        s = sentence(rng, themes)
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
    body = f"{_verb(rng)} {_topic(rng)} {_adverbial(rng)}"
    return body[0].upper() + body[1:]
