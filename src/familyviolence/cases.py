"""Cases: the family system, the incidents, and an append-only history of what was done.

A :class:`Case` holds no state besides its history: its phase, the interventions in force and
its deadlines are derived by replaying the history through the jurisdiction's process. A case
whose history the process does not allow cannot be built. Recording an event returns a new
case; nothing recorded is ever changed or lost.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

import attrs

from familyviolence._errors import InvalidModel
from familyviolence._history import Replay, replay_history
from familyviolence._model import evolve, invalid, model, non_empty_id, public
from familyviolence.events import CaseEvent
from familyviolence.family import FamilySystem
from familyviolence.incidents import Incident
from familyviolence.instruments import Assessment
from familyviolence.interventions import InterventionState
from familyviolence.jurisdictions import pack_for
from familyviolence.process import EventType, Phase
from familyviolence.vocabulary import Jurisdiction

__all__ = ["Case", "CaseState", "replay"]


def _tuple_of(kind: type) -> Any:  # noqa: ANN401 - an attrs validator
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise invalid(instance, attribute, f"must be a tuple of {kind.__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise InvalidModel(
                    type(instance).__name__, f"{attribute.name}[{i}]", f"must be a {kind.__name__}"
                )

    return check


def _subjects(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise invalid(instance, attribute, "must be a non-empty tuple of person ids")
    if len(set(value)) != len(value):
        raise invalid(instance, attribute, "names a person more than once")


@model
class CaseState:
    """Where a case stands, derived from its history (see :attr:`Case.state`).

    Attributes:
        phase: The phase the case has reached.
        investigation_open: Whether an investigation is open.
        interventions: Every granted intervention and its status, in the order granted.
        allowed_events: The event types that may be recorded next (their details are checked
            when they are recorded).
    """

    phase: Phase = public()
    investigation_open: bool = public()
    interventions: tuple[InterventionState, ...] = public()
    allowed_events: tuple[EventType, ...] = public()

    @property
    def interventions_in_force(self) -> tuple[InterventionState, ...]:
        """Granted interventions not yet completed or ended."""
        return tuple(i for i in self.interventions if i.status.in_force)


@model
class Case:
    """A case: its family system, subjects, incidents and history.

    The case is valid if and only if its history replays from the start under its
    jurisdiction's process; otherwise building it raises :class:`~familyviolence.InvalidModel`
    naming the first event that is not allowed (``history[7]``) and why. Incidents and events
    must refer to persons of the family system.

    Attributes:
        id: Stable id of the case.
        jurisdiction: Whose law and process the case follows.
        family: The family system of the case.
        subjects: Ids of the persons the case is about: the child, or the adult who asked for
            help. At least one.
        incidents: What happened, as recorded.
        history: Everything done in the case, in the order it was recorded.
        assessments: Structured assessments made in the case (risk assessments and others),
            each of a person of the family system; check them against their instruments with
            an :class:`~familyviolence.InstrumentCatalogue`.
    """

    id: str = public(validator=non_empty_id)
    jurisdiction: Jurisdiction = public()
    family: FamilySystem = public()
    subjects: tuple[str, ...] = public(validator=_subjects)
    incidents: tuple[Incident, ...] = public(default=(), validator=_tuple_of(Incident))
    history: tuple[CaseEvent, ...] = public(default=(), validator=_tuple_of(CaseEvent))
    assessments: tuple[Assessment, ...] = public(default=(), validator=_tuple_of(Assessment))

    def __attrs_post_init__(self) -> None:
        try:
            # Normalised here, not by a converter: decoders that build models field by field
            # (msgspec) run this hook but no converters.
            object.__setattr__(self, "jurisdiction", Jurisdiction(self.jurisdiction))
        except ValueError:
            raise InvalidModel("Case", "jurisdiction", "is not a supported jurisdiction") from None
        if not isinstance(self.family, FamilySystem):
            raise InvalidModel("Case", "family", "must be a FamilySystem")
        for i, subject in enumerate(self.subjects):
            self._check_person(subject, f"subjects[{i}]")
        seen: set[str] = set()
        for i, incident in enumerate(self.incidents):
            if incident.id in seen:
                raise InvalidModel(
                    "Case", f"incidents[{i}].id", f"id {incident.id!r} is not unique"
                )
            seen.add(incident.id)
            self._check_incident(i, incident)
        assessment_ids: set[str] = set()
        for i, assessment in enumerate(self.assessments):
            if assessment.id in assessment_ids:
                raise InvalidModel(
                    "Case", f"assessments[{i}].id", f"id {assessment.id!r} is not unique"
                )
            assessment_ids.add(assessment.id)
            self._check_person(assessment.subject, f"assessments[{i}].subject")
        _ = self._replay  # replays the history and raises if it is not allowed

    def _check_person(self, person_id: str, field: str) -> None:
        if person_id not in self.family._index.by_id:  # noqa: SLF001 - cheap look-up
            raise InvalidModel("Case", field, f"no person with id {person_id!r}")

    def _check_incident(self, i: int, incident: Incident) -> None:
        where = f"incidents[{i}]"
        for name in ("perpetrators", "victims", "injured"):
            for k, person_id in enumerate(getattr(incident, name)):
                self._check_person(person_id, f"{where}.{name}[{k}]")
        for k, exposure in enumerate(incident.children):
            field = f"{where}.children[{k}].child"
            self._check_person(exposure.child, field)
            born = self.family.person(exposure.child).birth_date
            if born is None:
                continue
            majority = self.family.person(exposure.child).majority_date()
            earliest = incident.when.earliest
            # A minor on some day the incident may have happened on.
            if born > incident.when.latest or (earliest is not None and majority <= earliest):
                raise InvalidModel("Case", field, "was not a minor at the time of the incident")

    @functools.cached_property
    def _replay(self) -> Replay:
        return replay_history(
            self.history,
            pack=pack_for(self.jurisdiction),
            family=self.family,
            subjects=self.subjects,
            incident_ids=[i.id for i in self.incidents],
        )

    @functools.cached_property
    def state(self) -> CaseState:
        """Where the case stands now, derived from its history."""
        replay = self._replay
        return CaseState(
            phase=replay.phase,
            investigation_open=replay.open_investigation is not None,
            interventions=tuple(
                InterventionState(
                    intervention=i.intervention,
                    status=i.status,
                    granted_at=i.granted_at,
                    follow_up_on=i.follow_up_on,
                )
                for i in replay.interventions.values()
            ),
            allowed_events=replay.allowed_events(),
        )

    @property
    def phase(self) -> Phase:
        """The phase the case has reached (``state.phase``)."""
        return self._replay.phase

    @property
    def effective_history(self) -> tuple[CaseEvent, ...]:
        """The history as corrected: corrections applied, withdrawn events left out.

        Each event appears where the original was recorded; the corrections themselves are
        left out. ``history`` keeps everything as recorded.
        """
        return tuple(event for _, event in self._replay.effective)

    def record(self, *events: CaseEvent) -> Case:
        """A new case with ``events`` appended to the history; this case is left unchanged.

        Raises:
            InvalidModel: If the process does not allow an event at that point; the field
                names its index in the history.
        """
        # mypy does not see through @model to the attrs class underneath.
        return evolve(self, history=(*self.history, *events))


def replay(history: Iterable[CaseEvent], *, onto: Case) -> Case:
    """Record each event of ``history`` in turn onto ``onto``, and return the resulting case.

    Replaying a case's history onto the same case without history rebuilds the case exactly:
    ``replay(case.history, onto=attrs.evolve(case, history=())) == case``.

    Raises:
        InvalidModel: At the first event that is not allowed, naming its index.
    """
    case = onto
    for event in history:
        case = case.record(event)
    return case
