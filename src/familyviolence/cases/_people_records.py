"""The invariants a case's records of the people it is for must keep with the rest of the case.

Conversations, the child's voice, honour markers and recorded needs name persons of the family
system; a child's voice names conversations of the case that the child took part in; a talk
with a child names a child; a child who interpreted was under 18 on the day.
:func:`check_people` raises :class:`~familyviolence.errors.InvalidModel` naming the field, e.g.
``voices[0].talks[1]``.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from familyviolence._validators import unique_ids
from familyviolence.cases._collaboration_records import PersonCheck
from familyviolence.collaboration import AssessmentTalk, ClinicPathway, PartnerContact
from familyviolence.conversations import Conversation, ConversationKind
from familyviolence.errors import InvalidModel
from familyviolence.family import FamilySystem
from familyviolence.honour import HonourMarker
from familyviolence.interpreters import InterpreterKind, InterpreterUse
from familyviolence.needs import RecordedNeed
from familyviolence.voice import ChildVoice

__all__ = ["PEOPLE_FIELDS", "check_people"]

PEOPLE_FIELDS = ("conversations", "voices", "honour_markers", "needs")
"""The case's fields that hold records of the people the work is for, each with ids."""

_MODEL = "Case"


class CaseView(Protocol):
    """What the checks read of a case (the case itself, seen from below it)."""

    @property
    def family(self) -> FamilySystem: ...
    @property
    def pathways(self) -> tuple[ClinicPathway, ...]: ...
    @property
    def conversations(self) -> tuple[Conversation, ...]: ...
    @property
    def voices(self) -> tuple[ChildVoice, ...]: ...
    @property
    def honour_markers(self) -> tuple[HonourMarker, ...]: ...
    @property
    def needs(self) -> tuple[RecordedNeed, ...]: ...


def _minor(family: FamilySystem, person_id: str, day: dt.date) -> bool:
    """Whether the person was under 18 on ``day``; true where the birth date is not known."""
    minor = family.person(person_id).is_minor_on(day)
    return minor is not False


def _check_interpreter(
    case: CaseView, use: InterpreterUse | None, day: dt.date, where: str, person: PersonCheck
) -> None:
    if use is None or use.person is None:
        return
    person(use.person, f"{where}.person")
    if use.kind is InterpreterKind.CHILD and not _minor(case.family, use.person, day):
        raise InvalidModel(_MODEL, f"{where}.person", "was not a child on the day")


def check_people(case: CaseView, person: PersonCheck) -> None:
    """Check the case's records of people; ``person(id, field)`` checks a person id."""
    for p, pathway in enumerate(case.pathways):
        for k, step in enumerate(pathway.steps):
            if isinstance(step, AssessmentTalk | PartnerContact):
                where = f"pathways[{p}].steps[{k}].interpreter"
                _check_interpreter(case, step.interpreter, step.on, where, person)
    if not (case.conversations or case.voices or case.honour_markers or case.needs):
        return  # most cases hold none of these
    for name in PEOPLE_FIELDS:
        unique_ids(_MODEL, name, getattr(case, name))
    _check_conversations(case, person)
    _check_voices(case, person)
    for i, marker in enumerate(case.honour_markers):
        person(marker.person, f"honour_markers[{i}].person")
        for k, perpetrator in enumerate(marker.perpetrators):
            person(perpetrator, f"honour_markers[{i}].perpetrators[{k}]")
    for i, need in enumerate(case.needs):
        person(need.person, f"needs[{i}].person")


def _check_conversations(case: CaseView, person: PersonCheck) -> None:
    for i, talk in enumerate(case.conversations):
        where = f"conversations[{i}]"
        for k, held_with in enumerate(talk.persons):
            person(held_with, f"{where}.persons[{k}]")
        for k, told in enumerate(talk.whereabouts_shared):
            person(told, f"{where}.whereabouts_shared[{k}]")
        _check_interpreter(case, talk.interpreter, talk.on, f"{where}.interpreter", person)
        if talk.kind is ConversationKind.CHILD_TALK and not any(
            _minor(case.family, p, talk.on) for p in talk.persons
        ):
            raise InvalidModel(_MODEL, f"{where}.persons", "a talk with a child names a child")


def _check_voices(case: CaseView, person: PersonCheck) -> None:
    talks = {c.id: c for c in case.conversations}
    for i, voice in enumerate(case.voices):
        where = f"voices[{i}]"
        person(voice.child, f"{where}.child")
        if not _minor(case.family, voice.child, voice.on):
            raise InvalidModel(_MODEL, f"{where}.child", "was not a child on the record's day")
        for k, talk_id in enumerate(voice.talks):
            talk = talks.get(talk_id)
            if talk is None:
                raise InvalidModel(_MODEL, f"{where}.talks[{k}]", f"no conversation {talk_id!r}")
            if voice.child not in talk.persons:
                raise InvalidModel(
                    _MODEL, f"{where}.talks[{k}]", "the child did not take part in it"
                )
            if talk.on > voice.on:
                raise InvalidModel(_MODEL, f"{where}.talks[{k}]", "was held after the record")
