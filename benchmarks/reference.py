"""The reference case documents of the benchmarks, built with the library's own API.

The realistic case: six persons, their relationships and households, three incidents, two
assessments (DASH and SARA v3) and a dozen history events, about 3 KB of JSON. The large case:
the same, with a history of 200 events. All people are invented.
"""

from __future__ import annotations

import datetime as dt

from familyviolence import (
    Actor,
    AgencyKind,
    Answer,
    Assessment,
    Case,
    ChildExposure,
    Country,
    ExposureKind,
    FamilySystem,
    Household,
    IdentityNumber,
    Incident,
    IncidentTime,
    InformationSource,
    Judgement,
    Jurisdiction,
    Period,
    Person,
    Relationship,
    RelationshipKind,
    Response,
    RiskLevel,
    ViolenceForm,
    default_catalogue,
)
from familyviolence.events import (
    DecisionMade,
    FollowUpDone,
    ImmediateProtectionAssessed,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationOpened,
    NoteAdded,
    PreAssessmentConcluded,
    ReengagementPlanned,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.vocabulary import AddressProtection, RecordedSex, ReporterKind

K = RelationshipKind
SE = Country.SE


def _family() -> FamilySystem:
    persons = (
        Person(
            id="mother",
            name="Karin Lindqvist",
            identity_number=IdentityNumber(country=SE, number="880417-2388"),
            sex=RecordedSex.FEMALE,
            address_protection=AddressProtection.PROTECTED_REGISTRATION,
        ),
        Person(
            id="father",
            name="Jonas Berg",
            identity_number=IdentityNumber(country=SE, number="850921-4154"),
            sex=RecordedSex.MALE,
            preferred_language="sv",
        ),
        Person(
            id="child-1",
            name="Elias Berg",
            identity_number=IdentityNumber(country=SE, number="20140312-1237"),
        ),
        Person(
            id="child-2",
            name="Saga Berg",
            identity_number=IdentityNumber(country=SE, number="20190830-3744"),
        ),
        Person(id="mothers-partner", name="Oskar Dahl", birth_date=dt.date(1990, 1, 5)),
        Person(id="grandmother", birth_date=dt.date(1958, 6, 1), needs_interpreter=True),
    )
    children = ("child-1", "child-2")
    relationships = [
        Relationship(
            kind=K.FORMER_PARTNER,
            from_person="mother",
            to_person="father",
            period=Period(end=dt.date(2022, 5, 31)),
        ),
        Relationship(
            kind=K.PARTNER,
            from_person="mothers-partner",
            to_person="mother",
            period=Period(start=dt.date(2023, 9, 1)),
        ),
        Relationship(kind=K.BIOLOGICAL_PARENT, from_person="grandmother", to_person="mother"),
    ]
    for child in children:
        relationships += [
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="mother", to_person=child),
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="father", to_person=child),
            Relationship(kind=K.CUSTODIAN, from_person="father", to_person=child),
        ]
    households = (
        Household(
            id="mothers-home",
            members=("mother", "mothers-partner", *children),
            period=Period(start=dt.date(2024, 1, 1)),
            address="Sysslomansgatan 1, Uppsala",
        ),
    )
    return FamilySystem(persons=persons, relationships=tuple(relationships), households=households)


def _incidents() -> tuple[Incident, ...]:
    recorded = dt.datetime(2026, 3, 4, 10, 0)
    return (
        Incident(
            id="incident-1",
            when=IncidentTime.at(dt.datetime(2026, 2, 27, 21, 30)),
            recorded_at=recorded,
            forms=(ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL),
            sources=(InformationSource.VICTIM, InformationSource.POLICE),
            perpetrators=("father",),
            victims=("mother",),
            children=(
                ChildExposure(child="child-1", kinds=(ExposureKind.HEARD,)),
                ChildExposure(child="child-2", kinds=(ExposureKind.NOTICED_AFTERWARDS,)),
            ),
            injured=("mother",),
        ),
        Incident(
            id="incident-2",
            when=IncidentTime.at(dt.datetime(2026, 1, 10, 18, 0)),
            recorded_at=recorded,
            forms=(ViolenceForm.PSYCHOLOGICAL, ViolenceForm.DIGITAL),
            sources=(InformationSource.VICTIM,),
            perpetrators=("father",),
            victims=("mother",),
        ),
        Incident(
            id="incident-3",
            when=IncidentTime.at(dt.datetime(2025, 12, 24, 20, 0)),
            recorded_at=recorded,
            forms=(ViolenceForm.PHYSICAL,),
            sources=(InformationSource.CHILD,),
            perpetrators=("father",),
            victims=("child-1",),
            children=(ChildExposure(child="child-1", kinds=(ExposureKind.SUBJECTED,)),),
        ),
    )


def _assessments() -> tuple[Assessment, ...]:
    catalogue = default_catalogue()
    dash_items = catalogue.definition("dash", "2009").items
    sara_items = catalogue.definition("sara", "3").items
    dash = Assessment(
        id="dash-1",
        instrument="dash",
        version="2009",
        subject="mother",
        assessor="police-4",
        assessed_on=dt.date(2026, 2, 28),
        answers=tuple(
            Answer(item=item.code, value=Response.YES if n % 2 else Response.NO)
            for n, item in enumerate(dash_items)
        ),
    )
    sara = Assessment(
        id="sara-1",
        instrument="sara",
        version="3",
        subject="father",
        assessor="specialist-2",
        assessed_on=dt.date(2026, 3, 20),
        answers=tuple(
            Answer(item=item.code, value=Response.PRESENT, past=Response.PRESENT)
            for item in sara_items
        ),
        judgements=tuple(
            Judgement(id=j.id, level=RiskLevel.MODERATE)
            for j in catalogue.definition("sara", "3").judgements
            if j.required
        ),
    )
    return dash, sara


_STAFF = Actor(
    id="staff-17", agency_id="uppsala-bou", agency_kind=AgencyKind.SOCIAL_SERVICES_CHILDREN
)


def _history(extra_notes: int) -> tuple[object, ...]:
    support = Intervention(
        id="perpetrator-support",
        kind=InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
        for_person="father",
    )
    day = dt.datetime
    events: list[object] = [
        ReportOfConcernReceived(
            at=day(2026, 3, 2, 9, 40),
            actor=_STAFF,
            report_id="report-1",
            reporter_kind=ReporterKind.POLICE,
        ),
        ImmediateProtectionAssessed(at=day(2026, 3, 2, 11), actor=_STAFF, protection_needed=False),
        PreAssessmentConcluded(
            at=day(2026, 3, 9, 14), actor=_STAFF, investigate=True, reason="Violence at home."
        ),
        InvestigationOpened(at=day(2026, 3, 10, 8, 30), actor=_STAFF),
        NoteAdded(at=day(2026, 3, 12, 10), actor=_STAFF, text="Talked with the children."),
        InvestigationConcluded(at=day(2026, 5, 20, 15), actor=_STAFF),
        DecisionMade(
            at=day(2026, 5, 22, 9),
            actor=_STAFF,
            motivation="The children need their father to stop using violence.",
            granted=(support,),
            child_needs=("child-1", "child-2"),
        ),
        InterventionStarted(at=day(2026, 6, 1, 9), actor=_STAFF, intervention_id=support.id),
        InterventionInterrupted(
            at=day(2026, 8, 3, 9), actor=_STAFF, intervention_id=support.id, reason="Dropped out."
        ),
        ReengagementPlanned(
            at=day(2026, 8, 10, 9),
            actor=_STAFF,
            intervention_id=support.id,
            follow_up_on=dt.date(2026, 9, 1),
        ),
    ]
    at = day(2026, 8, 11, 9)
    for n in range(extra_notes):
        events.append(NoteAdded(at=at, actor=_STAFF, text=f"Follow-up call number {n + 1}."))
        at += dt.timedelta(hours=6)
    events.append(FollowUpDone(at=at, actor=_STAFF, intervention_id=support.id))
    return tuple(events)


def reference_case(history_length: int = 12) -> Case:
    """The reference case with a history of ``history_length`` events (at least 11)."""
    return Case(
        id="case-2026-17",
        jurisdiction=Jurisdiction.SE,
        family=_family(),
        subjects=("child-1", "child-2"),
        incidents=_incidents(),
        history=_history(extra_notes=history_length - 11),  # type: ignore[arg-type]
        assessments=_assessments(),
    )
