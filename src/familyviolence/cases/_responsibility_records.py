"""The invariants a case's responsibility records must keep with the rest of the case.

Decisions, assignments and staff ties name persons of the family system; each record has an id
unique in its field; no two agencies hold the case on the same day; no professional tied to the
case clears a colleague to handle it.
:func:`check_responsibility` raises :class:`~familyviolence.errors.InvalidModel` naming the
field, e.g. ``assignments[1].designated_for[0]``.
"""

from __future__ import annotations

from typing import Protocol

from familyviolence._validators import unique_ids
from familyviolence.cases._collaboration_records import PersonCheck
from familyviolence.errors import InvalidModel
from familyviolence.responsibility import (
    Assignment,
    Decision,
    ResponsibleAgency,
    StaffTie,
    TransferRequest,
)

__all__ = ["RESPONSIBILITY_FIELDS", "check_responsibility"]

RESPONSIBILITY_FIELDS = (
    "decisions",
    "responsible_agencies",
    "assignments",
    "staff_ties",
    "transfers",
)
"""The case's fields that hold responsibility records, each a tuple of records with ids."""


class CaseView(Protocol):
    """What the checks read of a case (the case itself, seen from below it)."""

    @property
    def decisions(self) -> tuple[Decision, ...]: ...
    @property
    def responsible_agencies(self) -> tuple[ResponsibleAgency, ...]: ...
    @property
    def assignments(self) -> tuple[Assignment, ...]: ...
    @property
    def staff_ties(self) -> tuple[StaffTie, ...]: ...
    @property
    def transfers(self) -> tuple[TransferRequest, ...]: ...


def check_responsibility(case: CaseView, person: PersonCheck) -> None:
    """Check the case's responsibility records; ``person(id, field)`` checks a person id."""
    if not any(getattr(case, name) for name in RESPONSIBILITY_FIELDS):
        return  # most cases hold none
    for name in RESPONSIBILITY_FIELDS:
        unique_ids("Case", name, getattr(case, name))
    _check_one_holder(case.responsible_agencies)
    for i, decision in enumerate(case.decisions):
        for k, person_id in enumerate(decision.persons):
            person(person_id, f"decisions[{i}].persons[{k}]")
    for i, assignment in enumerate(case.assignments):
        for k, person_id in enumerate(assignment.designated_for):
            person(person_id, f"assignments[{i}].designated_for[{k}]")
    for i, tie in enumerate(case.staff_ties):
        person(tie.person, f"staff_ties[{i}].person")
    _check_clearances(case)


def _check_clearances(case: CaseView) -> None:
    # Whoever is tied to the case (a person of it who is staff, or the professional a person
    # of it is a relative of) cannot clear a colleague to handle it.
    tied = {tie.professional for tie in case.staff_ties}
    for i, assignment in enumerate(case.assignments):
        if assignment.conflict_cleared_by in tied:
            raise InvalidModel(
                "Case",
                f"assignments[{i}].conflict_cleared_by",
                "is a professional tied to the case (staff_ties): someone else clears",
            )


def _check_one_holder(held: tuple[ResponsibleAgency, ...]) -> None:
    for i, later in enumerate(held):
        for k, earlier in enumerate(held[:i]):
            if later.period.overlaps(earlier.period):
                raise InvalidModel(
                    "Case",
                    f"responsible_agencies[{i}].period",
                    f"overlaps responsible_agencies[{k}]: one agency holds a case at a time",
                )
