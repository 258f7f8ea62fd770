"""Benchmark: case documents decoded and encoded by familyviolence, pydantic v2 and msgspec.

Usage: ``python benchmarks/run.py [--json] [--quick]`` (needs the ``bench`` extra).

Each stack decodes (JSON to validated objects) and encodes (objects to JSON) the same bytes:
the realistic reference case and a large one with 200 history events (see ``reference.py``).
The stacks take turns within every round, so that what the machine does meanwhile falls on all
of them alike; the time for each is the median over the rounds of the mean time per
operation, each sample as many calls as take about 50 ms. The ratios are ours divided by
theirs, the median of the rounds' ratios, with an interval that holds it with 95 %
confidence: below 1 we are faster.

Each peer comes three times. ``pydantic`` and ``msgspec`` check what the library checks, each in
its own way (``checked_peers.py``): the ratios against them (``decode_vs_pydantic`` ...) compare
the same work. ``pydantic_lean`` and ``msgspec_lean`` check the shape and little more
(``peers.py``): the ratios against them (``decode_vs_pydantic_lean`` ...) tell what the
library's checks cost beside a stack that makes few. ``pydantic_generated`` and
``msgspec_generated`` are generated from the library's JSON Schema by datamodel-code-generator
(``schema_peers.py``), as a team that only took the schema would make them: no one here wrote
them, and they check what the schema states (no target is set against them).

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
import schema_peers
from reference import reference_case

from familyviolence import Case, __version__, from_json, to_json

Operation = Callable[[], object]

PEERS = (
    "pydantic",
    "msgspec",
    "pydantic_lean",
    "msgspec_lean",
    "pydantic_generated",
    "msgspec_generated",
)


def _stacks(document: bytes) -> dict[str, dict[str, Operation]]:
    ours = from_json(Case, document)
    stacks = {
        "familyviolence": {
            "decode": functools.partial(from_json, Case, document),
            "encode": functools.partial(to_json, ours),
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
    generated = schema_peers.pydantic_model()
    generated_decoder = schema_peers.msgspec_decoder()
    stacks["pydantic_generated"] = {
        "decode": functools.partial(generated.model_validate_json, document),
        "encode": generated.model_validate_json(document).model_dump_json,
    }
    stacks["msgspec_generated"] = {
        "decode": functools.partial(generated_decoder.decode, document),
        "encode": functools.partial(msgspec.json.encode, generated_decoder.decode(document)),
    }
    return stacks


def _time(operation: Operation, repeat: int) -> float:
    """Seconds that ``repeat`` calls of ``operation`` take, all together."""
    start = time.perf_counter()
    for _ in range(repeat):
        operation()
    return time.perf_counter() - start


def _calls_for(operation: Operation, seconds: float) -> int:
    """How many calls of ``operation`` take about ``seconds``, at least one."""
    return max(1, round(seconds / (_time(operation, 5) / 5)))


Samples = dict[str, dict[str, list[float]]]
"""Seconds per operation, for each stack and operation, one sample per round."""

BURST_SECONDS = 0.005
"""How long a stack runs before the next takes its turn, within a round."""


def measure(document: bytes, *, rounds: int, sample_seconds: float) -> Samples:
    """One sample per round of each stack's time per operation.

    A round times one operation, then the other. The stacks take turns at it in bursts of about
    5 ms until each has run for about ``sample_seconds``, each round starting with the next
    stack. The machine's speed changes by half within a tenth of a second at times; bursts so
    short spread each such change over every stack's sample alike.
    """
    stacks = _stacks(document)
    names = list(stacks)
    calls = {
        (stack, name): _calls_for(operation, BURST_SECONDS)
        for stack, operations in stacks.items()
        for name, operation in operations.items()
    }
    bursts = max(1, round(sample_seconds / BURST_SECONDS))
    samples: Samples = {stack: {"decode": [], "encode": []} for stack in names}
    for turn in range(rounds):
        order = names[turn % len(names) :] + names[: turn % len(names)]
        for name in ("decode", "encode"):
            spent = dict.fromkeys(order, 0.0)
            for _ in range(bursts):
                for stack in order:
                    spent[stack] += _time(stacks[stack][name], calls[stack, name])
            for stack in order:
                samples[stack][name].append(spent[stack] / (bursts * calls[stack, name]))
    return samples


def medians(samples: Samples) -> dict[str, dict[str, float]]:
    """Median microseconds per operation, for each stack and operation."""
    return {
        stack: {name: round(statistics.median(times) * 1e6, 2) for name, times in ops.items()}
        for stack, ops in samples.items()
    }


def ratios(samples: Samples) -> dict[str, float]:
    """Ours divided by each peer's time, for decode and encode: the median of the rounds' ratios.

    Each round's ratio divides two samples taken in turns over the same fraction of a second,
    so that the machine's speed, which drifts by a third and more over a run, cancels out of it.
    """
    return {key: round(statistics.median(values), 3) for key, values in _round_ratios(samples)}


def intervals(samples: Samples) -> dict[str, list[float]]:
    """For each ratio, an interval that holds the median ratio with at least 95 % confidence.

    Distribution-free: the k-th smallest and k-th largest of the rounds' ratios, with k the
    largest rank for which a binomial tail of one half stays within 2.5 %.
    """
    result = {}
    for key, values in _round_ratios(samples):
        k = _confidence_rank(len(values))
        ordered = sorted(values)
        result[key] = [round(ordered[k - 1], 3), round(ordered[-k], 3)]
    return result


def _round_ratios(samples: Samples) -> list[tuple[str, list[float]]]:
    ours = samples["familyviolence"]
    return [
        (f"{op}_vs_{peer}", [a / b for a, b in zip(ours[op], samples[peer][op], strict=True)])
        for peer in PEERS
        for op in ("decode", "encode")
    ]


def _confidence_rank(n: int) -> int:
    """The largest k with P(Binomial(n, 1/2) < k) <= 0.025, at least 1."""
    k, tail = 1, 0.0
    while True:
        tail += math.comb(n, k - 1) / 2**n
        if tail > 0.025:  # noqa: PLR2004 - half of a 95 % interval's 5 %
            return max(1, k - 1)
        k += 1


def peak_memory(count: int) -> dict[str, float]:
    """Peak memory of a process holding ``count`` decoded reference cases, in MiB."""
    # The cyclic garbage collector is paused while the cases are decoded: they hold no
    # reference cycles, so it would free nothing (the figures are the same with it running),
    # but its full passes over millions of live objects would more than double the time.
    # The resident size is read from /proc where there is one: a child's peak size (ru_maxrss)
    # starts at its parent's, which may be more than a thousand cases take (--quick).
    code = (
        "import gc, os, resource, sys; sys.path.insert(0, sys.argv[2]);"
        "from reference import reference_case;"
        "from familyviolence import Case, from_json, to_json;"
        "statm = '/proc/self/statm';"
        "page = os.sysconf('SC_PAGE_SIZE') // 1024;"
        "size = (lambda: int(open(statm).read().split()[1]) * page) if os.path.exists(statm) "
        "else (lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss);"
        "data = to_json(reference_case());"
        "gc.collect(); gc.disable();"
        "before = size();"
        "cases = [from_json(Case, data) for _ in range(int(sys.argv[1]))];"
        "after = size();"
        "print(before, after)"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code, str(count), str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    before, after = (int(v) / 1024 for v in out)  # both in KiB
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
        samples = measure(document, rounds=rounds, sample_seconds=sample_seconds)
        report[name] = {
            "bytes": len(document),
            "microseconds": medians(samples),
            **ratios(samples),
            "intervals": intervals(samples),
        }
    # The headline ratios are those of the realistic reference case.
    reference: dict[str, object] = report["reference"]  # type: ignore[assignment]
    report.update({k: v for k, v in reference.items() if "_vs_" in k or k == "intervals"})
    report["memory"] = peak_memory(count)
    report["own_peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(report))
    else:
        print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
