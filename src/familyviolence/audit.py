"""The audit trail: an append-only, hash-chained log of who read, disclosed or changed a case.

Each :class:`AuditEntry` holds ids, codes and purposes only (who, at which agency, what action,
which case, whose data, for what purpose), never a personal value. Its ``digest`` is the
SHA-256 of the entry's canonical encoding (JSON with sorted keys, without the digest), and that
encoding includes the digest of the entry before it (``previous``): changing, deleting,
reordering or inserting an entry breaks the chain at that point, and :func:`verify` names the
first broken link. Removing entries from the end leaves a shorter chain that holds: keep the
log's :attr:`AuditLog.head` somewhere else and give it to :func:`verify` to catch that too.

:func:`who_saw` answers the log reviewer's question "who saw this person's data, when, for what
purpose"; :func:`access_report` answers the person's own right of access (GDPR art. 15): when,
for what purpose and by which agency, without the employees' ids, as the Court of Justice held
in C-579/21 (*Pankki S*) that those need not in principle be given.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any, cast

import attrs
import msgspec

from familyviolence._model import Model, evolve, invalid, model, public
from familyviolence._numbers import is_identity_number
from familyviolence._validators import (
    ID_NUMBER_SHORTEST,
    IDENTITY_NUMBER_AS_ID,
    id_list,
    instance_of,
    non_empty_id,
    non_negative,
    optional_id,
    optional_instance_of,
    tuple_of,
)
from familyviolence.errors import InvalidModel
from familyviolence.law import LegalReference
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "GENESIS",
    "RIGHT_OF_ACCESS",
    "AccessPurpose",
    "AccessReportLine",
    "AuditAction",
    "AuditEntry",
    "AuditLog",
    "ChainBreak",
    "ChainHead",
    "ChainProblem",
    "EmergencyReason",
    "access_report",
    "digest_of",
    "verify",
    "who_saw",
]

GENESIS = "0" * 64
"""The ``previous`` digest of a log's first entry."""

RIGHT_OF_ACCESS = (
    LegalReference(
        statute="GDPR (EU) 2016/679",
        provision="art. 15",
        verified=True,
        note="dates and purposes of consultations are part of the access, per CJEU C-579/21",
    ),
    LegalReference(statute="GDPR (EU) 2016/679", provision="art. 32", verified=True),
)
"""The law the log serves: the data subject's right of access, and security of processing."""


class AuditAction(LabelledEnum):
    """What was done with a case's data."""

    READ = "read", "läst", "lest", "read"
    CHANGE = "change", "ändrat", "endret", "changed"
    DISCLOSURE = "disclosure", "lämnat ut", "utlevert", "disclosed to another agency"
    EMERGENCY_ACCESS = (
        "emergency_access",
        "nödöppning",
        "akutt tilgang",
        "emergency access (break the glass)",
    )


class AccessPurpose(LabelledEnum):
    """What a professional reads or handles a case for."""

    CASEWORK = "casework", "handläggning", "saksbehandling", "casework"
    DECISION = "decision", "beslut", "vedtak", "taking or approving a decision"
    SUPERVISION = "supervision", "arbetsledning", "veiledning og ledelse", "supervision"
    DISCLOSURE = (
        "disclosure",
        "utlämnande till annan myndighet",
        "utlevering til annen instans",
        "disclosure to another agency",
    )
    EMERGENCY = "emergency", "akut situation", "akuttsituasjon", "emergency"


class EmergencyReason(LabelledEnum):
    """Why emergency access was needed: a reason is always recorded, as a code."""

    DANGER_TO_LIFE_OR_HEALTH = (
        "danger_to_life_or_health",
        "fara för liv eller hälsa",
        "fare for liv eller helse",
        "danger to someone's life or health",
    )
    CHILD_AT_IMMEDIATE_RISK = (
        "child_at_immediate_risk",
        "barn i akut fara",
        "barn i akutt fare",
        "a child at immediate risk",
    )
    CONSENT_GIVEN = (
        "consent_given",
        "den enskilde har samtyckt",
        "personen har samtykket",
        "the person consented on the spot",
    )


_HEX = re.compile(r"[0-9a-f]{64}")


def _not_identity_numbers(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # The log holds ids, never a person's identity number, whatever a caller passes as an id.
    for i, item in enumerate(value if isinstance(value, tuple) else ()):
        if isinstance(item, str) and len(item) >= ID_NUMBER_SHORTEST and is_identity_number(item):
            raise InvalidModel(
                type(instance).__name__, f"{attribute.name}[{i}]", IDENTITY_NUMBER_AS_ID
            )


def _digest(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _HEX.fullmatch(value):
        raise invalid(instance, attribute, "must be 64 lowercase hexadecimal digits")


@model
class AuditEntry(Model):
    """One entry of the log: who did what with whose data, when and why; ids only.

    Attributes:
        sequence: Its place in the log, from 0.
        at: When it happened.
        actor: Id of the professional.
        agency: Id of the agency they acted for.
        action: What they did.
        purpose: What for.
        case: Id of the case.
        persons: Ids of the persons whose data it concerned.
        emergency_reason: For an emergency access, why (required then, and only then).
        recipient: For a disclosure, the id of the receiving agency (required then).
        ground: For a disclosure, the provision it was made on, if recorded.
        previous: The digest of the entry before it (:data:`GENESIS` for the first).
        digest: The SHA-256 of this entry's canonical encoding (see :func:`digest_of`).
    """

    sequence: int = public(validator=non_negative)
    at: dt.datetime = public(validator=instance_of(dt.datetime))
    actor: str = public(validator=non_empty_id)
    agency: str = public(validator=non_empty_id)
    action: AuditAction = public(validator=instance_of(AuditAction))
    purpose: AccessPurpose = public(validator=instance_of(AccessPurpose))
    case: str = public(validator=non_empty_id)
    previous: str = public(validator=_digest)
    digest: str = public(validator=_digest)
    persons: tuple[str, ...] = public(
        default=(), validator=(id_list(required=False), _not_identity_numbers)
    )
    emergency_reason: EmergencyReason | None = public(
        default=None, validator=optional_instance_of(EmergencyReason)
    )
    recipient: str | None = public(default=None, validator=optional_id)
    ground: LegalReference | None = public(
        default=None, validator=optional_instance_of(LegalReference)
    )

    def __attrs_post_init__(self) -> None:
        emergency = self.action is AuditAction.EMERGENCY_ACCESS
        if emergency and self.emergency_reason is None:
            raise InvalidModel("AuditEntry", "emergency_reason", "emergency access needs a reason")
        if not emergency and self.emergency_reason is not None:
            raise InvalidModel("AuditEntry", "emergency_reason", "is only for emergency access")
        if emergency and self.purpose is not AccessPurpose.EMERGENCY:
            raise InvalidModel("AuditEntry", "purpose", "emergency access is for an emergency")
        if (self.action is AuditAction.DISCLOSURE) != (self.recipient is not None):
            raise InvalidModel("AuditEntry", "recipient", "is given exactly for a disclosure")
        if self.ground is not None and self.action is not AuditAction.DISCLOSURE:
            raise InvalidModel("AuditEntry", "ground", "is only for a disclosure")


_ENCODER = msgspec.json.Encoder(order="sorted")
_CHAINED = tuple(a.name for a in attrs.fields(cast("Any", AuditEntry)) if a.name != "digest")
"""The fields an entry's digest covers: all but the digest itself."""


def digest_of(entry: AuditEntry) -> str:
    """The SHA-256 (hex) of the entry's canonical encoding: every field but ``digest``.

    The encoding is JSON with sorted keys, so that it is the same wherever it is computed.
    """
    fields = {name: getattr(entry, name) for name in _CHAINED}
    return hashlib.sha256(_ENCODER.encode(fields)).hexdigest()


@model
class ChainHead(Model):
    """The length of a log and the digest of its last entry, kept apart to catch truncation.

    Attributes:
        length: How many entries the log had.
        digest: The digest of its last entry (:data:`GENESIS` for an empty log).
    """

    length: int = public(validator=non_negative)
    digest: str = public(validator=_digest)


@model
class AuditLog(Model):
    """The log: entries in the order they were recorded; :meth:`record` appends one.

    A log is built from whatever entries it is given, so that a log read back can be checked:
    :func:`verify` says whether its chain holds.

    >>> import datetime as dt
    >>> log = AuditLog().record(
    ...     at=dt.datetime(2026, 3, 2, 9, 0), actor="sw-1", agency="soc-north",
    ...     action=AuditAction.READ, purpose=AccessPurpose.CASEWORK, case="case-1",
    ...     persons=("child-1",),
    ... )
    >>> verify(log) is None
    True

    Attributes:
        entries: The entries, oldest first.
    """

    entries: tuple[AuditEntry, ...] = public(default=(), validator=tuple_of(AuditEntry))

    @property
    def head(self) -> ChainHead:
        """The log's length and last digest, to keep apart from it."""
        last = self.entries[-1].digest if self.entries else GENESIS
        return ChainHead(length=len(self.entries), digest=last)

    def record(
        self,
        *,
        at: dt.datetime,
        actor: str,
        agency: str,
        action: AuditAction,
        purpose: AccessPurpose,
        case: str,
        persons: tuple[str, ...] = (),
        emergency_reason: EmergencyReason | None = None,
        recipient: str | None = None,
        ground: LegalReference | None = None,
    ) -> AuditLog:
        """A new log with an entry appended, chained to the last one; this log is unchanged.

        Raises:
            InvalidModel: If the entry is not valid, ``at`` is not a datetime, or ``at`` is
                before the last entry's.
        """
        if not isinstance(at, dt.datetime):
            raise InvalidModel("AuditEntry", "at", "must be a datetime (a moment, not a day)")
        last = self.entries[-1] if self.entries else None
        if last is not None:
            if (at.tzinfo is None) != (last.at.tzinfo is None):
                raise InvalidModel(
                    "AuditEntry", "at", "must carry a time zone exactly when the log's entries do"
                )
            if at < last.at:
                raise InvalidModel("AuditEntry", "at", "must not be before the last entry")
        draft = AuditEntry(
            sequence=len(self.entries),
            at=at,
            actor=actor,
            agency=agency,
            action=action,
            purpose=purpose,
            case=case,
            persons=persons,
            emergency_reason=emergency_reason,
            recipient=recipient,
            ground=ground,
            previous=GENESIS if last is None else last.digest,
            digest=GENESIS,
        )
        entry = evolve(draft, digest=digest_of(draft))
        return AuditLog(entries=(*self.entries, entry))


class ChainProblem(LabelledEnum):
    """How a log's chain is broken."""

    SEQUENCE = (
        "sequence",
        "löpnumret stämmer inte (post borttagen, tillagd eller flyttad)",
        "løpenummeret stemmer ikke (post slettet, satt inn eller flyttet)",
        "the sequence number is wrong (an entry deleted, inserted or moved)",
    )
    PREVIOUS = (
        "previous",
        "länken till föregående post stämmer inte",
        "lenken til forrige post stemmer ikke",
        "the link to the entry before does not match",
    )
    DIGEST = (
        "digest",
        "posten har ändrats",
        "posten er endret",
        "the entry was changed",
    )
    TRUNCATED = (
        "truncated",
        "loggen är kortare än sitt sparade huvud",
        "loggen er kortere enn det lagrede hodet",
        "the log is shorter than its kept head",
    )
    HEAD = (
        "head",
        "loggen stämmer inte med sitt sparade huvud",
        "loggen stemmer ikke med det lagrede hodet",
        "the log does not match its kept head",
    )


@model
class ChainBreak(Model):
    """The first broken link of a log.

    Attributes:
        index: The index of the first entry that does not hold (for a truncated log, its
            length).
        problem: What is wrong there.
    """

    index: int = public(validator=non_negative)
    problem: ChainProblem = public(validator=instance_of(ChainProblem))


def verify(log: AuditLog, *, head: ChainHead | None = None) -> ChainBreak | None:
    """The first broken link of the log's chain, or ``None`` if the chain holds.

    Each entry must have its place as sequence number, carry the digest of the entry before it,
    and have the digest of its own content. With ``head`` (kept apart from the log), the log
    must also be at least that long and hold that digest at that place.

    Without ``head`` only the log's consistency with itself is checked: whoever can write the
    log can recompute its whole chain, and that passes. Keep the head out of their reach.

    Raises:
        TypeError: If ``log`` is not an :class:`AuditLog` or ``head`` not a :class:`ChainHead`.
    """
    _check_verify_arguments(log, head)
    expected = GENESIS
    for i, entry in enumerate(log.entries):
        if entry.sequence != i:
            return ChainBreak(index=i, problem=ChainProblem.SEQUENCE)
        if entry.previous != expected:
            return ChainBreak(index=i, problem=ChainProblem.PREVIOUS)
        if digest_of(entry) != entry.digest:
            return ChainBreak(index=i, problem=ChainProblem.DIGEST)
        expected = entry.digest
    if head is not None:
        if len(log.entries) < head.length:
            return ChainBreak(index=len(log.entries), problem=ChainProblem.TRUNCATED)
        kept = log.entries[head.length - 1].digest if head.length else GENESIS
        if kept != head.digest:
            return ChainBreak(index=max(head.length - 1, 0), problem=ChainProblem.HEAD)
    return None


def _check_verify_arguments(log: object, head: object) -> None:
    if not isinstance(log, AuditLog):
        msg = f"log must be an AuditLog, not a {type(log).__name__}"
        raise TypeError(msg)
    if head is not None and not isinstance(head, ChainHead):
        msg = f"head must be a ChainHead or None, not a {type(head).__name__}"
        raise TypeError(msg)


def who_saw(log: AuditLog, person: str) -> tuple[AuditEntry, ...]:
    """The entries about the person's data, oldest first: who, when, what, for what purpose.

    For the log's reviewers. The person's own answer is :func:`access_report`.
    """
    return tuple(entry for entry in log.entries if person in entry.persons)


@model
class AccessReportLine(Model):
    """A line of the answer to a person's request for access to the log of their data.

    Attributes:
        at: When their data was used.
        action: What was done.
        purpose: What for.
        agency: Id of the agency that did it.
        recipient: For a disclosure, the receiving agency.
    """

    at: dt.datetime = public(validator=instance_of(dt.datetime))
    action: AuditAction = public(validator=instance_of(AuditAction))
    purpose: AccessPurpose = public(validator=instance_of(AccessPurpose))
    agency: str = public(validator=non_empty_id)
    recipient: str | None = public(default=None, validator=optional_id)


def access_report(log: AuditLog, person: str) -> tuple[AccessReportLine, ...]:
    """What the log tells the person about the use of their data: when, what, why, by whom.

    "By whom" is the agency: the employees' ids are left out (CJEU C-579/21); a reviewer who
    must weigh giving them reads :func:`who_saw`.
    """
    return tuple(
        AccessReportLine(
            at=entry.at,
            action=entry.action,
            purpose=entry.purpose,
            agency=entry.agency,
            recipient=entry.recipient,
        )
        for entry in who_saw(log, person)
    )
