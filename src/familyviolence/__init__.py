"""familyviolence: typed, validated domain models for work against violence in close relationships.

The everyday names are here: building a family system and a case, the instruments and the
current risk, evaluating a case against the rules, its deadlines, disclosure, redaction and
documents. Everything else has one home in a documented module of its own
(:mod:`familyviolence.events`, :mod:`familyviolence.collaboration`,
:mod:`familyviolence.safety`, :mod:`familyviolence.rules`, ...; see the API reference).
"""

from familyviolence._model import evolve
from familyviolence._version import __version__
from familyviolence.cases import Case
from familyviolence.codec import from_dict, from_json, json_schema, to_dict, to_json
from familyviolence.collaboration import Consent, DisclosureRequest
from familyviolence.disclosure import decide_disclosure
from familyviolence.errors import FamilyViolenceError, InvalidDocument, InvalidModel
from familyviolence.events import Actor
from familyviolence.family import FamilySystem
from familyviolence.identity import IdentityNumber
from familyviolence.incidents import ChildExposure, Incident, IncidentTime
from familyviolence.instruments import (
    Answer,
    Assessment,
    CommonRiskLevel,
    Judgement,
    Response,
    RiskLevel,
    default_catalogue,
)
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.privacy import pseudonymise, redact
from familyviolence.relations import Household, Relationship
from familyviolence.risk import current_risk
from familyviolence.rulebook import default_rules, evaluate
from familyviolence.rules import Finding, Findings, Severity
from familyviolence.time_limits import Deadline, deadlines
from familyviolence.vocabulary import (
    AgencyKind,
    Country,
    ExposureKind,
    InformationSource,
    Jurisdiction,
    Language,
    RelationshipKind,
    ViolenceForm,
    label,
)

__all__ = [
    "Actor",
    "AgencyKind",
    "Answer",
    "Assessment",
    "Case",
    "ChildExposure",
    "CommonRiskLevel",
    "Consent",
    "Country",
    "Deadline",
    "DisclosureRequest",
    "ExposureKind",
    "FamilySystem",
    "FamilyViolenceError",
    "Finding",
    "Findings",
    "Household",
    "IdentityNumber",
    "Incident",
    "IncidentTime",
    "InformationSource",
    "InvalidDocument",
    "InvalidModel",
    "Judgement",
    "Jurisdiction",
    "Language",
    "Period",
    "Person",
    "Relationship",
    "RelationshipKind",
    "Response",
    "RiskLevel",
    "Severity",
    "ViolenceForm",
    "__version__",
    "current_risk",
    "deadlines",
    "decide_disclosure",
    "default_catalogue",
    "default_rules",
    "evaluate",
    "evolve",
    "from_dict",
    "from_json",
    "json_schema",
    "label",
    "pseudonymise",
    "redact",
    "to_dict",
    "to_json",
]
