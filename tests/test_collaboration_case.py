"""A case keeps its collaboration records beside its history, and they refer to what it holds."""

import datetime as dt

import pytest

from familyviolence import (
    AgencyKind,
    Case,
    Consent,
    DisclosureRequest,
    InvalidModel,
    Jurisdiction,
    evolve,
    from_json,
    to_json,
)
from familyviolence.cases import replay
from familyviolence.collaboration import (
    Agency,
    Commission,
    ConcernCategory,
    DisclosurePurpose,
    Referral,
    ReferralStatus,
    ReportOfConcern,
    RequestedService,
    SuspectedOffence,
)
from familyviolence.events import NoteAdded
from familyviolence.vocabulary import DataCategory, ReporterKind
from scenario import SOCIAL_WORKER, at, new_case

SE = Jurisdiction.SE
BOU = Agency(id="malmo-bou", kind=AgencyKind.SOCIAL_SERVICES_CHILDREN, jurisdiction=SE)
MVU = Agency(id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC, jurisdiction=SE)
POLICE = Agency(id="police-syd", kind=AgencyKind.POLICE, jurisdiction=SE)

CONSENT = Consent(
    id="consent-1",
    person="father",
    given_by=("father",),
    given_on=dt.date(2026, 3, 2),
    recipient_kinds=(AgencyKind.PERPETRATOR_CLINIC,),
    purposes=(DisclosurePurpose.SUPPORT_AND_CARE,),
    categories=(DataCategory.IDENTITY,),
)
REFERRAL = Referral(
    id="referral-1",
    from_agency=BOU,
    to_agency=MVU,
    persons=("father",),
    reason="He asks for help.",
    asks=(RequestedService.ASSESSMENT,),
    sent_on=dt.date(2026, 3, 3),
    consents=("consent-1",),
)
REQUEST = DisclosureRequest(
    id="disclosure-1",
    from_agency=BOU,
    to_agency=POLICE,
    person="father",
    categories=(DataCategory.IDENTITY,),
    purpose=DisclosurePurpose.CRIMINAL_INVESTIGATION,
    requested_on=dt.date(2026, 3, 4),
    offence=SuspectedOffence(penal_code_chapter=3, victim="elias"),
)


def test_records_are_filed_by_type_and_found_by_id():
    case = new_case().with_records(CONSENT, REFERRAL, REQUEST)
    assert case.consents == (CONSENT,)
    assert case.referrals == (REFERRAL,)
    assert case.disclosures == (REQUEST,)
    assert case.consent("consent-1") is CONSENT
    assert case.referral("referral-1") is REFERRAL
    assert case.disclosure("disclosure-1") is REQUEST
    assert case.referral("referral-2") is None
    assert case.referrals_of("father") == (REFERRAL,)
    assert case.referrals_of("mother") == ()


def test_a_record_with_an_id_already_filed_replaces_it_in_its_place():
    case = new_case().with_records(CONSENT, REFERRAL)
    accepted = case.with_records(REFERRAL.accept(on=dt.date(2026, 3, 5)))
    assert accepted.referral("referral-1").status is ReferralStatus.ACCEPTED
    assert case.referral("referral-1").status is ReferralStatus.PENDING  # unchanged
    withdrawn = accepted.with_records(CONSENT.withdraw(on=dt.date(2026, 4, 1)))
    assert len(withdrawn.consents) == 1
    assert withdrawn.consents_in_force(on=dt.date(2026, 3, 31), person="father") == (
        withdrawn.consent("consent-1"),
    )
    assert withdrawn.consents_in_force(on=dt.date(2026, 4, 1)) == ()


def test_only_collaboration_records_are_filed():
    with pytest.raises(TypeError, match="NoteAdded is not a collaboration or safety record"):
        new_case().with_records(NoteAdded(at=at("2026-03-02"), actor=SOCIAL_WORKER, text="-"))
    report = ReportOfConcern(
        id="report-1",
        child="elias",
        received_at=at("2026-03-02"),
        reporter_kind=ReporterKind.SCHOOL,
        concerns=(ConcernCategory.NEGLECT,),
    )
    with pytest.raises(TypeError, match="ReportOfConcernReceived"):
        new_case().with_records(report)


@pytest.mark.parametrize(
    ("records", "field"),
    [
        (
            (evolve(REFERRAL, persons=("father", "stranger"), consents=()),),
            "referrals[0].persons[1]",
        ),
        ((REFERRAL,), "referrals[0].consents[0]"),
        ((evolve(CONSENT, person="stranger"),), "consents[0].person"),
        ((evolve(CONSENT, given_by=("father", "stranger")),), "consents[0].given_by[1]"),
        ((evolve(REQUEST, person="stranger"),), "disclosures[0].person"),
        (
            (evolve(REQUEST, offence=SuspectedOffence(victim="stranger")),),
            "disclosures[0].offence.victim",
        ),
        ((CONSENT, CONSENT), "consents[1].id"),
    ],
)
def test_records_refer_to_persons_and_records_of_the_case(records, field):
    with pytest.raises(InvalidModel) as caught:
        evolve(new_case(), **{_field_of(records[0]): records})
    assert caught.value.model == "Case"
    assert caught.value.field == field


def _field_of(record):
    return {
        Referral: "referrals",
        Consent: "consents",
        DisclosureRequest: "disclosures",
        Commission: "commissions",
    }[type(record)]


def test_the_history_replays_from_the_start_with_the_records_in_place():
    case = new_case().with_records(CONSENT, REFERRAL, REQUEST)
    case = case.record(NoteAdded(at=at("2026-03-05"), actor=SOCIAL_WORKER, text="Called him."))
    assert replay(case.history, onto=evolve(case, history=())) == case


def test_a_case_with_records_round_trips_as_a_document():
    case = new_case().with_records(CONSENT, REFERRAL.accept(on=dt.date(2026, 3, 5)), REQUEST)
    assert from_json(Case, to_json(case)) == case
