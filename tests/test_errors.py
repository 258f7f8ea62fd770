"""The exception hierarchy and what errors say."""

import pickle

import pytest

from familyviolence import FamilyViolenceError, InvalidDocument, InvalidModel
from familyviolence.errors import Problem, UnknownPerson


def test_every_error_derives_from_the_root_and_validation_errors_from_value_error():
    for error in (InvalidModel, InvalidDocument):
        assert issubclass(error, FamilyViolenceError)
        assert issubclass(error, ValueError)
    assert issubclass(UnknownPerson, LookupError)
    assert issubclass(UnknownPerson, FamilyViolenceError)


def test_invalid_model_names_class_and_field():
    error = InvalidModel("Relationship", "to_person", "a person cannot relate to themselves")
    assert str(error) == "Relationship.to_person: a person cannot relate to themselves"
    assert (error.model, error.field) == ("Relationship", "to_person")


def test_invalid_document_lists_every_problem_with_its_path():
    error = InvalidDocument(
        [
            Problem(path="$.persons[0].id", expected="a string", found="number"),
            Problem(path="$.relationships[2].kind", expected="a relationship kind", found="string"),
        ]
    )
    assert [p.path for p in error.problems] == ["$.persons[0].id", "$.relationships[2].kind"]
    lines = str(error).splitlines()
    assert lines[0] == "2 problems in document"
    assert lines[1].strip() == "$.persons[0].id: expected a string, found number"


def test_invalid_document_needs_a_problem():
    with pytest.raises(ValueError, match="at least one problem"):
        InvalidDocument([])


@pytest.mark.parametrize(
    "error",
    [
        InvalidModel("Person", "birth_date", "does not agree with the identity number"),
        InvalidDocument([Problem(path="$", expected="an object", found="array")]),
        UnknownPerson("child-3"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_survive_pickling(error):
    # Errors cross process boundaries in worker pools; they must arrive intact.
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert type(copy) is type(error)
    assert str(copy) == str(error)


def test_errors_are_shown_under_the_public_package():
    assert InvalidModel.__module__ == "familyviolence"
    assert InvalidDocument.__module__ == "familyviolence"
