"""The Uppsala pathway example: run as users run it, with the findings it must show each day."""

import datetime as dt
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from familyviolence import evaluate

EXAMPLE = Path(__file__).parent.parent / "examples" / "uppsala_pathway.py"

# On each day: (rule id, path) of every finding, in order.
EXPECTED = {
    dt.date(2026, 2, 24): [("SE-PREASSESSMENT-OVERDUE", "$.history[0]")],
    dt.date(2026, 4, 20): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
    ],
    dt.date(2026, 6, 5): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
        ("PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT", "$.history[9]"),
    ],
    dt.date(2026, 6, 25): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
        ("PRACTICE-REENGAGEMENT-FOLLOW-UP-OVERDUE", "$.history[10]"),
    ],
    dt.date(2026, 7, 1): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
    ],
}


@pytest.fixture(scope="module")
def example():
    return runpy.run_path(str(EXAMPLE))


def test_the_pathway_shows_the_expected_findings_on_each_day(example):
    found = {
        day: [(f.rule_id, f.path) for f in findings] for day, findings in example["evaluations"]()
    }
    assert found == EXPECTED


def test_the_assessment_by_the_caseworker_is_flagged_and_the_specialists_is_not(example):
    findings = dict(example["evaluations"]())[dt.date(2026, 7, 1)]
    (unqualified,) = findings.of_rule("PRACTICE-ASSESSOR-NOT-QUALIFIED")
    case = example["build_case"]()
    assert case.assessments[1].assessor == "uppsala-bou-7"
    assert case.assessments[2].assessor == "uppsala-risk-2"
    assert unqualified.persons == ("father",)


def test_the_pathway_keeps_the_children_at_home_and_the_father_in_temporary_housing(example):
    case = example["build_case"]()
    day = dt.date(2026, 5, 1)
    home = [p.id for p in case.family.household_members("child-1", on=day)]
    assert home == ["mother", "child-1", "child-2"]
    housing = [s for s in case.state.interventions if s.intervention.id == "temporary-housing"]
    assert housing[0].status.value == "active"
    findings = evaluate(case, on=day, context=example["build_context"]())
    assert not findings.errors


def test_the_example_runs_and_prints_no_names(tmp_path):
    result = subprocess.run(  # noqa: S603 - our own example
        [sys.executable, str(EXAMPLE)], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    assert "On 2026-06-05: 3 findings" in result.stdout
    assert "PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT  $.history[9]" in result.stdout
    for name in ("Lina", "Mattias", "Alva", "Noah", "Ek "):
        assert name not in result.stdout
