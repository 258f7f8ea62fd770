"""Registers the library's strategies with Hypothesis, through its ``hypothesis`` entry point.

Once registered, ``st.from_type(FamilySystem)`` and ``st.builds`` with the library's types
generate valid objects. Hypothesis calls the hook while it is still being imported, so the
strategies module (which imports Hypothesis) is only imported when a strategy is first needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from familyviolence.access import AccessDecision
from familyviolence.audit import AccessReportLine, AuditLog, ChainBreak, ChainHead
from familyviolence.cases import Case
from familyviolence.collaboration import (
    Agency,
    AssessmentTalk,
    ClinicPathway,
    CollaborationAgreement,
    Commission,
    Consent,
    Directory,
    DisclosureOutcome,
    DisclosureProvision,
    DisclosureRequest,
    JudgementCondition,
    PartnerContact,
    PathwayEnded,
    PathwayStep,
    Professional,
    PromisedReport,
    RecordedJudgement,
    Referral,
    ReferralChange,
    ReportingDutyProvision,
    ReportOfConcern,
    Routine,
    SuspectedOffence,
    Training,
    TreatmentCompleted,
    TreatmentDropOut,
    TreatmentReengagement,
    TreatmentRelapse,
    TreatmentStarted,
)
from familyviolence.competence import (
    CompetenceProgramme,
    ProgrammeStage,
    StageCompletion,
    StageCoverage,
)
from familyviolence.conference_criteria import ConferenceCriteria, CriterionMet
from familyviolence.conversations import Conversation
from familyviolence.disclosure import (
    DisclosureDecision,
    GroundConsidered,
    HumanJudgement,
    Withholding,
)
from familyviolence.events import EVENT_CLASSES, Actor, CaseEvent
from familyviolence.family import FamilySystem
from familyviolence.honour import HonourMarker
from familyviolence.identity import IdentityNumber
from familyviolence.incidents import ChildExposure, Incident, IncidentTime
from familyviolence.instruments import (
    Assessment,
    AssessorQualifications,
    BandLevel,
    InstrumentCatalogue,
    InstrumentDefinition,
    RiskMapping,
    WeightTable,
)
from familyviolence.interpreters import InterpreterUse
from familyviolence.interventions import Intervention
from familyviolence.jurisdictions import ReportingDutyAnswer
from familyviolence.law import LegalReference
from familyviolence.needs import RecordedNeed
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.privacy import (
    AssessmentRow,
    BirthYear,
    CaseRow,
    DeadlineRow,
    ExposureRow,
    IncidentRow,
    InterventionRow,
    PartnerContactRow,
    PseudonymisedCase,
    Redacted,
    RedactedCase,
    StatisticsView,
)
from familyviolence.registers.barnevern import (
    CaseSystem,
    ChildParticipation,
    CodeList,
    ControlNotApplicable,
    LegalBasis,
    Omission,
    RegisterCode,
    ReportingAgency,
)
from familyviolence.relations import Household, Relationship
from familyviolence.responsibility import (
    Approval,
    Assignment,
    Decision,
    DecisionMaker,
    Delegation,
    ExternalReview,
    ResponsibleAgency,
    StaffTie,
    TransferRequest,
)
from familyviolence.risk import AssessedRisk, AssessmentCurrency, CurrentRisk
from familyviolence.rules import Finding, Findings, RuleContext
from familyviolence.safety import (
    MEASURE_CLASSES,
    AccompanyingChild,
    ConferenceAction,
    ContactBanBreach,
    InformationShare,
    PlanAction,
    PlanGap,
    PlanRisk,
    ProtectiveMeasure,
    RiskConference,
    SafetyPlan,
)
from familyviolence.voice import ChildVoice
from familyviolence.young_perpetrators import YoungPerpetrator

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["PATHWAY_STEPS", "STRATEGY_FOR", "register_strategies"]

PATHWAY_STEPS: tuple[type[PathwayStep], ...] = (
    AssessmentTalk,
    PartnerContact,
    TreatmentStarted,
    TreatmentDropOut,
    TreatmentRelapse,
    TreatmentReengagement,
    TreatmentCompleted,
    PathwayEnded,
)
"""The kinds of step of a clinic pathway, each a member of the union :class:`PathwayStep`."""
# Tagged unions: one strategy serves every member, told which one is wanted.
_UNIONS = (CaseEvent, PathwayStep, ProtectiveMeasure)

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
    Agency: "agencies",
    Training: "trainings",
    Professional: "professionals",
    Routine: "routines",
    CollaborationAgreement: "collaboration_agreements",
    Directory: "directories",
    ReferralChange: "referral_changes",
    Referral: "referrals",
    PromisedReport: "promised_reports",
    Commission: "commissions",
    PathwayStep: "pathway_steps",
    **dict.fromkeys(PATHWAY_STEPS, "pathway_steps"),
    ClinicPathway: "clinic_pathways",
    Consent: "consents",
    SuspectedOffence: "suspected_offences",
    DisclosureOutcome: "disclosure_outcomes",
    DisclosureRequest: "disclosure_requests",
    GroundConsidered: "grounds_considered",
    HumanJudgement: "human_judgements",
    JudgementCondition: "judgement_conditions",
    RecordedJudgement: "recorded_judgements",
    Withholding: "withholdings",
    DisclosureDecision: "disclosure_decisions",
    DisclosureProvision: "disclosure_provisions",
    ReportOfConcern: "reports_of_concern",
    ReportingDutyProvision: "reporting_duty_provisions",
    ReportingDutyAnswer: "reporting_duty_answers",
    ContactBanBreach: "contact_ban_breaches",
    AccompanyingChild: "accompanying_children",
    ProtectiveMeasure: "protective_measures",
    **dict.fromkeys(MEASURE_CLASSES.values(), "protective_measures"),
    PlanRisk: "plan_risks",
    PlanAction: "plan_actions",
    PlanGap: "plan_gaps",
    SafetyPlan: "safety_plans",
    InformationShare: "information_shares",
    ConferenceAction: "conference_actions",
    RiskConference: "risk_conferences",
    ConferenceCriteria: "conference_criteria",
    CriterionMet: "criteria_met",
    AssessmentCurrency: "assessment_currencies",
    BandLevel: "band_levels",
    RiskMapping: "risk_mappings",
    CurrentRisk: "current_risks",
    AssessedRisk: "assessed_risks",
    Redacted: "redaction_markers",
    RedactedCase: "redacted_cases",
    BirthYear: "birth_years",
    PseudonymisedCase: "pseudonymised_cases",
    CaseRow: "case_rows",
    IncidentRow: "incident_rows",
    AssessmentRow: "assessment_rows",
    ExposureRow: "exposure_rows",
    InterventionRow: "intervention_rows",
    PartnerContactRow: "partner_contact_rows",
    DeadlineRow: "deadline_rows",
    StatisticsView: "statistics_views",
    CaseSystem: "case_systems",
    ReportingAgency: "reporting_agencies",
    ChildParticipation: "child_participations",
    RegisterCode: "register_codes",
    CodeList: "code_lists",
    LegalBasis: "legal_bases",
    ControlNotApplicable: "controls_not_applicable",
    Omission: "omissions",
    Delegation: "delegations",
    DecisionMaker: "decision_makers",
    Approval: "approvals",
    ExternalReview: "external_reviews",
    Decision: "responsibility_decisions",
    ResponsibleAgency: "responsible_agencies",
    Assignment: "assignments",
    StaffTie: "staff_ties",
    TransferRequest: "transfer_requests",
    AuditLog: "audit_logs",
    ChainHead: "chain_heads",
    ChainBreak: "chain_breaks",
    AccessReportLine: "access_report_lines",
    AccessDecision: "access_decisions",
    InterpreterUse: "interpreter_uses",
    Conversation: "conversations",
    ChildVoice: "child_voices",
    HonourMarker: "honour_markers",
    RecordedNeed: "recorded_needs",
    YoungPerpetrator: "young_perpetrator_views",
    CompetenceProgramme: "competence_programmes",
    ProgrammeStage: "programme_stages",
    StageCompletion: "stage_completions",
    StageCoverage: "stage_coverages",
}
"""Model type → name of the function in :mod:`familyviolence.testing.strategies` for it."""


def _strategy(model_type: type[Any]) -> SearchStrategy[Any]:
    strategies = importlib.import_module("familyviolence.testing.strategies")
    make = getattr(strategies, STRATEGY_FOR[model_type])
    member = any(issubclass(model_type, u) and model_type is not u for u in _UNIONS)
    strategy: SearchStrategy[Any] = make(model_type) if member else make()
    return strategy


def register_strategies() -> None:
    """Register a strategy for each public model type (called by Hypothesis at start-up)."""
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is an optional extra

    for model_type in STRATEGY_FOR:
        st.register_type_strategy(model_type, _strategy)
