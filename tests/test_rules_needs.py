"""The practice rule on other needs, scenario by scenario: the father in group treatment drinks."""

import datetime as dt

from familyviolence import AgencyKind, Jurisdiction
from familyviolence.collaboration import Agency, Referral, RequestedService
from familyviolence.interventions import InterventionKind
from familyviolence.needs import NeedKind, RecordedNeed
from rule_checks import fires, intervention, quiet, through_decision
from scenario import new_case

SOCIAL_SERVICES = Agency(
    id="malmo-vuxen", kind=AgencyKind.SOCIAL_SERVICES_ADULTS, jurisdiction=Jurisdiction.SE
)


def day(text):
    return dt.date.fromisoformat(text)


def in_treatment(*records):
    """The father is granted group treatment on 4 May 2026; drinking recorded on 20 May."""
    treatment = intervention("group-1", InterventionKind.PERPETRATOR_GROUP_TREATMENT, "father")
    drinking = RecordedNeed(
        id="need-1",
        person="father",
        kind=NeedKind.SUBSTANCE_MISUSE,
        recorded_on=day("2026-05-20"),
        note="Drinks most evenings, more since the separation.",
    )
    case = through_decision(new_case(), treatment, child_needs=("elias", "saga"))
    return case.with_records(drinking, *records)


def referral(to_kind, *asks, sent_on="2026-05-25"):
    return Referral(
        id="referral-1",
        from_agency=SOCIAL_SERVICES,
        to_agency=Agency(id="to", kind=to_kind, jurisdiction=Jurisdiction.SE),
        persons=("father",),
        reason="Alkohol.",
        asks=asks or (RequestedService.ASSESSMENT,),
        sent_on=day(sent_on),
    )


def test_substance_misuse_in_treatment_without_referral_is_a_finding():
    found = fires(
        "PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL",
        in_treatment(),
        on=day("2026-05-21"),
        path="$.needs[0]",
        persons=("father",),
    )
    assert found.text("en").startswith("A need (substance misuse) is recorded")


def test_a_referral_to_psychiatry_answers_it():
    quiet(
        "PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL",
        in_treatment(referral(AgencyKind.PSYCHIATRY)),
        on=day("2026-05-26"),
    )


def test_a_referral_to_health_care_asking_for_substance_abuse_treatment_answers_it():
    case = in_treatment(
        referral(AgencyKind.HEALTH_CARE, RequestedService.SUBSTANCE_ABUSE_TREATMENT)
    )
    quiet("PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL", case, on=day("2026-05-26"))


def test_a_referral_to_the_adult_unit_is_no_referral_to_health_care():
    # The same request sent within social services does not bring in health care.
    case = in_treatment(
        referral(AgencyKind.SOCIAL_SERVICES_ADULTS, RequestedService.SUBSTANCE_ABUSE_TREATMENT)
    )
    fires("PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL", case, on=day("2026-05-26"), path="$.needs[0]")


def test_a_referral_to_psychiatry_for_psychiatric_care_does_not_answer_his_drinking():
    case = in_treatment(referral(AgencyKind.PSYCHIATRY, RequestedService.PSYCHIATRIC_CARE))
    fires("PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL", case, on=day("2026-05-26"), path="$.needs[0]")


def test_a_referral_not_yet_sent_does_not():
    fires(
        "PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL",
        in_treatment(referral(AgencyKind.PSYCHIATRY, sent_on="2026-06-10")),
        on=day("2026-06-01"),
        path="$.needs[0]",
    )


def test_a_need_of_someone_in_no_violence_programme_is_not_this_rules_concern():
    mother = RecordedNeed(
        id="need-1", person="mother", kind=NeedKind.MENTAL_ILL_HEALTH, recorded_on=day("2026-03-20")
    )
    quiet("PRACTICE-NEED-WITHOUT-HEALTH-REFERRAL", new_case(needs=(mother,)), on=day("2026-03-20"))
