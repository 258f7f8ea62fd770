"""The invariants a case's safety records must keep with the rest of the case.

Measures, safety plans and conferences refer to persons of the family system, and to the
case's incidents, assessments, disclosure requests and perpetrator-clinic pathways. Like a
commission, temporary housing may name interventions granted in the history; those are not
checked here, so that the history can be replayed from the start with the records in place.
:func:`check_safety` raises
:class:`~familyviolence.errors.InvalidModel` naming the field, e.g.
``protective_measures[1].risk_assessment``.
"""

from __future__ import annotations

from typing import Protocol

from familyviolence._validators import unique_ids
from familyviolence.cases._collaboration_records import PersonCheck
from familyviolence.collaboration import ClinicPathway, DisclosureRequest
from familyviolence.errors import InvalidModel
from familyviolence.incidents import Incident
from familyviolence.instruments import Assessment
from familyviolence.safety import (
    AddressProtectionMeasure,
    ContactBan,
    OtherMeasure,
    PerpetratorHousing,
    PlanStatus,
    ProtectedHousing,
    ProtectiveMeasure,
    RiskConference,
    SafetyPlan,
)

__all__ = ["SAFETY_FIELDS", "check_safety"]

SAFETY_FIELDS = ("protective_measures", "safety_plans", "conferences")
"""The case's fields that hold safety records, each a tuple of records with ids."""

_MODEL = "Case"


class CaseView(Protocol):
    """What the checks read of a case (the case itself, seen from below it)."""

    @property
    def incidents(self) -> tuple[Incident, ...]: ...
    @property
    def assessments(self) -> tuple[Assessment, ...]: ...
    @property
    def disclosures(self) -> tuple[DisclosureRequest, ...]: ...
    @property
    def pathways(self) -> tuple[ClinicPathway, ...]: ...
    @property
    def protective_measures(self) -> tuple[ProtectiveMeasure, ...]: ...
    @property
    def safety_plans(self) -> tuple[SafetyPlan, ...]: ...
    @property
    def conferences(self) -> tuple[RiskConference, ...]: ...


def _known(ids: set[str], value: str | None, field: str, what: str) -> None:
    if value is not None and value not in ids:
        raise InvalidModel(_MODEL, field, f"no {what} with id {value!r}")


def check_safety(case: CaseView, person: PersonCheck) -> None:
    """Check the case's safety records; ``person(id, field)`` checks a person id."""
    if not (case.protective_measures or case.safety_plans or case.conferences):
        return  # most cases hold no safety records
    for name in SAFETY_FIELDS:
        unique_ids(_MODEL, name, getattr(case, name))
    incidents = {i.id for i in case.incidents}
    assessments = {a.id for a in case.assessments}
    for i, measure in enumerate(case.protective_measures):
        _check_measure(
            case,
            f"protective_measures[{i}]",
            measure,
            person,
            incidents=incidents,
            assessments=assessments,
        )
    _check_plans(case, person, incidents=incidents, assessments=assessments)
    disclosures = {d.id for d in case.disclosures}
    for i, conference in enumerate(case.conferences):
        where = f"conferences[{i}]"
        person(conference.victim, f"{where}.victim")
        for k, perpetrator in enumerate(conference.perpetrators):
            person(perpetrator, f"{where}.perpetrators[{k}]")
        for k, share in enumerate(conference.shared):
            _known(disclosures, share.disclosure, f"{where}.shared[{k}].disclosure", "disclosure")


def _check_plans(
    case: CaseView, person: PersonCheck, *, incidents: set[str], assessments: set[str]
) -> None:
    open_plans: set[str] = set()
    for i, plan in enumerate(case.safety_plans):
        where = f"safety_plans[{i}]"
        person(plan.person, f"{where}.person")
        if plan.status is not PlanStatus.CLOSED:
            # One plan per protected person: a new one replaces the old, or the old is closed.
            if plan.person in open_plans:
                raise InvalidModel(
                    _MODEL, f"{where}.person", "has another safety plan that is not closed"
                )
            open_plans.add(plan.person)
        for k, risk in enumerate(plan.risks):
            _known(assessments, risk.assessment, f"{where}.risks[{k}].assessment", "assessment")
            for n, incident in enumerate(risk.incidents):
                _known(incidents, incident, f"{where}.risks[{k}].incidents[{n}]", "incident")


def _check_measure(
    case: CaseView,
    where: str,
    measure: object,
    person: PersonCheck,
    *,
    incidents: set[str],
    assessments: set[str],
) -> None:
    if isinstance(measure, ContactBan):
        person(measure.protected, f"{where}.protected")
        person(measure.restrained, f"{where}.restrained")
        for k, breach in enumerate(measure.breaches):
            _known(incidents, breach.incident, f"{where}.breaches[{k}].incident", "incident")
    elif isinstance(measure, ProtectedHousing):
        person(measure.person, f"{where}.person")
        for k, child in enumerate(measure.children):
            person(child.child, f"{where}.children[{k}].child")
    elif isinstance(measure, PerpetratorHousing):
        person(measure.person, f"{where}.person")
        for k, staying in enumerate(measure.staying_home):
            person(staying, f"{where}.staying_home[{k}]")
        _known(assessments, measure.risk_assessment, f"{where}.risk_assessment", "assessment")
        pathways = {p.id for p in case.pathways}
        _known(pathways, measure.pathway, f"{where}.pathway", "pathway")
    elif isinstance(measure, AddressProtectionMeasure | OtherMeasure):
        person(measure.person, f"{where}.person")
