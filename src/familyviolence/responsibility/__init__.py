"""Who decides and who holds a case: delegations, decisions with their authority, ownership.

An agency's delegation order is organisation data: its lines (:class:`Delegation`) are given to
the rules through :class:`~familyviolence.rules.RuleContext`. A case files the rest as records
(:meth:`Case.with_records <familyviolence.cases.Case.with_records>`): the decisions taken in it
with their authority (:class:`Decision`), the agency that held it over time
(:class:`ResponsibleAgency`), the professionals assigned to it (:class:`Assignment`), the
persons of it tied to the staff (:class:`StaffTie`) and the requests to move it to another
municipality (:class:`TransferRequest`). Whether a professional may read the case is answered
by :func:`familyviolence.access.may_access` from these records.
"""

from familyviolence.responsibility._authority import (
    Approval,
    Decision,
    DecisionKind,
    DecisionLevel,
    DecisionMaker,
    Delegation,
    ExternalReview,
    ReviewBody,
)
from familyviolence.responsibility._ownership import (
    Assignment,
    AssignmentRole,
    ResponsibleAgency,
    StaffTie,
    TieKind,
    held_by,
    responsible_caseworkers,
)
from familyviolence.responsibility._transfer import TransferOutcome, TransferRequest

__all__ = [
    "Approval",
    "Assignment",
    "AssignmentRole",
    "Decision",
    "DecisionKind",
    "DecisionLevel",
    "DecisionMaker",
    "Delegation",
    "ExternalReview",
    "ResponsibleAgency",
    "ReviewBody",
    "StaffTie",
    "TieKind",
    "TransferOutcome",
    "TransferRequest",
    "held_by",
    "responsible_caseworkers",
]
