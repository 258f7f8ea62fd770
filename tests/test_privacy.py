"""Personal data never shows in repr or str, and every field says how sensitive it is."""

import attrs
import pytest
from hypothesis import given

import familyviolence
from familyviolence import InvalidModel, Person
from familyviolence._model import Model, model, personal, public
from familyviolence.privacy import sensitivity_of
from familyviolence.testing import strategies as fvst
from familyviolence.vocabulary import Sensitivity
from public_api import public_names

MODELS = [
    obj
    for name, obj in public_names().items()
    if isinstance(obj, type) and issubclass(obj, Model) and attrs.has(obj)
]


def personal_values(family):
    """Every name, identity number (in any spelling) and address of a family system."""
    for person in family.persons:
        if person.name:
            yield person.name
        if person.identity_number:
            number = person.identity_number.number
            yield number
            yield number[-10:]  # the ten-digit Swedish spelling
    for household in family.households:
        if household.address:
            yield household.address


@given(fvst.family_systems())
def test_no_name_identity_number_or_address_appears_in_repr_or_str(family):
    shown = [repr(family), str(family)]
    shown += [repr(p) for p in family.persons] + [repr(h) for h in family.households]
    shown += [repr(p.identity_number) for p in family.persons]
    for value in personal_values(family):
        for text in shown:
            assert value not in text


@given(fvst.persons())
def test_birth_dates_are_hidden_too(person):
    if person.birth_date is not None:
        assert person.birth_date.isoformat() not in repr(person)
        assert repr(person.birth_date) not in repr(person)


@pytest.mark.parametrize("model_type", MODELS, ids=lambda m: m.__name__)
def test_every_field_of_every_public_model_has_a_sensitivity_class(model_type):
    for field in attrs.fields(model_type):
        assert isinstance(sensitivity_of(field), Sensitivity)


def test_personal_fields_are_classified_as_such():
    fields = attrs.fields_dict(Person)
    assert sensitivity_of(fields["name"]) is Sensitivity.PERSONAL
    assert sensitivity_of(fields["identity_number"]) is Sensitivity.PERSONAL
    assert sensitivity_of(fields["birth_date"]) is Sensitivity.PERSONAL
    assert sensitivity_of(fields["id"]) is Sensitivity.PUBLIC
    household_fields = attrs.fields_dict(familyviolence.Household)
    assert sensitivity_of(household_fields["address"]) is Sensitivity.PROTECTED_LOCATION


def test_a_model_with_an_unclassified_field_cannot_be_declared():
    def declare():
        @model
        class Leaky(Model):
            id: str = public()
            secret: str = attrs.field()

        return Leaky

    with pytest.raises(TypeError, match=r"Leaky\.secret has no sensitivity class"):
        declare()


def test_a_present_value_is_shown_as_present_and_an_absent_one_as_none():
    @model
    class Note(Model):
        id: str = public()
        text: str | None = personal(default=None)

    assert repr(Note(id="n1")) == "Note(id='n1', text=None)"
    assert repr(Note(id="n1", text="Hit with a belt")) == "Note(id='n1', text=<personal>)"


@given(fvst.family_systems())
def test_errors_about_a_family_never_show_its_personal_values(family):
    clash = familyviolence.Relationship(
        kind=familyviolence.RelationshipKind.PARTNER,
        from_person=family.persons[0].id,
        to_person="someone-unknown",
    )
    with pytest.raises(InvalidModel) as caught:
        attrs.evolve(family, relationships=(*family.relationships, clash))
    for value in personal_values(family):
        assert value not in str(caught.value)
