"""Facts about a case that several rule packs read: what was known by a day, and by whom.

Checks receive the case as recorded by the end of the day evaluated; incidents and
assessments are not part of the history, so the helpers here leave out those recorded later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from familyviolence.cases import Case
from familyviolence.errors import InvalidModel, UnknownInstrument
from familyviolence.events import DecisionMade
from familyviolence.incidents import Incident
from familyviolence.instruments import Assessment, InstrumentCatalogue, InstrumentDefinition
from familyviolence.interventions import InterventionKind
from familyviolence.vocabulary import RelationshipKind

__all__ = [
    "PERPETRATOR_TREATMENT",
    "close_on",
    "decided_for",
    "decided_on",
    "decisions",
    "definition_of",
    "field_path",
    "has_contact_right",
    "known_assessments",
    "known_incidents",
    "perpetrators",
    "usable_risk_assessment",
]

PERPETRATOR_TREATMENT = frozenset(
    {
        InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
        InterventionKind.PERPETRATOR_GROUP_TREATMENT,
        InterventionKind.CARING_DADS,
        InterventionKind.YOUNG_PERPETRATOR_PROGRAMME,
    }
)
"""Interventions that work to make a person who uses violence change."""


def known_incidents(case: Case, on: dt.date) -> list[tuple[int, Incident]]:
    """The case's incidents recorded by the end of ``on``, with their index."""
    return [(k, i) for k, i in enumerate(case.incidents) if i.recorded_at.date() <= on]


def known_assessments(case: Case, on: dt.date) -> list[tuple[int, Assessment]]:
    """The case's assessments made by ``on``, with their index."""
    return [(k, a) for k, a in enumerate(case.assessments) if a.assessed_on <= on]


def perpetrators(incidents: Iterable[tuple[int, Incident]]) -> tuple[str, ...]:
    """Ids of everyone recorded as using violence in ``incidents``, each once, in order."""
    return tuple(dict.fromkeys(p for _, incident in incidents for p in incident.perpetrators))


_FIELD = re.compile(r"[A-Za-z_]\w*(?:\[\d+\])*(?:\.[A-Za-z_]\w*(?:\[\d+\])*)*")


def field_path(base: str, field: str) -> str:
    """``base`` extended by a model's field path (``"answers[3].item"``), if it is one."""
    return f"{base}.{field}" if _FIELD.fullmatch(field) else base


def decisions(case: Case) -> list[tuple[int, DecisionMade]]:
    """The decisions of the case's history (as corrected), with their index."""
    return [(i, e) for i, e in case.events(DecisionMade) if isinstance(e, DecisionMade)]


def decided_on(case: Case, intervention_id: str) -> dt.date | None:
    """The day of the decision (as corrected) that granted the intervention, if there is one."""
    for _, decision in decisions(case):
        if any(x.id == intervention_id for x in decision.granted):
            return decision.at.date()
    return None


def decided_for(
    made: Iterable[tuple[int, DecisionMade]], kinds: frozenset[InterventionKind] | None = None
) -> set[str]:
    """Ids of persons for whom an intervention (of ``kinds``) was granted or refused."""
    return {
        intervention.for_person
        for _, decision in made
        for intervention in (*decision.granted, *decision.refused)
        if kinds is None or intervention.kind in kinds
    }


def close_on(case: Case, a: str, b: str, day: dt.date) -> bool:
    """Whether the family system relates ``a`` and ``b`` directly on ``day`` (any kind)."""
    return any(
        r.involves(a) and r.involves(b) and r.period.contains(day)
        for r in case.family.relationships
    )


def has_contact_right(case: Case, parent: str, child: str, day: dt.date) -> bool:
    """Whether a contact right relates ``parent`` and ``child`` on ``day``."""
    return any(
        r.kind is RelationshipKind.CONTACT_RIGHT
        and r.involves(parent)
        and r.involves(child)
        and r.period.contains(day)
        for r in case.family.relationships
    )


def definition_of(
    catalogue: InstrumentCatalogue, assessment: Assessment
) -> InstrumentDefinition | None:
    """The definition an assessment names, or ``None`` if the catalogue does not hold it."""
    try:
        return catalogue.definition_of(assessment)
    except UnknownInstrument:
        return None


def usable_risk_assessment(catalogue: InstrumentCatalogue, assessment: Assessment) -> bool:
    """Whether the assessment is a structured risk assessment whose result may be used."""
    definition = definition_of(catalogue, assessment)
    if definition is None or not definition.kind.assesses_risk:
        return False
    try:
        return catalogue.result(assessment).valid
    except InvalidModel:
        return False
