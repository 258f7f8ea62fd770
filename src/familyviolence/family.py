"""The family system of a case: its people, how they are related, who lives together.

A :class:`FamilySystem` guards its invariants when built and answers the questions the work
asks of a family: who are the child's custodians, who is the other parent, who should be offered
contact when one person receives help.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from familyviolence._family_invariants import check_family
from familyviolence._model import Model, model, public
from familyviolence.errors import InvalidModel, UnknownPerson
from familyviolence.people import Person
from familyviolence.relations import Household, Relationship
from familyviolence.vocabulary import RelationshipKind

__all__ = ["FamilySystem"]


class _Index:
    """Look-up tables of one family system, each built once, when first needed.

    Persons by id are needed to check the system at all; the other tables only by queries,
    so a family system that is only checked and kept (as when documents are read in bulk)
    never builds them.
    """

    __slots__ = (
        "_households",
        "_households_of",
        "_incoming",
        "_order",
        "_outgoing",
        "_relationships",
        "by_id",
        "persons",
    )

    def __init__(self, system: FamilySystem) -> None:
        self.by_id: dict[str, Person] = {}
        for i, person in enumerate(system.persons):
            if person.id in self.by_id:
                raise InvalidModel(
                    "FamilySystem", f"persons[{i}].id", f"id {person.id!r} is not unique"
                )
            self.by_id[person.id] = person
        self.persons: Mapping[str, Person] = MappingProxyType(self.by_id)
        self._relationships = system.relationships
        self._households = system.households
        self._order: dict[str, int] | None = None
        self._outgoing: defaultdict[str, list[Relationship]] | None = None
        self._incoming: defaultdict[str, list[Relationship]] | None = None
        self._households_of: defaultdict[str, list[Household]] | None = None

    @property
    def order(self) -> dict[str, int]:
        """Each person's position in ``persons``."""
        if self._order is None:
            self._order = {person_id: i for i, person_id in enumerate(self.by_id)}
        return self._order

    @property
    def outgoing(self) -> defaultdict[str, list[Relationship]]:
        """The relationships from each person."""
        if self._outgoing is None:
            self._outgoing, self._incoming = self._by_end()
        return self._outgoing

    @property
    def incoming(self) -> defaultdict[str, list[Relationship]]:
        """The relationships to each person."""
        if self._incoming is None:
            self._outgoing, self._incoming = self._by_end()
        return self._incoming

    def _by_end(
        self,
    ) -> tuple[defaultdict[str, list[Relationship]], defaultdict[str, list[Relationship]]]:
        outgoing: defaultdict[str, list[Relationship]] = defaultdict(list)
        incoming: defaultdict[str, list[Relationship]] = defaultdict(list)
        for r in self._relationships:
            outgoing[r.from_person].append(r)
            incoming[r.to_person].append(r)
        return outgoing, incoming

    @property
    def households_of(self) -> defaultdict[str, list[Household]]:
        """The households each person has lived in."""
        if self._households_of is None:
            households_of: defaultdict[str, list[Household]] = defaultdict(list)
            for household in self._households:
                for member in household.members:
                    households_of[member].append(household)
            self._households_of = households_of
        return self._households_of


@model
class FamilySystem(Model):
    """The people of a case, their relationships and their households.

    Built only if it can exist: relationships and households refer to persons in the system, no
    one relates to themselves, parents, step-parents and custodians form no cycle, a parent is
    born before the child, a child has at most two custodians at a time, and custody is held
    only over a minor. A broken invariant raises :class:`~familyviolence.errors.InvalidModel`.

    Queries take and return persons by id and list persons in the order of ``persons``. Those
    that depend on time take the day ``on`` which to answer.

    Attributes:
        persons: Everyone in the family system, each id once.
        relationships: How they are related.
        households: Who lives together, when.
    """

    persons: tuple[Person, ...] = public()
    relationships: tuple[Relationship, ...] = public(default=())
    households: tuple[Household, ...] = public(default=())

    def __attrs_post_init__(self) -> None:
        check_family(self._index.by_id, self.relationships, self.households)

    @functools.cached_property
    def _index(self) -> _Index:
        return _Index(self)

    @property
    def persons_by_id(self) -> Mapping[str, Person]:
        """Every person of the family system by id, a read-only view (``id in persons_by_id``)."""
        return self._index.persons

    def person(self, person_id: str) -> Person:
        """The person with ``person_id``.

        Raises:
            UnknownPerson: If there is no such person.
        """
        try:
            return self._index.by_id[person_id]
        except KeyError:
            raise UnknownPerson(person_id) from None

    def children_of(self, parent_id: str, *, on: dt.date | None = None) -> tuple[Person, ...]:
        """The biological and adoptive children of a parent (on ``on``, if given)."""
        return self._related(parent_id, on, _outgoing(_is_parenthood))

    def parents_of(self, child_id: str, *, on: dt.date | None = None) -> tuple[Person, ...]:
        """The biological and adoptive parents of a child (on ``on``, if given)."""
        return self._related(child_id, on, _incoming(_is_parenthood))

    def other_parents_of(
        self, child_id: str, parent_id: str, *, on: dt.date | None = None
    ) -> tuple[Person, ...]:
        """The child's parents other than ``parent_id``: usually the one other parent."""
        self.person(parent_id)
        return tuple(p for p in self.parents_of(child_id, on=on) if p.id != parent_id)

    def custodians_of(self, child_id: str, *, on: dt.date) -> tuple[Person, ...]:
        """Who has legal custody of the child on ``on`` (none once the child is an adult)."""
        if self.person(child_id).is_minor_on(on) is False:
            return ()
        return self._related(child_id, on, _incoming(_is(RelationshipKind.CUSTODIAN)))

    def partners_of(self, person_id: str, *, on: dt.date) -> tuple[Person, ...]:
        """The person's partners on ``on``."""
        return self._related(person_id, on, _either(_is(RelationshipKind.PARTNER)))

    def former_partners_of(self, person_id: str, *, on: dt.date) -> tuple[Person, ...]:
        """People the person was a partner of before ``on`` and is not a partner of on ``on``.

        A ``FORMER_PARTNER`` relationship counts unless its period (the time they were
        together, as far as known) has not yet begun or not yet ended on ``on``; a ``PARTNER``
        relationship counts once its period has ended.
        """
        current = {p.id for p in self.partners_of(person_id, on=on)}
        earlier = self._related(person_id, None, _either(_is_partnership_before(on)))
        return tuple(p for p in earlier if p.id not in current)

    def new_partners_of(self, parent_id: str, *, on: dt.date) -> tuple[Person, ...]:
        """A parent's partners on ``on`` who are not a parent of any of that parent's children.

        In a child investigation this is the mother's new partner or the father's new partner: a
        person in the children's everyday life with no parental responsibility for them.
        """
        co_parents = {
            other.id
            for child in self.children_of(parent_id)
            for other in self.other_parents_of(child.id, parent_id)
        }
        return tuple(p for p in self.partners_of(parent_id, on=on) if p.id not in co_parents)

    def minors(self, *, on: dt.date) -> tuple[Person, ...]:
        """Everyone who is born and under 18 on ``on``; people with no known birth date are not."""
        return tuple(p for p in self.persons if p.is_minor_on(on))

    def household_members(self, person_id: str, *, on: dt.date) -> tuple[Person, ...]:
        """Everyone who lives with the person on ``on``, the person included.

        Empty if the family system records no household for the person on that day.
        """
        self.person(person_id)
        ids = {
            member
            for household in self._index.households_of[person_id]
            if household.period.contains(on)
            for member in household.members
        }
        return self._in_order(ids)

    def children_concerned(self, person_id: str, *, on: dt.date) -> tuple[Person, ...]:
        """Children whose parent, step-parent or custodian the person is on ``on``."""
        return self._related(person_id, on, _outgoing(_is_care))

    def offered_contact(self, person_id: str, *, on: dt.date) -> tuple[Person, ...]:
        """Who should be offered contact when the person receives help (family-systems view).

        The person's partners on ``on``, and every other parent of the children concerned (see
        :meth:`children_concerned`), whether a current partner, a former one or neither.
        """
        ids = {p.id for p in self.partners_of(person_id, on=on)}
        for child in self.children_concerned(person_id, on=on):
            ids.update(p.id for p in self.parents_of(child.id, on=on))
        ids.discard(person_id)
        return self._in_order(ids)

    def _related(
        self,
        person_id: str,
        on: dt.date | None,
        selects: Callable[[Relationship, str], bool],
    ) -> tuple[Person, ...]:
        self.person(person_id)
        index = self._index
        candidates = (*index.outgoing[person_id], *index.incoming[person_id])
        ids = {
            r.other_than(person_id)
            for r in candidates
            if selects(r, person_id) and (on is None or r.period.contains(on))
        }
        return self._in_order(ids)

    def _in_order(self, ids: Iterable[str]) -> tuple[Person, ...]:
        index = self._index
        return tuple(index.by_id[i] for i in sorted(ids, key=index.order.__getitem__))


def _is_partnership_before(day: dt.date) -> Callable[[Relationship], bool]:
    def ended(r: Relationship) -> bool:
        start, end = r.period.start, r.period.end
        if r.kind is RelationshipKind.FORMER_PARTNER:
            return (start is None or start < day) and (end is None or end < day)
        return r.kind is RelationshipKind.PARTNER and end is not None and end < day

    return ended


def _is(kind: RelationshipKind) -> Callable[[Relationship], bool]:
    return lambda r: r.kind is kind


def _is_parenthood(r: Relationship) -> bool:
    return r.kind.is_parenthood


def _is_care(r: Relationship) -> bool:
    return r.kind.is_care


def _outgoing(select: Callable[[Relationship], bool]) -> Callable[[Relationship, str], bool]:
    return lambda r, me: r.from_person == me and select(r)


def _incoming(select: Callable[[Relationship], bool]) -> Callable[[Relationship, str], bool]:
    return lambda r, me: r.to_person == me and select(r)


def _either(select: Callable[[Relationship], bool]) -> Callable[[Relationship, str], bool]:
    return lambda r, me: r.involves(me) and select(r)
