"""Referrals between agencies (remisser; henvisninger) and their status lifecycle.

A :class:`Referral` says who referred whom where, why, what was asked, and which consents it
relies on. Its status is the last of its :class:`ReferralChange` s: pending → accepted or
rejected; accepted → done (with an outcome) or revoked; a pending referral may be revoked too.
A change that skips a step (done without being accepted) or leaves a final status raises
:class:`~familyviolence.errors.InvalidModel`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from familyviolence._model import Model, evolve, model, public, sensitive
from familyviolence._validators import (
    date_field,
    id_list,
    instance_of,
    members_of,
    non_blank,
    non_empty_id,
    optional_non_blank,
    tuple_of,
)
from familyviolence.collaboration._agencies import Agency
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "REFERRAL_TRANSITIONS",
    "Referral",
    "ReferralChange",
    "ReferralOutcome",
    "ReferralOutcomeReason",
    "ReferralStatus",
    "RequestedService",
]


class RequestedService(LabelledEnum):
    """What a referral asks the receiving agency to do."""

    ASSESSMENT = (
        "assessment",
        "bedömning eller utredning",
        "vurdering eller utredning",
        "assessment",
    )
    RISK_ASSESSMENT = (
        "risk_assessment",
        "strukturerad riskbedömning",
        "strukturert risikovurdering",
        "structured risk assessment",
    )
    TREATMENT = "treatment", "behandling", "behandling", "treatment"
    PROGRAMME = (
        "programme",
        "program (t.ex. Caring Dads, IDAP)",
        "program (f.eks. Caring Dads, IDAP)",
        "a programme (e.g. Caring Dads, IDAP)",
    )
    PARTNER_CONTACT = "partner_contact", "partnerkontakt", "partnerkontakt", "partner contact"
    SUPPORT = "support", "stödsamtal", "støttesamtaler", "support talks"
    PROTECTED_HOUSING = (
        "protected_housing",
        "skyddat boende",
        "krisesenter eller beskyttet bolig",
        "protected housing",
    )
    HOUSING = "housing", "bostad", "bolig", "housing"
    SUBSTANCE_ABUSE_TREATMENT = (
        "substance_abuse_treatment",
        "missbruksvård",
        "rusbehandling",
        "substance abuse treatment",
    )
    PSYCHIATRIC_CARE = (
        "psychiatric_care",
        "psykiatrisk vård",
        "psykisk helsevern",
        "psychiatric care",
    )
    FACILITATED_INTERVIEW = (
        "facilitated_interview",
        "barnförhör och samråd på Barnahus",
        "tilrettelagt avhør i Statens barnehus",
        "facilitated interview at Barnahus",
    )
    EMPLOYMENT_SUPPORT = (
        "employment_support",
        "arbetsmarknadsstöd",
        "arbeidsrettet bistand",
        "employment support",
    )
    OTHER = "other", "annat", "annet", "other"


class ReferralStatus(LabelledEnum):
    """Where a referral stands."""

    PENDING = "pending", "väntar på svar", "venter på svar", "pending"
    ACCEPTED = "accepted", "accepterad", "akseptert", "accepted"
    REJECTED = "rejected", "avvisad", "avvist", "rejected"
    DONE = "done", "genomförd", "gjennomført", "done"
    REVOKED = "revoked", "återkallad", "trukket tilbake", "revoked"

    @property
    def final(self) -> bool:
        """Whether nothing can follow: rejected, done or revoked."""
        return not REFERRAL_TRANSITIONS.get(self)


REFERRAL_TRANSITIONS: Mapping[ReferralStatus, tuple[ReferralStatus, ...]] = MappingProxyType(
    {
        ReferralStatus.PENDING: (
            ReferralStatus.ACCEPTED,
            ReferralStatus.REJECTED,
            ReferralStatus.REVOKED,
        ),
        ReferralStatus.ACCEPTED: (ReferralStatus.DONE, ReferralStatus.REVOKED),
    }
)
"""Status → the statuses a referral may change to from it; the others are final."""


class ReferralOutcome(LabelledEnum):
    """Whether what a referral asked for came about."""

    SUCCESSFUL = "successful", "lyckad", "vellykket", "successful"
    NOT_SUCCESSFUL = "not_successful", "inte lyckad", "ikke vellykket", "not successful"


class ReferralOutcomeReason(LabelledEnum):
    """Why a referral ended as it did."""

    CARRIED_OUT = (
        "carried_out",
        "genomförd som begärt",
        "gjennomført som bedt om",
        "carried out as asked",
    )
    PARTLY_CARRIED_OUT = (
        "partly_carried_out",
        "delvis genomförd",
        "delvis gjennomført",
        "partly carried out",
    )
    DECLINED = "declined", "personen tackade nej", "personen takket nei", "declined by the person"
    DROPPED_OUT = "dropped_out", "personen avbröt", "personen avbrøt", "the person dropped out"
    NOT_REACHED = "not_reached", "personen nåddes inte", "personen ble ikke nådd", "not reached"
    NOT_IN_TARGET_GROUP = (
        "not_in_target_group",
        "tillhör inte målgruppen",
        "tilhører ikke målgruppen",
        "not in the target group",
    )
    NO_PARTNER_CONTACT = (
        "no_partner_contact",
        "partnerkontakt kunde inte etableras",
        "partnerkontakt kunne ikke etableres",
        "partner contact could not be established",
    )
    REFERRED_ONWARD = (
        "referred_onward",
        "hänvisad vidare (t.ex. till missbruks- eller psykiatrisk vård)",
        "henvist videre (f.eks. til rus- eller psykisk helsevern)",
        "referred onward (e.g. to substance abuse or psychiatric care)",
    )
    MOVED = "moved", "flyttat", "flyttet", "moved away"
    OTHER = "other", "annat skäl", "annen grunn", "other reason"


@model
class ReferralChange(Model):
    """One change of a referral's status, on a day.

    Attributes:
        status: The status it changed to (never pending: a referral starts pending).
        on: The day of the change.
        reason: Why it was rejected (required) or revoked (optional) (sensitive free text).
        outcome: For done, whether it was successful.
        outcome_reason: For done, why it ended so.
    """

    status: ReferralStatus = public(validator=instance_of(ReferralStatus))
    on: dt.date = public(validator=date_field)
    reason: str | None = sensitive(default=None, validator=optional_non_blank)
    outcome: ReferralOutcome | None = public(default=None)
    outcome_reason: ReferralOutcomeReason | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        status = self.status
        if status is ReferralStatus.PENDING:
            raise InvalidModel("ReferralChange", "status", "a referral starts pending")
        if status is ReferralStatus.REJECTED and self.reason is None:
            raise InvalidModel("ReferralChange", "reason", "a rejection gives its reason")
        done = status is ReferralStatus.DONE
        if done and (self.outcome is None or self.outcome_reason is None):
            raise InvalidModel(
                "ReferralChange", "outcome", "a referral done has an outcome and its reason"
            )
        if not done and (self.outcome is not None or self.outcome_reason is not None):
            raise InvalidModel("ReferralChange", "outcome", "only a referral done has an outcome")
        if status in (ReferralStatus.ACCEPTED, ReferralStatus.DONE) and self.reason is not None:
            raise InvalidModel("ReferralChange", "reason", f"is not given when {status.value}")


@model
class Referral(Model):
    """A referral of one or more persons from one agency to another.

    >>> import datetime as dt
    >>> from familyviolence.vocabulary import AgencyKind, Jurisdiction
    >>> bou = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN,
    ...              jurisdiction=Jurisdiction.SE)
    >>> mvu = Agency(id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC,
    ...              jurisdiction=Jurisdiction.SE)
    >>> referral = Referral(
    ...     id="referral-1", from_agency=bou, to_agency=mvu, persons=("father",),
    ...     reason="Violence against the mother; the father wants help.",
    ...     asks=(RequestedService.ASSESSMENT, RequestedService.TREATMENT),
    ...     sent_on=dt.date(2026, 3, 20),
    ... )
    >>> referral.accept(on=dt.date(2026, 3, 25)).status
    <ReferralStatus.ACCEPTED: 'accepted'>
    >>> referral.complete(on=dt.date(2026, 4, 1), outcome=ReferralOutcome.SUCCESSFUL,
    ...                   reason=ReferralOutcomeReason.CARRIED_OUT)
    Traceback (most recent call last):
    ...
    familyviolence.InvalidModel: Referral.changes[0]: cannot go from pending to done: accept it ...

    Attributes:
        id: Stable id of the referral within the case.
        from_agency: The referring agency.
        to_agency: The agency referred to.
        persons: Ids of the persons referred; at least one, each once.
        reason: Why (sensitive free text).
        asks: What the receiving agency is asked to do; at least one.
        sent_on: The day it was sent.
        consents: Ids of the consents (in the case) it relies on.
        changes: Its status changes, in order; none while it is pending.
    """

    id: str = public(validator=non_empty_id)
    from_agency: Agency = public(validator=instance_of(Agency))
    to_agency: Agency = public(validator=instance_of(Agency))
    persons: tuple[str, ...] = public(validator=id_list(required=True))
    reason: str = sensitive(validator=non_blank)
    asks: tuple[RequestedService, ...] = public(
        validator=members_of(RequestedService, required=True)
    )
    sent_on: dt.date = public(validator=date_field)
    consents: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    changes: tuple[ReferralChange, ...] = public(default=(), validator=tuple_of(ReferralChange))

    def __attrs_post_init__(self) -> None:
        if self.from_agency.id == self.to_agency.id:
            raise InvalidModel("Referral", "to_agency", "must be another agency")
        status, last = ReferralStatus.PENDING, self.sent_on
        for i, change in enumerate(self.changes):
            field = f"changes[{i}]"
            if change.on < last:
                raise InvalidModel("Referral", f"{field}.on", "is before the change before it")
            allowed = REFERRAL_TRANSITIONS.get(status, ())
            if change.status not in allowed:
                raise InvalidModel("Referral", field, _refusal(status, change.status))
            status, last = change.status, change.on

    @property
    def status(self) -> ReferralStatus:
        """Where the referral stands: the last change's status, or pending."""
        return self.changes[-1].status if self.changes else ReferralStatus.PENDING

    def status_on(self, day: dt.date) -> ReferralStatus:
        """Where the referral stood on ``day`` (pending from the day it was sent)."""
        status = ReferralStatus.PENDING
        for change in self.changes:
            if change.on > day:
                break
            status = change.status
        return status

    @property
    def outcome(self) -> ReferralOutcome | None:
        """For a referral done, whether it was successful."""
        return self.changes[-1].outcome if self.changes else None

    def change(self, change: ReferralChange) -> Referral:
        """The referral with ``change`` recorded.

        Raises:
            InvalidModel: If the change skips a step or follows a final status.
        """
        return evolve(self, changes=(*self.changes, change))

    def accept(self, *, on: dt.date) -> Referral:
        """The referral accepted on ``on``."""
        return self.change(ReferralChange(status=ReferralStatus.ACCEPTED, on=on))

    def reject(self, *, on: dt.date, reason: str) -> Referral:
        """The referral rejected on ``on``, for ``reason``."""
        return self.change(ReferralChange(status=ReferralStatus.REJECTED, on=on, reason=reason))

    def complete(
        self, *, on: dt.date, outcome: ReferralOutcome, reason: ReferralOutcomeReason
    ) -> Referral:
        """The referral done on ``on``, with its outcome and why."""
        return self.change(
            ReferralChange(
                status=ReferralStatus.DONE, on=on, outcome=outcome, outcome_reason=reason
            )
        )

    def revoke(self, *, on: dt.date, reason: str | None = None) -> Referral:
        """The referral revoked by the referring agency on ``on``."""
        return self.change(ReferralChange(status=ReferralStatus.REVOKED, on=on, reason=reason))


def _refusal(current: ReferralStatus, wanted: ReferralStatus) -> str:
    if current.final:
        return f"cannot go from {current.value} to {wanted.value}: {current.value} is final"
    if current is ReferralStatus.PENDING and wanted is ReferralStatus.DONE:
        return "cannot go from pending to done: accept it first"
    return f"cannot go from {current.value} to {wanted.value}"
