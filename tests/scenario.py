"""The family and staff of the scenario tests (all people invented)."""

import datetime as dt

from familyviolence import Actor, AgencyKind, Case, FamilySystem, Jurisdiction, Person, Relationship
from familyviolence import RelationshipKind as K

SOCIAL_WORKER = Actor(
    id="staff-17", agency_id="malmo-bou", agency_kind=AgencyKind.SOCIAL_SERVICES_CHILDREN
)
CHILD_WELFARE_WORKER = Actor(
    id="staff-4", agency_id="bergen-bv", agency_kind=AgencyKind.CHILD_WELFARE
)


def family() -> FamilySystem:
    """Karin and Jonas, separated, with joint custody of Elias (born 2014) and Saga (2019)."""
    relationships = [
        Relationship(kind=K.FORMER_PARTNER, from_person="mother", to_person="father"),
    ]
    for child in ("elias", "saga"):
        relationships += [
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="mother", to_person=child),
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="father", to_person=child),
            Relationship(kind=K.CUSTODIAN, from_person="mother", to_person=child),
            Relationship(kind=K.CUSTODIAN, from_person="father", to_person=child),
        ]
    return FamilySystem(
        persons=(
            Person(id="mother", birth_date=dt.date(1988, 4, 17)),
            Person(id="father", birth_date=dt.date(1985, 9, 21)),
            Person(id="elias", birth_date=dt.date(2014, 3, 12)),
            Person(id="saga", birth_date=dt.date(2019, 8, 30)),
        ),
        relationships=tuple(relationships),
    )


def new_case(jurisdiction: Jurisdiction = Jurisdiction.SE, subjects=("elias",), **fields) -> Case:
    """A case about Elias with nothing recorded yet."""
    return Case(
        id="case-1", jurisdiction=jurisdiction, family=family(), subjects=subjects, **fields
    )


def at(day: str, time: str = "09:00") -> dt.datetime:
    """A local date and time from ISO strings, e.g. ``at("2026-03-02", "16:30")``."""
    return dt.datetime.fromisoformat(f"{day}T{time}")
