"""The invariants of a family system, checked once when it is built.

Each check raises :class:`~familyviolence.InvalidModel` naming the offending field by its
position (``relationships[3].to_person``); ids appear in messages, personal values never do.
"""

from __future__ import annotations

import datetime as dt
import graphlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from familyviolence._errors import InvalidModel
from familyviolence.vocabulary import RelationshipKind

if TYPE_CHECKING:
    from familyviolence.people import Person
    from familyviolence.relations import Household, Relationship

__all__ = ["MAX_CUSTODIANS", "check_family"]

MAX_CUSTODIANS = 2
"""At most two people can have custody of a child at the same time."""

_MODEL = "FamilySystem"


def check_family(
    persons: Mapping[str, Person],
    relationships: Sequence[Relationship],
    households: Sequence[Household],
) -> None:
    """Raise :class:`InvalidModel` for the first broken invariant, in field order."""
    _check_references(persons, relationships, households)
    _check_no_duplicates(relationships, households)
    _check_care_is_acyclic(relationships)
    _check_parents_are_older(persons, relationships)
    _check_custody(persons, relationships)


def _check_references(
    persons: Mapping[str, Person],
    relationships: Sequence[Relationship],
    households: Sequence[Household],
) -> None:
    for i, relationship in enumerate(relationships):
        for end in ("from_person", "to_person"):
            person_id = getattr(relationship, end)
            if person_id not in persons:
                raise InvalidModel(
                    _MODEL, f"relationships[{i}].{end}", f"no person with id {person_id!r}"
                )
    for i, household in enumerate(households):
        for person_id in household.members:
            if person_id not in persons:
                raise InvalidModel(
                    _MODEL, f"households[{i}].members", f"no person with id {person_id!r}"
                )


def _check_no_duplicates(
    relationships: Sequence[Relationship], households: Sequence[Household]
) -> None:
    seen: set[tuple[object, ...]] = set()
    for i, r in enumerate(relationships):
        a, b = r.from_person, r.to_person
        if r.kind.is_symmetric and b < a:
            a, b = b, a
        key = (r.kind, a, b, r.period)
        if key in seen:
            raise InvalidModel(_MODEL, f"relationships[{i}]", "repeats an earlier relationship")
        seen.add(key)
    household_ids: set[str] = set()
    for i, household in enumerate(households):
        if household.id in household_ids:
            raise InvalidModel(_MODEL, f"households[{i}].id", f"id {household.id!r} is not unique")
        household_ids.add(household.id)


def _check_care_is_acyclic(relationships: Sequence[Relationship]) -> None:
    carers: dict[str, set[str]] = defaultdict(set)
    for r in relationships:
        if r.kind.is_care:
            carers[r.to_person].add(r.from_person)
    # A cycle needs someone who is both cared for and caring; most families have no one such.
    if not any(carer in carers for cared_for in carers.values() for carer in cared_for):
        return
    if not _has_cycle(carers):
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


def _check_parents_are_older(
    persons: Mapping[str, Person], relationships: Sequence[Relationship]
) -> None:
    for i, r in enumerate(relationships):
        if not r.kind.is_parenthood:
            continue
        parent_born = persons[r.from_person].birth_date
        child_born = persons[r.to_person].birth_date
        if parent_born is not None and child_born is not None and parent_born >= child_born:
            raise InvalidModel(
                _MODEL, f"relationships[{i}]", "a parent must be born before the child"
            )


def _check_custody(persons: Mapping[str, Person], relationships: Sequence[Relationship]) -> None:
    custody_by_child: dict[str, list[tuple[int, Relationship]]] = defaultdict(list)
    for i, r in enumerate(relationships):
        if r.kind is RelationshipKind.CUSTODIAN:
            custody_by_child[r.to_person].append((i, r))
    for child_id, custodies in custody_by_child.items():
        child = persons[child_id]
        if child.birth_date is not None:
            majority = child.majority_date()
            for i, r in custodies:
                ends = [d for d in (r.period.start, r.period.end) if d is not None]
                if any(d >= majority for d in ends):
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
