"""familyviolence: typed, validated domain models for work against violence in close relationships.

The public API is what this module exports; every other module is an implementation detail
unless its documentation says otherwise.
"""

from familyviolence._errors import (
    FamilyViolenceError,
    InvalidDocument,
    InvalidModel,
    Problem,
    UnknownPerson,
)
from familyviolence._model import sensitivity_of
from familyviolence._version import __version__
from familyviolence.cases import Case, CaseState, replay
from familyviolence.dates import add_months
from familyviolence.deadlines import Deadline, deadlines
from familyviolence.events import (
    EVENT_CLASSES,
    Actor,
    CaseClosed,
    CaseEvent,
    CaseReopened,
    ClosureReason,
    Correction,
    DecisionMade,
    FeedbackKind,
    FollowUpDone,
    HelpRequested,
    ImmediateProtectionAssessed,
    InterventionCompleted,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    NoteAdded,
    PreAssessmentConcluded,
    ReengagementPlanned,
    RelapseRecorded,
    ReporterFeedbackGiven,
    ReportOfConcernReceived,
)
from familyviolence.family import FamilySystem
from familyviolence.identity import IdentityNumber
from familyviolence.incidents import ChildExposure, Incident, IncidentTime
from familyviolence.interventions import (
    Intervention,
    InterventionKind,
    InterventionState,
    InterventionStatus,
)
from familyviolence.law import LegalReference
from familyviolence.people import AGE_OF_MAJORITY, Person
from familyviolence.periods import Period
from familyviolence.process import (
    CountedFrom,
    DeadlineKind,
    DeadlineRule,
    EventType,
    JurisdictionPack,
    Phase,
    Transition,
)
from familyviolence.relations import Household, Relationship
from familyviolence.vocabulary import (
    AgencyKind,
    Country,
    ExposureKind,
    IdentityNumberKind,
    InformationSource,
    Jurisdiction,
    LabelledEnum,
    Language,
    RecordedSex,
    RelationshipKind,
    ReporterKind,
    Sensitivity,
    ViolenceForm,
    label,
)

__all__ = [
    "AGE_OF_MAJORITY",
    "EVENT_CLASSES",
    "Actor",
    "AgencyKind",
    "Case",
    "CaseClosed",
    "CaseEvent",
    "CaseReopened",
    "CaseState",
    "ChildExposure",
    "ClosureReason",
    "Correction",
    "CountedFrom",
    "Country",
    "Deadline",
    "DeadlineKind",
    "DeadlineRule",
    "DecisionMade",
    "EventType",
    "ExposureKind",
    "FamilySystem",
    "FamilyViolenceError",
    "FeedbackKind",
    "FollowUpDone",
    "HelpRequested",
    "Household",
    "IdentityNumber",
    "IdentityNumberKind",
    "ImmediateProtectionAssessed",
    "Incident",
    "IncidentTime",
    "InformationSource",
    "Intervention",
    "InterventionCompleted",
    "InterventionInterrupted",
    "InterventionKind",
    "InterventionStarted",
    "InterventionState",
    "InterventionStatus",
    "InvalidDocument",
    "InvalidModel",
    "InvestigationConcluded",
    "InvestigationExtended",
    "InvestigationOpened",
    "Jurisdiction",
    "JurisdictionPack",
    "LabelledEnum",
    "Language",
    "LegalReference",
    "NoteAdded",
    "Period",
    "Person",
    "Phase",
    "PreAssessmentConcluded",
    "Problem",
    "RecordedSex",
    "ReengagementPlanned",
    "RelapseRecorded",
    "Relationship",
    "RelationshipKind",
    "ReportOfConcernReceived",
    "ReporterFeedbackGiven",
    "ReporterKind",
    "Sensitivity",
    "Transition",
    "UnknownPerson",
    "ViolenceForm",
    "__version__",
    "add_months",
    "deadlines",
    "label",
    "replay",
    "sensitivity_of",
]
