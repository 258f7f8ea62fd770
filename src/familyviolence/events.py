"""The events of a case's history: what was done in a case, when, and by whom.

Every event is a frozen model deriving from the marker class :class:`CaseEvent`, with a
``type`` tag (its :class:`~familyviolence.process.EventType` value), the moment it happened (``at``)
and the :class:`Actor` who recorded it. Events refer to people, incidents, reports and
interventions by id; a :class:`~familyviolence.cases.Case` checks that those exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

import attrs

from familyviolence._model import Model, invalid, model, public, sensitive, tag
from familyviolence._validators import (
    instance_of,
    non_empty_id,
    optional_instance_of,
    optional_non_blank,
    tuple_of,
)
from familyviolence.collaboration import ReportOfConcern
from familyviolence.errors import InvalidModel
from familyviolence.interventions import Intervention
from familyviolence.process import EventType
from familyviolence.vocabulary import AgencyKind, LabelledEnum, ReporterKind

__all__ = [
    "EVENT_CLASSES",
    "Actor",
    "CaseClosed",
    "CaseEvent",
    "CaseReopened",
    "ClosureReason",
    "Correction",
    "DecisionMade",
    "FeedbackKind",
    "FollowUpDone",
    "HelpRequested",
    "ImmediateProtectionAssessed",
    "InterventionCompleted",
    "InterventionInterrupted",
    "InterventionStarted",
    "InvestigationConcluded",
    "InvestigationExtended",
    "InvestigationOpened",
    "NoteAdded",
    "PreAssessmentConcluded",
    "ReengagementPlanned",
    "RelapseRecorded",
    "ReportOfConcernReceived",
    "ReporterFeedbackGiven",
]


class ClosureReason(LabelledEnum):
    """Why a case was closed."""

    NO_INVESTIGATION = (
        "no_investigation",
        "utredning inleds inte",
        "henlagt etter gjennomgang",
        "no investigation opened",
    )
    NO_INTERVENTION = (
        "no_intervention",
        "utredning utan insats",
        "undersøkelse henlagt uten tiltak",
        "investigated, no intervention",
    )
    INTERVENTIONS_COMPLETED = (
        "interventions_completed",
        "insatserna avslutade",
        "tiltakene avsluttet",
        "interventions completed",
    )
    DECLINED = (
        "declined",
        "den enskilde tackade nej",
        "takket nei til tiltak",
        "declined by the person",
    )
    REQUEST_WITHDRAWN = (
        "request_withdrawn",
        "ansökan återkallad",
        "anmodningen trukket tilbake",
        "request withdrawn",
    )
    MOVED = "moved", "flyttat", "flyttet", "moved away"
    TRANSFERRED = (
        "transferred",
        "överflyttat till annan kommun",
        "overført til annen kommune",
        "transferred to another municipality",
    )
    OTHER = "other", "annat skäl", "annen grunn", "other reason"


class FeedbackKind(LabelledEnum):
    """What a reporter was told in feedback on a report of concern."""

    RECEIPT = (
        "receipt",
        "bekräftelse av mottagen anmälan",
        "bekreftelse på mottatt melding",
        "receipt confirmed, and whether an investigation is opened",
    )
    OUTCOME = (
        "outcome",
        "utredningens utfall",
        "utfallet av undersøkelsen",
        "the investigation's outcome",
    )


@model
class Actor(Model):
    """Who recorded an event: a person at an agency, both by id.

    Attributes:
        id: Stable id of the staff member or system (not a name or identity number).
        agency_id: Stable id of the agency or unit.
        agency_kind: What kind of agency it is.
    """

    id: str = public(validator=non_empty_id)
    agency_id: str = public(validator=non_empty_id)
    agency_kind: AgencyKind = public()


class CaseEvent(Model):
    """Marker base of every event in a case's history.

    Not a model itself: a history is typed ``tuple[CaseEvent, ...]`` and each element is one
    of the concrete event models, told apart by its ``type`` tag (see :data:`EVENT_CLASSES`).
    """

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def type(self) -> str:
            """The event's tag: an :class:`~familyviolence.process.EventType` value."""

        @property
        def at(self) -> dt.datetime:
            """When it happened."""

        @property
        def actor(self) -> Actor:
            """Who recorded it."""


def _at() -> Any:  # noqa: ANN401 - a field specifier
    return public(validator=instance_of(dt.datetime))


def _actor() -> Any:  # noqa: ANN401 - a field specifier
    return public(validator=instance_of(Actor))


# Each validator below that checks a type and something more is declared in two parts: the
# type (a TypeCheck, which a decoder guaranteeing the type may skip) and the rest, which always
# runs. attrs runs a field's validators in order, so a value of the wrong type never reaches the
# second part.


def _text() -> Any:  # noqa: ANN401 - a field specifier
    return sensitive(validator=[instance_of(str, "non-empty text"), optional_non_blank])


def _optional_text() -> Any:  # noqa: ANN401 - a field specifier
    return sensitive(
        default=None, validator=[optional_instance_of(str, "text"), optional_non_blank]
    )


def _optional_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        non_empty_id(instance, attribute, value)


def _distinct_person_ids(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    for item in value:
        if not item or item.strip() != item:
            non_empty_id(instance, attribute, item)
    if len(set(value)) != len(value):
        raise invalid(instance, attribute, "names a person more than once")


_person_ids = [tuple_of(str, "person ids"), _distinct_person_ids]
"""A tuple of distinct person ids."""

_interventions = tuple_of(Intervention)
"""A tuple of interventions."""


def _not_before_event(field: str) -> Callable[[Any], None]:
    def check(event: Any) -> None:  # noqa: ANN401 - any event with ``at`` and the date field
        if getattr(event, field) < event.at.date():
            raise InvalidModel(type(event).__name__, field, "must not be before the event")

    return check


@model
class ReportOfConcernReceived(CaseEvent):
    """A report of concern about a child was received (orosanmälan; bekymringsmelding).

    ``at`` is when it was received; in Sweden the time of day decides whether the immediate
    protection assessment is due the same day or the next. The report itself, in detail (the
    child, the reporter's agency and role, what it is about), may be carried as ``report``; it
    must agree with the event on its id, its time of receipt and its kind of reporter.

    Attributes:
        type: ``"report_of_concern_received"``.
        at: When the report was received.
        actor: Who received it.
        report_id: Stable id of the report within the case.
        reporter_kind: Who made the report.
        report: The report in detail, if recorded.
    """

    type: Literal["report_of_concern_received"] = tag("report_of_concern_received")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    report_id: str = public(validator=non_empty_id)
    reporter_kind: ReporterKind = public()
    report: ReportOfConcern | None = public(
        default=None, validator=optional_instance_of(ReportOfConcern)
    )

    def __attrs_post_init__(self) -> None:
        report = self.report
        if report is None:
            return
        if report.id != self.report_id:
            raise InvalidModel("ReportOfConcernReceived", "report.id", "must be the report_id")
        if report.received_at != self.at:
            raise InvalidModel(
                "ReportOfConcernReceived", "report.received_at", "must be the time of the event"
            )
        if report.reporter_kind is not self.reporter_kind:
            raise InvalidModel(
                "ReportOfConcernReceived", "report.reporter_kind", "must be the event's"
            )


@model
class HelpRequested(CaseEvent):
    """A person asked for help themself: an adult victim, a perpetrator, a young person.

    Attributes:
        type: ``"help_requested"``.
        at: When help was requested.
        actor: Who received the request.
        person_id: Id of the person who asked, in the case's family system.
    """

    type: Literal["help_requested"] = tag("help_requested")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    person_id: str = public(validator=non_empty_id)


@model
class ImmediateProtectionAssessed(CaseEvent):
    """The need for immediate protection was assessed (skyddsbedömning).

    It covers every report received before it that was still waiting for one.

    Attributes:
        type: ``"immediate_protection_assessed"``.
        at: When the assessment was made.
        actor: Who made it.
        protection_needed: Whether immediate protection was found to be needed.
    """

    type: Literal["immediate_protection_assessed"] = tag("immediate_protection_assessed")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    protection_needed: bool = public()


@model
class PreAssessmentConcluded(CaseEvent):
    """A pre-assessment or review of reports was concluded: open an investigation or not.

    In Sweden the pre-assessment (förhandsbedömning), in Norway the review of the report
    (gjennomgang av bekymringsmelding). It covers every report received before it that was
    still waiting for one.

    Attributes:
        type: ``"pre_assessment_concluded"``.
        at: When it was concluded.
        actor: Who concluded it.
        investigate: Whether an investigation is to be opened.
        reason: Why (sensitive free text).
    """

    type: Literal["pre_assessment_concluded"] = tag("pre_assessment_concluded")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    investigate: bool = public()
    reason: str = _text()


@model
class InvestigationOpened(CaseEvent):
    """An investigation was opened (utredning; undersøkelse).

    ``at`` is when the opening was recorded. The decision to open it may have been made
    earlier: in Sweden the four months run from that decision, and a record made after it is a
    finding, not a later due date. Without ``decided_on`` the decision is the pre-assessment
    that decided to investigate, or else the opening itself.

    Attributes:
        type: ``"investigation_opened"``.
        at: When the opening was recorded.
        actor: Who opened it.
        decided_on: The day the decision to open it was made, if it was made before the day
            it was recorded.
    """

    type: Literal["investigation_opened"] = tag("investigation_opened")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    decided_on: dt.date | None = public(default=None, validator=optional_instance_of(dt.date))

    def __attrs_post_init__(self) -> None:
        decided = self.decided_on
        if decided is not None and (isinstance(decided, dt.datetime) or decided > self.at.date()):
            raise InvalidModel(
                "InvestigationOpened", "decided_on", "must be a day not after the opening"
            )


@model
class InvestigationExtended(CaseEvent):
    """The open investigation's time limit was extended by a logged decision.

    Attributes:
        type: ``"investigation_extended"``.
        at: When the extension was decided.
        actor: Who decided it.
        new_due: The new due date.
        reason: The special reasons (sensitive free text).
    """

    type: Literal["investigation_extended"] = tag("investigation_extended")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    new_due: dt.date = public(validator=instance_of(dt.date))
    reason: str = _text()

    def __attrs_post_init__(self) -> None:
        _not_before_event("new_due")(self)


@model
class InvestigationConcluded(CaseEvent):
    """The open investigation was concluded.

    Attributes:
        type: ``"investigation_concluded"``.
        at: When it was concluded.
        actor: Who concluded it.
    """

    type: Literal["investigation_concluded"] = tag("investigation_concluded")
    at: dt.datetime = _at()
    actor: Actor = _actor()


@model
class DecisionMade(CaseEvent):
    """A decision on interventions (beslut; vedtak): what was granted, what was refused, why.

    Where a perpetrator has custody of or contact with a child, the decision is motivated by
    the child's needs: ``child_needs`` names those children.

    Attributes:
        type: ``"decision_made"``.
        at: When the decision was made.
        actor: Who made it.
        granted: Interventions granted.
        refused: Interventions applied for or considered, and refused.
        motivation: The decision's motivation (sensitive free text).
        child_needs: Ids of children whose needs motivate the decision.
    """

    type: Literal["decision_made"] = tag("decision_made")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    motivation: str = _text()
    granted: tuple[Intervention, ...] = public(default=(), validator=_interventions)
    refused: tuple[Intervention, ...] = public(default=(), validator=_interventions)
    child_needs: tuple[str, ...] = public(default=(), validator=_person_ids)

    def __attrs_post_init__(self) -> None:
        decided = (*self.granted, *self.refused)
        if not decided:
            raise InvalidModel("DecisionMade", "granted", "a decision grants or refuses something")
        ids = [i.id for i in decided]
        if len(set(ids)) != len(ids):
            raise InvalidModel("DecisionMade", "refused", "an intervention id appears twice")


@model
class InterventionStarted(CaseEvent):
    """A granted intervention started, or started again after an interruption.

    Attributes:
        type: ``"intervention_started"``.
        at: When it started.
        actor: Who recorded it.
        intervention_id: Id of the granted intervention.
    """

    type: Literal["intervention_started"] = tag("intervention_started")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    intervention_id: str = public(validator=non_empty_id)


@model
class InterventionInterrupted(CaseEvent):
    """An active intervention was interrupted: the person dropped out.

    Attributes:
        type: ``"intervention_interrupted"``.
        at: When it was interrupted.
        actor: Who recorded it.
        intervention_id: Id of the intervention.
        reason: Why, if known (sensitive free text).
    """

    type: Literal["intervention_interrupted"] = tag("intervention_interrupted")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    intervention_id: str = public(validator=non_empty_id)
    reason: str | None = _optional_text()


@model
class RelapseRecorded(CaseEvent):
    """A person used violence again, during or after an intervention.

    Attributes:
        type: ``"relapse_recorded"``.
        at: When the relapse became known.
        actor: Who recorded it.
        person_id: Id of the person who relapsed.
        intervention_id: Id of the intervention concerned, if any.
        incident_id: Id of the case's incident that records what happened, if any.
    """

    type: Literal["relapse_recorded"] = tag("relapse_recorded")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    person_id: str = public(validator=non_empty_id)
    intervention_id: str | None = public(default=None, validator=_optional_id)
    incident_id: str | None = public(default=None, validator=_optional_id)


@model
class ReengagementPlanned(CaseEvent):
    """After a drop-out or relapse, a plan to motivate the person again, with a follow-up date.

    Attributes:
        type: ``"reengagement_planned"``.
        at: When the plan was made.
        actor: Who made it.
        intervention_id: Id of the intervention concerned.
        follow_up_on: When to follow up.
    """

    type: Literal["reengagement_planned"] = tag("reengagement_planned")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    intervention_id: str = public(validator=non_empty_id)
    follow_up_on: dt.date = public(validator=instance_of(dt.date))

    def __attrs_post_init__(self) -> None:
        _not_before_event("follow_up_on")(self)


@model
class InterventionCompleted(CaseEvent):
    """A started intervention came to its end.

    Attributes:
        type: ``"intervention_completed"``.
        at: When it ended.
        actor: Who recorded it.
        intervention_id: Id of the intervention.
        as_planned: Whether it was carried out as planned (``False`` after a drop-out that
            was not followed by a restart).
    """

    type: Literal["intervention_completed"] = tag("intervention_completed")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    intervention_id: str = public(validator=non_empty_id)
    as_planned: bool = public(default=True)


@model
class FollowUpDone(CaseEvent):
    """A follow-up of the case's interventions (uppföljning; oppfølging) was made.

    Attributes:
        type: ``"follow_up_done"``.
        at: When it was made.
        actor: Who made it.
        intervention_id: Id of the intervention followed up, or ``None`` for the case as a
            whole.
    """

    type: Literal["follow_up_done"] = tag("follow_up_done")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    intervention_id: str | None = public(default=None, validator=_optional_id)


@model
class ReporterFeedbackGiven(CaseEvent):
    """The reporter of a report of concern was given feedback.

    Attributes:
        type: ``"reporter_feedback_given"``.
        at: When the feedback was given.
        actor: Who gave it.
        report_id: Id of the report.
        kind: What the reporter was told.
    """

    type: Literal["reporter_feedback_given"] = tag("reporter_feedback_given")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    report_id: str = public(validator=non_empty_id)
    kind: FeedbackKind = public()


@model
class CaseClosed(CaseEvent):
    """The case was closed. Interventions still in force end with it.

    Attributes:
        type: ``"case_closed"``.
        at: When it was closed.
        actor: Who closed it.
        reason: Why.
    """

    type: Literal["case_closed"] = tag("case_closed")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    reason: ClosureReason = public()


@model
class CaseReopened(CaseEvent):
    """A closed case was reopened; it returns to the phase it was closed in.

    Attributes:
        type: ``"case_reopened"``.
        at: When it was reopened.
        actor: Who reopened it.
        reason: Why (sensitive free text).
    """

    type: Literal["case_reopened"] = tag("case_reopened")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    reason: str = _text()


@model
class NoteAdded(CaseEvent):
    """A note was added to the case.

    Attributes:
        type: ``"note_added"``.
        at: When.
        actor: Who wrote it.
        text: The note (sensitive free text).
    """

    type: Literal["note_added"] = tag("note_added")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    text: str = _text()


def _event_index(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise invalid(instance, attribute, "must be the index of an earlier event in the history")


def _replacement(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, CaseEvent):
        raise invalid(instance, attribute, "must be a case event or None")
    if isinstance(value, Correction):
        raise invalid(instance, attribute, "cannot be a correction")


@model
class Correction(CaseEvent):
    """Supersedes an earlier event without deleting it.

    The earlier event stays in the history; from the correction on, the case is as if the
    replacement had been recorded in its place. A replacement of ``None`` withdraws an event
    recorded in error. A replacement is of the same type as the event it replaces; correct
    the original event, not a correction, and the latest correction of an event wins.

    Attributes:
        type: ``"correction"``.
        at: When the correction was made.
        actor: Who made it.
        corrects: Index in the history of the event it supersedes.
        replacement: The event as it should have been recorded, or ``None``.
        reason: Why (sensitive free text).
    """

    type: Literal["correction"] = tag("correction")
    at: dt.datetime = _at()
    actor: Actor = _actor()
    corrects: int = public(validator=_event_index)
    replacement: CaseEvent | None = public(validator=_replacement)
    reason: str = _text()


EVENT_CLASSES: Mapping[EventType, type[CaseEvent]] = MappingProxyType(
    {
        EventType.REPORT_OF_CONCERN_RECEIVED: ReportOfConcernReceived,
        EventType.HELP_REQUESTED: HelpRequested,
        EventType.IMMEDIATE_PROTECTION_ASSESSED: ImmediateProtectionAssessed,
        EventType.PRE_ASSESSMENT_CONCLUDED: PreAssessmentConcluded,
        EventType.INVESTIGATION_OPENED: InvestigationOpened,
        EventType.INVESTIGATION_EXTENDED: InvestigationExtended,
        EventType.INVESTIGATION_CONCLUDED: InvestigationConcluded,
        EventType.DECISION_MADE: DecisionMade,
        EventType.INTERVENTION_STARTED: InterventionStarted,
        EventType.INTERVENTION_INTERRUPTED: InterventionInterrupted,
        EventType.RELAPSE_RECORDED: RelapseRecorded,
        EventType.REENGAGEMENT_PLANNED: ReengagementPlanned,
        EventType.INTERVENTION_COMPLETED: InterventionCompleted,
        EventType.FOLLOW_UP_DONE: FollowUpDone,
        EventType.REPORTER_FEEDBACK_GIVEN: ReporterFeedbackGiven,
        EventType.CASE_CLOSED: CaseClosed,
        EventType.CASE_REOPENED: CaseReopened,
        EventType.NOTE_ADDED: NoteAdded,
        EventType.CORRECTION: Correction,
    }
)
"""Event type → the event model with that tag (what a decoder needs to pick the class)."""
