"""The practice rules, scenario by scenario: each where it fires and where it does not."""

import datetime as dt

from familyviolence import AgencyKind, Assessment, Jurisdiction, Period, evaluate, evolve
from familyviolence.collaboration import (
    Agency,
    AssessmentTalk,
    ClinicPathway,
    Commission,
    PartnerContact,
    PathwayEnded,
    PathwayEndReason,
    Sector,
    TreatmentCompleted,
    TreatmentDropOut,
    TreatmentReengagement,
    TreatmentRelapse,
    TreatmentStarted,
)
from familyviolence.events import (
    CaseClosed,
    ClosureReason,
    FollowUpDone,
    HelpRequested,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationOpened,
    ReengagementPlanned,
    RelapseRecorded,
)
from familyviolence.events import DecisionMade as Decision
from familyviolence.interventions import InterventionKind
from familyviolence.risk import AssessmentCurrency
from familyviolence.rules import RuleContext
from familyviolence.rules.practice import practice_rules
from familyviolence.safety import ContactBan, ContactBanBreach, ContactBanKind, DecidingAuthority
from rule_checks import fires, incident, intervention, qualified, quiet, sara, through_decision
from scenario import SOCIAL_WORKER, at, new_case

SW = SOCIAL_WORKER
IK = InterventionKind


def day(text):
    return dt.date.fromisoformat(text)


# -- assessments ---------------------------------------------------------------------------


def test_an_assessment_with_an_instrument_the_catalogue_lacks_is_flagged():
    own = Assessment(
        id="acme-1",
        instrument="acme_risk",
        version="1",
        subject="father",
        assessor="specialist-2",
        assessed_on=day("2026-03-20"),
    )
    found = fires(
        "PRACTICE-ASSESSMENT-INSTRUMENT-UNKNOWN",
        new_case(assessments=(sara(), own)),
        on=day("2026-03-20"),
        path="$.assessments[1]",
        persons=("father",),
    )
    assert found.text("en") == (
        "Assessment acme-1 uses acme_risk version 1, which the instrument catalogue does not hold."
    )


def test_an_assessment_with_a_shipped_instrument_is_known():
    quiet(
        "PRACTICE-ASSESSMENT-INSTRUMENT-UNKNOWN",
        new_case(assessments=(sara(),)),
        on=day("2026-03-20"),
    )


def test_without_a_catalogue_the_assessment_rules_do_not_run():
    findings = evaluate(
        new_case(assessments=(sara(),)), on=day("2026-03-20"), context=RuleContext(catalogue=None)
    )
    assert "PRACTICE-ASSESSMENT-INSTRUMENT-UNKNOWN" in findings.skipped
    assert "PRACTICE-ASSESSOR-NOT-QUALIFIED" in findings.skipped


def test_a_sara_without_its_required_summary_judgements_does_not_fit():
    fires(
        "PRACTICE-ASSESSMENT-DOES-NOT-FIT",
        new_case(assessments=(sara(judged=False),)),
        on=day("2026-03-20"),
        path="$.assessments[0].judgements",
        persons=("father",),
    )


def test_a_complete_sara_fits():
    quiet("PRACTICE-ASSESSMENT-DOES-NOT-FIT", new_case(assessments=(sara(),)), on=day("2026-03-20"))


def test_a_sara_with_no_items_rated_cannot_be_used():
    fires(
        "PRACTICE-ASSESSMENT-RESULT-INVALID",
        new_case(assessments=(sara(answered=False),)),
        on=day("2026-03-20"),
        path="$.assessments[0]",
    )


def test_a_sara_with_every_item_rated_can_be_used():
    quiet(
        "PRACTICE-ASSESSMENT-RESULT-INVALID", new_case(assessments=(sara(),)), on=day("2026-03-20")
    )


def test_a_sara_by_a_caseworker_not_trained_for_it_is_flagged():
    case = new_case(assessments=(sara(assessor="staff-17"),))
    found = fires(
        "PRACTICE-ASSESSOR-NOT-QUALIFIED",
        case,
        on=day("2026-03-20"),
        path="$.assessments[0]",
        persons=("father",),
        context=qualified("sara"),
    )
    assert "staff-17" in found.text("sv")


def test_a_sara_by_a_specialist_qualified_for_it_is_fine():
    quiet(
        "PRACTICE-ASSESSOR-NOT-QUALIFIED",
        new_case(assessments=(sara(),)),
        on=day("2026-03-20"),
        context=qualified("sara"),
    )


def test_screening_questions_need_no_qualification():
    screening = Assessment(
        id="freda-1",
        instrument="freda_short_questions",
        version="2014",
        subject="mother",
        assessor="staff-17",
        assessed_on=day("2026-03-03"),
    )
    quiet(
        "PRACTICE-ASSESSOR-NOT-QUALIFIED",
        new_case(assessments=(screening,)),
        on=day("2026-03-20"),
        context=qualified("sara"),
    )


def test_an_assessment_made_after_the_day_evaluated_is_not_known_yet():
    case = new_case(assessments=(sara(assessor="staff-17", on=day("2026-03-20")),))
    quiet("PRACTICE-ASSESSOR-NOT-QUALIFIED", case, on=day("2026-03-19"), context=qualified("sara"))


# -- requests for help --------------------------------------------------------------------------


def asked_for_help():
    return new_case(subjects=("mother",)).record(
        HelpRequested(at=at("2026-03-02"), actor=SW, person_id="mother")
    )


def test_a_request_for_help_closed_without_a_decision_is_flagged():
    case = asked_for_help().record(
        CaseClosed(at=at("2026-03-10"), actor=SW, reason=ClosureReason.OTHER)
    )
    found = fires(
        "PRACTICE-HELP-REQUEST-CLOSED-WITHOUT-DECISION",
        case,
        on=day("2026-03-10"),
        path="$.history[1]",
        persons=("mother",),
    )
    assert "2026-03-02" in found.text("nb")


def test_a_withdrawn_request_needs_no_decision():
    case = asked_for_help().record(
        CaseClosed(at=at("2026-03-10"), actor=SW, reason=ClosureReason.REQUEST_WITHDRAWN)
    )
    quiet("PRACTICE-HELP-REQUEST-CLOSED-WITHOUT-DECISION", case, on=day("2026-03-10"))


def test_a_request_decided_on_before_closing_is_fine():
    case = asked_for_help().record(
        InvestigationOpened(at=at("2026-03-03"), actor=SW),
        InvestigationConcluded(at=at("2026-04-01"), actor=SW),
        Decision(
            at=at("2026-04-02"),
            actor=SW,
            refused=(intervention("housing", IK.PROTECTED_HOUSING, "mother"),),
            motivation="Behovet tillgodoses på annat sätt.",
        ),
        CaseClosed(at=at("2026-04-03"), actor=SW, reason=ClosureReason.NO_INTERVENTION),
    )
    quiet("PRACTICE-HELP-REQUEST-CLOSED-WITHOUT-DECISION", case, on=day("2026-04-03"))


# -- family-systems perspective --------------------------------------------------------------


def test_the_mother_is_not_reached_when_only_the_father_gets_help():
    case = through_decision(new_case(), intervention("cd", IK.CARING_DADS, "father"))
    found = fires(
        "PRACTICE-FAMILY-CONTACT-NOT-OFFERED",
        case,
        on=day("2026-05-04"),
        path="$.history[5]",
        persons=("father", "mother"),
    )
    assert "cd" in found.text("en")


def test_both_parents_with_interventions_of_their_own_are_reached():
    case = through_decision(
        new_case(),
        intervention("cd", IK.CARING_DADS, "father"),
        intervention("support", IK.VICTIM_SUPPORT, "mother"),
    )
    quiet("PRACTICE-FAMILY-CONTACT-NOT-OFFERED", case, on=day("2026-05-04"))


def test_a_parent_who_asked_for_help_is_reached():
    case = through_decision(new_case(), intervention("cd", IK.CARING_DADS, "father")).record(
        HelpRequested(at=at("2026-05-05"), actor=SW, person_id="mother")
    )
    quiet("PRACTICE-FAMILY-CONTACT-NOT-OFFERED", case, on=day("2026-05-05"))


def test_a_custodial_father_who_used_violence_needs_the_childrens_needs_as_motivation():
    case = through_decision(
        new_case(incidents=(incident(),)),
        intervention("cd", IK.CARING_DADS, "father"),
        child_needs=("elias",),
    )
    fires(
        "PRACTICE-CHILD-NEEDS-NOT-MOTIVATION",
        case,
        on=day("2026-05-04"),
        path="$.history[5]",
        persons=("father", "saga"),
    )
    findings = evaluate(case, on=day("2026-05-04")).of_rule("PRACTICE-CHILD-NEEDS-NOT-MOTIVATION")
    assert [f.persons for f in findings] == [("father", "saga")]


def test_a_decision_motivated_by_both_childrens_needs_is_fine():
    case = through_decision(
        new_case(incidents=(incident(),)),
        intervention("cd", IK.CARING_DADS, "father"),
        child_needs=("elias", "saga"),
    )
    quiet("PRACTICE-CHILD-NEEDS-NOT-MOTIVATION", case, on=day("2026-05-04"))


def test_support_for_the_mother_who_was_hit_needs_no_such_motivation():
    case = through_decision(
        new_case(incidents=(incident(),)), intervention("support", IK.VICTIM_SUPPORT, "mother")
    )
    quiet("PRACTICE-CHILD-NEEDS-NOT-MOTIVATION", case, on=day("2026-05-04"))


# -- drop-out, relapse, re-engagement ---------------------------------------------------------


def caring_dads_started():
    """Caring Dads granted on 4 May, started 11 May (index 6)."""
    return through_decision(new_case(), intervention("cd", IK.CARING_DADS, "father")).record(
        InterventionStarted(at=at("2026-05-11"), actor=SW, intervention_id="cd")
    )


def dropped_out():
    """... and dropped out on 8 June (index 7)."""
    return caring_dads_started().record(
        InterventionInterrupted(at=at("2026-06-08"), actor=SW, intervention_id="cd")
    )


def plan(follow_up_on="2026-06-22"):
    return ReengagementPlanned(
        at=at("2026-06-10"), actor=SW, intervention_id="cd", follow_up_on=day(follow_up_on)
    )


def test_a_father_who_drops_out_of_caring_dads_needs_a_re_engagement_step():
    fires(
        "PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT",
        dropped_out(),
        on=day("2026-06-08"),
        path="$.history[7]",
        persons=("father",),
    )


def test_a_re_engagement_plan_answers_the_drop_out():
    quiet(
        "PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT", dropped_out().record(plan()), on=day("2026-06-10")
    )


def test_a_relapse_during_treatment_needs_a_re_engagement_step_too():
    case = caring_dads_started().record(
        RelapseRecorded(at=at("2026-06-01"), actor=SW, person_id="father")
    )
    fires("PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT", case, on=day("2026-06-01"), path="$.history[7]")


def test_a_drop_out_from_victim_support_is_not_a_perpetrator_drop_out():
    case = through_decision(new_case(), intervention("s", IK.VICTIM_SUPPORT, "mother")).record(
        InterventionStarted(at=at("2026-05-11"), actor=SW, intervention_id="s"),
        InterventionInterrupted(at=at("2026-06-08"), actor=SW, intervention_id="s"),
    )
    quiet("PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT", case, on=day("2026-06-08"))


def test_a_re_engagement_not_followed_up_on_its_date_is_overdue():
    case = dropped_out().record(plan("2026-06-22"))
    quiet("PRACTICE-REENGAGEMENT-FOLLOW-UP-OVERDUE", case, on=day("2026-06-22"))
    found = fires(
        "PRACTICE-REENGAGEMENT-FOLLOW-UP-OVERDUE",
        case,
        on=day("2026-06-23"),
        path="$.history[8]",
        persons=("father",),
    )
    assert "2026-06-22" in found.text("en")


def test_a_follow_up_after_the_plan_settles_it():
    case = dropped_out().record(
        plan("2026-06-22"), FollowUpDone(at=at("2026-06-22"), actor=SW, intervention_id="cd")
    )
    quiet("PRACTICE-REENGAGEMENT-FOLLOW-UP-OVERDUE", case, on=day("2026-07-01"))


# -- drop-out and re-engagement in the clinic's own pathway ----------------------------------

CLINIC = Agency(
    id="mvu-malmo",
    kind=AgencyKind.PERPETRATOR_CLINIC,
    jurisdiction=Jurisdiction.SE,
    sector=Sector.NON_PROFIT,
)
GROUP = IK.PERPETRATOR_GROUP_TREATMENT


def clinic_pathway(*steps, commission=None):
    """The father at the clinic: a first talk, partner contact, group treatment from 4 May."""
    return ClinicPathway(
        id="pathway-1",
        person="father",
        clinic=CLINIC,
        commission=commission,
        steps=(
            AssessmentTalk(on=day("2026-04-02"), in_target_group=True),
            PartnerContact(on=day("2026-04-09"), partner="mother", established=True),
            TreatmentStarted(on=day("2026-05-04"), treatment=GROUP),
            *steps,
        ),
    )


def test_a_drop_out_recorded_only_by_the_clinic_needs_a_re_engagement_step():
    # The clinic notes that he stopped coming on 3 June; social services' history has nothing.
    case = new_case(pathways=(clinic_pathway(TreatmentDropOut(on=day("2026-06-03"))),))
    found = fires(
        "PRACTICE-CLINIC-DROPOUT-WITHOUT-REENGAGEMENT",
        case,
        on=day("2026-06-05"),
        path="$.pathways[0].steps[3]",
        persons=("father",),
    )
    assert "2026-06-03" in found.text("en")
    assert "pathway-1" in found.text("sv")
    quiet("PRACTICE-CLINIC-DROPOUT-WITHOUT-REENGAGEMENT", case, on=day("2026-06-02"))


def test_a_clinic_re_engagement_plan_or_the_end_of_the_pathway_answers_the_drop_out():
    drop = TreatmentDropOut(on=day("2026-06-03"))
    planned = TreatmentReengagement(on=day("2026-06-05"), follow_up_on=day("2026-06-19"))
    case = new_case(pathways=(clinic_pathway(drop, planned),))
    quiet("PRACTICE-CLINIC-DROPOUT-WITHOUT-REENGAGEMENT", case, on=day("2026-06-10"))
    ended = PathwayEnded(on=day("2026-06-20"), reason=PathwayEndReason.NOT_REENGAGED)
    gave_up = new_case(pathways=(clinic_pathway(drop, ended),))
    quiet("PRACTICE-CLINIC-DROPOUT-WITHOUT-REENGAGEMENT", gave_up, on=day("2026-06-21"))


def test_a_relapse_the_clinic_records_after_treatment_needs_re_engagement_too():
    completed = TreatmentCompleted(on=day("2026-08-28"))
    relapse = TreatmentRelapse(on=day("2026-10-02"))
    case = new_case(pathways=(clinic_pathway(completed, relapse),))
    fires(
        "PRACTICE-CLINIC-DROPOUT-WITHOUT-REENGAGEMENT",
        case,
        on=day("2026-10-05"),
        path="$.pathways[0].steps[4]",
    )


def test_a_clinic_re_engagement_past_its_follow_up_day_is_overdue():
    drop = TreatmentDropOut(on=day("2026-06-03"))
    planned = TreatmentReengagement(on=day("2026-06-05"), follow_up_on=day("2026-06-19"))
    case = new_case(pathways=(clinic_pathway(drop, planned),))
    quiet("PRACTICE-CLINIC-REENGAGEMENT-FOLLOW-UP-OVERDUE", case, on=day("2026-06-19"))
    found = fires(
        "PRACTICE-CLINIC-REENGAGEMENT-FOLLOW-UP-OVERDUE",
        case,
        on=day("2026-06-20"),
        path="$.pathways[0].steps[4]",
        persons=("father",),
    )
    assert "2026-06-19" in found.text("en")
    # A partner contact is no follow-up of the father; treatment started again is.
    talked = new_case(
        pathways=(
            clinic_pathway(
                drop,
                planned,
                PartnerContact(on=day("2026-06-22"), partner="mother", established=True),
            ),
        )
    )
    fires(
        "PRACTICE-CLINIC-REENGAGEMENT-FOLLOW-UP-OVERDUE",
        talked,
        on=day("2026-06-25"),
        path="$.pathways[0].steps[4]",
    )
    back = new_case(
        pathways=(
            clinic_pathway(drop, planned, TreatmentStarted(on=day("2026-06-24"), treatment=GROUP)),
        )
    )
    quiet("PRACTICE-CLINIC-REENGAGEMENT-FOLLOW-UP-OVERDUE", back, on=day("2026-06-25"))


def test_a_drop_out_social_services_record_too_is_reported_once_by_the_history_rule():
    # The clinic carries out social services' commission of group treatment; both record the
    # drop-out, and the history's own rule reports it.
    decided = through_decision(new_case(), intervention("group", GROUP, "father")).record(
        InterventionStarted(at=at("2026-05-11"), actor=SW, intervention_id="group"),
        InterventionInterrupted(at=at("2026-06-04"), actor=SW, intervention_id="group"),
    )
    commission = Commission(
        id="commission-1",
        intervention="group",
        commissioner=Agency(
            id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=Jurisdiction.SE
        ),
        provider=CLINIC,
        agreed_on=day("2026-05-05"),
    )
    drop = TreatmentDropOut(on=day("2026-06-03"))
    case = decided.with_records(commission, clinic_pathway(drop, commission="commission-1"))
    findings = evaluate(case, on=day("2026-06-05"))
    assert findings.of_rule("PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT")
    assert not findings.of_rule("PRACTICE-CLINIC-DROPOUT-WITHOUT-REENGAGEMENT")


# -- partner contact rests on a current assessment -------------------------------------------


def _pathway_with_contact(on="2026-04-08"):
    return ClinicPathway(
        id="pathway-1",
        person="father",
        clinic=CLINIC,
        steps=(
            AssessmentTalk(on=day("2026-04-01"), in_target_group=True),
            PartnerContact(on=day(on), partner="mother", established=True),
        ),
    )


def test_an_assessment_made_before_a_new_incident_no_longer_supports_partner_contact():
    # The SARA of 20 March backed the partner contact of 8 April. On 25 April he hits the
    # mother again: the contact goes on, but no longer rests on a current assessment.
    case = new_case(assessments=(sara(),), pathways=(_pathway_with_contact(),))
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", case, on=day("2026-04-26"))
    again = evolve(case, incidents=(incident(day="2026-04-25", recorded="2026-04-26"),))
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        again,
        on=day("2026-04-26"),
        path="$.pathways[0].steps[1]",
        persons=("father", "mother"),
    )
    # Once the treatment it went with is completed, the contact is over: nothing to support.
    finished = evolve(
        again,
        pathways=(
            ClinicPathway(
                id="pathway-1",
                person="father",
                clinic=CLINIC,
                steps=(
                    *_pathway_with_contact().steps,
                    TreatmentStarted(on=day("2026-04-10"), treatment=GROUP),
                    TreatmentCompleted(on=day("2026-04-24")),
                ),
            ),
        ),
    )
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", finished, on=day("2026-04-26"))
    # A new assessment after the incident supports it again.
    reassessed = evolve(
        again, assessments=(*again.assessments, sara(assessment_id="sara-2", on=day("2026-04-28")))
    )
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", reassessed, on=day("2026-04-29"))


def test_an_incident_before_the_contact_but_after_the_assessment_leaves_it_unsupported():
    case = new_case(
        incidents=(incident(day="2026-04-01", recorded="2026-04-02"),),
        assessments=(sara(),),
        pathways=(_pathway_with_contact(),),
    )
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        case,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[1]",
    )


def test_a_breach_or_a_relapse_after_the_assessment_ends_its_currency_too():
    breach = ContactBan(
        id="ban-1",
        protected="mother",
        restrained="father",
        kind=ContactBanKind.ORDINARY,
        decided_by=DecidingAuthority.PROSECUTOR,
        decided_on=day("2026-03-03"),
        period=Period(start=day("2026-03-03"), end=day("2026-04-30")),
        breaches=(ContactBanBreach(on=day("2026-04-03")),),
    )
    breached = new_case(
        assessments=(sara(),), pathways=(_pathway_with_contact(),), protective_measures=(breach,)
    )
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        breached,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[1]",
    )
    relapsed = new_case(
        assessments=(sara(),),
        pathways=(
            evolve(
                _pathway_with_contact("2026-04-08"),
                steps=(
                    AssessmentTalk(on=day("2026-04-01"), in_target_group=True),
                    TreatmentRelapse(on=day("2026-04-05")),
                    PartnerContact(on=day("2026-04-08"), partner="mother", established=True),
                ),
            ),
        ),
    )
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        relapsed,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[2]",
    )


def test_twelve_months_are_calendar_months_not_365_days():
    # 1 March 2023 to 1 March 2024 is twelve calendar months, and 366 days.
    case = new_case(
        assessments=(sara(on=day("2023-03-01")),),
        pathways=(
            ClinicPathway(
                id="pathway-1",
                person="father",
                clinic=CLINIC,
                steps=(
                    AssessmentTalk(on=day("2024-02-20"), in_target_group=True),
                    PartnerContact(on=day("2024-03-01"), partner="mother", established=True),
                ),
            ),
        ),
    )
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", case, on=day("2024-03-01"))
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        case,
        on=day("2024-03-02"),
        path="$.pathways[0].steps[1]",
    )
    six_months = practice_rules(AssessmentCurrency(months=6))
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        case,
        on=day("2024-03-01"),
        path="$.pathways[0].steps[1]",
        rules=six_months,
    )


def test_practice_rules_run_on_norwegian_cases_too():
    case = new_case(Jurisdiction.NO, assessments=(sara(judged=False),))
    fires(
        "PRACTICE-ASSESSMENT-DOES-NOT-FIT",
        case,
        on=day("2026-03-20"),
        path="$.assessments[0].judgements",
    )
