"""Benchmark: case documents decoded and encoded by familyviolence, pydantic v2 and msgspec.

Usage: ``python benchmarks/run.py [--json] [--quick]`` (needs the ``bench`` extra).

Each stack decodes (JSON to validated objects) and encodes (objects to JSON) the same bytes:
the realistic reference case and a large one with 200 history events (see ``reference.py``).
The stacks take turns within every round, so that what the machine does meanwhile falls on all
of them alike; the figure for each is the median over the rounds of the mean time per
operation, each sample as many calls as take about 50 ms. The ratios are ours divided by
theirs: below 1 we are faster.

Each peer comes twice. ``pydantic`` and ``msgspec`` check what the library checks, each in its
own way (``checked_peers.py``): the ratios against them (``decode_vs_pydantic`` ...) compare
the same work. ``pydantic_lean`` and ``msgspec_lean`` check the shape and little more
(``peers.py``): the ratios against them (``decode_vs_pydantic_lean`` ...) tell what the
library's checks cost beside a stack that makes few.

Peak memory is measured in a child process that decodes the reference case 100 000 times and
keeps every case (with the cyclic garbage collector paused, which changes the time, not the
memory).
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import msgspec
import pydantic

sys.path.insert(0, str(Path(__file__).parent))

import checked_peers
import peers
from reference import reference_case

from familyviolence import Case, __version__, from_json, to_json

Operation = Callable[[], object]

PEERS = ("pydantic", "msgspec", "pydantic_lean", "msgspec_lean")


def _stacks(document: bytes) -> dict[str, dict[str, Operation]]:
    ours = from_json(Case, document)
    stacks = {
        "familyviolence": {
            "decode": lambda: from_json(Case, document),
            "encode": lambda: to_json(ours),
        },
    }
    for name, module in (("", checked_peers), ("_lean", peers)):
        model = module.pydantic_model(Case, document=True)
        decoder = module.msgspec_decoder(Case)
        stacks[f"pydantic{name}"] = {
            "decode": functools.partial(model.model_validate_json, document),
            "encode": model.model_validate_json(document).model_dump_json,
        }
        stacks[f"msgspec{name}"] = {
            "decode": functools.partial(decoder.decode, document),
            "encode": functools.partial(msgspec.json.encode, decoder.decode(document)),
        }
    return stacks


def _time(operation: Operation, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        operation()
    return (time.perf_counter() - start) / repeat


def _repeat_for(operation: Operation, sample_seconds: float) -> int:
    """How many calls of ``operation`` take about ``sample_seconds``.

    Every sample lasts about as long, however fast the operation: a sample of a few
    milliseconds (a few hundred encodes of a 10 kB case) is at the mercy of whatever else the
    machine does in that moment.
    """
    return max(3, math.ceil(sample_seconds / _time(operation, 5)))


def measure(document: bytes, *, rounds: int, sample_seconds: float) -> dict[str, dict[str, float]]:
    """Median microseconds per operation, for each stack and operation."""
    stacks = _stacks(document)
    repeats = {
        (stack, name): _repeat_for(operation, sample_seconds)
        for stack, operations in stacks.items()
        for name, operation in operations.items()
    }
    samples: dict[tuple[str, str], list[float]] = {}
    for _ in range(rounds):
        for stack, operations in stacks.items():
            for name, operation in operations.items():
                time_taken = _time(operation, repeats[stack, name])
                samples.setdefault((stack, name), []).append(time_taken)
    medians: dict[str, dict[str, float]] = {}
    for (stack, name), times in samples.items():
        medians.setdefault(stack, {})[name] = round(statistics.median(times) * 1e6, 2)
    return medians


def ratios(medians: dict[str, dict[str, float]]) -> dict[str, float]:
    """Ours divided by each peer's median, for decode and encode."""
    ours = medians["familyviolence"]
    return {
        f"{op}_vs_{peer}": round(ours[op] / medians[peer][op], 3)
        for peer in PEERS
        for op in ("decode", "encode")
    }


def peak_memory(count: int) -> dict[str, float]:
    """Peak memory of a process holding ``count`` decoded reference cases, in MiB."""
    # The cyclic garbage collector is paused while the cases are decoded: they hold no
    # reference cycles, so it would free nothing (the figures are the same with it running),
    # but its full passes over millions of live objects would more than double the time.
    code = (
        "import gc, resource, sys; sys.path.insert(0, sys.argv[2]);"
        "from reference import reference_case;"
        "from familyviolence import Case, from_json, to_json;"
        "data = to_json(reference_case());"
        "gc.collect(); gc.disable();"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "cases = [from_json(Case, data) for _ in range(int(sys.argv[1]))];"
        "after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss;"
        "print(before, after)"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code, str(count), str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    before, after = (int(v) / 1024 for v in out)  # ru_maxrss is in KiB on Linux
    return {
        "cases": count,
        "peak_mib": round(after, 1),
        "mib_for_the_cases": round(after - before, 1),
        "kib_per_case": round((after - before) * 1024 / count, 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a report (or one JSON object with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, for a smoke test")
    args = parser.parse_args(argv)
    rounds, sample_seconds, count = (3, 0.002, 1_000) if args.quick else (31, 0.05, 100_000)
    report: dict[str, object] = {
        "machine": {
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "processor": platform.machine(),
            "system": platform.system(),
        },
        "versions": {
            "familyviolence": __version__,
            "pydantic": pydantic.VERSION,
            "msgspec": msgspec.__version__,
        },
    }
    for name, history in (("reference", 12), ("large", 200)):
        document = to_json(reference_case(history))
        medians = measure(document, rounds=rounds, sample_seconds=sample_seconds)
        report[name] = {"bytes": len(document), "microseconds": medians, **ratios(medians)}
    # The headline ratios are those of the realistic reference case.
    report.update({k: v for k, v in report["reference"].items() if "_vs_" in k})  # type: ignore[attr-defined]
    report["memory"] = peak_memory(count)
    report["own_peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(report))
    else:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
