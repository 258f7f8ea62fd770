"""The family of a municipal child investigation, as a social worker would look at it."""

import datetime as dt
import runpy
from pathlib import Path

import pytest

from familyviolence import FamilySystem, Period, Person, Relationship, RelationshipKind
from familyviolence.errors import UnknownPerson

EXAMPLE = Path(__file__).parent.parent / "examples" / "family_system.py"
K = RelationshipKind
TODAY = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def family() -> FamilySystem:
    """Mother, father with custody, two children and the mother's new partner.

    The parents separated in 2022 and kept joint custody; the children live with their mother
    and her new partner and have contact with their father.
    """
    return runpy.run_path(str(EXAMPLE))["build_family"]()


def ids(persons):
    return [p.id for p in persons]


def test_both_parents_are_custodians_and_the_new_partner_is_not(family):
    for child in ("child-1", "child-2"):
        assert ids(family.custodians_of(child, on=TODAY)) == ["mother", "father"]
    custodians = {p.id for c in ("child-1", "child-2") for p in family.custodians_of(c, on=TODAY)}
    assert "mothers-partner" not in custodians


def test_the_father_is_the_other_parent(family):
    assert ids(family.other_parents_of("child-1", "mother")) == ["father"]
    assert ids(family.other_parents_of("child-2", "father")) == ["mother"]


def test_the_mothers_new_partner_is_recognised(family):
    assert ids(family.partners_of("mother", on=TODAY)) == ["mothers-partner"]
    assert ids(family.new_partners_of("mother", on=TODAY)) == ["mothers-partner"]
    assert ids(family.former_partners_of("mother", on=TODAY)) == ["father"]
    assert ids(family.new_partners_of("father", on=TODAY)) == []


def test_who_is_offered_contact_when_each_adult_receives_help(family):
    # The father, who the report of concern is about: the children's mother.
    assert ids(family.offered_contact("father", on=TODAY)) == ["mother"]
    # The mother: her partner, and the children's father.
    assert ids(family.offered_contact("mother", on=TODAY)) == ["father", "mothers-partner"]
    # The new partner, a step-parent: his partner and the children's father.
    assert ids(family.offered_contact("mothers-partner", on=TODAY)) == ["mother", "father"]


def test_children_and_households(family):
    assert ids(family.children_of("father")) == ["child-1", "child-2"]
    assert ids(family.minors(on=TODAY)) == ["child-1", "child-2"]
    assert ids(family.household_members("child-2", on=TODAY)) == [
        "mother",
        "child-1",
        "child-2",
        "mothers-partner",
    ]
    assert ids(family.household_members("father", on=TODAY)) == ["father"]
    assert ids(family.children_concerned("mothers-partner", on=TODAY)) == ["child-1", "child-2"]


def test_before_the_new_partner_moved_in(family):
    before = dt.date(2023, 6, 1)
    assert ids(family.partners_of("mother", on=before)) == []
    assert ids(family.household_members("child-1", on=before)) == []
    assert ids(family.offered_contact("mother", on=before)) == ["father"]


def test_once_the_elder_child_is_an_adult(family):
    adult_day = dt.date(2032, 3, 12)
    assert ids(family.minors(on=adult_day)) == ["child-2"]
    assert ids(family.custodians_of("child-1", on=adult_day)) == []
    assert ids(family.custodians_of("child-2", on=adult_day)) == ["mother", "father"]


def test_an_unknown_person_is_a_clear_error(family):
    with pytest.raises(UnknownPerson, match="'grandfather'"):
        family.parents_of("grandfather")
    with pytest.raises(UnknownPerson):
        family.other_parents_of("child-1", "grandfather")


def test_a_partnership_that_has_ended_makes_former_partners():
    family = FamilySystem(
        persons=(Person(id="a"), Person(id="b")),
        relationships=(
            Relationship(
                kind=K.PARTNER,
                from_person="a",
                to_person="b",
                period=Period(start=dt.date(2015, 1, 1), end=dt.date(2024, 12, 31)),
            ),
        ),
    )
    assert ids(family.partners_of("a", on=dt.date(2024, 12, 31))) == ["b"]
    assert ids(family.former_partners_of("a", on=dt.date(2024, 12, 31))) == []
    assert ids(family.former_partners_of("b", on=dt.date(2025, 1, 1))) == ["a"]


def test_the_example_prints_its_summary_without_personal_data(capsys):
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    assert "vårdnadshavare: mother, father" in out
    assert "Offered contact when mother receives help: father, mothers-partner" in out
    for personal in ("Karin", "Lindqvist", "880417", "Sysslomansgatan"):
        assert personal not in out
