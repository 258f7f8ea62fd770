"""The Uppsala pathway example: run as users run it, with the findings it must show each day."""

import datetime as dt
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from familyviolence import evaluate, evolve
from familyviolence.collaboration import PartnerContact

EXAMPLE = Path(__file__).parent.parent / "examples" / "uppsala_pathway.py"

# On each day: (rule id, path) of every finding, in order.
# The police's B-SAFER judges the risk from the father high, and no one refers the mother to a
# multi-agency risk conference: a finding of the safety rules from the first day on, for her
# and for each child living with her (a referral of the mother would cover them too).
NOT_REFERRED = ("SAFETY-CONFERENCE-CRITERION-NOT-REFERRED", "$.assessments[0]")
CONFERENCE_NOT_REFERRED = (NOT_REFERRED, NOT_REFERRED, NOT_REFERRED)

EXPECTED = {
    dt.date(2026, 2, 24): [
        ("SE-PREASSESSMENT-OVERDUE", "$.history[0]"),
        *CONFERENCE_NOT_REFERRED,
    ],
    # Intake talks at the clinic, no partner contact yet.
    dt.date(2026, 3, 11): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
        *CONFERENCE_NOT_REFERRED,
    ],
    dt.date(2026, 4, 20): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
        *CONFERENCE_NOT_REFERRED,
    ],
    dt.date(2026, 6, 5): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
        ("PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT", "$.history[9]"),
        *CONFERENCE_NOT_REFERRED,
    ],
    dt.date(2026, 6, 25): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
        ("PRACTICE-REENGAGEMENT-FOLLOW-UP-OVERDUE", "$.history[10]"),
        *CONFERENCE_NOT_REFERRED,
    ],
    # Treatment started again; the clinic's progress report due on 30 June is not sent.
    dt.date(2026, 7, 1): [
        ("SE-DEADLINE-MET-LATE", "$.history[0]"),
        ("PRACTICE-ASSESSOR-NOT-QUALIFIED", "$.assessments[1]"),
        ("PRACTICE-PLACEMENT-REPORT-OVERDUE", "$.commissions[0].reports[2]"),
        *CONFERENCE_NOT_REFERRED,
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


def test_the_conference_finding_names_the_mother_and_each_child_at_home(example):
    findings = dict(example["evaluations"]())[dt.date(2026, 2, 24)]
    not_referred = findings.of_rule("SAFETY-CONFERENCE-CRITERION-NOT-REFERRED")
    assert sorted(f.persons for f in not_referred) == [("child-1",), ("child-2",), ("mother",)]


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
    assert "On 2026-06-05: 6 findings" in result.stdout
    assert "PRACTICE-PLACEMENT-REPORT-OVERDUE  $.commissions[0].reports[2]" in result.stdout
    assert "PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT  $.history[9]" in result.stdout
    for name in ("Lina", "Mattias", "Alva", "Noah", "Ek "):
        assert name not in result.stdout


def test_the_partner_contact_rests_on_the_specialists_current_assessment(example):
    case, context = example["build_case"](), example["build_context"]()
    pathway = case.pathways[0]
    contact = next(s for s in pathway.steps if isinstance(s, PartnerContact))
    assert (contact.on, contact.risk_assessment) == (dt.date(2026, 3, 13), "sara-2")
    assert context.is_qualified("uppsala-risk-2", "sara")
    assert not context.is_qualified("uppsala-bou-7", "sara")
    assert pathway.status.value == "in_treatment"
    assert case.referrals[0].status.value == "accepted"
    for day in (dt.date(2026, 3, 13), dt.date(2026, 7, 1)):
        findings = evaluate(case, on=day, context=context)
        assert "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT" not in findings.rule_ids
        assert "PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT" not in findings.rule_ids
        assert "PRACTICE-AGREEMENT-INCOMPLETE" not in findings.skipped


def test_had_the_clinic_called_the_mother_before_the_specialists_assessment_it_is_an_error(
    example,
):
    # The same contact two days earlier, naming the assessment it was to rest on: not made yet.
    case, context = example["build_case"](), example["build_context"]()
    pathway = case.pathways[0]
    steps = tuple(
        evolve(s, on=dt.date(2026, 3, 10)) if isinstance(s, PartnerContact) else s
        for s in pathway.steps
    )
    early = evolve(case, pathways=(evolve(pathway, steps=steps),))
    findings = evaluate(early, on=dt.date(2026, 3, 11), context=context)
    (error,) = findings.errors
    assert (error.rule_id, error.path) == (
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        "$.pathways[0].steps[2]",
    )
    assert error.persons == ("father", "mother")
