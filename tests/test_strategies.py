"""The public strategies generate valid objects and are registered for st.from_type."""

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import FamilySystem, Household, IdentityNumber, Period, Person, Relationship
from familyviolence.testing import _plugin
from familyviolence.testing import strategies as fvst


def rebuild(obj):
    """Build the object again from its fields: runs every validator once more."""
    return type(obj)(**{f.name: getattr(obj, f.name) for f in attrs.fields(type(obj))})


def test_every_registered_type_names_a_public_strategy():
    for model_type, name in _plugin.STRATEGY_FOR.items():
        assert name in fvst.__all__, name
        assert callable(getattr(fvst, name)), model_type


@settings(max_examples=10)
@given(st.data())
def test_from_type_generates_valid_objects_of_every_registered_type(data):
    for model_type in _plugin.STRATEGY_FOR:
        obj = data.draw(st.from_type(model_type))
        assert isinstance(obj, model_type)
        assert rebuild(obj) == obj


@attrs.frozen
class ChildInvestigation:
    """A user's own type that holds the library's types."""

    family: FamilySystem
    reported_by: Person


@given(st.builds(ChildInvestigation))
def test_builds_of_a_users_type_uses_the_registered_strategies(investigation):
    assert rebuild(investigation.family) == investigation.family
    assert rebuild(investigation.reported_by) == investigation.reported_by


@given(fvst.periods())
def test_periods_are_ordered(period):
    assert period.start is None or period.end is None or period.start <= period.end


@given(fvst.relationships(), fvst.households(), fvst.persons())
def test_single_objects_are_valid(relationship, household, person):
    assert relationship.from_person != relationship.to_person
    assert len(set(household.members)) == len(household.members) >= 1
    assert rebuild(person) == person


@given(fvst.family_systems(max_adults=2, max_children=1))
def test_size_limits_are_respected(family):
    adults = [p for p in family.persons if p.id.startswith("adult-")]
    children = [p for p in family.persons if p.id.startswith("child-")]
    assert 1 <= len(adults) <= 2
    assert len(children) <= 1


def test_every_model_type_of_the_family_has_a_strategy():
    assert set(_plugin.STRATEGY_FOR) >= {
        Period,
        IdentityNumber,
        Person,
        Relationship,
        Household,
        FamilySystem,
    }
