"""Reports of concern about a child, and who must, should or need not make one.

A :class:`ReportOfConcern` records a report as received (orosanmälan; bekymringsmelding):
who made it (the kind of reporter, their agency's kind and sector, their role), about which
child, when, and what it is about. In a :class:`~familyviolence.Case` it details the
:class:`~familyviolence.ReportOfConcernReceived` event with the same id.

:func:`reporting_duty` answers, from the jurisdiction's data, whether a reporter must report,
should report or has no duty, with the legal references and anything left for a human to
judge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from familyviolence._errors import InvalidModel
from familyviolence._model import model, non_empty_id, public
from familyviolence.collaboration._checks import instance_of, members_of, tuple_of
from familyviolence.collaboration.agencies import ProfessionalRole, Sector
from familyviolence.collaboration.legal import ReportingDuty, ReportingDutyRule
from familyviolence.jurisdictions import no_collaboration, se_collaboration
from familyviolence.law import LegalReference
from familyviolence.vocabulary import AgencyKind, Jurisdiction, LabelledEnum, ReporterKind

__all__ = [
    "DEFAULT_REPORTING_DUTIES",
    "ConcernCategory",
    "ReportOfConcern",
    "ReportingDutyAnswer",
    "reporting_duty",
]


class ConcernCategory(LabelledEnum):
    """What a report of concern is about."""

    VIOLENCE_AGAINST_CHILD = (
        "violence_against_child",
        "våld mot barnet",
        "vold mot barnet",
        "violence against the child",
    )
    WITNESSED_VIOLENCE = (
        "witnessed_violence",
        "barnet har bevittnat eller upplevt våld mellan närstående",
        "barnet har vært vitne til eller opplevd vold mellom nærstående",
        "the child witnessed or experienced violence between close relatives",
    )
    SEXUAL_ABUSE = "sexual_abuse", "sexuella övergrepp", "seksuelle overgrep", "sexual abuse"
    NEGLECT = "neglect", "omsorgssvikt", "alvorlig omsorgssvikt", "neglect"
    HONOUR_RELATED = (
        "honour_related",
        "hedersrelaterat våld och förtryck",
        "æresrelatert vold og negativ sosial kontroll",
        "honour-related violence and oppression",
    )
    PARENT_SUBSTANCE_ABUSE = (
        "parent_substance_abuse",
        "förälders missbruk",
        "foreldres rusmisbruk",
        "a parent's substance abuse",
    )
    PARENT_MENTAL_ILLNESS = (
        "parent_mental_illness",
        "förälders psykiska ohälsa",
        "foreldres psykiske helse",
        "a parent's mental illness",
    )
    CHILD_BEHAVIOUR = (
        "child_behaviour",
        "barnets eget beteende (missbruk, brott, annat socialt nedbrytande beteende)",
        "barnets alvorlige atferdsvansker",
        "the child's own behaviour (substance use, crime, serious behavioural problems)",
    )
    UNMET_HEALTH_NEEDS = (
        "unmet_health_needs",
        "obehandlad allvarlig sjukdom eller skada, funktionsnedsättning utan stöd",
        "alvorlig ubehandlet sykdom eller skade, udekkede behov ved funksjonsnedsettelse",
        "serious untreated illness or injury, or a disabled child's unmet needs",
    )
    TRAFFICKING = "trafficking", "människohandel", "menneskehandel", "trafficking"
    OTHER = "other", "annan oro", "annen bekymring", "other concern"


_PRIVATE_REPORTERS = frozenset(
    {
        ReporterKind.PARENT,
        ReporterKind.RELATIVE,
        ReporterKind.MEMBER_OF_PUBLIC,
        ReporterKind.CHILD,
        ReporterKind.ANONYMOUS,
    }
)
# Reporter kinds that name the kind of agency itself: the agency, if given, must agree.
_AGENCY_OF_REPORTER = {
    ReporterKind.POLICE: frozenset({AgencyKind.POLICE}),
    ReporterKind.SCHOOL: frozenset({AgencyKind.SCHOOL}),
    ReporterKind.PRESCHOOL: frozenset({AgencyKind.PRESCHOOL}),
    ReporterKind.CHILD_HEALTH_CENTRE: frozenset({AgencyKind.CHILD_HEALTH_CENTRE}),
    ReporterKind.DENTAL_CARE: frozenset({AgencyKind.DENTAL_CARE}),
    ReporterKind.PRISON_AND_PROBATION: frozenset({AgencyKind.PRISON_AND_PROBATION}),
    ReporterKind.HEALTH_CARE: frozenset(k for k in AgencyKind if k.is_health_care),
    ReporterKind.SOCIAL_SERVICES: frozenset(k for k in AgencyKind if k.is_social_services),
}


@model
class ReportOfConcern:
    """A report of concern about a child, as received.

    >>> import datetime as dt
    >>> from familyviolence import AgencyKind, ReporterKind
    >>> report = ReportOfConcern(
    ...     id="report-1",
    ...     child="elias",
    ...     received_at=dt.datetime(2026, 3, 2, 9, 40),
    ...     reporter_kind=ReporterKind.CHILD_HEALTH_CENTRE,
    ...     reporter_agency=AgencyKind.CHILD_HEALTH_CENTRE,
    ...     reporter_role=ProfessionalRole.NURSE,
    ...     concerns=(ConcernCategory.WITNESSED_VIOLENCE,),
    ... )
    >>> report.reporting_duty(Jurisdiction.SE).duty
    <ReportingDuty.MUST: 'must'>

    Attributes:
        id: Stable id of the report; in a case, the ``report_id`` of its
            :class:`~familyviolence.ReportOfConcernReceived` event.
        child: Id of the child the report is about.
        received_at: When it was received.
        reporter_kind: Who made it.
        concerns: What it is about; at least one.
        reporter_agency: The kind of agency the reporter works at; ``None`` for a private
            individual.
        reporter_sector: Who runs that agency.
        reporter_role: The reporter's role at it, if known.
    """

    id: str = public(validator=non_empty_id)
    child: str = public(validator=non_empty_id)
    received_at: dt.datetime = public(validator=instance_of(dt.datetime))
    reporter_kind: ReporterKind = public(validator=instance_of(ReporterKind))
    concerns: tuple[ConcernCategory, ...] = public(
        validator=members_of(ConcernCategory, required=True)
    )
    reporter_agency: AgencyKind | None = public(default=None)
    reporter_sector: Sector = public(default=Sector.PUBLIC, validator=instance_of(Sector))
    reporter_role: ProfessionalRole | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        private = self.reporter_kind in _PRIVATE_REPORTERS
        if private and (self.reporter_agency is not None or self.reporter_role is not None):
            raise InvalidModel(
                "ReportOfConcern",
                "reporter_agency",
                f"a {self.reporter_kind.value} reporter reports as a private individual",
            )
        allowed = _AGENCY_OF_REPORTER.get(self.reporter_kind)
        agency = self.reporter_agency
        if allowed is not None and agency is not None and agency not in allowed:
            raise InvalidModel(
                "ReportOfConcern",
                "reporter_agency",
                f"does not agree with reporter kind {self.reporter_kind.value}",
            )

    def reporting_duty(
        self, jurisdiction: Jurisdiction, *, extra_rules: Sequence[ReportingDutyRule] = ()
    ) -> ReportingDutyAnswer:
        """The reporter's duty to report, under ``jurisdiction`` on the day it was received."""
        return reporting_duty(
            jurisdiction,
            self.reporter_agency,
            self.reporter_role,
            sector=self.reporter_sector,
            on=self.received_at.date(),
            extra_rules=extra_rules,
        )


@model
class ReportingDutyAnswer:
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


DEFAULT_REPORTING_DUTIES: dict[Jurisdiction, tuple[ReportingDutyRule, ...]] = {
    Jurisdiction.SE: se_collaboration.REPORTING_DUTIES,
    Jurisdiction.NO: no_collaboration.REPORTING_DUTIES,
}
"""The shipped reporting duties of each jurisdiction (without rules only proposed)."""


def reporting_duty(
    jurisdiction: Jurisdiction | str,
    agency_kind: AgencyKind | None,
    role: ProfessionalRole | None = None,
    *,
    on: dt.date,
    sector: Sector = Sector.PUBLIC,
    rules: Sequence[ReportingDutyRule] | None = None,
    extra_rules: Sequence[ReportingDutyRule] = (),
) -> ReportingDutyAnswer:
    """Whether a reporter must report concern for a child, should, or has no duty to, on ``on``.

    The reporter works at an agency of ``agency_kind`` run by ``sector``, in ``role``; an
    ``agency_kind`` of ``None`` is a private individual, a ``role`` of ``None`` a staff member
    whose role is not known. Every rule in force on ``on`` that binds the reporter is applied
    and the strongest duty wins (must over should over none); the answer lists the rules that
    give it. Which combinations give which duty is tabled on the documentation's Collaboration
    page.

    >>> import datetime as dt
    >>> from familyviolence import AgencyKind
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
            :data:`~familyviolence.jurisdictions.se_collaboration.PROPOSED_REPORTERS_2026`.

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


def _judgements(giving: Sequence[ReportingDutyRule]) -> tuple[str, ...]:
    # A duty given unconditionally by one rule needs no judgement from another that gives it too.
    if any(not rule.judgements for rule in giving) and giving[0].duty is ReportingDuty.MUST:
        return ()
    return tuple(dict.fromkeys(j for rule in giving for j in rule.judgements))
