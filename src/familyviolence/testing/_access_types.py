"""The types of who decides, who holds a case, who may read it and the audit log, by strategy.

Kept apart from :mod:`familyviolence.testing._access_strategies` so that registering them
does not import Hypothesis.
"""

from __future__ import annotations

from typing import Any

from familyviolence.access import AccessDecision
from familyviolence.audit import AccessReportLine, AuditLog, ChainBreak, ChainHead
from familyviolence.responsibility import (
    Approval,
    Assignment,
    Decision,
    DecisionMaker,
    Delegation,
    ExternalReview,
    ResponsibleAgency,
    StaffTie,
    TransferRequest,
)

__all__ = ["ACCESS_STRATEGIES"]

ACCESS_STRATEGIES: dict[type[Any], str] = {
    Delegation: "delegations",
    DecisionMaker: "decision_makers",
    Approval: "approvals",
    ExternalReview: "external_reviews",
    Decision: "responsibility_decisions",
    ResponsibleAgency: "responsible_agencies",
    Assignment: "assignments",
    StaffTie: "staff_ties",
    TransferRequest: "transfer_requests",
    AuditLog: "audit_logs",
    ChainHead: "chain_heads",
    ChainBreak: "chain_breaks",
    AccessReportLine: "access_report_lines",
    AccessDecision: "access_decisions",
}
"""Model type → name of its strategy in :mod:`familyviolence.testing.strategies`."""
