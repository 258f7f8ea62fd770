"""Requests for disclosure of information between agencies, and what was decided and done.

A :class:`DisclosureRequest` asks for information about one person to go from one agency to
another, for a purpose, in some :class:`~familyviolence.vocabulary.DataCategory` s, possibly
about a :class:`SuspectedOffence`; its :class:`DisclosureOutcome` records what the disclosing
agency decided and did. Whether the law permits it is read by
:func:`familyviolence.disclosure.decide_disclosure`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public
from familyviolence._validators import (
    date_field,
    instance_of,
    members_of,
    non_empty_id,
    non_negative,
    optional_id,
    tuple_of,
)
from familyviolence.collaboration._agencies import Agency
from familyviolence.collaboration._provisions import (
    CareGroup,
    DisclosurePurpose,
    LegalGround,
    RecordedJudgement,
)
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import DataCategory

__all__ = ["DisclosureOutcome", "DisclosureRequest", "SuspectedOffence"]


def _optional_chapter(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
        raise invalid(instance, attribute, "must be a chapter number or None")


@model
class SuspectedOffence(Model):
    """The suspected offence a request for disclosure concerns, as far as the grounds need it.

    Attributes:
        penal_code_chapter: Sweden: the chapter of the Penal Code (brottsbalken) the offence
            is in (3: life and health, 4: liberty and peace, 6: sexual offences), if known.
        minimum_penalty_months: The offence's minimum penalty, in months of imprisonment
            (0: none, or a fine).
        attempt: Whether it is an attempt, a preparation or a conspiracy rather than a
            completed offence.
        victim: Id of the person the offence is against, if in the case's family system.
        averting_listed: Norway: whether the offence is one the duty to avert (straffeloven
            § 196) lists.
        feared: Whether the offence is feared (a risk that it will be committed) rather than
            suspected to have been committed. Sweden's 10 kap. 18 c § concerns a feared
            offence only.
        perpetrator: Id of the person who committed it, or is feared to, if in the case's
            family system; ``None``: the person the information is about.
        genital_mutilation: Sweden: whether the offence is one under lag (1982:316) om förbud
            mot könsstympning av kvinnor (the prohibition of female genital mutilation).
    """

    penal_code_chapter: int | None = public(default=None, validator=_optional_chapter)
    minimum_penalty_months: int = public(default=0, validator=non_negative)
    attempt: bool = public(default=False)
    victim: str | None = public(default=None, validator=optional_id)
    averting_listed: bool = public(default=False)
    feared: bool = public(default=False)
    perpetrator: str | None = public(default=None, validator=optional_id)
    genital_mutilation: bool = public(default=False)


@model
class DisclosureOutcome(Model):
    """What the disclosing agency decided and did about a request.

    Attributes:
        decided_on: The day it was decided.
        disclosed: Whether anything was disclosed.
        categories: What was disclosed (none if nothing was).
        grounds: The legal grounds it was disclosed on (none if nothing was).
        decided_by: Id of the professional who decided, if recorded.
    """

    decided_on: dt.date = public(validator=date_field)
    disclosed: bool = public()
    categories: tuple[DataCategory, ...] = public(
        default=(), validator=members_of(DataCategory, required=False)
    )
    grounds: tuple[LegalGround, ...] = public(
        default=(), validator=members_of(LegalGround, required=False)
    )
    decided_by: str | None = public(default=None, validator=optional_id)

    def __attrs_post_init__(self) -> None:
        if self.disclosed and not self.categories:
            raise InvalidModel("DisclosureOutcome", "categories", "name what was disclosed")
        if self.disclosed and not self.grounds:
            raise InvalidModel("DisclosureOutcome", "grounds", "name the grounds it rested on")
        if not self.disclosed and (self.categories or self.grounds):
            raise InvalidModel(
                "DisclosureOutcome", "categories", "nothing was disclosed: name no data or grounds"
            )


@model
class DisclosureRequest(Model):
    """A request that information about a person go from one agency to another.

    ``from_agency`` and ``to_agency`` give the direction of the information, whoever asked:
    social services wishing to tell the police, and the police asking social services, are
    both requests from social services to the police.

    Attributes:
        id: Stable id of the request within the case.
        from_agency: The agency that holds the information and would disclose it.
        to_agency: The agency that would receive it.
        person: Id of the person the information is about.
        categories: What information is asked for; at least one.
        purpose: What it is for.
        requested_on: The day the request was made.
        offence: The suspected offence it concerns, for the grounds about crime.
        care_group: For whom the necessary care is, for Sweden's grounds about care between
            social services and health care; ``None``: a minor.
        judgements: The judgements recorded of the grounds' conditions (who judged, when).
        outcome: What the disclosing agency decided, once it has.
    """

    id: str = public(validator=non_empty_id)
    from_agency: Agency = public(validator=instance_of(Agency))
    to_agency: Agency = public(validator=instance_of(Agency))
    person: str = public(validator=non_empty_id)
    categories: tuple[DataCategory, ...] = public(validator=members_of(DataCategory, required=True))
    purpose: DisclosurePurpose = public(validator=instance_of(DisclosurePurpose))
    requested_on: dt.date = public(validator=date_field)
    offence: SuspectedOffence | None = public(default=None)
    care_group: CareGroup | None = public(default=None)
    judgements: tuple[RecordedJudgement, ...] = public(
        default=(), validator=tuple_of(RecordedJudgement)
    )
    outcome: DisclosureOutcome | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.from_agency.id == self.to_agency.id:
            raise InvalidModel("DisclosureRequest", "to_agency", "must be another agency")
        outcome = self.outcome
        if outcome is None:
            return
        if outcome.decided_on < self.requested_on:
            raise InvalidModel(
                "DisclosureRequest", "outcome.decided_on", "must not be before requested_on"
            )
        for i, category in enumerate(outcome.categories):
            if category not in self.categories:
                raise InvalidModel(
                    "DisclosureRequest", f"outcome.categories[{i}]", "was not asked for"
                )
