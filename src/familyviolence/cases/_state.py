"""Where a case stands: the public read model of its replayed history.

A :class:`CaseState` is made from the replay of a case's history (see :attr:`Case.state
<familyviolence.cases.Case.state>`) and holds everything the layers above read of it: the
phase, the reports of concern and what became of each, the investigations with their
extensions and pauses, the interventions and their status, and the closures. Deadlines, rules
and statistics read this, never the replay itself. Moments are as recorded (in whatever time
zone they carry); indices point into the case's ``history``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from familyviolence._model import Model, model, public
from familyviolence.events import FeedbackKind
from familyviolence.interventions import InterventionState
from familyviolence.process import EventType, Phase
from familyviolence.vocabulary import ReporterKind

__all__ = [
    "CaseState",
    "Extension",
    "InvestigationState",
    "Pause",
    "ReportState",
    "ReporterFeedback",
]


@model
class ReporterFeedback(Model):
    """Feedback given to the reporter of a report of concern.

    Attributes:
        kind: What the reporter was told.
        at: When.
    """

    kind: FeedbackKind = public()
    at: dt.datetime = public()


@model
class Extension(Model):
    """An extension of an investigation's time limit.

    Attributes:
        event: Index in the history of the event that recorded it.
        at: When it was recorded.
        new_due: The due date it set.
    """

    event: int = public()
    at: dt.datetime = public()
    new_due: dt.date = public()


@model
class Pause(Model):
    """A closure of the case while an investigation was open, and the reopening that followed.

    Attributes:
        closed_at: When the case was closed.
        reopened_at: When it was reopened, or ``None`` while it stays closed.
    """

    closed_at: dt.datetime = public()
    reopened_at: dt.datetime | None = public(default=None)


@model
class ReportState(Model):
    """What became of one report of concern, as far as the history goes.

    Attributes:
        report_id: The report's id.
        event: Index in the history of the event that received it.
        received_at: When it was received.
        reporter_kind: Who made it.
        needs_pre_assessment: Whether it needs a pre-assessment (a review) of its own: it does
            unless it arrived while an investigation of the case was open, which it joins.
        protection_at: When the immediate protection assessment that covered it was made.
        pre_assessment_at: When the pre-assessment that covered it was concluded.
        investigation: Position in :attr:`CaseState.investigations` of the investigation it
            led to or joined, if any.
        feedback: The feedback given to its reporter, in order.
        ended_at: When a closure of the case ended it while it still waited for an
            assessment.
    """

    report_id: str = public()
    event: int = public()
    received_at: dt.datetime = public()
    reporter_kind: ReporterKind = public()
    needs_pre_assessment: bool = public()
    protection_at: dt.datetime | None = public(default=None)
    pre_assessment_at: dt.datetime | None = public(default=None)
    investigation: int | None = public(default=None)
    feedback: tuple[ReporterFeedback, ...] = public(default=())
    ended_at: dt.datetime | None = public(default=None)

    def feedback_times(self, kind: FeedbackKind) -> tuple[dt.datetime, ...]:
        """When feedback of ``kind`` was given to the reporter, in order."""
        return tuple(f.at for f in self.feedback if f.kind is kind)

    def first_feedback(self, kind: FeedbackKind) -> dt.datetime | None:
        """When feedback of ``kind`` was first given, if it was."""
        return next((f.at for f in self.feedback if f.kind is kind), None)


@model
class InvestigationState(Model):
    """What became of one investigation, as far as the history goes.

    Attributes:
        event: Index in the history of the event that opened it.
        opened_at: When it was opened.
        reports: Ids of the reports whose pre-assessment led to it.
        concerns_child: Whether it concerns a child (a report is always about a child; an
            investigation after a request for help concerns a child if a subject is a minor).
        decided_on: The day of the decision to open it, where the opening event names one.
        decided_at: When the pre-assessment that decided to investigate was concluded.
        joined: Ids of the reports that arrived while it was open and joined it.
        extensions: Its extensions, in order.
        concluded_at: When it was concluded.
        pauses: Each closure of the case while it was open, with the reopening that followed.
        superseded_at: When a new investigation took its place after a reopening.
    """

    event: int = public()
    opened_at: dt.datetime = public()
    reports: tuple[str, ...] = public(default=())
    concerns_child: bool = public(default=False)
    decided_on: dt.date | None = public(default=None)
    decided_at: dt.datetime | None = public(default=None)
    joined: tuple[str, ...] = public(default=())
    extensions: tuple[Extension, ...] = public(default=())
    concluded_at: dt.datetime | None = public(default=None)
    pauses: tuple[Pause, ...] = public(default=())
    superseded_at: dt.datetime | None = public(default=None)

    @property
    def ended_at(self) -> dt.datetime | None:
        """When it ended undone: superseded by a new investigation, or closed and not reopened."""
        if self.superseded_at is not None:
            return self.superseded_at
        if self.pauses and self.pauses[-1].reopened_at is None:
            return self.pauses[-1].closed_at
        return None

    @property
    def is_open(self) -> bool:
        """Whether it is neither concluded nor ended undone."""
        return self.concluded_at is None and self.ended_at is None

    def ended_on_day(self, on: dt.date, day: Callable[[dt.datetime], dt.date]) -> dt.date | None:
        """The day it had ended undone as known on ``on``, reading moments as days with ``day``."""
        if self.superseded_at is not None and day(self.superseded_at) <= on:
            return day(self.superseded_at)
        for pause in reversed(self.pauses):
            if day(pause.closed_at) <= on:
                reopened = pause.reopened_at
                return day(pause.closed_at) if reopened is None or day(reopened) > on else None
        return None


@model
class CaseState(Model):
    """Where a case stands, derived from its history: :attr:`Case.state` is one.

    Attributes:
        phase: The phase the case has reached.
        investigation_open: Whether an investigation is open.
        interventions: Every granted intervention and its status, in the order granted.
        allowed_events: The event types that may be recorded next (their details are checked
            when they are recorded).
        reports: Every report of concern received, and what became of it, in the order
            received.
        investigations: Every investigation opened, in order.
        closures: When the case was closed, each time it was.
    """

    phase: Phase = public()
    investigation_open: bool = public()
    interventions: tuple[InterventionState, ...] = public()
    allowed_events: tuple[EventType, ...] = public()
    reports: tuple[ReportState, ...] = public(default=())
    investigations: tuple[InvestigationState, ...] = public(default=())
    closures: tuple[dt.datetime, ...] = public(default=())

    @property
    def interventions_in_force(self) -> tuple[InterventionState, ...]:
        """Granted interventions not yet completed or ended."""
        return tuple(i for i in self.interventions if i.status.in_force)

    @property
    def open_investigation(self) -> InvestigationState | None:
        """The investigation open now, if one is."""
        last = self.investigations[-1] if self.investigations else None
        return last if last is not None and last.is_open else None

    def report(self, report_id: str) -> ReportState | None:
        """What became of the report with ``report_id``, if the case received it."""
        return next((r for r in self.reports if r.report_id == report_id), None)
