"""Events of a case's history, each valid on its own, their actors and interventions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import strategies as st

from familyviolence.events import (
    EVENT_CLASSES,
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
    InvestigationExtended,
    NoteAdded,
    PreAssessmentConcluded,
    ReengagementPlanned,
    RelapseRecorded,
    ReporterFeedbackGiven,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.testing._strategies.reporting import reports_of_concern
from familyviolence.testing._strategies.values import event_times, free_texts, ids
from familyviolence.vocabulary import (
    AgencyKind,
    ReporterKind,
)


def actors() -> st.SearchStrategy[Actor]:
    """Staff members of agencies, by id."""
    return st.builds(
        Actor,
        id=ids("staff"),
        agency_id=ids("agency"),
        agency_kind=st.sampled_from(AgencyKind),
    )


def interventions(
    *,
    intervention_id: st.SearchStrategy[str] | None = None,
    for_person: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Intervention]:
    """Interventions of any kind for one person."""
    return st.builds(
        Intervention,
        id=ids("intervention") if intervention_id is None else intervention_id,
        kind=st.sampled_from(InterventionKind),
        for_person=ids() if for_person is None else for_person,
    )


@st.composite
def _standalone_event(draw: st.DrawFn, event_class: type[CaseEvent]) -> CaseEvent:
    at = draw(event_times())
    later = st.dates(min_value=at.date(), max_value=at.date() + dt.timedelta(days=400))
    reporter_kind = draw(st.sampled_from(ReporterKind))
    fields: dict[type[CaseEvent], dict[str, st.SearchStrategy[object]]] = {
        ReportOfConcernReceived: {
            "report_id": st.just("report-1"),
            "reporter_kind": st.just(reporter_kind),
            "report": st.none()
            | reports_of_concern(report_id="report-1", received_at=at, reporter_kind=reporter_kind),
        },
        HelpRequested: {"person_id": ids()},
        ImmediateProtectionAssessed: {"protection_needed": st.booleans()},
        PreAssessmentConcluded: {"investigate": st.booleans(), "reason": free_texts()},
        InvestigationExtended: {"new_due": later, "reason": free_texts()},
        DecisionMade: {
            "motivation": free_texts(),
            "granted": st.lists(interventions(), min_size=1, max_size=3, unique_by=_id_of).map(
                tuple
            ),
            "child_needs": st.lists(ids("child"), max_size=2, unique=True).map(tuple),
        },
        InterventionStarted: {"intervention_id": ids("intervention")},
        InterventionInterrupted: {
            "intervention_id": ids("intervention"),
            "reason": st.none() | free_texts(),
        },
        RelapseRecorded: {
            "person_id": ids(),
            "intervention_id": st.none() | ids("intervention"),
            "incident_id": st.none() | ids("incident"),
        },
        ReengagementPlanned: {"intervention_id": ids("intervention"), "follow_up_on": later},
        InterventionCompleted: {
            "intervention_id": ids("intervention"),
            "as_planned": st.booleans(),
        },
        FollowUpDone: {"intervention_id": st.none() | ids("intervention")},
        ReporterFeedbackGiven: {"report_id": ids("report"), "kind": st.sampled_from(FeedbackKind)},
        CaseClosed: {"reason": st.sampled_from(ClosureReason)},
        CaseReopened: {"reason": free_texts()},
        NoteAdded: {"text": free_texts()},
        Correction: {
            "corrects": st.integers(0, 50),
            "replacement": st.none() | case_events(_NOT_CORRECTIONS),
            "reason": free_texts(),
        },
    }
    extra = {name: draw(strategy) for name, strategy in fields.get(event_class, {}).items()}
    make: Callable[..., CaseEvent] = event_class
    return make(at=at, actor=draw(actors()), **extra)


def _id_of(intervention: Intervention) -> str:
    return intervention.id


_NOT_CORRECTIONS = tuple(c for c in EVENT_CLASSES.values() if c is not Correction)


def case_events(
    event_classes: type[CaseEvent] | tuple[type[CaseEvent], ...] | None = None,
) -> st.SearchStrategy[CaseEvent]:
    """Single events of the given class or classes (any, if ``None``), each valid on its own.

    Their references (persons, reports, interventions) are invented ids: to get events that
    fit together in a history, use :func:`cases`.
    """
    if event_classes is None:
        classes: tuple[type[CaseEvent], ...] = tuple(EVENT_CLASSES.values())
    elif isinstance(event_classes, tuple):
        classes = event_classes
    else:
        classes = (event_classes,)
    return st.sampled_from(classes).flatmap(_standalone_event)
