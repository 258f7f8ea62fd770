"""Conversations held in a case: with whom, where, whether alone, and through which interpreter.

A :class:`Conversation` is a talk the case records: an investigation talk, a talk with a child,
an assessment or treatment talk, a partner contact, a joint meeting. It names the persons it
was held with by their ids in the family system; a :class:`~familyviolence.cases.Case` checks
that they exist and that a child who interpreted was under 18. The child's voice
(:mod:`familyviolence.voice`) refers to a child's talks by id.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public, sensitive
from familyviolence._validators import (
    date_field,
    id_list,
    non_empty_id,
    optional_instance_of,
    optional_non_blank,
)
from familyviolence.interpreters import InterpreterUse
from familyviolence.vocabulary import AgencyKind, LabelledEnum

__all__ = ["Conversation", "ConversationKind", "ConversationPlace"]


class ConversationKind(LabelledEnum):
    """What kind of talk a conversation was."""

    INVESTIGATION_TALK = (
        "investigation_talk",
        "utredningssamtal",
        "samtale i undersøkelsen",
        "investigation talk",
    )
    CHILD_TALK = "child_talk", "barnsamtal", "samtale med barnet", "talk with the child"
    ASSESSMENT_TALK = (
        "assessment_talk",
        "bedömningssamtal",
        "kartleggingssamtale",
        "assessment talk",
    )
    CLINIC_TALK = (
        "clinic_talk",
        "behandlingssamtal",
        "behandlingssamtale",
        "treatment talk at a clinic",
    )
    PARTNER_CONTACT = "partner_contact", "partnerkontakt", "partnerkontakt", "partner contact"
    SUPPORT_TALK = "support_talk", "stödsamtal", "støttesamtale", "support talk"
    JOINT_MEETING = (
        "joint_meeting",
        "gemensamt möte med familjen",
        "fellesmøte med familien",
        "joint meeting with the family",
    )
    FAMILY_MEDIATION = "family_mediation", "familjemedling", "familiemekling", "family mediation"
    OTHER = "other", "annat samtal", "annen samtale", "other conversation"


class ConversationPlace(LabelledEnum):
    """Where a conversation was held."""

    OFFICE = "office", "på kontoret", "på kontoret", "at the office"
    HOME = "home", "i hemmet", "i hjemmet", "at home"
    SCHOOL = "school", "i skolan", "på skolen", "at school"
    PRESCHOOL = "preschool", "i förskolan", "i barnehagen", "at preschool"
    BARNAHUS = "barnahus", "på Barnahus", "på Statens barnehus", "at a Barnahus"
    PLACEMENT = "placement", "i placeringen", "i plasseringen", "where the child is placed"
    REMOTE = "remote", "per telefon eller video", "på telefon eller video", "by phone or video"
    OTHER = "other", "annan plats", "annet sted", "elsewhere"


@model
class Conversation(Model):
    """A conversation in the case: when, with whom, where, whether alone, with an interpreter.

    ``interpreter`` is ``None`` when nothing is recorded about interpreting; record
    ``InterpreterUse(kind=InterpreterKind.NONE)`` to say that no one interpreted.

    >>> import datetime as dt
    >>> from familyviolence.interpreters import InterpreterKind, InterpreterUse
    >>> talk = Conversation(
    ...     id="talk-1", kind=ConversationKind.CHILD_TALK, on=dt.date(2026, 3, 10),
    ...     persons=("elias",), place=ConversationPlace.SCHOOL, alone=True,
    ...     interpreter=InterpreterUse(kind=InterpreterKind.NONE),
    ...     summary="Elias tells of the evening in the hall.",
    ... )
    >>> "hall" in repr(talk)
    False

    Attributes:
        id: Stable id of the conversation within the case.
        kind: What kind of talk it was.
        on: The day it was held.
        persons: Ids of the persons of the family system it was held with; at least one.
        staff: Ids of the professionals who held it (not names).
        agency_kind: The kind of agency that held it, if recorded.
        place: Where it was held, if recorded.
        alone: Whether it was held with the person alone, without family present (for a child:
            without a custodian), if recorded.
        custodian_consent: For a talk with a child: whether the custodians consented to it, if
            recorded.
        child_consented: For a talk with a child: whether the child, judged mature enough to
            decide alone (a judgement of maturity, no fixed age), agreed to the talk, if
            recorded.
        interpreter: Whether an interpreter took part and of what kind, if recorded.
        whereabouts_shared: Ids of persons whose address or whereabouts were told to those
            present.
        summary: What was said (sensitive free text).
    """

    id: str = public(validator=non_empty_id)
    kind: ConversationKind = public()
    on: dt.date = public(validator=date_field)
    persons: tuple[str, ...] = public(validator=id_list(required=True))
    staff: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    agency_kind: AgencyKind | None = public(default=None)
    place: ConversationPlace | None = public(default=None)
    alone: bool | None = public(default=None)
    custodian_consent: bool | None = public(default=None)
    child_consented: bool | None = public(default=None)
    interpreter: InterpreterUse | None = public(
        default=None, validator=optional_instance_of(InterpreterUse)
    )
    whereabouts_shared: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    summary: str | None = sensitive(default=None, validator=optional_non_blank)

    @property
    def interpreted_by_relative_or_child(self) -> bool:
        """Whether a family member or a child interpreted."""
        return self.interpreter is not None and self.interpreter.kind.is_relative_or_child
