"""Who holds a case: the responsible agency and the professionals assigned to it, over time.

A :class:`ResponsibleAgency` says which agency (a municipality's social services, a child
welfare service) held the case for which days; an :class:`Assignment` puts a professional on
the case in a role, and may designate them for persons of the case whose identity is
protected. A :class:`StaffTie` records that a person of the case works at an agency, or is a
relative of a professional: access to such a case is refused by default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from familyviolence._model import Model, model, personal, protected_location, public
from familyviolence._validators import (
    id_list,
    instance_of,
    non_empty_id,
    optional_id,
    started_period,
)
from familyviolence.errors import InvalidModel
from familyviolence.periods import Period
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "Assignment",
    "AssignmentRole",
    "ResponsibleAgency",
    "StaffTie",
    "TieKind",
    "held_by",
    "responsible_caseworkers",
]


class AssignmentRole(LabelledEnum):
    """The part a professional has in a case."""

    RESPONSIBLE = (
        "responsible",
        "ansvarig handläggare",
        "saksansvarlig saksbehandler",
        "responsible caseworker",
    )
    CO_WORKER = "co_worker", "medhandläggare", "medsaksbehandler", "co-worker"
    MANAGER = (
        "manager",
        "arbetsledare (beslut och handledning)",
        "leder (vedtak og veiledning)",
        "manager (decisions and supervision)",
    )


@model
class ResponsibleAgency(Model):
    """The agency that held the case for a period.

    Attributes:
        id: Stable id of the record.
        agency: Id of the agency.
        period: The days it held the case; a transfer ends one period and starts another.
    """

    id: str = public(validator=non_empty_id)
    agency: str = public(validator=non_empty_id)
    period: Period = public(validator=started_period)


@model
class Assignment(Model):
    """A professional put on the case in a role, for a period.

    Attributes:
        id: Stable id of the record.
        professional: Id of the professional.
        agency: Id of the agency they work for in the case.
        role: Their part in the case.
        period: The days the assignment holds; it has a first day.
        designated_for: Ids of persons of the case with protected identity whom the
            professional is designated to handle: only they see such a person's data.
        conflict_cleared_by: Id of the manager who, knowing that a person of the case works
            at the same agency, recorded that this professional may handle it anyway; ``None``
            if no one did.
    """

    id: str = public(validator=non_empty_id)
    professional: str = public(validator=non_empty_id)
    agency: str = public(validator=non_empty_id)
    role: AssignmentRole = public(validator=instance_of(AssignmentRole))
    period: Period = public(validator=started_period)
    designated_for: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    conflict_cleared_by: str | None = public(default=None, validator=optional_id)

    def __attrs_post_init__(self) -> None:
        if self.conflict_cleared_by == self.professional:
            raise InvalidModel(
                "Assignment", "conflict_cleared_by", "must be someone other than the professional"
            )

    def holds_on(self, day: dt.date) -> bool:
        """Whether the assignment holds on ``day``."""
        return self.period.contains(day)


def held_by(agencies: Iterable[ResponsibleAgency], on: dt.date) -> str | None:
    """The id of the agency that held the case on ``on``, from its records; ``None`` if none.

    A case's records never let two agencies hold it on the same day.

    >>> import datetime as dt
    >>> from familyviolence.periods import Period
    >>> held = (
    ...     ResponsibleAgency(id="h-1", agency="soc-uppsala",
    ...                       period=Period(start=dt.date(2026, 1, 5), end=dt.date(2026, 5, 31))),
    ...     ResponsibleAgency(id="h-2", agency="soc-enkoping",
    ...                       period=Period(start=dt.date(2026, 6, 1))),
    ... )
    >>> held_by(held, dt.date(2026, 5, 31)), held_by(held, dt.date(2026, 6, 1))
    ('soc-uppsala', 'soc-enkoping')
    """
    return next((a.agency for a in agencies if a.period.contains(on)), None)


def responsible_caseworkers(assignments: Iterable[Assignment], on: dt.date) -> tuple[str, ...]:
    """The ids of the professionals assigned as responsible caseworker on ``on``, in order."""
    return tuple(
        dict.fromkeys(
            a.professional
            for a in assignments
            if a.role is AssignmentRole.RESPONSIBLE and a.holds_on(on)
        )
    )


class TieKind(LabelledEnum):
    """How a person of a case is tied to the staff."""

    STAFF = (
        "staff",
        "personen är anställd",
        "personen er ansatt",
        "the person works at an agency",
    )
    RELATIVE = (
        "relative",
        "närstående till en anställd",
        "nærstående til en ansatt",
        "the person is a relative of a professional",
    )


@model
class StaffTie(Model):
    """A person of the case who is staff, or a relative of a professional.

    A professional is refused a case in which they are a person, or a relative of theirs is;
    a colleague's case (a person of it works at the professional's agency) only with a
    manager's recorded clearance (see :attr:`Assignment.conflict_cleared_by`).

    Attributes:
        id: Stable id of the record.
        person: Id of the person of the case.
        kind: How they are tied.
        professional: For :attr:`TieKind.STAFF`, the person's own professional id; for
            :attr:`TieKind.RELATIVE`, the id of the professional they are a relative of. It
            identifies the person: it is personal data.
        agency: For :attr:`TieKind.STAFF`, the agency the person works at, which tells where
            they are by day; ``None`` if not recorded, and then the person counts as a
            colleague of every professional. Never given for a relative.
    """

    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    kind: TieKind = public(validator=instance_of(TieKind))
    professional: str = personal(validator=non_empty_id)
    agency: str | None = protected_location(default=None, validator=optional_id)

    def __attrs_post_init__(self) -> None:
        if self.kind is TieKind.RELATIVE and self.agency is not None:
            raise InvalidModel("StaffTie", "agency", "is only for a member of staff")
