"""The current risk between two persons, and when an assessment is current.

Karin (``mother``) and Jonas (``father``) are separated; Elias and Saga are their children.
"""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import (
    CommonRiskLevel,
    InvalidModel,
    Judgement,
    Period,
    RiskLevel,
    current_risk,
    evolve,
)
from familyviolence.events import RelapseRecorded
from familyviolence.interventions import InterventionKind
from familyviolence.risk import AssessmentCurrency, NotCurrent, is_current, why_not_current
from familyviolence.safety import ContactBan, ContactBanBreach, ContactBanKind, DecidingAuthority
from rule_checks import incident, intervention, through_decision
from safety_scenario import dash, odara
from safety_scenario import sara as scenario_sara
from scenario import SOCIAL_WORKER, at, new_case

D = dt.date.fromisoformat
L = CommonRiskLevel


def sara(level=RiskLevel.MODERATE, **fields):
    """A SARA v3 of the father: every factor rated, each conclusion ``level``."""
    return scenario_sara(case_priority=level, serious_harm=level, imminence=level, **fields)


def ban(*breaches, start="2026-03-03", end="2026-09-30"):
    return ContactBan(
        id="ban-1",
        protected="mother",
        restrained="father",
        kind=ContactBanKind.ORDINARY,
        decided_by=DecidingAuthority.PROSECUTOR,
        decided_on=D(start),
        period=Period(start=D(start), end=D(end)),
        breaches=tuple(ContactBanBreach(on=D(day)) for day in breaches),
    )


def risk(case, on):
    return current_risk(case, "father", "mother", on=D(on))


# -- several instruments, several assessments -------------------------------------------------


def test_a_later_low_dash_of_the_mother_does_not_hide_an_earlier_high_sara_of_the_father():
    case = new_case(assessments=(sara(RiskLevel.HIGH), dash(5, on="2026-04-20")))
    found = risk(case, "2026-05-01")
    assert found.level is L.HIGH
    assert found.is_high
    assert not found.known_below_high
    assert found.level_of(perpetrator_side=True) is L.HIGH
    assert found.level_of(perpetrator_side=False) is L.LOW
    assert [a.assessment for a in found.assessments] == ["sara-1", "dash-1"]


def test_a_new_complete_assessment_with_the_same_instrument_replaces_the_earlier_one():
    case = new_case(
        assessments=(sara(RiskLevel.HIGH), sara(on="2026-04-20", assessment_id="sara-2"))
    )
    found = risk(case, "2026-05-01")
    assert [a.assessment for a in found.assessments] == ["sara-2"]
    assert found.level is L.MODERATE
    assert found.known_below_high


def test_an_unfinished_reassessment_replaces_nothing():
    # The police start a new DASH but only get through ten questions, all no.
    case = new_case(
        assessments=(dash(15), dash(0, on="2026-04-01", assessment_id="dash-2", asked=10))
    )
    found = risk(case, "2026-04-02")
    assert [a.assessment for a in found.assessments] == ["dash-1", "dash-2"]
    assert found.level is L.HIGH


def test_an_assessment_of_other_people_does_not_count_for_the_pair():
    other = evolve(dash(16), subject="saga")
    case = new_case(assessments=(other, sara()))
    assert risk(case, "2026-04-01").level is L.MODERATE


def test_with_no_assessment_the_risk_is_unknown_and_never_known_to_be_low():
    found = risk(new_case(), "2026-04-01")
    assert found.level is None
    assert found.highest is None
    assert not found.is_high
    assert not found.known_below_high


def test_an_assessment_that_does_not_fit_still_shows_its_high_conclusion():
    misfit = evolve(
        sara(RiskLevel.HIGH), judgements=(Judgement(id="imminence", level=RiskLevel.HIGH),)
    )
    case = new_case(assessments=(misfit,))
    (counted,) = risk(case, "2026-04-01").assessments
    assert (counted.level, counted.valid, counted.highest_possible_level) == (L.HIGH, False, None)


# -- currency -------------------------------------------------------------------------------


def test_an_assessment_is_current_for_twelve_calendar_months():
    case = new_case(assessments=(sara(on="2025-02-28"),))
    (assessment,) = case.assessments
    assert is_current(case, assessment, on=D("2026-02-28"))
    assert why_not_current(case, assessment, on=D("2026-03-01")) is NotCurrent.TOO_OLD
    assert why_not_current(case, assessment, on=D("2025-02-27")) is NotCurrent.NOT_YET_MADE
    six = AssessmentCurrency(months=6)
    assert why_not_current(case, assessment, on=D("2025-09-01"), currency=six) is NotCurrent.TOO_OLD


def test_a_new_incident_a_breach_or_a_relapse_ends_an_assessments_currency():
    base = new_case(assessments=(sara(),), protective_measures=(ban(),))
    (assessment,) = base.assessments
    persons = ("father", "mother")
    assert is_current(base, assessment, on=D("2026-05-01"), persons=persons)
    hit_again = evolve(base, incidents=(incident(day="2026-04-10", recorded="2026-04-11"),))
    assert why_not_current(hit_again, assessment, on=D("2026-05-01"), persons=persons) is (
        NotCurrent.LATER_INCIDENT
    )
    # Not known until it was recorded.
    assert is_current(hit_again, assessment, on=D("2026-04-10"), persons=persons)
    breached = base.with_records(ban("2026-04-02"))
    assert why_not_current(breached, assessment, on=D("2026-05-01"), persons=persons) is (
        NotCurrent.LATER_BREACH
    )
    treated = through_decision(
        base,
        intervention("group", InterventionKind.PERPETRATOR_GROUP_TREATMENT, "father"),
        decided="2026-03-10",
    )
    relapsed = treated.record(
        RelapseRecorded(at=at("2026-04-15"), actor=SOCIAL_WORKER, person_id="father")
    )
    assert why_not_current(relapsed, assessment, on=D("2026-05-01"), persons=persons) is (
        NotCurrent.LATER_RELAPSE
    )


def test_an_incident_known_from_before_the_assessment_leaves_it_current():
    case = new_case(incidents=(incident(),), assessments=(sara(),))
    (assessment,) = case.assessments
    assert is_current(case, assessment, on=D("2026-04-01"), persons=("father", "mother"))


def test_after_a_new_incident_a_high_assessment_still_shows_high_but_a_low_one_proves_nothing():
    hit_again = (incident(day="2026-04-10", recorded="2026-04-11"),)
    high = new_case(incidents=hit_again, assessments=(dash(16),))
    found = risk(high, "2026-05-01")
    assert found.is_high
    assert found.assessments[0].not_current is NotCurrent.LATER_INCIDENT
    low = new_case(incidents=hit_again, assessments=(dash(4),))
    found = risk(low, "2026-05-01")
    assert found.level is L.LOW
    assert not found.known_below_high


def test_a_currency_limit_must_be_a_whole_number_of_months():
    with pytest.raises(InvalidModel, match="months"):
        AssessmentCurrency(months=0)


# -- properties -----------------------------------------------------------------------------

DAYS = st.dates(dt.date(2025, 1, 1), dt.date(2026, 12, 31))
PEOPLE = ("mother", "father", "elias", "saga")


@st.composite
def incidents(draw, incident_id="incident-new"):
    happened = draw(DAYS)
    recorded = happened + dt.timedelta(days=draw(st.integers(0, 60)))
    perpetrator, victim = draw(st.permutations(PEOPLE))[:2]
    return incident(
        day=happened.isoformat(),
        recorded=recorded.isoformat(),
        perpetrators=(perpetrator,),
        victims=(victim,),
        children=(),
        incident_id=incident_id,
    )


@st.composite
def assessments(draw, assessment_id="a-1"):
    """A SARA of the father, a DASH of the mother or an ODARA of the father, on a day."""
    on = draw(DAYS).isoformat()
    kind = draw(st.sampled_from(("sara", "dash", "odara")))
    if kind == "sara":
        return sara(draw(st.sampled_from(RiskLevel)), on=on, assessment_id=assessment_id)
    if kind == "dash":
        return dash(draw(st.integers(0, 24)), on=on, assessment_id=assessment_id)
    return odara(draw(st.integers(0, 13)), on=on, assessment_id=assessment_id)


@given(assessments(), st.lists(incidents(), max_size=2), incidents(), DAYS)
def test_adding_an_incident_never_makes_an_assessment_more_current(assessment, known, new, on):
    case = new_case(
        assessments=(assessment,),
        incidents=tuple(evolve(i, id=f"i-{n}") for n, i in enumerate(known)),
    )
    persons = ("father", "mother")
    before = is_current(case, assessment, on=on, persons=persons)
    after = is_current(
        evolve(case, incidents=(*case.incidents, new)), assessment, on=on, persons=persons
    )
    assert before or not after
    # Nor does it ever lower the risk, or make it known to be below high.
    was, now = risk_of(case, on), risk_of(evolve(case, incidents=(*case.incidents, new)), on)
    assert rank(now.level) >= rank(was.level)
    assert was.known_below_high or not now.known_below_high


@given(assessments(), DAYS, DAYS)
def test_adding_a_breach_never_makes_an_assessment_more_current(assessment, breach_day, on):
    case = new_case(
        assessments=(assessment,), protective_measures=(ban(start="2025-01-01", end="2026-12-31"),)
    )
    persons = ("father", "mother")
    before = is_current(case, assessment, on=on, persons=persons)
    breached = case.with_records(ban(breach_day.isoformat(), start="2025-01-01", end="2026-12-31"))
    assert before or not is_current(breached, assessment, on=on, persons=persons)


def risk_of(case, on):
    return current_risk(case, "father", "mother", on=on)


def rank(level):
    return -1 if level is None else level.rank


def _at_least(draw, level, assessment_id, earliest, on):
    """A complete assessment about the pair, made between ``earliest`` and ``on``, at ``level``
    or higher."""
    day = draw(st.dates(earliest, on)).isoformat()
    wanted = draw(st.sampled_from([lv for lv in L if lv.rank >= rank(level)] or [L.VERY_HIGH]))
    choices = {
        L.LOW: [("dash", 0, 9), ("odara", 0, 1)],
        L.MODERATE: [("dash", 10, 13), ("odara", 2, 3)],
        L.HIGH: [("dash", 14, 24), ("odara", 4, 6)],
        L.VERY_HIGH: [("odara", 7, 13)],
    }[wanted]
    if wanted is not L.VERY_HIGH:
        choices.append(("sara", 0, 0))
    instrument, low, high = draw(st.sampled_from(choices))
    if instrument == "sara":
        judged = {L.LOW: RiskLevel.LOW, L.MODERATE: RiskLevel.MODERATE, L.HIGH: RiskLevel.HIGH}
        return sara(judged[wanted], on=day, assessment_id=assessment_id)
    count = draw(st.integers(low, high))
    if instrument == "dash":
        return dash(count, on=day, assessment_id=assessment_id)
    return odara(count, on=day, assessment_id=assessment_id)


@given(st.lists(assessments(), max_size=4), st.lists(incidents(), max_size=2), DAYS, st.data())
def test_adding_a_higher_assessment_never_lowers_the_current_risk(made, known, on, data):
    case = new_case(
        assessments=tuple(evolve(a, id=f"a-{n}") for n, a in enumerate(made)),
        incidents=tuple(evolve(i, id=f"i-{n}") for n, i in enumerate(known)),
    )
    before = risk_of(case, on)
    earliest = AssessmentCurrency().earliest(on)
    added = _at_least(data.draw, before.level, "a-new", earliest, on)
    after = risk_of(evolve(case, assessments=(*case.assessments, added)), on)
    assert rank(after.level) >= rank(before.level)
    assert after.is_high or not before.is_high
