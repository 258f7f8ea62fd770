"""A case grows through its API: the social worker files the incident the mother told of and the
DASH assessment made with her; each is checked as the constructor checks a case, and what is not
a record of a case is refused with a word on where it belongs."""

import datetime as dt

import pytest

from familyviolence import (
    Answer,
    Assessment,
    ExposureKind,
    FamilySystem,
    Incident,
    IncidentTime,
    InformationSource,
    InvalidModel,
    Person,
    Relationship,
    RelationshipKind,
    Response,
    ViolenceForm,
    default_catalogue,
    evolve,
)
from familyviolence.collaboration import ConcernCategory, ReportOfConcern
from familyviolence.events import NoteAdded
from familyviolence.incidents import ChildExposure
from familyviolence.vocabulary import ReporterKind
from scenario import SOCIAL_WORKER, at, new_case

INCIDENT = Incident(
    id="incident-1",
    when=IncidentTime.on(dt.date(2026, 2, 27)),
    recorded_at=at("2026-03-02", "10:15"),
    forms=(ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL),
    sources=(InformationSource.VICTIM,),
    perpetrators=("father",),
    victims=("mother",),
    children=(ChildExposure(child="elias", kinds=(ExposureKind.HEARD,)),),
)

DASH = Assessment(
    id="dash-1",
    instrument="dash",
    version="2009",
    subject="mother",
    assessor="staff-17",
    assessed_on=dt.date(2026, 3, 3),
    answers=tuple(
        Answer(item=item.code, value=Response.YES if n < 14 else Response.NO)
        for n, item in enumerate(default_catalogue().definition("dash", "2009").items)
    ),
)


def test_an_incident_and_an_assessment_are_filed_in_their_fields():
    case = new_case().with_records(INCIDENT, DASH)
    assert case.incidents == (INCIDENT,)
    assert case.assessments == (DASH,)
    assert new_case().incidents == ()  # the case it grew from is unchanged
    assert default_catalogue().result(case.assessments[0]).refers_to_conference


def test_a_record_with_an_id_already_filed_replaces_it_in_its_place():
    later = evolve(INCIDENT, id="incident-2", when=IncidentTime.on(dt.date(2026, 3, 1)))
    case = new_case().with_records(INCIDENT, later)
    corrected = evolve(INCIDENT, forms=(ViolenceForm.PHYSICAL,))
    assert case.with_records(corrected).incidents == (corrected, later)


def test_a_filed_incident_is_checked_as_the_constructor_checks_it():
    stranger = evolve(INCIDENT, perpetrators=("neighbour",))
    with pytest.raises(InvalidModel, match=r"Case\.incidents\[0\]\.perpetrators\[0\]"):
        new_case().with_records(stranger)
    adult = evolve(
        INCIDENT, children=(ChildExposure(child="mother", kinds=(ExposureKind.HEARD,)),), victims=()
    )
    with pytest.raises(InvalidModel, match="was not a minor"):
        new_case().with_records(adult)


def test_a_filed_assessment_is_checked_as_the_constructor_checks_it():
    with pytest.raises(InvalidModel, match=r"Case\.assessments\[0\]\.subject"):
        new_case().with_records(evolve(DASH, subject="stranger"))


@pytest.mark.parametrize(
    ("given", "pointer"),
    [
        (NoteAdded(at=at("2026-03-02"), actor=SOCIAL_WORKER, text="-"), "Case.record()"),
        (
            ReportOfConcern(
                id="report-1",
                child="elias",
                received_at=at("2026-03-02"),
                reporter_kind=ReporterKind.SCHOOL,
                concerns=(ConcernCategory.NEGLECT,),
            ),
            "ReportOfConcernReceived event",
        ),
        (Person(id="grandmother"), "FamilySystem"),
        (
            Relationship(kind=RelationshipKind.PARTNER, from_person="mother", to_person="father"),
            "FamilySystem",
        ),
        (FamilySystem(persons=(Person(id="mother"),)), "evolve(case, family=...)"),
        ("incident-1", "a case files Assessment, "),
    ],
)
def test_what_is_not_a_record_of_a_case_is_refused_naming_where_it_belongs(given, pointer):
    with pytest.raises(TypeError) as caught:
        new_case().with_records(given)
    assert pointer in str(caught.value)


@pytest.mark.parametrize("given", [INCIDENT, DASH])
def test_an_incident_or_an_assessment_recorded_as_an_event_points_to_with_records(given):
    with pytest.raises(TypeError, match=r"not an event of the history: file it with Case\.with"):
        new_case().record(given)
    with pytest.raises(TypeError, match="record one of the CaseEvent classes"):
        new_case().record(Person(id="grandmother"))
