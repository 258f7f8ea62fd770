"""Events that fit the case they are drawn for: one builder for each type of event.

:func:`~familyviolence.testing.strategies.cases` walks a case's process with these builders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import strategies as st

from familyviolence._model import evolve
from familyviolence.cases import Case
from familyviolence.events import (
    Actor,
    CaseClosed,
    CaseEvent,
    CaseReopened,
    ClosureReason,
    Correction,
    DecisionMade,
    FeedbackKind,
    FollowUpDone,
    HelpRequested,
    ImmediateProtectionAssessed,
    InterventionCompleted,
    InterventionInterrupted,
    InterventionStarted,
    InvestigationConcluded,
    InvestigationExtended,
    InvestigationOpened,
    NoteAdded,
    PreAssessmentConcluded,
    ReengagementPlanned,
    RelapseRecorded,
    ReporterFeedbackGiven,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention, InterventionKind, InterventionStatus
from familyviolence.jurisdictions import pack_for
from familyviolence.process import EventType, Phase
from familyviolence.testing._strategies.reporting import reports_of_concern
from familyviolence.testing._strategies.values import free_texts, maybe_one, some_of
from familyviolence.vocabulary import ReporterKind

_TEXT_FIELD = {
    PreAssessmentConcluded: "reason",
    InvestigationExtended: "reason",
    DecisionMade: "motivation",
    CaseReopened: "reason",
    NoteAdded: "text",
}


def _statuses(case: Case, *statuses: InterventionStatus) -> tuple[str, ...]:
    return tuple(s.intervention.id for s in case.state.interventions if s.status in statuses)


def _report_ids(case: Case) -> tuple[str, ...]:
    return tuple(e.report_id for e in case.history if isinstance(e, ReportOfConcernReceived))


def _extension_dues(case: Case) -> list[dt.date]:
    """Due dates set by extensions of the investigation opened last."""
    dues: list[dt.date] = []
    for event in case.effective_history:
        if isinstance(event, InvestigationOpened):
            dues = []
        elif isinstance(event, InvestigationExtended):
            dues.append(event.new_due)
    return dues


def _decision(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> DecisionMade:
    decisions = [e for e in case.history if isinstance(e, DecisionMade)]
    decisions += [
        e.replacement
        for e in case.history
        if isinstance(e, Correction) and isinstance(e.replacement, DecisionMade)
    ]
    used = sum(len(d.granted) + len(d.refused) for d in decisions)
    people = tuple(p.id for p in case.family.persons)
    count = draw(st.integers(1, 3))
    decided = [
        Intervention(
            id=f"intervention-{used + k}",
            kind=draw(st.sampled_from(InterventionKind)),
            for_person=draw(st.sampled_from(people)),
        )
        for k in range(count)
    ]
    refused = draw(st.integers(0, count - 1))
    minors = [p.id for p in case.family.minors(on=at.date())]
    return DecisionMade(
        at=at,
        actor=actor,
        motivation=draw(free_texts()),
        granted=tuple(decided[refused:]),
        refused=tuple(decided[:refused]),
        child_needs=some_of(draw, minors, max_size=2),
    )


def _correction(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> Correction:
    targets = tuple(i for i, e in enumerate(case.history) if not isinstance(e, Correction))
    target = draw(st.sampled_from(targets))
    original = case.history[target]
    replacement: CaseEvent | None = original
    field = _TEXT_FIELD.get(type(original))
    if isinstance(original, NoteAdded) and draw(st.booleans()):
        replacement = None  # withdrawing a note never breaks the history
    elif field is not None:
        replacement = evolve(original, **{field: draw(free_texts())})
    return Correction(
        at=at, actor=actor, corrects=target, replacement=replacement, reason=draw(free_texts())
    )


def _report(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    report_id = f"report-{len(_report_ids(case))}"
    kind = draw(st.sampled_from(ReporterKind))
    # Half the reports are recorded in detail, about a child of the family.
    children = [p.id for p in case.family.persons if p.is_minor_on(at.date()) is not False]
    report = None
    detailed = draw(st.booleans())
    if children and detailed:
        report = draw(
            reports_of_concern(
                report_id=report_id,
                child=draw(st.sampled_from(children)),
                received_at=at,
                reporter_kind=kind,
            )
        )
    return ReportOfConcernReceived(
        at=at, actor=actor, report_id=report_id, reporter_kind=kind, report=report
    )


def _help(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    people = tuple(p.id for p in case.family.persons)
    return HelpRequested(at=at, actor=actor, person_id=draw(st.sampled_from(people)))


def _protection(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return ImmediateProtectionAssessed(at=at, actor=actor, protection_needed=draw(st.booleans()))


def _pre_assessment(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return PreAssessmentConcluded(
        at=at, actor=actor, investigate=draw(st.booleans()), reason=draw(free_texts())
    )


def _opened(_: st.DrawFn, __: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return InvestigationOpened(at=at, actor=actor)


def _extended(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    earliest = max([at.date(), *_extension_dues(case)])
    return InvestigationExtended(
        at=at,
        actor=actor,
        new_due=earliest + dt.timedelta(days=draw(st.integers(1, 120))),
        reason=draw(free_texts()),
    )


def _concluded(_: st.DrawFn, __: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return InvestigationConcluded(at=at, actor=actor)


def _started(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    startable = _statuses(case, InterventionStatus.GRANTED, InterventionStatus.INTERRUPTED)
    return InterventionStarted(at=at, actor=actor, intervention_id=draw(st.sampled_from(startable)))


def _interrupted(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return InterventionInterrupted(
        at=at,
        actor=actor,
        intervention_id=draw(st.sampled_from(_statuses(case, InterventionStatus.ACTIVE))),
        reason=draw(st.none() | free_texts()),
    )


def _relapse(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    people = tuple(p.id for p in case.family.persons)
    started = tuple(
        s.intervention.id
        for s in case.state.interventions
        if s.status is not InterventionStatus.GRANTED
    )
    return RelapseRecorded(
        at=at,
        actor=actor,
        person_id=draw(st.sampled_from(people)),
        intervention_id=maybe_one(draw, started),
        incident_id=maybe_one(draw, tuple(i.id for i in case.incidents)),
    )


def _reengagement(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    s = InterventionStatus
    return ReengagementPlanned(
        at=at,
        actor=actor,
        intervention_id=draw(
            st.sampled_from(_statuses(case, s.ACTIVE, s.INTERRUPTED, s.COMPLETED))
        ),
        follow_up_on=at.date() + dt.timedelta(days=draw(st.integers(0, 60))),
    )


def _completed(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    s = InterventionStatus
    return InterventionCompleted(
        at=at,
        actor=actor,
        intervention_id=draw(st.sampled_from(_statuses(case, s.ACTIVE, s.INTERRUPTED))),
        as_planned=draw(st.booleans()),
    )


def _follow_up(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    granted = tuple(s.intervention.id for s in case.state.interventions)
    return FollowUpDone(at=at, actor=actor, intervention_id=maybe_one(draw, granted))


def _feedback(draw: st.DrawFn, case: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return ReporterFeedbackGiven(
        at=at,
        actor=actor,
        report_id=draw(st.sampled_from(_report_ids(case))),
        kind=draw(st.sampled_from(FeedbackKind)),
    )


def _closed(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return CaseClosed(at=at, actor=actor, reason=draw(st.sampled_from(ClosureReason)))


def _reopened(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return CaseReopened(at=at, actor=actor, reason=draw(free_texts()))


def _note(draw: st.DrawFn, _: Case, at: dt.datetime, actor: Actor) -> CaseEvent:
    return NoteAdded(at=at, actor=actor, text=draw(free_texts()))


_Builder = Callable[[st.DrawFn, Case, dt.datetime, Actor], CaseEvent]
EVENT_BUILDERS: dict[EventType, _Builder] = {
    EventType.REPORT_OF_CONCERN_RECEIVED: _report,
    EventType.HELP_REQUESTED: _help,
    EventType.IMMEDIATE_PROTECTION_ASSESSED: _protection,
    EventType.PRE_ASSESSMENT_CONCLUDED: _pre_assessment,
    EventType.INVESTIGATION_OPENED: _opened,
    EventType.INVESTIGATION_EXTENDED: _extended,
    EventType.INVESTIGATION_CONCLUDED: _concluded,
    EventType.DECISION_MADE: _decision,
    EventType.INTERVENTION_STARTED: _started,
    EventType.INTERVENTION_INTERRUPTED: _interrupted,
    EventType.RELAPSE_RECORDED: _relapse,
    EventType.REENGAGEMENT_PLANNED: _reengagement,
    EventType.INTERVENTION_COMPLETED: _completed,
    EventType.FOLLOW_UP_DONE: _follow_up,
    EventType.REPORTER_FEEDBACK_GIVEN: _feedback,
    EventType.CASE_CLOSED: _closed,
    EventType.CASE_REOPENED: _reopened,
    EventType.NOTE_ADDED: _note,
    EventType.CORRECTION: _correction,
}
"""An event of each type that fits the case it is drawn for (whose state allows the type)."""

_ONWARD = frozenset(
    {
        EventType.INVESTIGATION_CONCLUDED,
        EventType.INTERVENTION_STARTED,
        EventType.INTERVENTION_INTERRUPTED,
        EventType.REENGAGEMENT_PLANNED,
        EventType.INTERVENTION_COMPLETED,
    }
)
_NOT_ONWARD = frozenset({Phase.REPORT, Phase.HELP_REQUEST, Phase.CLOSED})


def moves_on(case: Case, event: EventType) -> bool:
    """Whether ``event`` takes the case a step further along its process."""
    if event in _ONWARD:
        return True
    phase = case.phase
    to = pack_for(case.jurisdiction).next_phase(phase, event)
    return to is not None and to is not phase and to not in _NOT_ONWARD
