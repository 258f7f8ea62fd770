"""The invariants a case's collaboration records must keep with the rest of the case.

Records refer to persons of the family system, to the case's incidents, assessments and
consents, to interventions granted in its history, and (for a report of concern) to the event
that received it. :func:`check_records` raises :class:`~familyviolence.errors.InvalidModel` naming
the field, e.g. ``referrals[2].persons[0]``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from familyviolence._validators import unique_ids
from familyviolence.collaboration import (
    ClinicPathway,
    Commission,
    Consent,
    DisclosureRequest,
    PartnerContact,
    Referral,
    ReportOfConcern,
    TreatmentRelapse,
)
from familyviolence.errors import InvalidModel
from familyviolence.events import CaseEvent, ReportOfConcernReceived
from familyviolence.family import FamilySystem
from familyviolence.incidents import Incident
from familyviolence.instruments import Assessment

__all__ = ["RECORD_FIELDS", "check_records", "received_reports"]

RECORD_FIELDS = ("referrals", "commissions", "consents", "disclosures", "pathways")
"""The case's fields that hold collaboration records, each a tuple of records with ids."""

_MODEL = "Case"

PersonCheck = Callable[[str, str], None]
"""Raises if a person id (the first argument) is not in the case, naming the field (the second)."""


class CaseView(Protocol):
    """What the checks read of a case (the case itself, seen from below it)."""

    @property
    def family(self) -> FamilySystem: ...
    @property
    def incidents(self) -> tuple[Incident, ...]: ...
    @property
    def assessments(self) -> tuple[Assessment, ...]: ...
    @property
    def referrals(self) -> tuple[Referral, ...]: ...
    @property
    def commissions(self) -> tuple[Commission, ...]: ...
    @property
    def consents(self) -> tuple[Consent, ...]: ...
    @property
    def disclosures(self) -> tuple[DisclosureRequest, ...]: ...
    @property
    def pathways(self) -> tuple[ClinicPathway, ...]: ...
    def events(self, *kinds: type[CaseEvent]) -> tuple[tuple[int, CaseEvent], ...]: ...


def check_records(case: CaseView, person: PersonCheck) -> None:
    """Check the case's collaboration records; ``person(id, field)`` checks a person id."""
    records = [(name, getattr(case, name)) for name in RECORD_FIELDS]
    if not any(held for _, held in records):
        # Most cases hold no collaboration records: only their reports are left to check.
        _check_reports(case, person)
        return
    for name, held in records:
        unique_ids(_MODEL, name, held)
    _check_consents_and_referrals(case, person)
    for i, request in enumerate(case.disclosures):
        person(request.person, f"disclosures[{i}].person")
        if request.offence is not None and request.offence.victim is not None:
            person(request.offence.victim, f"disclosures[{i}].offence.victim")
    _check_reports(case, person)
    _check_pathways(case, person)


def _check_consents_and_referrals(case: CaseView, person: PersonCheck) -> None:
    consent_ids = {c.id for c in case.consents}
    for i, consent in enumerate(case.consents):
        person(consent.person, f"consents[{i}].person")
        for k, giver in enumerate(consent.given_by):
            person(giver, f"consents[{i}].given_by[{k}]")
    for i, referral in enumerate(case.referrals):
        for k, referred in enumerate(referral.persons):
            person(referred, f"referrals[{i}].persons[{k}]")
        for k, consent_id in enumerate(referral.consents):
            if consent_id not in consent_ids:
                raise InvalidModel(
                    _MODEL, f"referrals[{i}].consents[{k}]", f"no consent with id {consent_id!r}"
                )


def received_reports(case: CaseView) -> Iterator[tuple[int, ReportOfConcern]]:
    """The reports carried by the case's effective events, each with its event's index."""
    for index, event in case.events(ReportOfConcernReceived):
        report = event.report if isinstance(event, ReportOfConcernReceived) else None
        if report is not None:
            yield index, report


def _check_reports(case: CaseView, person: PersonCheck) -> None:
    """Reports carried by the (effective) events that received them."""
    for index, report in received_reports(case):
        where = f"history[{index}].report"
        person(report.child, f"{where}.child")
        if case.family.person(report.child).is_minor_on(report.received_at.date()) is False:
            raise InvalidModel(_MODEL, f"{where}.child", "was not a minor when it was received")


def _check_pathways(case: CaseView, person: PersonCheck) -> None:
    incidents = {i.id for i in case.incidents}
    assessments = {a.id for a in case.assessments}
    referrals = {r.id for r in case.referrals}
    commissions = {c.id for c in case.commissions}
    for i, pathway in enumerate(case.pathways):
        where = f"pathways[{i}]"
        person(pathway.person, f"{where}.person")
        if pathway.referral is not None and pathway.referral not in referrals:
            raise InvalidModel(
                _MODEL, f"{where}.referral", f"no referral with id {pathway.referral!r}"
            )
        if pathway.commission is not None and pathway.commission not in commissions:
            raise InvalidModel(
                _MODEL, f"{where}.commission", f"no commission with id {pathway.commission!r}"
            )
        for k, step in enumerate(pathway.steps):
            field = f"{where}.steps[{k}]"
            if isinstance(step, PartnerContact):
                person(step.partner, f"{field}.partner")
                if step.risk_assessment is not None and step.risk_assessment not in assessments:
                    raise InvalidModel(
                        _MODEL,
                        f"{field}.risk_assessment",
                        f"no assessment with id {step.risk_assessment!r}",
                    )
            elif (
                isinstance(step, TreatmentRelapse)
                and step.incident is not None
                and step.incident not in incidents
            ):
                raise InvalidModel(
                    _MODEL, f"{field}.incident", f"no incident with id {step.incident!r}"
                )
