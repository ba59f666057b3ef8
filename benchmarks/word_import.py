"""Word import of large and hostile files: time and peak memory against a baseline.

    .venv/bin/python benchmarks/word_import.py            # the rows on their own
    (run.py includes them)

Three files (built by ``tests/services/word_cases.py`` into ``benchmarks/results/work/``):

* 10 000 paragraphs (headings, text with a bold word, bullet lists; 100 sections);
* a ``word/document.xml`` of 39 MB inside the import's limits (about 100 000 paragraphs);
* a zip bomb: a 2 MB .docx whose ``document.xml`` unpacks to 2.2 GB while its zip headers
  claim 30 kB.

The app is the whole ``samspel import agreement FILE --pair 1`` (reading, and saving the draft
into a fresh copy of a data folder with one pair); the baseline is python-docx opening the same
file and reading every paragraph's text, the least a reader built on python-docx does; for the
bomb, which python-docx would inflate, the baseline is listing the zip's directory. Both run as
child processes (``python benchmarks/word_import.py --child MODE FILE``) that report their own
peak resident memory (``VmHWM``: a forked child's ``ru_maxrss`` would include the parent's).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "results" / "work" / "word-import"
#: Budgets: the issue's absolute limits, and never slower than python-docx merely reading.
MAX_SECONDS_10K = 3.0
MAX_PEAK_MB = 300.0


def _peak_mb() -> float:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource  # macOS: ru_maxrss is in bytes and is this process's own

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024)


def _child(mode: str, path: Path, data: Path | None) -> None:
    """One measured run; prints the peak memory in MB on its last line."""
    if mode == "app":
        from samspel_desktop.cli import main

        assert data is not None
        main(["--data-dir", str(data), "import", "agreement", str(path), "--pair", "1"])
    elif mode == "python-docx":
        import docx

        document = docx.Document(str(path))
        sum(len(p.text) for p in document.paragraphs)
    else:
        import zipfile

        with zipfile.ZipFile(path) as archive:
            archive.infolist()
    print(f"{_peak_mb():.1f}")


def cases(work: Path = WORK) -> dict[str, Path]:
    """The three files, built once (the bomb takes a few seconds)."""
    sys.path.insert(0, str(ROOT))
    from tests.services import word_cases

    work.mkdir(parents=True, exist_ok=True)
    builders = {
        "10 000 paragraphs": ("paragraphs.docx", word_cases.many_paragraphs),
        "39 MB document.xml": ("large.docx", word_cases.large_document_xml),
        "zip bomb (2.2 GB, headers say 30 kB)": ("bomb.docx", word_cases.zip_bomb),
    }
    out = {}
    for what, (name, build) in builders.items():
        path = work / name
        if not path.exists():
            build(path)
        out[what] = path
    return out


def _data_folder(work: Path) -> Path:
    """A data folder with one pair, copied fresh for every run of the app."""
    template = work / "data-template"
    if not template.exists():
        from samspel_desktop.cli import main

        main(["--data-dir", str(template), "pair", "add", "--organisation", "Ekåsa kommun",
              "--political", "Anna Berg", "--executive", "Karl Ek"])  # fmt: skip
    fresh = work / "data"
    if fresh.exists():
        shutil.rmtree(fresh)
    shutil.copytree(template, fresh)
    return fresh


def _run(mode: str, path: Path, env: dict[str, str], work: Path) -> tuple[float, float]:
    command = [sys.executable, str(Path(__file__)), "--child", mode, str(path)]
    if mode == "app":
        command.append(str(_data_folder(work)))
    started = time.perf_counter()
    result = subprocess.run(command, check=False, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - started
    lines = result.stdout.split()
    if not lines:
        raise RuntimeError(f"{command} printed nothing: {result.stderr[-500:]}")
    return seconds, float(lines[-1])


@dataclass
class Measured:
    """Samples of one case: seconds and peak MB, for the app and its baseline."""

    what: str
    baseline: str
    size_mb: float
    app_s: list[float] = field(default_factory=list)
    base_s: list[float] = field(default_factory=list)
    app_mb: list[float] = field(default_factory=list)
    base_mb: list[float] = field(default_factory=list)


def measure(reps: int, env: dict[str, str], work: Path = WORK) -> list[Measured]:
    """Every case ``reps`` times, app and baseline interleaved (they share the noise)."""
    results = []
    for what, path in cases(work).items():
        measured = Measured(
            what, "zip-list" if "bomb" in what else "python-docx", path.stat().st_size / 1e6
        )
        for _ in range(reps):
            seconds, peak = _run("app", path, env, work)
            measured.app_s.append(seconds)
            measured.app_mb.append(peak)
            seconds, peak = _run(measured.baseline, path, env, work)
            measured.base_s.append(seconds)
            measured.base_mb.append(peak)
        results.append(measured)
    return results


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        mode, path = sys.argv[2], Path(sys.argv[3])
        _child(mode, path, Path(sys.argv[4]) if len(sys.argv) > 4 else None)
        return
    import os

    for m in measure(3, dict(os.environ)):
        median = statistics.median
        print(
            f"{m.what} ({m.size_mb:.1f} MB file): app {median(m.app_s):.2f} s, "
            f"{median(m.app_mb):.0f} MB; {m.baseline} {median(m.base_s):.2f} s, "
            f"{median(m.base_mb):.0f} MB"
        )


if __name__ == "__main__":
    main()
