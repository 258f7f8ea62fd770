"""The family of the honour-related scenarios (all people invented).

Amira (16) tells the school counsellor that her father and her uncle control whom she meets and
plan a summer trip to marry her abroad; her mother goes along with it. Her brother Yusuf (23)
supports her.
"""

import datetime as dt

from familyviolence import Case, FamilySystem, Jurisdiction, Person, Relationship
from familyviolence import RelationshipKind as K
from familyviolence.honour import HonourForm, HonourMarker


def honour_family() -> FamilySystem:
    relationships = [
        Relationship(kind=K.PARTNER, from_person="mother", to_person="father"),
        Relationship(kind=K.OTHER_RELATIVE, from_person="uncle", to_person="amira"),
        Relationship(kind=K.SIBLING, from_person="yusuf", to_person="amira"),
    ]
    for parent in ("mother", "father"):
        relationships += [
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person=parent, to_person="amira"),
            Relationship(kind=K.CUSTODIAN, from_person=parent, to_person="amira"),
        ]
    return FamilySystem(
        persons=(
            Person(id="amira", birth_date=dt.date(2010, 5, 14), preferred_language="sv"),
            Person(
                id="father",
                birth_date=dt.date(1975, 1, 9),
                preferred_language="ar",
                needs_interpreter=True,
            ),
            Person(
                id="mother",
                birth_date=dt.date(1980, 6, 2),
                preferred_language="ar",
                needs_interpreter=True,
            ),
            Person(id="uncle", birth_date=dt.date(1972, 11, 30)),
            Person(id="yusuf", birth_date=dt.date(2003, 2, 1)),
            Person(id="cousin", birth_date=dt.date(2013, 4, 4)),
        ),
        relationships=tuple(relationships),
    )


def marker(**fields) -> HonourMarker:
    """Set on 2 March 2026: control, planned travel abroad, father and uncle."""
    values = {
        "id": "honour-1",
        "person": "amira",
        "recorded_on": dt.date(2026, 3, 2),
        "forms": (HonourForm.CONTROL, HonourForm.TRAVEL_ABROAD, HonourForm.SEVERAL_PERPETRATORS),
        "perpetrators": ("father", "uncle"),
        "note": "Told the school counsellor about the planned wedding.",
    }
    return HonourMarker(**{**values, **fields})


def honour_case(*records, jurisdiction=Jurisdiction.SE, with_marker=True) -> Case:
    """Amira's case, with the honour marker and ``records``."""
    case = Case(id="case-7", jurisdiction=jurisdiction, family=honour_family(), subjects=("amira",))
    return case.with_records(*((marker(),) if with_marker else ()), *records)
