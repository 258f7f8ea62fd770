"""The shape of a case-handling process: phases, event types, transitions and deadline rules.

This module holds the vocabulary and the data types only. The processes themselves (Sweden's,
Norway's) are data in :mod:`familyviolence.jurisdictions`, built from these types.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Mapping
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public
from familyviolence._validators import non_empty_id, tuple_of
from familyviolence.errors import InvalidModel
from familyviolence.law import LegalReference
from familyviolence.vocabulary import Jurisdiction, LabelledEnum, ReporterKind

__all__ = [
    "CountedFrom",
    "DeadlineKind",
    "DeadlineProvision",
    "EventType",
    "JurisdictionPack",
    "Phase",
    "Transition",
]


class Phase(LabelledEnum):
    """The step a case has reached in its jurisdiction's process.

    Sweden: report → immediate protection assessment → pre-assessment → investigation →
    decision → intervention → follow-up → closed. Norway: report → review → investigation →
    decision → measures (``INTERVENTION``) → follow-up → closed. Either may start from a
    request for help instead of a report.
    """

    NEW = "new", "nytt ärende", "ny sak", "new case"
    REPORT = "report", "anmälan inkommen", "melding mottatt", "report of concern received"
    HELP_REQUEST = "help_request", "begäran om hjälp", "anmodning om hjelp", "request for help"
    PROTECTION_ASSESSMENT = (
        "protection_assessment",
        "skyddsbedömning",
        "vurdering av akutt beskyttelsesbehov",
        "immediate protection assessment",
    )
    PRE_ASSESSMENT = "pre_assessment", "förhandsbedömning", "forhåndsvurdering", "pre-assessment"
    REVIEW = "review", "genomgång av anmälan", "gjennomgang av melding", "review of the report"
    INVESTIGATION = "investigation", "utredning", "undersøkelse", "investigation"
    DECISION = "decision", "beslut", "vedtak", "decision"
    INTERVENTION = "intervention", "insatser", "tiltak", "interventions (measures)"
    FOLLOW_UP = "follow_up", "uppföljning", "oppfølging", "follow-up"
    CLOSED = "closed", "avslutat", "avsluttet", "closed"


class EventType(LabelledEnum):
    """The kind of an event in a case's history; the value is the event's ``type`` tag."""

    REPORT_OF_CONCERN_RECEIVED = (
        "report_of_concern_received",
        "orosanmälan inkommen",
        "bekymringsmelding mottatt",
        "report of concern received",
    )
    HELP_REQUESTED = (
        "help_requested",
        "ansökan om hjälp",
        "anmodning om hjelp",
        "help requested by the person themself",
    )
    IMMEDIATE_PROTECTION_ASSESSED = (
        "immediate_protection_assessed",
        "skyddsbedömning gjord",
        "akutt beskyttelsesbehov vurdert",
        "immediate protection assessed",
    )
    PRE_ASSESSMENT_CONCLUDED = (
        "pre_assessment_concluded",
        "förhandsbedömning avslutad",
        "gjennomgang av melding avsluttet",
        "pre-assessment (review) concluded",
    )
    INVESTIGATION_OPENED = (
        "investigation_opened",
        "utredning inledd",
        "undersøkelse startet",
        "investigation opened",
    )
    INVESTIGATION_EXTENDED = (
        "investigation_extended",
        "utredningstiden förlängd",
        "undersøkelsestiden forlenget",
        "investigation extended",
    )
    INVESTIGATION_CONCLUDED = (
        "investigation_concluded",
        "utredning avslutad",
        "undersøkelse avsluttet",
        "investigation concluded",
    )
    DECISION_MADE = "decision_made", "beslut fattat", "vedtak fattet", "decision made"
    INTERVENTION_STARTED = (
        "intervention_started",
        "insats påbörjad",
        "tiltak startet",
        "intervention started",
    )
    INTERVENTION_INTERRUPTED = (
        "intervention_interrupted",
        "insats avbruten",
        "tiltak avbrutt",
        "intervention interrupted (drop-out)",
    )
    RELAPSE_RECORDED = (
        "relapse_recorded",
        "återfall registrerat",
        "tilbakefall registrert",
        "relapse recorded",
    )
    REENGAGEMENT_PLANNED = (
        "reengagement_planned",
        "återkontakt planerad",
        "ny kontakt planlagt",
        "re-engagement planned",
    )
    INTERVENTION_COMPLETED = (
        "intervention_completed",
        "insats avslutad",
        "tiltak avsluttet",
        "intervention completed",
    )
    FOLLOW_UP_DONE = "follow_up_done", "uppföljning gjord", "oppfølging gjort", "follow-up done"
    REPORTER_FEEDBACK_GIVEN = (
        "reporter_feedback_given",
        "återkoppling till anmälaren",
        "tilbakemelding til melder",
        "feedback given to the reporter",
    )
    CASE_CLOSED = "case_closed", "ärendet avslutat", "saken avsluttet", "case closed"
    CASE_REOPENED = "case_reopened", "ärendet återöppnat", "saken gjenåpnet", "case reopened"
    NOTE_ADDED = "note_added", "anteckning", "notat", "note added"
    CORRECTION = "correction", "rättelse", "retting", "correction"


class DeadlineKind(LabelledEnum):
    """What a deadline requires to be done."""

    PROTECTION_ASSESSMENT = (
        "protection_assessment",
        "skyddsbedömning",
        "vurdering av akutt beskyttelsesbehov",
        "immediate protection assessment",
    )
    PRE_ASSESSMENT = "pre_assessment", "förhandsbedömning", "forhåndsvurdering", "pre-assessment"
    REVIEW = "review", "genomgång av anmälan", "gjennomgang av melding", "review of the report"
    INVESTIGATION = "investigation", "utredning", "undersøkelse", "investigation"
    FEEDBACK_ON_RECEIPT = (
        "feedback_on_receipt",
        "återkoppling om mottagen anmälan",
        "tilbakemelding om mottatt melding",
        "feedback to the reporter on receipt",
    )
    FEEDBACK_ON_OUTCOME = (
        "feedback_on_outcome",
        "återkoppling efter utredning",
        "tilbakemelding etter undersøkelse",
        "feedback to the reporter on the investigation's end",
    )


class CountedFrom(LabelledEnum):
    """The moment a deadline's time limit starts to run."""

    RECEIPT = "receipt", "anmälan inkom", "meldingen ble mottatt", "the report was received"
    OPENING = "opening", "utredningen inleddes", "undersøkelsen startet", "the investigation opened"
    DECISION_TO_OPEN = (
        "decision_to_open",
        "beslutet att inleda utredningen",
        "beslutningen om å starte undersøkelsen",
        "the decision to open the investigation",
    )
    CONCLUSION = (
        "conclusion",
        "utredningen avslutades",
        "undersøkelsen ble avsluttet",
        "the investigation ended",
    )


def _time_zone(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value:
        raise invalid(instance, attribute, "must be an IANA time-zone name or None")
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise invalid(instance, attribute, "is not a known IANA time-zone name") from None


def _non_negative(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise invalid(instance, attribute, "must be a non-negative integer")


@model
class Transition(Model):
    """An event type that the process allows in some phases, and the phase it leads to.

    Attributes:
        event: The event type.
        from_phases: The phases in which the event may be recorded.
        to_phase: The phase the case is in afterwards, or ``None`` if it stays where it was.
    """

    event: EventType = public()
    from_phases: tuple[Phase, ...] = public(validator=tuple_of(Phase))
    to_phase: Phase | None = public(default=None)


@model
class DeadlineProvision(Model):
    """A time limit set by law, with its reference and the period during which it applies.

    The due date is the day counted from (``counted_from``), plus ``days``, plus ``months``
    calendar months (see :func:`~familyviolence.dates.add_months`), in that order. An investigation
    counted from the receipt of a report starts ``review_days`` after the receipt; one that
    followed no report (a request for help) counts from its own start, without them.

    Attributes:
        id: Stable id of the rule, shared by its versions (e.g. ``"SE-DEADLINE-PREASSESSMENT"``).
        kind: What must be done.
        counted_from: When the time limit starts to run.
        days: Days in the time limit (weeks are seven days).
        months: Calendar months in the time limit, added after the days.
        next_day_if_late: Whether something received after the pack's
            :attr:`~JurisdictionPack.late_report_cutoff` is due the next day instead.
        extension_limit_months: The most months an extension can reach, counted like
            ``months``; ``None`` if the law sets no outer limit.
        children_only: Whether the rule applies only to an investigation concerning a child.
        public_reporters_only: Whether the rule applies only to reports from a public reporter
            (see :attr:`JurisdictionPack.public_reporters`).
        named_reporters_only: Whether the rule applies only to reports whose reporter is known
            (every reporter but an anonymous one).
        review_days: Days of a review period that pass before an investigation counted from
            receipt starts to run (Norway: three months from the end of the review week).
        time_limit: The time limit in words, as shown in the documentation.
        valid_from: First day the rule applies (``None``: no known start).
        valid_to: Last day the rule applies (``None``: still in force).
        reference: The provision the rule comes from.
        equivalent: The same rule in the numbering of the act before or after it, where known.
    """

    id: str = public(validator=non_empty_id)
    kind: DeadlineKind = public()
    counted_from: CountedFrom = public()
    time_limit: str = public()
    reference: LegalReference = public()
    days: int = public(default=0, validator=_non_negative)
    months: int = public(default=0, validator=_non_negative)
    next_day_if_late: bool = public(default=False)
    extension_limit_months: int | None = public(default=None)
    children_only: bool = public(default=False)
    public_reporters_only: bool = public(default=False)
    named_reporters_only: bool = public(default=False)
    review_days: int = public(default=0, validator=_non_negative)
    valid_from: dt.date | None = public(default=None)
    valid_to: dt.date | None = public(default=None)
    equivalent: LegalReference | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if (
            self.valid_from is not None
            and self.valid_to is not None
            and self.valid_to < self.valid_from
        ):
            raise InvalidModel("DeadlineProvision", "valid_to", "must not be before valid_from")

    def applies_on(self, day: dt.date) -> bool:
        """Whether the rule is in force on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


@model
class JurisdictionPack(Model):
    """A jurisdiction's case-handling process and deadline rules, as data.

    Build your own by :func:`attrs.evolve` on a shipped pack, e.g. to change the cut-off time
    after which a report counts as received late.

    Attributes:
        jurisdiction: Whose process this is.
        phases: The phases of the process, in order.
        transitions: Which events each phase allows and where they lead.
        deadline_provisions: The time limits, each version with its validity period.
        protection_assessment_first: Whether every report must have its immediate protection
            assessment before a pre-assessment may be concluded.
        late_report_cutoff: Time of day after which a report counts as received late, for
            rules with ``next_day_if_late``; ``None`` if no rule needs it.
        public_reporters: Reporter kinds that count as public reporters.
        time_zone: The jurisdiction's time zone (an IANA name, ``"Europe/Stockholm"``): a time
            with an offset is read in it to find the day and the time of day that count.
        non_working_day_rule: The law under which an act due on a Saturday, Sunday or public
            holiday may be done on the next working day, if the jurisdiction has one that
            reaches the pack's time limits; ``None`` if none is known.
    """

    jurisdiction: Jurisdiction = public()
    phases: tuple[Phase, ...] = public(validator=tuple_of(Phase))
    transitions: tuple[Transition, ...] = public(validator=tuple_of(Transition))
    deadline_provisions: tuple[DeadlineProvision, ...] = public(
        validator=tuple_of(DeadlineProvision)
    )
    protection_assessment_first: bool = public(default=False)
    late_report_cutoff: dt.time | None = public(default=None)
    public_reporters: tuple[ReporterKind, ...] = public(
        default=(), validator=tuple_of(ReporterKind)
    )
    time_zone: str | None = public(default=None, validator=_time_zone)
    non_working_day_rule: LegalReference | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        seen: set[tuple[Phase, EventType]] = set()
        for i, transition in enumerate(self.transitions):
            for phase in (*transition.from_phases, transition.to_phase):
                if phase is not None and phase not in self.phases:
                    raise InvalidModel(
                        "JurisdictionPack", f"transitions[{i}]", f"phase {phase.value} is unknown"
                    )
            for phase in transition.from_phases:
                if (phase, transition.event) in seen:
                    raise InvalidModel(
                        "JurisdictionPack",
                        f"transitions[{i}]",
                        f"{transition.event.value} in phase {phase.value} is defined twice",
                    )
                seen.add((phase, transition.event))
        for i, rule in enumerate(self.deadline_provisions):
            for other in self.deadline_provisions[:i]:
                if other.id == rule.id and _overlap(other, rule):
                    raise InvalidModel(
                        "JurisdictionPack",
                        f"deadline_provisions[{i}]",
                        f"two versions of {rule.id} apply on the same day",
                    )

    @functools.cached_property
    def next_phases(self) -> Mapping[tuple[Phase, EventType], Phase]:
        """The transitions as a table: (phase, event type) to the phase it leads to.

        A pair the table does not hold is not allowed. Made once per pack, and read once per
        event of every history replayed, so it is a plain dict: do not change it.
        """
        return {
            (phase, t.event): t.to_phase or phase
            for t in self.transitions
            for phase in t.from_phases
        }

    def next_phase(self, phase: Phase, event: EventType) -> Phase | None:
        """The phase ``event`` leads to from ``phase``, or ``None`` if it is not allowed there."""
        return self.next_phases.get((phase, event))

    def allowed_in(self, phase: Phase) -> tuple[EventType, ...]:
        """The event types the process allows in ``phase``, in the order of :class:`EventType`."""
        allowed = {t.event for t in self.transitions if phase in t.from_phases}
        return tuple(e for e in EventType if e in allowed)

    def provision_for(self, kind: DeadlineKind, *, on: dt.date) -> DeadlineProvision | None:
        """The version of the rule for ``kind`` in force on ``on``, if there is one."""
        return next(
            (r for r in self.deadline_provisions if r.kind is kind and r.applies_on(on)), None
        )


def _overlap(a: DeadlineProvision, b: DeadlineProvision) -> bool:
    return (a.valid_from is None or b.valid_to is None or a.valid_from <= b.valid_to) and (
        b.valid_from is None or a.valid_to is None or b.valid_from <= a.valid_to
    )
