"""Properties of the safety records: criteria never raise, grow with incidents, and plans grow
more complete with actions."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familyviolence import Incident, IncidentTime, InformationSource, ViolenceForm, evaluate, evolve
from familyviolence.conference_criteria import conference_criteria_met
from familyviolence.rules.protection import SAFETY_RULES, safety_rules
from familyviolence.safety import PlanGapKind
from familyviolence.testing import strategies as fvst
from safety_scenario import POLICE, dash, referral
from scenario import new_case

CASES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DAYS = st.dates(dt.date(2021, 1, 1), dt.date(2027, 12, 31))


@CASES
@given(case=fvst.cases(), on=DAYS, criteria=fvst.conference_criteria())
def test_criteria_and_safety_rules_never_raise_on_generated_cases(case, on, criteria):
    met = conference_criteria_met(case, on=on, criteria=criteria)
    people = {p.id for p in case.family.persons}
    assert {m.victim for m in met} <= people
    findings = evaluate(case, on=on, rules=safety_rules(criteria))
    assert {f.rule_id for f in findings} <= set(SAFETY_RULES.ids)


def _met(case, on, criteria=None):
    return {
        (m.victim, m.criterion) for m in conference_criteria_met(case, on=on, criteria=criteria)
    }


@CASES
@given(case=fvst.cases(), on=DAYS, data=st.data())
def test_adding_an_incident_never_removes_a_met_criterion(case, on, data):
    added = data.draw(fvst.incidents(case.family, incident_id="incident-added"))
    more = evolve(case, incidents=(*case.incidents, added))
    assert _met(case, on) <= _met(more, on)


@st.composite
def _partner_incidents(draw, incident_id):
    """Incidents between the mother and the father, some the police were called to."""
    day = draw(st.dates(dt.date(2025, 1, 1), dt.date(2027, 6, 30)))
    recorded = day + dt.timedelta(days=draw(st.integers(0, 5)))
    return Incident(
        id=incident_id,
        when=IncidentTime.on(day),
        recorded_at=dt.datetime.combine(recorded, dt.time(9)),
        forms=(ViolenceForm.PHYSICAL,),
        sources=(draw(st.sampled_from((InformationSource.VICTIM, InformationSource.POLICE))),),
        perpetrators=("father",),
        victims=("mother",),
        reported_to_police=draw(st.none() | st.booleans()),
    )


@st.composite
def _partner_cases(draw):
    """The scenario family with DASH assessments, partner incidents and conference referrals."""
    found = tuple(draw(_partner_incidents(f"incident-{n}")) for n in range(draw(st.integers(0, 5))))
    days = st.dates(dt.date(2025, 1, 1), dt.date(2027, 6, 30))
    assessed = tuple(
        dash(draw(st.integers(0, 24)), assessment_id=f"dash-{n}", on=draw(days).isoformat())
        for n in range(draw(st.integers(0, 2)))
    )
    referred = tuple(
        referral(conference_id=f"marac-{n}", on=draw(days).isoformat())
        for n in range(draw(st.integers(0, 2)))
    )
    return new_case(incidents=found, assessments=assessed, conferences=referred)


@settings(max_examples=150, deadline=None)
@given(
    case=_partner_cases(),
    added=_partner_incidents("incident-added"),
    on=st.dates(dt.date(2025, 1, 1), dt.date(2028, 6, 30)),
    criteria=fvst.conference_criteria(),
)
def test_adding_an_incident_between_the_partners_never_removes_a_met_criterion(
    case, added, on, criteria
):
    more = evolve(case, incidents=(*case.incidents, added))
    assert _met(case, on, criteria) <= _met(more, on, criteria)


@settings(max_examples=150, deadline=None)
@given(plan=fvst.safety_plans(), data=st.data())
def test_plan_completeness_is_monotone_in_added_actions(plan, data):
    risks = tuple(r.id for r in plan.risks)
    named = [r.assessment for r in plan.risks if r.assessment is not None]
    high = set(data.draw(st.lists(st.sampled_from(named), unique=True))) if named else set()
    action = data.draw(fvst.plan_actions(action_id="action-added", risks=risks))
    more = evolve(plan, actions=(*plan.actions, action))
    before = {(g.kind, g.item) for g in plan.gaps(high)}
    after = {(g.kind, g.item) for g in more.gaps(high)}
    own = {
        (PlanGapKind.ACTION_WITHOUT_AGENCY, action.id),
        (PlanGapKind.ACTION_WITHOUT_DUE_DATE, action.id),
    }
    # An added action closes gaps or brings only its own; a complete action brings none.
    assert after <= before | own
    complete = evolve(action, agency=POLICE, due_on=dt.date(2026, 3, 10))
    assert more_complete(plan, complete, high) <= before


def more_complete(plan, action, high):
    return {(g.kind, g.item) for g in evolve(plan, actions=(*plan.actions, action)).gaps(high)}
