"""Collaboration agreements between agencies (samverkansöverenskommelser; samarbeidsavtaler).

A working collaboration needs a defined common goal, a defined common target group, mapped needs and
written routines for detection, response and case handling. An agreement belongs to the agencies
that are its parties, not to a case: a :class:`~familyviolence.collaboration.Directory` holds them.
:meth:`CollaborationAgreement.missing` lists what an incomplete agreement lacks.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence._validators import (
    id_list,
    instance_of,
    non_blank,
    non_empty_id,
    optional_date,
    optional_non_blank,
    tuple_of,
)
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = ["AgreementElement", "CollaborationAgreement", "Routine", "RoutineKind"]


class RoutineKind(LabelledEnum):
    """What a written routine of a collaboration covers."""

    DETECTION = (
        "detection",
        "upptäcka våld (fråga om våld)",
        "avdekke vold (spørre om vold)",
        "detecting violence (asking about it)",
    )
    RESPONSE = (
        "response",
        "agera när våld upptäcks",
        "handle når vold avdekkes",
        "responding when violence is detected",
    )
    CASE_HANDLING = "case_handling", "ärendehandläggning", "saksbehandling", "case handling"
    INFORMATION_SHARING = (
        "information_sharing",
        "informationsutbyte inom sekretessens gränser",
        "informasjonsdeling innenfor taushetsplikten",
        "sharing information within the limits of secrecy",
    )


class AgreementElement(LabelledEnum):
    """An element of a complete agreement (see :meth:`CollaborationAgreement.missing`)."""

    GOAL = "goal", "gemensamt mål", "felles mål", "a common goal"
    TARGET_GROUP = "target_group", "gemensam målgrupp", "felles målgruppe", "a common target group"
    NEEDS = "needs", "kartlagda behov", "kartlagte behov", "the needs mapped"
    DETECTION_ROUTINE = (
        "detection_routine",
        "rutin för att upptäcka våld",
        "rutine for å avdekke vold",
        "a routine for detection",
    )
    RESPONSE_ROUTINE = (
        "response_routine",
        "rutin för att agera",
        "rutine for å handle",
        "a routine for response",
    )
    CASE_HANDLING_ROUTINE = (
        "case_handling_routine",
        "rutin för ärendehandläggning",
        "rutine for saksbehandling",
        "a routine for case handling",
    )


_REQUIRED_ROUTINES = (
    (RoutineKind.DETECTION, AgreementElement.DETECTION_ROUTINE),
    (RoutineKind.RESPONSE, AgreementElement.RESPONSE_ROUTINE),
    (RoutineKind.CASE_HANDLING, AgreementElement.CASE_HANDLING_ROUTINE),
)


@model
class Routine(Model):
    """A written routine of a collaboration.

    Attributes:
        kind: What it covers.
        description: What the routine says, in short (organisational text, no personal data).
        document: Where the full routine is kept (a document id or address), if recorded.
    """

    kind: RoutineKind = public(validator=instance_of(RoutineKind))
    description: str = public(validator=non_blank)
    document: str | None = public(default=None, validator=optional_non_blank)


@model
class CollaborationAgreement(Model):
    """An agreement between agencies on how they work together against violence.

    An agreement may be recorded while it is being drawn up; :meth:`missing` says what it still
    lacks, and :attr:`complete` whether it lacks nothing.

    >>> agreement = CollaborationAgreement(
    ...     id="agreement-1",
    ...     parties=("malmo-bou", "mvu-malmo"),
    ...     goal="Fewer children exposed to violence at home.",
    ...     routines=(Routine(kind=RoutineKind.DETECTION, description="Ask about violence."),),
    ... )
    >>> [element.value for element in agreement.missing()]
    ['target_group', 'needs', 'response_routine', 'case_handling_routine']

    Attributes:
        id: Stable id of the agreement.
        parties: Ids of the agencies that are parties to it; at least two, each once.
        goal: The common goal, once defined.
        target_group: The common target group, once defined.
        needs: The needs mapped, one per entry.
        routines: The written routines (detection, response, case handling, information
            sharing).
        contact_persons: Ids of the professionals who are contact persons, each working at a party
            (checked by the :class:`~familyviolence.collaboration.Directory` that holds the
            agreement).
        signed_on: The day it was signed, if it has been.
        review_on: The day it is to be reviewed, if set.
    """

    id: str = public(validator=non_empty_id)
    parties: tuple[str, ...] = public(validator=id_list(required=True))
    goal: str | None = public(default=None, validator=optional_non_blank)
    target_group: str | None = public(default=None, validator=optional_non_blank)
    needs: tuple[str, ...] = public(default=(), validator=tuple_of(str))
    routines: tuple[Routine, ...] = public(default=(), validator=tuple_of(Routine))
    contact_persons: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    signed_on: dt.date | None = public(default=None, validator=optional_date)
    review_on: dt.date | None = public(default=None, validator=optional_date)

    def __attrs_post_init__(self) -> None:
        if len(self.parties) < 2:  # noqa: PLR2004 - a collaboration takes two
            raise InvalidModel("CollaborationAgreement", "parties", "must name at least two")
        for i, need in enumerate(self.needs):
            if not need.strip():
                raise InvalidModel("CollaborationAgreement", f"needs[{i}]", "must not be blank")
        if (
            self.signed_on is not None
            and self.review_on is not None
            and self.review_on < self.signed_on
        ):
            raise InvalidModel(
                "CollaborationAgreement", "review_on", "must not be before signed_on"
            )

    def missing(self) -> tuple[AgreementElement, ...]:
        """What the agreement lacks of a goal, a target group, mapped needs and routines.

        The routines required are detection, response and case handling; a routine for
        information sharing is welcome but not required.
        """
        kinds = {r.kind for r in self.routines}
        lacking = []
        if self.goal is None:
            lacking.append(AgreementElement.GOAL)
        if self.target_group is None:
            lacking.append(AgreementElement.TARGET_GROUP)
        if not self.needs:
            lacking.append(AgreementElement.NEEDS)
        lacking += [element for kind, element in _REQUIRED_ROUTINES if kind not in kinds]
        return tuple(lacking)

    @property
    def complete(self) -> bool:
        """Whether the agreement lacks nothing (:meth:`missing` is empty)."""
        return not self.missing()

    def due_for_review(self, *, on: dt.date) -> bool:
        """Whether its review date has come by ``on``."""
        return self.review_on is not None and self.review_on <= on

    def routine(self, kind: RoutineKind) -> Routine | None:
        """The agreement's first routine of ``kind``, if it has one."""
        return next((r for r in self.routines if r.kind is kind), None)
