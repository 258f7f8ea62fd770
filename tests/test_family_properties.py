"""Properties of every valid family system: invariants hold and queries agree with each other."""

import datetime as dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import FamilySystem, RelationshipKind
from familyviolence.testing import strategies as fvst

days = st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31))


@given(fvst.family_systems())
def test_every_generated_family_system_can_be_rebuilt_from_its_parts(family):
    # Rebuilding runs every invariant check again: a generated system satisfies all of them.
    rebuilt = FamilySystem(
        persons=family.persons,
        relationships=family.relationships,
        households=family.households,
    )
    assert rebuilt == family
    assert attrs.evolve(family) == family


@given(fvst.family_systems(), days)
def test_custodians_are_at_most_two_and_only_of_minors(family, on):
    for person in family.persons:
        custodians = family.custodians_of(person.id, on=on)
        assert len(custodians) <= 2
        if custodians and person.birth_date is not None:
            assert person.is_minor_on(on)


@given(fvst.family_systems())
def test_a_childs_parents_list_that_child_and_are_older(family):
    for parent in family.persons:
        for child in family.children_of(parent.id):
            assert parent in family.parents_of(child.id)
            if parent.birth_date and child.birth_date:
                assert parent.birth_date < child.birth_date
    for child in family.persons:
        for parent in family.parents_of(child.id):
            assert child in family.children_of(parent.id)


@given(fvst.family_systems(), days)
def test_partnership_is_mutual_and_current_excludes_former(family, on):
    for person in family.persons:
        current = family.partners_of(person.id, on=on)
        for partner in current:
            assert person in family.partners_of(partner.id, on=on)
        assert not set(current) & set(family.former_partners_of(person.id, on=on))
        assert set(family.new_partners_of(person.id, on=on)) <= set(current)


@given(fvst.family_systems(), days)
def test_other_parents_are_the_parents_minus_one(family, on):
    for child in family.persons:
        parents = family.parents_of(child.id, on=on)
        for parent in parents:
            others = family.other_parents_of(child.id, parent.id, on=on)
            assert parent not in others
            assert set(others) | {parent} == set(parents)


@given(fvst.family_systems(), days)
def test_household_membership_is_shared(family, on):
    for person in family.persons:
        members = family.household_members(person.id, on=on)
        assert members == () or person in members
        for member in members:
            assert person in family.household_members(member.id, on=on)


@given(fvst.family_systems(), days)
def test_offered_contact_is_partners_and_the_other_parents(family, on):
    for person in family.persons:
        offered = set(family.offered_contact(person.id, on=on))
        assert person not in offered
        assert set(family.partners_of(person.id, on=on)) <= offered
        for child in family.children_of(person.id, on=on):
            assert set(family.other_parents_of(child.id, person.id, on=on)) <= offered


@given(fvst.family_systems(), days)
def test_minors_are_those_born_and_under_18(family, on):
    assert family.minors(on=on) == tuple(p for p in family.persons if p.is_minor_on(on))


@given(fvst.family_systems())
def test_no_care_relationship_points_back_up(family):
    # The care graph is acyclic, so no one can be both carer and cared-for of the same person.
    care = {(r.from_person, r.to_person) for r in family.relationships if r.kind.is_care}
    assert not any((b, a) in care for a, b in care)
    assert all(r.kind in RelationshipKind for r in family.relationships)
