"""Replays a case's history through its jurisdiction's process, checking every event.

The replay is the only place where a case's state comes from: a :class:`Replay` is built from
the history alone, and the case's public read model (:class:`~familyviolence.cases.CaseState`)
is made from it. It raises :class:`~familyviolence.errors.InvalidModel` naming the first event
that the process does not allow, as ``history[i]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping, Sequence

import attrs

from familyviolence.cases._state import (
    CaseState,
    Extension,
    InvestigationState,
    Pause,
    ReporterFeedback,
    ReportState,
)
from familyviolence.errors import InvalidModel
from familyviolence.events import (
    EVENT_CLASSES,
    CaseEvent,
    Correction,
    DecisionMade,
    FeedbackKind,
    FollowUpDone,
    HelpRequested,
    InterventionCompleted,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationExtended,
    PreAssessmentConcluded,
    ReengagementPlanned,
    RelapseRecorded,
    ReporterFeedbackGiven,
    ReportOfConcernReceived,
)
from familyviolence.family import FamilySystem
from familyviolence.interventions import Intervention, InterventionState, InterventionStatus
from familyviolence.process import EventType, JurisdictionPack, Phase
from familyviolence.vocabulary import ReporterKind

__all__ = [
    "InterventionFacts",
    "InvestigationFacts",
    "Replay",
    "ReportFacts",
    "replay_history",
]

_MODEL = "Case"
_S = InterventionStatus


@attrs.define
class ReportFacts:
    """What happened to one report of concern, as far as the history goes."""

    report_id: str
    index: int
    received_at: dt.datetime
    reporter_kind: ReporterKind
    needs_pre_assessment: bool
    protection_at: dt.datetime | None = None
    pre_assessment_at: dt.datetime | None = None
    investigation: int | None = None
    feedback: list[tuple[FeedbackKind, dt.datetime]] = attrs.Factory(list)
    ended_at: dt.datetime | None = None

    @property
    def awaits_protection(self) -> bool:
        return self.protection_at is None and self.ended_at is None

    @property
    def awaits_pre_assessment(self) -> bool:
        return self.needs_pre_assessment and self.pre_assessment_at is None and not self.ended_at


@attrs.define
class InvestigationFacts:
    """What happened to one investigation.

    ``decided_on`` is the day of the decision to open it where the opening event names one;
    ``decided_at`` the pre-assessment that decided to investigate. ``pauses`` are the closures
    of the case while it was open, each with the reopening that let it continue (``None``
    while the case stays closed).
    """

    index: int
    opened_at: dt.datetime
    reports: list[str]
    concerns_child: bool
    decided_on: dt.date | None = None
    decided_at: dt.datetime | None = None
    joined: list[str] = attrs.Factory(list)
    extensions: list[tuple[int, dt.datetime, dt.date]] = attrs.Factory(list)
    concluded_at: dt.datetime | None = None
    pauses: list[tuple[dt.datetime, dt.datetime | None]] = attrs.Factory(list)
    superseded_at: dt.datetime | None = None

    @property
    def ended_at(self) -> dt.datetime | None:
        """When it ended undone: superseded by a new investigation, or closed and not reopened."""
        if self.superseded_at is not None:
            return self.superseded_at
        if self.pauses and self.pauses[-1][1] is None:
            return self.pauses[-1][0]
        return None

    @property
    def is_open(self) -> bool:
        return self.concluded_at is None and self.ended_at is None


@attrs.define
class InterventionFacts:
    intervention: Intervention
    granted_at: dt.datetime
    status: InterventionStatus = _S.GRANTED
    follow_up_on: dt.date | None = None


class _Refused(Exception):
    def __init__(self, reason: str, field: str = "") -> None:
        self.reason = reason
        self.field = field


class Replay:
    """The state of a case after a sequence of (non-correction) events."""

    def __init__(
        self,
        pack: JurisdictionPack,
        family: FamilySystem,
        subjects: Sequence[str],
        incident_ids: Collection[str],
    ) -> None:
        self.pack = pack
        # The process's table of transitions, looked up once per event.
        self._next_phase = pack.next_phases.get
        self.family = family
        # One look-up per event: the family's persons by id, read once.
        self._persons = family.persons_by_id
        self.subjects = tuple(subjects)
        self.incident_ids = frozenset(incident_ids)
        self.phase = Phase.NEW
        self.phase_before_closure: Phase | None = None
        self.reports: dict[str, ReportFacts] = {}
        self.investigations: list[InvestigationFacts] = []
        self.awaiting_investigation: list[str] = []
        self.help_pending = False
        self.decided = False
        self.interventions: dict[str, InterventionFacts] = {}
        self.decided_ids: set[str] = set()
        self.closures: list[dt.datetime] = []
        # What a closure ended that a reopening lets continue or start.
        self.at_closure: tuple[list[str], bool, InvestigationFacts | None] | None = None
        self.resumed: InvestigationFacts | None = None
        self.effective: list[tuple[int, CaseEvent]] = []
        self.last_at: dt.datetime | None = None

    # -- reading ------------------------------------------------------------------------

    @property
    def open_investigation(self) -> InvestigationFacts | None:
        last = self.investigations[-1] if self.investigations else None
        return last if last is not None and last.is_open else None

    def allowed_events(self) -> tuple[EventType, ...]:
        """Event types the process allows now and whose preconditions hold."""
        return tuple(e for e in self.pack.allowed_in(self.phase) if _PRECONDITION[e](self))

    def state(self) -> CaseState:
        """The case's state after the events replayed, as its public read model."""
        return CaseState(
            phase=self.phase,
            investigation_open=self.open_investigation is not None,
            interventions=tuple(
                InterventionState(
                    intervention=i.intervention,
                    status=i.status,
                    granted_at=i.granted_at,
                    follow_up_on=i.follow_up_on,
                )
                for i in self.interventions.values()
            ),
            allowed_events=self.allowed_events(),
            reports=tuple(_report_state(r) for r in self.reports.values()),
            investigations=tuple(_investigation_state(i) for i in self.investigations),
            closures=tuple(self.closures),
        )

    # -- stepping -----------------------------------------------------------------------

    def run(self, history: Sequence[CaseEvent]) -> int:
        """Apply the events of ``history`` in order up to the first correction; its index.

        Returns ``len(history)`` if there is no correction. Each event's time is checked
        against the time of the event before it, as by :func:`replay_history`. The common
        case is kept lean: an event of one of the library's own event classes is looked up by
        its class (its type and effect at once); anything else goes through :meth:`step`.
        Raises :class:`InvalidModel` naming ``history[i]`` as :meth:`step` does.
        """
        next_phase = self._next_phase
        effective = self.effective
        phase = self.phase
        last = self.last_at
        index = 0
        try:
            for index, event in enumerate(history):
                known = _BY_CLASS.get(type(event))
                if known is None:
                    if isinstance(event, Correction):
                        return index
                    at = getattr(event, "at", None)
                    if last is not None and not _naive_in_order(at, last):
                        _check_order(f"history[{index}]", at, last)
                    self.step(index, event, in_order=True)
                    phase, last = self.phase, self.last_at
                    continue
                # An event of the library's own classes has a datetime ``at``.
                at = event.at
                if last is not None and (
                    at.tzinfo is not None or last.tzinfo is not None or at < last
                ):
                    _check_order(f"history[{index}]", at, last)
                kind, apply = known
                to = next_phase((phase, kind))
                if to is None:
                    raise InvalidModel(
                        _MODEL,
                        f"history[{index}]",
                        f"{kind.value} is not allowed in phase {phase.value}",
                    )
                self.phase = to
                if apply is not None:
                    apply(self, index, event, phase)
                phase = self.phase
                effective.append((index, event))
                self.last_at = last = at
        except _Refused as refused:
            where = f"history[{index}]"
            raise InvalidModel(
                _MODEL, f"{where}.{refused.field}" if refused.field else where, refused.reason
            ) from None
        return len(history)

    def step(self, index: int, event: object, *, in_order: bool = False) -> None:
        """Apply one event, or raise :class:`InvalidModel` naming ``history[index]``.

        ``in_order`` says the caller has already checked the event's time against the event
        before it.
        """
        if not isinstance(event, CaseEvent) or isinstance(event, Correction):
            raise InvalidModel(_MODEL, f"history[{index}]", "must be a case event")
        # A dict look-up: calling the enum costs a good part of a replay.
        kind = _EVENT_TYPES.get(event.type) or EventType(event.type)
        if not in_order and self.last_at is not None:
            _check_order(f"history[{index}]", event.at, self.last_at)
        to = self._next_phase((self.phase, kind))
        if to is None:
            raise InvalidModel(
                _MODEL,
                f"history[{index}]",
                f"{kind.value} is not allowed in phase {self.phase.value}",
            )
        previous, self.phase = self.phase, to
        try:
            apply = _APPLY[kind]
            if apply is not _NOTHING:
                apply(self, index, event, previous)
        except _Refused as refused:
            where = f"history[{index}]"
            raise InvalidModel(
                _MODEL, f"{where}.{refused.field}" if refused.field else where, refused.reason
            ) from None
        self.effective.append((index, event))
        self.last_at = event.at

    def _person(self, person_id: str, field: str) -> None:
        if person_id not in self._persons:
            raise _Refused(f"no person with id {person_id!r} in the family system", field)

    def _intervention(self, intervention_id: str, field: str) -> InterventionFacts:
        found = self.interventions.get(intervention_id)
        if found is None:
            raise _Refused(f"no granted intervention with id {intervention_id!r}", field)
        return found

    # -- effects of each event type -------------------------------------------------------

    def on_report(self, index: int, event: ReportOfConcernReceived, _: Phase) -> None:
        if event.report_id in self.reports:
            raise _Refused(f"report id {event.report_id!r} is already used", "report_id")
        investigation = self.open_investigation
        report = ReportFacts(
            report_id=event.report_id,
            index=index,
            received_at=event.at,
            reporter_kind=event.reporter_kind,
            # A report about a child whose investigation is open joins it: no pre-assessment.
            needs_pre_assessment=investigation is None,
        )
        if investigation is not None:
            report.investigation = len(self.investigations) - 1
            investigation.joined.append(event.report_id)
        self.reports[event.report_id] = report

    def on_help(self, _: int, event: HelpRequested, __: Phase) -> None:
        self._person(event.person_id, "person_id")
        self.help_pending = True

    def on_protection(self, _: int, event: CaseEvent, __: Phase) -> None:
        for report in self.reports.values():
            if report.awaits_protection:
                report.protection_at = event.at

    def on_pre_assessment(self, _: int, event: PreAssessmentConcluded, __: Phase) -> None:
        waiting = [r for r in self.reports.values() if r.awaits_pre_assessment]
        if not waiting:
            raise _Refused("no report waits for a pre-assessment")
        if self.pack.protection_assessment_first and any(r.awaits_protection for r in waiting):
            raise _Refused("a report still waits for its immediate protection assessment")
        for report in waiting:
            report.pre_assessment_at = event.at
        if event.investigate:
            self.awaiting_investigation += [r.report_id for r in waiting]

    def on_open(self, index: int, event: CaseEvent, _: Phase) -> None:
        resumed = self.resumed
        restarted = resumed is not None and resumed is self.open_investigation
        if resumed is not None and restarted:
            # Reopened mid-investigation, the case starts a new investigation instead of
            # continuing the old one: the old one ends here, its reports go to the new one.
            resumed.superseded_at = event.at
            self.awaiting_investigation = [*resumed.reports, *resumed.joined]
            # One that followed a request for help hands that request on to the new one.
            self.help_pending = self.help_pending or not self.awaiting_investigation
        self.resumed = None
        if self.open_investigation is not None:
            raise _Refused("an investigation is already open")
        if not (self.awaiting_investigation or self.help_pending):
            raise _Refused(
                "nothing waits for an investigation: no pre-assessment decided to investigate"
                " and no one asked for help"
            )
        # A report is always about a child: the subjects' ages matter only without one.
        concerns_child = bool(self.awaiting_investigation) or self._child_subject(event.at)
        # A new investigation in place of a resumed one is a new decision of its own.
        decisions = [
            at
            for r in self.awaiting_investigation
            if (at := self.reports[r].pre_assessment_at) is not None and not restarted
        ]
        self.investigations.append(
            InvestigationFacts(
                index=index,
                opened_at=event.at,
                reports=list(self.awaiting_investigation),
                concerns_child=concerns_child,
                decided_on=getattr(event, "decided_on", None),
                decided_at=max(decisions) if decisions else None,
            )
        )
        for report_id in self.awaiting_investigation:
            self.reports[report_id].investigation = len(self.investigations) - 1
        self.awaiting_investigation = []
        self.help_pending = False

    def _child_subject(self, at: dt.datetime) -> bool:
        day = at.date()
        return any(self.family.person(s).is_minor_on(day) for s in self.subjects)

    def on_extend(self, index: int, event: InvestigationExtended, _: Phase) -> None:
        self.resumed = None
        investigation = self.open_investigation
        if investigation is None:
            raise _Refused("no investigation is open")
        if investigation.extensions and event.new_due <= investigation.extensions[-1][2]:
            raise _Refused("must be later than the due date of the previous extension", "new_due")
        investigation.extensions.append((index, event.at, event.new_due))

    def on_conclude(self, _: int, event: CaseEvent, __: Phase) -> None:
        self.resumed = None
        investigation = self.open_investigation
        if investigation is None:
            raise _Refused("no investigation is open")
        investigation.concluded_at = event.at

    def on_decide(self, _: int, event: DecisionMade, __: Phase) -> None:
        if self.open_investigation is not None:
            raise _Refused("the investigation is still open")
        if not any(i.concluded_at for i in self.investigations):
            raise _Refused("no investigation has been concluded")
        self._check_decision(event)
        self.decided = True
        for intervention in (*event.granted, *event.refused):
            self.decided_ids.add(intervention.id)
        for intervention in event.granted:
            self.interventions[intervention.id] = InterventionFacts(intervention, event.at)

    def _check_decision(self, event: DecisionMade) -> None:
        persons = self._persons
        decided_ids = self.decided_ids
        # Each field's name is only spelt out for an error: most decisions have none.
        for name, interventions in (("granted", event.granted), ("refused", event.refused)):
            for k, intervention in enumerate(interventions):
                if intervention.for_person not in persons:
                    self._person(intervention.for_person, f"{name}[{k}].for_person")
                if intervention.id in decided_ids:
                    raise _Refused(
                        f"intervention id {intervention.id!r} is already used", f"{name}[{k}].id"
                    )
        for k, child in enumerate(event.child_needs):
            if child not in persons:
                self._person(child, f"child_needs[{k}]")

    def on_start(self, _: int, event: InterventionStarted, __: Phase) -> None:
        found = self._intervention(event.intervention_id, "intervention_id")
        if found.status not in (_S.GRANTED, _S.INTERRUPTED):
            raise _Refused(
                f"intervention {event.intervention_id!r} is {found.status.value}",
                "intervention_id",
            )
        found.status = _S.ACTIVE

    def on_interrupt(self, _: int, event: InterventionInterrupted, __: Phase) -> None:
        found = self._intervention(event.intervention_id, "intervention_id")
        if found.status is not _S.ACTIVE:
            raise _Refused(
                f"intervention {event.intervention_id!r} is not active", "intervention_id"
            )
        found.status = _S.INTERRUPTED

    def on_relapse(self, _: int, event: RelapseRecorded, __: Phase) -> None:
        self._person(event.person_id, "person_id")
        if event.intervention_id is not None:
            found = self._intervention(event.intervention_id, "intervention_id")
            if found.status is _S.GRANTED:
                raise _Refused(
                    f"intervention {event.intervention_id!r} has not started", "intervention_id"
                )
        if event.incident_id is not None and event.incident_id not in self.incident_ids:
            raise _Refused(f"no incident with id {event.incident_id!r}", "incident_id")

    def on_reengage(self, _: int, event: ReengagementPlanned, __: Phase) -> None:
        found = self._intervention(event.intervention_id, "intervention_id")
        if found.status in (_S.GRANTED, _S.ENDED):
            raise _Refused(
                f"intervention {event.intervention_id!r} is {found.status.value}",
                "intervention_id",
            )
        found.follow_up_on = event.follow_up_on

    def on_complete(self, _: int, event: InterventionCompleted, __: Phase) -> None:
        found = self._intervention(event.intervention_id, "intervention_id")
        if found.status not in (_S.ACTIVE, _S.INTERRUPTED):
            raise _Refused(
                f"intervention {event.intervention_id!r} is {found.status.value}",
                "intervention_id",
            )
        found.status = _S.COMPLETED

    def on_follow_up(self, _: int, event: FollowUpDone, __: Phase) -> None:
        if not self.decided:
            raise _Refused("no decision has been made to follow up")
        if event.intervention_id is not None:
            self._intervention(event.intervention_id, "intervention_id")

    def on_feedback(self, _: int, event: ReporterFeedbackGiven, __: Phase) -> None:
        report = self.reports.get(event.report_id)
        if report is None:
            raise _Refused(f"no report with id {event.report_id!r}", "report_id")
        report.feedback.append((event.kind, event.at))

    def on_close(self, _: int, event: CaseEvent, previous: Phase) -> None:
        # Closing a case ends everything still pending in it. Reopening lets an investigation
        # it ended continue, and one that was waiting to be opened start; nothing else revives.
        self.phase_before_closure = previous
        self.closures.append(event.at)
        for report in self.reports.values():
            if report.awaits_protection or report.awaits_pre_assessment:
                report.ended_at = event.at
        investigation = self.open_investigation
        if investigation is not None:
            investigation.pauses.append((event.at, None))
        self.at_closure = (self.awaiting_investigation, self.help_pending, investigation)
        self.resumed = None
        self.awaiting_investigation = []
        self.help_pending = False
        for found in self.interventions.values():
            if found.status.in_force:
                found.status = _S.ENDED

    def on_reopen(self, _: int, event: CaseEvent, ___: Phase) -> None:
        self.phase = self.phase_before_closure or Phase.NEW
        if self.at_closure is None:
            return
        awaiting, help_pending, investigation = self.at_closure
        self.at_closure = None
        self.awaiting_investigation = list(awaiting)
        self.help_pending = help_pending
        if investigation is not None:
            # The investigation continues, its time limit still counted from its start,
            # unless an investigation is opened anew before anything else is done in it.
            investigation.pauses[-1] = (investigation.pauses[-1][0], event.at)
            self.resumed = investigation

    def on_nothing(self, _: int, __: CaseEvent, ___: Phase) -> None:
        """Events that change nothing but the phase (notes, feedback, follow-ups)."""


_EVENT_TYPES: Mapping[str, EventType] = {kind.value: kind for kind in EventType}
_NOTHING = Replay.on_nothing

# Each takes the replay, the event's index, the event and the phase before it.
_APPLY: Mapping[EventType, Callable[..., None]] = {
    EventType.REPORT_OF_CONCERN_RECEIVED: Replay.on_report,
    EventType.HELP_REQUESTED: Replay.on_help,
    EventType.IMMEDIATE_PROTECTION_ASSESSED: Replay.on_protection,
    EventType.PRE_ASSESSMENT_CONCLUDED: Replay.on_pre_assessment,
    EventType.INVESTIGATION_OPENED: Replay.on_open,
    EventType.INVESTIGATION_EXTENDED: Replay.on_extend,
    EventType.INVESTIGATION_CONCLUDED: Replay.on_conclude,
    EventType.DECISION_MADE: Replay.on_decide,
    EventType.INTERVENTION_STARTED: Replay.on_start,
    EventType.INTERVENTION_INTERRUPTED: Replay.on_interrupt,
    EventType.RELAPSE_RECORDED: Replay.on_relapse,
    EventType.REENGAGEMENT_PLANNED: Replay.on_reengage,
    EventType.INTERVENTION_COMPLETED: Replay.on_complete,
    EventType.FOLLOW_UP_DONE: Replay.on_follow_up,
    EventType.REPORTER_FEEDBACK_GIVEN: Replay.on_feedback,
    EventType.CASE_CLOSED: Replay.on_close,
    EventType.CASE_REOPENED: Replay.on_reopen,
    EventType.NOTE_ADDED: Replay.on_nothing,
}


# The library's own event classes: their type and effect, looked up by class. An event's
# tag is its class's (its validator sees to that).
_BY_CLASS: Mapping[type, tuple[EventType, Callable[..., None] | None]] = {
    EVENT_CLASSES[kind]: (kind, None if apply is _NOTHING else apply)
    for kind, apply in _APPLY.items()
}


def _startable(r: Replay) -> bool:
    return any(i.status in (_S.GRANTED, _S.INTERRUPTED) for i in r.interventions.values())


def _status_in(*statuses: InterventionStatus) -> Callable[[Replay], bool]:
    return lambda r: any(i.status in statuses for i in r.interventions.values())


def _pre_assessable(r: Replay) -> bool:
    waiting = [x for x in r.reports.values() if x.awaits_pre_assessment]
    return bool(waiting) and not (
        r.pack.protection_assessment_first and any(x.awaits_protection for x in waiting)
    )


def _always(_: Replay) -> bool:
    return True


_PRECONDITION: Mapping[EventType, Callable[[Replay], bool]] = {
    EventType.REPORT_OF_CONCERN_RECEIVED: _always,
    EventType.HELP_REQUESTED: _always,
    EventType.IMMEDIATE_PROTECTION_ASSESSED: _always,
    EventType.PRE_ASSESSMENT_CONCLUDED: _pre_assessable,
    EventType.INVESTIGATION_OPENED: lambda r: (
        (r.open_investigation is None and bool(r.awaiting_investigation or r.help_pending))
        or (r.resumed is not None and r.resumed is r.open_investigation)
    ),
    EventType.INVESTIGATION_EXTENDED: lambda r: r.open_investigation is not None,
    EventType.INVESTIGATION_CONCLUDED: lambda r: r.open_investigation is not None,
    EventType.DECISION_MADE: lambda r: (
        r.open_investigation is None and any(i.concluded_at for i in r.investigations)
    ),
    EventType.INTERVENTION_STARTED: _startable,
    EventType.INTERVENTION_INTERRUPTED: _status_in(_S.ACTIVE),
    EventType.RELAPSE_RECORDED: _always,
    EventType.REENGAGEMENT_PLANNED: _status_in(_S.ACTIVE, _S.INTERRUPTED, _S.COMPLETED),
    EventType.INTERVENTION_COMPLETED: _status_in(_S.ACTIVE, _S.INTERRUPTED),
    EventType.FOLLOW_UP_DONE: lambda r: r.decided,
    EventType.REPORTER_FEEDBACK_GIVEN: lambda r: bool(r.reports),
    EventType.CASE_CLOSED: _always,
    EventType.CASE_REOPENED: _always,
    EventType.NOTE_ADDED: _always,
    EventType.CORRECTION: lambda r: bool(r.effective),
}


def _report_state(report: ReportFacts) -> ReportState:
    return ReportState(
        report_id=report.report_id,
        event=report.index,
        received_at=report.received_at,
        reporter_kind=report.reporter_kind,
        needs_pre_assessment=report.needs_pre_assessment,
        protection_at=report.protection_at,
        pre_assessment_at=report.pre_assessment_at,
        investigation=report.investigation,
        feedback=tuple(ReporterFeedback(kind=kind, at=at) for kind, at in report.feedback),
        ended_at=report.ended_at,
    )


def _investigation_state(investigation: InvestigationFacts) -> InvestigationState:
    return InvestigationState(
        event=investigation.index,
        opened_at=investigation.opened_at,
        reports=tuple(investigation.reports),
        concerns_child=investigation.concerns_child,
        decided_on=investigation.decided_on,
        decided_at=investigation.decided_at,
        joined=tuple(investigation.joined),
        extensions=tuple(
            Extension(event=event, at=at, new_due=new_due)
            for event, at, new_due in investigation.extensions
        ),
        concluded_at=investigation.concluded_at,
        pauses=tuple(
            Pause(closed_at=closed, reopened_at=reopened)
            for closed, reopened in investigation.pauses
        ),
        superseded_at=investigation.superseded_at,
    )


def replay_history(
    history: Sequence[CaseEvent],
    *,
    pack: JurisdictionPack,
    family: FamilySystem,
    subjects: Sequence[str],
    incident_ids: Collection[str],
) -> Replay:
    """Replay ``history`` from the start; raise :class:`InvalidModel` at the first bad event."""

    def fresh() -> Replay:
        return Replay(pack, family, subjects, incident_ids)

    replay = fresh()
    # Up to the first correction (in most histories, to the end) in one lean pass.
    start = replay.run(history)
    if start == len(history):
        return replay
    corrections: dict[int, CaseEvent | None] = {}
    last: dt.datetime | None = replay.last_at
    for index, event in enumerate(history[start:], start):
        at = getattr(event, "at", None)
        if last is not None and not _naive_in_order(at, last):
            # Events are recorded in time order, corrections included.
            _check_order(f"history[{index}]", at, last)
        last = at  # checked above, or by the step below
        if not isinstance(event, Correction):
            replay.step(index, event)
            continue
        where = f"history[{index}]"
        if pack.next_phase(replay.phase, EventType.CORRECTION) is None:
            raise InvalidModel(
                _MODEL, where, f"correction is not allowed in phase {replay.phase.value}"
            )
        _check_correction(where, index, event, history)
        corrections[event.corrects] = event.replacement
        replay = fresh()
        try:
            for j, original in enumerate(history[:index]):
                effective = corrections.get(j, original)
                if effective is not None and not isinstance(original, Correction):
                    replay.step(j, effective)
        except InvalidModel as error:
            raise InvalidModel(
                _MODEL, where, f"would make {error.field} invalid: {error.reason}"
            ) from None
    return replay


def _naive_in_order(at: object, last: dt.datetime) -> bool:
    """The common case, cheaply: two times without time zones, in order."""
    return isinstance(at, dt.datetime) and at.tzinfo is None and last.tzinfo is None and last <= at


def _check_order(where: str, at: object, last: dt.datetime) -> None:
    if not isinstance(at, dt.datetime):
        raise InvalidModel(_MODEL, where, "must be a case event")
    if (at.utcoffset() is None) != (last.utcoffset() is None):
        raise InvalidModel(
            _MODEL, f"{where}.at", "mixes times with and without a time zone in one history"
        )
    if at < last:
        raise InvalidModel(_MODEL, f"{where}.at", "is before the event recorded before it")


def _check_correction(
    where: str, index: int, correction: Correction, history: Sequence[CaseEvent]
) -> None:
    target = correction.corrects
    if target >= index:
        raise InvalidModel(_MODEL, f"{where}.corrects", "must refer to an earlier event")
    original = history[target]
    if isinstance(original, Correction):
        raise InvalidModel(
            _MODEL, f"{where}.corrects", "refers to a correction: correct the original event"
        )
    replacement = correction.replacement
    if replacement is None:
        return
    if type(replacement) is not type(original):
        raise InvalidModel(
            _MODEL,
            f"{where}.replacement",
            f"must be a {original.type} event like the one it replaces",
        )
    if (replacement.at.utcoffset() is None) != (correction.at.utcoffset() is None):
        raise InvalidModel(
            _MODEL, f"{where}.replacement.at", "mixes times with and without a time zone"
        )
    if replacement.at > correction.at:
        raise InvalidModel(
            _MODEL, f"{where}.replacement.at", "must not be after the correction itself"
        )
