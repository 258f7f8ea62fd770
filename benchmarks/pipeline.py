"""Benchmark: the statistics pipeline against decoding and pseudonymising alone, and its scaling.

Usage: ``python benchmarks/pipeline.py [--json] [--quick]`` (needs the ``analytics`` extra).

A seeded synthetic corpus (:func:`write_corpus`) of the reference and the large case documents
(see ``reference.py``), each document under a case id of its own, is written to a temporary
folder. Then, in rounds that take turns so that what the machine does meanwhile falls on all
alike, the same files are:

- decoded and pseudonymised alone, in this process (``decode_pseudonymise``);
- run through the pipeline on Dask's local scheduler with one worker process and with two
  (``pipeline_1``, ``pipeline_2``): read, decode, pseudonymise, build rows, write Parquet.

A rate is documents per second, the median over the rounds; the pipeline's includes starting
its worker processes, and ``steady`` rates leave that out (the time of a run of one document
taken off). ``overhead`` is how much longer the pipeline takes per document with one worker
than decoding and pseudonymising alone (target: at most 0.3); ``scaling`` is the two workers'
rate over one's (target: at least 1.7). Processor time per document (of this process and its
workers together) and ``cpu_overhead`` tell the same apart from what else the machine runs.

Peak memory is measured in a child process running the pipeline with one worker on 1× and on
10× the documents: the peak resident memory of the process that schedules, and of the worker
(target: 10× the documents within 1.2× the peak).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from reference import reference_case

from familyviolence import Case, __version__, from_json, pseudonymise, to_json
from familyviolence.analytics import write_statistics

KEY = bytes(range(32))
ON = dt.date(2026, 12, 1)
_CASE_ID = b'"case-2026-17"'


def write_corpus(folder: Path, count: int, *, history: int = 12, seed: int = 2026) -> list[Path]:
    """``count`` case documents in ``folder``: the reference case, each under its own case id.

    Seeded, and fast: the document is encoded once and only its case id changes (ids are
    random hex, as a case system's would be), so a million documents take seconds to write.
    """
    folder.mkdir(parents=True, exist_ok=True)
    document = to_json(reference_case(history))
    assert document.count(_CASE_ID) == 1  # noqa: S101 - the corpus would be wrong otherwise
    chosen = random.Random(seed)
    paths = []
    for n in range(count):
        case_id = f'"case-{chosen.getrandbits(48):012x}"'.encode()
        path = folder / f"case-{n:07d}.json"
        path.write_bytes(document.replace(_CASE_ID, case_id))
        paths.append(path)
    return paths


def _cpu() -> float:
    """Processor seconds used so far by this process and its ended children (the workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


Timing = tuple[float, float]
"""Wall-clock seconds and processor seconds of a run."""


def decode_and_pseudonymise(paths: list[Path]) -> Timing:
    """Seconds to read, decode and pseudonymise every file, in this process."""
    start, cpu = time.perf_counter(), _cpu()
    for path in paths:
        pseudonymise(from_json(Case, path.read_bytes()), KEY)
    return time.perf_counter() - start, _cpu() - cpu


def pipeline(paths: list[Path], workers: int, scratch: Path) -> Timing:
    """Seconds the pipeline takes for the files on ``workers`` local worker processes."""
    out = Path(tempfile.mkdtemp(dir=scratch))
    start, cpu = time.perf_counter(), _cpu()
    summary = write_statistics(paths, out / "out", key=KEY, on=ON, workers=workers)
    seconds = time.perf_counter() - start
    assert summary.cases == len(paths)  # noqa: S101 - a run that lost documents is no figure
    return seconds, _cpu() - cpu


def measure(paths: list[Path], *, rounds: int, scratch: Path) -> dict[str, object]:
    """Rates (documents per second) of each way, the median over rounds that take turns."""
    ways: dict[str, Callable[[list[Path]], Timing]] = {
        "decode_pseudonymise": decode_and_pseudonymise,
        "pipeline_1": lambda p: pipeline(p, 1, scratch),
        "pipeline_2": lambda p: pipeline(p, 2, scratch),
    }
    seconds: dict[str, list[float]] = {name: [] for name in ways}
    cpu: dict[str, list[float]] = {name: [] for name in ways}
    started: dict[str, list[float]] = {"pipeline_1": [], "pipeline_2": []}
    names = list(ways)
    for turn in range(rounds):
        for name in names[turn % 3 :] + names[: turn % 3]:
            wall, used = ways[name](paths)
            seconds[name].append(wall)
            cpu[name].append(used)
        for workers in (1, 2):
            started[f"pipeline_{workers}"].append(pipeline(paths[:1], workers, scratch)[0])
    count = len(paths)
    # Processor time per document: what the work costs whatever else the machine runs.
    cpu_us = {name: round(statistics.median(c) / count * 1e6) for name, c in cpu.items()}
    rates = {name: round(count / statistics.median(s), 1) for name, s in seconds.items()}
    steady = {
        name: _steady(count, statistics.median(seconds[name]), statistics.median(took))
        for name, took in started.items()
    }
    return {
        "documents": count,
        "rates": rates,
        "steady_rates": steady,
        "start_seconds": {k: round(statistics.median(v), 2) for k, v in started.items()},
        "overhead": round(rates["decode_pseudonymise"] / rates["pipeline_1"] - 1, 3),
        "steady_overhead": _ratio(rates["decode_pseudonymise"], steady["pipeline_1"], less=1),
        "scaling": round(rates["pipeline_2"] / rates["pipeline_1"], 3),
        "steady_scaling": _ratio(steady["pipeline_2"], steady["pipeline_1"]),
        "cpu_microseconds_per_document": cpu_us,
        "cpu_overhead": round(cpu_us["pipeline_1"] / cpu_us["decode_pseudonymise"] - 1, 3),
    }


def _steady(count: int, seconds: float, start: float) -> float | None:
    """Documents per second once started; ``None`` if the run was too short to tell."""
    return round(count / (seconds - start), 1) if seconds > start else None


def _ratio(a: float | None, b: float | None, *, less: float = 0) -> float | None:
    return None if a is None or b is None else round(a / b - less, 3)


_CHILD = """
import datetime as dt, json, resource, sys, time
sys.path.insert(0, sys.argv[3])
from pipeline import KEY, ON
from familyviolence.analytics import write_statistics
if __name__ == "__main__":
    start = time.perf_counter()
    summary = write_statistics(sys.argv[1], sys.argv[2], key=KEY, on=ON, workers=1)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps([summary.cases, own, workers, time.perf_counter() - start]))
"""


def peak_memory(folder: Path, scratch: Path) -> dict[str, float]:
    """Peak memory of a pipeline run on the files in ``folder``, in a child process, in MiB."""
    out = Path(tempfile.mkdtemp(dir=scratch)) / "out"
    script = scratch / "memory_child.py"
    script.write_text(_CHILD, encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(script), str(folder), str(out), str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        check=True,
    )
    cases, own, workers, seconds = json.loads(result.stdout)
    return {
        "documents": cases,
        "scheduler_peak_mib": round(own / 1024, 1),  # ru_maxrss is in KiB on Linux
        "worker_peak_mib": round(workers / 1024, 1),
        "seconds": round(seconds, 1),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a report (one JSON object with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    args = parser.parse_args(argv)
    if args.quick:
        sizes, rounds, memory_count = {"reference": 12, "large": 6}, 1, 6
    else:
        # Multiples of four parts (of 250 documents), which two workers share evenly.
        sizes, rounds, memory_count = {"reference": 2000, "large": 1000}, 3, 1000
    report: dict[str, object] = {
        "machine": {
            "python": platform.python_version(),
            "processor": platform.machine(),
            "system": platform.system(),
            "cores": os.cpu_count(),
        },
        "versions": {"familyviolence": __version__},
    }
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        for name, history in (("reference", 12), ("large", 200)):
            paths = write_corpus(scratch / name, sizes[name], history=history)
            report[name] = measure(paths, rounds=rounds, scratch=scratch)
        one = peak_memory(_corpus_of(scratch / "memory-1x", memory_count), scratch)
        ten = peak_memory(_corpus_of(scratch / "memory-10x", 10 * memory_count), scratch)
        report["memory"] = {
            "1x": one,
            "10x": ten,
            "scheduler_ratio": round(ten["scheduler_peak_mib"] / one["scheduler_peak_mib"], 3),
            "worker_ratio": round(ten["worker_peak_mib"] / one["worker_peak_mib"], 3),
        }
    report["own_peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(report) if args.json else json.dumps(report, indent=2))
    return 0


def _corpus_of(folder: Path, count: int) -> Path:
    write_corpus(folder, count)
    return folder


if __name__ == "__main__":
    sys.exit(main())
