"""Scenarios of the safety rules: contact bans, housing, safety plans and risk conferences.

Karin (``mother``) and Jonas (``father``) are separated; Elias and Saga live with their mother.
"""

import datetime as dt

import pytest

from familyviolence import (
    AgencyKind,
    Answer,
    Assessment,
    CommonRiskLevel,
    DisclosureRequest,
    Household,
    Jurisdiction,
    Period,
    Response,
    RiskLevel,
    current_risk,
    default_catalogue,
    evolve,
)
from familyviolence.collaboration import Agency, DisclosureOutcome, DisclosurePurpose, LegalGround
from familyviolence.conference_criteria import ConferenceCriteria, conference_criteria_met
from familyviolence.instruments import JudgementOverride
from familyviolence.interventions import InterventionKind
from familyviolence.rules.protection import safety_rules
from familyviolence.safety import (
    AccompanyingChild,
    AddressProtectionMeasure,
    ChildNeed,
    ConferenceAction,
    ConferenceCriterion,
    InformationShare,
    PlanRisk,
    PlanStatus,
    ProtectedHousing,
    SafetyPlan,
)
from familyviolence.vocabulary import AddressProtection, DataCategory
from rule_checks import fires, incident, intervention, quiet, through_decision
from safety_scenario import ALARM, POLICE, D, ban, dash, housing, odara, plan, referral, sara
from scenario import new_case

SOCIAL = Agency(
    id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=Jurisdiction.SE
)


def call_out(day, incident_id):
    """An incident the police were called to, recorded the next day."""
    recorded = (D(day) + dt.timedelta(days=1)).isoformat()
    made = incident(day=day, recorded=recorded, incident_id=incident_id, children=())
    return evolve(made, reported_to_police=True)


# -- the seed's housing dilemma -------------------------------------------------------------------


def test_the_father_is_housed_after_a_sara_of_low_imminent_risk_and_the_children_stay_home():
    # A contact ban leaves the father with nowhere to live. The specialist's SARA finds the risk
    # of imminent violence low, so social services house him temporarily and the mother and the
    # children stay at home instead of moving to protected housing.
    case = new_case(
        incidents=(incident(),),
        assessments=(sara(),),
        protective_measures=(ban(), housing()),
    )
    quiet("SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT", case, on=D("2026-04-01"))
    assert case.measure("housing-1").staying_home == ("mother", "elias", "saga")


def test_the_same_housing_decision_without_an_assessment_is_flagged():
    case = new_case(
        incidents=(incident(),), protective_measures=(ban(), housing(risk_assessment=None))
    )
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        case,
        on=D("2026-04-01"),
        path="$.protective_measures[1]",
        persons=("father", "mother", "elias", "saga"),
    )
    assert found.severity.value == "error"


@pytest.mark.parametrize(
    "assessment",
    [
        pytest.param(sara(imminence=RiskLevel.HIGH), id="imminent-risk-high"),
        pytest.param(sara(on="2026-03-25"), id="made-after-the-decision"),
        pytest.param(sara(on="2025-02-01"), id="more-than-a-year-old"),
        pytest.param(evolve(sara(), subject="mother"), id="not-of-the-person-housed"),
        pytest.param(evolve(sara(), answers=()), id="too-many-factors-omitted"),
    ],
)
def test_housing_resting_on_an_assessment_that_does_not_support_it_is_flagged(assessment):
    case = new_case(assessments=(assessment,), protective_measures=(housing(),))
    fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        case,
        on=D("2026-04-01"),
        path="$.protective_measures[0]",
    )


def test_an_odara_in_its_top_category_does_not_support_the_children_staying_home():
    # The police's ODARA of the father scores 13 of 13: 70 % of the men in its construction
    # sample assaulted a partner again. That cannot back leaving the mother and the children
    # at home while he is housed elsewhere; a low ODARA can.
    top = new_case(
        incidents=(incident(),),
        assessments=(odara(13),),
        protective_measures=(ban(), housing(risk_assessment="odara-1", decided_on="2026-03-19")),
    )
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        top,
        on=D("2026-04-01"),
        path="$.protective_measures[1]",
        persons=("father", "mother", "elias", "saga"),
    )
    assert found.text("en").endswith("the risk is, or may be, high.")
    low = evolve(top, assessments=(odara(1),))
    quiet("SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT", low, on=D("2026-04-01"))
    without = top.with_records(housing(risk_assessment=None, decided_on="2026-03-19"))
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        without,
        on=D("2026-04-01"),
        path="$.protective_measures[1]",
    )
    assert found.text("en").endswith("it names no risk assessment.")


def test_a_low_odara_with_items_that_could_reach_the_top_does_not_support_housing():
    # Three present and four unknown (tolerated): the score could still be 7, the top.
    partial = odara(3, unanswered=("10", "11", "12", "13"))
    case = new_case(
        assessments=(partial,),
        protective_measures=(housing(risk_assessment="odara-1", decided_on="2026-03-19"),),
    )
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        case,
        on=D("2026-04-01"),
        path="$.protective_measures[0]",
    )
    assert "may be, high" in found.text("en")


def test_an_assessment_dated_the_day_after_the_housing_decision_is_flagged():
    # Social services decided on 17 March to house the father from the 20th; the SARA it
    # names was made on the 18th, after the decision it was to support.
    after = new_case(
        assessments=(sara(on="2026-03-18"),),
        protective_measures=(housing(decided_on="2026-03-17"),),
    )
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        after,
        on=D("2026-04-01"),
        path="$.protective_measures[0]",
    )
    assert "made after the decision" in found.text("en")
    assert "gjordes efter beslutet" in found.text("sv")
    # Made on the day of the decision, it accompanies it.
    same_day = after.with_records(housing(decided_on="2026-03-18"))
    quiet("SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT", same_day, on=D("2026-04-01"))


def test_the_decision_granting_the_housing_gives_its_day_when_none_is_recorded():
    granted = intervention("housing-decided", InterventionKind.PERPETRATOR_HOUSING, "father")
    decided = through_decision(new_case(), granted, day="2026-03-02", decided="2026-03-17")
    case = evolve(decided, assessments=(sara(on="2026-03-18"),))
    case = case.with_records(housing(intervention="housing-decided"))
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        case,
        on=D("2026-04-01"),
        path="$.protective_measures[0]",
    )
    assert "made after the decision" in found.text("en")
    quiet("SAFETY-PERPETRATOR-HOUSING-DECISION-DAY-UNKNOWN", case, on=D("2026-04-01"))


def test_housing_with_no_decision_day_is_flagged_and_its_first_day_stands_in():
    case = new_case(assessments=(sara(),), protective_measures=(housing(),))
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-DECISION-DAY-UNKNOWN",
        case,
        on=D("2026-04-01"),
        path="$.protective_measures[0]",
        persons=("father",),
    )
    assert "cannot be checked" in found.text("en")
    quiet("SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT", case, on=D("2026-04-01"))
    recorded = case.with_records(housing(decided_on="2026-03-19"))
    quiet("SAFETY-PERPETRATOR-HOUSING-DECISION-DAY-UNKNOWN", recorded, on=D("2026-04-01"))
    # Once the housing has ended there is nothing left to check.
    quiet("SAFETY-PERPETRATOR-HOUSING-DECISION-DAY-UNKNOWN", case, on=D("2026-07-01"))


def test_a_new_incident_after_the_assessment_leaves_the_housing_unsupported():
    # He turns up at the house and hits the mother on 10 April: the March SARA no longer
    # speaks for the children staying at home.
    supported = new_case(
        incidents=(incident(),),
        assessments=(sara(),),
        protective_measures=(housing(decided_on="2026-03-19"),),
    )
    quiet("SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT", supported, on=D("2026-04-12"))
    again = evolve(
        supported,
        incidents=(
            *supported.incidents,
            incident(day="2026-04-10", recorded="2026-04-11", incident_id="incident-2"),
        ),
    )
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        again,
        on=D("2026-04-12"),
        path="$.protective_measures[0]",
    )
    assert "no longer current" in found.text("en")
    # Before the incident was known, the housing was supported.
    quiet("SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT", again, on=D("2026-04-10"))


def test_a_high_dash_of_the_mother_leaves_housing_unsupported_whatever_the_sara_says():
    case = new_case(
        assessments=(sara(), dash(16, on="2026-03-19")),
        protective_measures=(housing(decided_on="2026-03-19"),),
    )
    found = fires(
        "SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        case,
        on=D("2026-04-01"),
        path="$.protective_measures[0]",
    )
    assert "may be, high" in found.text("en")


def test_housing_that_has_not_started_is_not_judged_yet():
    case = new_case(protective_measures=(housing(risk_assessment=None, start="2026-05-01"),))
    quiet("SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT", case, on=D("2026-04-01"))


# -- contact bans ---------------------------------------------------------------------------------


def test_a_breach_opens_a_finding_until_a_new_assessment_is_recorded():
    breached = new_case(
        assessments=(sara(on="2026-03-02"),),
        protective_measures=(ban(breaches=("2026-03-20",)),),
    )
    found = fires(
        "SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT",
        breached,
        on=D("2026-03-20"),
        path="$.protective_measures[0].breaches[0]",
        persons=("mother", "father"),
    )
    assert "2026-03-20" in found.text()
    # Still open a week later: the assessment before the breach does not count.
    fires(
        "SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT",
        breached,
        on=D("2026-03-27"),
        path="$.protective_measures[0].breaches[0]",
    )
    reassessed = evolve(
        breached, assessments=(*breached.assessments, sara(assessment_id="sara-2", on="2026-03-24"))
    )
    # Evaluated before the new assessment was made, the finding is still there; after, gone.
    fires(
        "SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT",
        reassessed,
        on=D("2026-03-23"),
        path="$.protective_measures[0].breaches[0]",
    )
    quiet("SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT", reassessed, on=D("2026-03-27"))


def test_a_new_dash_with_the_victim_also_answers_a_breach():
    case = new_case(
        assessments=(dash(9, on="2026-03-21"),),
        protective_measures=(ban(breaches=("2026-03-20",)),),
    )
    quiet("SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT", case, on=D("2026-03-27"))


def test_a_ban_that_ends_while_the_risk_is_still_high_is_flagged():
    case = new_case(assessments=(dash(15, on="2026-04-10"),), protective_measures=(ban(),))
    fires(
        "SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK",
        case,
        on=D("2026-05-02"),
        path="$.protective_measures[0]",
        persons=("mother", "father"),
    )
    # Not before it has ended, and not once a new ban is in force.
    quiet("SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK", case, on=D("2026-04-30"))
    renewed = case.with_records(ban(ban_id="ban-2", start="2026-05-01", end="2026-07-31"))
    quiet("SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK", renewed, on=D("2026-05-02"))


def test_a_ban_that_ends_after_a_lower_new_assessment_is_not_flagged():
    case = new_case(
        assessments=(dash(15, on="2026-03-02"), dash(6, assessment_id="dash-2", on="2026-04-20")),
        protective_measures=(ban(),),
    )
    quiet("SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK", case, on=D("2026-05-02"))


def test_a_high_sara_of_the_father_followed_by_a_low_dash_of_the_mother_keeps_the_pair_high():
    # The specialist's SARA of the father finds the risk of serious physical harm high. A month
    # later the police go through the DASH with the mother: 6 yes. The DASH does not lower what
    # the SARA found; the ban ends on 30 April with the risk still high.
    case = new_case(
        assessments=(
            sara(serious_harm=RiskLevel.HIGH),
            dash(6, assessment_id="dash-2", on="2026-04-20"),
        ),
        protective_measures=(ban(),),
    )
    risk = current_risk(case, "father", "mother", on=D("2026-05-02"))
    assert risk.level is CommonRiskLevel.HIGH
    assert risk.highest.assessment == "sara-1"
    assert risk.level_of(perpetrator_side=False) is CommonRiskLevel.LOW
    found = fires(
        "SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK",
        case,
        on=D("2026-05-02"),
        path="$.protective_measures[0]",
    )
    assert "assessment sara-1" in found.text()


def test_a_ban_that_ended_long_ago_raises_nothing_today():
    case = new_case(assessments=(dash(15, on="2026-04-10"),), protective_measures=(ban(),))
    fires(
        "SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK",
        case,
        on=D("2026-05-02"),
        path="$.protective_measures[0]",
    )
    # Two years on, the high DASH is long out of date and the ban's end is history.
    quiet("SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK", case, on=D("2028-05-02"))
    # Twelve calendar months after the DASH it still counts, the day after it no longer does.
    fires(
        "SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK",
        case,
        on=D("2027-04-10"),
        path="$.protective_measures[0]",
    )
    quiet("SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK", case, on=D("2027-04-11"))


def test_a_new_incident_after_a_high_assessment_keeps_the_risk_high():
    # An incident after the DASH makes it out of date for showing the risk is low, never for
    # showing it is high: what happened since can only have raised it.
    case = new_case(
        incidents=(incident(day="2026-04-20", recorded="2026-04-21"),),
        assessments=(dash(15, on="2026-04-10"),),
        protective_measures=(ban(),),
    )
    fires(
        "SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK",
        case,
        on=D("2026-05-02"),
        path="$.protective_measures[0]",
    )


def test_an_unassessed_breach_of_a_ban_that_ended_long_ago_raises_nothing_today():
    breached = new_case(protective_measures=(ban(breaches=("2026-03-20",)),))
    fires(
        "SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT",
        breached,
        on=D("2026-06-01"),
        path="$.protective_measures[0].breaches[0]",
    )
    quiet("SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT", breached, on=D("2027-03-21"))
    # While a new ban protects the mother from him, the breach stays open.
    renewed = breached.with_records(ban(ban_id="ban-2", start="2027-01-01", end="2027-12-31"))
    fires(
        "SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT",
        renewed,
        on=D("2027-04-01"),
        path="$.protective_measures[0].breaches[0]",
    )


# -- protected housing ----------------------------------------------------------------------------


def shelter(*children):
    return ProtectedHousing(
        id="shelter-1",
        person="mother",
        period=Period(start=D("2026-03-03")),
        children=children,
    )


def test_children_moved_to_protected_housing_without_their_own_needs_are_flagged():
    case = new_case(
        protective_measures=(
            shelter(
                AccompanyingChild(child="elias", needs=(ChildNeed.SCHOOLING,)),
                AccompanyingChild(child="saga"),
            ),
        )
    )
    found = fires(
        "SAFETY-PROTECTED-HOUSING-CHILD-NEEDS-MISSING",
        case,
        on=D("2026-03-04"),
        path="$.protective_measures[0].children[1]",
        persons=("saga", "mother"),
    )
    assert "saga" in found.text("sv")


def test_a_stay_that_has_ended_long_ago_raises_nothing_about_the_childrens_needs():
    ended = evolve(
        shelter(AccompanyingChild(child="saga")),
        period=Period(start=D("2026-03-03"), end=D("2026-05-31")),
    )
    case = new_case(protective_measures=(ended,))
    fires(
        "SAFETY-PROTECTED-HOUSING-CHILD-NEEDS-MISSING",
        case,
        on=D("2026-05-31"),
        path="$.protective_measures[0].children[0]",
    )
    quiet("SAFETY-PROTECTED-HOUSING-CHILD-NEEDS-MISSING", case, on=D("2027-06-01"))


def test_children_whose_needs_are_recorded_in_words_only_are_not_flagged():
    case = new_case(
        protective_measures=(
            shelter(AccompanyingChild(child="saga", needs_note="Behöver förskoleplats nära.")),
        )
    )
    quiet("SAFETY-PROTECTED-HOUSING-CHILD-NEEDS-MISSING", case, on=D("2026-03-04"))


# -- address protection ---------------------------------------------------------------------------


def protection(granted="2026-03-10"):
    return AddressProtectionMeasure(
        id="protection-1",
        person="mother",
        level=AddressProtection.PROTECTED_REGISTRATION,
        applied_on=D("2026-03-04"),
        granted_on=None if granted is None else D(granted),
    )


def test_a_granted_address_protection_missing_from_the_persons_record_is_an_error():
    case = new_case(protective_measures=(protection(),))
    found = fires(
        "SAFETY-ADDRESS-PROTECTION-NOT-ON-PERSON",
        case,
        on=D("2026-03-11"),
        path="$.protective_measures[0]",
        persons=("mother",),
    )
    assert found.severity.value == "error"
    # Pending, it is not yet missing.
    quiet("SAFETY-ADDRESS-PROTECTION-NOT-ON-PERSON", case, on=D("2026-03-09"))


def test_a_granted_address_protection_on_the_persons_record_is_quiet():
    case = new_case(protective_measures=(protection(),))
    mother = evolve(
        case.family.person("mother"), address_protection=AddressProtection.PROTECTED_REGISTRATION
    )
    persons = tuple(mother if p.id == "mother" else p for p in case.family.persons)
    protected = evolve(case, family=evolve(case.family, persons=persons))
    quiet("SAFETY-ADDRESS-PROTECTION-NOT-ON-PERSON", protected, on=D("2026-03-11"))


# -- safety plans ---------------------------------------------------------------------------------


def test_a_plan_with_a_high_risk_assessment_but_no_action_for_the_risk_is_incomplete():
    case = new_case(assessments=(dash(15),), safety_plans=(plan(),))
    found = fires(
        "SAFETY-PLAN-INCOMPLETE",
        case,
        on=D("2026-03-05"),
        path="$.safety_plans[0].risks[0]",
        persons=("mother",),
    )
    assert "risk-1" in found.text()


def test_an_action_without_an_agency_or_a_due_date_leaves_the_plan_incomplete():
    vague = evolve(ALARM, agency=None, due_on=None)
    case = new_case(assessments=(dash(15),), safety_plans=(plan(vague),))
    fires(
        "SAFETY-PLAN-INCOMPLETE",
        case,
        on=D("2026-03-05"),
        path="$.safety_plans[0].actions[0].agency",
    )
    fires(
        "SAFETY-PLAN-INCOMPLETE",
        case,
        on=D("2026-03-05"),
        path="$.safety_plans[0].actions[0].due_on",
    )


def test_a_complete_plan_and_a_plan_without_high_risk_are_quiet():
    quiet(
        "SAFETY-PLAN-INCOMPLETE",
        new_case(assessments=(dash(15),), safety_plans=(plan(ALARM),)),
        on=D("2026-03-05"),
    )
    quiet(
        "SAFETY-PLAN-INCOMPLETE",
        new_case(assessments=(dash(8),), safety_plans=(plan(),)),
        on=D("2026-03-05"),
    )


def test_a_plan_risk_named_by_an_odara_in_its_top_category_is_high():
    risk = PlanRisk(id="risk-1", assessment="odara-1")
    made = SafetyPlan(id="plan-1", person="mother", made_on=D("2026-03-19"), risks=(risk,))
    case = new_case(assessments=(odara(13),), safety_plans=(made,))
    fires(
        "SAFETY-PLAN-INCOMPLETE",
        case,
        on=D("2026-03-20"),
        path="$.safety_plans[0].risks[0]",
        persons=("mother",),
    )
    quiet(
        "SAFETY-PLAN-INCOMPLETE",
        new_case(assessments=(odara(2),), safety_plans=(made,)),
        on=D("2026-03-20"),
    )
    # A year and more on, the ODARA no longer says how high the risk is today.
    quiet("SAFETY-PLAN-INCOMPLETE", case, on=D("2027-03-19"))


def test_a_plan_past_its_review_date_is_flagged_until_it_is_given_a_new_one():
    case = new_case(assessments=(dash(15),), safety_plans=(plan(ALARM),))
    fires("SAFETY-PLAN-REVIEW-OVERDUE", case, on=D("2026-04-16"), path="$.safety_plans[0]")
    quiet("SAFETY-PLAN-REVIEW-OVERDUE", case, on=D("2026-04-15"))
    reviewed = case.with_records(evolve(case.safety_plans[0], review_on=D("2026-06-15")))
    quiet("SAFETY-PLAN-REVIEW-OVERDUE", reviewed, on=D("2026-04-16"))
    closed = case.with_records(evolve(case.safety_plans[0], status=PlanStatus.CLOSED))
    quiet("SAFETY-PLAN-REVIEW-OVERDUE", closed, on=D("2026-04-16"))


# -- multi-agency risk conferences --------------------------------------------------------------


def test_a_dash_of_15_yes_meets_the_threshold_criterion():
    case = new_case(assessments=(dash(15),))
    (met,) = conference_criteria_met(case, on=D("2026-03-03"))
    assert (met.criterion, met.victim, met.since) == (
        ConferenceCriterion.THRESHOLD,
        "mother",
        D("2026-03-02"),
    )
    assert met.assessment == "dash-1"
    assert "15" in met.reason
    assert conference_criteria_met(new_case(assessments=(dash(13),)), on=D("2026-03-03")) == ()


def test_a_met_criterion_without_a_referral_is_flagged_until_the_victim_is_referred():
    case = new_case(assessments=(dash(15),))
    found = fires(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case,
        on=D("2026-03-03"),
        path="$.assessments[0]",
        persons=("mother",),
    )
    assert "mother" in found.text()
    quiet(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case.with_records(referral(on="2026-03-05")),
        on=D("2026-03-06"),
    )


def test_a_raised_dash_and_a_high_sara_are_professional_judgement():
    raised = evolve(dash(9), override=JudgementOverride(band="high", reason="Hot om att döda."))
    case = new_case(incidents=(incident(),), assessments=(raised,))
    assert [m.criterion for m in conference_criteria_met(case, on=D("2026-03-03"))] == [
        ConferenceCriterion.PROFESSIONAL_JUDGEMENT
    ]
    # A SARA of the father speaks of his victims: the mother he hit, and Elias who heard it.
    high = new_case(incidents=(incident(),), assessments=(sara(case_priority=RiskLevel.HIGH),))
    found = conference_criteria_met(high, on=D("2026-03-20"))
    assert [(m.criterion, m.victim) for m in found] == [
        (ConferenceCriterion.PROFESSIONAL_JUDGEMENT, "elias"),
        (ConferenceCriterion.PROFESSIONAL_JUDGEMENT, "mother"),
    ]
    judged = conference_criteria_met(
        high, on=D("2026-03-20"), criteria=ConferenceCriteria(professional_judgement=False)
    )
    assert judged == ()


def test_a_dash_at_the_threshold_with_questions_unanswered_still_refers():
    # The mother said yes to 14 questions before she had to leave; ten were never asked.
    # More answers could only raise the count: she is at high risk and is referred.
    partial = Assessment(
        id="dash-1",
        instrument="dash",
        version="2009",
        subject="mother",
        assessor="police-4711",
        assessed_on=D("2026-03-02"),
        answers=tuple(Answer(item=str(n), value=Response.YES) for n in range(1, 15)),
    )
    result = default_catalogue().result(partial)
    assert not result.valid
    assert (result.score, result.band.id, result.refers_to_conference) == (14, "high", True)
    case = new_case(assessments=(partial,))
    (met,) = conference_criteria_met(case, on=D("2026-03-03"))
    assert (met.criterion, met.victim) == (ConferenceCriterion.THRESHOLD, "mother")
    assert "at least 14" in met.reason
    fires(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case,
        on=D("2026-03-03"),
        path="$.assessments[0]",
        persons=("mother",),
    )
    # With 13 yes and the rest unanswered the count could still reach 14, but does not yet.
    short = evolve(partial, answers=partial.answers[:13])
    assert conference_criteria_met(new_case(assessments=(short,)), on=D("2026-03-03")) == ()


def test_a_high_sara_with_no_incident_recorded_still_meets_a_criterion_for_his_former_partner():
    case = new_case(assessments=(sara(case_priority=RiskLevel.HIGH),))
    found = conference_criteria_met(case, on=D("2026-03-20"))
    assert [(m.criterion, m.victim) for m in found] == [
        (ConferenceCriterion.PROFESSIONAL_JUDGEMENT, "mother")
    ]
    fires(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case,
        on=D("2026-03-20"),
        path="$.assessments[0]",
        persons=("mother",),
    )


def _living_with_the_mother(case):
    home = Household(id="home", members=("mother", "elias", "saga"))
    return evolve(case, family=evolve(case.family, households=(home,)))


def test_the_children_living_with_the_mother_are_at_risk_and_her_referral_covers_them():
    case = _living_with_the_mother(new_case(assessments=(dash(15),)))
    found = conference_criteria_met(case, on=D("2026-03-03"))
    assert [(m.criterion.value, m.victim) for m in found] == [
        ("threshold", "elias"),
        ("threshold", "mother"),
        ("threshold", "saga"),
    ]
    fires(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case,
        on=D("2026-03-03"),
        path="$.assessments[0]",
        persons=("saga",),
    )
    referred = case.with_records(referral(on="2026-03-04"))
    quiet("SAFETY-CONFERENCE-CRITERION-NOT-REFERRED", referred, on=D("2026-03-05"))


def test_an_odara_in_its_top_category_is_a_score_at_a_high_level():
    case = new_case(incidents=(incident(),), assessments=(odara(13),))
    found = conference_criteria_met(case, on=D("2026-03-20"))
    assert [(m.criterion, m.victim) for m in found] == [
        (ConferenceCriterion.SCORED_HIGH, "elias"),
        (ConferenceCriterion.SCORED_HIGH, "mother"),
    ]
    assert "category_7" in found[0].reason
    # A low ODARA meets nothing.
    low = new_case(incidents=(incident(),), assessments=(odara(2),))
    assert conference_criteria_met(low, on=D("2026-03-20")) == ()


def test_three_police_call_outs_in_a_year_are_potential_escalation():
    incidents = (
        call_out("2025-06-01", "incident-1"),
        call_out("2025-11-20", "incident-2"),
        call_out("2026-02-27", "incident-3"),
    )
    case = new_case(incidents=incidents)
    (met,) = conference_criteria_met(case, on=D("2026-03-02"))
    assert met.criterion is ConferenceCriterion.POTENTIAL_ESCALATION
    assert (met.since, met.incidents) == (
        D("2026-02-27"),
        ("incident-1", "incident-2", "incident-3"),
    )
    fires(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case,
        on=D("2026-03-02"),
        path="$.incidents[2]",
        persons=("mother",),
    )
    # A year later the first call-out no longer counts; a stricter setting still sees two.
    assert conference_criteria_met(case, on=D("2026-06-15")) == ()
    strict = ConferenceCriteria(call_outs=2)
    assert conference_criteria_met(case, on=D("2026-06-15"), criteria=strict)
    fires(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case,
        on=D("2026-06-15"),
        path="$.incidents[2]",
        rules=safety_rules(strict),
    )


def test_a_second_incident_within_12_months_of_a_referral_is_a_repeat_and_after_13_is_not():
    referred = new_case(incidents=(incident(),), conferences=(referral(on="2026-03-05"),))
    within = evolve(
        referred,
        incidents=(*referred.incidents, call_out("2027-01-15", "incident-2")),
    )
    (met,) = conference_criteria_met(within, on=D("2027-01-20"))
    assert (met.criterion, met.conference, met.incidents) == (
        ConferenceCriterion.REPEAT,
        "marac-1",
        ("incident-2",),
    )
    after = evolve(
        referred,
        incidents=(
            *referred.incidents,
            incident(day="2027-04-05", recorded="2027-04-06", incident_id="incident-2"),
        ),
    )
    assert conference_criteria_met(after, on=D("2027-04-10")) == ()


def test_a_repeat_referral_must_be_flagged():
    earlier = referral(on="2026-03-05")
    case = new_case(
        incidents=(
            incident(),
            incident(day="2026-09-01", recorded="2026-09-02", incident_id="incident-2"),
        ),
        conferences=(earlier,),
    )
    fires(
        "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        case,
        on=D("2026-09-03"),
        path="$.incidents[1]",
        persons=("mother",),
    )
    unflagged = case.with_records(referral(conference_id="marac-2", on="2026-09-04"))
    found = fires(
        "SAFETY-CONFERENCE-REPEAT-NOT-FLAGGED",
        unflagged,
        on=D("2026-09-04"),
        path="$.conferences[1]",
        persons=("mother",),
    )
    assert "marac-1" in found.text()
    quiet("SAFETY-CONFERENCE-CRITERION-NOT-REFERRED", unflagged, on=D("2026-09-05"))
    flagged = case.with_records(referral(conference_id="marac-2", on="2026-09-04", repeat=True))
    quiet("SAFETY-CONFERENCE-REPEAT-NOT-FLAGGED", flagged, on=D("2026-09-04"))


def test_conference_actions_past_their_due_date_are_flagged():
    action = ConferenceAction(
        id="action-1",
        description="Polisen gör en hotbedömning.",
        agency=POLICE,
        due_on=D("2026-03-20"),
    )
    held = referral(held_on=D("2026-03-12"), agencies_present=(POLICE, SOCIAL), actions=(action,))
    case = new_case(conferences=(held,))
    found = fires(
        "SAFETY-CONFERENCE-ACTION-OVERDUE",
        case,
        on=D("2026-03-21"),
        path="$.conferences[0].actions[0]",
        persons=("mother",),
    )
    assert "police-syd" in found.text()
    quiet("SAFETY-CONFERENCE-ACTION-OVERDUE", case, on=D("2026-03-20"))
    done = evolve(held, actions=(evolve(action, done_on=D("2026-03-19")),))
    quiet("SAFETY-CONFERENCE-ACTION-OVERDUE", case.with_records(done), on=D("2026-03-21"))


def _disclosure(outcome=None):
    return DisclosureRequest(
        id="d-1",
        from_agency=POLICE,
        to_agency=SOCIAL,
        person="mother",
        categories=(DataCategory.CONTACT_DETAILS,),
        purpose=DisclosurePurpose.RISK_ASSESSMENT,
        requested_on=D("2026-03-10"),
        outcome=outcome,
    )


def test_information_shared_at_a_conference_needs_a_decision_to_disclose_by_that_day():
    shared = referral(held_on=D("2026-03-12"), shared=(InformationShare(disclosure="d-1"),))
    undecided = new_case(disclosures=(_disclosure(),), conferences=(shared,))
    found = fires(
        "SAFETY-CONFERENCE-SHARED-WITHOUT-DISCLOSURE",
        undecided,
        on=D("2026-03-12"),
        path="$.conferences[0].shared[0]",
        persons=("mother",),
    )
    assert found.severity.value == "error"
    granted = DisclosureOutcome(
        decided_on=D("2026-03-11"),
        disclosed=True,
        categories=(DataCategory.CONTACT_DETAILS,),
        grounds=(LegalGround.CONSENT,),
    )
    decided = new_case(disclosures=(_disclosure(granted),), conferences=(shared,))
    quiet("SAFETY-CONFERENCE-SHARED-WITHOUT-DISCLOSURE", decided, on=D("2026-03-12"))
    late = new_case(
        disclosures=(_disclosure(evolve(granted, decided_on=D("2026-03-13"))),),
        conferences=(shared,),
    )
    fires(
        "SAFETY-CONFERENCE-SHARED-WITHOUT-DISCLOSURE",
        late,
        on=D("2026-03-14"),
        path="$.conferences[0].shared[0]",
    )
