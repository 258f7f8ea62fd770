"""The case aggregate: the family, the records, and an append-only history of what was done.

A :class:`Case` holds no state besides its history and its records: its phase, the
interventions in force and its deadlines are derived by replaying the history through the
jurisdiction's process (:attr:`Case.state`). A case whose history the process does not allow
cannot be built. Recording an event returns a new case; nothing recorded is ever changed or
lost.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from familyviolence._model import Model, evolve, invalid, model, public
from familyviolence._validators import non_empty_id
from familyviolence.cases._collaboration_records import (
    RECORD_FIELDS,
    check_records,
    received_reports,
)
from familyviolence.cases._people_records import PEOPLE_FIELDS, check_people
from familyviolence.cases._replay import Replay, replay_history
from familyviolence.cases._responsibility_records import (
    RESPONSIBILITY_FIELDS,
    check_responsibility,
)
from familyviolence.cases._safety_records import SAFETY_FIELDS, check_safety
from familyviolence.cases._state import CaseState
from familyviolence.collaboration import (
    ClinicPathway,
    Commission,
    Consent,
    DisclosureRequest,
    Referral,
    ReportOfConcern,
)
from familyviolence.conversations import Conversation
from familyviolence.errors import InvalidModel
from familyviolence.events import CaseEvent
from familyviolence.family import FamilySystem
from familyviolence.honour import HonourMarker
from familyviolence.incidents import Incident
from familyviolence.instruments import Assessment
from familyviolence.jurisdictions import pack_for
from familyviolence.needs import RecordedNeed
from familyviolence.people import Person
from familyviolence.process import Phase
from familyviolence.relations import Household, Relationship
from familyviolence.responsibility import (
    Assignment,
    Decision,
    ResponsibleAgency,
    StaffTie,
    TransferRequest,
)
from familyviolence.safety import ProtectiveMeasure, RiskConference, SafetyPlan
from familyviolence.vocabulary import Jurisdiction
from familyviolence.voice import ChildVoice

__all__ = [
    "Case",
    "CaseRecord",
    "CollaborationRecord",
    "PeopleRecord",
    "ResponsibilityRecord",
    "SafetyRecord",
    "replay",
]


def _subjects(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not value:
        raise invalid(instance, attribute, "must be a non-empty tuple of person ids")
    if len(set(value)) != len(value):
        raise invalid(instance, attribute, "names a person more than once")


@model
class Case(Model):
    """A case: its family system, subjects, incidents, history, collaboration and safety records.

    The case is valid if and only if its history replays from the start under its jurisdiction's
    process; otherwise building it raises :class:`~familyviolence.errors.InvalidModel` naming the
    first event that is not allowed (``history[7]``) and why. Incidents, events and collaboration
    records must refer to persons of the family system, and records to what else they name in the
    case (``referrals[2].persons[0]``, ``commissions[0].intervention``).

    The collaboration records (referrals, commissions, consents, disclosure requests,
    perpetrator-clinic pathways) are kept beside the history, each with a stable id;
    :meth:`with_records` adds or replaces them. They may name persons, incidents, assessments
    and each other, never events: the history can be replayed from the start with them in
    place. A report of concern in detail is carried by the event that received it (see
    :attr:`reports`). Agencies and professionals are not case data: see
    :class:`~familyviolence.collaboration.Directory`.

    The safety records (protective measures, safety plans, multi-agency risk conferences) are
    kept the same way, each with a stable id, and :meth:`with_records` files them too. They may
    name persons, incidents, assessments, disclosure requests and pathways
    (``protective_measures[0].risk_assessment``), and, like commissions, interventions granted
    in the history, which are not checked against it.

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
            an :class:`~familyviolence.instruments.InstrumentCatalogue`.
        referrals: Referrals of persons of the case between agencies.
        commissions: Commissions to carry out interventions granted in the history.
        consents: Consents to share information about persons of the case.
        disclosures: Requests for disclosure of information about persons of the case, with
            what was decided.
        pathways: Perpetrator-clinic pathways of persons of the case.
        protective_measures: Protective measures: contact bans, protected housing, temporary
            housing for the perpetrator, address protection and others, told apart by their
            ``type``.
        safety_plans: Safety plans, one per protected person.
        conferences: Referrals to multi-agency risk conferences, and the conferences held.
        decisions: Decisions taken in the case, with who took them and on what authority.
        responsible_agencies: The agencies that held the case, each for its period.
        assignments: The professionals assigned to the case, with their roles and periods.
        staff_ties: Persons of the case who are staff, or relatives of a professional.
        transfers: Requests to move the case to another agency, with their answers.
        conversations: Conversations held in the case: with whom, where, whether alone, and
            through which interpreter.
        voices: The child's voice: for each child and step, that the child was informed and
            heard, or why not.
        honour_markers: Markers that a person is at risk of honour-related violence and
            oppression, with its forms and perpetrators.
        needs: Needs of care beside the violence programme (substance misuse, mental
            ill-health) recorded for persons of the case.
    """

    id: str = public(validator=non_empty_id)
    jurisdiction: Jurisdiction = public()
    family: FamilySystem = public()
    subjects: tuple[str, ...] = public(validator=_subjects)
    incidents: tuple[Incident, ...] = public(default=())
    history: tuple[CaseEvent, ...] = public(default=())
    assessments: tuple[Assessment, ...] = public(default=())
    referrals: tuple[Referral, ...] = public(default=())
    commissions: tuple[Commission, ...] = public(default=())
    consents: tuple[Consent, ...] = public(default=())
    disclosures: tuple[DisclosureRequest, ...] = public(default=())
    pathways: tuple[ClinicPathway, ...] = public(default=())
    protective_measures: tuple[ProtectiveMeasure, ...] = public(default=())
    safety_plans: tuple[SafetyPlan, ...] = public(default=())
    conferences: tuple[RiskConference, ...] = public(default=())
    decisions: tuple[Decision, ...] = public(default=())
    responsible_agencies: tuple[ResponsibleAgency, ...] = public(default=())
    assignments: tuple[Assignment, ...] = public(default=())
    staff_ties: tuple[StaffTie, ...] = public(default=())
    transfers: tuple[TransferRequest, ...] = public(default=())
    conversations: tuple[Conversation, ...] = public(default=())
    voices: tuple[ChildVoice, ...] = public(default=())
    honour_markers: tuple[HonourMarker, ...] = public(default=())
    needs: tuple[RecordedNeed, ...] = public(default=())

    def __attrs_post_init__(self) -> None:
        persons = self.family.persons_by_id
        # Each field's name is only spelt out for an error: most cases have none.
        for i, subject in enumerate(self.subjects):
            if subject not in persons:
                self._check_person(subject, f"subjects[{i}]")
        seen: set[str] = set()
        for i, incident in enumerate(self.incidents):
            if incident.id in seen:
                raise InvalidModel(
                    "Case", f"incidents[{i}].id", f"id {incident.id!r} is not unique"
                )
            seen.add(incident.id)
            self._check_incident(i, incident, persons)
        self._check_assessments(persons)
        _ = self._replay  # replays the history and raises if it is not allowed
        check_records(self, self._check_person)
        check_safety(self, self._check_person)
        check_responsibility(self, self._check_person)
        check_people(self, self._check_person)

    def _check_assessments(self, persons: Mapping[str, Person]) -> None:
        assessment_ids: set[str] = set()
        for i, assessment in enumerate(self.assessments):
            if assessment.id in assessment_ids:
                raise InvalidModel(
                    "Case", f"assessments[{i}].id", f"id {assessment.id!r} is not unique"
                )
            assessment_ids.add(assessment.id)
            if assessment.subject not in persons:
                self._check_person(assessment.subject, f"assessments[{i}].subject")

    def _check_person(self, person_id: str, field: str) -> None:
        if person_id not in self.family.persons_by_id:
            raise InvalidModel("Case", field, f"no person with id {person_id!r}")

    def _check_incident(self, i: int, incident: Incident, persons: Mapping[str, Person]) -> None:
        for name in ("perpetrators", "victims", "injured"):
            for k, person_id in enumerate(getattr(incident, name)):
                if person_id not in persons:
                    self._check_person(person_id, f"incidents[{i}].{name}[{k}]")
        for k, exposure in enumerate(incident.children):
            field = f"incidents[{i}].children[{k}].child"
            child = persons.get(exposure.child)
            if child is None:
                self._check_person(exposure.child, field)
                continue
            born = child.birth_date
            if born is None:
                continue
            majority = child.majority_date()
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
        """Where the case stands now, derived from its history: its public read model."""
        return self._replay.state()

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

    def events(self, *kinds: type[CaseEvent]) -> tuple[tuple[int, CaseEvent], ...]:
        """The events of the history as corrected, each with its index in :attr:`history`.

        Only events of ``kinds`` (event classes) if any are given. The index is where the
        event (or the event a correction replaced) was recorded, so ``f"$.history[{index}]"``
        is its path; withdrawn events and the corrections themselves are left out.

        >>> from familyviolence.family import FamilySystem
        >>> from familyviolence.people import Person
        >>> from familyviolence.vocabulary import Jurisdiction
        >>> case = Case(id="c", jurisdiction=Jurisdiction.SE,
        ...             family=FamilySystem(persons=(Person(id="a"),)), subjects=("a",))
        >>> case.events()
        ()
        """
        effective = self._replay.effective
        if not kinds:
            return tuple(effective)
        return tuple((i, event) for i, event in effective if isinstance(event, kinds))

    def with_records(self, *records: CaseRecord) -> Case:
        """A new case with records added, or replaced where the id is taken: how a case grows.

        Each record goes to the field of its type: an :class:`~familyviolence.incidents.Incident` to
        :attr:`incidents`, an :class:`~familyviolence.instruments.Assessment` to
        :attr:`assessments`, a :class:`~familyviolence.collaboration.Referral` to :attr:`referrals`,
        a :class:`~familyviolence.collaboration.Consent` to :attr:`consents`, any protective measure
        to :attr:`protective_measures`, a :class:`~familyviolence.safety.SafetyPlan` to
        :attr:`safety_plans` and so on. A record whose id is already used in that field replaces the
        record there, in its place: this is how an accepted referral, a withdrawn consent or a
        corrected incident is kept. The new case is checked as the constructor checks every case;
        this case is left unchanged. What was done in the case (a report received, a decision, a
        note) is an event: :meth:`record` adds it.

        >>> import datetime as dt
        >>> from familyviolence.family import FamilySystem
        >>> from familyviolence.incidents import Incident, IncidentTime
        >>> from familyviolence.people import Person
        >>> from familyviolence.vocabulary import InformationSource, Jurisdiction, ViolenceForm
        >>> case = Case(id="case-1", jurisdiction=Jurisdiction.SE,
        ...             family=FamilySystem(persons=(Person(id="mother"), Person(id="father"))),
        ...             subjects=("mother",))
        >>> incident = Incident(
        ...     id="incident-1", when=IncidentTime.on(dt.date(2026, 2, 27)),
        ...     recorded_at=dt.datetime(2026, 3, 2, 9, 30), forms=(ViolenceForm.PHYSICAL,),
        ...     sources=(InformationSource.VICTIM,), perpetrators=("father",), victims=("mother",),
        ... )
        >>> [i.id for i in case.with_records(incident).incidents]
        ['incident-1']

        Raises:
            TypeError: If a record is of a kind a case does not file; the message names what
                to do with it instead.
            InvalidModel: If a record does not fit the case.
        """
        fields = {name: list(getattr(self, name)) for name in _RECORD_FIELDS}
        for record in records:
            name = _field_of(record)
            if name is None:
                raise TypeError(_not_a_record(record))
            held = fields[name]
            index = next((i for i, r in enumerate(held) if r.id == record.id), None)
            if index is None:
                held.append(record)
            else:
                held[index] = record
        return evolve(self, **{name: tuple(held) for name, held in fields.items()})

    def consent(self, consent_id: str) -> Consent | None:
        """The consent with ``consent_id``, if the case has it."""
        return next((c for c in self.consents if c.id == consent_id), None)

    def consents_in_force(self, *, on: dt.date, person: str | None = None) -> tuple[Consent, ...]:
        """The consents in force on ``on``, about ``person`` if given."""
        return tuple(
            c for c in self.consents if c.in_force(on=on) and (person is None or c.person == person)
        )

    def referral(self, referral_id: str) -> Referral | None:
        """The referral with ``referral_id``, if the case has it."""
        return next((r for r in self.referrals if r.id == referral_id), None)

    def referrals_of(self, person_id: str) -> tuple[Referral, ...]:
        """The referrals that name the person with ``person_id``."""
        return tuple(r for r in self.referrals if person_id in r.persons)

    def commission(self, commission_id: str) -> Commission | None:
        """The commission with ``commission_id``, if the case has it."""
        return next((c for c in self.commissions if c.id == commission_id), None)

    def commission_for(self, intervention_id: str) -> Commission | None:
        """The commission that carries out the intervention with ``intervention_id``, if any."""
        return next((c for c in self.commissions if c.intervention == intervention_id), None)

    def disclosure(self, request_id: str) -> DisclosureRequest | None:
        """The disclosure request with ``request_id``, if the case has it."""
        return next((d for d in self.disclosures if d.id == request_id), None)

    @property
    def reports(self) -> tuple[ReportOfConcern, ...]:
        """The reports of concern recorded in detail, from the history as corrected.

        Each is carried by the :class:`~familyviolence.events.ReportOfConcernReceived` event that
        received it (its ``report``), in the order received.
        """
        return tuple(report for _, report in received_reports(self))

    def report(self, report_id: str) -> ReportOfConcern | None:
        """The report of concern with ``report_id`` in detail, if the case has it."""
        return next((r for r in self.reports if r.id == report_id), None)

    def pathway(self, pathway_id: str) -> ClinicPathway | None:
        """The perpetrator-clinic pathway with ``pathway_id``, if the case has it."""
        return next((p for p in self.pathways if p.id == pathway_id), None)

    def pathways_of(self, person_id: str) -> tuple[ClinicPathway, ...]:
        """The perpetrator-clinic pathways of the person with ``person_id``."""
        return tuple(p for p in self.pathways if p.person == person_id)

    def measure(self, measure_id: str) -> ProtectiveMeasure | None:
        """The protective measure with ``measure_id``, if the case has it."""
        return next((m for m in self.protective_measures if m.id == measure_id), None)

    def safety_plan(self, plan_id: str) -> SafetyPlan | None:
        """The safety plan with ``plan_id``, if the case has it."""
        return next((p for p in self.safety_plans if p.id == plan_id), None)

    def conference(self, conference_id: str) -> RiskConference | None:
        """The conference referral with ``conference_id``, if the case has it."""
        return next((c for c in self.conferences if c.id == conference_id), None)

    def record(self, *events: CaseEvent) -> Case:
        """A new case with ``events`` appended to the history; this case is left unchanged.

        Raises:
            TypeError: If something other than an event is given; the message names what to do
                with it instead (an incident or an assessment is filed with
                :meth:`with_records`).
            InvalidModel: If the process does not allow an event at that point; the field
                names its index in the history.
        """
        for event in events:
            given: object = event  # any object may be passed at run time
            if not isinstance(given, CaseEvent):
                raise TypeError(_not_an_event(given))
        return evolve(self, history=(*self.history, *events))


CollaborationRecord = Referral | Commission | Consent | DisclosureRequest | ClinicPathway
"""A record that :meth:`Case.with_records` files in the case."""

SafetyRecord = ProtectiveMeasure | SafetyPlan | RiskConference
"""A safety record that :meth:`Case.with_records` files in the case."""

ResponsibilityRecord = Decision | ResponsibleAgency | Assignment | StaffTie | TransferRequest
"""A record of who decided and who holds the case that :meth:`Case.with_records` files."""

PeopleRecord = Conversation | ChildVoice | HonourMarker | RecordedNeed
"""A record of the people the work is for that :meth:`Case.with_records` files in the case."""

CaseRecord = (
    Incident | Assessment | CollaborationRecord | SafetyRecord | ResponsibilityRecord | PeopleRecord
)
"""Anything :meth:`Case.with_records` files in a case: everything a case holds by id."""

_FIELD_OF: dict[type, str] = {
    Incident: "incidents",
    Assessment: "assessments",
    Referral: "referrals",
    Commission: "commissions",
    Consent: "consents",
    DisclosureRequest: "disclosures",
    ClinicPathway: "pathways",
    SafetyPlan: "safety_plans",
    RiskConference: "conferences",
    Decision: "decisions",
    ResponsibleAgency: "responsible_agencies",
    Assignment: "assignments",
    StaffTie: "staff_ties",
    TransferRequest: "transfers",
    Conversation: "conversations",
    ChildVoice: "voices",
    HonourMarker: "honour_markers",
    RecordedNeed: "needs",
}

_RECORD_FIELDS = (
    "incidents",
    "assessments",
    *RECORD_FIELDS,
    *SAFETY_FIELDS,
    *RESPONSIBILITY_FIELDS,
    *PEOPLE_FIELDS,
)


def _field_of(record: object) -> str | None:
    if isinstance(record, ProtectiveMeasure):
        return "protective_measures"
    return _FIELD_OF.get(type(record))


_ELSEWHERE: tuple[tuple[type, str], ...] = (
    (CaseEvent, "it is an event of the case's history: add it with Case.record()"),
    (ReportOfConcern, "record it as the report of its ReportOfConcernReceived event"),
    (Person, "a person belongs to the family system: build the case with a new FamilySystem"),
    (Relationship, "it belongs to the family system: build the case with a new FamilySystem"),
    (Household, "it belongs to the family system: build the case with a new FamilySystem"),
    (FamilySystem, "build the case with it: evolve(case, family=...)"),
)


def _not_a_record(record: object) -> str:
    name = type(record).__name__
    instead = next((why for kind, why in _ELSEWHERE if isinstance(record, kind)), None)
    if instead is None:
        kinds = ", ".join(sorted({k.__name__ for k in _FIELD_OF} | {"a protective measure"}))
        instead = f"a case files {kinds}"
    return (
        f"{name} is not a collaboration or safety record, nor an incident or assessment: {instead}"
    )


def _not_an_event(given: object) -> str:
    name = type(given).__name__
    if _field_of(given) is not None:
        return f"{name} is not an event of the history: file it with Case.with_records()"
    return f"{name} is not an event of the history: record one of the CaseEvent classes"


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
