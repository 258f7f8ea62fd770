"""How a model is declared: on the explicit base every model derives from, never rebuilt."""

import re
from pathlib import Path

import attrs
import pytest

from familyviolence._model import Model, model, public
from familyviolence.codec import from_json, to_json
from familyviolence.people import Person


@model
class _Quantity(Model):
    amount: int = public()

    def describe(self) -> str:
        return f"{self.amount}"


@model
class _Days(_Quantity):
    def describe(self) -> str:
        # A zero-argument super() needs the class the method was defined in: the decorator
        # must not leave it pointing at a class made again from it.
        return super().describe() + " days"


def test_a_model_can_call_its_base_with_super_without_arguments():
    assert _Days(amount=3).describe() == "3 days"
    assert _Quantity(amount=3).describe() == "3"


def test_a_model_keeps_an_empty_dict_and_takes_no_weak_reference():
    person = Person(id="child-1")
    assert vars(person) == {}
    assert "__weakref__" not in dir(type(person))
    assert isinstance(person, Model)


def test_the_decorator_wants_the_model_base():
    with pytest.raises(TypeError, match="must derive from Model"):

        @model
        class _Plain:
            amount: int = public()


def test_the_class_declared_is_the_class_built():
    # attrs makes slotted classes anew; ours is that class, with its own name and module.
    assert attrs.has(_Days)
    assert _Days.__qualname__ == "_Days"
    assert _Days.__mro__[1] is _Quantity
    assert from_json(Person, to_json(Person(id="child-1"))) == Person(id="child-1")


def test_the_library_reads_no_private_name_of_attrs():
    # attrs is not pinned: its private names could change in any release. (Its documented
    # hooks, __attrs_post_init__ and __attrs_pre_init__, are public.)
    src = Path(__file__).parent.parent / "src" / "familyviolence"
    private = re.compile(r"""(?<!_)_attrs_\w+|["']_validators["']|\.__attrs_attrs__""")
    for path in src.rglob("*.py"):
        assert not private.search(path.read_text(encoding="utf-8")), path
