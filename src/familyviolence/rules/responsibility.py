"""The rule pack on who decides and who holds a case.

Delegation, approval, emergency decisions, case transfer and the responsible caseworker.

The rules read the case's responsibility records (:mod:`familyviolence.responsibility`) and,
for delegation and approval, the agencies' delegation orders given in
:attr:`RuleContext.delegations <familyviolence.rules.RuleContext.delegations>`: without them
those rules do not run. A decision taken by a committee needs no delegation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence.cases import Case
from familyviolence.dates import add_months, local_moment
from familyviolence.jurisdictions import pack_for
from familyviolence.jurisdictions.se import NEW_ACT_FROM
from familyviolence.law import LegalReference
from familyviolence.process import Phase
from familyviolence.responsibility import (
    Decision,
    DecisionKind,
    DecisionLevel,
    Delegation,
    ReviewBody,
    held_by,
    responsible_caseworkers,
)
from familyviolence.rules import Hit, Rule, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.rules.practice import GOOD_PRACTICE
from familyviolence.vocabulary import Jurisdiction, Labels

__all__ = [
    "CUSTODY_SUBMISSION_DAYS",
    "EMERGENCY_APPROVAL_HOURS",
    "RESPONSIBILITY_RULES",
]

CUSTODY_SUBMISSION_DAYS = 7
"""Days within which a Swedish immediate custody is submitted to the administrative court."""

EMERGENCY_APPROVAL_HOURS = 48
"""Hours within which Norway's board should, if possible, approve an emergency decision."""

_KL_EMPLOYEES = LegalReference(
    statute="KL 2017:725",
    provision="7 kap.",
    verified=True,
    note="delegation to employees; the section (likely 5 §) is not confirmed",
)
_KL_NOT_DELEGABLE = LegalReference(statute="KL 2017:725", provision="6 kap. 38 §", verified=True)
_KOMMUNELOVEN = LegalReference(
    statute="kommuneloven",
    verified=False,
    note="Norway's rules on delegation within a municipality were not researched: cited by name",
)
_DELEGATION_ORDER = LegalReference(
    statute="the agency's delegation order",
    verified=False,
    note="an approval the organisation requires, not the law",
)
_LVU_CHAIR = LegalReference(statute="LVU 1990:52", provision="6 § 2nd para.", verified=True)
_LVU_SUBMISSION = LegalReference(
    statute="LVU 1990:52",
    provision="7 §",
    verified=False,
    note="the duty to submit and the lapse are confirmed by JO; the one week is from a "
    "secondary source",
)
_NO_EMERGENCY = LegalReference(
    statute="barnevernsloven 2021:97",
    provision="§ 4-2",
    verified=False,
    note="approval 'if possible within 48 hours' is from a commentary, not the law text",
)
_TRANSFER_OLD = LegalReference(statute="SoL 2001:453", provision="2 a kap. 11 §", verified=True)
_TRANSFER_REQUEST_OLD = LegalReference(
    statute="SoL 2001:453", provision="2 a kap. 10 §", verified=True
)
_TRANSFER_NEW = LegalReference(
    statute="SoL 2025:400",
    verified=False,
    note="the provision on moving a case (formerly 2 a kap. 10-11 §§) is not confirmed: "
    "cited by name",
)
_AGREEMENT = LegalReference(
    statute="the collaboration agreement between the agencies",
    verified=False,
    note="a time the agencies agreed on, not the law",
)
_KL_FROM = dt.date(2018, 1, 1)
_NO_NEW_ACT_FROM = dt.date(2023, 1, 1)
_OLD_ACT_UNTIL = NEW_ACT_FROM - dt.timedelta(days=1)


def _zone(case: Case) -> str | None:
    return pack_for(case.jurisdiction).time_zone


def _day(case: Case, moment: dt.datetime) -> dt.date:
    """The local day of ``moment`` in the case's jurisdiction, whatever offset it carries."""
    return local_moment(moment, _zone(case)).date()


def _known(case: Case, on: dt.date) -> Iterator[tuple[int, Decision]]:
    for k, decision in enumerate(case.decisions):
        if _day(case, decision.decided_at) <= on:
            yield k, decision


def _line(case: Case, context: RuleContext, decision: Decision) -> Delegation | None:
    """The line the decision names, in the version of the order in force that day.

    A revised order keeps its line numbers: of the lines with the id, the one in force on the
    decision's day counts; if none was, the first (which then covers nothing).
    """
    named = [
        line
        for line in context.delegations or ()
        if line.id == decision.delegation and line.agency == decision.decided_by.agency
    ]
    zone = _zone(case)
    in_force = [line for line in named if line.in_force(decision, zone)]
    return next(iter(in_force or named), None)


def _without_delegation(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    for k, decision in _known(case, on):
        if decision.decided_by.level is DecisionLevel.COMMITTEE:
            continue
        if (
            case.jurisdiction is Jurisdiction.SE
            and decision.kind is DecisionKind.EMERGENCY_CARE
            and decision.decided_by.level.rank >= DecisionLevel.CHAIR.rank
        ):
            # LVU 6 § 2nd para. gives the chair (or an appointed member) this power by law;
            # SE-IMMEDIATE-CUSTODY-BELOW-CHAIR judges the level.
            continue
        line = _line(case, context, decision)
        if line is None or not line.covers(decision, _zone(case)):
            yield hit(
                f"$.decisions[{k}]",
                *decision.persons,
                decision_id=decision.id,
                kind=decision.kind,
            )


_WITHOUT_DELEGATION_MESSAGE = Labels(
    sv="Beslut {decision_id} ({kind}) fattades av någon som inte har delegation för det.",
    nb="Vedtak {decision_id} ({kind}) ble fattet av noen som ikke har delegert myndighet til det.",
    en="Decision {decision_id} ({kind}) was taken by someone without a delegation for it.",
)


def _delegation_rule(
    rule_id: str,
    jurisdiction: Jurisdiction,
    reference: LegalReference,
    also: tuple[LegalReference, ...],
    *,
    valid_from: dt.date | None,
    severity: Severity,
) -> Rule:
    return Rule(
        id=rule_id,
        jurisdiction=jurisdiction,
        severity=severity,
        reference=reference,
        also=also,
        message=_WITHOUT_DELEGATION_MESSAGE,
        given="a decision in the case taken below the committee, and the agencies' "
        "delegation orders",
        when="no line of its agency's order that it names (in the version in force that day) "
        "gives its maker that kind of decision at that level on that day (or it names none)",
        then="the decision is taken again by someone with the power to take it, or by the "
        "committee; a decision that may not be delegated is the committee's alone",
        check=_without_delegation,
        needs=("delegations",),
        valid_from=valid_from,
    )


def _approval_missing(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    for k, decision in _known(case, on):
        line = _line(case, context, decision)
        if line is None or line.approval is None or not line.covers(decision, _zone(case)):
            continue
        needed = line.approval.rank
        if not any(
            a.by.level.rank >= needed and a.by.agency == line.agency and _day(case, a.at) <= on
            for a in decision.approvals
        ):
            yield hit(
                f"$.decisions[{k}]",
                *decision.persons,
                decision_id=decision.id,
                level=line.approval,
            )


def _custody_below_chair(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for k, decision in _known(case, on):
        if (
            decision.kind is DecisionKind.EMERGENCY_CARE
            and decision.decided_by.level.rank < DecisionLevel.CHAIR.rank
        ):
            yield hit(
                f"$.decisions[{k}].decided_by",
                *decision.persons,
                decision_id=decision.id,
                level=decision.decided_by.level,
            )


def _custody_not_submitted(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for k, decision in _known(case, on):
        if decision.kind is not DecisionKind.EMERGENCY_CARE:
            continue
        due = _day(case, decision.decided_at) + dt.timedelta(days=CUSTODY_SUBMISSION_DAYS)
        review = decision.review
        submitted = None
        if review is not None and review.body is ReviewBody.ADMINISTRATIVE_COURT:
            submitted = _day(case, review.submitted_at)
        if submitted is not None and submitted > on:
            submitted = None
        if (submitted is None and on > due) or (submitted is not None and submitted > due):
            yield hit(f"$.decisions[{k}]", *decision.persons, decision_id=decision.id, due=due)


def _end_of(on: dt.date, like: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(on, dt.time.max, tzinfo=like.tzinfo)


def _emergency_not_approved(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for k, decision in _known(case, on):
        # A decision under the old act (to 2022) is not judged by the new act's 48 hours.
        if (
            decision.kind is not DecisionKind.EMERGENCY_CARE
            or _day(case, decision.decided_at) < _NO_NEW_ACT_FROM
        ):
            continue
        due = decision.decided_at + dt.timedelta(hours=EMERGENCY_APPROVAL_HOURS)
        review = decision.review
        approved = None
        if review is not None and review.body is ReviewBody.CHILD_WELFARE_BOARD:
            approved = review.decided_at
        if approved is not None and approved > _end_of(on, approved):
            approved = None
        late = approved > due if approved is not None else _end_of(on, due) > due
        if late:
            yield hit(
                f"$.decisions[{k}]", *decision.persons, decision_id=decision.id, due=due.date()
            )


def _transfer_unanswered(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for k, request in enumerate(case.transfers):
        if request.requested_on > on or request.answered_by(on):
            continue
        applied = request.applied_to_supervisor_on
        if applied is not None and applied <= on:
            continue
        due = add_months(request.requested_on, 1)
        if on > due:
            yield hit(f"$.transfers[{k}]", *case.subjects, request_id=request.id, due=due)


def _transfer_rule(
    reference: LegalReference,
    also: tuple[LegalReference, ...],
    *,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> Rule:
    return Rule(
        id="SE-TRANSFER-UNANSWERED",
        jurisdiction=Jurisdiction.SE,
        severity=Severity.INFO,
        reference=reference,
        also=also,
        message=Labels(
            sv="Begäran {request_id} om överflyttning har inte besvarats skriftligen inom en "
            "månad ({due}): den begärande kommunen kan ansöka hos IVO.",
            nb="Anmodning {request_id} om overføring av saken er ikke besvart skriftlig innen "
            "en måned ({due}): den svenske kommunen kan søke IVO.",
            en="Transfer request {request_id} has had no written answer within a month "
            "({due}): the requesting municipality may apply to IVO.",
        ),
        given="a written request to another municipality to take over the case",
        when="no written answer is recorded a month after the request, and no application to IVO",
        then="the requesting municipality may apply to the Health and Social Care "
        "Inspectorate (IVO) to decide the transfer; it is a route opened, not a breach",
        check=_transfer_unanswered,
        valid_from=valid_from,
        valid_to=valid_to,
    )


def _answer_overdue(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for k, request in enumerate(case.transfers):
        due = request.answer_by
        if due is None or request.answered_by(on):
            continue
        if on > due:
            yield hit(f"$.transfers[{k}]", *case.subjects, request_id=request.id, due=due)


def _no_responsible(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    started = [a.period.start for a in case.assignments if a.period.start is not None]
    if not started or min(started) > on or case.phase is Phase.CLOSED:
        return
    assignments = case.assignments
    if case.responsible_agencies:
        # After a transfer only a caseworker of the agency that holds the case counts.
        holder = held_by(case.responsible_agencies, on)
        assignments = tuple(a for a in assignments if a.agency == holder)
    if not responsible_caseworkers(assignments, on):
        yield hit("$.assignments", *case.subjects, case_id=case.id)


RESPONSIBILITY_RULES = RuleSet(
    rules=(
        _delegation_rule(
            "SE-DECISION-WITHOUT-DELEGATION",
            Jurisdiction.SE,
            _KL_EMPLOYEES,
            (_KL_NOT_DELEGABLE,),
            valid_from=_KL_FROM,
            severity=Severity.ERROR,
        ),
        # A warning: Norway's rules on delegation are cited unverified.
        _delegation_rule(
            "NO-DECISION-WITHOUT-DELEGATION",
            Jurisdiction.NO,
            _KOMMUNELOVEN,
            (),
            valid_from=None,
            severity=Severity.WARNING,
        ),
        rule(
            id="DECISION-APPROVAL-MISSING",
            severity=Severity.WARNING,
            reference=_DELEGATION_ORDER,
            message=Labels(
                sv="Beslut {decision_id} kräver godkännande av {level} och har inget.",
                nb="Vedtak {decision_id} krever godkjenning av {level} og har ingen.",
                en="Decision {decision_id} needs the approval of a {level} and has none.",
            ),
            given="a decision taken under a line of the delegation order that requires a "
            "second person's approval",
            when="no approval by someone of the same agency at that level or higher is recorded",
            then="the decision is approved, or taken again, before it is acted on",
            needs=("delegations",),
        )(_approval_missing),
        rule(
            id="SE-IMMEDIATE-CUSTODY-BELOW-CHAIR",
            jurisdiction=Jurisdiction.SE,
            severity=Severity.ERROR,
            reference=_LVU_CHAIR,
            message=Labels(
                sv="Det omedelbara omhändertagandet {decision_id} beslutades av en {level}: "
                "bara nämnden, dess ordförande eller en utsedd ledamot får besluta.",
                nb="Den umiddelbare omsorgsovertakelsen {decision_id} ble besluttet av en "
                "{level}: bare nemnden, lederen eller et utpekt medlem kan beslutte.",
                en="Immediate custody {decision_id} was decided by a {level}: only the "
                "committee, its chair or an appointed member may decide it.",
            ),
            given="a decision on immediate custody (omedelbart omhändertagande) of a child",
            when="it was taken below the chair or an appointed member of the committee",
            then="the committee, its chair or an appointed member decides; an employee "
            "cannot hold this power",
        )(_custody_below_chair),
        rule(
            id="SE-IMMEDIATE-CUSTODY-NOT-SUBMITTED",
            jurisdiction=Jurisdiction.SE,
            severity=Severity.ERROR,
            reference=_LVU_SUBMISSION,
            message=Labels(
                sv="Det omedelbara omhändertagandet {decision_id} underställdes inte "
                "förvaltningsrätten senast {due}: det har upphört.",
                nb="Den umiddelbare omsorgsovertakelsen {decision_id} ble ikke sendt til "
                "forvaltningsretten innen {due}: den har falt bort.",
                en="Immediate custody {decision_id} was not submitted to the administrative "
                "court by {due}: it has lapsed.",
            ),
            given="a decision on immediate custody of a child",
            when="it is not submitted to the administrative court within a week of the decision",
            then="the custody has lapsed; a new decision generally needs new circumstances",
        )(_custody_not_submitted),
        rule(
            id="NO-EMERGENCY-DECISION-NOT-APPROVED",
            jurisdiction=Jurisdiction.NO,
            severity=Severity.WARNING,
            reference=_NO_EMERGENCY,
            message=Labels(
                sv="Akutbeslutet {decision_id} har inte godkänts av nämnden inom 48 timmar "
                "({due}).",
                nb="Akuttvedtak {decision_id} er ikke godkjent av nemnda innen 48 timer ({due}).",
                en="Emergency decision {decision_id} was not approved by the board within "
                "48 hours ({due}).",
            ),
            given="an emergency decision (akuttvedtak) of the child welfare service",
            when="the child welfare and health board has not approved it within 48 hours",
            then="the decision is sent to the board at once, which should approve or set it "
            "aside within 48 hours if possible",
            valid_from=_NO_NEW_ACT_FROM,
        )(_emergency_not_approved),
        _transfer_rule(_TRANSFER_OLD, (_TRANSFER_REQUEST_OLD,), valid_to=_OLD_ACT_UNTIL),
        _transfer_rule(_TRANSFER_NEW, (), valid_from=NEW_ACT_FROM),
        rule(
            id="TRANSFER-ANSWER-OVERDUE",
            severity=Severity.WARNING,
            reference=_AGREEMENT,
            message=Labels(
                sv="Begäran {request_id} om överflyttning skulle enligt överenskommelsen "
                "besvaras senast {due} och är obesvarad.",
                nb="Anmodning {request_id} om overføring skulle etter avtalen besvares innen "
                "{due} og er ubesvart.",
                en="Transfer request {request_id} was to be answered by {due} under the "
                "agencies' agreement and is unanswered.",
            ),
            given="a request to move the case to another agency, with a time to answer set "
            "by an agreement between them",
            when="no answer is recorded by that day",
            then="the receiving agency answers, or the agencies settle the responsibility",
        )(_answer_overdue),
        rule(
            id="CASE-WITHOUT-RESPONSIBLE-CASEWORKER",
            severity=Severity.WARNING,
            reference=GOOD_PRACTICE,
            message=Labels(
                sv="Ärendet {case_id} är öppet men har ingen ansvarig handläggare.",
                nb="Sak {case_id} er åpen, men har ingen saksansvarlig saksbehandler.",
                en="Case {case_id} is open and has no responsible caseworker.",
            ),
            given="an open case that records who is assigned to it",
            when="no assignment as responsible caseworker holds that day (at the agency that "
            "holds the case then, if the case records who holds it)",
            then="a responsible caseworker is assigned; cases that record no assignments are "
            "not judged",
        )(_no_responsible),
    )
)
"""The rules on who decides and who holds a case."""
