"""Transitions shared by the Swedish and Norwegian processes."""

from __future__ import annotations

from familyviolence.process import EventType, Phase, Transition

__all__ = ["AFTER_DECISION", "common_transitions"]

AFTER_DECISION = (Phase.DECISION, Phase.INTERVENTION, Phase.FOLLOW_UP)
"""Phases in which a decision on interventions has been made."""


def common_transitions(before_investigation: tuple[Phase, ...]) -> tuple[Transition, ...]:
    """Transitions from the investigation on, and events allowed in any open phase.

    ``before_investigation`` are the jurisdiction's phases between a report and an
    investigation (Sweden: protection assessment and pre-assessment; Norway: review).
    """
    early = (Phase.REPORT, Phase.HELP_REQUEST, *before_investigation)
    started = (*early, Phase.INVESTIGATION, *AFTER_DECISION)
    return (
        # A new report about a child whose investigation is under way joins that investigation;
        # in any other phase it starts the report's own track.
        Transition(
            event=EventType.REPORT_OF_CONCERN_RECEIVED,
            from_phases=(Phase.NEW, *early, *AFTER_DECISION),
            to_phase=Phase.REPORT,
        ),
        Transition(event=EventType.REPORT_OF_CONCERN_RECEIVED, from_phases=(Phase.INVESTIGATION,)),
        Transition(
            event=EventType.HELP_REQUESTED, from_phases=(Phase.NEW,), to_phase=Phase.HELP_REQUEST
        ),
        Transition(event=EventType.HELP_REQUESTED, from_phases=started),
        Transition(
            event=EventType.INVESTIGATION_OPENED,
            from_phases=(
                Phase.HELP_REQUEST,
                before_investigation[-1],
                Phase.INVESTIGATION,
                *AFTER_DECISION,
            ),
            to_phase=Phase.INVESTIGATION,
        ),
        Transition(event=EventType.INVESTIGATION_EXTENDED, from_phases=(Phase.INVESTIGATION,)),
        Transition(event=EventType.INVESTIGATION_CONCLUDED, from_phases=(Phase.INVESTIGATION,)),
        Transition(
            event=EventType.DECISION_MADE,
            from_phases=(Phase.INVESTIGATION, *AFTER_DECISION),
            to_phase=Phase.DECISION,
        ),
        Transition(
            event=EventType.INTERVENTION_STARTED,
            from_phases=AFTER_DECISION,
            to_phase=Phase.INTERVENTION,
        ),
        # An intervention decided earlier may start while a new report is being handled.
        Transition(event=EventType.INTERVENTION_STARTED, from_phases=(*early, Phase.INVESTIGATION)),
        Transition(event=EventType.INTERVENTION_INTERRUPTED, from_phases=started),
        Transition(event=EventType.RELAPSE_RECORDED, from_phases=started),
        Transition(event=EventType.REENGAGEMENT_PLANNED, from_phases=started),
        Transition(event=EventType.INTERVENTION_COMPLETED, from_phases=started),
        Transition(
            event=EventType.FOLLOW_UP_DONE, from_phases=AFTER_DECISION, to_phase=Phase.FOLLOW_UP
        ),
        Transition(event=EventType.FOLLOW_UP_DONE, from_phases=(*early, Phase.INVESTIGATION)),
        Transition(event=EventType.REPORTER_FEEDBACK_GIVEN, from_phases=started),
        Transition(event=EventType.CASE_CLOSED, from_phases=started, to_phase=Phase.CLOSED),
        # Reopening returns the case to the phase it was closed in.
        Transition(event=EventType.CASE_REOPENED, from_phases=(Phase.CLOSED,)),
        Transition(event=EventType.NOTE_ADDED, from_phases=(Phase.NEW, *started)),
        Transition(event=EventType.CORRECTION, from_phases=(Phase.NEW, *started)),
    )
