#!/usr/bin/env python3
"""Crash-safety soak: the real save path, killed with SIGKILL at random moments.

    .venv/bin/python benchmarks/crash_soak.py --runs 300 [--seed N] [--data-dir DIR]
    .venv/bin/python benchmarks/crash_soak.py --runs 300 --via-window

Each run starts a worker (this file with ``--worker``) that opens the data folder with
``Samspel.open`` and saves in a loop through the services' real save path: answers
(``ConversationRepository.save_answer``), commitments (``Samspel.add_commitment``) and
conversation notes (``ConversationRepository.update``), texts from a few bytes to 40 kB so pages
overflow and the WAL checkpoints. After each save returns, the worker prints ``ack ...`` and
flushes. The parent kills it with SIGKILL (``Popen.kill``) at a random moment: sometimes during
start-up, usually in the middle of saving. Then it reopens the folder with ``Samspel.open`` and
checks that ``integrity_check`` passes and that every acknowledged save is there with its exact
text. All runs share one data folder, so every start also recovers the previous run's WAL.

With ``--via-window`` the worker saves the way the window does: through the autosave
(``gui.autosave.Autosaver``, debounced, queued) onto the window's database thread
(``gui.operations.Operations``), and acknowledges a save when the autosaver heard back that the
database has it (the ``then`` of ``Autosaver.schedule``, on the GUI thread) – the moment the
window says "Sparat".

Exit status 0 when no database was damaged and no acknowledged save was lost. The unit suite
runs a handful of these, both ways (tests/services/test_crash_safety.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from samspel_desktop.domain.model import Answer, Side
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel

ORGANISATION = "Soak kommun"


def text_for(seed: int, number: int) -> str:
    """The deterministic text of save ``number`` in the run with ``seed`` (å ä ö included)."""
    rng = random.Random(f"{seed}-{number}")
    # Mostly short texts, some long enough to overflow a page (4 kB) several times.
    size = rng.choices([8, 60, 400, 3000, 12000, 40000], weights=[4, 4, 4, 2, 1, 0.2])[0]
    word = hashlib.sha256(f"{seed}-{number}".encode()).hexdigest()[:12]
    body = f"Spara {number} ({word}) – åäö ÅÄÖ. "
    return (body * (size // len(body) + 1))[:size].strip()


def _setup(services: Samspel) -> tuple[int, int]:
    """The soak's pair and conversation, created by the first run (itself acknowledged)."""
    pairs = services.pairs.all()
    pair = pairs[0] if pairs else None
    if pair is None:
        pair = services.pairs.add(organisation=ORGANISATION, political="Anna", executive="Karl")
    conversations = services.conversations.all(pair.id)
    if conversations:
        return pair.id, conversations[0].id
    return pair.id, services.conversations.start(pair.id, guide_ids=["skr-omraden"]).id


def worker(data_dir: Path, seed: int, *, via_window: bool = False) -> None:
    """Save forever through the real services; acknowledge each save after it returned."""
    if via_window:
        window_worker(data_dir, seed)
        return
    services = Samspel.open(DataPaths(data_dir))
    pair_id, conversation_id = _setup(services)
    print(f"ready {pair_id} {conversation_id}", flush=True)
    rng = random.Random(seed)
    number = 0
    while True:
        number += 1
        text = text_for(seed, number)
        roll = rng.random()
        if roll < 0.7:
            key = f"s{seed}-{number}"
            services.conversations.save_answer(
                Answer(conversation_id, key, political=text, executive=key, conclusion=key)
            )
            print(f"ack answer {key} {number}", flush=True)
        elif roll < 0.9:
            commitment = services.commitments.add(pair_id, text, Side.BOTH)
            print(f"ack commitment {commitment.id} {number}", flush=True)
        else:
            print(f"send notes {number}", flush=True)
            services.conversations.set_notes(conversation_id, text)
            print(f"ack notes {number}", flush=True)


def window_worker(data_dir: Path, seed: int) -> None:
    """Save forever through the window's autosave and database thread (see the module)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from samspel_desktop.gui.autosave import Autosaver
    from samspel_desktop.gui.operations import Operations

    app = QApplication([])
    ops = Operations()
    # Opened on the database thread, as the window opens it.
    services = ops.call(Samspel.open, DataPaths(data_dir))
    ops.adopt(services)
    pair_id, conversation_id = ops.call(_setup, services)
    print(f"ready {pair_id} {conversation_id}", flush=True)
    remote = ops.services
    owner = QObject()
    autosaver = Autosaver(owner, remote, delay_ms=5)
    rng = random.Random(seed)
    number = 0

    def ack(line: str) -> Callable[[object], None]:
        return lambda _result: print(line, flush=True)

    def type_more() -> None:
        nonlocal number
        number += 1
        text = text_for(seed, number)
        roll = rng.random()
        if roll < 0.7:
            key = f"s{seed}-{number}"
            answer = Answer(conversation_id, key, political=text, executive=key, conclusion=key)
            autosaver.schedule(
                f"answer:{key}",
                lambda: remote.conversations.save_answer(answer),
                ack(f"ack answer {key} {number}"),
            )
        elif roll < 0.9:
            autosaver.schedule(
                f"commitment:{number}",
                lambda: remote.commitments.add(pair_id, text, Side.BOTH),
                lambda made, n=number: print(f"ack commitment {made.id} {n}", flush=True),
            )
        else:
            # The same key each time: a newer text replaces one not yet sent.
            print(f"send notes {number}", flush=True)
            autosaver.schedule(
                "notes",
                lambda: remote.conversations.set_notes(conversation_id, text),
                ack(f"ack notes {number}"),
            )

    typing = QTimer()
    typing.setInterval(2)
    typing.timeout.connect(type_more)
    typing.start()
    app.exec()


@dataclasses.dataclass
class Acks:
    """Everything the workers acknowledged, across runs."""

    answers: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)
    commitments: dict[int, tuple[int, int]] = dataclasses.field(default_factory=dict)
    #: (seed, number) of the last acknowledged notes, and notes sent after it (may be saved).
    notes: tuple[int, int] | None = None
    notes_in_flight: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    conversation_id: int | None = None

    def read(self, lines: list[str], seed: int) -> int:
        """Record the complete lines of one run; returns how many saves were acknowledged."""
        count = 0
        for line in lines:
            if not line.endswith("\n"):
                continue  # cut off by the kill: not an acknowledgement
            parts = line.split()
            if parts[0] == "ready":
                self.conversation_id = int(parts[2])
            elif parts[:2] == ["send", "notes"]:
                self.notes_in_flight.append((seed, int(parts[2])))
            elif parts[0] == "ack":
                count += 1
                if parts[1] == "answer":
                    self.answers[parts[2]] = (seed, int(parts[3]))
                elif parts[1] == "commitment":
                    self.commitments[int(parts[2])] = (seed, int(parts[3]))
                else:
                    self.notes = (seed, int(parts[2]))
                    self.notes_in_flight = []
        return count


def verify(paths: DataPaths, acks: Acks) -> list[str]:
    """Problems: damage, and acknowledged saves that are missing or differ."""
    services = Samspel.open(paths)
    try:
        problems = services.data_folder.integrity_problems()
        if acks.conversation_id is None:
            return problems
        answers = services.conversations.answers(acks.conversation_id)
        for key, (seed, number) in acks.answers.items():
            answer = answers.get(key)
            if answer is None or answer.political != text_for(seed, number):
                problems.append(f"answer {key} lost or changed")
        for commitment_id, (seed, number) in acks.commitments.items():
            found = services.commitments.get(commitment_id)
            if found.what != text_for(seed, number):
                problems.append(f"commitment {commitment_id} changed")
        if acks.notes is not None:
            notes = services.conversations.get(acks.conversation_id).notes
            allowed = {text_for(*acks.notes)} | {text_for(*s) for s in acks.notes_in_flight}
            if notes not in allowed:
                problems.append("acknowledged notes lost")
    except Exception as error:  # a lost commitment raises NotFoundError: count it, go on
        problems.append(f"{type(error).__name__}: {error}")
    finally:
        services.close()
    return problems


@dataclasses.dataclass
class Summary:
    runs: int = 0
    killed_in_start_up: int = 0
    acknowledged: int = 0
    damaged: int = 0
    lost: int = 0
    problems: list[str] = dataclasses.field(default_factory=list)
    largest_wal: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.damaged == 0 and self.lost == 0 and not self.problems


def _drain(stream: object, lines: list[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.append(line)


def run_once(
    paths: DataPaths,
    seed: int,
    rng: random.Random,
    acks: Acks,
    summary: Summary,
    *,
    via_window: bool = False,
) -> None:
    """One worker, one SIGKILL, one verification."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", str(paths.root)]
    if via_window:
        command.append("--via-window")
    lines: list[str] = []
    with subprocess.Popen(
        [*command, "--seed", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    ) as process:
        assert process.stdout is not None
        reader = threading.Thread(target=_drain, args=(process.stdout, lines), daemon=True)
        reader.start()
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0.0, 0.8))  # anywhere from interpreter start to first saves
            if not any(line.startswith("ready") for line in lines):
                summary.killed_in_start_up += 1
        else:
            deadline = time.monotonic() + 60
            while not any(line.startswith("ready") for line in lines):
                if process.poll() is not None or time.monotonic() > deadline:
                    break
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, 0.4))
        process.kill()
        process.wait()
        reader.join(timeout=10)
        stderr = process.stderr.read() if process.stderr else ""
    if process.returncode not in (-9, 1) and process.returncode >= 0:
        summary.problems.append(f"worker exited {process.returncode}: {stderr[-500:]}")
    elif "Traceback" in stderr:
        summary.problems.append(f"worker failed: {stderr[-500:]}")
    wal = paths.database.with_name(paths.database.name + "-wal")
    if wal.exists():
        summary.largest_wal = max(summary.largest_wal, wal.stat().st_size)
    summary.acknowledged += acks.read(lines, seed)
    summary.runs += 1
    problems = verify(paths, acks)
    if problems:
        if any("lost" in p or "changed" in p for p in problems):
            summary.lost += sum("lost" in p or "changed" in p for p in problems)
        else:
            summary.damaged += 1
        summary.problems.extend(f"run {summary.runs}: {p}" for p in problems[:5])


def soak(data_dir: Path, runs: int, seed: int = 1, *, via_window: bool = False) -> Summary:
    """Run ``runs`` kill-and-verify rounds in ``data_dir``."""
    paths = DataPaths(data_dir)
    rng = random.Random(seed)
    acks = Acks()
    summary = Summary()
    started = time.monotonic()
    for run in range(runs):
        run_once(paths, seed * 100_000 + run, rng, acks, summary, via_window=via_window)
        if summary.problems:
            break
    summary.seconds = time.monotonic() - started
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, help="default: a new temp folder")
    parser.add_argument(
        "--via-window", action="store_true", help="save through the window's autosave"
    )
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        worker(args.worker, args.seed, via_window=args.via_window)
        return 0
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="samspel-soak-"))
    summary = soak(data_dir, args.runs, args.seed, via_window=args.via_window)
    print(f"data folder:            {data_dir}")
    print(f"runs (SIGKILL each):    {summary.runs}")
    print(f"killed during start-up: {summary.killed_in_start_up}")
    print(f"acknowledged saves:     {summary.acknowledged}")
    print(f"damaged databases:      {summary.damaged}")
    print(f"acknowledged saves lost:{summary.lost:>2}")
    print(f"largest WAL seen:       {summary.largest_wal // 1024} kB")
    print(f"time:                   {summary.seconds:.1f} s")
    for problem in summary.problems[:20]:
        print(f"  {problem}")
    print("OK" if summary.ok else "FAILED")
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
