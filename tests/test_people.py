"""Persons: ages, minority, and the facts that must agree."""

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import Country, IdentityNumber, InvalidModel, Person
from familyviolence.testing import strategies as fvst


def born(day: dt.date) -> Person:
    return Person(id="p", birth_date=day)


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (dt.date(2008, 3, 2), dt.date(2026, 3, 1), 17),
        (dt.date(2008, 3, 2), dt.date(2026, 3, 2), 18),
        (dt.date(2008, 2, 29), dt.date(2026, 2, 28), 17),  # no 29 February in 2026
        (dt.date(2008, 2, 29), dt.date(2026, 3, 1), 18),
        (dt.date(2008, 2, 29), dt.date(2028, 2, 29), 20),
        (dt.date(2026, 1, 1), dt.date(2026, 1, 1), 0),
    ],
)
def test_age_in_whole_years(birth, on, age):
    assert born(birth).age_on(on) == age


def test_a_child_is_a_minor_until_the_eighteenth_birthday():
    child = born(dt.date(2008, 3, 2))
    assert child.is_minor_on(dt.date(2026, 3, 1)) is True
    assert child.is_minor_on(dt.date(2026, 3, 2)) is False
    assert child.majority_date() == dt.date(2026, 3, 2)


def test_born_on_leap_day_comes_of_age_on_first_of_march():
    assert born(dt.date(2008, 2, 29)).majority_date() == dt.date(2026, 3, 1)


def test_not_yet_born_is_not_a_minor_and_has_no_age():
    unborn = born(dt.date(2026, 6, 1))
    assert unborn.is_minor_on(dt.date(2026, 5, 1)) is False
    with pytest.raises(ValueError, match="before the person was born"):
        unborn.age_on(dt.date(2026, 5, 1))


def test_unknown_birth_date_means_unknown_age():
    person = Person(id="p")
    assert person.age_on(dt.date(2026, 1, 1)) is None
    assert person.is_minor_on(dt.date(2026, 1, 1)) is None
    with pytest.raises(ValueError, match="unknown"):
        person.majority_date()


def test_birth_date_is_read_off_the_identity_number():
    number = IdentityNumber(country=Country.NO, number="15108695088")
    assert Person(id="p", identity_number=number).birth_date == dt.date(1986, 10, 15)


def test_birth_date_and_identity_number_must_agree():
    number = IdentityNumber(country=Country.SE, number="880320-0016")
    assert Person(id="p", identity_number=number, birth_date=dt.date(1988, 3, 20))
    with pytest.raises(InvalidModel) as caught:
        Person(id="p", identity_number=number, birth_date=dt.date(1988, 3, 21))
    assert (caught.value.model, caught.value.field) == ("Person", "birth_date")
    assert "1988" not in str(caught.value)


@pytest.mark.parametrize("bad_id", ["", " p", "p ", 7, None])
def test_an_id_must_be_a_non_empty_string(bad_id):
    with pytest.raises(InvalidModel, match=r"Person\.id"):
        Person(id=bad_id)


@pytest.mark.parametrize("code", ["sv", "nb", "ar", "fas"])
def test_preferred_language_is_an_iso_639_code(code):
    assert Person(id="p", preferred_language=code).preferred_language == code


@pytest.mark.parametrize("code", ["Swedish", "SV", "s", ""])
def test_a_preferred_language_that_is_not_a_code_is_refused(code):
    with pytest.raises(InvalidModel, match="preferred_language"):
        Person(id="p", preferred_language=code)


def test_persons_are_frozen():
    person = Person(id="p")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        person.name = "Karin"  # type: ignore[misc]
    assert attrs.evolve(person, needs_interpreter=True).needs_interpreter


@given(fvst.persons(), st.dates(dt.date(1940, 1, 1), dt.date(2060, 1, 1)))
def test_minor_exactly_when_born_and_younger_than_18(person, on):
    minor = person.is_minor_on(on)
    if person.birth_date is None:
        assert minor is None
    elif on < person.birth_date:
        assert minor is False
    else:
        assert minor == (person.age_on(on) < 18)
