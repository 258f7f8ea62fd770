"""Safety: the records of protective measures, safety plans and multi-agency risk conferences.

What keeps a victim and the children safe while the person who uses violence is worked with:
contact bans and their breaches, protected housing, temporary housing for the perpetrator so
that the others can stay at home, address protection and other measures
(:class:`ProtectiveMeasure`); a safety plan per protected person (:class:`SafetyPlan`); and
the referral to, and the record of, a multi-agency risk conference (:class:`RiskConference`).
A :class:`~familyviolence.cases.Case` keeps these records in ``protective_measures``,
``safety_plans`` and ``conferences``. What they mean for a case is read above the case: the
current risk between two persons in :mod:`familyviolence.risk`, the criteria for a referral to
a conference in :mod:`familyviolence.conference_criteria`, and the safety rules in
:mod:`familyviolence.rules.protection`.
"""

from familyviolence.safety._conference import (
    ConferenceAction,
    ConferenceCriterion,
    ConferenceOutcome,
    InformationShare,
    RiskConference,
)
from familyviolence.safety._measures import (
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
from familyviolence.safety._plans import (
    PlanAction,
    PlanGap,
    PlanGapKind,
    PlanRisk,
    PlanStatus,
    SafetyPlan,
)

__all__ = [
    "ADDRESS_PROTECTION_LAW",
    "CONTACT_BAN_LAW",
    "MEASURE_CLASSES",
    "AccompanyingChild",
    "AddressProtectionMeasure",
    "ChildNeed",
    "ConferenceAction",
    "ConferenceCriterion",
    "ConferenceOutcome",
    "ContactBan",
    "ContactBanBreach",
    "ContactBanKind",
    "DecidingAuthority",
    "HousingEndReason",
    "InformationShare",
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
    "RiskConference",
    "SafetyPlan",
]
