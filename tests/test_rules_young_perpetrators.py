"""Young people who use violence, scenario by scenario.

Liam (16) forced his girlfriend Nora (15) into sex, and weeks later assaulted Ella (16), a girl
he had met once at a party. The school reports concern about Nora; nobody has reported concern
about Liam.
"""

import datetime as dt

import pytest

from familyviolence import (
    AgencyKind,
    Case,
    FamilySystem,
    Incident,
    IncidentTime,
    InformationSource,
    Jurisdiction,
    Person,
    Relationship,
    ViolenceForm,
    evolve,
)
from familyviolence import RelationshipKind as K
from familyviolence.collaboration import Agency, AssessmentTalk, ClinicPathway, TreatmentStarted
from familyviolence.interventions import InterventionKind
from familyviolence.young_perpetrators import VictimRelation, young_perpetrators
from rule_checks import fires, intervention, quiet, report, through_decision, through_investigation
from scenario import CHILD_WELFARE_WORKER, at


def day(text):
    return dt.date.fromisoformat(text)


def family():
    return FamilySystem(
        persons=(
            Person(id="liam", birth_date=dt.date(2010, 1, 20)),
            Person(id="nora", birth_date=dt.date(2011, 6, 3)),
            Person(id="ella", birth_date=dt.date(2010, 9, 9)),
            Person(id="liams-mother", birth_date=dt.date(1982, 2, 2)),
        ),
        relationships=(
            Relationship(kind=K.PARTNER, from_person="liam", to_person="nora"),
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="liams-mother", to_person="liam"),
            Relationship(kind=K.CUSTODIAN, from_person="liams-mother", to_person="liam"),
        ),
    )


def assault(incident_id, victim, on, forms=(ViolenceForm.SEXUAL,)):
    return Incident(
        id=incident_id,
        when=IncidentTime.on(day(on)),
        recorded_at=at("2026-03-02", "08:00"),
        forms=forms,
        perpetrators=("liam",),
        victims=(victim,),
        sources=(InformationSource.VICTIM,),
        description="What she told the school counsellor.",
    )


INCIDENTS = (
    assault("incident-1", "nora", "2026-01-15"),
    assault("incident-2", "ella", "2026-02-20", forms=(ViolenceForm.SEXUAL, ViolenceForm.PHYSICAL)),
)


def case_about(subject, jurisdiction=Jurisdiction.SE):
    return Case(
        id="case-3",
        jurisdiction=jurisdiction,
        family=family(),
        subjects=(subject,),
        incidents=INCIDENTS,
    )


def test_his_sexualised_violence_is_recorded_against_a_partner_and_someone_barely_known():
    (liam,) = young_perpetrators(case_about("nora"), on=day("2026-03-02"))
    assert liam.person == "liam"
    assert liam.incidents == ("incident-1", "incident-2")
    assert liam.sexualised_against == (VictimRelation.PARTNER, VictimRelation.NOT_RELATED)


def test_an_adult_perpetrator_is_not_a_young_one():
    adult = evolve_birth(case_about("nora"), "liam", dt.date(2000, 1, 1))
    assert young_perpetrators(adult, on=day("2026-03-02")) == ()


def test_the_day_must_be_a_date_not_a_moment():
    with pytest.raises(TypeError, match="on must be a date"):
        young_perpetrators(case_about("nora"), on=dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC))


def evolve_birth(case, person_id, born):
    persons = tuple(
        evolve(p, birth_date=born) if p.id == person_id else p for p in case.family.persons
    )
    return evolve(case, family=evolve(case.family, persons=persons))


def test_no_report_of_concern_about_liam_is_a_finding():
    found = fires(
        "SE-YOUNG-PERPETRATOR-NOT-REPORTED",
        case_about("nora"),
        on=day("2026-03-02"),
        path="$.incidents[0]",
        persons=("liam",),
    )
    assert found.reference.statute == "SoL 2025:400"


def test_under_the_old_act_the_duty_to_report_is_14_kap_1_section():
    case = Case(
        id="case-3",
        jurisdiction=Jurisdiction.SE,
        family=family(),
        subjects=("nora",),
        incidents=(evolve_recorded(assault("incident-1", "nora", "2025-01-15"), "2025-02-01"),),
    )
    found = fires(
        "SE-YOUNG-PERPETRATOR-NOT-REPORTED", case, on=day("2025-02-01"), path="$.incidents[0]"
    )
    assert str(found.reference) == "SoL 2001:453 14 kap. 1 §"


def test_violence_recorded_under_the_old_act_is_cited_by_it_when_read_later():
    case = Case(
        id="case-3",
        jurisdiction=Jurisdiction.SE,
        family=family(),
        subjects=("nora",),
        incidents=(evolve_recorded(assault("incident-1", "nora", "2025-01-15"), "2025-02-01"),),
    )
    found = fires(
        "SE-YOUNG-PERPETRATOR-NOT-REPORTED", case, on=day("2026-03-02"), path="$.incidents[0]"
    )
    assert str(found.reference) == "SoL 2001:453 14 kap. 1 §"


def evolve_recorded(incident, on):
    return evolve(incident, recorded_at=at(on, "08:00"))


def test_a_case_about_liam_opened_on_a_report_is_reported():
    case = case_about("liam").record(report(at("2026-03-02", "09:00")))
    quiet("SE-YOUNG-PERPETRATOR-NOT-REPORTED", case, on=day("2026-03-02"))


def test_in_norway_the_report_rests_on_13_2():
    found = fires(
        "NO-YOUNG-PERPETRATOR-NOT-REPORTED",
        case_about("nora", Jurisdiction.NO),
        on=day("2026-03-02"),
        path="$.incidents[0]",
    )
    assert str(found.reference) == "barnevernsloven 2021:97 § 13-2"
    case = case_about("liam", Jurisdiction.NO).record(
        report(at("2026-03-02", "13:00"), actor=CHILD_WELFARE_WORKER)
    )
    quiet("NO-YOUNG-PERPETRATOR-NOT-REPORTED", case, on=day("2026-03-02"))


def test_his_own_situation_not_investigated_is_a_finding():
    fires(
        "PRACTICE-YOUNG-PERPETRATOR-OWN-SITUATION",
        case_about("liam").record(report(at("2026-03-02", "09:00"))),
        on=day("2026-03-02"),
        path="$.incidents[0]",
        persons=("liam",),
    )


def test_an_investigation_about_liam_assesses_his_own_situation():
    quiet(
        "PRACTICE-YOUNG-PERPETRATOR-OWN-SITUATION",
        through_investigation(case_about("liam")),
        on=day("2026-03-03"),
    )


def test_a_report_and_investigation_from_before_his_violence_do_not_answer_it():
    # Liam's school reported concern in November 2025 about truancy; the investigation was
    # concluded in December. His violence against Nora began in January 2026.
    support = intervention("support-1", InterventionKind.CHILD_SUPPORT, "liam")
    case = through_decision(case_about("liam"), support, day="2025-11-03", decided="2025-12-15")
    fires(
        "SE-YOUNG-PERPETRATOR-NOT-REPORTED",
        case,
        on=day("2026-03-02"),
        path="$.incidents[0]",
        persons=("liam",),
    )
    fires(
        "PRACTICE-YOUNG-PERPETRATOR-OWN-SITUATION",
        case,
        on=day("2026-03-02"),
        path="$.incidents[0]",
        persons=("liam",),
    )


def test_an_investigation_still_open_when_his_violence_began_looks_at_it():
    case = through_investigation(case_about("liam"), "2026-01-08")
    quiet("PRACTICE-YOUNG-PERPETRATOR-OWN-SITUATION", case, on=day("2026-03-02"))


def test_the_adult_rule_on_change_oriented_support_leaves_him_out():
    programme = intervention("youth-1", InterventionKind.CHILD_SUPPORT, "liam")
    case = through_decision(case_about("liam"), programme)
    quiet("SE-PERPETRATOR-SUPPORT-NOT-DECIDED", case, on=day("2026-05-04"))
    adult = evolve_birth(case, "liam", dt.date(2000, 1, 1))
    fires("SE-PERPETRATOR-SUPPORT-NOT-DECIDED", adult, on=day("2026-05-04"), path="$.history[5]")


def test_a_programme_for_young_perpetrators_is_change_oriented_treatment():
    assert InterventionKind.YOUNG_PERPETRATOR_PROGRAMME.is_perpetrator_treatment


def test_his_girlfriend_is_not_offered_contact_as_an_adults_partner_would_be():
    programme = intervention("youth-1", InterventionKind.YOUNG_PERPETRATOR_PROGRAMME, "liam")
    case = through_decision(case_about("liam"), programme)
    quiet("PRACTICE-FAMILY-CONTACT-NOT-OFFERED", case, on=day("2026-05-04"))
    adult = evolve_birth(case, "liam", dt.date(2000, 1, 1))
    fires(
        "PRACTICE-FAMILY-CONTACT-NOT-OFFERED",
        adult,
        on=day("2026-05-04"),
        path="$.history[5]",
        persons=("liam", "nora"),
    )


def test_his_treatment_does_not_wait_for_contact_with_a_partner():
    youth_clinic = Agency(
        id="youth-clinic", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=Jurisdiction.SE
    )
    pathway = ClinicPathway(
        id="pathway-1",
        person="liam",
        clinic=youth_clinic,
        steps=(
            AssessmentTalk(on=day("2026-03-10"), in_target_group=True),
            TreatmentStarted(
                on=day("2026-03-20"), treatment=InterventionKind.YOUNG_PERPETRATOR_PROGRAMME
            ),
        ),
    )
    case = case_about("liam").with_records(pathway)
    quiet("PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT", case, on=day("2026-03-20"))
    fires(
        "PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT",
        evolve_birth(case, "liam", dt.date(2000, 1, 1)),
        on=day("2026-03-20"),
        path="$.pathways[0].steps[1]",
    )
