"""The pipeline benchmark runs and reports what it promises (its figures are not tested), from
a synthetic corpus that is seeded and valid."""

import json
import subprocess
import sys
from pathlib import Path

from familyviolence import Case, from_json

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

import pipeline  # found in the benchmarks' folder

BENCHMARK = Path(pipeline.__file__)


def test_the_corpus_is_seeded_and_every_document_a_valid_case_of_its_own(tmp_path):
    first = pipeline.write_corpus(tmp_path / "a", 5, seed=7)
    again = pipeline.write_corpus(tmp_path / "b", 5, seed=7)
    other = pipeline.write_corpus(tmp_path / "c", 5, seed=8)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]
    cases = [from_json(Case, p.read_bytes()) for p in first]
    assert len({case.id for case in cases}) == 5
    large = from_json(Case, pipeline.write_corpus(tmp_path / "d", 1, history=200)[0].read_bytes())
    assert len(large.history) == 200


def test_the_benchmark_reports_rates_overhead_scaling_and_memory_as_one_json_object():
    out = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(BENCHMARK), "--json", "--quick"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    for document in ("reference", "large"):
        figures = report[document]
        assert set(figures["rates"]) == {"decode_pseudonymise", "pipeline_1", "pipeline_2"}
        assert all(rate > 0 for rate in figures["rates"].values())
        rates = figures["rates"]
        assert figures["overhead"] == round(
            rates["decode_pseudonymise"] / rates["pipeline_1"] - 1, 3
        )
        assert figures["scaling"] == round(rates["pipeline_2"] / rates["pipeline_1"], 3)
        assert set(figures["start_seconds"]) == {"pipeline_1", "pipeline_2"}
        assert set(figures["cpu_microseconds_per_document"]) == set(rates)
        assert all(us > 0 for us in figures["cpu_microseconds_per_document"].values())
    memory = report["memory"]
    assert memory["10x"]["documents"] == 10 * memory["1x"]["documents"]
    assert memory["worker_ratio"] == round(
        memory["10x"]["worker_peak_mib"] / memory["1x"]["worker_peak_mib"], 3
    )
    assert memory["1x"]["worker_peak_mib"] > 0
