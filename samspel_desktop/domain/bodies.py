"""The body a pair leads (kommunstyrelsen, a nämnd, regionstyrelsen) and the words derived from it.

A KSO and a KD lead the kommunstyrelse, a regionstyrelsens ordförande and a regiondirektör the
regionstyrelse; a nämndordförande and a förvaltningschef lead their nämnd (``Pair.body``, e.g.
"Socialnämnden"). The body decides the agreement ("Beslutande instans"), names the parties
("Gäller för") and fills the agreement templates' wording.

Titles are written as the user typed them at the start of a sentence or a table cell, and with a
small first letter inside a sentence ("… och kommundirektör"), except abbreviations ("KSO").
"""

from __future__ import annotations

from string import Formatter

from samspel_desktop.domain.labels import default_titles
from samspel_desktop.domain.model import OrganisationKind, Pair, PairKind
from samspel_desktop.domain.record import Record, record

#: Nämnder offered in the pair dialog (any name may be typed).
COMMON_COMMITTEES: tuple[str, ...] = (
    "Barn- och utbildningsnämnden",
    "Socialnämnden",
    "Kultur- och fritidsnämnden",
    "Miljö- och byggnadsnämnden",
    "Tekniska nämnden",
    "Vård- och omsorgsnämnden",
)


def board_name(kind: OrganisationKind) -> str:
    """The organisation's styrelse: "Kommunstyrelsen" or "Regionstyrelsen"."""
    return "Regionstyrelsen" if kind is OrganisationKind.REGION else "Kommunstyrelsen"


def mid_sentence(text: str) -> str:
    """``text`` inside a sentence: "Kommundirektör" → "kommundirektör"; "KSO" stays."""
    if not text:
        return text
    first_word = text.split(maxsplit=1)[0]
    if len(first_word) > 1 and first_word[1].isupper():
        return text  # an abbreviation (KSO, KD) or a name written in capitals
    return text[0].lower() + text[1:]


def sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def genitive(name: str) -> str:
    """Swedish genitive: "Socialnämnden" → "Socialnämndens"; a name ending in s, x, z as is."""
    if not name or name[-1].lower() in "sxz":
        return name
    return name + "s"


def definite(title: str) -> str:
    """The definite form of a title, inside a sentence: "Kommundirektör" → "kommundirektören"."""
    word = mid_sentence(title.strip())
    if not word or word.split()[-1][:2].isupper():
        return word
    if word.endswith("råd"):
        return word + "et"
    if word.endswith("e"):
        return word + "n"
    return word + "en"


def body_of(pair: Pair) -> str:
    """The body the pair leads: its nämnd, or the organisation's styrelse."""
    if pair.body.strip():
        return pair.body.strip()
    if pair.kind is PairKind.COMMITTEE:
        return ""  # a nämnd pair whose nämnd is not named yet
    return board_name(pair.organisation.kind)


def deciding_body(pair: Pair) -> str:
    """Who adopts the pair's agreement ("Beslutande instans"): the body the pair leads.

    An oppositionsråd and a KD, and a pair with own titles, agree under the styrelse unless a
    body is given. Empty for a nämnd pair whose nämnd is not named yet.
    """
    return body_of(pair)


def political_role(pair: Pair) -> str:
    """The political side's role as written in documents: "Socialnämndens ordförande"."""
    title = pair.political.title.strip()
    default = default_titles(PairKind.COMMITTEE)[0]
    if pair.kind is PairKind.COMMITTEE and pair.body.strip() and title in ("", default):
        return f"{genitive(pair.body.strip())} ordförande"
    return title or pair.political.name


def executive_role(pair: Pair) -> str:
    return pair.executive.title.strip() or pair.executive.name


def applies_to(pair: Pair) -> str:
    """ "Gäller för": "Kommunstyrelsens ordförande och kommundirektör, Vaggeryds kommun"."""
    return (
        f"{sentence_start(political_role(pair))} och {mid_sentence(executive_role(pair))}, "
        f"{pair.organisation.name}"
    )


def agreement_title(pair: Pair) -> str:
    """The default title of a pair's agreement."""
    return (
        f"Överenskommelse om samspel – {mid_sentence(political_role(pair))} och "
        f"{mid_sentence(executive_role(pair))}"
    )


# --- wording of the agreement templates ---------------------------------------------------------


@record
class Wording(Record):
    """The words an agreement template is filled with, for one pair (all mid-sentence forms).

    ``chair`` and ``chief`` are definite ("kommunstyrelsens ordförande", "kommundirektören");
    ``chair_short`` and ``chief_short`` the short forms used in running text ("KSO", "KD");
    ``body`` the led body ("kommunstyrelsen", "socialnämnden", "nämnden").
    """

    chair: str
    chief: str
    chair_short: str
    chief_short: str
    body: str
    organisation: str
    #: The knot between the two roles, as in Vaggeryd's "den viktiga knutpunkten KSO–KD".
    knot: str = ""

    @property
    def chief_genitive(self) -> str:
        return genitive(self.chief)

    def fields(self) -> dict[str, str]:
        """Template fields: ``{chair}`` mid-sentence, ``{Chair}`` at a sentence's start, …"""
        out: dict[str, str] = {}
        for name in (
            "chair",
            "chief",
            "chair_short",
            "chief_short",
            "body",
            "organisation",
            "knot",
            "chief_genitive",
        ):
            value: str = getattr(self, name)
            out[name] = value
            out[name[0].upper() + name[1:]] = sentence_start(value)
        return out


def wording(pair: Pair) -> Wording:
    organisation = pair.organisation.name
    if pair.kind is PairKind.KSO_KD:
        return Wording(
            "kommunstyrelsens ordförande", "kommundirektören", "KSO", "KD", "kommunstyrelsen",
            organisation, "KSO–KD",
        )  # fmt: skip
    if pair.kind is PairKind.OPPOSITION_KD:
        return Wording(
            "oppositionsrådet", "kommundirektören", "oppositionsrådet", "KD", "kommunstyrelsen",
            organisation, "oppositionsråd–KD",
        )  # fmt: skip
    if pair.kind is PairKind.REGION:
        return Wording(
            "regionstyrelsens ordförande", "regiondirektören", "ordföranden", "regiondirektören",
            "regionstyrelsen", organisation, "ordförande–regiondirektör",
        )  # fmt: skip
    executive = mid_sentence(pair.executive.title.strip())
    if pair.kind is PairKind.COMMITTEE:
        body = pair.body.strip()
        chair = f"{mid_sentence(genitive(body))} ordförande" if body else "nämndens ordförande"
        chief = definite(pair.executive.title or "Förvaltningschef")
        knot = f"ordförande–{executive or 'förvaltningschef'}"
        return Wording(
            chair, chief, "ordföranden", chief, mid_sentence(body) or "nämnden", organisation, knot
        )
    chair = definite(pair.political.title) or "ordföranden"
    chief = definite(pair.executive.title) or "direktören"
    knot = f"{mid_sentence(pair.political.title.strip())}–{executive}".strip("–")
    return Wording(chair, chief, chair, chief, mid_sentence(body_of(pair)), organisation, knot)


def fill(text: str, words: Wording) -> str:
    """Fill a bundled template text's ``{fields}``; an unknown field is a bug (``KeyError``)."""
    if "{" not in text:
        return text
    return Formatter().vformat(text, (), words.fields())


def decision_text(decided_by: str, day: str, paragraph: str) -> str:
    """ "antagen av kommunstyrelsen 2026-01-28 § 12" (without the leading word).

    ``day`` is already formatted; an empty body or paragraph is left out.
    """
    parts = [f"av {mid_sentence(decided_by)}" if decided_by.strip() else "", day, paragraph]
    return " ".join(p for p in parts if p)
