"""Assessment instruments: definitions as data, a catalogue of them, assessments and results.

Definitions (:class:`InstrumentDefinition`) are read from TOML files shipped in ``data/``
(structure only, with the library's own short labels) or supplied by the user; an
:class:`Assessment` names the definition it used and is checked and scored by an
:class:`InstrumentCatalogue`. Everything here is re-exported from :mod:`familyviolence`.
"""

from familyviolence.instruments._assessments import (
    Answer,
    Assessment,
    AssessorQualifications,
    CalendarEntry,
    ItemWeight,
    Judgement,
    JudgementOverride,
    RiskScenario,
    WeightTable,
)
from familyviolence.instruments._catalogue import InstrumentCatalogue, default_catalogue
from familyviolence.instruments._definitions import (
    AssessmentTarget,
    InstrumentDefinition,
    InstrumentItem,
    InstrumentKind,
    InstrumentSection,
    ItemWording,
    ScoreBand,
    ScoringMethod,
    SeverityCalendar,
    SummaryJudgement,
    Wording,
    WordingOverlay,
)
from familyviolence.instruments._levels import BandLevel, CommonRiskLevel, RiskMapping
from familyviolence.instruments._loading import load_definition, load_wording
from familyviolence.instruments._risk_history import RiskChange, RiskPoint, risk_history
from familyviolence.instruments._scales import Relevance, Response, ResponseScale, RiskLevel
from familyviolence.instruments._scoring import AssessmentResult, recorded_level, risk_level

__all__ = [
    "Answer",
    "Assessment",
    "AssessmentResult",
    "AssessmentTarget",
    "AssessorQualifications",
    "BandLevel",
    "CalendarEntry",
    "CommonRiskLevel",
    "InstrumentCatalogue",
    "InstrumentDefinition",
    "InstrumentItem",
    "InstrumentKind",
    "InstrumentSection",
    "ItemWeight",
    "ItemWording",
    "Judgement",
    "JudgementOverride",
    "Relevance",
    "Response",
    "ResponseScale",
    "RiskChange",
    "RiskLevel",
    "RiskMapping",
    "RiskPoint",
    "RiskScenario",
    "ScoreBand",
    "ScoringMethod",
    "SeverityCalendar",
    "SummaryJudgement",
    "WeightTable",
    "Wording",
    "WordingOverlay",
    "default_catalogue",
    "load_definition",
    "load_wording",
    "recorded_level",
    "risk_history",
    "risk_level",
]
