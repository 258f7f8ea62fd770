"""Delegations, decisions with their authority, ownership and transfer: what can be built, what
a case files, and what reads back."""

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import InvalidModel, evolve, from_dict, from_json, to_dict, to_json
from familyviolence.cases import Case
from familyviolence.collaboration import LegalGround
from familyviolence.disclosure import DisclosureDecision, GroundConsidered
from familyviolence.family import FamilySystem
from familyviolence.law import LegalReference
from familyviolence.people import Person
from familyviolence.periods import Period
from familyviolence.privacy import WithheldBecause, pseudonym, pseudonymise, redact
from familyviolence.responsibility import (
    Approval,
    Assignment,
    AssignmentRole,
    Decision,
    DecisionKind,
    DecisionLevel,
    DecisionMaker,
    Delegation,
    ExternalReview,
    ResponsibleAgency,
    ReviewBody,
    StaffTie,
    TieKind,
    TransferOutcome,
    TransferRequest,
    held_by,
    responsible_caseworkers,
)
from familyviolence.testing import strategies as fvst
from familyviolence.vocabulary import AddressProtection, DataCategory, Jurisdiction
from scenario import at, new_case

WORKER = DecisionMaker(professional="staff-17", agency="malmo-bou", level=DecisionLevel.EMPLOYEE)
MANAGER = DecisionMaker(professional="manager-3", agency="malmo-bou", level=DecisionLevel.MANAGER)


def decision(**fields):
    values = {
        "id": "decision-1",
        "kind": DecisionKind.INTERVENTION,
        "decided_at": at("2026-05-04", "09:00"),
        "decided_by": WORKER,
        "delegation": "4.2",
        "persons": ("elias",),
    }
    return Decision(**{**values, **fields})


def test_the_levels_are_ordered_from_employee_to_committee():
    ranks = [level.rank for level in DecisionLevel]
    assert ranks == sorted(ranks)
    assert DecisionLevel.EMPLOYEE.rank < DecisionLevel.CHAIR.rank < DecisionLevel.COMMITTEE.rank


def test_a_line_covers_a_decision_of_its_kind_by_its_level_or_higher_at_its_agency_that_day():
    line = Delegation(
        id="4.2",
        agency="malmo-bou",
        kinds=(DecisionKind.INTERVENTION,),
        level=DecisionLevel.EMPLOYEE,
        valid=Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31)),
    )
    assert line.covers(decision())
    assert line.covers(decision(decided_by=MANAGER))
    assert not line.covers(decision(kind=DecisionKind.PLACEMENT))
    assert not line.covers(decision(decided_at=at("2027-01-01")))
    other = DecisionMaker(professional="staff-9", agency="lund-bou", level=DecisionLevel.EMPLOYEE)
    assert not line.covers(decision(decided_by=other))
    named = Delegation(
        id="4.3",
        agency="malmo-bou",
        kinds=(DecisionKind.INTERVENTION,),
        level=DecisionLevel.EMPLOYEE,
        valid=Period(start=dt.date(2026, 1, 1)),
        professionals=("staff-18",),
        urgent_only=True,
    )
    assert not named.covers(decision(urgent=True))
    assert not Delegation(
        id="4.4",
        agency="malmo-bou",
        kinds=(DecisionKind.INTERVENTION,),
        level=DecisionLevel.EMPLOYEE,
        valid=Period(start=dt.date(2026, 1, 1)),
        urgent_only=True,
    ).covers(decision())


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (
            lambda: decision(approvals=(Approval(by=WORKER, at=at("2026-05-04", "10:00")),)),
            "approvals[0].by",
        ),
        (
            lambda: decision(approvals=(Approval(by=MANAGER, at=at("2026-05-03")),)),
            "approvals[0].at",
        ),
        (
            lambda: decision(
                review=ExternalReview(
                    body=ReviewBody.ADMINISTRATIVE_COURT, submitted_at=at("2026-05-01")
                )
            ),
            "review.submitted_at",
        ),
        (lambda: decision(persons=("elias", "elias")), "persons[1]"),
        (
            lambda: ExternalReview(
                body=ReviewBody.CHILD_WELFARE_BOARD,
                submitted_at=at("2026-05-04"),
                decided_at=at("2026-05-05"),
            ),
            "upheld",
        ),
        (
            lambda: ExternalReview(
                body=ReviewBody.CHILD_WELFARE_BOARD,
                submitted_at=at("2026-05-04"),
                decided_at=at("2026-05-03"),
                upheld=True,
            ),
            "decided_at",
        ),
        (
            lambda: Delegation(
                id="1",
                agency="a",
                kinds=(),
                level=DecisionLevel.EMPLOYEE,
                valid=Period(start=dt.date(2026, 1, 1)),
            ),
            "kinds",
        ),
        (
            lambda: Delegation(
                id="1",
                agency="a",
                kinds=(DecisionKind.OTHER,),
                level=DecisionLevel.EMPLOYEE,
                valid=Period(),
            ),
            "valid",
        ),
        (
            lambda: Assignment(
                id="a",
                professional="sw-1",
                agency="x",
                role=AssignmentRole.RESPONSIBLE,
                period=Period(start=dt.date(2026, 1, 1)),
                conflict_cleared_by="sw-1",
            ),
            "conflict_cleared_by",
        ),
        (
            lambda: StaffTie(
                id="t", person="mother", kind=TieKind.RELATIVE, professional="sw-2", agency="x"
            ),
            "agency",
        ),
        (
            lambda: TransferRequest(
                id="t", from_agency="a", to_agency="a", requested_on=dt.date(2026, 4, 1)
            ),
            "to_agency",
        ),
        (
            lambda: TransferRequest(
                id="t",
                from_agency="a",
                to_agency="b",
                requested_on=dt.date(2026, 4, 1),
                answered_on=dt.date(2026, 4, 2),
            ),
            "outcome",
        ),
        (
            lambda: TransferRequest(
                id="t",
                from_agency="a",
                to_agency="b",
                requested_on=dt.date(2026, 4, 1),
                answered_on=dt.date(2026, 3, 2),
                outcome=TransferOutcome.ACCEPTED,
            ),
            "answered_on",
        ),
        (
            lambda: TransferRequest(
                id="t",
                from_agency="a",
                to_agency="b",
                requested_on=dt.date(2026, 4, 1),
                information=(DataCategory.IDENTITY,),
            ),
            "ground",
        ),
        (
            lambda: ResponsibleAgency(
                id="r", agency="19850921-1234", period=Period(start=dt.date(2026, 1, 1))
            ),
            "agency",
        ),
    ],
)
def test_an_impossible_record_is_refused_naming_its_field(build, field):
    with pytest.raises(InvalidModel) as raised:
        build()
    assert raised.value.field == field
    assert "19850921" not in str(raised.value)


def test_an_approval_with_a_time_zone_beside_a_decision_without_one_is_refused_not_crashed():
    # One system records local times, another UTC: the two cannot be put in order.
    approval = Approval(by=MANAGER, at=dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC))
    with pytest.raises(InvalidModel) as raised:
        decision(approvals=(approval,))
    assert raised.value.field == "approvals[0].at"
    assert "time zone" in raised.value.reason


def records():
    return (
        decision(approvals=(Approval(by=MANAGER, at=at("2026-05-04", "11:00")),)),
        ResponsibleAgency(
            id="held-1", agency="malmo-bou", period=Period(start=dt.date(2026, 3, 2))
        ),
        Assignment(
            id="assignment-1",
            professional="staff-17",
            agency="malmo-bou",
            role=AssignmentRole.RESPONSIBLE,
            period=Period(start=dt.date(2026, 3, 2)),
            designated_for=("mother",),
        ),
        StaffTie(
            id="tie-1",
            person="father",
            kind=TieKind.STAFF,
            professional="staff-40",
            agency="malmo-bou",
        ),
        TransferRequest(
            id="transfer-1",
            from_agency="malmo-bou",
            to_agency="lund-bou",
            requested_on=dt.date(2026, 6, 1),
            information=(DataCategory.CONTACT_DETAILS,),
            ground=LegalReference(statute="OSL 2009:400", provision="10 kap. 2 §", verified=True),
        ),
    )


def test_a_case_files_each_record_in_its_field_and_reads_back_on_both_paths():
    case = new_case().with_records(*records())
    assert [d.id for d in case.decisions] == ["decision-1"]
    assert [a.id for a in case.assignments] == ["assignment-1"]
    assert [r.id for r in case.responsible_agencies] == ["held-1"]
    assert [t.id for t in case.staff_ties] == ["tie-1"]
    assert [t.id for t in case.transfers] == ["transfer-1"]
    assert from_json(Case, to_json(case)) == case
    assert from_dict(Case, to_dict(case)) == case


def test_an_accepted_transfer_replaces_the_request_by_its_id():
    case = new_case().with_records(*records())
    request = case.transfers[0]
    accepted = TransferRequest(
        id=request.id,
        from_agency=request.from_agency,
        to_agency=request.to_agency,
        requested_on=request.requested_on,
        answered_on=dt.date(2026, 6, 10),
        outcome=TransferOutcome.ACCEPTED,
        information=request.information,
        ground=request.ground,
    )
    assert new_case().with_records(*records(), accepted).transfers == (accepted,)


@pytest.mark.parametrize(
    ("field", "record"),
    [
        ("decisions[0].persons[0]", decision(persons=("stranger",))),
        (
            "assignments[0].designated_for[0]",
            Assignment(
                id="a",
                professional="sw-1",
                agency="x",
                role=AssignmentRole.CO_WORKER,
                period=Period(start=dt.date(2026, 1, 1)),
                designated_for=("stranger",),
            ),
        ),
        (
            "staff_ties[0].person",
            StaffTie(id="t", person="stranger", kind=TieKind.RELATIVE, professional="sw-1"),
        ),
    ],
)
def test_a_record_naming_a_person_outside_the_family_is_refused(field, record):
    with pytest.raises(InvalidModel) as raised:
        new_case().with_records(record)
    assert raised.value.field == field


def test_two_records_with_one_id_in_a_field_are_refused():
    tie = StaffTie(id="t", person="mother", kind=TieKind.RELATIVE, professional="sw-1")
    with pytest.raises(InvalidModel) as raised:
        new_case(staff_ties=(tie, tie))
    assert raised.value.field == "staff_ties[1].id"


@settings(max_examples=40)
@given(
    st.lists(fvst.responsibility_decisions(), max_size=2, unique_by=lambda d: d.id),
    st.lists(fvst.assignments(), max_size=3, unique_by=lambda a: a.id),
    st.lists(fvst.transfer_requests(), max_size=2, unique_by=lambda t: t.id),
    fvst.responsible_agency_histories(),
)
def test_a_case_with_any_responsibility_records_reads_back_equal_on_both_paths(
    decisions, assignments, transfers, held
):
    family = FamilySystem(persons=tuple(Person(id=p) for p in ("child-1", "adult-1", "adult-2")))
    case = Case(
        id="case-1",
        jurisdiction=Jurisdiction.SE,
        family=family,
        subjects=("child-1",),
        decisions=tuple(decisions),
        assignments=tuple(assignments),
        transfers=tuple(transfers),
        responsible_agencies=tuple(held),
    )
    assert from_json(Case, to_json(case)) == case
    assert from_dict(Case, to_dict(case)) == case


def test_a_case_document_written_before_these_records_existed_still_reads():
    document = to_dict(new_case())
    for name in ("decisions", "responsible_agencies", "assignments", "staff_ties", "transfers"):
        del document[name]
    assert from_dict(Case, document) == new_case()
    assert from_json(Case, json.dumps(document)) == new_case()


# -- privacy ---------------------------------------------------------------------------------------


def everything_permitted():
    ground = GroundConsidered(
        ground=LegalGround.CONSENT,
        rule="se-consent",
        reference=LegalReference(statute="OSL 2009:400", provision="12 kap. 2 §"),
        reason="consent",
        categories=tuple(DataCategory),
    )
    return DisclosureDecision(
        request="disclosure-1",
        person=None,
        on=dt.date(2026, 6, 2),
        jurisdiction=Jurisdiction.SE,
        permitted=True,
        categories=tuple(DataCategory),
        relied_on=(ground,),
    )


def moved_case(protection):
    persons = tuple(
        Person(id=p, address_protection=protection if p == "mother" else None)
        for p in ("mother", "father", "elias", "saga")
    )
    return Case(
        id="case-1",
        jurisdiction=Jurisdiction.SE,
        family=FamilySystem(persons=persons),
        subjects=("elias",),
    ).with_records(*records())


def test_where_a_protected_mothers_case_moves_and_who_holds_it_are_withheld_unless_entitled():
    case = moved_case(AddressProtection.PROTECTED_REGISTRATION)
    out = redact(case, everything_permitted())
    assert out.case.transfers == ()
    assert out.case.responsible_agencies == ()
    assert out.case.staff_ties == ()
    assert "lund-bou" not in to_json(out).decode()
    reasons = {(r.path, r.reason) for r in out.withheld}
    assert ("$.transfers", WithheldBecause.PROTECTED_WHEREABOUTS) in reasons
    # The decision stays; which agency took it, and where staff work, would say where she is.
    (decision,) = out.case.decisions
    assert (decision.id, decision.kind) == (case.decisions[0].id, case.decisions[0].kind)
    assert decision.decided_by.agency != case.decisions[0].decided_by.agency
    pairs = zip(out.case.assignments, case.assignments, strict=True)
    assert all(shown.agency != held.agency for shown, held in pairs)
    entitled = redact(case, everything_permitted(), entitled_to_whereabouts=True)
    assert entitled.case.transfers == case.transfers
    assert entitled.case.decisions == case.decisions
    assert redact(moved_case(None), everything_permitted()).case.transfers == case.transfers


def test_pseudonymising_renames_the_persons_and_removes_the_staff_id_of_a_person():
    case = moved_case(None)
    done = pseudonymise(case, b"k" * 32).case
    mother = pseudonym(b"k" * 32, case.id, "mother")
    (tie,) = done.staff_ties
    assert tie.person == pseudonym(b"k" * 32, case.id, "father")
    assert tie.professional != "staff-40"
    assert tie.agency is None
    assert done.assignments[0].designated_for == (mother,)
    assert done.decisions[0].persons == (pseudonym(b"k" * 32, case.id, "elias"),)
    assert "staff-40" not in repr(case.staff_ties[0])


def test_two_agencies_never_hold_the_case_on_the_same_day():
    uppsala = ResponsibleAgency(
        id="held-1",
        agency="soc-uppsala",
        period=Period(start=dt.date(2026, 1, 5), end=dt.date(2026, 6, 1)),
    )
    enkoping = ResponsibleAgency(
        id="held-2", agency="soc-enkoping", period=Period(start=dt.date(2026, 6, 1))
    )
    with pytest.raises(InvalidModel) as raised:
        new_case(responsible_agencies=(uppsala, enkoping))
    assert raised.value.field == "responsible_agencies[1].period"
    handed_over = evolve(enkoping, period=Period(start=dt.date(2026, 6, 2)))
    case = new_case(responsible_agencies=(uppsala, handed_over))
    assert held_by(case.responsible_agencies, dt.date(2026, 6, 1)) == "soc-uppsala"
    assert held_by(case.responsible_agencies, dt.date(2026, 6, 2)) == "soc-enkoping"
    assert held_by(case.responsible_agencies, dt.date(2025, 12, 31)) is None


def test_the_responsible_caseworkers_on_a_day():
    def assignment(i, who, role, start, end=None):
        return Assignment(
            id=f"a-{i}",
            professional=who,
            agency="malmo-bou",
            role=role,
            period=Period(start=start, end=end),
        )

    assignments = (
        assignment(
            1, "staff-17", AssignmentRole.RESPONSIBLE, dt.date(2026, 3, 2), dt.date(2026, 3, 31)
        ),
        assignment(2, "staff-18", AssignmentRole.CO_WORKER, dt.date(2026, 3, 2)),
        assignment(3, "staff-21", AssignmentRole.RESPONSIBLE, dt.date(2026, 4, 1)),
    )
    assert responsible_caseworkers(assignments, dt.date(2026, 3, 31)) == ("staff-17",)
    assert responsible_caseworkers(assignments, dt.date(2026, 4, 1)) == ("staff-21",)
    assert responsible_caseworkers(assignments, dt.date(2026, 3, 1)) == ()


def test_which_agency_works_on_or_decides_a_case_is_whereabouts():
    """Karin (the mother) has protected identity and moved with the case from Malmö to Kiruna.
    A disclosure of the case's handling without whereabouts must not name Kiruna through the
    caseworker's agency, the decision's maker or its approver."""
    kiruna = "kiruna-soc"
    case = moved_case(AddressProtection.PROTECTED_REGISTRATION)
    maker = DecisionMaker(professional="staff-70", agency=kiruna, level=DecisionLevel.EMPLOYEE)
    boss = DecisionMaker(professional="manager-7", agency=kiruna, level=DecisionLevel.MANAGER)
    (old_decision,) = case.decisions
    (old_assignment,) = case.assignments
    case = evolve(
        case,
        decisions=(
            evolve(
                old_decision,
                decided_by=maker,
                approvals=(Approval(by=boss, at=at("2026-05-04", "11:00")),),
            ),
        ),
        assignments=(evolve(old_assignment, agency=kiruna),),
    )
    history_only = evolve(
        everything_permitted(),
        categories=tuple(c for c in DataCategory if c is not DataCategory.WHEREABOUTS),
    )
    out = redact(case, history_only)
    assert kiruna not in to_json(out).decode()
    paths = {r.path for r in out.withheld}
    assert "$.assignments[*].agency" in paths
    assert "$.decisions[*].decided_by.agency" in paths
    assert "$.decisions[*].approvals[*].by.agency" in paths
    # What the caseworker and the decision were is still told.
    assert out.case.decisions[0].kind is old_decision.kind
    assert out.case.assignments[0].role is old_assignment.role
