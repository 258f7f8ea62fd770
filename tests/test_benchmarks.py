"""The benchmark harness runs and reports what it promises (its figures are not tested)."""

import json
import subprocess
import sys
from pathlib import Path

BENCHMARK = Path(__file__).parent.parent / "benchmarks" / "run.py"


def test_the_benchmark_prints_medians_ratios_and_memory_as_one_json_object():
    out = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(BENCHMARK), "--json", "--quick"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    for key in (
        "decode_vs_pydantic",
        "encode_vs_pydantic",
        "decode_vs_msgspec",
        "encode_vs_msgspec",
    ):
        assert report[key] > 0
    for case in ("reference", "large"):
        assert set(report[case]["microseconds"]) == {"familyviolence", "pydantic", "msgspec"}
    assert report["large"]["bytes"] > report["reference"]["bytes"]
    assert report["memory"]["kib_per_case"] > 0
