"""Hypothesis strategies that generate *valid* objects of the library's types.

Every function returns a :class:`~hypothesis.strategies.SearchStrategy`; the objects it
generates satisfy every invariant of their type, so a test can use them as input without
filtering. The same strategies are registered for :func:`hypothesis.strategies.from_type`
when the ``testing`` extra is installed.

>>> from hypothesis import given
>>> from familyviolence.testing import strategies as fvst
>>> @given(fvst.family_systems())
... def test_a_parent_is_listed_by_their_children(family):
...     for person in family.persons:
...         for child in family.children_of(person.id):
...             assert person in family.parents_of(child.id)
>>> test_a_parent_is_listed_by_their_children()
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from stdnum import luhn
from stdnum.no import fodselsnummer

from familyviolence.family import FamilySystem
from familyviolence.identity import IdentityNumber
from familyviolence.instruments import (
    Answer,
    Assessment,
    AssessorQualifications,
    CalendarEntry,
    InstrumentCatalogue,
    InstrumentDefinition,
    InstrumentKind,
    ItemWeight,
    Judgement,
    JudgementOverride,
    Relevance,
    Response,
    RiskLevel,
    RiskScenario,
    WeightTable,
    default_catalogue,
)
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.relations import Household, Relationship
from familyviolence.vocabulary import Country, RelationshipKind

__all__ = [
    "assessments",
    "assessor_qualifications",
    "family_systems",
    "households",
    "identity_numbers",
    "ids",
    "instrument_catalogues",
    "instrument_definitions",
    "names",
    "periods",
    "persons",
    "relationships",
    "weight_tables",
]

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


def ids(prefix: str = "p") -> st.SearchStrategy[str]:
    """Stable ids such as ``"p-4f2a"``: never personal data."""
    return st.integers(min_value=0, max_value=0xFFFFF).map(lambda n: f"{prefix}-{n:05x}")


def names() -> st.SearchStrategy[str]:
    """Full names of invented people, such as ``"Karin Lindqvist"``."""
    return st.builds(
        lambda given, surname: f"{given} {surname}",
        st.sampled_from(_GIVEN_NAMES),
        st.sampled_from(_SURNAMES),
    )


_NAMES = st.none() | names()


def periods(
    *, earliest: dt.date = dt.date(1990, 1, 1), latest: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[Period]:
    """Periods with ends between ``earliest`` and ``latest``; either end may be open."""
    ends = st.none() | st.dates(min_value=earliest, max_value=latest)
    return st.tuples(ends, ends).map(_period)


def _period(ends: tuple[dt.date | None, dt.date | None]) -> Period:
    start, end = ends
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Period(start=start, end=end)


_BOOLEANS = st.booleans()
_SERIALS = st.integers(min_value=0, max_value=999)
_LANGUAGES = st.none() | st.sampled_from(("sv", "nb", "en", "ar", "so", "fa", "ti"))
_COUNTRIES = st.sampled_from(Country)
_BIRTH_DATES = st.dates(_EARLIEST_BIRTH, _LATEST_BIRTH)


def _draw_se_number(draw: st.DrawFn, born: dt.date) -> IdentityNumber:
    day = born.day + (60 if draw(_BOOLEANS) else 0)  # samordningsnummer add 60 to the day
    body = f"{born:%y%m}{day:02d}{draw(_SERIALS):03d}"
    number = f"{born.year // 100:02d}{body}{luhn.calc_check_digit(body)}"
    return IdentityNumber(country=Country.SE, number=number)


def _draw_no_number(draw: st.DrawFn, born: dt.date) -> IdentityNumber:
    day = born.day + (40 if draw(_BOOLEANS) else 0)  # D-nummer add 40 to the day
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
    born = draw(birth_dates) if draw(_BOOLEANS) else None
    number = None
    if born is not None and draw(_BOOLEANS):
        number = _draw_identity_number(draw, draw(_COUNTRIES), born)
    return Person(
        id=person_id,
        name=draw(_NAMES),
        identity_number=number,
        birth_date=born,
        protected_identity=draw(_BOOLEANS),
        preferred_language=draw(_LANGUAGES),
        needs_interpreter=draw(_BOOLEANS),
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
        another_carer = draw(_BOOLEANS)
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


# Invented notes of an assessor: free text is sensitive, so none of it comes from a real case.
_RATIONALES = (
    "Threats have increased since the separation.",
    "Several risk factors present; protective factors weak.",
    "Partner contact planned; victim informed of the safety plan.",
    "Information from police and social services agrees.",
)
_SCENARIOS = (
    "Renewed violence at handover of the children.",
    "Escalation if the contact ban is lifted.",
    "Threats by phone and messages after a court decision.",
)


def instrument_catalogues() -> st.SearchStrategy[InstrumentCatalogue]:
    """Catalogues of one or more of the shipped definitions."""
    definitions = default_catalogue().definitions
    return st.lists(st.sampled_from(definitions), min_size=1, unique_by=_key).map(
        lambda chosen: InstrumentCatalogue(definitions=tuple(chosen))
    )


def _key(definition: InstrumentDefinition) -> tuple[str, str]:
    return definition.key


def instrument_definitions(
    catalogue: InstrumentCatalogue | None = None,
) -> st.SearchStrategy[InstrumentDefinition]:
    """Definitions from ``catalogue`` (the shipped catalogue if not given)."""
    chosen = default_catalogue() if catalogue is None else catalogue
    return st.sampled_from(chosen.definitions)


@st.composite
def _answers(draw: st.DrawFn, definition: InstrumentDefinition) -> tuple[Answer, ...]:
    # Half the assessments answer every item, so that valid results are common; the others
    # leave items unanswered or omitted at random, so that invalid ones are too.
    complete = draw(st.booleans())
    answers = []
    for item in definition.items:
        if not complete and not draw(st.booleans()):
            continue  # left unanswered: counts as omitted
        scale = item.scale
        given = scale.responses[:-1] if complete else scale.responses  # OMITTED is last
        responses = st.sampled_from(given)
        answers.append(
            Answer(
                item=item.code,
                value=draw(responses),
                past=draw(responses) if scale.two_time_frames else None,
                relevance=draw(st.none() | st.sampled_from(Relevance))
                if scale.rates_relevance
                else None,
            )
        )
    return tuple(draw(st.permutations(answers)))


@st.composite
def _judgements(draw: st.DrawFn, definition: InstrumentDefinition) -> tuple[Judgement, ...]:
    recorded = [j for j in definition.judgements if j.required or draw(st.booleans())]
    return tuple(
        Judgement(
            id=j.id,
            level=draw(st.sampled_from(RiskLevel)),
            rationale=draw(st.none() | st.sampled_from(_RATIONALES)),
        )
        for j in recorded
    )


def _override(
    draw: st.DrawFn, definition: InstrumentDefinition, answers: tuple[Answer, ...]
) -> JudgementOverride | None:
    if definition.kind is not InstrumentKind.THRESHOLD_CHECKLIST or not draw(st.booleans()):
        return None
    count = sum(1 for a in answers if a.value is Response.YES)
    computed = definition.band_for(count)
    if computed is None:
        return None
    lowest = definition.bands.index(computed)
    band = draw(st.sampled_from(definition.bands[lowest:]))
    return JudgementOverride(band=band.id, reason=draw(st.sampled_from(_RATIONALES)))


def _calendar(
    draw: st.DrawFn, definition: InstrumentDefinition, assessed_on: dt.date
) -> tuple[CalendarEntry, ...]:
    calendar = definition.calendar
    if calendar is None:
        return ()
    # 28 days a month keeps every day inside the calendar's months, whatever their length.
    earliest = assessed_on - dt.timedelta(days=28 * calendar.months)
    entry = st.builds(
        CalendarEntry,
        day=st.dates(earliest, assessed_on),
        severity=st.integers(1, len(calendar.levels)),
    )
    return tuple(draw(st.lists(entry, max_size=6)))


@st.composite
def _assessment(draw: st.DrawFn, definition: InstrumentDefinition) -> Assessment:
    answers = draw(_answers(definition))
    assessed_on = draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
    critical = [i.code for i in definition.items if i.critical]
    spj = definition.kind is InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT
    scenario = st.builds(
        RiskScenario,
        description=st.sampled_from(_SCENARIOS),
        likelihood=st.none() | st.sampled_from(RiskLevel),
    )
    return Assessment(
        id=draw(ids("assessment")),
        instrument=definition.id,
        version=definition.version,
        subject=draw(ids()),
        assessor=draw(ids("professional")),
        assessed_on=assessed_on,
        answers=answers,
        judgements=draw(_judgements(definition)),
        critical_items=tuple(draw(st.lists(st.sampled_from(critical), unique=True)))
        if critical
        else (),
        scenarios=tuple(draw(st.lists(scenario, max_size=3))) if spj else (),
        override=_override(draw, definition, answers),
        calendar=_calendar(draw, definition, assessed_on),
    )


def assessments(
    definition: InstrumentDefinition | None = None,
) -> st.SearchStrategy[Assessment]:
    """Assessments that fit ``definition`` (any shipped definition if not given).

    About half answer every item; the others leave items unanswered or ``OMITTED`` at random,
    so some results are invalid for too many omissions. Every assessment passes
    :meth:`InstrumentCatalogue.validate <familyviolence.InstrumentCatalogue.validate>`. A
    checklist's override never lowers the level.
    """
    if definition is not None:
        return _assessment(definition)
    return instrument_definitions().flatmap(_assessment)


def weight_tables(
    definition: InstrumentDefinition | None = None,
) -> st.SearchStrategy[WeightTable]:
    """Invented weight tables for ``definition`` (the shipped Danger Assessment if not given).

    The weights are random, not the instrument's: use them to test code, never to score.
    """
    chosen = (
        default_catalogue().definition("danger_assessment", "2009")
        if definition is None
        else definition
    )
    weights = st.tuples(*(st.integers(-3, 8) for _ in chosen.items))
    return weights.map(
        lambda drawn: WeightTable(
            instrument=chosen.id,
            version=chosen.version,
            weights=tuple(
                ItemWeight(item=item.code, weight=w)
                for item, w in zip(chosen.items, drawn, strict=True)
            ),
        )
    )


def assessor_qualifications() -> st.SearchStrategy[AssessorQualifications]:
    """Professionals with the shipped instruments they are qualified for."""
    instruments = default_catalogue().instruments()
    return st.builds(
        AssessorQualifications,
        professional_id=ids("professional"),
        instruments=st.lists(st.sampled_from(instruments), unique=True).map(tuple),
    )
