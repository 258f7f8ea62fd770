"""What the safety records read from a case's risk assessments: usable results, high risk."""

from __future__ import annotations

from familyviolence._errors import InvalidModel, UnknownInstrument
from familyviolence.instruments import (
    Assessment,
    AssessmentResult,
    AssessmentTarget,
    InstrumentCatalogue,
    InstrumentKind,
    RiskLevel,
)

__all__ = ["RISK_KINDS", "is_high", "of_perpetrator", "risk_result"]

RISK_KINDS = frozenset(
    {
        InstrumentKind.ACTUARIAL,
        InstrumentKind.THRESHOLD_CHECKLIST,
        InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT,
    }
)
"""Kinds of instrument whose assessments are structured risk assessments."""

_PERPETRATOR_TARGETS = frozenset({AssessmentTarget.PERPETRATOR, AssessmentTarget.PERPETRATOR_FILE})


def risk_result(catalogue: InstrumentCatalogue, assessment: Assessment) -> AssessmentResult | None:
    """The result of a structured risk assessment, if it may be used; otherwise ``None``.

    ``None`` for an instrument the catalogue does not hold, one that is not a risk instrument,
    an assessment that does not fit its definition, and a result with too many omissions.
    """
    try:
        definition = catalogue.definition_of(assessment)
        if definition.kind not in RISK_KINDS:
            return None
        result = catalogue.result(assessment)
    except (InvalidModel, UnknownInstrument):
        return None
    return result if result.valid else None


def of_perpetrator(catalogue: InstrumentCatalogue, assessment: Assessment) -> bool:
    """Whether the assessment's subject is the person who uses violence (not the victim)."""
    try:
        return catalogue.definition_of(assessment).target in _PERPETRATOR_TARGETS
    except UnknownInstrument:
        return False


def is_high(result: AssessmentResult) -> bool:
    """Whether a usable result is high: a level calling for a conference, or a high judgement."""
    return result.referral or any(j.level is RiskLevel.HIGH for j in result.judgements)
