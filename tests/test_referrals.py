"""Referrals between agencies: every legal step of the lifecycle, and every illegal one."""

import datetime as dt

import pytest

from familyviolence import AgencyKind, InvalidModel, Jurisdiction
from familyviolence.collaboration import (
    REFERRAL_TRANSITIONS,
    Agency,
    Referral,
    ReferralChange,
    ReferralOutcome,
    ReferralOutcomeReason,
    ReferralStatus,
    RequestedService,
)

S = ReferralStatus
SENT = dt.date(2026, 3, 20)
BOU = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=Jurisdiction.SE)
MVU = Agency(id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=Jurisdiction.SE)


def referral(**fields):
    values = {
        "id": "referral-1",
        "from_agency": BOU,
        "to_agency": MVU,
        "persons": ("father",),
        "reason": "Violence against the mother; he asks for help.",
        "asks": (RequestedService.ASSESSMENT, RequestedService.PARTNER_CONTACT),
        "sent_on": SENT,
    }
    return Referral(**(values | fields))


def day(n):
    return SENT + dt.timedelta(days=n)


def change_to(status, on):
    if status is S.DONE:
        return ReferralChange(
            status=status,
            on=on,
            outcome=ReferralOutcome.SUCCESSFUL,
            outcome_reason=ReferralOutcomeReason.CARRIED_OUT,
        )
    if status is S.REJECTED:
        return ReferralChange(status=status, on=on, reason="Not in our target group.")
    return ReferralChange(status=status, on=on)


def reach(status):
    """A referral that has reached ``status`` by the shortest legal way."""
    path = {
        S.PENDING: [],
        S.ACCEPTED: [S.ACCEPTED],
        S.REJECTED: [S.REJECTED],
        S.REVOKED: [S.REVOKED],
        S.DONE: [S.ACCEPTED, S.DONE],
    }[status]
    r = referral()
    for i, step in enumerate(path):
        r = r.change(change_to(step, day(i + 1)))
    return r


LEGAL = [(a, b) for a, targets in REFERRAL_TRANSITIONS.items() for b in targets]
ILLEGAL = [(a, b) for a in S for b in S if b is not S.PENDING and (a, b) not in LEGAL]


def test_a_new_referral_is_pending():
    assert referral().status is S.PENDING
    assert referral().outcome is None


def test_the_legal_steps_are_exactly_these():
    assert set(LEGAL) == {
        (S.PENDING, S.ACCEPTED),
        (S.PENDING, S.REJECTED),
        (S.PENDING, S.REVOKED),
        (S.ACCEPTED, S.DONE),
        (S.ACCEPTED, S.REVOKED),
    }
    assert {s for s in S if s.final} == {S.REJECTED, S.DONE, S.REVOKED}


@pytest.mark.parametrize(("start", "to"), LEGAL, ids=lambda s: s.value)
def test_every_legal_step_is_recorded(start, to):
    before = reach(start)
    after = before.change(change_to(to, day(10)))
    assert after.status is to
    assert before.status is start  # the referral it was made from is unchanged
    assert after.changes[:-1] == before.changes


@pytest.mark.parametrize(("start", "to"), ILLEGAL, ids=lambda s: s.value)
def test_every_step_that_skips_or_leaves_a_final_status_is_refused(start, to):
    before = reach(start)
    with pytest.raises(InvalidModel, match=rf"Referral\.changes\[{len(before.changes)}\]"):
        before.change(change_to(to, day(10)))


def test_done_without_being_accepted_says_so():
    with pytest.raises(InvalidModel, match="cannot go from pending to done: accept it first"):
        referral().complete(
            on=day(5), outcome=ReferralOutcome.SUCCESSFUL, reason=ReferralOutcomeReason.CARRIED_OUT
        )
    with pytest.raises(InvalidModel, match="rejected is final"):
        referral().reject(on=day(1), reason="Full").accept(on=day(2))


def test_the_whole_way_with_the_named_steps():
    done = (
        referral()
        .accept(on=day(3))
        .complete(
            on=day(90),
            outcome=ReferralOutcome.NOT_SUCCESSFUL,
            reason=ReferralOutcomeReason.NO_PARTNER_CONTACT,
        )
    )
    assert done.status is S.DONE
    assert done.outcome is ReferralOutcome.NOT_SUCCESSFUL
    assert [done.status_on(day(n)) for n in (0, 3, 89, 90)] == [
        S.PENDING,
        S.ACCEPTED,
        S.ACCEPTED,
        S.DONE,
    ]
    assert referral().revoke(on=day(1)).status is S.REVOKED


def test_changes_are_in_date_order_and_not_before_the_referral_was_sent():
    with pytest.raises(InvalidModel, match=r"changes\[0\]\.on"):
        referral().accept(on=day(-1))
    with pytest.raises(InvalidModel, match=r"changes\[1\]\.on"):
        referral().accept(on=day(5)).revoke(on=day(4))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"status": S.PENDING}, "starts pending"),
        ({"status": S.REJECTED}, "a rejection gives its reason"),
        ({"status": S.DONE}, "has an outcome and its reason"),
        ({"status": S.DONE, "outcome": ReferralOutcome.SUCCESSFUL}, "outcome and its reason"),
        ({"status": S.ACCEPTED, "outcome": ReferralOutcome.SUCCESSFUL}, "only a referral done"),
        ({"status": S.ACCEPTED, "reason": "Because."}, "is not given when accepted"),
    ],
)
def test_a_change_carries_what_its_status_needs_and_nothing_else(fields, message):
    with pytest.raises(InvalidModel, match=message):
        ReferralChange(on=day(1), **fields)


def test_a_referral_goes_to_another_agency_and_names_persons_and_what_it_asks():
    with pytest.raises(InvalidModel, match="must be another agency"):
        referral(to_agency=BOU)
    with pytest.raises(InvalidModel, match="persons"):
        referral(persons=())
    with pytest.raises(InvalidModel, match="asks"):
        referral(asks=())
    with pytest.raises(InvalidModel, match=r"persons\[1\]"):
        referral(persons=("father", "father"))


def test_the_reason_is_sensitive_and_never_shown():
    assert "Violence" not in repr(referral())
