"""Referrals between agencies, their status changes, and commissions with promised reports."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence.collaboration import (
    REFERRAL_TRANSITIONS,
    Commission,
    CommissionReportKind,
    PromisedReport,
    Referral,
    ReferralChange,
    ReferralOutcome,
    ReferralOutcomeReason,
    ReferralStatus,
    RequestedService,
)
from familyviolence.testing._strategies.agencies import agencies
from familyviolence.testing._strategies.values import (
    COLLABORATION_FROM,
    DAYS,
    days_after,
    free_texts,
    ids,
    record_id,
    some_of,
)
from familyviolence.vocabulary import AgencyKind


def _referral_change(draw: st.DrawFn, status: ReferralStatus, on: dt.date) -> ReferralChange:
    if status is ReferralStatus.DONE:
        return ReferralChange(
            status=status,
            on=on,
            outcome=draw(st.sampled_from(ReferralOutcome)),
            outcome_reason=draw(st.sampled_from(ReferralOutcomeReason)),
        )
    if status is ReferralStatus.REJECTED:
        return ReferralChange(status=status, on=on, reason=draw(free_texts()))
    if status is ReferralStatus.REVOKED:
        return ReferralChange(status=status, on=on, reason=draw(st.none() | free_texts()))
    return ReferralChange(status=status, on=on)


_CHANGED_TO = tuple(s for s in ReferralStatus if s is not ReferralStatus.PENDING)


@st.composite
def referral_changes(draw: st.DrawFn) -> ReferralChange:
    """Single status changes of a referral, each valid on its own (to any status but pending)."""
    return _referral_change(draw, draw(st.sampled_from(_CHANGED_TO)), draw(DAYS))


@st.composite
def referrals(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    consents: tuple[str, ...] = (),
    sent_on: dt.date | None = None,
) -> Referral:
    """Referrals between two agencies whose status has walked zero to two legal steps.

    Persons are taken from ``persons`` (invented if not given), consents from ``consents``.
    """
    people = persons or tuple(draw(st.lists(ids(), min_size=1, max_size=3, unique=True)))
    sender, receiver = draw(st.lists(agencies(), min_size=2, max_size=2, unique_by=record_id))
    day = draw(DAYS) if sent_on is None else sent_on
    referral = Referral(
        id=draw(ids("referral")),
        from_agency=sender,
        to_agency=receiver,
        persons=tuple(draw(st.lists(st.sampled_from(people), min_size=1, max_size=2, unique=True))),
        reason=draw(free_texts()),
        asks=tuple(
            draw(st.lists(st.sampled_from(RequestedService), min_size=1, max_size=3, unique=True))
        ),
        sent_on=day,
        consents=some_of(draw, list(consents), max_size=2),
    )
    for _ in range(draw(st.integers(0, 2))):
        allowed = REFERRAL_TRANSITIONS.get(referral.status, ())
        if not allowed:
            break
        day = draw(days_after(day))
        referral = referral.change(_referral_change(draw, draw(st.sampled_from(allowed)), day))
    return referral


@st.composite
def promised_reports(
    draw: st.DrawFn, *, not_before: dt.date = COLLABORATION_FROM
) -> PromisedReport:
    """Reports promised to a commissioner, due on or after ``not_before``, sent or not."""
    due = draw(days_after(not_before, most=365))
    sent = draw(st.none() | days_after(not_before, most=400))
    return PromisedReport(
        id=draw(ids("report")),
        due_on=due,
        kind=draw(st.sampled_from(CommissionReportKind)),
        sent_on=sent,
    )


@st.composite
def commissions(draw: st.DrawFn, *, intervention: str | None = None) -> Commission:
    """Commissions of a provider by social services, with promised reports sent or not."""
    agreed = draw(DAYS)
    return Commission(
        id=draw(ids("commission")),
        intervention=intervention or draw(ids("intervention")),
        commissioner=draw(agencies(kinds=st.sampled_from(_SOCIAL_SERVICES_KINDS), prefix="sos")),
        provider=draw(agencies(kinds=st.sampled_from(_PROVIDER_KINDS), prefix="provider")),
        agreed_on=agreed,
        reports=tuple(
            draw(st.lists(promised_reports(not_before=agreed), max_size=3, unique_by=record_id))
        ),
        caseworker=draw(st.none() | ids("staff")),
    )


_SOCIAL_SERVICES_KINDS = tuple(k for k in AgencyKind if k.is_social_services)
_PROVIDER_KINDS = (
    AgencyKind.PERPETRATOR_CLINIC,
    AgencyKind.PLACEMENT_HOME,
    AgencyKind.WOMENS_SHELTER,
    AgencyKind.VOLUNTARY_ORGANISATION,
)
