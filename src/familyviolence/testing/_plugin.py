"""Registers the library's strategies with Hypothesis, through its ``hypothesis`` entry point.

Once registered, ``st.from_type(FamilySystem)`` and ``st.builds`` with the library's types
generate valid objects. Hypothesis calls the hook while it is still being imported, so the
strategies module (which imports Hypothesis) is only imported when a strategy is first needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from familyviolence.cases import Case
from familyviolence.events import EVENT_CLASSES, Actor, CaseEvent
from familyviolence.family import FamilySystem
from familyviolence.identity import IdentityNumber
from familyviolence.incidents import ChildExposure, Incident, IncidentTime
from familyviolence.instruments import (
    Assessment,
    AssessorQualifications,
    InstrumentCatalogue,
    InstrumentDefinition,
    WeightTable,
)
from familyviolence.interventions import Intervention
from familyviolence.law import LegalReference
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.relations import Household, Relationship
from familyviolence.rules import Finding, Findings, RuleContext

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["STRATEGY_FOR", "register_strategies"]

STRATEGY_FOR: dict[type[Any], str] = {
    Period: "periods",
    IdentityNumber: "identity_numbers",
    Person: "persons",
    Relationship: "relationships",
    Household: "households",
    FamilySystem: "family_systems",
    InstrumentCatalogue: "instrument_catalogues",
    InstrumentDefinition: "instrument_definitions",
    Assessment: "assessments",
    WeightTable: "weight_tables",
    AssessorQualifications: "assessor_qualifications",
    LegalReference: "legal_references",
    Actor: "actors",
    IncidentTime: "incident_times",
    ChildExposure: "child_exposures",
    Incident: "incidents",
    Intervention: "interventions",
    CaseEvent: "case_events",
    **dict.fromkeys(EVENT_CLASSES.values(), "case_events"),
    Case: "cases",
    RuleContext: "rule_contexts",
    Finding: "findings",
    Findings: "evaluations",
}
"""Model type → name of the function in :mod:`familyviolence.testing.strategies` for it."""


def _strategy(model_type: type[Any]) -> SearchStrategy[Any]:
    strategies = importlib.import_module("familyviolence.testing.strategies")
    make = getattr(strategies, STRATEGY_FOR[model_type])
    # One strategy serves every event class: it is told which one is wanted.
    concrete_event = issubclass(model_type, CaseEvent) and model_type is not CaseEvent
    strategy: SearchStrategy[Any] = make(model_type) if concrete_event else make()
    return strategy


def register_strategies() -> None:
    """Register a strategy for each public model type (called by Hypothesis at start-up)."""
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is an optional extra

    for model_type in STRATEGY_FOR:
        st.register_type_strategy(model_type, _strategy)
