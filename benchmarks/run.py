"""Run every Samspel benchmark against a baseline measured in the same run; print the ratios.

    .venv/bin/python benchmarks/run.py              # all rows, 1/5/20-year histories
    .venv/bin/python benchmarks/run.py --quick      # fewer repetitions (a smoke test)
    .venv/bin/python benchmarks/run.py --update-doc # also rewrite the table in BENCHMARKS.md

Budgets are ratios to a baseline measured in the same run (never absolute times: the machines
are shared and noisy), as medians over several runs; app and baseline runs are interleaved so
they share the noise. Results go to ``benchmarks/results/latest.json``; the generated histories
are cached in ``benchmarks/results/`` and rebuilt when the generator changes.
"""

from __future__ import annotations

import argparse
import collections
import compileall
import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import generate
import word_import

from samspel_desktop.domain.model import Answer
from samspel_desktop.domain.search import parse_query
from samspel_desktop.services.paths import DataPaths
from samspel_desktop.services.samspel import Samspel
from samspel_desktop.storage.database import open_store, set_pragmas
from samspel_desktop.storage.search import SearchRepository

#: Hits the window shows at once while the user types (gui/window_search.py, FIRST_PAGE).
FIRST_PAGE = 20

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
DOC = ROOT / "BENCHMARKS.md"
PYTHON = sys.executable
#: Swedish municipal laptops run a Swedish locale; the app then needs no compiled translation.
CHILD_ENV = {"QT_QPA_PLATFORM": "offscreen", "LANG": "sv_SE.UTF-8", "LC_ALL": "sv_SE.UTF-8"}

# --- results -------------------------------------------------------------------------------


@dataclass
class Row:
    what: str
    unit: str
    app: float | None
    baseline: float | None
    budget: str
    ok: bool | None
    years: int | None = None
    note: str = ""
    runs: int = 0
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.app is None or not self.baseline:
            return None
        return self.app / self.baseline


def _ratio_row(
    what: str,
    unit: str,
    app: list[float],
    baseline: list[float],
    limit: float,
    *,
    years: int | None = None,
    extra: Callable[[float], bool] | None = None,
    budget_extra: str = "",
    note: str = "",
) -> Row:
    a, b = statistics.median(app), statistics.median(baseline)
    ok = a / b <= limit and (extra is None or extra(a))
    return Row(
        what,
        unit,
        a,
        b,
        f"≤ {limit:g}×{budget_extra}",
        ok,
        years,
        note,
        len(app),
        {"app": app, "baseline": baseline},
    )


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:g} {unit}"


def table(rows: list[Row]) -> str:
    lines = [
        "| what | history | app | baseline | ratio | budget | result |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        result = {True: "pass", False: "**MISSED**", None: row.note or "–"}[row.ok]
        if row.ok is not None and row.note:
            result += f" ({row.note})"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "–"
        lines.append(
            f"| {row.what} | {f'{row.years} y' if row.years else '–'} | "
            f"{_fmt(row.app, row.unit)} | {_fmt(row.baseline, row.unit)} | {ratio} | "
            f"{row.budget} | {result} |"
        )
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    import PySide6
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


# --- histories -----------------------------------------------------------------------------


def _generator_stamp(years: int) -> str:
    digest = hashlib.sha256()
    for path in (
        HERE / "generate.py",
        HERE / "swedish_text.py",
        *sorted((ROOT / "samspel_desktop" / "storage" / "migrations").glob("*.py")),
    ):
        digest.update(path.read_bytes())
    return f"{generate.GENERATOR_VERSION}-{generate.DEFAULT_SEED}-{years}-{digest.hexdigest()[:16]}"


def history(years: int, *, fresh: bool = False) -> Path:
    """The data folder of a ``years``-year history, generated unless an identical one exists."""
    folder = RESULTS / f"history-{years}y"
    stamp = folder / "generator.stamp"
    wanted = _generator_stamp(years)
    if fresh or not stamp.exists() or stamp.read_text() != wanted:
        print(f"Generating a {years}-year history …", file=sys.stderr, flush=True)
        started = time.perf_counter()
        counts = generate.generate(folder, years)
        print(
            f"  done in {time.perf_counter() - started:.0f} s: {asdict(counts)}",
            file=sys.stderr,
            flush=True,
        )
        stamp.write_text(wanted)
    return folder


# --- processes -----------------------------------------------------------------------------


def _child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAMSPEL_")}
    env.update(CHILD_ENV)
    env.update(extra)
    return env


def spawn_until_milestone(command: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from just before spawning to the milestone the child prints, and its peak RSS."""
    started = time.monotonic()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    output = process.stdout.read()
    peak: float | None = None
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss: kilobytes on Linux, bytes on macOS.
        peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    else:
        process.wait()
    words = output.split()
    if process.returncode != 0 or len(words) < 2:
        raise RuntimeError(f"{command} failed ({process.returncode}): {output!r}")
    return float(words[-1]) - started, peak


def timed_process(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def samspel(*args: str) -> list[str]:
    """The ``samspel`` command as installed: the console script beside the interpreter.

    (``dev.py`` installs the package into ``.venv``; ``python -m samspel_desktop`` would add
    ``runpy``, which the installed command does not run, about 10 ms.)
    """
    script = Path(PYTHON).with_name("samspel.exe" if sys.platform == "win32" else "samspel")
    return [str(script), *args] if script.exists() else [PYTHON, "-m", "samspel_desktop", *args]


# --- benchmarks ----------------------------------------------------------------------------


def bench_startup(data: Path, years: int, reps: int, *, with_memory: bool) -> list[Row]:
    bare_cmd = [PYTHON, str(HERE / "bare_qt.py")]

    def app_cmd(milestone: str) -> list[str]:
        """The app as ``samspel --data-dir DATA`` runs it, watched from outside (drive_app.py)."""
        return [PYTHON, str(HERE / "drive_app.py"), "--exit-at", milestone, "--data-dir", str(data)]

    samples: dict[str, list[tuple[float, float | None]]] = {"bare": [], "painted": [], "filled": []}
    for milestone in ("painted", "filled"):  # warm the OS file cache once
        spawn_until_milestone(app_cmd(milestone), _child_env())
    spawn_until_milestone(bare_cmd, _child_env())
    for _ in range(reps):
        samples["bare"].append(spawn_until_milestone(bare_cmd, _child_env()))
        for milestone in ("painted", "filled"):
            samples[milestone].append(spawn_until_milestone(app_cmd(milestone), _child_env()))
    ms = {k: [t * 1000 for t, _ in v] for k, v in samples.items()}
    rows = [
        _ratio_row(
            "Start-up to main window painted",
            "ms",
            ms["painted"],
            ms["bare"],
            1.5,
            years=years,
        ),
        _ratio_row(
            "Start-up to start page filled",
            "ms",
            ms["filled"],
            ms["bare"],
            1.5,
            years=years,
        ),
    ]
    if with_memory and all(m is not None for _, m in samples["filled"] + samples["bare"]):
        rows.append(
            _ratio_row(
                "Peak memory (RSS) at start page filled",
                "MB",
                [m for _, m in samples["filled"] if m is not None],
                [m for _, m in samples["bare"] if m is not None],
                1.3,
                years=years,
            )
        )
    return rows


#: Fifty varied queries: prefixes, å/ä/ö words, several words, common words, odd input.
QUERIES: tuple[str, ...] = (
    # prefixes, as typed
    "deleg", "budg", "samverk", "förtroend", "återkopp", "uppdr", "mötesstr", "kommunst",
    "ärend", "övers", "gyllen", "kris", "äldre", "skol", "vatten", "detaljpl", "näringsl",
    "medborg", "internk", "årsred",
    # whole words with å, ä, ö
    "återkoppla", "förankra", "överenskommelsen", "ärendeberedningen", "lokalförsörjningen",
    "förskolans", "tjänsteskrivelserna", "presidiet", "Säkerställa", "MÅSTE",
    # several words
    "budget process", "förtroendet mellan oss", "den gyllene zonen", "i god tid",
    "stämma av medieutspelen", "kommundirektören ska", "ordföranden har sista ordet",
    "nämnden delegationsordningen",
    # very common words
    "och", "att",
    # odd input: quotes, operators, punctuation
    '"delegation', "NOT budget", "AND OR", "a*b", "(förvaltning", "col:umn", "^start",
    "budget OR skola", "'citat'", "NEAR(mål tid)",
)  # fmt: skip


def _raw_match(query: str) -> str | None:
    """The baseline's own FTS5 expression: every word of the query as a quoted prefix."""
    words = re.findall(r"\w+", query)
    return " ".join(f'"{w}"*' for w in words) if words else None


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def bench_search(data: Path, years: int, reps: int) -> list[Row]:
    assert len(QUERIES) == 50
    # The app's own search query (storage/search.py) against the baseline's bare FTS5 query.
    store = open_store(data / "samspel.sqlite3")
    repository = SearchRepository(store)
    raw = sqlite3.connect(str(data / "samspel.sqlite3"))
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw_sql = (
        "SELECT rowid, kind, source_id FROM search_index WHERE search_index MATCH ? "
        "ORDER BY rank LIMIT 50"
    )

    def app(query: str) -> list[tuple[str, int]]:
        return [(h["kind"], h["source_id"]) for h in repository.search(parse_query(query))]

    def baseline(query: str) -> list[tuple[str, int]]:
        expression = _raw_match(query)
        if expression is None:
            return []
        return [(k, s) for _, k, s in raw.execute(raw_sql, [expression]).fetchall()]

    try:
        same = sum(app(q) == baseline(q) for q in QUERIES)  # also warms both page caches
        app_ms: list[float] = []
        base_ms: list[float] = []
        for query in QUERIES:
            a_runs, b_runs = [], []
            for _ in range(reps):
                for fn, sink in ((app, a_runs), (baseline, b_runs)):
                    started = time.perf_counter()
                    fn(query)
                    sink.append((time.perf_counter() - started) * 1000)
            app_ms.append(statistics.median(a_runs))
            base_ms.append(statistics.median(b_runs))
    finally:
        raw.close()
        store.close()
    note = f"same hits for {same} of 50"
    median_row = _ratio_row(
        "Search, median of 50 queries",
        "ms",
        app_ms,
        base_ms,
        2,
        years=years,
        extra=lambda a: a < 20,
        budget_extra=" and < 20 ms",
        note=note,
    )
    p95_app, p95_base = _percentile(app_ms, 0.95), _percentile(base_ms, 0.95)
    p95_row = Row(
        "Search, 95th percentile",
        "ms",
        p95_app,
        p95_base,
        "≤ 2×",
        p95_app / p95_base <= 2,
        years,
        "",
        len(app_ms),
        {"app": app_ms, "baseline": base_ms},
    )
    return [median_row, p95_row]


#: Query lengths of the query-length curve: a word or two typed up to a pasted page.
QUERY_LENGTHS = (10, 40, 160, 320, 1000, 3000)


def _common_words(data: Path, count: int) -> list[str]:
    """The history's most frequent words: the costliest query terms (each matches most rows)."""
    counts: collections.Counter[str] = collections.Counter()
    with contextlib.closing(sqlite3.connect(data / "samspel.sqlite3")) as conn:
        for (body,) in conn.execute("SELECT body FROM search_index LIMIT 2000"):
            counts.update(word.lower() for word in re.findall(r"\w+", body))
    return [word for word, _ in counts.most_common(count)]


def bench_query_length(data: Path, years: int, reps: int) -> list[Row]:
    """Search time against query length: bounded, so a pasted page costs what 16 words do.

    Each query is the history's N most frequent words (the worst case: every word matches
    many rows). Baseline: the 10-word query, measured in the same run.
    """
    services = Samspel.open(DataPaths(data), to_read=True)
    try:
        words = _common_words(data, max(QUERY_LENGTHS))
        timings: dict[int, list[float]] = {}
        for n in QUERY_LENGTHS:
            query = " ".join(words[i % len(words)] for i in range(n))
            services.search.search(query)  # warm the page cache
            runs = []
            for _ in range(reps):
                started = time.perf_counter()
                services.search.search(query)
                runs.append((time.perf_counter() - started) * 1000)
            timings[n] = runs
    finally:
        services.close()
    base = timings[QUERY_LENGTHS[0]]
    return [
        _ratio_row(
            "Search, {}-word query".format(f"{n:,}".replace(",", "\u00a0")),
            "ms",
            timings[n],
            base,
            2,
            years=years,
            note="vs the 10-word query",
        )
        for n in QUERY_LENGTHS[1:]
    ]


#: Untimed writes on each side before the timed ones (the app's first loads sqlite_utils).
#: Both sides then start from a fresh WAL file, as every session of the app does, and stay
#: before their first automatic checkpoint (1 000 pages; the app writes about 10 a save: the row
#: and the full-text index, the bare insert 3) for all timed writes. Past it, on this VM's cheap
#: fsync, the ratio is higher (BENCHMARKS.md, "Margins").
AUTOSAVE_WARM_WRITES = 1


@dataclass
class _AutosaveBench:
    """What both autosave rows share: a fresh copy of the history, the newest answer to save
    again, the bare baseline database beside it and the interleaved timing."""

    work: Path
    bare: sqlite3.Connection
    conversation_id: int
    key: str

    @classmethod
    def prepare(cls, data: Path, name: str) -> _AutosaveBench:
        work = RESULTS / "work" / name
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        shutil.copy2(data / "samspel.sqlite3", work / "samspel.sqlite3")
        with contextlib.closing(sqlite3.connect(work / "samspel.sqlite3")) as reader:
            conversation_id, key = reader.execute(
                "SELECT conversation_id, question_key FROM answers ORDER BY id DESC LIMIT 1"
            ).fetchone()
        bare = sqlite3.connect(str(work / "bare.sqlite3"), isolation_level=None)
        set_pragmas(bare, in_memory=False)  # the app's own pragmas
        # The same row as the app's answers table, without its constraints, triggers and index.
        bare.execute(
            "CREATE TABLE answers (id INTEGER PRIMARY KEY, conversation_id INTEGER, "
            "question_key TEXT, political TEXT, executive TEXT, conclusion TEXT, updated_at TEXT)"
        )
        return cls(work, bare, conversation_id, key)

    @staticmethod
    def typed(answer: Answer) -> Callable[[int], str]:
        """The answer's 2 000-character text with a keystroke's change each time."""
        text = (answer.political * 3)[:2000]
        return lambda i: text[: 2000 - 1 - i % 10] + str(i % 10)

    def snapshots(self, answer: Answer) -> Callable[[int], Answer]:
        """The answer as typed at write ``i`` (the text prepared once, outside the timing)."""
        typed = self.typed(answer)
        return lambda i: Answer(
            self.conversation_id,
            self.key,
            political=typed(i),
            executive=answer.executive,
            conclusion=answer.conclusion,
        )

    def time(
        self, app: Callable[[int], object], answer: Answer, reps: int
    ) -> tuple[list[float], list[float]]:
        """``app(i)`` and the bare INSERT + COMMIT of the same text, interleaved, in ms."""
        typed = self.typed(answer)

        def baseline(i: int) -> None:
            self.bare.execute("BEGIN")
            self.bare.execute(
                "INSERT INTO answers (conversation_id, question_key, political, executive, "
                "conclusion, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    self.conversation_id,
                    self.key,
                    typed(i),
                    answer.executive,
                    answer.conclusion,
                    "now",
                ],
            )
            self.bare.execute("COMMIT")

        for i in range(AUTOSAVE_WARM_WRITES):
            app(i)
            baseline(i)
        app_ms: list[float] = []
        base_ms: list[float] = []
        for i in range(reps):
            for fn, sink in ((app, app_ms), (baseline, base_ms)):
                started = time.perf_counter()
                fn(i)
                sink.append((time.perf_counter() - started) * 1000)
        return app_ms, base_ms


def bench_autosave(data: Path, reps: int) -> Row:
    bench = _AutosaveBench.prepare(data, "autosave")
    services = Samspel.open(DataPaths(bench.work))
    try:
        answer = services.conversations.answers(bench.conversation_id)[bench.key]
        snapshot = bench.snapshots(answer)
        app_ms, base_ms = bench.time(
            lambda i: services.conversations.save_answer(snapshot(i)), answer, reps
        )
    finally:
        bench.bare.close()
        services.close()
    return _ratio_row(
        "One autosave (2 000-character answer)",
        "ms",
        app_ms,
        base_ms,
        2,
        years=20,
        note="row and marker; index and versions follow (storage/derived.py)",
    )


def bench_search_first_page(data: Path, years: int, reps: int) -> Row:
    """Search as you type: the first 20 hits the window shows (``newest_first``), p95."""
    services = Samspel.open(DataPaths(data), to_read=True)
    try:
        for query in QUERIES:  # warm the page cache
            services.search.search(query, FIRST_PAGE, newest_first=True)
        medians: list[float] = []
        for query in QUERIES:
            runs = []
            for _ in range(reps):
                started = time.perf_counter()
                services.search.search(query, FIRST_PAGE, newest_first=True)
                runs.append((time.perf_counter() - started) * 1000)
            medians.append(statistics.median(runs))
    finally:
        services.close()
    p95 = _percentile(medians, 0.95)
    return Row(
        "Search as you type, first 20 hits, 95th percentile",
        "ms",
        p95,
        None,
        "≤ 20 ms",
        p95 <= 20,
        years,
        f"median {statistics.median(medians):.1f} ms; the ranked 50 follow",
        len(medians),
        {"app": medians},
    )


#: The phases of benchmarks/drive_scenario.py, as the rows name them.
STALL_PHASES = {
    "start": "start-up with the daily backup due",
    "open": "opening a conversation",
    "type": "typing 2 000 characters",
    "search": "search as you type",
    "export": "agreement export",
    "handover": "handover pack",
    "backup": "backup now",
    "restore": "restore",
}
STALL_BUDGET_MS = 50


def bench_stalls(data: Path, years: int, reps: int) -> list[Row]:
    """The longest GUI-thread stall after the first paint during each slow action: the real
    app driven from outside (drive_scenario.py), on a fresh copy without backups each time."""
    work = RESULTS / "work" / "stalls"
    samples: dict[str, list[float]] = {phase: [] for phase in STALL_PHASES}
    for _ in range(reps):
        if work.exists():
            shutil.rmtree(work)
        (work / "data").mkdir(parents=True)
        shutil.copy2(data / "samspel.sqlite3", work / "data" / "samspel.sqlite3")
        report = work / "report.json"
        subprocess.run(
            [
                PYTHON,
                str(HERE / "drive_scenario.py"),
                "--report",
                str(report),
                "--",
                "--data-dir",
                str(work / "data"),
            ],
            check=True,
            env=_child_env(),
            cwd=ROOT,
            capture_output=True,
            timeout=600,
        )
        phases = json.loads(report.read_text("utf-8"))
        for phase in STALL_PHASES:
            samples[phase].append(float(phases[phase]["stall_ms"]))
    rows = []
    for phase, label in STALL_PHASES.items():
        stall = statistics.median(samples[phase])
        rows.append(
            Row(
                f"Longest GUI-thread stall: {label}",
                "ms",
                stall,
                None,
                f"≤ {STALL_BUDGET_MS} ms",
                stall <= STALL_BUDGET_MS,
                years,
                f"median of {reps} runs; worst {max(samples[phase]):.0f} ms",
                reps,
                {"app": samples[phase]},
            )
        )
    return rows


def bench_autosave_queue(data: Path, reps: int) -> list[Row]:
    """One autosave the way the window makes it: scheduled on the ``Autosaver`` and queued to
    the database thread by ``flush``, as moving on to another question does.

    The budgeted row is the issue's "enqueue to durable": from the GUI thread's ``schedule``
    until ``save_answer`` has returned from its COMMIT on the database thread (read there, by
    the write this benchmark hands over, as the window hands over its own). The second row,
    for information, goes on until ``flush`` has the acknowledgement back on the GUI thread:
    the durable moment plus the trip back between threads.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from samspel_desktop.gui.autosave import Autosaver
    from samspel_desktop.gui.operations import Operations

    app = QApplication.instance() or QApplication([])
    bench = _AutosaveBench.prepare(data, "autosave-queue")
    ops = Operations()
    services = ops.call(Samspel.open, DataPaths(bench.work))
    ops.adopt(services)
    owner = QObject()
    autosaver = Autosaver(owner, ops.services, delay_ms=60_000)
    durable_ms: list[float] = []
    try:
        answer = ops.call(lambda: services.conversations.answers(bench.conversation_id)[bench.key])

        snapshots = bench.snapshots(answer)

        def app_save(i: int) -> None:
            snapshot = snapshots(i)
            committed: list[float] = []

            def write() -> object:  # on the database thread
                saved = services.conversations.save_answer(snapshot)
                committed.append(time.perf_counter())
                return saved

            started = time.perf_counter()
            autosaver.schedule(f"answer:{bench.key}", write)
            assert autosaver.flush()
            durable_ms.append((committed[0] - started) * 1000)

        acknowledged_ms, base_ms = bench.time(app_save, answer, reps)
    finally:
        bench.bare.close()
        ops.close()
    del app
    durable_ms = durable_ms[AUTOSAVE_WARM_WRITES:]  # the timed writes only, as bench.time's
    durable = _ratio_row(
        "One autosave through the window's queue, enqueue to durable",
        "ms",
        durable_ms,
        base_ms,
        1.5,
        years=20,
        note="schedule on the GUI thread to COMMIT done on the database thread",
    )
    acknowledged = statistics.median(acknowledged_ms)
    round_trip = Row(
        "One autosave through the window's queue, enqueue to acknowledged on the GUI thread",
        "ms",
        acknowledged,
        statistics.median(base_ms),
        "–",
        None,
        20,
        "for information: the durable row plus the trip back to the GUI thread",
        len(acknowledged_ms),
        {"app": acknowledged_ms, "baseline": base_ms},
    )
    return [durable, round_trip]


def bench_archive(data: Path, reps: int) -> list[Row]:
    work = RESULTS / "work" / "archive"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    archive = work / "arkiv.json"
    env = _child_env()
    export_s = [
        timed_process(
            samspel("--data-dir", str(data), "archive", "export", "-o", str(archive)), env
        )
        for _ in range(reps)
    ]
    import_s = []
    for i in range(reps):
        target = work / f"import-{i}"
        import_s.append(
            timed_process(
                samspel("--data-dir", str(target), "archive", "import", str(archive)), env
            )
        )
        shutil.rmtree(target)
    size_mb = archive.stat().st_size / 1e6
    db_mb = (data / "samspel.sqlite3").stat().st_size / 1e6
    rows = []
    for what, samples in (
        ("Archive export (whole process)", export_s),
        ("Archive import (whole process)", import_s),
    ):
        value = statistics.median(samples)
        rows.append(
            Row(
                what,
                "s",
                value,
                None,
                "< 10 s",
                value < 10,
                20,
                f"archive {size_mb:.0f} MB, database {db_mb:.0f} MB",
                len(samples),
                {"app": samples},
            )
        )
    return rows


def _largest_pair(data: Path) -> int:
    conn = sqlite3.connect(data / "samspel.sqlite3")
    try:
        return int(
            conn.execute(
                "SELECT pair_id FROM conversations GROUP BY pair_id ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()[0]
        )
    finally:
        conn.close()


def _seconds_row(
    what: str, samples: list[float], limit: float, years: int | None, note: str
) -> Row:
    value = statistics.median(samples)
    return Row(
        what,
        "s",
        value,
        None,
        f"< {limit:g} s",
        value < limit,
        years,
        note,
        len(samples),
        {"app": samples},
    )


def bench_exchange(data: Path, years: int, reps: int) -> list[Row]:
    """Two laptops, one history (docs/exchange.md): a whole pair out and in, then one
    conversation's changes, each as whole ``samspel`` processes; a sync folder of 50 devices."""
    work = RESULTS / "work" / "exchange"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    env = _child_env()
    pair = _largest_pair(data)
    meeting = work / "meeting"
    shutil.copytree(data, meeting, ignore=shutil.ignore_patterns("backups", "logs"))
    full = work / "full.samspel"
    totals, exports, imports = [], [], []
    for i in range(reps):
        target = work / f"kd-{i}"
        export_s = timed_process(
            samspel(
                "--data-dir",
                str(meeting),
                "exchange",
                "export",
                "--pair",
                str(pair),
                "--full",
                "-o",
                str(full),
            ),
            env,
        )
        import_s = timed_process(
            samspel("--data-dir", str(target), "exchange", "import", str(full), "--add-pair"), env
        )
        exports.append(export_s)
        imports.append(import_s)
        totals.append(export_s + import_s)
    size_mb = full.stat().st_size / 1e6
    rows = [
        _seconds_row(
            "Exchange export + import of a whole pair (whole processes)",
            totals,
            10,
            years,
            f"file {size_mb:.1f} MB; export {statistics.median(exports):.2f} s, "
            f"import {statistics.median(imports):.2f} s",
        )
    ]
    # The KD laptop answers, so the meeting laptop knows what it has; then one conversation.
    kd = work / "kd-0"
    back = work / "back.samspel"
    timed_process(
        samspel("--data-dir", str(kd), "exchange", "export", "--pair", "1", "-o", str(back)), env
    )
    timed_process(samspel("--data-dir", str(meeting), "exchange", "import", str(back)), env)
    incremental: list[float] = []
    delta = work / "delta.samspel"
    for i in range(reps):
        out = subprocess.run(
            samspel(
                "--data-dir",
                str(meeting),
                "conversation",
                "start",
                "--pair",
                str(pair),
                "--date",
                f"2047-0{1 + i % 9}-1{i % 9}",
            ),
            check=True,
            env=env,
            capture_output=True,
            text=True,
        ).stdout.strip()
        conversation = out.split()[-1]
        for question in (1, 2, 3):
            timed_process(
                samspel(
                    "--data-dir",
                    str(meeting),
                    "answer",
                    "--conversation",
                    conversation,
                    "--question",
                    str(question),
                    "--side",
                    "joint",
                    "--text",
                    f"Slutsats {i} på fråga {question}.",
                ),
                env,
            )
        export_s = timed_process(
            samspel(
                "--data-dir",
                str(meeting),
                "exchange",
                "export",
                "--pair",
                str(pair),
                "-o",
                str(delta),
            ),
            env,
        )
        import_s = timed_process(
            samspel("--data-dir", str(kd), "exchange", "import", str(delta)), env
        )
        incremental.append(export_s + import_s)
    rows.append(
        _seconds_row(
            "Incremental exchange after one conversation (export + import, whole processes)",
            incremental,
            1,
            years,
            f"file {delta.stat().st_size / 1e3:.0f} kB",
        )
    )
    rows.append(_bench_sync_folder(work, env, 1 if reps < 3 else 3))
    return rows


def _bench_sync_folder(work: Path, env: dict[str, str], reps: int) -> Row:
    """50 devices' files in a shared folder, each with the pair and its own edits."""
    base, folder = work / "sync-base", work / "sync-folder"
    folder.mkdir()
    services = Samspel.open(DataPaths(base))
    pair = services.pairs.add(organisation="Vaggeryds kommun", political="Anna", executive="Karl")
    services.conversations.start(pair.id)
    services.exchange.sync_folder(folder, confirm_unencrypted=True)
    services.close()
    for i in range(49):
        device = work / f"sync-device-{i}"
        shutil.copytree(base, device, ignore=shutil.ignore_patterns("backups", "logs"))
        copy = Samspel.open(DataPaths(device))
        conversation = copy.conversations.all()[0]
        guide = conversation.guides[0]
        key = guide.question_key(guide.questions()[i % len(guide.questions())][1])
        copy.conversations.save_answer(Answer(conversation.id, key, conclusion=f"Enhet {i}."))
        copy.exchange.sync_folder(folder, confirm_unencrypted=True)
        copy.close()
    samples = []
    files = len(list(folder.glob("*.samspel")))
    for i in range(reps):
        # Each reader gets the folder as the 50 devices left it (not the readers' own files).
        reader, shared = work / f"sync-reader-{i}", work / f"sync-folder-{i}"
        shutil.copytree(base, reader, ignore=shutil.ignore_patterns("backups", "logs"))
        shutil.copytree(folder, shared)
        samples.append(
            timed_process(
                samspel(
                    "--data-dir", str(reader), "sync", "--folder", str(shared), "--unencrypted"
                ),
                env,
            )
        )
    return _seconds_row(
        f"Sync folder with {files} device files read (whole process)",
        samples,
        2,
        None,
        "every file new to the reader",
    )


def bench_word_import(reps: int) -> list[Row]:
    """Large and hostile Word files: whole-command time and peak memory (word_import.py)."""
    rows = []
    for m in word_import.measure(reps, _child_env()):
        note = f"{m.size_mb:.1f} MB file; baseline {m.baseline}"
        if "bomb" in m.what:
            app = statistics.median(m.app_s)
            rows.append(
                Row(f"Word import refuses a {m.what}", "s", app, statistics.median(m.base_s),
                    "< 1 s", app < 1, None, note, reps, {"app": m.app_s, "baseline": m.base_s})
            )  # fmt: skip
        else:
            limit, extra = (1.5, word_import.MAX_SECONDS_10K) if "10 000" in m.what else (2, None)
            rows.append(
                _ratio_row(
                    f"Word import, {m.what} (whole command)",
                    "s",
                    m.app_s,
                    m.base_s,
                    limit,
                    extra=(lambda a, e=extra: a < e) if extra else None,
                    budget_extra=f" and < {extra:g} s" if extra else "",
                    note=note,
                )
            )
        peak = statistics.median(m.app_mb)
        rows.append(
            Row(f"Word import peak memory, {m.what}", "MB", peak, statistics.median(m.base_mb),
                f"< {word_import.MAX_PEAK_MB:g} MB", peak < word_import.MAX_PEAK_MB, None,
                note, reps, {"app": m.app_mb, "baseline": m.base_mb})
        )  # fmt: skip
    return rows


def _agreement_export_available() -> bool:
    result = subprocess.run(
        samspel("export", "agreement", "--help"),
        check=False,
        capture_output=True,
        env=_child_env(),
        cwd=ROOT,
    )
    return result.returncode == 0


def _word_template() -> str:
    """The app's agreement template, if the Word export has brought one; else python-docx's."""
    candidates = sorted((ROOT / "resources").rglob("*.docx"))
    preferred = [p for p in candidates if re.search("overenskommelse|agreement", p.name, re.I)]
    chosen = (preferred or candidates)[:1]
    return str(chosen[0]) if chosen else "-"


def bench_agreement_export(data: Path, reps: int) -> Row:
    what = "Export of a Vaggeryd-size agreement"
    if not _agreement_export_available():
        return Row(
            what,
            "ms",
            None,
            None,
            "≤ 1.3×",
            None,
            20,
            "not available: no `samspel export agreement` yet",
        )
    services = Samspel.open(DataPaths(data))
    try:
        pair = next(
            p for p in services.pairs.all() if p.kind.value == "kso-kd" and p.end_date is None
        )
        version = services.agreements.current(pair.id)
        assert version is not None
        paragraphs: list[tuple[str, str]] = [("Title", version.title)]
        for section in version.sections:
            paragraphs.append(("Heading 1", section.title))
            for block in section.blocks:
                if block.text:
                    paragraphs.append(("Normal", block.text))
                style = "List Bullet" if block.type.value == "bullets" else "List Number"
                paragraphs.extend((style, item) for item in block.items)
    finally:
        services.close()
    work = RESULTS / "work" / "agreement"
    work.mkdir(parents=True, exist_ok=True)
    source = work / "paragraphs.json"
    source.write_text(json.dumps(paragraphs, ensure_ascii=False), encoding="utf-8")
    env = _child_env()
    app_cmd = samspel(
        "--data-dir", str(data), "export", "agreement", "--pair", str(pair.id), "-o",
        str(work / "app.docx"),
    )  # fmt: skip
    base_cmd = [
        PYTHON, str(HERE / "docx_baseline.py"), str(source), _word_template(),
        str(work / "baseline.docx"),
    ]  # fmt: skip
    app_ms, base_ms = [], []
    for _ in range(reps):
        app_ms.append(timed_process(app_cmd, env) * 1000)
        base_ms.append(timed_process(base_cmd, env) * 1000)
    chars = sum(len(text) for _, text in paragraphs)
    return _ratio_row(
        what, "ms", app_ms, base_ms, 1.3, years=20, note=f"{chars} characters, whole process"
    )


# --- main ----------------------------------------------------------------------------------


@contextlib.contextmanager
def step(name: str) -> Iterator[None]:
    print(f"{name} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    yield
    print(f"  {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


def _load(values: Any) -> str:
    return " / ".join(f"{v:.2f}" for v in values) if values else "unknown"


def update_doc(markdown: str, info: dict[str, Any], *, partial: bool = False) -> None:
    """Rewrite BENCHMARKS.md's table; a ``partial`` run (``--only``) replaces its own rows
    (same what and history) and adds its new ones, keeping the rest and saying when each
    part was measured."""
    begin, end = "<!-- results:begin -->", "<!-- results:end -->"
    text = DOC.read_text(encoding="utf-8")
    if begin not in text or end not in text:
        raise SystemExit(f"{DOC.name} lacks the markers {begin} … {end}")
    measured = (
        f"Measured {info['when']} with `{info['command']}`; load average at start "
        f"{_load(info['machine']['load_average'])}."
    )
    if partial:
        old = text.split(begin, 1)[1].split(end, 1)[0]
        notes = [line for line in old.splitlines() if line.startswith("Measured")]
        old_rows = [
            line for line in old.splitlines() if line.startswith("| ") and "---" not in line
        ]
        header, new_rows = old_rows[:1], markdown.splitlines()[2:]

        def key(line: str) -> tuple[str, str]:
            cells = [c.strip() for c in line.strip("|").split("|")]
            return cells[0], cells[1]

        fresh = {key(line): line for line in new_rows}
        kept = [line for line in old_rows[1:] if key(line) not in fresh]
        markdown = "\n".join(
            [*header, "| --- | --- | --- | --- | --- | --- | --- |", *kept, *fresh.values()]
        )
        measured = "\n".join([*(n for n in notes if info["command"] not in n), measured])
    block = f"{begin}\n{measured}\n\n{markdown}\n{end}"
    head, rest = text.split(begin, 1)
    DOC.write_text(head + block + rest.split(end, 1)[1], encoding="utf-8")


#: The steps ``--only`` can pick.
STEPS = (
    "startup",
    "agreement",
    "search",
    "autosave",
    "stalls",
    "archive",
    "exchange",
    "word",
    "growth",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--fresh", action="store_true", help="regenerate the histories")
    parser.add_argument("--update-doc", action="store_true", help="rewrite BENCHMARKS.md's table")
    parser.add_argument(
        "--years", default="1,5,20", help="histories for the growth curve (default 1,5,20)"
    )
    parser.add_argument(
        "--only",
        default="",
        help="run only these steps, comma-separated: " + ", ".join(STEPS),
    )
    args = parser.parse_args(argv)
    only = {s for s in args.only.split(",") if s}
    if only - set(STEPS):
        parser.error(f"unknown steps: {', '.join(sorted(only - set(STEPS)))}")

    def wanted(name: str) -> bool:
        return not only or name in only

    years = sorted({int(y) for y in args.years.split(",")})
    largest = max(years)
    startup_reps = 3 if args.quick else 9
    curve_reps = 3 if args.quick else 5
    # An installed Samspel has byte code; a checkout run with PYTHONDONTWRITEBYTECODE has not.
    compileall.compile_dir(ROOT / "samspel_desktop", quiet=1)
    compileall.compile_dir(HERE, quiet=1, maxlevels=0)
    info: dict[str, Any] = {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "command": "python benchmarks/run.py"
        + (" --quick" if args.quick else "")
        + (f" --only {args.only}" if only else ""),
        "machine": machine(),
    }
    if not wanted("growth"):
        years = [largest]
    folders = {y: history(y, fresh=args.fresh) for y in years}
    rows: list[Row] = []
    if wanted("startup"):
        with step(f"Start-up ({largest} years)"):
            rows += bench_startup(folders[largest], largest, startup_reps, with_memory=True)
    if wanted("agreement"):
        with step("Agreement export"):
            rows.append(bench_agreement_export(folders[largest], 3 if args.quick else 9))
    if wanted("search"):
        with step("Search"):
            rows += bench_search(folders[largest], largest, 3 if args.quick else 5)
        with step("Search, query length"):
            rows += bench_query_length(folders[largest], largest, 3 if args.quick else 7)
        with step("Search as you type"):
            rows.append(bench_search_first_page(folders[largest], largest, 3 if args.quick else 5))
    if wanted("autosave"):
        with step("Autosave"):
            rows.append(bench_autosave(folders[largest], 20 if args.quick else 60))
            rows.extend(bench_autosave_queue(folders[largest], 20 if args.quick else 60))
    if wanted("stalls"):
        with step("GUI-thread stalls"):
            rows += bench_stalls(folders[largest], largest, 1 if args.quick else 3)
    if wanted("archive"):
        with step("Archive"):
            rows += bench_archive(folders[largest], 1 if args.quick else 3)
    if wanted("exchange"):
        with step("Exchange"):
            rows += bench_exchange(folders[largest], largest, 1 if args.quick else 3)
    if wanted("word"):
        with step("Word import"):
            rows += bench_word_import(1 if args.quick else 3)
    for y in years:
        if y == largest:
            continue
        with step(f"Growth curve ({y} years)"):
            rows += bench_startup(folders[y], y, curve_reps, with_memory=False)
            rows += bench_search(folders[y], y, 3)
    markdown = table(rows)
    print(markdown)
    RESULTS.mkdir(exist_ok=True)
    document = {**info, "rows": [{**asdict(r), "ratio": r.ratio} for r in rows]}
    (RESULTS / "latest.json").write_text(
        json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    if args.update_doc:
        update_doc(markdown, info, partial=bool(only))
    missed = [r.what for r in rows if r.ok is False]
    if missed:
        print(f"Missed budgets: {', '.join(missed)}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
