"""The invariants of a family system, checked once when it is built.

Each check raises :class:`~familyviolence.errors.InvalidModel` naming the offending field by its
position (``relationships[3].to_person``); ids appear in messages, personal values never do.
"""

from __future__ import annotations

import datetime as dt
import graphlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import RelationshipKind

if TYPE_CHECKING:
    from familyviolence.people import Person
    from familyviolence.relations import Household, Relationship

__all__ = ["MAX_CUSTODIANS", "check_family"]

MAX_CUSTODIANS = 2
"""At most two people can have custody of a child at the same time."""

_MODEL = "FamilySystem"


_SYMMETRIC = frozenset(k for k in RelationshipKind if k.is_symmetric)
_PARENTHOOD = frozenset(k for k in RelationshipKind if k.is_parenthood)
_CARE = frozenset(k for k in RelationshipKind if k.is_care)


def check_family(  # noqa: C901, PLR0912 - one pass over the relationships, on purpose
    persons: Mapping[str, Person],
    relationships: Sequence[Relationship],
    households: Sequence[Household],
) -> None:
    """Raise :class:`InvalidModel` for the first broken invariant, in field order.

    The invariants are checked in this order: references to persons (relationships, then
    households), no repeated relationship or household id, no cycle of care, parents born
    before their children, custody. The relationships are gone through once, gathering what
    the later checks need; each check still raises only where it comes in that order.
    """
    seen: set[tuple[object, ...]] = set()
    repeated: int | None = None
    carers: dict[str, set[str]] = defaultdict(set)
    younger_parent: int | None = None
    custody_by_child: dict[str, list[tuple[int, Relationship]]] = defaultdict(list)
    for i, r in enumerate(relationships):
        kind, a, b = r.kind, r.from_person, r.to_person
        if a not in persons:
            raise InvalidModel(_MODEL, f"relationships[{i}].from_person", _no_person(a))
        if b not in persons:
            raise InvalidModel(_MODEL, f"relationships[{i}].to_person", _no_person(b))
        period = r.period
        key = (kind, b, a, period.start, period.end)
        if kind not in _SYMMETRIC or a < b:
            key = (kind, a, b, period.start, period.end)
        if key in seen:
            if repeated is None:
                repeated = i
        else:
            seen.add(key)
        if kind in _CARE:
            carers[b].add(a)
            if kind in _PARENTHOOD and younger_parent is None:
                parent_born = persons[a].birth_date
                child_born = persons[b].birth_date
                if parent_born is not None and child_born is not None and parent_born >= child_born:
                    younger_parent = i
            if kind is RelationshipKind.CUSTODIAN:
                custody_by_child[b].append((i, r))
    for i, household in enumerate(households):
        for person_id in household.members:
            if person_id not in persons:
                raise InvalidModel(_MODEL, f"households[{i}].members", _no_person(person_id))
    if repeated is not None:
        raise InvalidModel(_MODEL, f"relationships[{repeated}]", "repeats an earlier relationship")
    household_ids: set[str] = set()
    for i, household in enumerate(households):
        if household.id in household_ids:
            raise InvalidModel(_MODEL, f"households[{i}].id", f"id {household.id!r} is not unique")
        household_ids.add(household.id)
    _check_care_is_acyclic(carers)
    if younger_parent is not None:
        raise InvalidModel(
            _MODEL, f"relationships[{younger_parent}]", "a parent must be born before the child"
        )
    _check_custody(persons, custody_by_child)


def _no_person(person_id: str) -> str:
    return f"no person with id {person_id!r}"


def _check_care_is_acyclic(carers: dict[str, set[str]]) -> None:
    # Everyone on a cycle is both cared for and caring; most families have no one such, and
    # a cycle can only run among those who are.
    both = {carer for cared_for in carers.values() for carer in cared_for if carer in carers}
    if not both:
        return
    if not _has_cycle({person: carers[person] & both for person in both}):
        return
    try:
        tuple(graphlib.TopologicalSorter(carers).static_order())
    except graphlib.CycleError as error:
        cycle = " → ".join(error.args[1])
        raise InvalidModel(
            _MODEL, "relationships", f"parents, step-parents and custodians form a cycle: {cycle}"
        ) from None


def _has_cycle(carers: Mapping[str, set[str]]) -> bool:
    """Whether following carers from person to person ever comes back to someone.

    A plain depth-first search: far cheaper than a topological sort, which is left to find
    and name the cycle when there is one.
    """
    done: set[str] = set()
    for start in carers:
        if start in done:
            continue
        path = {start}
        stack = [(start, iter(carers[start]))]
        while stack:
            person, pending = stack[-1]
            carer = next(pending, None)
            if carer is None:
                stack.pop()
                path.discard(person)
                done.add(person)
            elif carer in path:
                return True
            elif carer not in done and carer in carers:
                path.add(carer)
                stack.append((carer, iter(carers[carer])))
    return False


def _check_custody(
    persons: Mapping[str, Person], custody_by_child: Mapping[str, list[tuple[int, Relationship]]]
) -> None:
    for child_id, custodies in custody_by_child.items():
        child = persons[child_id]
        if child.birth_date is not None:
            majority = child.majority_date()
            for i, r in custodies:
                start, end = r.period.start, r.period.end
                if (start is not None and start >= majority) or (
                    end is not None and end >= majority
                ):
                    raise InvalidModel(
                        _MODEL,
                        f"relationships[{i}].period",
                        "custody can only be held over a minor; the period reaches adulthood",
                    )
        _check_at_most_two_custodians(custodies)


def _check_at_most_two_custodians(custodies: Sequence[tuple[int, Relationship]]) -> None:
    if len(custodies) <= MAX_CUSTODIANS:
        return
    # The most custodians at once is reached on the first day of one of the periods.
    for _, r in custodies:
        day = r.period.start or dt.date.min
        holding = [(j, other) for j, other in custodies if other.period.contains(day)]
        if len({other.from_person for _, other in holding}) > MAX_CUSTODIANS:
            raise InvalidModel(
                _MODEL,
                f"relationships[{max(j for j, _ in holding)}]",
                f"a child can have at most {MAX_CUSTODIANS} custodians at the same time",
            )
