"""Reports of concern about a child (orosanmälan; bekymringsmelding), as received.

A :class:`ReportOfConcern` records who made a report (the kind of reporter, their agency's kind
and sector, their role), about which child, when, and what it is about. In a
:class:`~familyviolence.cases.Case` it details the
:class:`~familyviolence.events.ReportOfConcernReceived` event with the same id. Whether the
reporter had to report is the law's answer, not the report's:
:func:`familyviolence.jurisdictions.reporting_duty_of`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from familyviolence._model import Model, model, public
from familyviolence._validators import instance_of, members_of, non_empty_id
from familyviolence.collaboration._agencies import ProfessionalRole, Sector
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import AgencyKind, LabelledEnum, ReporterKind

__all__ = ["PRIVATE_REPORTERS", "REPORTER_AGENCIES", "ConcernCategory", "ReportOfConcern"]


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


PRIVATE_REPORTERS: frozenset[ReporterKind] = frozenset(
    {
        ReporterKind.PARENT,
        ReporterKind.RELATIVE,
        ReporterKind.MEMBER_OF_PUBLIC,
        ReporterKind.CHILD,
        ReporterKind.ANONYMOUS,
    }
)
"""Reporters who report as private individuals: their report names no agency and no role."""

REPORTER_AGENCIES: Mapping[ReporterKind, frozenset[AgencyKind]] = MappingProxyType(
    {
        ReporterKind.POLICE: frozenset({AgencyKind.POLICE}),
        ReporterKind.SCHOOL: frozenset({AgencyKind.SCHOOL}),
        ReporterKind.PRESCHOOL: frozenset({AgencyKind.PRESCHOOL}),
        ReporterKind.CHILD_HEALTH_CENTRE: frozenset({AgencyKind.CHILD_HEALTH_CENTRE}),
        ReporterKind.DENTAL_CARE: frozenset({AgencyKind.DENTAL_CARE}),
        ReporterKind.PRISON_AND_PROBATION: frozenset({AgencyKind.PRISON_AND_PROBATION}),
        ReporterKind.HEALTH_CARE: frozenset(k for k in AgencyKind if k.is_health_care),
        ReporterKind.SOCIAL_SERVICES: frozenset(k for k in AgencyKind if k.is_social_services),
    }
)
"""Reporter kinds that name a kind of agency: the agency a report names must be one of these."""


@model
class ReportOfConcern(Model):
    """A report of concern about a child, as received.

    >>> import datetime as dt
    >>> from familyviolence.vocabulary import AgencyKind, ReporterKind
    >>> report = ReportOfConcern(
    ...     id="report-1",
    ...     child="elias",
    ...     received_at=dt.datetime(2026, 3, 2, 9, 40),
    ...     reporter_kind=ReporterKind.CHILD_HEALTH_CENTRE,
    ...     reporter_agency=AgencyKind.CHILD_HEALTH_CENTRE,
    ...     reporter_role=ProfessionalRole.NURSE,
    ...     concerns=(ConcernCategory.WITNESSED_VIOLENCE,),
    ... )
    >>> report.concerns
    (<ConcernCategory.WITNESSED_VIOLENCE: 'witnessed_violence'>,)

    Attributes:
        id: Stable id of the report; in a case, the ``report_id`` of its
            :class:`~familyviolence.events.ReportOfConcernReceived` event.
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
        private = self.reporter_kind in PRIVATE_REPORTERS
        if private and (self.reporter_agency is not None or self.reporter_role is not None):
            raise InvalidModel(
                "ReportOfConcern",
                "reporter_agency",
                f"a {self.reporter_kind.value} reporter reports as a private individual",
            )
        allowed = REPORTER_AGENCIES.get(self.reporter_kind)
        agency = self.reporter_agency
        if allowed is not None and agency is not None and agency not in allowed:
            raise InvalidModel(
                "ReportOfConcern",
                "reporter_agency",
                f"does not agree with reporter kind {self.reporter_kind.value}",
            )
