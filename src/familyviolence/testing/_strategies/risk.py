"""Risk over a case: currency of assessments, current and assessed risks, referral criteria.

The criteria are those for referral to a multi-agency risk conference.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence.conference_criteria import ConferenceCriteria, CriterionMet
from familyviolence.instruments import CommonRiskLevel
from familyviolence.risk import (
    AssessedRisk,
    AssessmentCurrency,
    CurrentRisk,
    NotCurrent,
    current_risk,
)
from familyviolence.safety import ConferenceCriterion
from familyviolence.testing._strategies.cases import cases
from familyviolence.testing._strategies.instruments import instrument_definitions
from familyviolence.testing._strategies.values import BOOLEANS, DAYS, ids


def assessment_currencies() -> st.SearchStrategy[AssessmentCurrency]:
    """Limits on how long an assessment stays current: 1 to 36 calendar months."""
    return st.builds(AssessmentCurrency, months=st.integers(1, 36))


def conference_criteria() -> st.SearchStrategy[ConferenceCriteria]:
    """Configurations of the conference referral criteria."""
    return st.builds(
        ConferenceCriteria,
        call_outs=st.integers(1, 6),
        call_out_months=st.integers(1, 24),
        repeat_months=st.integers(1, 24),
        currency=assessment_currencies(),
        professional_judgement=BOOLEANS,
    )


def criteria_met() -> st.SearchStrategy[CriterionMet]:
    """Criteria met, as :func:`~familyviolence.conference_criteria.conference_criteria_met` has."""
    return st.builds(
        CriterionMet,
        criterion=st.sampled_from(ConferenceCriterion),
        victim=ids("person"),
        since=DAYS,
        reason=st.just("assessment dash-1 (dash) counts 15, at or above the level 'high'"),
        assessment=st.none() | ids("assessment"),
        incidents=st.lists(ids("incident"), max_size=2, unique=True).map(tuple),
        conference=st.none() | ids("marac"),
    )


@st.composite
def current_risks(draw: st.DrawFn) -> CurrentRisk:
    """The current risk between two persons of a generated case, as the case's data give it."""
    case = draw(cases())
    people = [p.id for p in case.family.persons]
    perpetrator, victim = draw(st.permutations(people))[:2] if len(people) > 1 else people * 2
    on = draw(st.dates(dt.date(2015, 1, 1), dt.date(2031, 12, 31)))
    return current_risk(case, perpetrator, victim, on=on, currency=draw(assessment_currencies()))


@st.composite
def assessed_risks(draw: st.DrawFn) -> AssessedRisk:
    """What single assessments say of the risk: a level, and at least as high a ceiling."""
    definition = draw(instrument_definitions())
    level = draw(st.none() | st.sampled_from(CommonRiskLevel))
    higher = [lv for lv in CommonRiskLevel if level is not None and lv.rank >= level.rank]
    return AssessedRisk(
        assessment=draw(ids("assessment")),
        instrument=definition.id,
        subject=draw(ids("person")),
        assessed_on=draw(DAYS),
        target=definition.target,
        level=level,
        highest_possible_level=draw(st.none() | st.sampled_from(higher)) if higher else None,
        valid=draw(BOOLEANS),
        not_current=draw(st.none() | st.sampled_from(NotCurrent)),
    )
