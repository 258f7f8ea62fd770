"""The benchmark harness runs and reports what it promises (its figures are not tested)."""

import json
import math
import statistics
import subprocess
import sys
from pathlib import Path

import msgspec
import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

import run  # found in the benchmarks' folder

BENCHMARK = Path(run.__file__)


def _coverage(n: int, k: int) -> float:
    """How often the k-th smallest and k-th largest of n samples enclose their median."""
    return 1 - 2 * sum(math.comb(n, i) for i in range(k)) / 2**n


def test_the_benchmark_prints_medians_ratios_and_memory_as_one_json_object():
    out = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(BENCHMARK), "--json", "--quick"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    peers = run.PEERS
    assert {"pydantic_generated", "msgspec_generated"} <= set(peers)
    for peer in peers:
        for operation in ("decode", "encode"):
            assert report[f"{operation}_vs_{peer}"] > 0
    for case in ("reference", "large"):
        assert set(report[case]["microseconds"]) == {"familyviolence", *peers}
        for key, (low, high) in report[case]["intervals"].items():
            assert low <= report[case][key] <= high
    assert report["intervals"] == report["reference"]["intervals"]
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


@given(st.integers(min_value=6, max_value=200))
def test_the_ratios_interval_is_the_narrowest_of_its_kind_that_is_95_percent_sure(rounds):
    k = run._confidence_rank(rounds)
    assert _coverage(rounds, k) >= 0.95
    assert _coverage(rounds, k + 1) < 0.95


def _samples(ours: list[float], peer: list[float]) -> dict[str, dict[str, list[float]]]:
    samples = {"familyviolence": {"decode": ours, "encode": ours}}
    return samples | {name: {"decode": peer, "encode": peer} for name in run.PEERS}


def test_a_drift_in_the_machines_speed_cancels_out_of_the_ratios():
    speed = [1.0, 1.4, 0.7, 2.0, 1.1, 0.9, 1.6]  # how slow the machine is in each round
    samples = _samples([1.8 * s for s in speed], speed)
    assert run.ratios(samples)["encode_vs_msgspec"] == 1.8
    assert run.intervals(samples)["encode_vs_msgspec"] == [1.8, 1.8]


@given(st.lists(st.tuples(st.floats(0.5, 2.0), st.floats(0.5, 4.0)), min_size=3, max_size=40))
def test_a_ratio_is_the_median_of_the_rounds_ratios_and_lies_in_its_interval(pairs):
    samples = _samples([a for a, _ in pairs], [b for _, b in pairs])
    ratios = run.ratios(samples)
    intervals = run.intervals(samples)
    assert ratios["encode_vs_msgspec"] == round(statistics.median(a / b for a, b in pairs), 3)
    low, high = intervals["decode_vs_pydantic"]
    assert low <= ratios["decode_vs_pydantic"] <= high


def test_the_peers_generated_from_the_schema_take_the_documents_and_refuse_a_broken_shape():
    import schema_peers  # noqa: PLC0415 - found in the benchmarks' folder
    from reference import reference_case  # noqa: PLC0415

    from familyviolence import to_json  # noqa: PLC0415

    model, decoder = schema_peers.pydantic_model(), schema_peers.msgspec_decoder()
    for events in (12, 200):
        document = to_json(reference_case(events))
        assert len(model.model_validate_json(document).history) == events
        assert len(decoder.decode(document).history) == events
    broken = json.loads(document)
    broken["surprise"] = 1
    with pytest.raises(pydantic.ValidationError, match="surprise"):
        model.model_validate_json(json.dumps(broken))
    with pytest.raises(msgspec.ValidationError, match="surprise"):
        decoder.decode(json.dumps(broken))
    del broken["surprise"]
    broken["family"]["persons"][0]["id"] = 7
    with pytest.raises(pydantic.ValidationError, match="string"):
        model.model_validate_json(json.dumps(broken))
    with pytest.raises(msgspec.ValidationError, match="str"):
        decoder.decode(json.dumps(broken))
    assert (schema_peers.generated_folder() / "case.schema.json").exists()
