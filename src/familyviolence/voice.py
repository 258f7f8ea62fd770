"""The child's voice: that a child was informed and heard at a step of the case, or why not.

In both countries a child has a right to information and to express their views in matters
that concern them, the views given weight by age and maturity (Sweden: SoL 2001:453 11 kap.
10 § and the Convention on the Rights of the Child as Swedish law, lag (2018:1197) art. 12;
Norway: barnevernloven 1992 § 1-6 and its successor in the 2021 act). A :class:`ChildVoice`
records it for one child and one step: how the child was informed, how the child's views were
heard (in the categories Norway's child-welfare register reports), what weight they were
given, or the reason they were not. The rules that read it are in
:mod:`familyviolence.rules.voice`.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public, sensitive
from familyviolence._validators import (
    date_field,
    id_list,
    non_empty_id,
    optional_date,
    optional_non_blank,
)
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = ["ChildVoice", "HeardThrough", "NotHeardReason", "ParticipationStep"]


class ParticipationStep(LabelledEnum):
    """The step of the case a child's participation concerned."""

    PRE_ASSESSMENT = (
        "pre_assessment",
        "förhandsbedömning",
        "gjennomgang av melding",
        "pre-assessment",
    )
    INVESTIGATION = "investigation", "utredning", "undersøkelse", "investigation"
    DECISION = "decision", "beslut", "vedtak", "decision"
    PLACEMENT = "placement", "placering", "plassering", "placement"
    SAFETY_PLANNING = (
        "safety_planning",
        "säkerhetsplanering",
        "sikkerhetsplanlegging",
        "safety planning",
    )


class HeardThrough(LabelledEnum):
    """How the child's views were heard (the register's categories 1.1 to 1.4)."""

    CONVERSATION = "conversation", "i samtal", "ved samtale", "in conversation"
    REPRESENTATIVE = (
        "representative",
        "genom företrädare",
        "ved representant eller tillitsperson",
        "through a representative or person of trust",
    )
    OBSERVATION = "observation", "genom observation", "ved observasjon", "through observation"
    OTHER_EXPRESSION = (
        "other_expression",
        "på annat sätt",
        "ved andre uttrykk",
        "through other means of expression",
    )


class NotHeardReason(LabelledEnum):
    """Why a child was not informed or heard at a step, as the caseworker recorded it."""

    AGE_AND_MATURITY = (
        "age_and_maturity",
        "barnets ålder och mognad",
        "barnets alder og modenhet",
        "the child's age and maturity",
    )
    REFUSED = "refused", "barnet ville inte", "barnet ønsket ikke", "the child did not want to"
    NOT_REACHABLE = (
        "not_reachable",
        "barnet gick inte att nå",
        "barnet var ikke mulig å nå",
        "the child could not be reached",
    )
    DOCUMENTED_RISK = (
        "documented_risk",
        "dokumenterad risk för barnet",
        "dokumentert risiko for barnet",
        "a documented risk to the child",
    )


@model
class ChildVoice(Model):
    """A child's information and participation at one step of the case, or why there was none.

    Information and hearing are recorded apart: a child may be told about a decision without
    being heard in it. Each is either done (``informed_on``, ``heard_through``) or has a reason
    why not (``not_informed``, ``not_heard``), never both; a record with neither says the step
    is still open. The talks that heard the child are named by their ids among the case's
    conversations. Update a record as the step goes on by filing one with the same id.

    >>> import datetime as dt
    >>> voice = ChildVoice(
    ...     id="voice-1", child="elias", step=ParticipationStep.INVESTIGATION,
    ...     on=dt.date(2026, 3, 10), informed_on=dt.date(2026, 3, 10),
    ...     heard_through=HeardThrough.CONVERSATION, talks=("talk-1",),
    ...     views="Wants to live with his mother.", weight="Given great weight (11 years old).",
    ... )
    >>> voice.heard, voice.accounted_for
    (True, True)
    >>> "mother" in repr(voice)
    False

    Attributes:
        id: Stable id of the record within the case.
        child: Id of the child in the case's family system.
        step: The step it concerns.
        on: The day the record was made or last brought up to date.
        informed_on: The day the child was given information adapted to their age (for a
            decision: the day the decision was explained to the child).
        not_informed: Why the child was not informed.
        heard_through: How the child's views were heard.
        not_heard: Why the child's views were not heard.
        talks: Ids of the case's conversations in which the child was heard.
        views: The child's views, as the child expressed them (sensitive free text).
        weight: What weight the views were given, and why (sensitive free text).
        reason_note: More on why the child was not informed or heard (sensitive free text).
    """

    id: str = public(validator=non_empty_id)
    child: str = public(validator=non_empty_id)
    step: ParticipationStep = public()
    on: dt.date = public(validator=date_field)
    informed_on: dt.date | None = public(default=None, validator=optional_date)
    not_informed: NotHeardReason | None = public(default=None)
    heard_through: HeardThrough | None = public(default=None)
    not_heard: NotHeardReason | None = public(default=None)
    talks: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    views: str | None = sensitive(default=None, validator=optional_non_blank)
    weight: str | None = sensitive(default=None, validator=optional_non_blank)
    reason_note: str | None = sensitive(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if self.informed_on is not None and self.not_informed is not None:
            raise InvalidModel("ChildVoice", "not_informed", "the child was informed")
        if self.heard_through is not None and self.not_heard is not None:
            raise InvalidModel("ChildVoice", "not_heard", "the child was heard")
        if self.informed_on is not None and self.informed_on > self.on:
            raise InvalidModel("ChildVoice", "informed_on", "must not be after the record's day")
        if self.talks and self.heard_through is not HeardThrough.CONVERSATION:
            raise InvalidModel(
                "ChildVoice", "talks", "only a child heard in conversation has talks"
            )
        if self.heard_through is None and (self.views is not None or self.weight is not None):
            field = "views" if self.views is not None else "weight"
            raise InvalidModel("ChildVoice", field, "the child's views were not heard")

    @property
    def heard(self) -> bool:
        """Whether the child's views were heard at the step."""
        return self.heard_through is not None

    @property
    def informed(self) -> bool:
        """Whether the child was informed at the step."""
        return self.informed_on is not None

    @property
    def accounted_for(self) -> bool:
        """Whether the record says the child was heard, or why not."""
        return self.heard_through is not None or self.not_heard is not None

    @property
    def information_accounted_for(self) -> bool:
        """Whether the record says the child was informed, or why not."""
        return self.informed_on is not None or self.not_informed is not None
