"""A family met in a municipal child investigation, and what the library says about it.

Karin and Jonas separated in 2022 and kept joint custody of their two children, who live with
Karin and her new partner Oskar and see their father every other weekend. A report of concern
about violence at the father's home has been received. Who are the custodians, who is the other
parent, and who should be offered contact when one of the adults receives help?

Run it with ``python examples/family_system.py``. The people are invented.
"""

from __future__ import annotations

import datetime as dt

from familyviolence import (
    Country,
    FamilySystem,
    Household,
    IdentityNumber,
    Period,
    Person,
    Relationship,
    RelationshipKind,
)
from familyviolence.vocabulary import RecordedSex

K = RelationshipKind
TODAY = dt.date(2026, 3, 2)


def build_family() -> FamilySystem:
    """The family of the investigation, as a case-management system would record it."""
    se = Country.SE
    mother = Person(
        id="mother",
        name="Karin Lindqvist",
        identity_number=IdentityNumber(country=se, number="880417-2388"),
        sex=RecordedSex.FEMALE,
    )
    father = Person(
        id="father",
        name="Jonas Berg",
        identity_number=IdentityNumber(country=se, number="850921-4154"),
        sex=RecordedSex.MALE,
    )
    son = Person(
        id="child-1",
        name="Elias Berg",
        identity_number=IdentityNumber(country=se, number="20140312-1237"),
        sex=RecordedSex.MALE,
    )
    daughter = Person(
        id="child-2",
        name="Saga Berg",
        identity_number=IdentityNumber(country=se, number="20190830-3744"),
        sex=RecordedSex.FEMALE,
    )
    new_partner = Person(
        id="mothers-partner",
        name="Oskar Dahl",
        birth_date=dt.date(1990, 1, 5),
        sex=RecordedSex.MALE,
    )
    children = (son.id, daughter.id)
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
        Relationship(kind=K.SIBLING, from_person=son.id, to_person=daughter.id),
    ]
    for child in children:
        relationships += [
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="mother", to_person=child),
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="father", to_person=child),
            Relationship(kind=K.CUSTODIAN, from_person="mother", to_person=child),
            Relationship(kind=K.CUSTODIAN, from_person="father", to_person=child),
            Relationship(kind=K.CONTACT_RIGHT, from_person="father", to_person=child),
            Relationship(
                kind=K.STEP_PARENT,
                from_person="mothers-partner",
                to_person=child,
                period=Period(start=dt.date(2024, 1, 1)),
            ),
        ]
    households = (
        Household(
            id="mothers-home",
            members=("mother", "mothers-partner", *children),
            period=Period(start=dt.date(2024, 1, 1)),
            address="Sysslomansgatan 1, Uppsala",
        ),
        Household(id="fathers-home", members=("father",), period=Period(start=dt.date(2022, 6, 1))),
    )
    return FamilySystem(
        persons=(mother, father, son, daughter, new_partner),
        relationships=tuple(relationships),
        households=households,
    )


def summary(family: FamilySystem, on: dt.date) -> str:
    """What the family looks like on a day, in ids and labels only: no personal data."""

    def ids(persons: tuple[Person, ...]) -> str:
        return ", ".join(p.id for p in persons) or "-"

    custodian = K.CUSTODIAN.label("sv")
    counts = (
        f"{len(family.persons)} persons, {len(family.relationships)} relationships, "
        f"{len(family.households)} households"
    )
    lines = [f"Family system on {on}: {counts}"]
    for child in family.minors(on=on):
        lines += [
            f"{child.id}, {child.age_on(on)} years old",
            f"  {custodian}: {ids(family.custodians_of(child.id, on=on))}",
            f"  other parent than the mother: {ids(family.other_parents_of(child.id, 'mother'))}",
            f"  lives with: {ids(family.household_members(child.id, on=on))}",
        ]
    lines.append(f"The mother's new partner: {ids(family.new_partners_of('mother', on=on))}")
    lines += [
        f"Offered contact when {who} receives help: {ids(family.offered_contact(who, on=on))}"
        for who in ("father", "mother", "mothers-partner")
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(build_family(), TODAY))
