"""People and families: identity numbers, persons, relationships, households, family systems.

Names are invented (common Swedish and Norwegian given names and surnames, combined at
random); identity numbers are valid but computed, never taken from real people.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from stdnum import luhn
from stdnum.no import fodselsnummer

from familyviolence.family import FamilySystem
from familyviolence.identity import IdentityNumber
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.relations import Household, Relationship
from familyviolence.testing._strategies.values import BOOLEANS, ids, periods
from familyviolence.vocabulary import (
    AddressProtection,
    Country,
    RelationshipKind,
)

_EARLIEST_BIRTH = dt.date(1940, 1, 1)
_LATEST_BIRTH = dt.date(2025, 12, 31)
_ADULTS_BORN = st.dates(dt.date(1950, 1, 1), dt.date(2000, 12, 31))
_CHILDREN_BORN = st.dates(dt.date(2008, 1, 1), dt.date(2025, 12, 31))

# Invented people: given names and surnames common in Sweden and Norway, combined at random.
_GIVEN_NAMES = (
    "Astrid", "Ebba", "Ingrid", "Karin", "Maja", "Nora", "Saga", "Sofie", "Tuva", "Vilja",
    "Anders", "Bjørn", "Elias", "Henrik", "Jonas", "Lars", "Magnus", "Nils", "Oskar", "Sindre",
    "Amira", "Yasmin", "Ali", "Omar", "Leyla", "Mehmet", "Aino", "Juha",
)  # fmt: skip
_SURNAMES = (
    "Andersson", "Berg", "Dahl", "Eriksson", "Haugen", "Hansen", "Johansson", "Karlsson",
    "Lindqvist", "Lund", "Nilsson", "Olsen", "Pettersson", "Solberg", "Strand", "Wikström",
    "Hassan", "Yilmaz", "Korhonen", "Abdi",
)  # fmt: skip


def names() -> st.SearchStrategy[str]:
    """Full names of invented people, such as ``"Karin Lindqvist"``."""
    return st.builds(
        lambda given, surname: f"{given} {surname}",
        st.sampled_from(_GIVEN_NAMES),
        st.sampled_from(_SURNAMES),
    )


_NAMES = st.none() | names()


_SERIALS = st.integers(min_value=0, max_value=999)
_ADDRESS_PROTECTIONS = st.none() | st.sampled_from(AddressProtection)
_LANGUAGES = st.none() | st.sampled_from(("sv", "nb", "en", "ar", "so", "fa", "ti"))
_COUNTRIES = st.sampled_from(Country)
_BIRTH_DATES = st.dates(_EARLIEST_BIRTH, _LATEST_BIRTH)


def _draw_se_number(draw: st.DrawFn, born: dt.date) -> IdentityNumber:
    day = born.day + (60 if draw(BOOLEANS) else 0)  # samordningsnummer add 60 to the day
    body = f"{born:%y%m}{day:02d}{draw(_SERIALS):03d}"
    number = f"{born.year // 100:02d}{body}{luhn.calc_check_digit(body)}"
    return IdentityNumber(country=Country.SE, number=number)


def _draw_no_number(draw: st.DrawFn, born: dt.date) -> IdentityNumber:
    day = born.day + (40 if draw(BOOLEANS) else 0)  # D-nummer add 40 to the day
    # The individual number encodes the century: 000-499 for 1900-1999, 500-999 for 2000-2039.
    low = 0 if born.year < 2000 else 500  # noqa: PLR2004
    first_try = draw(_SERIALS)
    for step in range(500):
        individual = low + (first_try + step) % 500
        body = f"{day:02d}{born:%m%y}{individual:03d}"
        first = fodselsnummer.calc_check_digit1(body)
        second = fodselsnummer.calc_check_digit2(body + first)
        if len(first) == 1 and len(second) == 1:  # "10" means no number with this serial
            return IdentityNumber(country=Country.NO, number=body + first + second)
    msg = "no valid individual number for this birth date"  # pragma: no cover - never happens
    raise AssertionError(msg)


def _draw_identity_number(draw: st.DrawFn, country: Country, born: dt.date) -> IdentityNumber:
    return (_draw_se_number if country is Country.SE else _draw_no_number)(draw, born)


@st.composite
def identity_numbers(
    draw: st.DrawFn, country: Country | None = None, *, born: dt.date | None = None
) -> IdentityNumber:
    """Valid identity numbers of ``country`` (any, if ``None``) for people born on ``born``.

    Swedish numbers are personnummer or samordningsnummer, Norwegian ones fødselsnummer or
    D-nummer.
    """
    return _draw_identity_number(
        draw,
        draw(_COUNTRIES) if country is None else country,
        draw(_BIRTH_DATES) if born is None else born,
    )


def _draw_person(
    draw: st.DrawFn,
    person_id: str,
    birth_dates: st.SearchStrategy[dt.date],
) -> Person:
    born = draw(birth_dates) if draw(BOOLEANS) else None
    number = None
    if born is not None and draw(BOOLEANS):
        number = _draw_identity_number(draw, draw(_COUNTRIES), born)
    return Person(
        id=person_id,
        name=draw(_NAMES),
        identity_number=number,
        birth_date=born,
        address_protection=draw(_ADDRESS_PROTECTIONS),
        preferred_language=draw(_LANGUAGES),
        needs_interpreter=draw(BOOLEANS),
    )


@st.composite
def persons(
    draw: st.DrawFn,
    *,
    person_id: st.SearchStrategy[str] | None = None,
    born_between: tuple[dt.date, dt.date] = (_EARLIEST_BIRTH, _LATEST_BIRTH),
) -> Person:
    """Persons, with or without name, birth date, identity number and the other facts."""
    return _draw_person(
        draw, draw(ids() if person_id is None else person_id), st.dates(*born_between)
    )


@st.composite
def relationships(
    draw: st.DrawFn, kinds: st.SearchStrategy[RelationshipKind] | None = None
) -> Relationship:
    """Relationships between two different person ids (on their own, outside a family)."""
    from_person, to_person = draw(st.lists(ids(), min_size=2, max_size=2, unique=True))
    return Relationship(
        kind=draw(st.sampled_from(RelationshipKind) if kinds is None else kinds),
        from_person=from_person,
        to_person=to_person,
        period=draw(_PERIODS),
    )


def households(members: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Household]:
    """Households of one to five distinct members, with or without an address."""
    return st.builds(
        Household,
        id=ids("household"),
        members=st.lists(
            ids() if members is None else members, min_size=1, max_size=5, unique=True
        ).map(tuple),
        period=periods(),
        address=st.none() | st.builds(_address, st.integers(1, 120), st.sampled_from(_SURNAMES)),
    )


def _address(number: int, street: str) -> str:
    return f"{street}vägen {number}"


@st.composite
def family_systems(draw: st.DrawFn, *, max_adults: int = 4, max_children: int = 4) -> FamilySystem:
    """Family systems of adults and children with parents, custody, partners and households.

    Children have up to two parents born before them and at most two custodians at a time,
    over their minority only; partners, step-parents, siblings, relatives and households are
    added at random. Every generated system satisfies every invariant of
    :class:`~familyviolence.FamilySystem`.
    """
    adults = [
        _draw_person(draw, f"adult-{i}", _ADULTS_BORN)
        for i in range(draw(st.integers(1, max_adults)))
    ]
    children = [
        _draw_person(draw, f"child-{i}", _CHILDREN_BORN)
        for i in range(draw(st.integers(0, max_children)))
    ]
    adult_ids = [a.id for a in adults]
    relations: list[Relationship] = []
    for child in children:
        parents = draw(st.lists(st.sampled_from(adult_ids), max_size=2, unique=True))
        for parent in parents:
            kind = draw(_PARENT_KIND)
            relations.append(Relationship(kind=kind, from_person=parent, to_person=child.id))
        custodians = draw(st.lists(st.sampled_from(adult_ids), max_size=2, unique=True))
        relations.extend(
            Relationship(
                kind=RelationshipKind.CUSTODIAN,
                from_person=custodian,
                to_person=child.id,
                period=draw(_minority(child)),
            )
            for custodian in custodians
        )
        others = [a for a in adult_ids if a not in parents]
        another_carer = draw(BOOLEANS)
        if others and another_carer:
            relations.append(
                Relationship(
                    kind=draw(_OTHER_CARE_KIND),
                    from_person=draw(st.sampled_from(others)),
                    to_person=child.id,
                    period=draw(_minority(child)),
                )
            )
    pairs = [(a, b) for i, a in enumerate(adult_ids) for b in adult_ids[i + 1 :]]
    for a, b in draw(st.lists(st.sampled_from(pairs), unique=True)) if pairs else ():
        kind = draw(_ADULT_KIND)
        period = draw(_PERIODS)
        relations.append(Relationship(kind=kind, from_person=a, to_person=b, period=period))
    child_ids = [c.id for c in children]
    child_pairs = [(a, b) for i, a in enumerate(child_ids) for b in child_ids[i + 1 :]]
    for a, b in draw(st.lists(st.sampled_from(child_pairs), unique=True)) if child_pairs else ():
        relations.append(Relationship(kind=RelationshipKind.SIBLING, from_person=a, to_person=b))
    everyone = adult_ids + child_ids
    homes = draw(st.lists(households(st.sampled_from(everyone)), max_size=3, unique_by=_id))
    return FamilySystem(
        persons=(*adults, *children), relationships=tuple(relations), households=tuple(homes)
    )


def _id(household: Household) -> str:
    return household.id


def _minority(child: Person) -> st.SearchStrategy[Period]:
    """Periods inside the child's minority (open-ended periods end at 18 by law)."""
    if child.birth_date is None:
        return periods()
    last = child.majority_date() - dt.timedelta(days=1)
    return periods(earliest=child.birth_date, latest=last)


_PARENT_KINDS = (RelationshipKind.BIOLOGICAL_PARENT, RelationshipKind.ADOPTIVE_PARENT)
_OTHER_CARE_KINDS = (RelationshipKind.STEP_PARENT, RelationshipKind.CONTACT_RIGHT)
_ADULT_KINDS = (
    RelationshipKind.PARTNER,
    RelationshipKind.FORMER_PARTNER,
    RelationshipKind.SIBLING,
    RelationshipKind.OTHER_RELATIVE,
    RelationshipKind.OTHER_CLOSE_PERSON,
)
_PARENT_KIND = st.sampled_from(_PARENT_KINDS)
_OTHER_CARE_KIND = st.sampled_from(_OTHER_CARE_KINDS)
_ADULT_KIND = st.sampled_from(_ADULT_KINDS)
_PERIODS = periods()
