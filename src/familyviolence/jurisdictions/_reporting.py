"""Who must report concern for a child, who should, and who need not: the law's answer.

:func:`reporting_duty` answers, from a jurisdiction's reporting duties
(:data:`~familyviolence.jurisdictions.DEFAULT_REPORTING_DUTIES`), whether a reporter must
report, should report or has no duty, with the legal references and anything left for a human
to judge; :func:`reporting_duty_of` asks it for the reporter of a report as received.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from familyviolence._model import Model, model, public
from familyviolence._validators import instance_of, tuple_of
from familyviolence.collaboration import (
    ProfessionalRole,
    ReportingDuty,
    ReportingDutyProvision,
    ReportOfConcern,
    Sector,
)
from familyviolence.jurisdictions._registry import DEFAULT_REPORTING_DUTIES
from familyviolence.law import LegalReference
from familyviolence.vocabulary import AgencyKind, Jurisdiction

__all__ = ["ReportingDutyAnswer", "reporting_duty", "reporting_duty_of"]


@model
class ReportingDutyAnswer(Model):
    """Whether a reporter must report, should report or has no duty, and why.

    Attributes:
        jurisdiction: Whose law answered.
        on: The day asked about.
        duty: Must, should or none: the strongest duty of the rules that bind the reporter.
        report_to: The kind of agency to report to.
        rules: Ids of the rules that give the duty.
        references: Their legal references.
        equivalents: The same rules in the other act's numbering, where known.
        judgements: What a human must still judge for the duty to hold.
    """

    jurisdiction: Jurisdiction = public(validator=instance_of(Jurisdiction))
    on: dt.date = public(validator=instance_of(dt.date))
    duty: ReportingDuty = public(validator=instance_of(ReportingDuty))
    report_to: AgencyKind = public(validator=instance_of(AgencyKind))
    rules: tuple[str, ...] = public(validator=tuple_of(str))
    references: tuple[LegalReference, ...] = public(validator=tuple_of(LegalReference))
    equivalents: tuple[LegalReference, ...] = public(default=(), validator=tuple_of(LegalReference))
    judgements: tuple[str, ...] = public(default=(), validator=tuple_of(str))

    @property
    def reference(self) -> LegalReference:
        """The first of the references."""
        return self.references[0]


def reporting_duty(
    jurisdiction: Jurisdiction | str,
    agency_kind: AgencyKind | None,
    role: ProfessionalRole | None = None,
    *,
    on: dt.date,
    sector: Sector = Sector.PUBLIC,
    rules: Sequence[ReportingDutyProvision] | None = None,
    extra_rules: Sequence[ReportingDutyProvision] = (),
) -> ReportingDutyAnswer:
    """Whether a reporter must report concern for a child, should, or has no duty to, on ``on``.

    The reporter works at an agency of ``agency_kind`` run by ``sector``, in ``role``; an
    ``agency_kind`` of ``None`` is a private individual, a ``role`` of ``None`` a staff member
    whose role is not known. Every rule in force on ``on`` that binds the reporter is applied
    and the strongest duty wins (must over should over none); the answer lists the rules that
    give it. Which combinations give which duty is tabled on the documentation's Collaboration
    page.

    >>> import datetime as dt
    >>> from familyviolence.vocabulary import AgencyKind
    >>> reporting_duty("SE", AgencyKind.DENTAL_CARE, on=dt.date(2026, 3, 2)).duty.value
    'must'
    >>> reporting_duty("SE", None, on=dt.date(2026, 3, 2)).duty.value
    'should'

    Args:
        jurisdiction: Whose law.
        agency_kind: The kind of agency the reporter works at, or ``None``.
        role: The reporter's role there, if known.
        on: The day the duty is asked about.
        sector: Who runs the agency.
        rules: Rules to apply instead of the jurisdiction's shipped ones.
        extra_rules: Rules to apply besides them, e.g.
            :data:`~familyviolence.jurisdictions.se.PROPOSED_REPORTERS_2026`.

    Raises:
        ValueError: If no rule in force answers (the shipped rules always do).
    """
    jurisdiction = Jurisdiction(jurisdiction)
    chosen = DEFAULT_REPORTING_DUTIES[jurisdiction] if rules is None else tuple(rules)
    binding = [
        rule
        for rule in (*chosen, *extra_rules)
        if rule.jurisdiction is jurisdiction
        and rule.applies_on(on)
        and rule.binds(agency_kind, role, sector)
    ]
    if not binding:
        msg = "no reporting-duty rule in force answers for this reporter"
        raise ValueError(msg)
    strongest = max(rule.duty.strength for rule in binding)
    giving = [rule for rule in binding if rule.duty.strength == strongest]
    return ReportingDutyAnswer(
        jurisdiction=jurisdiction,
        on=on,
        duty=giving[0].duty,
        report_to=giving[0].report_to,
        rules=tuple(dict.fromkeys(rule.id for rule in giving)),
        references=tuple(dict.fromkeys(rule.reference for rule in giving)),
        equivalents=tuple(
            dict.fromkeys(rule.equivalent for rule in giving if rule.equivalent is not None)
        ),
        judgements=_judgements(giving),
    )


def _judgements(giving: Sequence[ReportingDutyProvision]) -> tuple[str, ...]:
    # A duty given unconditionally by one rule needs no judgement from another that gives it too.
    if any(not rule.judgements for rule in giving) and giving[0].duty is ReportingDuty.MUST:
        return ()
    return tuple(dict.fromkeys(j for rule in giving for j in rule.judgements))


def reporting_duty_of(
    report: ReportOfConcern,
    jurisdiction: Jurisdiction | str,
    *,
    extra_rules: Sequence[ReportingDutyProvision] = (),
) -> ReportingDutyAnswer:
    """The duty of the reporter of ``report``, under ``jurisdiction``, on the day it was received.

    >>> import datetime as dt
    >>> from familyviolence.collaboration import ConcernCategory, ProfessionalRole, ReportOfConcern
    >>> from familyviolence.vocabulary import AgencyKind, ReporterKind
    >>> report = ReportOfConcern(
    ...     id="report-1", child="elias", received_at=dt.datetime(2026, 3, 2, 9, 40),
    ...     reporter_kind=ReporterKind.CHILD_HEALTH_CENTRE,
    ...     reporter_agency=AgencyKind.CHILD_HEALTH_CENTRE,
    ...     reporter_role=ProfessionalRole.NURSE,
    ...     concerns=(ConcernCategory.WITNESSED_VIOLENCE,),
    ... )
    >>> reporting_duty_of(report, "SE").duty
    <ReportingDuty.MUST: 'must'>
    """
    return reporting_duty(
        jurisdiction,
        report.reporter_agency,
        report.reporter_role,
        sector=report.reporter_sector,
        on=report.received_at.date(),
        extra_rules=extra_rules,
    )
