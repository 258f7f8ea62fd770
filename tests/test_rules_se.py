"""Sweden's rule pack, scenario by scenario: each rule where it fires and where it does not."""

import datetime as dt

from familyviolence import Assessment, ExposureKind, ViolenceForm, default_rules, evaluate
from familyviolence.events import (
    DecisionMade,
    HelpRequested,
    ImmediateProtectionAssessed,
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReporterFeedbackGiven,
)
from familyviolence.events import FeedbackKind as Feedback
from familyviolence.interventions import InterventionKind
from familyviolence.jurisdictions.se.rules import SWEDEN_PROPOSED_RULES
from rule_checks import (
    fires,
    incident,
    intervention,
    quiet,
    report,
    sara,
    through_decision,
    through_investigation,
)
from scenario import SOCIAL_WORKER, at, new_case

SW = SOCIAL_WORKER
IK = InterventionKind


def day(text):
    return dt.date.fromisoformat(text)


# -- time limits ----------------------------------------------------------------------------


def test_a_report_without_a_protection_assessment_the_next_day_is_overdue():
    case = new_case().record(report(at("2026-03-02", "09:40")))
    found = fires(
        "SE-PROTECTION-ASSESSMENT-OVERDUE",
        case,
        on=day("2026-03-03"),
        path="$.history[0]",
        persons=("elias",),
    )
    assert "report-1" in found.text("en")
    assert "2026-03-02" in found.text("sv")
    # No source confirmed the new act's section number: the act is cited by name (RULES.md).
    assert found.reference.statute == "SoL 2025:400"
    assert found.reference.provision is None
    assert not found.reference.verified


def test_a_protection_assessment_made_the_same_day_is_not_overdue():
    case = new_case().record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "14:00"), actor=SW, protection_needed=False
        ),
    )
    quiet("SE-PROTECTION-ASSESSMENT-OVERDUE", case, on=day("2026-03-10"))


def test_a_report_still_not_pre_assessed_after_14_days_is_overdue():
    case = new_case().record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "14:00"), actor=SW, protection_needed=False
        ),
    )
    quiet("SE-PREASSESSMENT-OVERDUE", case, on=day("2026-03-16"))
    found = fires("SE-PREASSESSMENT-OVERDUE", case, on=day("2026-03-17"), path="$.history[0]")
    assert "2026-03-16" in found.text("nb")


def test_a_report_received_under_the_old_act_cites_the_old_act():
    case = new_case().record(report(at("2025-06-02", "09:40")))
    found = fires("SE-PREASSESSMENT-OVERDUE", case, on=day("2025-07-10"), path="$.history[0]")
    assert str(found.reference) == "SoL 2001:453 11 kap. 1 a § 2nd para."


def test_an_investigation_open_after_four_months_is_overdue():
    case = through_investigation(new_case(), "2026-03-10")
    quiet("SE-INVESTIGATION-OVERDUE", case, on=day("2026-07-10"))
    fires("SE-INVESTIGATION-OVERDUE", case, on=day("2026-07-11"), path="$.history[3]")


def test_an_investigation_extended_by_a_logged_decision_is_not_overdue():
    case = through_investigation(new_case(), "2026-03-10").record(
        InvestigationExtended(
            at=at("2026-07-01"), actor=SW, new_due=day("2026-08-31"), reason="Väntar på BUP."
        )
    )
    quiet("SE-INVESTIGATION-OVERDUE", case, on=day("2026-08-01"))


def test_a_pre_assessment_concluded_two_days_late_stays_a_warning():
    case = new_case().record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "14:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(
            at=at("2026-03-18"), actor=SW, investigate=False, reason="Ingen oro."
        ),
    )
    found = fires("SE-DEADLINE-MET-LATE", case, on=day("2026-04-01"), path="$.history[0]")
    assert found.text("en") == (
        "The time limit for the pre-assessment was not met: done on 2026-03-18, due on 2026-03-16."
    )
    assert found.text("sv").startswith("Tidsfristen för förhandsbedömning hölls inte")


def test_time_limits_met_in_time_are_not_reported():
    case = through_investigation(new_case(), "2026-03-02").record(
        InvestigationConcluded(at=at("2026-05-04"), actor=SW)
    )
    quiet("SE-DEADLINE-MET-LATE", case, on=day("2026-09-01"))


# -- children exposed to violence ------------------------------------------------------------


def test_deciding_not_to_investigate_after_a_child_heard_violence_is_an_error():
    case = new_case(incidents=(incident(),)).record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "14:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(
            at=at("2026-03-05"), actor=SW, investigate=False, reason="Ingen oro."
        ),
    )
    fires(
        "SE-CHILD-VIOLENCE-NOT-INVESTIGATED",
        case,
        on=day("2026-03-05"),
        path="$.history[2]",
        persons=("elias",),
    )


def test_an_investigation_opened_after_a_child_heard_violence_satisfies_the_rule():
    case = through_investigation(new_case(incidents=(incident(),)))
    quiet("SE-CHILD-VIOLENCE-NOT-INVESTIGATED", case, on=day("2026-03-10"))


def test_deciding_not_to_investigate_without_a_recorded_exposure_is_not_flagged():
    case = new_case(incidents=(incident(recorded="2026-03-09"),)).record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "14:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(
            at=at("2026-03-05"), actor=SW, investigate=False, reason="Ingen oro."
        ),
    )
    # The incident became known only after the pre-assessment.
    quiet("SE-CHILD-VIOLENCE-NOT-INVESTIGATED", case, on=day("2026-03-20"))


def test_an_investigation_concluded_without_a_risk_assessment_after_exposure_is_flagged():
    case = through_investigation(new_case(incidents=(incident(),))).record(
        InvestigationConcluded(at=at("2026-05-04"), actor=SW)
    )
    fires(
        "SE-CHILD-RISK-ASSESSMENT-MISSING",
        case,
        on=day("2026-05-04"),
        path="$.history[4]",
        persons=("elias",),
    )


def test_screening_questions_are_not_a_risk_assessment():
    screening = Assessment(
        id="freda-1",
        instrument="freda_short_questions",
        version="2014",
        subject="mother",
        assessor="staff-17",
        assessed_on=day("2026-03-03"),
    )
    case = through_investigation(
        new_case(incidents=(incident(),), assessments=(screening,))
    ).record(InvestigationConcluded(at=at("2026-05-04"), actor=SW))
    fires("SE-CHILD-RISK-ASSESSMENT-MISSING", case, on=day("2026-05-04"), path="$.history[4]")


def test_a_sara_made_during_the_investigation_is_a_risk_assessment():
    case = through_investigation(new_case(incidents=(incident(),), assessments=(sara(),))).record(
        InvestigationConcluded(at=at("2026-05-04"), actor=SW)
    )
    quiet("SE-CHILD-RISK-ASSESSMENT-MISSING", case, on=day("2026-05-04"))


def test_a_child_who_saw_the_father_hit_the_mother_is_a_crime_victim():
    case = new_case(incidents=(incident(children=(("elias", (ExposureKind.WITNESSED,)),)),))
    found = fires(
        "SE-CHILD-WITNESS-NOT-RECORDED-AS-VICTIM",
        case,
        on=day("2026-03-02"),
        path="$.incidents[0].children[0]",
        persons=("elias",),
    )
    assert "incident-1" in found.text("en")
    assert str(found.reference) == "BrB 4 kap. 3 §"


def test_a_child_recorded_among_the_victims_is_not_flagged():
    case = new_case(incidents=(incident(victims=("mother", "elias")),))
    quiet("SE-CHILD-WITNESS-NOT-RECORDED-AS-VICTIM", case, on=day("2026-03-02"))


def test_violence_before_barnfridsbrott_came_into_force_is_not_flagged():
    before = incident(day="2021-05-01", recorded="2021-05-02")
    quiet(
        "SE-CHILD-WITNESS-NOT-RECORDED-AS-VICTIM",
        new_case(incidents=(before,)),
        on=day("2026-03-02"),
    )


def test_a_child_who_only_noticed_damage_afterwards_did_not_witness_it():
    noticed = incident(
        children=(("elias", (ExposureKind.NOTICED_AFTERWARDS,)),), forms=(ViolenceForm.MATERIAL,)
    )
    quiet(
        "SE-CHILD-WITNESS-NOT-RECORDED-AS-VICTIM",
        new_case(incidents=(noticed,)),
        on=day("2026-03-02"),
    )


def test_economic_violence_is_not_a_listed_crime():
    economic = incident(forms=(ViolenceForm.ECONOMIC,))
    quiet(
        "SE-CHILD-WITNESS-NOT-RECORDED-AS-VICTIM",
        new_case(incidents=(economic,)),
        on=day("2026-03-02"),
    )


# -- perpetrators ---------------------------------------------------------------------------


def test_a_decision_with_no_support_to_change_for_the_father_is_flagged():
    case = through_decision(
        new_case(incidents=(incident(),)), intervention("support", IK.VICTIM_SUPPORT, "mother")
    )
    found = fires(
        "SE-PERPETRATOR-SUPPORT-NOT-DECIDED",
        case,
        on=day("2026-05-04"),
        path="$.history[5]",
        persons=("father",),
    )
    assert found.reference.statute == "SoL 2025:400"
    assert not found.reference.verified


def test_under_the_old_act_the_rule_cites_5_kap_11_a():
    case = through_decision(
        new_case(incidents=(incident(day="2025-01-10", recorded="2025-01-11"),)),
        intervention("support", IK.VICTIM_SUPPORT, "mother"),
        day="2025-01-13",
        decided="2025-03-03",
    )
    found = fires(
        "SE-PERPETRATOR-SUPPORT-NOT-DECIDED", case, on=day("2025-06-30"), path="$.history[5]"
    )
    assert str(found.reference) == "SoL 2001:453 5 kap. 11 a §"


def test_before_1_august_2021_no_decision_is_flagged_for_lacking_support_to_change():
    # SoL 2001:453 5 kap. 11 a § (the duty to work with those who use violence) applies
    # from 1 August 2021: a decision of July 2021 without it is no finding that July.
    case = through_decision(
        new_case(incidents=(incident(day="2021-05-10", recorded="2021-05-11"),)),
        intervention("support", IK.VICTIM_SUPPORT, "mother"),
        day="2021-05-12",
        decided="2021-07-05",
    )
    assert not evaluate(case, on=day("2021-07-31")).of_rule("SE-PERPETRATOR-SUPPORT-NOT-DECIDED")
    found = fires(
        "SE-PERPETRATOR-SUPPORT-NOT-DECIDED", case, on=day("2021-08-01"), path="$.history[5]"
    )
    assert str(found.reference) == "SoL 2001:453 5 kap. 11 a §"
    assert default_rules().rule("SE-PERPETRATOR-SUPPORT-NOT-DECIDED", on=day("2021-07-31")) is None


def test_caring_dads_for_the_father_is_support_to_change():
    case = through_decision(
        new_case(incidents=(incident(),)), intervention("cd", IK.CARING_DADS, "father")
    )
    quiet("SE-PERPETRATOR-SUPPORT-NOT-DECIDED", case, on=day("2026-05-04"))


def test_treatment_considered_and_refused_is_a_decision_too():
    case = through_investigation(new_case(incidents=(incident(),))).record(
        InvestigationConcluded(at=at("2026-05-04", "08:00"), actor=SW),
    )
    refused = intervention("group", IK.PERPETRATOR_GROUP_TREATMENT, "father")
    granted = intervention("support", IK.VICTIM_SUPPORT, "mother")
    case = case.record(
        DecisionMade(
            at=at("2026-05-04", "09:00"),
            actor=SW,
            granted=(granted,),
            refused=(refused,),
            motivation="Pappan vill inte delta i grupp.",
        )
    )
    quiet("SE-PERPETRATOR-SUPPORT-NOT-DECIDED", case, on=day("2026-05-04"))


# -- proposed rules ---------------------------------------------------------------------------


def with_proposed():
    return default_rules().with_rules(*SWEDEN_PROPOSED_RULES)


def pre_assessed_school_report():
    return new_case().record(
        report(at("2026-02-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-02-02", "14:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(
            at=at("2026-02-10"), actor=SW, investigate=False, reason="Ingen oro."
        ),
    )


def test_the_proposed_feedback_rule_is_not_run_by_default():
    assert "SE-REPORTER-FEEDBACK-MISSING" not in default_rules()


def test_with_the_proposed_rules_a_school_without_feedback_is_noted():
    fires(
        "SE-REPORTER-FEEDBACK-MISSING",
        pre_assessed_school_report(),
        on=day("2026-02-20"),
        path="$.history[0]",
        rules=with_proposed(),
    )


def test_with_the_proposed_rules_feedback_given_is_enough():
    case = pre_assessed_school_report().record(
        ReporterFeedbackGiven(
            at=at("2026-02-11"), actor=SW, report_id="report-1", kind=Feedback.RECEIPT
        )
    )
    quiet("SE-REPORTER-FEEDBACK-MISSING", case, on=day("2026-02-20"), rules=with_proposed())


def test_the_proposed_rule_is_not_in_force_before_15_january_2026():
    rule = SWEDEN_PROPOSED_RULES.rule("SE-REPORTER-FEEDBACK-MISSING", on=day("2026-01-14"))
    assert rule is None
    assert not SWEDEN_PROPOSED_RULES.versions("SE-REPORTER-FEEDBACK-MISSING")[0].verified


def test_an_investigation_opened_without_a_report_has_no_pre_assessment_rule():
    # A help request leads straight to an investigation: no report, no pre-assessment.
    case = new_case(subjects=("mother",)).record(
        HelpRequested(at=at("2026-03-02"), actor=SW, person_id="mother"),
        InvestigationOpened(at=at("2026-03-03"), actor=SW),
    )
    quiet("SE-PREASSESSMENT-OVERDUE", case, on=day("2026-06-01"))


# -- the opening of an investigation recorded late -------------------------------------------


def test_an_opening_recorded_after_the_decision_is_a_finding_not_a_later_due_date():
    # SoL 2001:453 11 kap. 2 §: the four months run from the decision to open.
    case = new_case().record(
        report(at("2025-03-03", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2025-03-03", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(at=at("2025-03-10"), actor=SW, investigate=True, reason="Oro."),
        InvestigationOpened(at=at("2025-03-24"), actor=SW),
    )
    found = fires(
        "SE-INVESTIGATION-OPENING-RECORDED-LATE",
        case,
        on=day("2025-03-24"),
        path="$.history[3]",
        persons=("elias",),
    )
    assert "2025-03-10" in found.text("en")
    assert str(found.reference) == "SoL 2001:453 11 kap. 2 §"
    overdue = fires("SE-INVESTIGATION-OVERDUE", case, on=day("2025-07-11"), path="$.history[3]")
    assert "2025-07-10" in overdue.text("en")


def test_an_opening_recorded_on_the_day_of_the_decision_is_no_finding():
    case = new_case().record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "11:00"), actor=SW, protection_needed=False
        ),
        PreAssessmentConcluded(at=at("2026-03-09"), actor=SW, investigate=True, reason="Oro."),
        InvestigationOpened(at=at("2026-03-09", "14:00"), actor=SW),
    )
    quiet("SE-INVESTIGATION-OPENING-RECORDED-LATE", case, on=day("2026-03-20"))
