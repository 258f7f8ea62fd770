"""Sweden: social services' handling of reports about children and of requests for help.

Process: report of concern (orosanmälan) → immediate protection assessment (skyddsbedömning)
→ pre-assessment (förhandsbedömning) → investigation (utredning) → decision (beslut) →
interventions (insatser) → follow-up (uppföljning) → closed. The Social Services Act SoL
2001:453 was replaced by SoL 2025:400 on 1 July 2025; each deadline rule exists in a version
for each act. No source confirmed the new act's section numbers, so the new act is cited by
name. Times are read in Swedish time (Europe/Stockholm). A time limit whose last day is a
Saturday, Sunday or holiday keeps that day as its due date; the next weekday, on which lag
(1930:173) § 2 lets the act be done, is given beside it as information.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import evolve
from familyviolence.jurisdictions._transitions import AFTER_DECISION, common_transitions
from familyviolence.law import LegalReference
from familyviolence.process import (
    CountedFrom,
    DeadlineKind,
    DeadlineProvision,
    EventType,
    JurisdictionPack,
    Phase,
    Transition,
)
from familyviolence.vocabulary import Jurisdiction

__all__ = ["LATE_REPORT_CUTOFF", "NEW_ACT_FROM", "SWEDEN", "TIME_LIMITS_ACT"]

NEW_ACT_FROM = dt.date(2025, 7, 1)
"""The day SoL 2025:400 replaced SoL 2001:453."""

LATE_REPORT_CUTOFF = dt.time(16, 0)
"""Default time of day after which a report counts as received late (the end of an ordinary
office day). The law fixes no time: set your own with :func:`attrs.evolve` on :data:`SWEDEN`."""

_OLD_ACT_UNTIL = NEW_ACT_FROM - dt.timedelta(days=1)
_OLD = "SoL 2001:453"
_NEW = "SoL 2025:400"


def _versions(
    rule: DeadlineProvision, *, new: LegalReference
) -> tuple[DeadlineProvision, DeadlineProvision]:
    """``rule``, citing the old act, until 30 June 2025; and the same citing ``new`` from 1 July."""
    old = rule.reference
    return (
        evolve(rule, valid_to=_OLD_ACT_UNTIL, equivalent=new),
        evolve(rule, valid_from=NEW_ACT_FROM, reference=new, equivalent=old),
    )


_BY_NAME = (
    "the duty continues in the new act; no source confirmed its section number: cited by name"
)
_NEW_ACT = LegalReference(statute=_NEW, verified=False, note=_BY_NAME)

TIME_LIMITS_ACT = LegalReference(
    statute="lag (1930:173) om beräkning av lagstadgad tid", provision="2 §", verified=True
)
"""A time limit whose last day is a Saturday, Sunday, public holiday, midsummer eve,
Christmas Eve or New Year's Eve: the act may be done on the next weekday."""

_PROTECTION_ASSESSMENT = _versions(
    DeadlineProvision(
        id="SE-DEADLINE-PROTECTION-ASSESSMENT",
        kind=DeadlineKind.PROTECTION_ASSESSMENT,
        counted_from=CountedFrom.RECEIPT,
        next_day_if_late=True,
        time_limit="at once; due here the same day, or the next day if the report is received late"
        " (guidance, not the law's words)",
        reference=LegalReference(
            statute=_OLD,
            provision="11 kap. 1 a § 1st para.",
            verified=True,
            note="the law says at once; the same day, or the next if received late, is guidance",
        ),
    ),
    new=_NEW_ACT,
)
_PRE_ASSESSMENT = _versions(
    DeadlineProvision(
        id="SE-DEADLINE-PREASSESSMENT",
        kind=DeadlineKind.PRE_ASSESSMENT,
        counted_from=CountedFrom.RECEIPT,
        days=14,
        time_limit="14 days from receipt; longer only for exceptional reasons",
        reference=LegalReference(statute=_OLD, provision="11 kap. 1 a § 2nd para.", verified=True),
    ),
    new=_NEW_ACT,
)
_INVESTIGATION = _versions(
    DeadlineProvision(
        id="SE-DEADLINE-INVESTIGATION",
        kind=DeadlineKind.INVESTIGATION,
        counted_from=CountedFrom.DECISION_TO_OPEN,
        months=4,
        children_only=True,
        time_limit="4 months from the decision to open it; longer only by a logged extension with"
        " a new date",
        reference=LegalReference(statute=_OLD, provision="11 kap. 2 §", verified=True),
    ),
    new=_NEW_ACT,
)

_BEFORE_INVESTIGATION = (Phase.PROTECTION_ASSESSMENT, Phase.PRE_ASSESSMENT)
_STARTED = (
    Phase.REPORT,
    Phase.HELP_REQUEST,
    *_BEFORE_INVESTIGATION,
    Phase.INVESTIGATION,
    *AFTER_DECISION,
)

SWEDEN = JurisdictionPack(
    jurisdiction=Jurisdiction.SE,
    phases=(
        Phase.NEW,
        Phase.REPORT,
        Phase.HELP_REQUEST,
        Phase.PROTECTION_ASSESSMENT,
        Phase.PRE_ASSESSMENT,
        Phase.INVESTIGATION,
        Phase.DECISION,
        Phase.INTERVENTION,
        Phase.FOLLOW_UP,
        Phase.CLOSED,
    ),
    transitions=(
        Transition(
            event=EventType.IMMEDIATE_PROTECTION_ASSESSED,
            from_phases=(Phase.REPORT,),
            to_phase=Phase.PROTECTION_ASSESSMENT,
        ),
        # Later reports need a protection assessment too, in whatever phase they arrive.
        Transition(
            event=EventType.IMMEDIATE_PROTECTION_ASSESSED,
            from_phases=tuple(p for p in _STARTED if p is not Phase.REPORT),
        ),
        Transition(
            event=EventType.PRE_ASSESSMENT_CONCLUDED,
            from_phases=(Phase.PROTECTION_ASSESSMENT,),
            to_phase=Phase.PRE_ASSESSMENT,
        ),
        # A report received after an investigation ended, before the decision.
        Transition(event=EventType.PRE_ASSESSMENT_CONCLUDED, from_phases=(Phase.INVESTIGATION,)),
        *common_transitions(_BEFORE_INVESTIGATION),
    ),
    deadline_provisions=(*_PROTECTION_ASSESSMENT, *_PRE_ASSESSMENT, *_INVESTIGATION),
    protection_assessment_first=True,
    late_report_cutoff=LATE_REPORT_CUTOFF,
    time_zone="Europe/Stockholm",
    non_working_day_rule=TIME_LIMITS_ACT,
)
"""Sweden's pack: social services under SoL 2001:453 and SoL 2025:400."""
