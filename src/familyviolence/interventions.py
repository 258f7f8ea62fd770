"""Interventions (insatser; tiltak): what a decision grants, and where each one stands.

A decision in a case grants or refuses :class:`Intervention` s; later events start,
interrupt and complete them by id. Their status is derived from the case's history as an
:class:`InterventionState`.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence._validators import non_empty_id
from familyviolence.vocabulary import LabelledEnum

__all__ = ["Intervention", "InterventionKind", "InterventionState", "InterventionStatus"]


class InterventionKind(LabelledEnum):
    """A kind of intervention decided on in a case."""

    VICTIM_SUPPORT = (
        "victim_support",
        "stödsamtal för våldsutsatt",
        "støttesamtaler for voldsutsatt",
        "support talks for the victim",
    )
    CHILD_SUPPORT = (
        "child_support",
        "stödsamtal för barn",
        "støttesamtaler for barn",
        "support talks for the child",
    )
    CHILD_GROUP = (
        "child_group",
        "stödgrupp för barn",
        "støttegruppe for barn",
        "support group for children",
    )
    PERPETRATOR_INDIVIDUAL_TREATMENT = (
        "perpetrator_individual_treatment",
        "individuell behandling för våldsutövare",
        "individuell behandling for voldsutøver",
        "individual treatment for the perpetrator",
    )
    PERPETRATOR_GROUP_TREATMENT = (
        "perpetrator_group_treatment",
        "gruppbehandling för våldsutövare",
        "gruppebehandling for voldsutøvere",
        "group treatment for perpetrators",
    )
    CARING_DADS = "caring_dads", "Caring Dads", "Caring Dads", "Caring Dads (for violent fathers)"
    YOUNG_PERPETRATOR_PROGRAMME = (
        "young_perpetrator_programme",
        "behandling för unga som utövar våld",
        "behandling for ungdom som utøver vold",
        "programme for young people who use violence (sexualised violence included)",
    )
    IDAP = (
        "idap",
        "IDAP (Kriminalvårdens program mot relationsvåld)",
        "IDAP (program mot partnervold)",
        "IDAP (probation programme for men convicted of partner violence)",
    )
    PROTECTED_HOUSING = (
        "protected_housing",
        "skyddat boende",
        "krisesenter eller beskyttet bolig",
        "protected housing",
    )
    PERPETRATOR_HOUSING = (
        "perpetrator_housing",
        "tillfälligt boende för våldsutövare",
        "midlertidig bolig for voldsutøver",
        "temporary housing for the perpetrator",
    )
    PARENTING_SUPPORT = (
        "parenting_support",
        "föräldrastöd",
        "foreldreveiledning",
        "parenting support",
    )
    FAMILY_TREATMENT = (
        "family_treatment",
        "familjebehandling",
        "familiebehandling",
        "family treatment",
    )
    CONTACT_PERSON = (
        "contact_person",
        "kontaktperson eller kontaktfamilj",
        "støttekontakt eller besøkshjem",
        "contact person or contact family",
    )
    OUT_OF_HOME_PLACEMENT = (
        "out_of_home_placement",
        "placering utanför hemmet",
        "plassering utenfor hjemmet",
        "out-of-home placement",
    )
    FINANCIAL_ASSISTANCE = (
        "financial_assistance",
        "ekonomiskt bistånd",
        "økonomisk stønad",
        "financial assistance",
    )
    OTHER = "other", "annan insats", "annet tiltak", "other intervention"

    @property
    def is_perpetrator_treatment(self) -> bool:
        """Whether the kind is treatment of a perpetrator: individual, group or a programme."""
        return self in _PERPETRATOR_TREATMENT


_PERPETRATOR_TREATMENT = frozenset(
    {
        InterventionKind.PERPETRATOR_INDIVIDUAL_TREATMENT,
        InterventionKind.PERPETRATOR_GROUP_TREATMENT,
        InterventionKind.CARING_DADS,
        InterventionKind.IDAP,
        InterventionKind.YOUNG_PERPETRATOR_PROGRAMME,
    }
)


class InterventionStatus(LabelledEnum):
    """Where a granted intervention stands."""

    GRANTED = "granted", "beviljad", "innvilget", "granted, not started"
    ACTIVE = "active", "pågår", "pågår", "active"
    INTERRUPTED = "interrupted", "avbruten", "avbrutt", "interrupted (drop-out)"
    COMPLETED = "completed", "avslutad", "avsluttet", "completed"
    ENDED = "ended", "upphörd", "opphørt", "ended when the case closed"

    @property
    def in_force(self) -> bool:
        """Whether the intervention is still in force (granted and not completed or ended)."""
        return self in _IN_FORCE


_IN_FORCE = frozenset(
    {InterventionStatus.GRANTED, InterventionStatus.ACTIVE, InterventionStatus.INTERRUPTED}
)


@model
class Intervention(Model):
    """An intervention for one person, as granted or refused by a decision.

    >>> Intervention(
    ...     id="int-1",
    ...     kind=InterventionKind.PERPETRATOR_GROUP_TREATMENT,
    ...     for_person="father",
    ... ).kind.label("sv")
    'gruppbehandling för våldsutövare'

    Attributes:
        id: Stable id of the intervention within the case; later events refer to it.
        kind: What kind of intervention it is.
        for_person: Id of the person it is for, in the case's family system.
    """

    id: str = public(validator=non_empty_id)
    kind: InterventionKind = public()
    for_person: str = public(validator=non_empty_id)


@model
class InterventionState(Model):
    """A granted intervention and where it stands, derived from the case's history.

    Attributes:
        intervention: The intervention as granted.
        status: Where it stands.
        granted_at: When the decision granting it was made.
        follow_up_on: The follow-up date of the latest re-engagement plan, if any.
    """

    intervention: Intervention = public()
    status: InterventionStatus = public()
    granted_at: dt.datetime = public()
    follow_up_on: dt.date | None = public(default=None)
