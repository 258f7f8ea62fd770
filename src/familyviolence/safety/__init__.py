"""Safety: protective measures, safety plans and multi-agency risk conferences.

What keeps a victim and the children safe while the person who uses violence is worked with:
contact bans and their breaches, protected housing, temporary housing for the perpetrator so
that the others can stay at home, address protection and other measures
(:mod:`~familyviolence.safety.measures`); a safety plan per protected person
(:mod:`~familyviolence.safety.plans`); and referral to, and the record of, a multi-agency risk
conference (:mod:`~familyviolence.safety.conference`, with the referral criteria as data in
:mod:`~familyviolence.safety.criteria`); and the one meaning of the current risk between two
persons that every rule asks for (:mod:`~familyviolence.safety.risk`). A
:class:`~familyviolence.Case` keeps these records in
``protective_measures``, ``safety_plans`` and ``conferences``; the rules of the ``safety`` pack
check them. Every public name is also exported from :mod:`familyviolence`.
"""

from familyviolence.safety.conference import (
    ConferenceAction,
    ConferenceCriterion,
    ConferenceOutcome,
    InformationShare,
    RiskConference,
)
from familyviolence.safety.criteria import (
    CriterionMet,
    ReferralCriteria,
    is_police_call_out,
    persons_at_risk,
    referral_covers,
    referral_criteria_met,
    repeat_of,
)
from familyviolence.safety.measures import (
    ADDRESS_PROTECTION_LAW,
    CONTACT_BAN_LAW,
    MEASURE_CLASSES,
    AccompanyingChild,
    AddressProtectionMeasure,
    ChildNeed,
    ContactBan,
    ContactBanBreach,
    ContactBanKind,
    DecidingAuthority,
    HousingEndReason,
    OtherMeasure,
    OtherMeasureKind,
    PerpetratorHousing,
    ProtectedHousing,
    ProtectiveMeasure,
)
from familyviolence.safety.plans import (
    PlanAction,
    PlanGap,
    PlanGapKind,
    PlanRisk,
    PlanStatus,
    SafetyPlan,
)
from familyviolence.safety.risk import (
    AssessedRisk,
    AssessmentCurrency,
    CurrentRisk,
    NotCurrent,
    assessed_risk,
    current_risk,
    is_current,
    why_not_current,
)

__all__ = [
    "ADDRESS_PROTECTION_LAW",
    "CONTACT_BAN_LAW",
    "MEASURE_CLASSES",
    "AccompanyingChild",
    "AddressProtectionMeasure",
    "AssessedRisk",
    "AssessmentCurrency",
    "ChildNeed",
    "ConferenceAction",
    "ConferenceCriterion",
    "ConferenceOutcome",
    "ContactBan",
    "ContactBanBreach",
    "ContactBanKind",
    "CriterionMet",
    "CurrentRisk",
    "DecidingAuthority",
    "HousingEndReason",
    "InformationShare",
    "NotCurrent",
    "OtherMeasure",
    "OtherMeasureKind",
    "PerpetratorHousing",
    "PlanAction",
    "PlanGap",
    "PlanGapKind",
    "PlanRisk",
    "PlanStatus",
    "ProtectedHousing",
    "ProtectiveMeasure",
    "ReferralCriteria",
    "RiskConference",
    "SafetyPlan",
    "assessed_risk",
    "current_risk",
    "is_current",
    "is_police_call_out",
    "persons_at_risk",
    "referral_covers",
    "referral_criteria_met",
    "repeat_of",
    "why_not_current",
]
