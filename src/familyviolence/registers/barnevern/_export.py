"""The export: Norwegian cases to the register's files, checked before they are sent.

By law the child welfare service reports its cases to the national child-welfare register, identity
numbers included. This is the one function of the library that writes a child's identity number for
a recipient, so it is separate and explicit: it never runs as part of
:func:`~familyviolence.privacy.redact`, pseudonymisation or the statistics view, and nothing calls
it but its caller.
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from collections.abc import Iterable, Mapping

from familyviolence._model import Model, evolve, model, personal, public
from familyviolence.cases import Case
from familyviolence.errors import FamilyViolenceError
from familyviolence.registers.barnevern._agency import ReportingAgency
from familyviolence.registers.barnevern._build import Participation, local_day, register_cases
from familyviolence.registers.barnevern._controls import REGISTER_CONTROLS
from familyviolence.registers.barnevern._document import Omission, RegisterCase, derived_id
from familyviolence.registers.barnevern._xml import validate, write
from familyviolence.rulebook import evaluate
from familyviolence.rules import Findings
from familyviolence.vocabulary import Jurisdiction

__all__ = ["ExportRefused", "RegisterDocument", "draft_register_xml", "to_register_xml"]

_OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
_JOURNAL_NUMBER_LENGTH = 36


class ExportRefused(FamilyViolenceError, ValueError):
    """A case the export will not write, and why; the message holds no personal value.

    Args:
        case_id: Id of the case.
        field: Where in the case the reason lies (``"subjects[0]"``).
        reason: Why.

    Attributes:
        case_id: Id of the case.
        field: Where in the case the reason lies.
        reason: Why.
    """

    def __init__(self, case_id: str, field: str, reason: str) -> None:
        self.case_id = case_id
        self.field = field
        self.reason = reason
        super().__init__(f"case {case_id!r}, {field}: {reason}")

    def __reduce__(self) -> tuple[type[ExportRefused], tuple[str, str, str]]:
        return (type(self), (self.case_id, self.field, self.reason))


ExportRefused.__module__ = "familyviolence.registers.barnevern"


@model
class RegisterDocument(Model):
    """One file for the register: one child's complete case folder, checked against the schema.

    Attributes:
        case_id: Id of the case it comes from.
        child: Id of the child (a person of the case's family).
        folder_id: The id of the child's case folder in the register (Sak/@Id), the same in
            every export of the case.
        submission_id: The id of this file (Barnevern/@Id): the same for the same case folder
            extracted at the same moment.
        xml: The document, UTF-8. It holds the child's identity number: it is shown nowhere
            but here.
        findings: The register's controls run on the case as extracted, for this child.
        omissions: What the case holds that the file could not carry, and why.
    """

    case_id: str = public()
    child: str = public()
    folder_id: str = public()
    submission_id: str = public()
    xml: bytes = personal()
    findings: Findings = public()
    omissions: tuple[Omission, ...] = public()


def _as_of(case: Case, moment: dt.datetime) -> Case:
    """The case with only what was recorded by ``moment`` (a prefix of a history is valid)."""
    kept = 0
    for event in case.history:
        at = event.at if event.at.tzinfo is not None else event.at.replace(tzinfo=_OSLO)
        if at > moment:
            break
        kept += 1
    return case if kept == len(case.history) else evolve(case, history=case.history[:kept])


def _refusals(case: Case, folders: tuple[RegisterCase, ...]) -> None:
    if len(case.id) > _JOURNAL_NUMBER_LENGTH:
        raise ExportRefused(
            case.id,
            "id",
            "is longer than the 36 characters the register allows for a journal number",
        )
    for folder in folders:
        child = case.family.person(folder.child)
        if child.protected_identity:
            level = child.address_protection.value if child.address_protection else ""
            raise ExportRefused(
                case.id,
                folder.path.removeprefix("$."),
                f"the child's address is protected ({level}), and the register's format"
                " 4.0.1 defines no handling for a child with protected identity: every file"
                " carries the child's identity number and birth date as for any child. The"
                " case is not exported; report it as Statistics Norway directs",
            )


def to_register_xml(
    cases: Iterable[Case],
    reporting_agency: ReportingAgency,
    extracted_at: dt.datetime,
    *,
    xsd: str | os.PathLike[str],
    participation: Participation | None = None,
    previous_submissions: Mapping[str, str] | None = None,
) -> tuple[RegisterDocument, ...]:
    """The register's files for Norwegian child-welfare cases: one per child, validated.

    Each case is taken as recorded at ``extracted_at`` (later events are left out), read into
    one case folder per child it is about (see the documentation's page on the register), and
    written as one ``Barnevern`` document per folder, as the schema requires. Every document is
    checked against the schema in ``xsd`` and comes with the findings of
    :data:`~familyviolence.registers.barnevern.REGISTER_CONTROLS` on the day of the extraction,
    and with what the library could not write. The files carry the children's identity numbers,
    which the register receives by law: nothing else in the library writes them for a
    recipient.

    Args:
        cases: Norwegian cases.
        reporting_agency: The child welfare service that reports, and its case system.
        extracted_at: When the data was extracted (DatoUttrekk): a date and time with its
            offset, never read from the clock here.
        xsd: Path of the register's schema (``Barnevern_v4.0.1.xsd`` or the one in force).
        participation: Where the children's participation in investigations is recorded, if
            anywhere: the case model does not record it yet (see
            :class:`~familyviolence.registers.barnevern.ChildParticipation`).
        previous_submissions: The id of the file last sent for a case folder, by folder id, so
            that the register can tell that nothing was lost in between (ForrigeId).

    Returns:
        The documents, case by case, child by child in the order of the case's subjects.

    Raises:
        TypeError: If ``extracted_at`` is not a date and time with an offset.
        ExportRefused: For a case that is not Norwegian, whose id is too long for the register,
            or about a child with protected identity (the format defines no handling for it).
        InvalidDocument: If the schema file cannot be read, or refuses a document (a schema of
            another version than 4.0.1); the problems name paths, never values.
    """
    return _documents(
        cases,
        reporting_agency,
        extracted_at,
        xsd=xsd,
        participation=participation,
        previous_submissions=previous_submissions,
    )


def draft_register_xml(
    cases: Iterable[Case],
    reporting_agency: ReportingAgency,
    extracted_at: dt.datetime,
    *,
    participation: Participation | None = None,
    previous_submissions: Mapping[str, str] | None = None,
) -> tuple[RegisterDocument, ...]:
    """The register's files as :func:`to_register_xml` writes them, not checked against the schema.

    For a preview of what would be sent, or a test without the register's schema file at hand.
    The register refuses a file its schema does not accept: send only what
    :func:`to_register_xml` returns. Arguments, result and errors are those of
    :func:`to_register_xml`, but for the schema.
    """
    return _documents(
        cases,
        reporting_agency,
        extracted_at,
        xsd=None,
        participation=participation,
        previous_submissions=previous_submissions,
    )


def _documents(
    cases: Iterable[Case],
    reporting_agency: ReportingAgency,
    extracted_at: dt.datetime,
    *,
    xsd: str | os.PathLike[str] | None,
    participation: Participation | None,
    previous_submissions: Mapping[str, str] | None,
) -> tuple[RegisterDocument, ...]:
    if not isinstance(extracted_at, dt.datetime) or extracted_at.utcoffset() is None:
        msg = "extracted_at must be a datetime with an offset, as the register requires"
        raise TypeError(msg)
    previous = previous_submissions or {}
    documents: list[RegisterDocument] = []
    for case in cases:
        if case.jurisdiction is not Jurisdiction.NO:
            raise ExportRefused(
                case.id, "jurisdiction", "the register takes Norwegian child-welfare cases only"
            )
        extracted = _as_of(case, extracted_at)
        folders = register_cases(extracted, participation=participation)
        _refusals(extracted, folders)
        day = local_day(extracted_at)
        findings = evaluate(extracted, on=day, rules=REGISTER_CONTROLS)
        for folder in folders:
            submission = derived_id(
                case.id, "Barnevern", folder.id, extracted_at.isoformat(timespec="seconds")
            )
            xml = write(
                folder,
                agency=reporting_agency,
                extracted_at=extracted_at,
                submission_id=submission,
                previous_id=previous.get(folder.id),
            )
            if xsd is not None:
                validate(xml, xsd)
            documents.append(
                RegisterDocument(
                    case_id=case.id,
                    child=folder.child,
                    folder_id=folder.id,
                    submission_id=submission,
                    xml=xml,
                    findings=Findings(
                        case_id=findings.case_id,
                        on=findings.on,
                        findings=tuple(f for f in findings if folder.child in f.persons),
                        skipped=findings.skipped,
                    ),
                    omissions=folder.omissions,
                )
            )
    return tuple(documents)
