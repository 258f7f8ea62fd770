"""Collaboration between agencies (samverkan): disclosure, reporting, referrals and agreements.

Who may tell whom what, who must report, who was referred where and what came of it.

One module per concept: :mod:`~familyviolence.collaboration.agencies` (agencies,
professionals, training), :mod:`~familyviolence.collaboration.directory` (an organisation's
agencies, professionals and agreements), :mod:`~familyviolence.collaboration.referrals`,
:mod:`~familyviolence.collaboration.commissions`, :mod:`~familyviolence.collaboration.pathway`
(the perpetrator clinic's intake and treatment), :mod:`~familyviolence.collaboration.consent`,
:mod:`~familyviolence.collaboration.disclosure`, :mod:`~familyviolence.collaboration.reporting`
and :mod:`~familyviolence.collaboration.agreements`. The law's building blocks (legal grounds,
reporting duties) are in :mod:`~familyviolence.collaboration.legal`, filled in by the
jurisdiction packs. Every public name is also exported from :mod:`familyviolence`.
"""

from familyviolence.collaboration.agencies import (
    Agency,
    Professional,
    ProfessionalRole,
    Sector,
    Training,
    TrainingLevel,
    TrainingTopic,
)
from familyviolence.collaboration.agreements import (
    AgreementElement,
    CollaborationAgreement,
    Routine,
    RoutineKind,
)
from familyviolence.collaboration.commissions import (
    Commission,
    CommissionReportKind,
    PromisedReport,
)
from familyviolence.collaboration.consent import ChildView, Consent
from familyviolence.collaboration.directory import Directory
from familyviolence.collaboration.disclosure import (
    DisclosureDecision,
    DisclosureOutcome,
    DisclosureRequest,
    GroundConsidered,
    HumanJudgement,
    SuspectedOffence,
    Withholding,
    decide_disclosure,
)
from familyviolence.collaboration.legal import (
    CareGroup,
    DisclosureGroundRule,
    DisclosurePurpose,
    JudgementCondition,
    LegalGround,
    RecordedJudgement,
    ReportingDuty,
    ReportingDutyRule,
)
from familyviolence.collaboration.pathway import (
    MAX_ASSESSMENT_TALKS,
    AssessmentTalk,
    ClinicPathway,
    NoPartnerContactReason,
    PartnerContact,
    PathwayEnded,
    PathwayEndReason,
    PathwayStatus,
    PathwayStep,
    TreatmentCompleted,
    TreatmentDropOut,
    TreatmentReengagement,
    TreatmentRelapse,
    TreatmentStarted,
)
from familyviolence.collaboration.referrals import (
    REFERRAL_TRANSITIONS,
    Referral,
    ReferralChange,
    ReferralOutcome,
    ReferralOutcomeReason,
    ReferralStatus,
    RequestedService,
)
from familyviolence.collaboration.reporting import (
    ConcernCategory,
    ReportingDutyAnswer,
    ReportOfConcern,
    reporting_duty,
)

__all__ = [
    "MAX_ASSESSMENT_TALKS",
    "REFERRAL_TRANSITIONS",
    "Agency",
    "AgreementElement",
    "AssessmentTalk",
    "CareGroup",
    "ChildView",
    "ClinicPathway",
    "CollaborationAgreement",
    "Commission",
    "CommissionReportKind",
    "ConcernCategory",
    "Consent",
    "Directory",
    "DisclosureDecision",
    "DisclosureGroundRule",
    "DisclosureOutcome",
    "DisclosurePurpose",
    "DisclosureRequest",
    "GroundConsidered",
    "HumanJudgement",
    "JudgementCondition",
    "LegalGround",
    "NoPartnerContactReason",
    "PartnerContact",
    "PathwayEndReason",
    "PathwayEnded",
    "PathwayStatus",
    "PathwayStep",
    "Professional",
    "ProfessionalRole",
    "PromisedReport",
    "RecordedJudgement",
    "Referral",
    "ReferralChange",
    "ReferralOutcome",
    "ReferralOutcomeReason",
    "ReferralStatus",
    "ReportOfConcern",
    "ReportingDuty",
    "ReportingDutyAnswer",
    "ReportingDutyRule",
    "RequestedService",
    "Routine",
    "RoutineKind",
    "Sector",
    "SuspectedOffence",
    "Training",
    "TrainingLevel",
    "TrainingTopic",
    "TreatmentCompleted",
    "TreatmentDropOut",
    "TreatmentReengagement",
    "TreatmentRelapse",
    "TreatmentStarted",
    "Withholding",
    "decide_disclosure",
    "reporting_duty",
]
