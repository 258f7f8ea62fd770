"""Consent to share information (samtycke; samtykke): who gave it, to whom, for what, until when.

A :class:`Consent` names the person the information is about, who gave the consent (the
person, or the custodians for a child, or a child old or mature enough to decide about their
own information), the recipients (kinds of agency or particular agencies), the purposes and
the categories of information, and its validity. A withdrawn consent is not deleted: it stays
in the record, withdrawn from the day given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from familyviolence._model import Model, evolve, model, public
from familyviolence._validators import (
    date_field,
    id_list,
    instance_of,
    members_of,
    non_empty_id,
    optional_date,
    optional_instance_of,
)
from familyviolence.collaboration._agencies import Agency
from familyviolence.collaboration._provisions import DisclosurePurpose, RecordedJudgement
from familyviolence.errors import InvalidModel
from familyviolence.family import FamilySystem
from familyviolence.periods import Period
from familyviolence.vocabulary import AgencyKind, DataCategory, LabelledEnum

__all__ = ["MATURITY", "ChildView", "Consent"]

MATURITY = "maturity"
"""The condition a :class:`~familyviolence.collaboration.RecordedJudgement` of a child's
maturity names: whether the child is mature enough to decide alone about their own information."""


class ChildView(LabelledEnum):
    """The child's own view of sharing information about them, as recorded."""

    AGREES = "agrees", "barnet samtycker", "barnet er enig", "the child agrees"
    DISAGREES = "disagrees", "barnet motsätter sig", "barnet er uenig", "the child disagrees"
    NOT_ASKED = "not_asked", "barnet har inte tillfrågats", "barnet er ikke spurt", "not asked"
    TOO_YOUNG = (
        "too_young",
        "barnet är för ungt för att tillfrågas",
        "barnet er for ungt til å spørres",
        "too young to be asked",
    )


@model
class Consent(Model):
    """A consent to share information about a person with some recipients, for some purposes.

    It is in force from ``given_on`` through its validity period, until the day it is
    withdrawn. Whether the right persons gave it depends on the family, the day and the
    jurisdiction: see :meth:`missing_givers`. For a child in Sweden the custodians consent,
    unless the child is mature enough to decide alone (OSL 12 kap. 3 §: no age is fixed, so a
    professional judges it and the judgement is recorded as ``maturity``); in Norway the child
    consents too from 15, and alone about their health from 16. A custodian suspected of
    violence in the case is never the one whose consent unlocks the child's information.

    >>> import datetime as dt
    >>> from familyviolence.periods import Period
    >>> from familyviolence.vocabulary import AgencyKind, DataCategory
    >>> from familyviolence.collaboration import DisclosurePurpose
    >>> consent = Consent(
    ...     id="consent-1",
    ...     person="father",
    ...     given_by=("father",),
    ...     given_on=dt.date(2026, 3, 2),
    ...     recipient_kinds=(AgencyKind.PERPETRATOR_CLINIC,),
    ...     purposes=(DisclosurePurpose.SUPPORT_AND_CARE,),
    ...     categories=(DataCategory.IDENTITY, DataCategory.INCIDENTS),
    ...     valid=Period(end=dt.date(2026, 12, 31)),
    ... )
    >>> consent.in_force(on=dt.date(2026, 6, 1))
    True
    >>> consent.withdraw(on=dt.date(2026, 5, 1)).in_force(on=dt.date(2026, 6, 1))
    False

    Attributes:
        id: Stable id of the consent within the case.
        person: Id of the person the information is about.
        given_by: Ids of the persons who gave the consent: the person, or the custodians of a
            child (with the child, where the child's consent is needed too).
        given_on: The day it was given.
        purposes: What the information may be shared for; at least one.
        categories: What information may be shared; at least one.
        recipient_kinds: Kinds of agency the information may be shared with.
        recipient_agencies: Ids of particular agencies it may be shared with. At least one
            recipient (a kind or an agency) is named.
        valid: The days the consent is valid, within which it is in force from ``given_on``;
            all time unless given.
        withdrawn_on: The day it was withdrawn, if it was; from that day it is not in force.
        child_view: For a child, the child's own view, as recorded.
        maturity: For a child, the recorded judgement of whether the child is mature enough to
            decide alone about their own information (its ``condition`` is ``"maturity"``).
    """

    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    given_by: tuple[str, ...] = public(validator=id_list(required=True))
    given_on: dt.date = public(validator=date_field)
    purposes: tuple[DisclosurePurpose, ...] = public(
        validator=members_of(DisclosurePurpose, required=True)
    )
    categories: tuple[DataCategory, ...] = public(validator=members_of(DataCategory, required=True))
    recipient_kinds: tuple[AgencyKind, ...] = public(
        default=(), validator=members_of(AgencyKind, required=False)
    )
    recipient_agencies: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    valid: Period = public(factory=Period, validator=instance_of(Period))
    withdrawn_on: dt.date | None = public(default=None, validator=optional_date)
    child_view: ChildView | None = public(default=None)
    maturity: RecordedJudgement | None = public(
        default=None, validator=optional_instance_of(RecordedJudgement)
    )

    def __attrs_post_init__(self) -> None:
        if self.maturity is not None and self.maturity.condition != MATURITY:
            raise InvalidModel(
                "Consent", "maturity", f"must be a RecordedJudgement of condition {MATURITY!r}"
            )
        if not (self.recipient_kinds or self.recipient_agencies):
            raise InvalidModel("Consent", "recipient_kinds", "name at least one recipient")
        if self.withdrawn_on is not None and self.withdrawn_on < self.given_on:
            raise InvalidModel("Consent", "withdrawn_on", "must not be before given_on")
        if self.valid.end is not None and self.valid.end < self.given_on:
            raise InvalidModel("Consent", "valid", "must not end before the consent was given")

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the consent holds on ``on``: given, valid, and not withdrawn."""
        return (
            self.given_on <= on
            and self.valid.contains(on)
            and (self.withdrawn_on is None or on < self.withdrawn_on)
        )

    def names(self, recipient: Agency) -> bool:
        """Whether ``recipient`` is among the consent's recipients, by id or by kind."""
        return recipient.id in self.recipient_agencies or recipient.kind in self.recipient_kinds

    def covers(self, recipient: Agency, purpose: DisclosurePurpose, *, on: dt.date) -> bool:
        """Whether the consent holds on ``on`` for ``recipient`` and ``purpose``.

        Which categories it covers is :attr:`categories`; who must have given it,
        :meth:`missing_givers`.
        """
        return self.in_force(on=on) and self.names(recipient) and purpose in self.purposes

    def withdraw(self, *, on: dt.date) -> Consent:
        """The consent as withdrawn on ``on``; it stays in the record, withdrawn.

        Raises:
            InvalidModel: If it is already withdrawn, or ``on`` is before it was given.
        """
        if self.withdrawn_on is not None:
            raise InvalidModel("Consent", "withdrawn_on", "the consent is already withdrawn")
        return evolve(self, withdrawn_on=on)

    def missing_givers(
        self,
        family: FamilySystem,
        *,
        on: dt.date,
        child_consent_age: int | None = None,
        child_alone: bool = False,
        suspected: Collection[str] = (),
    ) -> tuple[str, ...]:
        """Ids of the persons whose consent is needed on ``on`` but not given.

        For an adult, the person. For a child who decides alone (``child_alone``: a mature
        child in Sweden, a child of 16 about their health in Norway), the child. For another
        child, every custodian on ``on`` who is not ``suspected`` of violence in the case, and
        the child too once ``child_consent_age`` (15 in Norway) is reached. A suspected
        custodian's consent is neither needed nor counted. When the person's birth date is
        unknown, the consent of the person or of all custodians not suspected is enough. A
        child with no custodian recorded needs nobody recorded here: a human judges who
        consents.

        Raises:
            UnknownPerson: If the person is not in ``family``.
        """
        person = family.person(self.person)
        custodians = tuple(
            p.id for p in family.custodians_of(person.id, on=on) if p.id not in suspected
        )
        minor = person.is_minor_on(on)
        given = set(self.given_by)
        if minor is None:
            if person.id in given or (custodians and given.issuperset(custodians)):
                return ()
            return (person.id,)
        if not minor or child_alone:
            return () if person.id in given else (person.id,)
        needed = list(custodians)
        age = person.age_on(on)
        if child_consent_age is not None and age is not None and age >= child_consent_age:
            needed.append(person.id)
        return tuple(p for p in needed if p not in given)
