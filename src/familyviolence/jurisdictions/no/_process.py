"""Norway: the child welfare service's handling of reports of concern (barnevern).

Process: report of concern (bekymringsmelding) → review (gjennomgang, within one week) →
investigation (undersøkelse) → decision (vedtak) → measures (tiltak) → follow-up → closed.
The Child Welfare Act 2021:97 applies from 1 January 2023; the old act (1992:100) counted the
investigation from receipt of the report (a reading sources dispute), the new one from the end
of the review week; an investigation that followed a request for help, not a report, counts
from its opening. Times are read in Norwegian time (Europe/Oslo). No rule was found that moves
a time limit of the child welfare act off a Saturday, Sunday or holiday (domstolloven § 149
reaches only the time limits of the acts that refer to it), so the calendar date stands.
"""

from __future__ import annotations

import datetime as dt

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
from familyviolence.vocabulary import Jurisdiction, ReporterKind

__all__ = ["NEW_ACT_FROM", "NORWAY", "PUBLIC_REPORTERS"]

NEW_ACT_FROM = dt.date(2023, 1, 1)
"""The day the Child Welfare Act 2021:97 (barnevernsloven) began to apply."""

_OLD_ACT_UNTIL = NEW_ACT_FROM - dt.timedelta(days=1)
_NEW = "barnevernsloven 2021:97"
_OLD = "barnevernloven 1992:100 (old act)"
_SECONDARY = "from a secondary source, not checked against the law text"
_NOT_CONFIRMED = "section not confirmed: cited by name"

PUBLIC_REPORTERS = (
    ReporterKind.PRIVATE_PROFESSIONAL,
    ReporterKind.POLICE,
    ReporterKind.SCHOOL,
    ReporterKind.PRESCHOOL,
    ReporterKind.HEALTH_CARE,
    ReporterKind.CHILD_HEALTH_CENTRE,
    ReporterKind.DENTAL_CARE,
    ReporterKind.SOCIAL_SERVICES,
    ReporterKind.PRISON_AND_PROBATION,
    ReporterKind.OTHER_AUTHORITY,
)
"""Reporters with a duty to inform the child welfare service: public bodies and professionals
with that duty (the old act's § 6-4 first and sixth paragraphs). Besides the confirmation of
receipt every named reporter gets, they learn whether an investigation is opened and, within
three weeks of its end, its outcome."""

_REVIEW = (
    DeadlineProvision(
        id="NO-DEADLINE-REVIEW",
        kind=DeadlineKind.REVIEW,
        counted_from=CountedFrom.RECEIPT,
        days=7,
        time_limit="one week from receipt",
        valid_to=_OLD_ACT_UNTIL,
        reference=LegalReference(statute=_OLD, provision="§ 4-2", verified=True),
    ),
    DeadlineProvision(
        id="NO-DEADLINE-REVIEW",
        kind=DeadlineKind.REVIEW,
        counted_from=CountedFrom.RECEIPT,
        days=7,
        time_limit="one week from receipt",
        valid_from=NEW_ACT_FROM,
        reference=LegalReference(statute=_NEW, provision="§ 2-1", verified=False, note=_SECONDARY),
    ),
)
_INVESTIGATION = (
    DeadlineProvision(
        id="NO-DEADLINE-INVESTIGATION",
        kind=DeadlineKind.INVESTIGATION,
        counted_from=CountedFrom.RECEIPT,
        months=3,
        extension_limit_months=6,
        time_limit="3 months from receipt; up to 6 months in special cases",
        valid_to=_OLD_ACT_UNTIL,
        reference=LegalReference(
            statute=_OLD,
            provision="§ 6-9",
            verified=False,
            note=(
                "the time limit is confirmed; whether it ran from receipt or from the review"
                " decision is disputed"
            ),
        ),
    ),
    DeadlineProvision(
        id="NO-DEADLINE-INVESTIGATION",
        kind=DeadlineKind.INVESTIGATION,
        counted_from=CountedFrom.RECEIPT,
        review_days=7,
        months=3,
        extension_limit_months=6,
        time_limit=(
            "3 months from the end of the one-week review period (receipt + 1 week + 3 months),"
            " or from its opening if no report led to it; up to 6 months in special cases"
        ),
        valid_from=NEW_ACT_FROM,
        reference=LegalReference(statute=_NEW, provision="§ 2-2", verified=False, note=_SECONDARY),
    ),
)


def _feedback(
    kind: DeadlineKind, counted_from: CountedFrom, time_limit: str, *, public_only: bool
) -> tuple[DeadlineProvision, ...]:
    rule_id = f"NO-DEADLINE-{kind.value.upper().replace('_', '-')}"
    return (
        DeadlineProvision(
            id=rule_id,
            kind=kind,
            counted_from=counted_from,
            days=21,
            time_limit=time_limit,
            public_reporters_only=public_only,
            named_reporters_only=not public_only,
            valid_to=_OLD_ACT_UNTIL,
            reference=LegalReference(statute=_OLD, provision="§ 6-7 a", verified=True),
        ),
        DeadlineProvision(
            id=rule_id,
            kind=kind,
            counted_from=counted_from,
            days=21,
            time_limit=time_limit,
            valid_from=NEW_ACT_FROM,
            public_reporters_only=public_only,
            named_reporters_only=not public_only,
            reference=LegalReference(statute=_NEW, verified=False, note=_NOT_CONFIRMED),
        ),
    )


_STARTED = (Phase.REPORT, Phase.HELP_REQUEST, Phase.REVIEW, Phase.INVESTIGATION, *AFTER_DECISION)

NORWAY = JurisdictionPack(
    jurisdiction=Jurisdiction.NO,
    phases=(
        Phase.NEW,
        Phase.REPORT,
        Phase.HELP_REQUEST,
        Phase.REVIEW,
        Phase.INVESTIGATION,
        Phase.DECISION,
        Phase.INTERVENTION,
        Phase.FOLLOW_UP,
        Phase.CLOSED,
    ),
    transitions=(
        # Norway's process has no phase of its own for it; the assessment may still be recorded.
        Transition(event=EventType.IMMEDIATE_PROTECTION_ASSESSED, from_phases=_STARTED),
        Transition(
            event=EventType.PRE_ASSESSMENT_CONCLUDED,
            from_phases=(Phase.REPORT,),
            to_phase=Phase.REVIEW,
        ),
        Transition(event=EventType.PRE_ASSESSMENT_CONCLUDED, from_phases=(Phase.INVESTIGATION,)),
        *common_transitions((Phase.REVIEW,)),
    ),
    deadline_provisions=(
        *_REVIEW,
        *_INVESTIGATION,
        *_feedback(
            DeadlineKind.FEEDBACK_ON_RECEIPT,
            CountedFrom.RECEIPT,
            "3 weeks from receipt, to every reporter who is not anonymous: confirm receipt (a"
            " public reporter is also told whether an investigation is opened)",
            public_only=False,
        ),
        *_feedback(
            DeadlineKind.FEEDBACK_ON_OUTCOME,
            CountedFrom.CONCLUSION,
            "3 weeks from the investigation's end, to a public reporter: its outcome",
            public_only=True,
        ),
    ),
    public_reporters=PUBLIC_REPORTERS,
    time_zone="Europe/Oslo",
)
"""Norway's pack: the child welfare service under the 2021 act and the old act."""
