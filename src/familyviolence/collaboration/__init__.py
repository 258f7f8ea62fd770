"""Collaboration between agencies (samverkan): records of who referred, asked, agreed and did what.

Agencies and professionals (:class:`Agency`, :class:`Professional`, an organisation's
:class:`Directory` and its :class:`CollaborationAgreement` s), referrals between agencies
(:class:`Referral`), commissions to carry out an intervention (:class:`Commission`), consents
to share information (:class:`Consent`), requests for disclosure (:class:`DisclosureRequest`),
reports of concern (:class:`ReportOfConcern`) and the perpetrator clinic's pathway
(:class:`ClinicPathway`). The law's building blocks that these records name and the
jurisdictions fill in (legal grounds for disclosure, duties to report) are here too, as types:
:class:`DisclosureProvision`, :class:`ReportingDutyProvision`. Whether a disclosure is permitted is
decided by :func:`familyviolence.disclosure.decide_disclosure`, who must report by
:func:`familyviolence.jurisdictions.reporting_duty`.
"""

from familyviolence.collaboration._agencies import (
    Agency,
    Professional,
    ProfessionalRole,
    Sector,
    Training,
    TrainingLevel,
    TrainingTopic,
)
from familyviolence.collaboration._agreements import (
    AgreementElement,
    CollaborationAgreement,
    Routine,
    RoutineKind,
)
from familyviolence.collaboration._commissions import (
    Commission,
    CommissionReportKind,
    PromisedReport,
)
from familyviolence.collaboration._consent import MATURITY, ChildView, Consent
from familyviolence.collaboration._directory import Directory
from familyviolence.collaboration._disclosure_requests import (
    DisclosureOutcome,
    DisclosureRequest,
    SuspectedOffence,
)
from familyviolence.collaboration._pathway import (
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
from familyviolence.collaboration._provisions import (
    CareGroup,
    DisclosureProvision,
    DisclosurePurpose,
    JudgementCondition,
    LegalGround,
    RecordedJudgement,
    ReportingDuty,
    ReportingDutyProvision,
)
from familyviolence.collaboration._referrals import (
    REFERRAL_TRANSITIONS,
    Referral,
    ReferralChange,
    ReferralOutcome,
    ReferralOutcomeReason,
    ReferralStatus,
    RequestedService,
)
from familyviolence.collaboration._reports import (
    PRIVATE_REPORTERS,
    REPORTER_AGENCIES,
    ConcernCategory,
    ReportOfConcern,
)

__all__ = [
    "MATURITY",
    "MAX_ASSESSMENT_TALKS",
    "PRIVATE_REPORTERS",
    "REFERRAL_TRANSITIONS",
    "REPORTER_AGENCIES",
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
    "DisclosureOutcome",
    "DisclosureProvision",
    "DisclosurePurpose",
    "DisclosureRequest",
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
    "ReportingDutyProvision",
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
]
