"""Karin and Jonas's case with everything that must not leak in it (all people invented)."""

import datetime as dt

from familyviolence import (
    ChildExposure,
    Country,
    ExposureKind,
    Household,
    IdentityNumber,
    Incident,
    IncidentTime,
    InformationSource,
    ViolenceForm,
    evolve,
)
from familyviolence.interventions import InterventionKind
from familyviolence.vocabulary import AddressProtection
from rule_checks import incident as plain_incident
from rule_checks import intervention, through_decision
from scenario import at, family, new_case

NAMES = {"mother": "Karin Lind", "father": "Jonas Lind", "elias": "Elias Lind", "saga": "Saga Lind"}
NUMBERS = {"mother": "19880417-1232", "father": "19850921-5359"}
MOTHERS_ADDRESS = "Skyddsgatan 4"
FATHERS_ADDRESS = "Storgatan 1"
DESCRIPTION = "Threatened to kill her in the hall; Elias heard it from his room."


def threat_to_kill():
    """Jonas threatened to kill Karin in the hall; Elias heard it."""
    return Incident(
        id="incident-1",
        when=IncidentTime.on(dt.date(2026, 2, 27), as_reported="last Friday evening"),
        recorded_at=at("2026-03-02", "09:30"),
        forms=(ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL),
        perpetrators=("father",),
        victims=("mother",),
        children=(ChildExposure(child="elias", kinds=(ExposureKind.HEARD,)),),
        threat_to_kill=True,
        sources=(InformationSource.VICTIM,),
        description=DESCRIPTION,
    )


def karin_and_jonas():
    """Karin (protected address, with the children) and Jonas; one incident, named people."""
    persons = []
    for person in family().persons:
        number = NUMBERS.get(person.id)
        persons.append(
            evolve(
                person,
                name=NAMES[person.id],
                identity_number=number and IdentityNumber(country=Country.SE, number=number),
                address_protection=AddressProtection.PROTECTED_REGISTRATION
                if person.id == "mother"
                else None,
            )
        )
    homes = (
        Household(id="home-1", members=("mother", "elias", "saga"), address=MOTHERS_ADDRESS),
        Household(id="home-2", members=("father",), address=FATHERS_ADDRESS),
    )
    people = evolve(family(), persons=tuple(persons), households=homes)
    return evolve(new_case(), family=people, incidents=(threat_to_kill(),))


def decided_without_child_needs():
    """Caring Dads for the father, motivated by Elias's needs only: Saga is forgotten."""
    case = through_decision(
        new_case(incidents=(plain_incident(),)),
        intervention("cd", InterventionKind.CARING_DADS, "father"),
        child_needs=("elias",),
    )
    return case, dt.date(2026, 5, 4)
