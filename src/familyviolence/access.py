"""May this professional read this case? Answered from the case's records and the audit log.

:func:`may_access` decides from data only: the professional's agency, the case's assignments,
its responsible agencies, the protection of its persons, its staff ties, and emergency accesses
already in the audit log. No argument says "allow". Refusals come first:

1. a case in which the professional is a person, or a relative of theirs is, is refused,
   emergency or not (another professional acts);
2. for the purpose of an emergency, an emergency access the professional logged for this case
   at their own agency (with its mandatory reason, see :func:`break_glass`) in the hour before
   grants access, whatever else holds, if the log's chain verifies (against the kept head when
   one is given): an entry in a broken log grants nothing;
3. otherwise the professional needs an assignment to the case that holds that day (the day in
   the case's jurisdiction's time zone, whatever offset ``on`` carries), at their
   own agency, for an agency that holds the case then (if the case records who holds it);
4. the assignment's role must cover the purpose;
5. each person of the case with protected identity must be one the assignment designates;
6. a colleague's case (a person of it works at the professional's agency, or at an agency not
   recorded) needs a manager's recorded clearance on the assignment.

Access is a matter of the controller's security duty (GDPR art. 32) and, in Swedish social
services, of the necessity rule of lag (2001:454) 6 §; Sweden's patient data act and Norway's
rules on access to health records (and the national summary care record's emergency opening,
which this module's break-the-glass follows) say the same for health care. No provision sets
the rules above word for word: they are the library's reading, cited in :data:`ACCESS_LAW`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from familyviolence._model import Model, model, public
from familyviolence._validators import id_list, instance_of, optional_id
from familyviolence.audit import (
    AccessPurpose,
    AuditAction,
    AuditEntry,
    AuditLog,
    ChainHead,
    EmergencyReason,
    verify,
)
from familyviolence.cases import Case
from familyviolence.collaboration import Professional
from familyviolence.dates import local_moment
from familyviolence.jurisdictions import pack_for
from familyviolence.law import LegalReference
from familyviolence.responsibility import Assignment, AssignmentRole, TieKind
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "ACCESS_LAW",
    "EMERGENCY_WINDOW",
    "ROLE_PURPOSES",
    "AccessDecision",
    "AccessReason",
    "break_glass",
    "may_access",
]

EMERGENCY_WINDOW = dt.timedelta(hours=1)
"""How long a logged emergency access lets its professional read the case.

The library's choice, not the law's: the national summary care record in Norway opens a
blocked page per access; an hour covers one emergency without leaving the case open.
"""

ACCESS_LAW = (
    LegalReference(statute="GDPR (EU) 2016/679", provision="art. 32", verified=True),
    LegalReference(
        statute="lag (2001:454) om behandling av personuppgifter inom socialtjänsten",
        provision="6 §",
        verified=True,
        note="personal data only where necessary for the social services' tasks",
    ),
    LegalReference(
        statute="patientdatalagen (2008:355)",
        provision="4 kap. 2 §",
        verified=True,
        note="access limited to what each needs for their work (health care)",
    ),
    LegalReference(
        statute="kjernejournal (Norsk helsenett)",
        verified=False,
        note="emergency opening of blocked pages, logged specially: a national system's "
        "practice, statutory basis not read",
    ),
)
"""What access control rests on, as far as the library's sources go."""

ROLE_PURPOSES = {
    AssignmentRole.RESPONSIBLE: frozenset(
        {AccessPurpose.CASEWORK, AccessPurpose.DECISION, AccessPurpose.DISCLOSURE}
    ),
    AssignmentRole.CO_WORKER: frozenset({AccessPurpose.CASEWORK}),
    AssignmentRole.MANAGER: frozenset(
        {AccessPurpose.SUPERVISION, AccessPurpose.DECISION, AccessPurpose.DISCLOSURE}
    ),
}
"""The purposes each role in a case may read it for."""


class AccessReason(LabelledEnum):
    """Why access was granted or refused."""

    ASSIGNED = "assigned", "tilldelad ärendet", "tildelt saken", "assigned to the case"
    EMERGENCY = (
        "emergency",
        "loggad nödöppning",
        "logget akutt tilgang",
        "logged emergency access",
    )
    NOT_ASSIGNED = (
        "not_assigned",
        "inte tilldelad ärendet",
        "ikke tildelt saken",
        "not assigned to the case",
    )
    AGENCY_NOT_RESPONSIBLE = (
        "agency_not_responsible",
        "myndigheten har inte ärendet",
        "instansen har ikke saken",
        "the agency does not hold the case",
    )
    PURPOSE_NOT_COVERED = (
        "purpose_not_covered",
        "ändamålet ingår inte i uppdraget",
        "formålet inngår ikke i oppdraget",
        "the purpose is not covered by the role",
    )
    PROTECTED_PERSON = (
        "protected_person",
        "person med skyddade personuppgifter, ej utsedd",
        "person med adressebeskyttelse, ikke utpekt",
        "a person with protected identity the professional is not designated for",
    )
    OWN_CASE = "own_case", "eget ärende", "egen sak", "the professional is a person of the case"
    RELATIVE = (
        "relative",
        "närståendes ärende",
        "nærståendes sak",
        "a relative of the professional is a person of the case",
    )
    COLLEAGUE = (
        "colleague",
        "kollegas ärende",
        "kollegas sak",
        "a colleague's case, not cleared by a manager",
    )

    @property
    def grants(self) -> bool:
        """Whether the reason grants access."""
        return self in {AccessReason.ASSIGNED, AccessReason.EMERGENCY}


@model
class AccessDecision(Model):
    """The answer of :func:`may_access`: yes or no, and why.

    Attributes:
        granted: Whether the professional may read the case for the purpose.
        reason: Why.
        persons: The persons of the case the reason is about (protected persons not
            designated for, the professional's relative or colleague); ids only.
        basis: The id of the assignment, or the sequence number of the logged emergency
            access, that access rests on; ``None`` if refused.
    """

    granted: bool = public()
    reason: AccessReason = public(validator=instance_of(AccessReason))
    persons: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    basis: str | None = public(default=None, validator=optional_id)

    def __bool__(self) -> bool:
        return self.granted


def _refused(reason: AccessReason, persons: tuple[str, ...] = ()) -> AccessDecision:
    return AccessDecision(granted=False, reason=reason, persons=persons)


def may_access(
    professional: Professional,
    case: Case,
    purpose: AccessPurpose,
    *,
    on: dt.datetime,
    log: AuditLog | None = None,
    head: ChainHead | None = None,
) -> AccessDecision:
    """Whether ``professional`` may read ``case`` for ``purpose`` at the moment ``on``.

    Decided from the data alone, in the order the module describes. An emergency access counts
    only if it is in ``log``, by the professional at their agency for this case, and the log's
    chain verifies (:func:`~familyviolence.audit.verify`, against ``head`` when given): log one
    with :func:`break_glass`. Record the read itself in the log with
    :meth:`AuditLog.record <familyviolence.audit.AuditLog.record>`.

    Break-the-glass is open to every professional by design: an emergency does not wait for an
    assignment. What keeps it honest is that every use is logged with its reason and can be
    reviewed (:func:`~familyviolence.audit.access_report`).

    Args:
        professional: Who asks (their id and agency are what counts).
        case: The case.
        purpose: What for.
        on: When (compared with the log's moments, so aware or naive as they are). The day an
            assignment is judged on is the local day in the case's jurisdiction's time zone.
        log: The audit log, for emergency accesses already logged.
        head: The log's head, kept apart from it; with it a log rewritten from the start
            grants no emergency access either.

    Raises:
        TypeError: If an argument is not of its type (a wrong argument is never read as a
            refusal, nor as a grant).
    """
    _check_arguments(professional, case, purpose, on, log=log, head=head)
    me = professional.id
    conflict = _conflict(case, me)
    if conflict is not None:
        return conflict
    emergency = None
    if purpose is AccessPurpose.EMERGENCY:
        emergency = _logged_emergency(log, head, professional, case.id, on)
    if emergency is not None:
        return AccessDecision(
            granted=True, reason=AccessReason.EMERGENCY, basis=str(emergency.sequence)
        )
    day = local_moment(on, pack_for(case.jurisdiction).time_zone).date()
    assignments = [
        a
        for a in case.assignments
        if a.professional == me and a.agency == professional.agency and a.holds_on(day)
    ]
    if not assignments:
        return _refused(AccessReason.NOT_ASSIGNED)
    if case.responsible_agencies:
        holding = {r.agency for r in case.responsible_agencies if r.period.contains(day)}
        assignments = [a for a in assignments if a.agency in holding]
        if not assignments:
            return _refused(AccessReason.AGENCY_NOT_RESPONSIBLE)
    assignments = [a for a in assignments if purpose in ROLE_PURPOSES[a.role]]
    if not assignments:
        return _refused(AccessReason.PURPOSE_NOT_COVERED)
    return _judged(case, assignments, professional)


def _check_arguments(
    professional: object, case: object, purpose: object, on: object, *, log: object, head: object
) -> None:
    expected = (
        ("professional", professional, Professional),
        ("case", case, Case),
        ("purpose", purpose, AccessPurpose),
        ("on", on, dt.datetime),
    )
    for name, value, kind in expected:
        if not isinstance(value, kind):
            msg = f"{name} must be a {kind.__name__}, not a {type(value).__name__}"
            raise TypeError(msg)
    if log is not None and not isinstance(log, AuditLog):
        msg = f"log must be an AuditLog or None, not a {type(log).__name__}"
        raise TypeError(msg)
    if head is not None and not isinstance(head, ChainHead):
        msg = f"head must be a ChainHead or None, not a {type(head).__name__}"
        raise TypeError(msg)


def _once(persons: Iterable[str]) -> tuple[str, ...]:
    """The persons in order, each once (a person may be tied to the staff more than once)."""
    return tuple(dict.fromkeys(persons))


def _conflict(case: Case, me: str) -> AccessDecision | None:
    """The refusal of a case in which the professional, or a relative of theirs, is a person."""
    own = _once(
        t.person for t in case.staff_ties if t.kind is TieKind.STAFF and t.professional == me
    )
    if own:
        return _refused(AccessReason.OWN_CASE, own)
    kin = _once(
        t.person for t in case.staff_ties if t.kind is TieKind.RELATIVE and t.professional == me
    )
    if kin:
        return _refused(AccessReason.RELATIVE, kin)
    return None


def _judged(
    case: Case, assignments: list[Assignment], professional: Professional
) -> AccessDecision:
    protected = tuple(p.id for p in case.family.persons if p.protected_identity)
    colleagues = _once(
        t.person
        for t in case.staff_ties
        if t.kind is TieKind.STAFF and t.agency in (professional.agency, None)
    )
    refusals: list[AccessDecision] = []
    for assignment in assignments:
        missing = tuple(p for p in protected if p not in assignment.designated_for)
        if missing:
            refusals.append(_refused(AccessReason.PROTECTED_PERSON, missing))
        elif colleagues and assignment.conflict_cleared_by is None:
            refusals.append(_refused(AccessReason.COLLEAGUE, colleagues))
        else:
            return AccessDecision(granted=True, reason=AccessReason.ASSIGNED, basis=assignment.id)
    # Every assignment was refused: the first one's reason is the answer.
    return refusals[0]


def _logged_emergency(
    log: AuditLog | None,
    head: ChainHead | None,
    professional: Professional,
    case: str,
    on: dt.datetime,
) -> AuditEntry | None:
    if log is None or verify(log, head=head) is not None:
        return None
    for entry in reversed(log.entries):
        if (
            entry.action is AuditAction.EMERGENCY_ACCESS
            and entry.actor == professional.id
            and entry.agency == professional.agency
            and entry.case == case
            and (entry.at.tzinfo is None) == (on.tzinfo is None)
            and entry.at <= on < entry.at + EMERGENCY_WINDOW
        ):
            return entry
    return None


def break_glass(
    log: AuditLog,
    professional: Professional,
    case: Case,
    *,
    reason: EmergencyReason,
    at: dt.datetime,
) -> AuditLog:
    """The log with an emergency access to ``case`` by ``professional`` recorded.

    The reason is mandatory; the entry names every person of the case, since all their data
    opens. For :data:`EMERGENCY_WINDOW` from ``at``, :func:`may_access` grants the professional
    the case for an emergency; the entry stays in the log for review.

    Raises:
        InvalidModel: If ``reason`` is missing (``None``) or ``at`` is before the log's last
            entry.
    """
    return log.record(
        at=at,
        actor=professional.id,
        agency=professional.agency,
        action=AuditAction.EMERGENCY_ACCESS,
        purpose=AccessPurpose.EMERGENCY,
        case=case.id,
        persons=tuple(p.id for p in case.family.persons),
        emergency_reason=reason,
    )
