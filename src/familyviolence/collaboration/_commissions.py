"""Commissioned interventions: a decision of social services carried out by another provider.

A municipality that decides on an intervention may commission a provider (a non-profit
perpetrator clinic, a placement home) to carry it out; it may not just point the person to
the provider, and it must follow up. A :class:`Commission` records which granted intervention
it carries out (by the intervention's id in the case's history, where the commissioning
decision is), who commissioned whom, and the reports promised to the commissioner with their
due dates, each sent or not.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence._validators import (
    date_field,
    instance_of,
    non_empty_id,
    optional_date,
    optional_id,
    tuple_of,
    unique_ids,
)
from familyviolence.collaboration._agencies import Agency
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = ["Commission", "CommissionReportKind", "PromisedReport"]


class CommissionReportKind(LabelledEnum):
    """What a report promised to the commissioner is about."""

    PLAN = "plan", "genomförandeplan", "tiltaksplan", "plan of how the intervention is carried out"
    PROGRESS = "progress", "lägesrapport", "statusrapport", "progress report"
    INTERRUPTION = (
        "interruption",
        "rapport om avbrott",
        "melding om avbrudd",
        "report of an interruption (drop-out)",
    )
    FINAL = "final", "slutrapport", "sluttrapport", "final report"


@model
class PromisedReport(Model):
    """A report the provider promised to send the commissioner, by a due date.

    Attributes:
        id: Stable id of the report within the commission.
        due_on: The day it is due.
        kind: What it is about.
        sent_on: The day it was sent, if it was.
    """

    id: str = public(validator=non_empty_id)
    due_on: dt.date = public(validator=date_field)
    kind: CommissionReportKind = public(
        default=CommissionReportKind.PROGRESS, validator=instance_of(CommissionReportKind)
    )
    sent_on: dt.date | None = public(default=None, validator=optional_date)

    def sent_by(self, day: dt.date) -> bool:
        """Whether it had been sent by ``day``."""
        return self.sent_on is not None and self.sent_on <= day

    def overdue(self, *, on: dt.date) -> bool:
        """Whether it is past its due date on ``on`` and not yet sent."""
        return on > self.due_on and not self.sent_by(on)

    @property
    def late(self) -> bool:
        """Whether it was sent after its due date."""
        return self.sent_on is not None and self.sent_on > self.due_on


@model
class Commission(Model):
    """A commission to carry out a granted intervention, and the reports promised for it.

    >>> import datetime as dt
    >>> from familyviolence.collaboration import Sector
    >>> from familyviolence.vocabulary import AgencyKind, Jurisdiction
    >>> commission = Commission(
    ...     id="commission-1",
    ...     intervention="intervention-1",
    ...     commissioner=Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN,
    ...                         jurisdiction=Jurisdiction.SE),
    ...     provider=Agency(id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC,
    ...                     jurisdiction=Jurisdiction.SE, sector=Sector.NON_PROFIT),
    ...     agreed_on=dt.date(2026, 4, 1),
    ...     reports=(
    ...         PromisedReport(id="plan", due_on=dt.date(2026, 4, 30),
    ...                        kind=CommissionReportKind.PLAN, sent_on=dt.date(2026, 4, 28)),
    ...         PromisedReport(id="progress-1", due_on=dt.date(2026, 6, 30)),
    ...     ),
    ... )
    >>> [r.id for r in commission.overdue_reports(on=dt.date(2026, 7, 15))]
    ['progress-1']

    Attributes:
        id: Stable id of the commission within the case.
        intervention: Id of the intervention it carries out, as granted by a decision in the
            case's history (the commissioning decision).
        commissioner: The agency that commissioned it (social services).
        provider: The agency that carries it out.
        agreed_on: The day commissioner and provider agreed on it.
        reports: The reports promised to the commissioner, each id once.
        caseworker: Id of the commissioning caseworker, if recorded.
    """

    id: str = public(validator=non_empty_id)
    intervention: str = public(validator=non_empty_id)
    commissioner: Agency = public(validator=instance_of(Agency))
    provider: Agency = public(validator=instance_of(Agency))
    agreed_on: dt.date = public(validator=date_field)
    reports: tuple[PromisedReport, ...] = public(default=(), validator=tuple_of(PromisedReport))
    caseworker: str | None = public(default=None, validator=optional_id)

    def __attrs_post_init__(self) -> None:
        if self.commissioner.id == self.provider.id:
            raise InvalidModel("Commission", "provider", "must be another agency")
        unique_ids("Commission", "reports", self.reports)
        for i, report in enumerate(self.reports):
            if report.due_on < self.agreed_on:
                raise InvalidModel(
                    "Commission", f"reports[{i}].due_on", "must not be before agreed_on"
                )
            if report.sent_on is not None and report.sent_on < self.agreed_on:
                raise InvalidModel(
                    "Commission", f"reports[{i}].sent_on", "must not be before agreed_on"
                )

    def overdue_reports(self, *, on: dt.date) -> tuple[PromisedReport, ...]:
        """The reports past their due date on ``on`` and not yet sent."""
        return tuple(r for r in self.reports if r.overdue(on=on))

    def report(self, report_id: str) -> PromisedReport | None:
        """The promised report with ``report_id``, if there is one."""
        return next((r for r in self.reports if r.id == report_id), None)
