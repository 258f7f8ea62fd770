"""Every invariant of a family system: the violating object is built and refused."""

import datetime as dt

import pytest

from familyviolence import (
    FamilySystem,
    Household,
    InvalidModel,
    Period,
    Person,
    Relationship,
    RelationshipKind,
)

K = RelationshipKind
D = dt.date

MOTHER = Person(id="mother", name="Karin Lindqvist", birth_date=D(1988, 4, 17))
FATHER = Person(id="father", name="Jonas Berg", birth_date=D(1985, 9, 21))
CHILD = Person(id="child", name="Saga Berg", birth_date=D(2014, 3, 12))
GRANDMOTHER = Person(id="grandmother", birth_date=D(1960, 1, 1))
PEOPLE = (MOTHER, FATHER, CHILD, GRANDMOTHER)


def rel(kind, a, b, period=None):
    return Relationship(kind=kind, from_person=a, to_person=b, period=period or Period())


def family(*relationships, persons=PEOPLE, households=()):
    return FamilySystem(persons=persons, relationships=relationships, households=households)


def assert_refused(build, field, reason):
    with pytest.raises(InvalidModel) as caught:
        build()
    assert caught.value.model == "FamilySystem"
    assert caught.value.field == field
    assert reason in caught.value.reason
    # The names and birth dates of the family never reach the message.
    message = str(caught.value)
    for person in PEOPLE:
        assert person.name is None or person.name not in message
        assert str(person.birth_date) not in message
    return caught.value


def test_a_valid_family_is_built():
    built = family(
        rel(K.BIOLOGICAL_PARENT, "mother", "child"),
        rel(K.CUSTODIAN, "mother", "child"),
        rel(K.CUSTODIAN, "father", "child"),
    )
    assert len(built.relationships) == 3


def test_person_ids_are_unique():
    assert_refused(
        lambda: family(persons=(MOTHER, FATHER, Person(id="mother"))), "persons[2].id", "unique"
    )


def test_a_relationship_to_an_unknown_person_is_refused():
    assert_refused(
        lambda: family(rel(K.CUSTODIAN, "father", "child"), rel(K.PARTNER, "mother", "jonas")),
        "relationships[1].to_person",
        "no person with id 'jonas'",
    )


def test_a_relationship_from_an_unknown_person_is_refused():
    assert_refused(
        lambda: family(rel(K.SIBLING, "stranger", "child")),
        "relationships[0].from_person",
        "no person",
    )


def test_a_household_member_must_be_in_the_family():
    assert_refused(
        lambda: family(households=(Household(id="h", members=("mother", "lodger")),)),
        "households[0].members",
        "no person with id 'lodger'",
    )


def test_household_ids_are_unique():
    homes = (Household(id="h", members=("mother",)), Household(id="h", members=("father",)))
    assert_refused(lambda: family(households=homes), "households[1].id", "unique")


def test_no_one_relates_to_themselves():
    with pytest.raises(InvalidModel) as caught:
        rel(K.PARTNER, "mother", "mother")
    assert (caught.value.model, caught.value.field) == ("Relationship", "to_person")


def test_a_relationship_is_not_recorded_twice():
    assert_refused(
        lambda: family(rel(K.PARTNER, "mother", "father"), rel(K.PARTNER, "father", "mother")),
        "relationships[1]",
        "repeats",
    )


def test_parents_and_custodians_form_no_cycle():
    assert_refused(
        lambda: family(
            rel(K.STEP_PARENT, "grandmother", "mother"),
            rel(K.CUSTODIAN, "mother", "child"),
            rel(K.CUSTODIAN, "child", "grandmother"),
            persons=(
                Person(id="mother"),
                Person(id="child"),
                Person(id="grandmother"),
            ),
        ),
        "relationships",
        "cycle",
    )


def test_a_parent_is_older_than_the_child():
    assert_refused(
        lambda: family(rel(K.BIOLOGICAL_PARENT, "child", "mother")),
        "relationships[0]",
        "born before the child",
    )


def test_parents_of_unknown_age_are_accepted():
    built = family(
        rel(K.ADOPTIVE_PARENT, "unknown-age", "child"),
        persons=(*PEOPLE, Person(id="unknown-age")),
    )
    assert [p.id for p in built.parents_of("child")] == ["unknown-age"]


def test_a_third_custodian_at_the_same_time_is_refused():
    assert_refused(
        lambda: family(
            rel(K.CUSTODIAN, "mother", "child"),
            rel(K.CUSTODIAN, "father", "child"),
            rel(K.CUSTODIAN, "grandmother", "child", Period(start=D(2020, 1, 1))),
        ),
        "relationships[2]",
        "at most 2 custodians",
    )


def test_custodians_one_after_the_other_are_accepted():
    built = family(
        rel(K.CUSTODIAN, "mother", "child"),
        rel(K.CUSTODIAN, "father", "child", Period(end=D(2019, 12, 31))),
        rel(K.CUSTODIAN, "grandmother", "child", Period(start=D(2020, 1, 1))),
    )
    on = D(2026, 1, 1)
    assert [p.id for p in built.custodians_of("child", on=on)] == ["mother", "grandmother"]
    assert [p.id for p in built.custodians_of("child", on=D(2019, 6, 1))] == ["mother", "father"]


def test_custody_over_an_adult_is_refused():
    assert_refused(
        lambda: family(rel(K.CUSTODIAN, "mother", "father", Period(start=D(2020, 1, 1)))),
        "relationships[0].period",
        "only be held over a minor",
    )


def test_custody_that_ends_after_the_child_turns_18_is_refused():
    assert_refused(
        lambda: family(rel(K.CUSTODIAN, "mother", "child", Period(end=D(2032, 3, 12)))),
        "relationships[0].period",
        "minor",
    )


def test_custody_until_the_day_before_the_eighteenth_birthday_is_accepted():
    built = family(rel(K.CUSTODIAN, "mother", "child", Period(end=D(2032, 3, 11))))
    assert [p.id for p in built.custodians_of("child", on=D(2032, 3, 11))] == ["mother"]


def test_members_of_a_family_system_must_be_of_the_right_types():
    with pytest.raises(InvalidModel, match=r"relationships\[0\]"):
        FamilySystem(persons=PEOPLE, relationships=(MOTHER,))  # type: ignore[arg-type]
    with pytest.raises(InvalidModel, match="persons"):
        FamilySystem(persons=[MOTHER])  # type: ignore[arg-type]


def test_a_period_cannot_end_before_it_starts():
    with pytest.raises(InvalidModel) as caught:
        Period(start=D(2026, 1, 2), end=D(2026, 1, 1))
    assert (caught.value.model, caught.value.field) == ("Period", "end")


def test_a_household_has_members_each_once():
    with pytest.raises(InvalidModel, match="members"):
        Household(id="h", members=())
    with pytest.raises(InvalidModel, match="more than once"):
        Household(id="h", members=("mother", "mother"))
