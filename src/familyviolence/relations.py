"""How people are related, and who lives together: the edges of a family system."""

from __future__ import annotations

from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, protected_location, public
from familyviolence._validators import non_empty_id
from familyviolence.errors import InvalidModel
from familyviolence.periods import Period
from familyviolence.vocabulary import RelationshipKind

__all__ = ["Household", "Relationship"]


@model
class Relationship(Model):
    """``from_person`` is the *kind* of ``to_person``, during ``period``.

    A ``CUSTODIAN`` relationship runs from the custodian to the child, a ``BIOLOGICAL_PARENT``
    one from the parent to the child. Symmetric kinds (partners, former partners, siblings,
    other relatives and close persons) mean the same in either direction.

    >>> Relationship(kind=RelationshipKind.CUSTODIAN, from_person="father", to_person="child-1")
    Relationship(kind=<RelationshipKind.CUSTODIAN: 'custodian'>, from_person='father', \
to_person='child-1', period=Period(start=None, end=None))

    Attributes:
        kind: What ``from_person`` is to ``to_person``.
        from_person: Id of the person the relationship runs from.
        to_person: Id of the person the relationship runs to.
        period: When the relationship held; all time unless given.
    """

    kind: RelationshipKind = public()
    from_person: str = public(validator=non_empty_id)
    to_person: str = public(validator=non_empty_id)
    period: Period = public(factory=Period)

    def __attrs_post_init__(self) -> None:
        if self.from_person == self.to_person:
            raise InvalidModel("Relationship", "to_person", "a person cannot relate to themselves")

    def involves(self, person_id: str) -> bool:
        """Whether ``person_id`` is at either end of the relationship."""
        return person_id in (self.from_person, self.to_person)

    def other_than(self, person_id: str) -> str:
        """The person at the other end from ``person_id``."""
        return self.to_person if person_id == self.from_person else self.from_person


def _members(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise invalid(instance, attribute, "must be a non-empty tuple of person ids")
    if len(set(value)) != len(value):
        raise invalid(instance, attribute, "lists a person more than once")


@model
class Household(Model):
    """People who live together during a period.

    Who lives where is personal data, and for a person with protected identity it can put a life
    at risk: the address is never shown in ``repr`` and is treated as a protected location.

    Attributes:
        id: Stable id of the household within the family system.
        members: Ids of the persons living in the household; at least one, each once.
        period: When they lived together; all time unless given.
        address: The household's address (protected location).
    """

    id: str = public(validator=non_empty_id)
    members: tuple[str, ...] = public(validator=_members)
    period: Period = public(factory=Period)
    address: str | None = protected_location(default=None)
