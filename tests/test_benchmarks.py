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
    peers = ("pydantic", "msgspec", "pydantic_lean", "msgspec_lean")
    for peer in peers:
        for operation in ("decode", "encode"):
            assert report[f"{operation}_vs_{peer}"] > 0
    for case in ("reference", "large"):
        assert set(report[case]["microseconds"]) == {"familyviolence", *peers}
    assert report["large"]["bytes"] > report["reference"]["bytes"]
    assert report["memory"]["kib_per_case"] > 0


def test_the_split_of_the_decode_time_reports_every_variant_and_the_two_ratios():
    out = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(BENCHMARK.parent / "checks.py"), "--json", "--quick"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    assert set(report["microseconds"]) == {
        "familyviolence",
        "familyviolence_peer_checks",
        "pydantic_lean",
        "pydantic_shape_only",
    }
    times = report["microseconds"]
    assert all(t > 0 for t in times.values())
    peer_checks = times["familyviolence_peer_checks"]
    assert report["invariants_share"] == round(1 - peer_checks / times["familyviolence"], 3)
    assert report["peer_checks_vs_pydantic_lean"] == round(peer_checks / times["pydantic_lean"], 3)
