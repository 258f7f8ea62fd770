"""Strategies for who decides, who holds a case, who may read it, and the audit log."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence.access import AccessDecision, AccessReason
from familyviolence.audit import (
    AccessPurpose,
    AccessReportLine,
    AuditAction,
    AuditLog,
    ChainBreak,
    ChainHead,
    ChainProblem,
    EmergencyReason,
    access_report,
)
from familyviolence.collaboration import ProfessionalRole
from familyviolence.law import LegalReference
from familyviolence.periods import Period
from familyviolence.responsibility import (
    Approval,
    Assignment,
    AssignmentRole,
    Decision,
    DecisionKind,
    DecisionLevel,
    DecisionMaker,
    Delegation,
    ExternalReview,
    ResponsibleAgency,
    ReviewBody,
    StaffTie,
    TieKind,
    TransferOutcome,
    TransferRequest,
)
from familyviolence.vocabulary import DataCategory

__all__ = [
    "access_decisions",
    "access_report_lines",
    "approvals",
    "assignments",
    "audit_logs",
    "chain_breaks",
    "chain_heads",
    "decision_makers",
    "delegations",
    "external_reviews",
    "responsibility_decisions",
    "responsible_agencies",
    "responsible_agency_histories",
    "staff_ties",
    "transfer_requests",
]

_AGENCIES = st.sampled_from(("soc-north", "soc-south", "bv-bergen", "bv-oslo"))
_STAFF = st.sampled_from(("sw-1", "sw-2", "sw-3", "manager-1", "chair-1"))
_PERSONS = st.sampled_from(("child-1", "adult-1", "adult-2"))
_DAYS = st.dates(min_value=dt.date(2018, 1, 1), max_value=dt.date(2030, 12, 31))
# Local times, as a case records them.
_FROM = dt.datetime(2018, 1, 1)  # noqa: DTZ001
_UNTIL = dt.datetime(2030, 12, 31)  # noqa: DTZ001
_MOMENTS = st.datetimes(min_value=_FROM, max_value=_UNTIL).map(
    lambda moment: moment.replace(microsecond=0)
)
_HOURS = st.integers(0, 30 * 24).map(lambda hours: dt.timedelta(hours=hours))
_REFERENCES = st.sampled_from(
    (
        LegalReference(statute="OSL 2009:400", provision="10 kap. 2 §", verified=True),
        LegalReference(statute="barnevernsloven 2021:97", verified=False, note="by name"),
    )
)


def _started_periods() -> st.SearchStrategy[Period]:
    return st.builds(
        lambda start, length: Period(
            start=start, end=None if length is None else start + dt.timedelta(days=length)
        ),
        _DAYS,
        st.none() | st.integers(0, 800),
    )


def delegations() -> st.SearchStrategy[Delegation]:
    """Lines of an agency's delegation order."""
    return st.builds(
        Delegation,
        id=st.sampled_from(("4.1", "4.2", "7.3", "del-12")),
        agency=_AGENCIES,
        kinds=st.lists(st.sampled_from(DecisionKind), min_size=1, max_size=3, unique=True).map(
            tuple
        ),
        level=st.sampled_from(DecisionLevel),
        valid=_started_periods(),
        professionals=st.lists(_STAFF, max_size=2, unique=True).map(tuple),
        roles=st.lists(st.sampled_from(ProfessionalRole), max_size=2, unique=True).map(tuple),
        approval=st.none() | st.sampled_from(DecisionLevel),
        urgent_only=st.booleans(),
    )


def decision_makers() -> st.SearchStrategy[DecisionMaker]:
    """Who took or approved a decision."""
    return st.builds(
        DecisionMaker,
        professional=_STAFF,
        agency=_AGENCIES,
        level=st.sampled_from(DecisionLevel),
        role=st.none() | st.sampled_from(ProfessionalRole),
    )


def approvals() -> st.SearchStrategy[Approval]:
    """Approvals of a decision (by anyone, at any moment)."""
    return st.builds(Approval, by=decision_makers(), at=_MOMENTS)


@st.composite
def external_reviews(draw: st.DrawFn, *, after: dt.datetime | None = None) -> ExternalReview:
    """Submissions of an emergency decision to a court or board, decided or not.

    Submitted at ``after`` or later when it is given.
    """
    submitted = draw(_MOMENTS) if after is None else after + draw(_HOURS)
    decided = draw(st.none() | _HOURS)
    return ExternalReview(
        body=draw(st.sampled_from(ReviewBody)),
        submitted_at=submitted,
        decided_at=None if decided is None else submitted + decided,
        upheld=None if decided is None else draw(st.booleans()),
    )


@st.composite
def responsibility_decisions(draw: st.DrawFn) -> Decision:
    """Decisions with their authority, about the persons ``child-1``, ``adult-1``, ``adult-2``.

    A case holds them only if its family has those persons: use them with
    :func:`~familyviolence.testing.strategies.cases` through ``persons=()`` or build the case
    yourself.
    """
    decided_at = draw(_MOMENTS)
    maker = draw(decision_makers())
    others = draw(
        st.lists(
            st.builds(
                Approval,
                by=decision_makers().filter(lambda m: m.professional != maker.professional),
                at=_HOURS.map(lambda hours: decided_at + hours),
            ),
            max_size=2,
        )
    )
    review = draw(st.none() | external_reviews(after=decided_at))
    return Decision(
        id=draw(st.sampled_from(("decision-1", "decision-2", "custody-1"))),
        kind=draw(st.sampled_from(DecisionKind)),
        decided_at=decided_at,
        decided_by=maker,
        delegation=draw(st.none() | st.sampled_from(("4.1", "4.2", "7.3"))),
        urgent=draw(st.booleans()),
        persons=tuple(draw(st.lists(_PERSONS, max_size=2, unique=True))),
        approvals=tuple(others),
        review=review,
    )


def responsible_agencies() -> st.SearchStrategy[ResponsibleAgency]:
    """Agencies that held a case for a period."""
    return st.builds(
        ResponsibleAgency,
        id=st.sampled_from(("held-1", "held-2")),
        agency=_AGENCIES,
        period=_started_periods(),
    )


@st.composite
def responsible_agency_histories(
    draw: st.DrawFn, *, max_size: int = 3
) -> tuple[ResponsibleAgency, ...]:
    """The agencies that held a case, one after the other: what a case's records may hold."""
    start = draw(_DAYS)
    held: list[ResponsibleAgency] = []
    for i in range(draw(st.integers(0, max_size))):
        last = i == max_size - 1 or draw(st.booleans())
        end = None if last else start + dt.timedelta(days=draw(st.integers(0, 400)))
        agency = draw(_AGENCIES.filter(lambda a: not held or a != held[-1].agency))
        held.append(
            ResponsibleAgency(
                id=f"held-{i + 1}", agency=agency, period=Period(start=start, end=end)
            )
        )
        if end is None:
            break
        start = end + dt.timedelta(days=1)
    return tuple(held)


def assignments() -> st.SearchStrategy[Assignment]:
    """Professionals assigned to a case, designated for persons ``child-1`` … ``adult-2``."""
    return st.builds(
        Assignment,
        id=st.sampled_from(("assignment-1", "assignment-2", "assignment-3")),
        professional=st.sampled_from(("sw-1", "sw-2", "sw-3")),
        agency=_AGENCIES,
        role=st.sampled_from(AssignmentRole),
        period=_started_periods(),
        designated_for=st.lists(_PERSONS, max_size=2, unique=True).map(tuple),
        conflict_cleared_by=st.none() | st.just("manager-2"),
    )


@st.composite
def staff_ties(draw: st.DrawFn) -> StaffTie:
    """Persons of a case tied to the staff."""
    kind = draw(st.sampled_from(TieKind))
    return StaffTie(
        id=draw(st.sampled_from(("tie-1", "tie-2"))),
        person=draw(_PERSONS),
        kind=kind,
        professional=draw(_STAFF),
        agency=draw(st.none() | _AGENCIES) if kind is TieKind.STAFF else None,
    )


@st.composite
def transfer_requests(draw: st.DrawFn) -> TransferRequest:
    """Requests to move a case, answered or not, with what follows it."""
    requested = draw(_DAYS)
    after = st.integers(0, 90).map(lambda d: requested + dt.timedelta(days=d))
    answered = draw(st.none() | after)
    information = tuple(draw(st.lists(st.sampled_from(DataCategory), max_size=3, unique=True)))
    sending = draw(_AGENCIES)
    return TransferRequest(
        id=draw(st.sampled_from(("transfer-1", "transfer-2"))),
        from_agency=sending,
        to_agency=draw(_AGENCIES.filter(lambda a: a != sending)),
        requested_on=requested,
        answered_on=answered,
        outcome=None if answered is None else draw(st.sampled_from(TransferOutcome)),
        answer_by=draw(st.none() | after),
        applied_to_supervisor_on=draw(st.none() | after),
        information=information,
        ground=draw(_REFERENCES) if information else draw(st.none() | _REFERENCES),
    )


@st.composite
def audit_logs(draw: st.DrawFn, *, max_entries: int = 8) -> AuditLog:
    """Logs whose chain holds: entries recorded in order, of every action."""
    log = AuditLog()
    moment = draw(_MOMENTS)
    for _ in range(draw(st.integers(0, max_entries))):
        moment += dt.timedelta(minutes=draw(st.integers(0, 600)))
        action = draw(st.sampled_from(AuditAction))
        emergency = action is AuditAction.EMERGENCY_ACCESS
        disclosure = action is AuditAction.DISCLOSURE
        purpose = (
            AccessPurpose.EMERGENCY
            if emergency
            else draw(
                st.sampled_from([p for p in AccessPurpose if p is not AccessPurpose.EMERGENCY])
            )
        )
        log = log.record(
            at=moment,
            actor=draw(_STAFF),
            agency=draw(_AGENCIES),
            action=action,
            purpose=purpose,
            case=draw(st.sampled_from(("case-1", "case-2"))),
            persons=tuple(draw(st.lists(_PERSONS, max_size=3, unique=True))),
            emergency_reason=draw(st.sampled_from(EmergencyReason)) if emergency else None,
            recipient=draw(_AGENCIES) if disclosure else None,
            ground=draw(st.none() | _REFERENCES) if disclosure else None,
        )
    return log


def chain_heads() -> st.SearchStrategy[ChainHead]:
    """Heads of logs, kept apart from them."""
    return audit_logs().map(lambda log: log.head)


def chain_breaks() -> st.SearchStrategy[ChainBreak]:
    """First broken links of a log."""
    return st.builds(ChainBreak, index=st.integers(0, 50), problem=st.sampled_from(ChainProblem))


def access_report_lines() -> st.SearchStrategy[AccessReportLine]:
    """Lines of the answer to a person's request for access to the log of their data."""
    return audit_logs(max_entries=4).flatmap(
        lambda log: st.sampled_from(
            access_report(log, "child-1") + access_report(log, "adult-1")
            or (
                AccessReportLine(
                    at=_FROM,
                    action=AuditAction.READ,
                    purpose=AccessPurpose.CASEWORK,
                    agency="soc-north",
                ),
            )
        )
    )


@st.composite
def access_decisions(draw: st.DrawFn) -> AccessDecision:
    """Answers of :func:`~familyviolence.access.may_access`, granted or refused."""
    reason = draw(st.sampled_from(AccessReason))
    return AccessDecision(
        granted=reason.grants,
        reason=reason,
        persons=tuple(draw(st.lists(_PERSONS, max_size=2, unique=True))),
        basis=draw(st.sampled_from(("assignment-1", "3"))) if reason.grants else None,
    )
