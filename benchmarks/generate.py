"""Generate a realistic municipality history for the benchmarks, deterministic from a seed.

    .venv/bin/python benchmarks/generate.py --years 20 --out benchmarks/results/data-20y

Ten pairs meet about twelve times a year: KSO–KD, oppositionsråd–KD and eight nämnd pairs
(nämndordförande–förvaltningschef). At every mandate-period boundary (the board takes office on
1 January after the election) people change, which makes a new pair whose ``predecessor_id``
points at the old one. Conversations use the built-in guides with every answer filled with
Swedish-like prose; the förhållningssätt guide is rated by both sides; commitments are made,
followed up (done, dropped with a reason) or left open (some overdue); every pair writes three
versions of a Vaggeryd-size agreement per mandate period, all adopted except the current pairs'
latest draft.

Everything is written through the app's own services and repositories, so tables, columns, JSON
shapes and the full-text index are exactly what the app stores. For speed the writes of one
pair-year share one transaction (the services' own transactions nest as savepoints), and the
storage clock is set to the simulated day so ``created_at``/``updated_at`` look historical.

Grey-zone entries (gråzonsfall): about one in four conversations raises one, most resolved.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import shutil
import sys
import time
from pathlib import Path

from swedish_text import answer_length, commitment_text, person_name, prose

from samspel_desktop.domain.calendar import mandate_period
from samspel_desktop.domain.model import (
    AgreementSection,
    AgreementVersion,
    Answer,
    AnswerType,
    Block,
    BlockType,
    CommitmentStatus,
    Conversation,
    ConversationStatus,
    GreyZoneClass,
    Guide,
    Pair,
    PairKind,
    Phase,
    Side,
)
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage import (
    agreements,
    commitments,
    conversations,
    greyzone,
    guides,
    pairs,
    rows,
    trash,
)
from samspel_desktop.storage.database import Store, open_store

#: The simulated "today": the history ends here whatever the machine's clock says.
REFERENCE_DATE = dt.date(2026, 11, 15)
ORGANISATION = "Ekåsa kommun"
DEFAULT_SEED = 20061015
#: Bump when the generated content changes, so cached histories are regenerated.
GENERATOR_VERSION = 1


@dataclasses.dataclass(frozen=True)
class Slot:
    """One of the ten recurring pairings, whoever holds the posts."""

    kind: PairKind
    political_title: str
    executive_title: str
    committee: str = ""


SLOTS: tuple[Slot, ...] = (
    Slot(PairKind.KSO_KD, "Kommunstyrelsens ordförande", "Kommundirektör"),
    Slot(PairKind.OPPOSITION_KD, "Oppositionsråd", "Kommundirektör"),
    *(
        Slot(PairKind.COMMITTEE, f"Ordförande i {name}", chief, name)
        for name, chief in (
            ("barn- och utbildningsnämnden", "Utbildningschef"),
            ("socialnämnden", "Socialchef"),
            ("vård- och omsorgsnämnden", "Omsorgschef"),
            ("tekniska nämnden", "Teknisk chef"),
            ("kultur- och fritidsnämnden", "Kultur- och fritidschef"),
            ("bygg- och miljönämnden", "Miljö- och byggchef"),
            ("samhällsbyggnadsnämnden", "Samhällsbyggnadschef"),
            ("arbetsmarknadsnämnden", "Arbetsmarknadschef"),
        )
    ),
)


class SimulatedClock:
    """Stands in for the storage layer's ``utc_now`` so timestamps follow the simulated day."""

    def __init__(self, day: dt.date) -> None:
        self.day = day
        self.tick = 0

    def __call__(self) -> str:
        self.tick = (self.tick + 7) % 28_800
        moment = dt.datetime.combine(self.day, dt.time(8), tzinfo=dt.UTC)
        return (moment + dt.timedelta(seconds=self.tick)).isoformat(timespec="seconds")


@dataclasses.dataclass
class Counts:
    pairs: int = 0
    conversations: int = 0
    answers: int = 0
    ratings: int = 0
    commitments: int = 0
    greyzone_entries: int = 0
    agreement_versions: int = 0
    characters: int = 0


def board_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """Days within (first, last] when a new executive board takes office."""
    period = mandate_period(first)
    out = []
    while period.board_start <= last:
        if period.board_start > first:
            out.append(period.board_start)
        period = period.next()
    return out


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def meeting_days(rng: random.Random, first: dt.date, last: dt.date) -> list[dt.date]:
    """About twelve meetings a year: monthly except July, one extra in a busy month."""
    days: list[dt.date] = []
    year, month = first.year, first.month
    while dt.date(year, month, 1) <= last:
        if month != 7:
            count = 2 if month == rng.choice((2, 3, 9, 10, 11)) and rng.random() < 0.5 else 1
            for _ in range(count):
                day = _weekday(dt.date(year, month, rng.randint(2, 25)))
                if first <= day <= last:
                    days.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return sorted(set(days))


class HistoryWriter:
    def __init__(
        self, services: Samspel, store: Store, clock: SimulatedClock, rng: random.Random
    ) -> None:
        self.services = services
        self.store = store
        self.clock = clock
        self.rng = rng
        self.counts = Counts()
        self.guides = {g.id: g for g in services.guides.all()}
        self.vaggeryd_keys = ("styra-och-leda", "ansvar-och-roller", "kommunikationsvagar")

    # --- pairs -------------------------------------------------------------------------

    def add_pair(
        self,
        slot: Slot,
        start: dt.date,
        political: str,
        executive: str,
        predecessor: Pair | None,
    ) -> Pair:
        self.clock.day = start
        pair = self.services.pairs.add(
            organisation=ORGANISATION,
            political=political,
            political_title=slot.political_title,
            executive=executive,
            executive_title=slot.executive_title,
            kind=slot.kind,
            # A committee pair names its nämnd (required since the pair's body, step 0006).
            body=slot.committee[:1].upper() + slot.committee[1:],
            start_date=start,
            phase=Phase.BUILDING,
            predecessor_id=predecessor.id if predecessor else None,
        )
        if predecessor is not None:
            self.services.pairs.end(predecessor.id, start - dt.timedelta(days=1))
        self.counts.pairs += 1
        return pair

    # --- conversations -----------------------------------------------------------------

    def guides_for(self, pair: Pair, index: int, day: dt.date, phase: Phase) -> list[str]:
        if index == 0:
            ids = ["start-ny-relation"]
            if pair.kind is PairKind.OPPOSITION_KD:
                ids.append("opposition-kd")
            return ids
        if day.month == 11 and day.day <= 20:
            return ["uppfoljning-overenskommelse"]
        if day.month in (3, 6, 9, 12) and day.day <= 20:
            return ["skr-forhallningssatt", self.rng.choice(("skr-omraden", "skr-centralt"))]
        if pair.kind is PairKind.OPPOSITION_KD and index % 3 == 0:
            return ["opposition-kd"]
        if phase is Phase.ROUTINE and index % 4 == 1:
            return ["skr-resiliens"]
        return [self.rng.choice(("skr-omraden", "skr-omraden", "skr-centralt"))]

    def text(self, *, short: bool = False) -> str:
        body = prose(self.rng, answer_length(self.rng, short=short))
        self.counts.characters += len(body)
        return body

    def conversation(
        self, pair: Pair, day: dt.date, guide_ids: list[str], status: ConversationStatus
    ) -> Conversation:
        self.clock.day = day
        services = self.services
        conversation = services.conversations.start(pair.id, guide_ids=guide_ids, date=day)
        self.counts.conversations += 1
        if status is ConversationStatus.PLANNED:
            return conversation
        conv = services.conversations
        conv.set_status(conversation.id, ConversationStatus.IN_PROGRESS)
        for guide in conversation.guides:
            self.answer_guide(conversation, guide)
        if self.rng.random() < 0.7:
            conv.set_notes(conversation.id, self.text(short=True))
        conv.set_status(conversation.id, ConversationStatus.DONE)
        return conversation

    def answer_guide(self, conversation: Conversation, guide: Guide) -> None:
        conv = self.services.conversations
        for _, question in guide.questions():
            key = guide.question_key(question)
            to_agreement = self.rng.random() < 0.12
            conv.save_answer(
                Answer(
                    conversation.id,
                    key,
                    political=self.text(),
                    executive=self.text(),
                    conclusion=self.text(short=True),
                    to_agreement=to_agreement,
                    agreement_section_key=self.rng.choice(self.vaggeryd_keys)
                    if to_agreement
                    else "",
                )
            )
            self.counts.answers += 1
            if question.answer.type is AnswerType.RATING:
                base = self.rng.randint(2, 4)
                for side in (Side.POLITICAL, Side.EXECUTIVE):
                    value = min(5, max(1, base + self.rng.choice((-1, 0, 0, 1))))
                    conv.rate(conversation.id, key, side, value)
                    self.counts.ratings += 1
                conv.reveal_ratings(conversation.id, key)

    # --- commitments -------------------------------------------------------------------

    def follow_up(self, pair: Pair, conversation: Conversation, today: dt.date) -> None:
        """Close most commitments that are due; leave some open (a few of them overdue)."""
        commitments = self.services.commitments
        for commitment in commitments.all(pair.id):
            if commitment.status is not CommitmentStatus.OPEN or commitment.due_date is None:
                continue
            if commitment.due_date > today or self.rng.random() < 0.25:
                continue
            roll = self.rng.random()
            if roll < 0.82:
                commitments.follow_up(conversation, commitment.id, CommitmentStatus.DONE)
            elif roll < 0.95:
                commitments.follow_up(
                    conversation,
                    commitment.id,
                    CommitmentStatus.DROPPED,
                    self.text(short=True)[:300],
                )

    def new_commitments(self, pair: Pair, conversation: Conversation) -> None:
        commitments = self.services.commitments
        for _ in range(self.rng.choice((0, 1, 1, 2, 2, 3))):
            side = self.rng.choice((Side.POLITICAL, Side.EXECUTIVE, Side.BOTH))
            owner = {
                Side.POLITICAL: pair.political.name,
                Side.EXECUTIVE: pair.executive.name,
                Side.BOTH: "",
            }[side]
            commitments.add(
                pair.id,
                commitment_text(self.rng),
                side,
                owner_name=owner,
                due_date=conversation.date + dt.timedelta(days=self.rng.randint(14, 150)),
                created_in=conversation.id,
            )
            self.counts.commitments += 1

    # --- the grey zone -----------------------------------------------------------------

    def greyzone(self, pair: Pair, conversation: Conversation) -> None:
        """About one question in four conversations lands in the grey-zone log, most resolved."""
        if self.rng.random() >= 0.25:
            return
        greyzone = self.services.greyzone
        entry = greyzone.add(
            pair.id,
            self.text(short=True)[:400],
            raised_on=conversation.date,
            conversation_id=conversation.id,
        )
        if self.rng.random() < 0.8:
            greyzone.save(
                dataclasses.replace(
                    entry,
                    classification=self.rng.choice(
                        (GreyZoneClass.WHAT, GreyZoneClass.HOW, GreyZoneClass.SHARED)
                    ),
                    decided_by=self.rng.choice((pair.political.name, pair.executive.name)),
                    learned=self.text(short=True)[:600],
                )
            )
        self.counts.greyzone_entries += 1

    # --- agreements --------------------------------------------------------------------

    def agreement_sections(self, version: AgreementVersion) -> tuple[AgreementSection, ...]:
        """Fill the Vaggeryd structure to Vaggeryd's size (about 20 000 characters)."""
        sections = []
        for section in version.sections:
            blocks: list[Block] = []
            for _ in range(self.rng.randint(3, 5)):
                blocks.append(
                    Block(BlockType.PARAGRAPH, prose(self.rng, self.rng.randint(300, 900)))
                )
                if self.rng.random() < 0.6:
                    blocks.append(
                        Block(
                            BlockType.BULLETS,
                            items=tuple(
                                commitment_text(self.rng) + "."
                                for _ in range(self.rng.randint(3, 7))
                            ),
                        )
                    )
            sections.append(dataclasses.replace(section, blocks=tuple(blocks)))
        return tuple(sections)

    def agreement_round(self, pair: Pair, first: dt.date, last: dt.date, *, current: bool) -> None:
        """Three versions in one period: each a draft, adopted a few weeks later."""
        agreements = self.services.agreements
        span = (last - first).days
        previous: AgreementVersion | None = agreements.current(pair.id)
        for number, fraction in enumerate((0.08, 0.45, 0.85), start=1):
            drafted = first + dt.timedelta(days=int(span * fraction))
            adopted = drafted + dt.timedelta(days=35)
            self.clock.day = drafted
            if previous is None:
                draft = agreements.start_draft(pair, template="vaggeryd", today=drafted)
            else:
                draft = agreements.start_draft(pair, copy_from=previous, today=drafted)
            agreements.save_sections(draft.id, self.agreement_sections(draft))
            self.counts.agreement_versions += 1
            leave_as_draft = current and number == 3
            if not leave_as_draft and adopted <= last:
                self.clock.day = adopted
                agreements.adopt(draft.id, adopted, f"§ {self.rng.randint(10, 240)}")
            previous = agreements.get(draft.id)


def _segments(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    starts = [first, *board_starts(first, last)]
    ends = [s - dt.timedelta(days=1) for s in starts[1:]] + [last]
    return list(zip(starts, ends, strict=True))


def generate(out: Path, years: int, seed: int = DEFAULT_SEED) -> Counts:
    """Write a ``years``-year history into the data folder ``out`` (replaced if it exists)."""
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(seed)
    last = REFERENCE_DATE
    first = dt.date(last.year - years, last.month, last.day)
    # Begin with a board rather than a few weeks before one (20 years: 2007-01-01, five periods).
    upcoming = board_starts(first, first + dt.timedelta(days=90))
    first = upcoming[0] if upcoming else first
    clock = SimulatedClock(first)
    # Every repository stamps its rows with the simulated clock.
    stamped = (agreements, commitments, conversations, greyzone, guides, pairs, rows, trash)
    original_clock = pairs.utc_now
    for module in stamped:
        module.utc_now = clock  # type: ignore[assignment]
    try:
        paths = DataPaths(out)
        # Opened as Samspel.open does, keeping the store: the writer batches its saves.
        store = open_store(paths.database, backup_dir=paths.backups)
        try:
            services = Samspel(store, paths)
            services.guides.install_builtin()
            writer = HistoryWriter(services, store, clock, rng)
            for slot_index, slot in enumerate(SLOTS):
                _generate_slot(writer, slot_index, slot, first, last)
        finally:
            store.close()
    finally:
        for module in stamped:
            module.utc_now = original_clock  # type: ignore[assignment]
    return writer.counts


def _generate_slot(
    writer: HistoryWriter, slot_index: int, slot: Slot, first: dt.date, last: dt.date
) -> None:
    rng = writer.rng
    services = writer.services
    political = person_name(rng)
    # KSO–KD and oppositionsråd–KD share the kommundirektör: derive the KD from the segment.
    pair: Pair | None = None
    for segment_index, (start, end) in enumerate(_segments(first, last)):
        executive = _executive_name(slot_index, segment_index, writer)
        change_political = segment_index == 0 or rng.random() < 0.6
        if change_political and segment_index > 0:
            political = person_name(rng)
        while political == executive:  # two people, even when the names are drawn alike
            political = person_name(rng)
        is_new = pair is None or change_political or executive != pair.executive.name
        if is_new:
            pair = writer.add_pair(slot, start, political, executive, pair)
        assert pair is not None
        current = end == last
        days = meeting_days(rng, start, end)
        future = [_weekday(last + dt.timedelta(days=d)) for d in (21, 49)] if current else []
        by_year: dict[int, list[dt.date]] = {}
        for day in days + future:
            by_year.setdefault(day.year, []).append(day)
        index = 0 if is_new else 1
        for year_days in by_year.values():
            # One transaction per pair-year; the services' own saves nest as savepoints.
            with writer.store.write():
                phase = _set_phase(writer, pair, year_days[0])
                for day in year_days:
                    status = ConversationStatus.DONE if day <= last else ConversationStatus.PLANNED
                    guides = writer.guides_for(pair, index, day, phase)
                    conversation = writer.conversation(pair, day, guides, status)
                    index += 1
                    if status is ConversationStatus.DONE:
                        writer.follow_up(pair, conversation, day)
                        writer.new_commitments(pair, conversation)
                        writer.greyzone(pair, conversation)
                        latest = conversation
        with writer.store.write():
            writer.agreement_round(pair, start, end, current=current)
        if future:
            services.conversations.set_next_meeting(latest.id, future[0])


def _executive_name(slot_index: int, segment_index: int, writer: HistoryWriter) -> str:
    """Kommundirektör shared by the first two slots; other chiefs change now and then."""
    key = (0 if slot_index < 2 else slot_index, segment_index)
    cache: dict[tuple[int, int], str] = writer.__dict__.setdefault("_executives", {})
    if key not in cache:
        previous = cache.get((key[0], segment_index - 1))
        keep = previous is not None and writer.rng.random() < 0.65
        cache[key] = previous if keep and previous else person_name(writer.rng)
    return cache[key]


def _set_phase(writer: HistoryWriter, pair: Pair, day: dt.date) -> Phase:
    """Building in the first year, then stable; some pairs slip into routine after three."""
    age = (day - pair.start_date).days
    slips = pair.id % 3 == 0
    phase = Phase.BUILDING if age < 300 else Phase.ROUTINE if slips and age > 1100 else Phase.STABLE
    writer.services.pairs.set_phase(pair.id, phase)
    return phase


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=20, help="length of the history (1–20)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, required=True, help="data folder to (re)create")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    counts = generate(args.out, args.years, args.seed)
    elapsed = time.perf_counter() - started
    print(f"{args.years} år på {elapsed:.1f} s: {dataclasses.asdict(counts)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
