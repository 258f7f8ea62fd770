"""Scenarios of the rules on who decides and who holds a case: each fires, and stays quiet
where nothing is wrong."""

import datetime as dt

from familyviolence import Jurisdiction, evaluate, evolve
from familyviolence.collaboration import ProfessionalRole
from familyviolence.law import LegalReference
from familyviolence.periods import Period
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
    TransferOutcome,
    TransferRequest,
)
from familyviolence.rulebook import RULE_PACKS
from familyviolence.rules import RuleContext, Severity
from familyviolence.vocabulary import DataCategory
from rule_checks import fires, quiet
from scenario import at, new_case

MALMO = "malmo-bou"
BERGEN = "bergen-bv"

CASEWORKER = DecisionMaker(
    professional="staff-17",
    agency=MALMO,
    level=DecisionLevel.EMPLOYEE,
    role=ProfessionalRole.SOCIAL_WORKER,
)
UNIT_MANAGER = DecisionMaker(professional="manager-3", agency=MALMO, level=DecisionLevel.MANAGER)
CHAIR = DecisionMaker(professional="chair-1", agency=MALMO, level=DecisionLevel.CHAIR)

# Malmö's delegation order: a caseworker grants support with the unit manager's approval; the
# unit manager places children outside the home.
MALMO_ORDER = (
    Delegation(
        id="4.2",
        agency=MALMO,
        kinds=(DecisionKind.INTERVENTION,),
        level=DecisionLevel.EMPLOYEE,
        valid=Period(start=dt.date(2025, 1, 1)),
        roles=(ProfessionalRole.SOCIAL_WORKER,),
        approval=DecisionLevel.MANAGER,
    ),
    Delegation(
        id="5.1",
        agency=MALMO,
        kinds=(DecisionKind.PLACEMENT,),
        level=DecisionLevel.MANAGER,
        valid=Period(start=dt.date(2025, 1, 1)),
    ),
)
MALMO_CONTEXT = RuleContext(delegations=MALMO_ORDER)

BERGEN_WORKER = DecisionMaker(professional="staff-4", agency=BERGEN, level=DecisionLevel.EMPLOYEE)
BERGEN_LEADER = DecisionMaker(professional="leader-1", agency=BERGEN, level=DecisionLevel.MANAGER)
BERGEN_CONTEXT = RuleContext(
    delegations=(
        Delegation(
            id="bv-3",
            agency=BERGEN,
            kinds=(DecisionKind.INTERVENTION,),
            level=DecisionLevel.EMPLOYEE,
            valid=Period(start=dt.date(2023, 1, 1)),
        ),
        Delegation(
            id="bv-1",
            agency=BERGEN,
            kinds=(DecisionKind.EMERGENCY_CARE,),
            level=DecisionLevel.MANAGER,
            valid=Period(start=dt.date(2023, 1, 1)),
        ),
    )
)


def support(by=CASEWORKER, *, delegation="4.2", kind=DecisionKind.INTERVENTION, approvals=()):
    return Decision(
        id="decision-1",
        kind=kind,
        decided_at=at("2026-05-04", "09:00"),
        decided_by=by,
        delegation=delegation,
        persons=("elias",),
        approvals=approvals,
    )


APPROVED = (Approval(by=UNIT_MANAGER, at=at("2026-05-04", "14:00")),)

# -- delegation --------------------------------------------------------------------------------


def test_a_caseworker_granting_support_under_the_delegation_order_is_in_order():
    case = new_case(decisions=(support(approvals=APPROVED),))
    quiet("SE-DECISION-WITHOUT-DELEGATION", case, on=dt.date(2026, 5, 5), context=MALMO_CONTEXT)


def test_a_caseworker_placing_a_child_under_the_line_for_support_has_no_delegation():
    case = new_case(decisions=(support(kind=DecisionKind.PLACEMENT),))
    finding = fires(
        "SE-DECISION-WITHOUT-DELEGATION",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        persons=("elias",),
        context=MALMO_CONTEXT,
    )
    assert finding.severity is Severity.ERROR
    assert str(finding.reference) == "KL 2017:725 7 kap."


def test_a_decision_naming_no_delegation_has_none():
    case = new_case(decisions=(support(delegation=None),))
    fires(
        "SE-DECISION-WITHOUT-DELEGATION",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=MALMO_CONTEXT,
    )


def test_a_line_of_another_agencys_order_gives_no_power_here():
    stranger = DecisionMaker(
        professional="staff-9", agency="lund-bou", level=DecisionLevel.EMPLOYEE
    )
    case = new_case(decisions=(support(by=stranger),))
    fires(
        "SE-DECISION-WITHOUT-DELEGATION",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=MALMO_CONTEXT,
    )


def test_the_committee_needs_no_delegation():
    committee = DecisionMaker(professional="sn-malmo", agency=MALMO, level=DecisionLevel.COMMITTEE)
    case = new_case(decisions=(support(by=committee, delegation=None, kind=DecisionKind.OTHER),))
    quiet("SE-DECISION-WITHOUT-DELEGATION", case, on=dt.date(2026, 5, 5), context=MALMO_CONTEXT)


def test_without_the_delegation_orders_the_delegation_rules_do_not_run():
    case = new_case(decisions=(support(delegation=None),))
    findings = evaluate(case, on=dt.date(2026, 5, 5))
    assert "SE-DECISION-WITHOUT-DELEGATION" in findings.skipped
    assert "DECISION-APPROVAL-MISSING" in findings.skipped


def akuttvedtak(review=None, *, by=BERGEN_LEADER, delegation="bv-1", urgent=True):
    """Bergen's emergency decision about Saga on 2 March, by the leader under line bv-1."""
    return Decision(
        id="akutt-1",
        kind=DecisionKind.EMERGENCY_CARE,
        decided_at=at("2026-03-02", "16:00"),
        decided_by=by,
        delegation=delegation,
        urgent=urgent,
        persons=("saga",),
        review=review,
    )


def test_a_norwegian_caseworker_deciding_an_emergency_has_no_delegation():
    decision = akuttvedtak(by=BERGEN_WORKER, delegation="bv-3", urgent=False)
    case = new_case(Jurisdiction.NO, decisions=(decision,))
    fires(
        "NO-DECISION-WITHOUT-DELEGATION",
        case,
        on=dt.date(2026, 3, 3),
        path="$.decisions[0]",
        persons=("saga",),
        context=BERGEN_CONTEXT,
    )


def test_the_norwegian_leader_deciding_an_emergency_under_the_order_is_in_order():
    decision = akuttvedtak(by=BERGEN_LEADER, delegation="bv-1", urgent=False)
    case = new_case(Jurisdiction.NO, decisions=(decision,))
    quiet("NO-DECISION-WITHOUT-DELEGATION", case, on=dt.date(2026, 3, 3), context=BERGEN_CONTEXT)


# -- approval ----------------------------------------------------------------------------------


def test_support_granted_without_the_unit_managers_approval_lacks_it():
    case = new_case(decisions=(support(),))
    finding = fires(
        "DECISION-APPROVAL-MISSING",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=MALMO_CONTEXT,
    )
    assert "manager" in finding.message.en


def test_an_approval_by_another_caseworker_is_not_the_managers():
    colleague = DecisionMaker(professional="staff-18", agency=MALMO, level=DecisionLevel.EMPLOYEE)
    approvals = (Approval(by=colleague, at=at("2026-05-04", "10:00")),)
    case = new_case(decisions=(support(approvals=approvals),))
    fires(
        "DECISION-APPROVAL-MISSING",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=MALMO_CONTEXT,
    )


def test_support_approved_by_the_unit_manager_is_in_order():
    case = new_case(decisions=(support(approvals=APPROVED),))
    quiet("DECISION-APPROVAL-MISSING", case, on=dt.date(2026, 5, 5), context=MALMO_CONTEXT)


# -- emergency decisions -------------------------------------------------------------------------


def custody(by=CHAIR, *, review=None):
    return Decision(
        id="lvu-6-1",
        kind=DecisionKind.EMERGENCY_CARE,
        decided_at=at("2026-03-02", "18:30"),
        decided_by=by,
        urgent=True,
        persons=("elias",),
        review=review,
    )


def test_immediate_custody_decided_by_the_unit_manager_is_not_the_chairs():
    case = new_case(decisions=(custody(by=UNIT_MANAGER),))
    finding = fires(
        "SE-IMMEDIATE-CUSTODY-BELOW-CHAIR",
        case,
        on=dt.date(2026, 3, 3),
        path="$.decisions[0].decided_by",
        persons=("elias",),
    )
    assert finding.reference.verified
    assert str(finding.reference) == "LVU 1990:52 6 § 2nd para."


def test_immediate_custody_decided_by_the_chair_is_in_order():
    case = new_case(decisions=(custody(),))
    quiet("SE-IMMEDIATE-CUSTODY-BELOW-CHAIR", case, on=dt.date(2026, 3, 3))


def test_immediate_custody_not_submitted_to_the_court_within_a_week_has_lapsed():
    case = new_case(decisions=(custody(),))
    quiet("SE-IMMEDIATE-CUSTODY-NOT-SUBMITTED", case, on=dt.date(2026, 3, 9))
    finding = fires(
        "SE-IMMEDIATE-CUSTODY-NOT-SUBMITTED",
        case,
        on=dt.date(2026, 3, 10),
        path="$.decisions[0]",
    )
    assert "2026-03-09" in finding.message.en
    assert not finding.reference.verified  # the one week rests on a secondary source


def test_immediate_custody_submitted_late_has_lapsed_too():
    review = ExternalReview(
        body=ReviewBody.ADMINISTRATIVE_COURT, submitted_at=at("2026-03-11", "09:00")
    )
    case = new_case(decisions=(custody(review=review),))
    fires(
        "SE-IMMEDIATE-CUSTODY-NOT-SUBMITTED",
        case,
        on=dt.date(2026, 3, 20),
        path="$.decisions[0]",
    )


def test_immediate_custody_submitted_within_the_week_is_in_order():
    review = ExternalReview(
        body=ReviewBody.ADMINISTRATIVE_COURT,
        submitted_at=at("2026-03-04", "11:00"),
        decided_at=at("2026-03-09", "15:00"),
        upheld=True,
    )
    case = new_case(decisions=(custody(review=review),))
    quiet("SE-IMMEDIATE-CUSTODY-NOT-SUBMITTED", case, on=dt.date(2026, 4, 1))


def test_an_emergency_decision_the_board_has_not_approved_within_48_hours_is_flagged():
    sent = ExternalReview(
        body=ReviewBody.CHILD_WELFARE_BOARD, submitted_at=at("2026-03-02", "17:00")
    )
    case = new_case(Jurisdiction.NO, decisions=(akuttvedtak(sent),))
    quiet("NO-EMERGENCY-DECISION-NOT-APPROVED", case, on=dt.date(2026, 3, 3))
    finding = fires(
        "NO-EMERGENCY-DECISION-NOT-APPROVED",
        case,
        on=dt.date(2026, 3, 5),
        path="$.decisions[0]",
        persons=("saga",),
    )
    assert finding.severity is Severity.WARNING  # "if possible within 48 hours"


def test_an_emergency_decision_under_the_old_act_is_not_judged_by_the_new_acts_48_hours():
    old = evolve(akuttvedtak(), decided_at=at("2022-12-30", "16:00"))
    case = new_case(Jurisdiction.NO, decisions=(old,))
    quiet("NO-EMERGENCY-DECISION-NOT-APPROVED", case, on=dt.date(2023, 1, 10))


def test_an_emergency_decision_approved_the_next_day_is_in_order():
    approved = ExternalReview(
        body=ReviewBody.CHILD_WELFARE_BOARD,
        submitted_at=at("2026-03-02", "17:00"),
        decided_at=at("2026-03-03", "13:00"),
        upheld=True,
    )
    case = new_case(Jurisdiction.NO, decisions=(akuttvedtak(approved),))
    quiet("NO-EMERGENCY-DECISION-NOT-APPROVED", case, on=dt.date(2026, 3, 10))


# -- transfer ------------------------------------------------------------------------------------

GROUND = LegalReference(statute="OSL 2009:400", provision="10 kap. 2 §", verified=True)


def transfer(**fields):
    return TransferRequest(
        id="transfer-1",
        from_agency=MALMO,
        to_agency="lund-bou",
        requested_on=fields.pop("requested_on", dt.date(2026, 4, 1)),
        information=(DataCategory.CONTACT_DETAILS,),
        ground=GROUND,
        **fields,
    )


def test_a_transfer_request_unanswered_for_a_month_opens_the_route_to_ivo():
    case = new_case(transfers=(transfer(),))
    quiet("SE-TRANSFER-UNANSWERED", case, on=dt.date(2026, 5, 1))
    finding = fires(
        "SE-TRANSFER-UNANSWERED",
        case,
        on=dt.date(2026, 5, 2),
        path="$.transfers[0]",
        persons=("elias",),
    )
    assert finding.severity is Severity.INFO
    assert "IVO" in finding.message.en


def test_under_the_old_act_the_route_to_ivo_is_cited_by_its_section():
    case = new_case(transfers=(transfer(requested_on=dt.date(2025, 3, 3)),))
    finding = fires("SE-TRANSFER-UNANSWERED", case, on=dt.date(2025, 4, 4), path="$.transfers[0]")
    assert str(finding.reference) == "SoL 2001:453 2 a kap. 11 §"


def test_a_transfer_request_answered_within_the_month_is_in_order():
    accepted = transfer(answered_on=dt.date(2026, 4, 20), outcome=TransferOutcome.ACCEPTED)
    refused = evolve_transfer(accepted, outcome=TransferOutcome.REFUSED)
    for request in (accepted, refused):
        quiet("SE-TRANSFER-UNANSWERED", new_case(transfers=(request,)), on=dt.date(2026, 6, 1))


def test_once_the_requesting_municipality_applied_to_ivo_the_route_is_taken():
    applied = transfer(applied_to_supervisor_on=dt.date(2026, 5, 4))
    quiet("SE-TRANSFER-UNANSWERED", new_case(transfers=(applied,)), on=dt.date(2026, 5, 20))


def evolve_transfer(request, **changes):
    return evolve(request, **changes)


def test_a_norwegian_transfer_left_unanswered_past_the_agreed_day_is_flagged():
    request = TransferRequest(
        id="transfer-1",
        from_agency=BERGEN,
        to_agency="oslo-bv",
        requested_on=dt.date(2026, 4, 1),
        answer_by=dt.date(2026, 4, 15),
    )
    case = new_case(Jurisdiction.NO, transfers=(request,))
    quiet("TRANSFER-ANSWER-OVERDUE", case, on=dt.date(2026, 4, 15))
    fires("TRANSFER-ANSWER-OVERDUE", case, on=dt.date(2026, 4, 16), path="$.transfers[0]")
    refused = evolve_transfer(
        request, answered_on=dt.date(2026, 4, 14), outcome=TransferOutcome.REFUSED
    )
    quiet(
        "TRANSFER-ANSWER-OVERDUE",
        new_case(Jurisdiction.NO, transfers=(refused,)),
        on=dt.date(2026, 5, 1),
    )


def test_a_transfer_without_an_agreed_day_is_not_judged_by_the_agreement_rule():
    case = new_case(
        Jurisdiction.NO,
        transfers=(
            TransferRequest(
                id="t", from_agency=BERGEN, to_agency="oslo-bv", requested_on=dt.date(2026, 4, 1)
            ),
        ),
    )
    quiet("TRANSFER-ANSWER-OVERDUE", case, on=dt.date(2027, 1, 1))


# -- responsible caseworker ------------------------------------------------------------------------


def staffed(*assignments):
    return new_case(assignments=assignments)


def test_a_case_whose_responsible_caseworker_left_has_none():
    case = staffed(
        Assignment(
            id="a-1",
            professional="staff-17",
            agency=MALMO,
            role=AssignmentRole.RESPONSIBLE,
            period=Period(start=dt.date(2026, 3, 2), end=dt.date(2026, 3, 31)),
        ),
        Assignment(
            id="a-2",
            professional="staff-18",
            agency=MALMO,
            role=AssignmentRole.CO_WORKER,
            period=Period(start=dt.date(2026, 3, 2)),
        ),
    )
    quiet("CASE-WITHOUT-RESPONSIBLE-CASEWORKER", case, on=dt.date(2026, 3, 31))
    fires(
        "CASE-WITHOUT-RESPONSIBLE-CASEWORKER",
        case,
        on=dt.date(2026, 4, 1),
        path="$.assignments",
        persons=("elias",),
    )


def test_a_case_that_records_no_assignments_is_not_judged():
    quiet("CASE-WITHOUT-RESPONSIBLE-CASEWORKER", new_case(), on=dt.date(2026, 4, 1))


def test_the_pack_is_in_the_rule_book_and_cites_only_what_the_research_confirmed():
    pack = RULE_PACKS["responsibility"]
    verified = {str(ref) for rule in pack for ref in (rule.reference, *rule.also) if ref.verified}
    assert verified == {
        "KL 2017:725 7 kap.",
        "KL 2017:725 6 kap. 38 §",
        "LVU 1990:52 6 § 2nd para.",
        "SoL 2001:453 2 a kap. 11 §",
        "SoL 2001:453 2 a kap. 10 §",
    }


# -- review: days, agencies and revised orders ----------------------------------------------------

STOCKHOLM_WINTER = dt.timezone(dt.timedelta(hours=1))


def test_an_approval_by_a_manager_of_another_agency_is_not_malmos():
    outsider = DecisionMaker(
        professional="manager-9", agency="lund-bou", level=DecisionLevel.COMMITTEE
    )
    approvals = (Approval(by=outsider, at=at("2026-05-04", "11:00")),)
    case = new_case(decisions=(support(approvals=approvals),))
    fires(
        "DECISION-APPROVAL-MISSING",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=MALMO_CONTEXT,
    )


def test_a_decision_under_a_line_of_the_revised_order_is_judged_by_the_revision():
    """Malmö revised its order on 1 January 2026 and kept the line numbers: line 4.2 of the
    old order ended with 2025; the caseworker's decision in May 2026 rests on the new 4.2."""
    old, placement = MALMO_ORDER
    revised = (
        evolve(old, valid=Period(start=dt.date(2024, 1, 1), end=dt.date(2025, 12, 31))),
        evolve(old, valid=Period(start=dt.date(2026, 1, 1))),
        placement,
    )
    case = new_case(decisions=(support(),))
    context = RuleContext(delegations=revised)
    quiet("SE-DECISION-WITHOUT-DELEGATION", case, on=dt.date(2026, 5, 5), context=context)
    # The new line, like the old, requires the unit manager's approval.
    fires(
        "DECISION-APPROVAL-MISSING",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=context,
    )
    lapsed = RuleContext(delegations=(revised[0], placement))
    fires(
        "SE-DECISION-WITHOUT-DELEGATION",
        case,
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=lapsed,
    )


def test_a_line_in_force_to_the_swedish_day_covers_a_decision_recorded_in_utc_that_day():
    """Line 4.2 ended on 3 May 2026. A decision at 00:30 on 4 May in Malmö is recorded by
    another system as 23:30 UTC on 3 May: it was taken on 4 May, after the line ended."""
    ended = evolve(MALMO_ORDER[0], valid=Period(start=dt.date(2025, 1, 1), end=dt.date(2026, 5, 3)))
    moment = dt.datetime(2026, 5, 4, 0, 30, tzinfo=STOCKHOLM_WINTER).astimezone(dt.UTC)
    decision = evolve(support(), decided_at=moment)
    context = RuleContext(delegations=(ended,))
    fires(
        "SE-DECISION-WITHOUT-DELEGATION",
        new_case(decisions=(decision,)),
        on=dt.date(2026, 5, 5),
        path="$.decisions[0]",
        context=context,
    )
    evening = dt.datetime(2026, 5, 3, 22, 0, tzinfo=STOCKHOLM_WINTER).astimezone(dt.UTC)
    quiet(
        "SE-DECISION-WITHOUT-DELEGATION",
        new_case(decisions=(evolve(support(), decided_at=evening),)),
        on=dt.date(2026, 5, 5),
        context=context,
    )


def test_the_week_for_immediate_custody_counts_from_the_swedish_day():
    """The chair decided at 00:30 on 3 March, Swedish time (23:30 UTC on 2 March); the custody
    was submitted on 10 March, the seventh day after: in time."""
    decided = dt.datetime(2026, 3, 2, 23, 30, tzinfo=dt.UTC)
    review = ExternalReview(
        body=ReviewBody.ADMINISTRATIVE_COURT,
        submitted_at=dt.datetime(2026, 3, 10, 9, 0, tzinfo=STOCKHOLM_WINTER),
    )
    decision = Decision(
        id="lvu-6-1",
        kind=DecisionKind.EMERGENCY_CARE,
        decided_at=decided,
        decided_by=CHAIR,
        urgent=True,
        persons=("elias",),
        review=review,
    )
    quiet(
        "SE-IMMEDIATE-CUSTODY-NOT-SUBMITTED",
        new_case(decisions=(decision,)),
        on=dt.date(2026, 3, 11),
    )
    late = evolve(review, submitted_at=dt.datetime(2026, 3, 11, 9, 0, tzinfo=STOCKHOLM_WINTER))
    fires(
        "SE-IMMEDIATE-CUSTODY-NOT-SUBMITTED",
        new_case(decisions=(evolve(decision, review=late),)),
        on=dt.date(2026, 3, 12),
        path="$.decisions[0]",
    )


def test_the_chairs_immediate_custody_needs_no_line_in_the_delegation_order():
    """LVU 6 § gives the chair this power by law; Malmö's order has no line for it."""
    review = ExternalReview(
        body=ReviewBody.ADMINISTRATIVE_COURT, submitted_at=at("2026-03-04", "09:00")
    )
    case = new_case(decisions=(custody(review=review),))
    quiet("SE-DECISION-WITHOUT-DELEGATION", case, on=dt.date(2026, 3, 5), context=MALMO_CONTEXT)
    below = new_case(decisions=(custody(by=UNIT_MANAGER, review=review),))
    fires(
        "SE-DECISION-WITHOUT-DELEGATION",
        below,
        on=dt.date(2026, 3, 5),
        path="$.decisions[0]",
        context=MALMO_CONTEXT,
    )


def test_a_norwegian_decision_without_delegation_is_a_warning_while_its_law_is_unverified():
    decision = akuttvedtak(by=BERGEN_WORKER, delegation="bv-3", urgent=False)
    finding = fires(
        "NO-DECISION-WITHOUT-DELEGATION",
        new_case(Jurisdiction.NO, decisions=(decision,)),
        on=dt.date(2026, 3, 3),
        path="$.decisions[0]",
        context=BERGEN_CONTEXT,
    )
    assert not finding.reference.verified
    assert finding.severity is Severity.WARNING


def test_after_the_case_moved_the_old_municipalitys_caseworker_is_not_its_caseworker():
    """The case moved from Malmö to Lund on 6 March; Anna in Malmö is still on it in the
    records, and no one in Lund is: the case has no responsible caseworker."""
    held = (
        ResponsibleAgency(
            id="held-1",
            agency=MALMO,
            period=Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 5)),
        ),
        ResponsibleAgency(id="held-2", agency="lund-bou", period=Period(start=dt.date(2026, 3, 6))),
    )
    anna = Assignment(
        id="a-1",
        professional="staff-17",
        agency=MALMO,
        role=AssignmentRole.RESPONSIBLE,
        period=Period(start=dt.date(2026, 1, 2)),
    )
    case = new_case(assignments=(anna,), responsible_agencies=held)
    quiet("CASE-WITHOUT-RESPONSIBLE-CASEWORKER", case, on=dt.date(2026, 3, 5))
    fires(
        "CASE-WITHOUT-RESPONSIBLE-CASEWORKER",
        case,
        on=dt.date(2026, 4, 1),
        path="$.assignments",
        persons=("elias",),
    )
    lund = evolve(
        anna,
        id="a-2",
        professional="staff-70",
        agency="lund-bou",
        period=Period(start=dt.date(2026, 3, 6)),
    )
    taken_over = new_case(assignments=(anna, lund), responsible_agencies=held)
    quiet("CASE-WITHOUT-RESPONSIBLE-CASEWORKER", taken_over, on=dt.date(2026, 4, 1))
