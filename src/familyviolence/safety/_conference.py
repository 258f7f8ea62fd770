"""Multi-agency risk conferences (MARAC-style): referral, the conference, its actions.

A :class:`RiskConference` is one referral of a victim to a conference of agencies on a high-risk
case, and, once held, the conference itself: the agencies present, the information each shared (each
share linked to the disclosure request in the case that decided it), the actions agreed with the
agency responsible and a due date, the victim's advocate and the outcome. A referral within a year
of an earlier one about the same victim and perpetrator, after a new incident between them, is a
repeat and is flagged (see :func:`~familyviolence.conference_criteria.conference_criteria_met` and
the rules of the safety pack).
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public, sensitive
from familyviolence._validators import (
    date_field,
    id_list,
    instance_of,
    members_of,
    non_blank,
    non_empty_id,
    optional_date,
    optional_id,
    optional_non_blank,
    tuple_of,
    unique_ids,
)
from familyviolence.collaboration import Agency
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "ConferenceAction",
    "ConferenceCriterion",
    "ConferenceOutcome",
    "InformationShare",
    "RiskConference",
]


class ConferenceCriterion(LabelledEnum):
    """A criterion for referring a victim to a multi-agency risk conference."""

    THRESHOLD = (
        "threshold",
        "checklistans gräns för hög risk nådd",
        "sjekklistens grense for høy risiko nådd",
        "checklist at or above its high-risk level",
    )
    SCORED_HIGH = (
        "scored_high",
        "poäng på hög risknivå (t.ex. ODARA:s övre kategorier)",
        "poeng på høyt risikonivå (f.eks. ODARAs øvre kategorier)",
        "a score at a high level of risk (such as ODARA's upper categories)",
    )
    PROFESSIONAL_JUDGEMENT = (
        "professional_judgement",
        "professionell bedömning av hög risk",
        "faglig vurdering av høy risiko",
        "professional judgement of high risk",
    )
    POTENTIAL_ESCALATION = (
        "potential_escalation",
        "möjlig upptrappning (upprepade polisutryckningar)",
        "mulig opptrapping (gjentatte politiutrykninger)",
        "potential escalation (repeated police call-outs)",
    )
    REPEAT = (
        "repeat",
        "upprepning (ny händelse inom ett år efter hänvisning)",
        "gjentakelse (ny hendelse innen ett år etter henvisning)",
        "repeat (a new incident within a year of a referral)",
    )


class ConferenceOutcome(LabelledEnum):
    """What a conference concluded."""

    ACTIONS_AGREED = "actions_agreed", "åtgärder beslutade", "tiltak avtalt", "actions agreed"
    REVIEW_AT_NEXT_CONFERENCE = (
        "review_at_next_conference",
        "tas upp igen vid nästa konferens",
        "tas opp igjen på neste konferanse",
        "to be reviewed at the next conference",
    )
    NO_FURTHER_ACTION = (
        "no_further_action",
        "inga ytterligare åtgärder",
        "ingen ytterligere tiltak",
        "no further action",
    )
    REFERRED_ELSEWHERE = (
        "referred_elsewhere",
        "hänvisad vidare",
        "henvist videre",
        "referred elsewhere",
    )


@model
class InformationShare(Model):
    """Information shared at a conference, and the disclosure decision it rests on.

    Attributes:
        disclosure: Id of the case's disclosure request whose decision allowed the sharing.
        summary: What was shared (sensitive free text).
    """

    disclosure: str = public(validator=non_empty_id)
    summary: str | None = sensitive(default=None, validator=optional_non_blank)


@model
class ConferenceAction(Model):
    """An action agreed at a conference: what, which agency, by when, and when it was done.

    Attributes:
        id: Stable id of the action within the conference.
        description: What is to be done (sensitive free text).
        agency: The agency responsible.
        due_on: When it is to be done.
        done_on: When it was done, once done.
    """

    id: str = public(validator=non_empty_id)
    description: str = sensitive(validator=non_blank)
    agency: Agency = public(validator=instance_of(Agency))
    due_on: dt.date = public(validator=date_field)
    done_on: dt.date | None = public(default=None, validator=optional_date)

    def overdue(self, *, on: dt.date) -> bool:
        """Whether the action was due before ``on`` and has not been done."""
        return self.done_on is None and self.due_on < on


@model
class RiskConference(Model):
    """A referral of a victim to a multi-agency risk conference, and the conference once held.

    >>> import datetime as dt
    >>> from familyviolence.collaboration import Agency
    >>> from familyviolence.vocabulary import AgencyKind, Jurisdiction
    >>> police = Agency(id="police-syd", kind=AgencyKind.POLICE, jurisdiction=Jurisdiction.SE)
    >>> referral = RiskConference(
    ...     id="marac-1", victim="mother", perpetrators=("father",),
    ...     referred_on=dt.date(2026, 3, 3), referred_by=police,
    ...     criteria=(ConferenceCriterion.THRESHOLD,),
    ... )
    >>> referral.held
    False

    Attributes:
        id: Stable id of the referral (and conference) within the case.
        victim: Id of the victim referred.
        perpetrators: Ids of the persons the victim is at risk from, each once.
        referred_on: The day of the referral.
        referred_by: The agency that referred.
        criteria: The criteria the referral rests on, each once.
        repeat: Whether the referral is flagged as a repeat.
        held_on: The day the case was heard at a conference; ``None`` until then.
        agencies_present: The agencies present, each once.
        advocate: Id of the victim's advocate (who speaks for the victim), if any.
        shared: Information shared, each linked to a disclosure decision.
        actions: Actions agreed, each with an id unique in the conference.
        outcome: What the conference concluded.
    """

    id: str = public(validator=non_empty_id)
    victim: str = public(validator=non_empty_id)
    referred_on: dt.date = public(validator=date_field)
    referred_by: Agency = public(validator=instance_of(Agency))
    perpetrators: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    criteria: tuple[ConferenceCriterion, ...] = public(
        default=(), validator=members_of(ConferenceCriterion, required=False)
    )
    repeat: bool = public(default=False)
    held_on: dt.date | None = public(default=None, validator=optional_date)
    agencies_present: tuple[Agency, ...] = public(default=(), validator=tuple_of(Agency))
    advocate: str | None = public(default=None, validator=optional_id)
    shared: tuple[InformationShare, ...] = public(default=(), validator=tuple_of(InformationShare))
    actions: tuple[ConferenceAction, ...] = public(default=(), validator=tuple_of(ConferenceAction))
    outcome: ConferenceOutcome | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.victim in self.perpetrators:
            raise InvalidModel("RiskConference", "perpetrators", "must not name the victim")
        unique_ids("RiskConference", "agencies_present", self.agencies_present)
        unique_ids("RiskConference", "actions", self.actions)
        if self.held_on is None:
            for name in ("agencies_present", "shared", "actions", "outcome"):
                if getattr(self, name):
                    raise InvalidModel(
                        "RiskConference", name, "is recorded, but the conference is not held"
                    )
        elif self.held_on < self.referred_on:
            raise InvalidModel("RiskConference", "held_on", "must not be before referred_on")

    @property
    def held(self) -> bool:
        """Whether the conference has been held."""
        return self.held_on is not None
