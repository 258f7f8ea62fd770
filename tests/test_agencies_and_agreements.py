"""Agencies, professionals, the directory that holds them, and collaboration agreements."""

import datetime as dt

import pytest

from familyviolence import AgencyKind, InvalidModel, Jurisdiction, evolve
from familyviolence.collaboration import (
    Agency,
    AgreementElement,
    CollaborationAgreement,
    Directory,
    Professional,
    ProfessionalRole,
    Routine,
    RoutineKind,
    Sector,
    Training,
    TrainingLevel,
    TrainingTopic,
)
from familyviolence.instruments import AssessorQualifications

SE = Jurisdiction.SE
BOU = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=SE)
MVU = Agency(
    id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=SE, sector=Sector.NON_PROFIT
)
BVC = Agency(id="bvc-rosengard", kind=AgencyKind.CHILD_HEALTH_CENTRE, jurisdiction=SE)

KEY_PERSON = Training(
    level=TrainingLevel.KEY_PERSON,
    completed_on=dt.date(2025, 11, 20),
    topics=(TrainingTopic.PERPETRATOR_PERSPECTIVE, TrainingTopic.SECRECY),
)
SPECIALIST = Professional(
    id="specialist-2",
    agency="malmo-bou",
    role=ProfessionalRole.SOCIAL_WORKER,
    trainings=(Training(level=TrainingLevel.BASIC, completed_on=dt.date(2025, 2, 3)), KEY_PERSON),
    instruments=("sara", "patriark"),
)
THERAPIST = Professional(id="therapist-1", agency="mvu-malmo", role=ProfessionalRole.THERAPIST)
NURSE = Professional(id="nurse-3", agency="bvc-rosengard", role=ProfessionalRole.NURSE)

ROUTINES = tuple(
    Routine(kind=kind, description=text)
    for kind, text in [
        (RoutineKind.DETECTION, "Ask every parent about violence at the first meeting."),
        (RoutineKind.RESPONSE, "Offer the perpetrator clinic the same week."),
        (RoutineKind.CASE_HANDLING, "Joint case conference within two weeks."),
    ]
)
COMPLETE = CollaborationAgreement(
    id="agreement-1",
    parties=("malmo-bou", "mvu-malmo"),
    goal="Fewer children exposed to violence at home.",
    target_group="Fathers who use violence against the mother of their children.",
    needs=("Quicker contact with the clinic.", "Partner contact for every client."),
    routines=ROUTINES,
    contact_persons=("specialist-2", "therapist-1"),
    signed_on=dt.date(2026, 1, 15),
    review_on=dt.date(2027, 1, 15),
)


def directory(**fields):
    values = {
        "agencies": (BOU, MVU, BVC),
        "professionals": (SPECIALIST, THERAPIST, NURSE),
        "agreements": (COMPLETE,),
    }
    return Directory(**(values | fields))


def test_a_directory_answers_who_is_who():
    found = directory()
    assert found.agency("mvu-malmo") is MVU
    assert found.agency("nowhere") is None
    assert found.professional("nurse-3") is NURSE
    assert found.professionals_at("malmo-bou") == (SPECIALIST,)
    assert found.agencies_of_kind(AgencyKind.PERPETRATOR_CLINIC) == (MVU,)
    assert found.agreements_of("mvu-malmo") == (COMPLETE,)
    assert found.agreements_of("bvc-rosengard") == ()


def test_only_a_professional_with_the_advanced_training_is_a_key_person_from_that_day():
    found = directory()
    assert found.key_persons("malmo-bou", on=dt.date(2025, 11, 20)) == (SPECIALIST,)
    assert found.key_persons("malmo-bou", on=dt.date(2025, 11, 19)) == ()
    assert SPECIALIST.trained(TrainingLevel.BASIC, on=dt.date(2025, 3, 1))


def test_who_may_make_a_structured_risk_assessment():
    assert directory().qualified_for("sara") == (SPECIALIST,)
    assert SPECIALIST.qualifications == AssessorQualifications(
        professional_id="specialist-2", instruments=("sara", "patriark")
    )
    assert SPECIALIST.qualifications.is_qualified_for("patriark")
    assert not THERAPIST.is_qualified_for("sara")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"agencies": (BOU, BOU, MVU)}, "agencies[1].id"),
        ({"professionals": (SPECIALIST, SPECIALIST)}, "professionals[1].id"),
        ({"agencies": (BOU, BVC)}, "professionals[1].agency"),
        ({"professionals": (SPECIALIST, NURSE)}, "agreements[0].contact_persons[1]"),
    ],
)
def test_a_directory_holds_together(fields, field):
    with pytest.raises(InvalidModel) as caught:
        directory(**fields)
    assert caught.value.field == field


def test_an_agreements_parties_are_agencies_and_its_contacts_work_at_a_party():
    elsewhere = CollaborationAgreement(
        id="agreement-2", parties=("malmo-bou", "police-syd"), routines=ROUTINES
    )
    with pytest.raises(InvalidModel, match=r"agreements\[1\]\.parties\[1\]"):
        directory(agreements=(COMPLETE, elsewhere))
    nurse_as_contact = CollaborationAgreement(
        id="agreement-2", parties=("malmo-bou", "mvu-malmo"), contact_persons=("nurse-3",)
    )
    with pytest.raises(InvalidModel, match="does not work at a party"):
        directory(agreements=(nurse_as_contact,))


def test_a_complete_agreement_lacks_nothing():
    assert COMPLETE.missing() == ()
    assert COMPLETE.complete
    assert COMPLETE.routine(RoutineKind.RESPONSE).description.startswith("Offer")
    assert COMPLETE.routine(RoutineKind.INFORMATION_SHARING) is None


def test_an_agreement_with_only_parties_lacks_everything():
    bare = CollaborationAgreement(id="a", parties=("malmo-bou", "mvu-malmo"))
    assert bare.missing() == tuple(AgreementElement)
    assert not bare.complete


@pytest.mark.parametrize(
    ("change", "lacking"),
    [
        ({"goal": None}, AgreementElement.GOAL),
        ({"target_group": None}, AgreementElement.TARGET_GROUP),
        ({"needs": ()}, AgreementElement.NEEDS),
        ({"routines": ROUTINES[1:]}, AgreementElement.DETECTION_ROUTINE),
        ({"routines": ROUTINES[::2]}, AgreementElement.RESPONSE_ROUTINE),
        ({"routines": ROUTINES[:2]}, AgreementElement.CASE_HANDLING_ROUTINE),
    ],
)
def test_each_missing_element_is_named(change, lacking):
    assert evolve(COMPLETE, **change).missing() == (lacking,)


def test_an_information_sharing_routine_is_welcome_but_not_required():
    sharing = Routine(kind=RoutineKind.INFORMATION_SHARING, description="Only with consent.")
    assert evolve(COMPLETE, routines=(*ROUTINES, sharing)).missing() == ()


def test_an_agreement_is_between_at_least_two_agencies_and_reviewed_after_signing():
    with pytest.raises(InvalidModel, match="at least two"):
        CollaborationAgreement(id="a", parties=("malmo-bou",))
    with pytest.raises(InvalidModel, match="review_on"):
        CollaborationAgreement(
            id="a",
            parties=("malmo-bou", "mvu-malmo"),
            signed_on=dt.date(2026, 1, 15),
            review_on=dt.date(2026, 1, 14),
        )
    with pytest.raises(InvalidModel, match=r"needs\[0\]"):
        CollaborationAgreement(id="a", parties=("malmo-bou", "mvu-malmo"), needs=(" ",))
    assert COMPLETE.due_for_review(on=dt.date(2027, 1, 15))
    assert not COMPLETE.due_for_review(on=dt.date(2027, 1, 14))


def test_agency_kinds_know_social_services_and_health_care():
    assert AgencyKind.INCOME_SUPPORT.is_social_services
    assert AgencyKind.CHILD_WELFARE.is_social_services
    assert AgencyKind.DENTAL_CARE.is_health_care
    assert not AgencyKind.POLICE.is_social_services
    assert not AgencyKind.BARNAHUS.is_health_care


def test_health_personnel_and_volunteers():
    assert ProfessionalRole.DENTAL_HYGIENIST.is_health_personnel
    assert not ProfessionalRole.TEACHER.is_health_personnel
    assert not ProfessionalRole.VOLUNTEER.is_professional
    assert ProfessionalRole.ADMINISTRATIVE_STAFF.is_professional
