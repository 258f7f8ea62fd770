"""The practice rules on collaboration records, scenario by scenario: clinic pathways,
referrals, commissions and consents, each where it fires and where it does not."""

from clinic_scenario import CLINIC, contact, day, pathway
from familyviolence import AgencyKind, Consent, DisclosureRequest, Jurisdiction, Period, evaluate
from familyviolence.collaboration import (
    Agency,
    CollaborationAgreement,
    Commission,
    DisclosureOutcome,
    DisclosurePurpose,
    LegalGround,
    PromisedReport,
    Referral,
    RequestedService,
    Routine,
    RoutineKind,
    TreatmentStarted,
)
from familyviolence.events import HelpRequested
from familyviolence.interventions import InterventionKind
from familyviolence.rules import RuleContext
from familyviolence.vocabulary import DataCategory
from rule_checks import fires, intervention, qualified, quiet, sara, through_decision
from scenario import SOCIAL_WORKER, at, new_case

SE = Jurisdiction.SE
IK = InterventionKind
BOU = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=SE)
POLICE = Agency(id="police-syd", kind=AgencyKind.POLICE, jurisdiction=SE)


def treatment(on="2026-04-15"):
    return TreatmentStarted(on=day(on), treatment=IK.PERPETRATOR_GROUP_TREATMENT)


# -- partner contact and risk assessment -----------------------------------------------------


def test_partner_contact_with_no_risk_assessment_of_the_client_is_an_error():
    case = new_case(pathways=(pathway(contact()),))
    found = fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        case,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[1]",
        persons=("father", "mother"),
    )
    assert found.severity.value == "error"
    assert found.text("en") == (
        "Partner contact in pathway pathway-1 on 2026-04-08 has no current structured risk "
        "assessment of the client by a qualified assessor."
    )


def test_partner_contact_resting_on_a_current_assessment_by_a_qualified_assessor_is_fine():
    case = new_case(assessments=(sara(on=day("2026-03-20")),), pathways=(pathway(contact()),))
    quiet(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        case,
        on=day("2026-04-08"),
        context=qualified("sara"),
    )
    # Without a record of qualifications, only the assessment itself is checked.
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", case, on=day("2026-04-08"))


def test_an_assessment_made_after_the_contact_does_not_count():
    case = new_case(assessments=(sara(on=day("2026-04-10")),), pathways=(pathway(contact()),))
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        case,
        on=day("2026-04-20"),
        path="$.pathways[0].steps[1]",
    )


def test_an_assessment_older_than_twelve_months_is_not_current():
    case = new_case(
        assessments=(sara(on=day("2025-04-07")),), pathways=(pathway(contact("2026-04-08")),)
    )
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        case,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[1]",
    )


def test_an_assessment_by_an_unqualified_assessor_or_without_a_usable_result_does_not_count():
    by_specialist = new_case(assessments=(sara(),), pathways=(pathway(contact()),))
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        by_specialist,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[1]",
        context=qualified("b_safer"),
    )
    incomplete = new_case(assessments=(sara(answered=False),), pathways=(pathway(contact()),))
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        incomplete,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[1]",
    )


def test_a_contact_naming_its_assessment_rests_on_that_one_only():
    assessments = (sara(), sara(assessment_id="sara-old", on=day("2024-01-10")))
    named_old = new_case(
        assessments=assessments, pathways=(pathway(contact(risk_assessment="sara-old")),)
    )
    fires(
        "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        named_old,
        on=day("2026-04-08"),
        path="$.pathways[0].steps[1]",
    )
    named_current = new_case(
        assessments=assessments, pathways=(pathway(contact(risk_assessment="sara-1")),)
    )
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", named_current, on=day("2026-04-08"))


def test_a_contact_recorded_after_the_day_evaluated_or_not_established_is_not_judged():
    case = new_case(pathways=(pathway(contact("2026-04-08")),))
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", case, on=day("2026-04-07"))
    declined = new_case(pathways=(pathway(contact(established=False)),))
    quiet("PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT", declined, on=day("2026-04-08"))


# -- treatment and partner contact -----------------------------------------------------------


def test_treatment_started_without_partner_contact_is_flagged():
    case = new_case(pathways=(pathway(treatment()),))
    found = fires(
        "PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT",
        case,
        on=day("2026-04-15"),
        path="$.pathways[0].steps[1]",
        persons=("father",),
    )
    assert "2026-04-15" in found.text("sv")


def test_treatment_after_a_partner_contact_that_failed_is_flagged():
    case = new_case(pathways=(pathway(contact(established=False), treatment()),))
    fires(
        "PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT",
        case,
        on=day("2026-04-15"),
        path="$.pathways[0].steps[2]",
    )


def test_treatment_with_partner_contact_established_is_fine():
    case = new_case(assessments=(sara(),), pathways=(pathway(contact(), treatment()),))
    quiet("PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT", case, on=day("2026-04-15"))


# -- a bare pointer instead of a decision ----------------------------------------------------


def referral(to=CLINIC, *, sent="2026-03-05", persons=("mother",), consents=()):
    return Referral(
        id="referral-1",
        from_agency=BOU,
        to_agency=to,
        persons=persons,
        reason="Hon vill ha stöd.",
        asks=(RequestedService.SUPPORT,),
        sent_on=day(sent),
        consents=consents,
    )


def asked_for_help(**records):
    return new_case(subjects=("mother",), **records).record(
        HelpRequested(at=at("2026-03-02"), actor=SOCIAL_WORKER, person_id="mother")
    )


def test_a_request_for_help_answered_by_a_referral_to_a_non_profit_alone_is_flagged():
    found = fires(
        "PRACTICE-POINTER-INSTEAD-OF-DECISION",
        asked_for_help(referrals=(referral(),)),
        on=day("2026-03-05"),
        path="$.referrals[0]",
        persons=("mother",),
    )
    assert found.text("en").startswith("Referral referral-1 points to a non-profit")


def test_a_referral_to_a_public_agency_or_before_the_request_is_no_pointer():
    public = Agency(id="malmo-vuxen", kind=AgencyKind.SOCIAL_SERVICES_ADULTS, jurisdiction=SE)
    quiet(
        "PRACTICE-POINTER-INSTEAD-OF-DECISION",
        asked_for_help(referrals=(referral(public),)),
        on=day("2026-03-05"),
    )
    quiet(
        "PRACTICE-POINTER-INSTEAD-OF-DECISION",
        asked_for_help(referrals=(referral(sent="2026-03-01"),)),
        on=day("2026-03-05"),
    )


def test_a_referral_to_a_non_profit_carrying_out_a_decision_is_no_pointer():
    case = through_decision(
        new_case(referrals=(referral(persons=("father",), sent="2026-05-05"),)),
        intervention("cd", IK.CARING_DADS, "father"),
    ).record(HelpRequested(at=at("2026-05-05"), actor=SOCIAL_WORKER, person_id="father"))
    quiet("PRACTICE-POINTER-INSTEAD-OF-DECISION", case, on=day("2026-05-06"))


# -- promised reports ------------------------------------------------------------------------


def commissioned(*reports):
    commission = Commission(
        id="commission-1",
        intervention="cd",
        commissioner=BOU,
        provider=CLINIC,
        agreed_on=day("2026-05-05"),
        reports=reports,
    )
    return through_decision(
        new_case(commissions=(commission,)), intervention("cd", IK.CARING_DADS, "father")
    )


def test_a_promised_report_past_its_due_date_and_not_sent_is_flagged():
    case = commissioned(
        PromisedReport(id="plan", due_on=day("2026-05-31"), sent_on=day("2026-05-29")),
        PromisedReport(id="progress-1", due_on=day("2026-06-30")),
    )
    found = fires(
        "PRACTICE-PLACEMENT-REPORT-OVERDUE",
        case,
        on=day("2026-07-01"),
        path="$.commissions[0].reports[1]",
        persons=("father",),
    )
    assert found.text("en") == (
        "Report progress-1 of commission commission-1 was due on 2026-06-30 and has not been sent."
    )


def test_a_report_sent_on_time_or_not_yet_due_is_fine():
    case = commissioned(
        PromisedReport(id="plan", due_on=day("2026-05-31"), sent_on=day("2026-05-29")),
        PromisedReport(id="progress-1", due_on=day("2026-06-30")),
    )
    quiet("PRACTICE-PLACEMENT-REPORT-OVERDUE", case, on=day("2026-06-30"))


# -- consents relied on ----------------------------------------------------------------------


def consent(*, valid_to=None, withdrawn=None):
    return Consent(
        id="consent-1",
        person="mother",
        given_by=("mother",),
        given_on=day("2026-03-02"),
        purposes=(DisclosurePurpose.SUPPORT_AND_CARE,),
        categories=(DataCategory.IDENTITY,),
        recipient_kinds=(AgencyKind.PERPETRATOR_CLINIC, AgencyKind.POLICE),
        valid=Period(end=None if valid_to is None else day(valid_to)),
        withdrawn_on=None if withdrawn is None else day(withdrawn),
    )


def test_a_referral_relying_on_a_withdrawn_consent_is_an_error():
    case = new_case(
        consents=(consent(withdrawn="2026-03-04"),),
        referrals=(referral(consents=("consent-1",)),),
    )
    found = fires(
        "PRACTICE-CONSENT-EXPIRED-BUT-RELIED-ON",
        case,
        on=day("2026-03-05"),
        path="$.referrals[0].consents[0]",
        persons=("mother",),
    )
    assert found.severity.value == "error"
    assert "2026-03-05" in found.text("nb")


def test_a_referral_relying_on_a_consent_in_force_is_fine():
    case = new_case(consents=(consent(),), referrals=(referral(consents=("consent-1",)),))
    quiet("PRACTICE-CONSENT-EXPIRED-BUT-RELIED-ON", case, on=day("2026-03-05"))


def disclosure(decided="2026-04-02"):
    return DisclosureRequest(
        id="disclosure-1",
        from_agency=BOU,
        to_agency=POLICE,
        person="mother",
        categories=(DataCategory.IDENTITY,),
        purpose=DisclosurePurpose.SUPPORT_AND_CARE,
        requested_on=day("2026-04-01"),
        outcome=DisclosureOutcome(
            decided_on=day(decided),
            disclosed=True,
            categories=(DataCategory.IDENTITY,),
            grounds=(LegalGround.CONSENT,),
        ),
    )


def test_a_disclosure_on_consent_after_the_consent_expired_is_an_error():
    case = new_case(consents=(consent(valid_to="2026-03-31"),), disclosures=(disclosure(),))
    fires(
        "PRACTICE-CONSENT-EXPIRED-BUT-RELIED-ON",
        case,
        on=day("2026-04-02"),
        path="$.disclosures[0].outcome",
        persons=("mother",),
    )


def test_a_disclosure_on_consent_while_it_was_in_force_is_fine():
    case = new_case(consents=(consent(valid_to="2026-12-31"),), disclosures=(disclosure(),))
    quiet("PRACTICE-CONSENT-EXPIRED-BUT-RELIED-ON", case, on=day("2026-04-02"))
    findings = evaluate(case, on=day("2026-04-02"))
    assert "PRACTICE-CONSENT-EXPIRED-BUT-RELIED-ON" not in findings.rule_ids


# -- collaboration agreements ----------------------------------------------------------------


def agreement(**fields):
    complete = {
        "id": "agreement-1",
        "parties": ("malmo-bou", "mvu-malmo"),
        "goal": "Färre barn som lever med våld.",
        "target_group": "Föräldrar som utövar våld och deras familjer.",
        "needs": ("Partnerkontakt under behandling.",),
        "routines": tuple(
            Routine(kind=kind, description="Skriven rutin.")
            for kind in (RoutineKind.DETECTION, RoutineKind.RESPONSE, RoutineKind.CASE_HANDLING)
        ),
    }
    return CollaborationAgreement(**{**complete, **fields})


def test_an_agreement_between_the_agencies_of_a_referral_lacking_a_goal_is_flagged():
    case = asked_for_help(referrals=(referral(),))
    context = RuleContext(agreements=(agreement(goal=None, needs=()),))
    findings = evaluate(case, on=day("2026-03-05"), context=context)
    found = fires(
        "PRACTICE-AGREEMENT-INCOMPLETE",
        case,
        on=day("2026-03-05"),
        path="$.referrals[0]",
        persons=("mother",),
        context=context,
    )
    assert found.text("en") == (
        "Collaboration agreement agreement-1 between the agencies here lacks a common goal."
    )
    missing = [f.text("en") for f in findings.of_rule("PRACTICE-AGREEMENT-INCOMPLETE")]
    assert missing[1].endswith("lacks the needs mapped.")
    assert len(missing) == 2


def test_a_complete_agreement_or_one_between_other_agencies_is_not_flagged():
    case = asked_for_help(referrals=(referral(),))
    on = day("2026-03-05")
    quiet(
        "PRACTICE-AGREEMENT-INCOMPLETE", case, on=on, context=RuleContext(agreements=(agreement(),))
    )
    others = agreement(goal=None, parties=("malmo-bou", "police-syd"))
    quiet("PRACTICE-AGREEMENT-INCOMPLETE", case, on=on, context=RuleContext(agreements=(others,)))
    # Before the referral was sent, the agencies had not worked together in the case.
    incomplete = RuleContext(agreements=(agreement(goal=None),))
    quiet("PRACTICE-AGREEMENT-INCOMPLETE", case, on=day("2026-03-04"), context=incomplete)


def test_without_the_agreements_the_agreement_rule_does_not_run():
    findings = evaluate(asked_for_help(referrals=(referral(),)), on=day("2026-03-05"))
    assert "PRACTICE-AGREEMENT-INCOMPLETE" in findings.skipped
