"""Helpers of the rule scenario tests: does a rule fire at a path, or stay quiet.

Every shipped rule has a test calling :func:`fires` and one calling :func:`quiet` with its id;
test_rules_catalogue.py checks that by reading the tests.
"""

import datetime as dt

from familyviolence import (
    Answer,
    Assessment,
    ChildExposure,
    ExposureKind,
    Incident,
    IncidentTime,
    InformationSource,
    Judgement,
    Response,
    RiskLevel,
    ViolenceForm,
    default_catalogue,
    default_rules,
    evaluate,
)
from familyviolence.events import (
    DecisionMade,
    ImmediateProtectionAssessed,
    InvestigationConcluded,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReportOfConcernReceived,
)
from familyviolence.instruments import AssessorQualifications
from familyviolence.interventions import Intervention
from familyviolence.rules import RuleContext
from familyviolence.vocabulary import ReporterKind
from scenario import SOCIAL_WORKER, at


def _evaluate(case, on, context, rules):
    return evaluate(case, on=on, context=context, rules=rules)


def fires(rule_id, case, *, on, path, persons=None, context=None, rules=None):
    """Assert that ``rule_id`` finds something at ``path`` on ``on``; return that finding."""
    findings = _evaluate(case, on, context, rules)
    found = [f for f in findings.of_rule(rule_id) if f.path == path]
    everything = [(f.rule_id, f.path) for f in findings]
    assert found, f"{rule_id} found nothing at {path}; findings: {everything}"
    if persons is not None:
        assert tuple(persons) in [f.persons for f in found], [f.persons for f in found]
    return found[0]


def quiet(rule_id, case, *, on, context=None, rules=None):
    """Assert that ``rule_id`` ran on ``on`` and found nothing."""
    findings = _evaluate(case, on, context, rules)
    in_force = rules if rules is not None else default_rules()
    rule = in_force.rule(rule_id, on=on)
    assert rule is not None, f"{rule_id} is not in force on {on}"
    assert rule.applies_to(case.jurisdiction), f"{rule_id} does not apply to this case"
    assert rule_id not in findings.skipped, f"{rule_id} did not run"
    assert not findings.of_rule(rule_id), [str(f) for f in findings.of_rule(rule_id)]


def report(when, *, actor=SOCIAL_WORKER, reporter=ReporterKind.SCHOOL, report_id="report-1"):
    return ReportOfConcernReceived(
        at=when, actor=actor, report_id=report_id, reporter_kind=reporter
    )


def through_investigation(case, day="2026-03-02", *, actor=SOCIAL_WORKER):
    """Report, protection assessment and pre-assessment on ``day``; investigation opened.

    Indices: 0 report, 1 protection assessment, 2 pre-assessment, 3 investigation opened.
    """
    return case.record(
        report(at(day, "09:00"), actor=actor),
        ImmediateProtectionAssessed(at=at(day, "10:00"), actor=actor, protection_needed=False),
        PreAssessmentConcluded(
            at=at(day, "11:00"), actor=actor, investigate=True, reason="Oro för barnen."
        ),
        InvestigationOpened(at=at(day, "12:00"), actor=actor),
    )


def through_decision(case, *granted, child_needs=(), day="2026-03-02", decided="2026-05-04"):
    """A Swedish case investigated from ``day`` and decided on ``decided``.

    Indices: 0 report, 1 protection assessment, 2 pre-assessment, 3 investigation opened,
    4 investigation concluded, 5 decision.
    """
    return through_investigation(case, day).record(
        InvestigationConcluded(at=at(decided, "08:00"), actor=SOCIAL_WORKER),
        DecisionMade(
            at=at(decided, "09:00"),
            actor=SOCIAL_WORKER,
            granted=tuple(granted),
            child_needs=tuple(child_needs),
            motivation="Barnens behov av trygghet.",
        ),
    )


def intervention(intervention_id, kind, person):
    return Intervention(id=intervention_id, kind=kind, for_person=person)


def incident(
    *,
    children=(("elias", (ExposureKind.HEARD,)),),
    victims=("mother",),
    perpetrators=("father",),
    day="2026-02-27",
    recorded="2026-03-02",
    forms=(ViolenceForm.PHYSICAL,),
    incident_id="incident-1",
):
    """The father hits the mother; Elias hears it, unless told otherwise."""
    return Incident(
        id=incident_id,
        when=IncidentTime.on(dt.date.fromisoformat(day)),
        recorded_at=at(recorded, "08:00"),
        forms=forms,
        perpetrators=perpetrators,
        victims=victims,
        children=tuple(ChildExposure(child=c, kinds=k) for c, k in children),
        sources=(InformationSource.VICTIM,),
    )


def sara(
    *,
    assessment_id="sara-1",
    subject="father",
    assessor="specialist-2",
    on=dt.date(2026, 3, 20),
    answered=True,
    judged=True,
):
    """A SARA v3 assessment: every item rated and every summary judgement recorded."""
    definition = default_catalogue().definition("sara", "3")
    answers = tuple(
        Answer(item=item.code, value=Response.ABSENT, past=Response.ABSENT)
        for item in definition.items
    )
    judgements = tuple(Judgement(id=j.id, level=RiskLevel.MODERATE) for j in definition.judgements)
    return Assessment(
        id=assessment_id,
        instrument="sara",
        version="3",
        subject=subject,
        assessor=assessor,
        assessed_on=on,
        answers=answers if answered else (),
        judgements=judgements if judged else judgements[:1],
    )


def qualified(*instruments, professional="specialist-2"):
    return RuleContext(
        qualifications=(
            AssessorQualifications(professional_id=professional, instruments=instruments),
        )
    )
