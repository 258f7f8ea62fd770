"""Practice rules: good practice in work against violence, the same in every jurisdiction.

They are not law. Each cites "good practice" as its reference, unverified, and most are warnings;
two are errors because what they find puts someone at risk or shares information without a ground
(partner contact with no current risk assessment, a consent relied on when it was not in force).
Change a rule's severity, or turn it off, for your organisation with :meth:`RuleSet.with_severity
<familyviolence.rules.RuleSet.with_severity>` and :meth:`RuleSet.without
<familyviolence.rules.RuleSet.without>`; build them with another limit on how long an assessment
stays current with :func:`practice_rules`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence import _case_facts as facts
from familyviolence.cases import Case
from familyviolence.collaboration import (
    ClinicPathway,
    LegalGround,
    PartnerContact,
    PathwayEnded,
    Sector,
    TreatmentCompleted,
    TreatmentStarted,
)
from familyviolence.errors import InvalidModel
from familyviolence.events import (
    CaseClosed,
    ClosureReason,
    DecisionMade,
    FollowUpDone,
    HelpRequested,
    InterventionInterrupted,
    InterventionStarted,
    ReengagementPlanned,
    RelapseRecorded,
)
from familyviolence.interventions import Intervention
from familyviolence.law import LegalReference
from familyviolence.risk import AssessmentCurrency, is_current
from familyviolence.rules import Hit, Rule, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.vocabulary import Labels

__all__ = ["GOOD_PRACTICE", "PRACTICE_RULES", "practice_rules"]


GOOD_PRACTICE = LegalReference(
    statute="good practice",
    verified=False,
    note="a practice rule, not a legal requirement",
)
"""The reference of every practice rule: there is no law text to confirm it against."""


# -- assessments ---------------------------------------------------------------------------------


@rule(
    id="PRACTICE-ASSESSMENT-INSTRUMENT-UNKNOWN",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Bedömning {assessment_id} använder {instrument} version {version}, som "
        "inte "
        "finns i instrumentkatalogen.",
        nb="Vurdering {assessment_id} bruker {instrument} versjon {version}, som ikke "
        "finnes i instrumentkatalogen.",
        en="Assessment {assessment_id} uses {instrument} version {version}, which the "
        "instrument catalogue does not hold.",
    ),
    given="a structured assessment in the case",
    when="the organisation's instrument catalogue has no definition of its instrument and version",
    then="the definition is added to the catalogue, so that the assessment can be "
    "checked and its result derived",
    needs=("catalogue",),
)
def _unknown_instrument(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    catalogue = context.catalogue
    if catalogue is None:
        return
    for k, assessment in facts.known_assessments(case, on):
        if facts.definition_of(catalogue, assessment) is None:
            yield hit(
                f"$.assessments[{k}]",
                assessment.subject,
                assessment_id=assessment.id,
                instrument=assessment.instrument,
                version=assessment.version,
            )


@rule(
    id="PRACTICE-ASSESSMENT-DOES-NOT-FIT",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Bedömning {assessment_id} stämmer inte med sitt instrument {instrument} "
        "version {version}.",
        nb="Vurdering {assessment_id} stemmer ikke med instrumentet {instrument} "
        "versjon {version}.",
        en="Assessment {assessment_id} does not fit its instrument {instrument} version {version}.",
    ),
    given="a structured assessment whose instrument is in the catalogue",
    when="its answers, summary judgements, critical items, scenarios, override or "
    "calendar do not fit the definition (the path names the first field that does "
    "not); "
    "a missing summary judgement is recorded as missing, never supplied by the library",
    then="the assessment is corrected so that its result can be derived",
    needs=("catalogue",),
)
def _does_not_fit(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    catalogue = context.catalogue
    if catalogue is None:
        return
    for k, assessment in facts.known_assessments(case, on):
        if facts.definition_of(catalogue, assessment) is None:
            continue
        try:
            catalogue.validate(assessment)
        except InvalidModel as error:
            yield hit(
                facts.field_path(f"$.assessments[{k}]", error.field),
                assessment.subject,
                assessment_id=assessment.id,
                instrument=assessment.instrument,
                version=assessment.version,
            )


@rule(
    id="PRACTICE-ASSESSMENT-RESULT-INVALID",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Bedömning {assessment_id} saknar svar på för många frågor för ett "
        "fullständigt resultat; den risknivå den visar är en lägsta nivå.",
        nb="Vurdering {assessment_id} mangler svar på for mange spørsmål til et "
        "fullstendig resultat; risikonivået den viser, er et minimum.",
        en="Assessment {assessment_id} omits too many items for a complete result; "
        "the level it shows is a lower bound.",
    ),
    given="a structured assessment that fits its instrument",
    when="more items are omitted or unanswered than the instrument tolerates",
    then="the missing information is gathered and the assessment made again; until "
    "then what the answers given already reach still counts (a DASH with 14 yes is "
    "high even with questions unanswered), but the assessment cannot show that the "
    "risk is lower",
    needs=("catalogue",),
)
def _result_invalid(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    catalogue = context.catalogue
    if catalogue is None:
        return
    for k, assessment in facts.known_assessments(case, on):
        if facts.definition_of(catalogue, assessment) is None:
            continue
        try:
            result = catalogue.result(assessment)
        except InvalidModel:
            continue  # another rule says the assessment does not fit its instrument
        if not result.valid:
            yield hit(f"$.assessments[{k}]", assessment.subject, assessment_id=assessment.id)


@rule(
    id="PRACTICE-ASSESSOR-NOT-QUALIFIED",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Bedömning {assessment_id} med {instrument} gjordes av {assessor}, som inte "
        "är registrerad som behörig för instrumentet.",
        nb="Vurdering {assessment_id} med {instrument} ble gjort av {assessor}, som "
        "ikke "
        "er registrert som kvalifisert for instrumentet.",
        en="Assessment {assessment_id} with {instrument} was made by {assessor}, who "
        "is "
        "not recorded as qualified for that instrument.",
    ),
    given="a structured risk assessment (actuarial, checklist or structured "
    "professional judgement) in the case, and the organisation's record of which "
    "instruments each professional is qualified for",
    when="its assessor is not recorded as qualified for its instrument",
    then="structured risk assessments are made by a professional trained for the "
    "instrument, such as a specialist group",
    needs=("catalogue", "qualifications"),
)
def _unqualified(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    catalogue = context.catalogue
    if catalogue is None:
        return
    for k, assessment in facts.known_assessments(case, on):
        definition = facts.definition_of(catalogue, assessment)
        if definition is None or not definition.kind.assesses_risk:
            continue
        if not context.is_qualified(assessment.assessor, assessment.instrument):
            yield hit(
                f"$.assessments[{k}]",
                assessment.subject,
                assessment_id=assessment.id,
                instrument=assessment.instrument,
                assessor=assessment.assessor,
            )


# -- requests for help and decisions --------------------------------------------------------------


def _minor(case: Case, person: str, day: dt.date) -> bool:
    """Whether the person is known to be under 18 on ``day``."""
    return bool(case.family.person(person).is_minor_on(day))


def _childs_partner(case: Case, child: str, other: str, day: dt.date) -> bool:
    """Whether ``other`` is only the partner of ``child``, a minor, not a parent of their child."""
    if not _minor(case, child, day):
        return False
    family = case.family
    return not any(
        other in {p.id for p in family.parents_of(c.id, on=day)}
        for c in family.children_concerned(child, on=day)
    )


_CLOSED_WITHOUT_DECIDING = frozenset(
    {
        ClosureReason.REQUEST_WITHDRAWN,
        ClosureReason.DECLINED,
        ClosureReason.MOVED,
        ClosureReason.TRANSFERRED,
    }
)


@rule(
    id="PRACTICE-HELP-REQUEST-CLOSED-WITHOUT-DECISION",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Ärendet avslutades utan beslut om begäran om hjälp från {requested_on}.",
        nb="Saken ble avsluttet uten vedtak om anmodningen om hjelp fra {requested_on}.",
        en="The case was closed without a decision on the request for help of {requested_on}.",
    ),
    given="a person's own request for help recorded in the case",
    when="the case is closed after it with no decision in between, for a reason other "
    "than the request being withdrawn, the person declining, moving or the case being "
    "transferred",
    then="the municipality investigates the need and decides on interventions itself; "
    "a non-profit may carry out a decided intervention, never replace the decision",
)
def _request_not_decided(case: Case, _: dt.date, __: RuleContext) -> Iterator[Hit]:
    closures = [(i, e) for i, e in case.events(CaseClosed) if isinstance(e, CaseClosed)]
    decided = [i for i, _ in case.events(DecisionMade)]
    for r, request in case.events(HelpRequested):
        assert isinstance(request, HelpRequested)  # noqa: S101 - selected by type above
        closure = next(((i, e) for i, e in closures if i > r), None)
        if closure is None:
            continue
        c, closed = closure
        if closed.reason in _CLOSED_WITHOUT_DECIDING or any(r < d < c for d in decided):
            continue
        yield hit(f"$.history[{c}]", request.person_id, requested_on=request.at.date())


@rule(
    id="PRACTICE-FAMILY-CONTACT-NOT-OFFERED",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Insats {intervention_id} beviljades, men en partner eller annan förälder "
        "till barnen har ingen egen insats eller begäran om hjälp i ärendet.",
        nb="Tiltak {intervention_id} ble innvilget, men en partner eller den andre "
        "forelderen til barna har ikke eget tiltak eller egen anmodning om hjelp i "
        "saken.",
        en="Intervention {intervention_id} was granted, but a partner or other parent "
        "concerned has no intervention or request for help of their own in the case.",
    ),
    given="a person granted an intervention, and their partners and the other parents "
    "of their children on the day of the decision (for a person under 18, the other parents "
    "of their children only: a young person's girlfriend or boyfriend is reached through "
    "their own case)",
    when="one of those has no intervention decided for them (granted or refused) and "
    "no request for help of their own in the case",
    then="the partner and the other parent of the children concerned are offered "
    "contact too (family-systems perspective). The finding is at the first decision "
    "granting the person an intervention, concerning the person and the one not "
    "reached",
)
def _contact_not_offered(case: Case, _: dt.date, __: RuleContext) -> Iterator[Hit]:
    made = facts.decisions(case)
    reached = facts.decided_for(made) | {
        e.person_id for _, e in case.events(HelpRequested) if isinstance(e, HelpRequested)
    }
    seen: set[str] = set()
    for i, decision in made:
        for intervention in decision.granted:
            recipient = intervention.for_person
            if recipient in seen:
                continue
            seen.add(recipient)
            day = decision.at.date()
            for other in case.family.offered_contact(recipient, on=day):
                if other.id not in reached and not _childs_partner(case, recipient, other.id, day):
                    yield hit(
                        f"$.history[{i}]", recipient, other.id, intervention_id=intervention.id
                    )


@rule(
    id="PRACTICE-CHILD-NEEDS-NOT-MOTIVATION",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Beslutet ger en insats till en våldsutövare med vårdnad om eller umgänge "
        "med "
        "ett barn, utan att barnets behov anges som motivering.",
        nb="Vedtaket gir et tiltak til en voldsutøver med foreldreansvar for eller "
        "samvær med et barn, uten at barnets behov er oppgitt som begrunnelse.",
        en="The decision grants an intervention to a person who used violence and has "
        "custody of or contact with a child, without the child's needs as its "
        "motivation.",
    ),
    given="a decision granting an intervention to a person recorded as using violence, "
    "who has custody of or a contact right with a minor on the day of the decision",
    when="the decision does not name the child among the children whose needs motivate it",
    then="the decision records the child's needs as its motivation",
)
def _child_needs(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for i, decision in facts.decisions(case):
        day = decision.at.date()
        known = [(k, x) for k, x in facts.known_incidents(case, on) if x.recorded_at.date() <= day]
        users = set(facts.perpetrators(known))
        granted = [x.for_person for x in decision.granted if x.for_person in users]
        for person in dict.fromkeys(granted):
            for child in case.family.minors(on=day):
                custodian = any(p.id == person for p in case.family.custodians_of(child.id, on=day))
                contact = facts.has_contact_right(case, person, child.id, day)
                if (custodian or contact) and child.id not in decision.child_needs:
                    yield hit(f"$.history[{i}]", person, child.id)


# -- drop-out, relapse and re-engagement ----------------------------------------------------------


def _granted(case: Case) -> dict[str, Intervention]:
    return {x.id: x for _, d in facts.decisions(case) for x in d.granted}


def _dropouts(case: Case) -> Iterator[tuple[int, Intervention]]:
    """Each drop-out or relapse in a perpetrator treatment, with the treatment concerned."""
    granted = _granted(case)
    started: list[str] = []
    for i, event in case.events():
        if isinstance(event, InterventionStarted):
            started.append(event.intervention_id)
        elif isinstance(event, InterventionInterrupted):
            yield i, granted[event.intervention_id]
        elif isinstance(event, RelapseRecorded):
            if event.intervention_id is not None:
                yield i, granted[event.intervention_id]
                continue
            for intervention_id in dict.fromkeys(started):
                if granted[intervention_id].for_person == event.person_id:
                    yield i, granted[intervention_id]


_MOVED_AWAY = frozenset({ClosureReason.MOVED, ClosureReason.TRANSFERRED})


@rule(
    id="PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Ingen återkontakt är planerad efter avbrottet eller återfallet i insats "
        "{intervention_id} för våldsutövare.",
        nb="Ingen ny kontakt er planlagt etter avbruddet eller tilbakefallet i tiltak "
        "{intervention_id} for voldsutøver.",
        en="No re-engagement is planned after the drop-out or relapse in perpetrator "
        "intervention {intervention_id}.",
    ),
    given="a perpetrator treatment (individual or group treatment, Caring Dads) "
    "granted in the case",
    when="it is interrupted, or its person relapses, and no re-engagement is planned "
    "and the treatment does not start again afterwards (unless the person moved away)",
    then="a drop-out or relapse opens a re-engagement step with a follow-up date: "
    "motivate again, follow up again",
)
def _not_reengaged(case: Case, _: dt.date, __: RuleContext) -> Iterator[Hit]:
    later = case.events()
    for i, intervention in _dropouts(case):
        if intervention.kind not in facts.PERPETRATOR_TREATMENT:
            continue
        resumed = any(
            j > i
            and (
                (
                    isinstance(event, ReengagementPlanned | InterventionStarted)
                    and event.intervention_id == intervention.id
                )
                or (isinstance(event, CaseClosed) and event.reason in _MOVED_AWAY)
            )
            for j, event in later
        )
        if not resumed:
            yield hit(f"$.history[{i}]", intervention.for_person, intervention_id=intervention.id)


def _settles(event: object, intervention_id: str) -> bool:
    """Whether ``event`` settles a re-engagement plan for the intervention."""
    if isinstance(event, FollowUpDone):
        return event.intervention_id in (intervention_id, None)
    if isinstance(event, InterventionStarted | ReengagementPlanned):
        return event.intervention_id == intervention_id  # restarted, or a newer plan
    return isinstance(event, CaseClosed)


@rule(
    id="PRACTICE-REENGAGEMENT-FOLLOW-UP-OVERDUE",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Uppföljningen av insats {intervention_id} som planerades till "
        "{follow_up_on} är inte gjord.",
        nb="Oppfølgingen av tiltak {intervention_id} som var planlagt til "
        "{follow_up_on}, er ikke gjort.",
        en="The follow-up of intervention {intervention_id} planned for {follow_up_on} "
        "has not been made.",
    ),
    given="a re-engagement plan with a follow-up date",
    when="the date has passed with no follow-up of the intervention (or of the case), "
    "no restart, no newer plan and no closure of the case",
    then="the person is followed up on the planned date",
)
def _follow_up_overdue(case: Case, on: dt.date, __: RuleContext) -> Iterator[Hit]:
    granted = _granted(case)
    history = case.events()
    for i, plan in history:
        if not isinstance(plan, ReengagementPlanned) or plan.follow_up_on >= on:
            continue
        target = plan.intervention_id
        if not any(j > i and _settles(event, target) for j, event in history):
            yield hit(
                f"$.history[{i}]",
                granted[target].for_person,
                intervention_id=target,
                follow_up_on=plan.follow_up_on,
            )


# -- perpetrator-clinic pathways -----------------------------------------------------------------


def _current_assessment_exists(
    case: Case,
    context: RuleContext,
    currency: AssessmentCurrency,
    contact: PartnerContact,
    client: str,
    *,
    day: dt.date,
    named: str | None,
) -> bool:
    """Whether a usable risk assessment of ``client`` by a qualified assessor is current on ``day``.

    Current for the client and the partner (see :func:`~familyviolence.risk.why_not_current`): made
    by ``day``, no older than the limit, and no incident, breach or relapse involving either
    since. Only the assessment ``named`` counts if one is named. Qualifications are checked
    where the context knows them.
    """
    catalogue = context.catalogue
    if catalogue is None:  # pragma: no cover - the rule needs a catalogue
        return True
    persons = (client, contact.partner)
    for _, assessment in facts.known_assessments(case, day):
        if named is not None and assessment.id != named:
            continue
        if (
            assessment.subject == client
            and facts.usable_risk_assessment(catalogue, assessment)
            and context.is_qualified(assessment.assessor, assessment.instrument) is not False
            and is_current(case, assessment, on=day, persons=persons, currency=currency)
        ):
            return True
    return False


def _in_effect(pathway: ClinicPathway, k: int, on: dt.date) -> bool:
    """Whether the partner contact at step ``k`` still holds on ``on``.

    It holds until a later partner contact is recorded, the treatment it accompanies is
    completed, or the pathway ends.
    """
    return not any(
        isinstance(step, PartnerContact | TreatmentCompleted | PathwayEnded) and step.on <= on
        for step in pathway.steps[k + 1 :]
    )


def _contact_without_assessment(currency: AssessmentCurrency) -> Rule:
    """The rule, with how long an assessment stays current."""

    @rule(
        id="PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT",
        severity=Severity.ERROR,
        reference=GOOD_PRACTICE,
        message=Labels(
            sv="Partnerkontakt i förlopp {pathway_id} den {contact_on} saknar en aktuell "
            "strukturerad riskbedömning av klienten, gjord av en behörig bedömare.",
            nb="Partnerkontakt i forløp {pathway_id} den {contact_on} mangler en aktuell "
            "strukturert risikovurdering av klienten, gjort av en kvalifisert vurderer.",
            en="Partner contact in pathway {pathway_id} on {contact_on} has no current "
            "structured risk assessment of the client by a qualified assessor.",
        ),
        given="partner contact established in a perpetrator-clinic pathway",
        when="no structured risk assessment of the client (actuarial, checklist, "
        "structured professional judgement or scored interview) with a usable result is "
        "current on the day of the contact: made on or before it, at most "
        f"{currency.months} calendar months before it, and not followed by an incident, a breach "
        "of a contact ban or a relapse involving the client or the partner; if the contact names "
        "the assessment it rests on, only that one counts. While the contact goes on (no "
        "later partner contact, the treatment not completed, the pathway not ended), "
        "some such assessment must also be current on the day evaluated. Where the "
        "organisation's record of qualifications is known, the assessor must be "
        "qualified for the instrument",
        then="partner contact rests on a current structured risk assessment of the risk "
        "to the partner, made by an assessor qualified for the instrument",
        needs=("catalogue",),
    )
    def check(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
        for p, pathway in enumerate(case.pathways):
            for k, step in enumerate(pathway.steps):
                if step.on > on:
                    break
                if not (isinstance(step, PartnerContact) and step.established):
                    continue
                client = pathway.person
                supported = _current_assessment_exists(
                    case, context, currency, step, client, day=step.on, named=step.risk_assessment
                )
                if supported and _in_effect(pathway, k, on):
                    # Contact that goes on must still rest on a current assessment today.
                    supported = _current_assessment_exists(
                        case, context, currency, step, client, day=on, named=None
                    )
                if not supported:
                    yield hit(
                        f"$.pathways[{p}].steps[{k}]",
                        pathway.person,
                        step.partner,
                        pathway_id=pathway.id,
                        contact_on=step.on,
                    )

    return check


@rule(
    id="PRACTICE-CLINIC-TREATMENT-WITHOUT-PARTNER-CONTACT",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Behandlingen i förlopp {pathway_id} startade {started_on} utan etablerad "
        "partnerkontakt.",
        nb="Behandlingen i forløp {pathway_id} startet {started_on} uten etablert partnerkontakt.",
        en="Treatment in pathway {pathway_id} started on {started_on} without an "
        "established partner contact.",
    ),
    given="treatment started (or started again) in a perpetrator-clinic pathway of an adult "
    "(a young person under 18 is treated as a child, not on this condition)",
    when="the latest partner contact recorded by that day was not established, or "
    "none was recorded",
    then="treatment of a perpetrator at a perpetrator clinic goes together with "
    "ongoing partner contact",
)
def _treatment_without_contact(case: Case, on: dt.date, __: RuleContext) -> Iterator[Hit]:
    for p, pathway in enumerate(case.pathways):
        for k, step in enumerate(pathway.steps):
            if step.on > on:
                break
            if not isinstance(step, TreatmentStarted) or _minor(case, pathway.person, step.on):
                continue  # a young person's treatment does not rest on contact with a partner
            if not pathway.partner_contact_established(on=step.on):
                yield hit(
                    f"$.pathways[{p}].steps[{k}]",
                    pathway.person,
                    pathway_id=pathway.id,
                    started_on=step.on,
                )


def _commissioned_intervention(case: Case, pathway: ClinicPathway) -> str | None:
    commission = None if pathway.commission is None else case.commission(pathway.commission)
    return None if commission is None else commission.intervention


def _in_history(
    case: Case, intervention: str | None, since: dt.date, kinds: tuple[type, ...]
) -> bool:
    """Whether social services recorded an event of ``kinds`` for the intervention since then."""
    if intervention is None:
        return False
    return any(
        isinstance(event, kinds)
        and getattr(event, "intervention_id", None) == intervention
        and event.at.date() >= since
        for _, event in case.events()
    )


def _episode_start(pathway: ClinicPathway, k: int) -> dt.date:
    """The day treatment last started before step ``k`` (the pathway's first day if never)."""
    started = [s.on for s in pathway.steps[:k] if isinstance(s, TreatmentStarted)]
    return started[-1] if started else pathway.steps[0].on


@rule(
    id="PRACTICE-CLINIC-DROPOUT-WITHOUT-REENGAGEMENT",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Ingen återkontakt är planerad efter avbrottet eller återfallet den {on} "
        "i förlopp {pathway_id} på mottagningen för våldsutövare.",
        nb="Ingen ny kontakt er planlagt etter avbruddet eller tilbakefallet {on} i "
        "forløp {pathway_id} ved behandlingstilbudet for voldsutøvere.",
        en="No re-engagement is planned after the drop-out or relapse of {on} in "
        "perpetrator-clinic pathway {pathway_id}.",
    ),
    given="a drop-out or a relapse recorded in a perpetrator clinic's pathway",
    when="by the day evaluated the pathway records no re-engagement plan, no restart "
    "of treatment and no end after it, and social services record no re-engagement "
    "plan or restart of the intervention the pathway carries out (if commissioned). "
    "Where social services record the same drop-out or relapse in the case's history "
    "(of that intervention, since treatment last started), the rule "
    "PRACTICE-DROPOUT-WITHOUT-REENGAGEMENT reports it instead",
    then="a drop-out or relapse opens a re-engagement step with a follow-up date: "
    "motivate again, follow up again",
)
def _clinic_dropout(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for p, pathway in enumerate(case.pathways):
        k = pathway.awaiting_reengagement(on=on)
        if k is None:
            continue
        step = pathway.steps[k]
        intervention = _commissioned_intervention(case, pathway)
        # Social services' own record of the same drop-out is checked by the history's rule.
        recorded = (InterventionInterrupted, RelapseRecorded)
        answered = (ReengagementPlanned, InterventionStarted)
        if _in_history(case, intervention, _episode_start(pathway, k), recorded) or _in_history(
            case, intervention, step.on, answered
        ):
            continue
        yield hit(f"$.pathways[{p}].steps[{k}]", pathway.person, pathway_id=pathway.id, on=step.on)


@rule(
    id="PRACTICE-CLINIC-REENGAGEMENT-FOLLOW-UP-OVERDUE",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Uppföljningen i förlopp {pathway_id} som planerades till {follow_up_on} är inte gjord.",
        nb="Oppfølgingen i forløp {pathway_id} som var planlagt til {follow_up_on}, er ikke gjort.",
        en="The follow-up in perpetrator-clinic pathway {pathway_id} planned for "
        "{follow_up_on} has not been made.",
    ),
    given="a re-engagement plan with a follow-up day in a perpetrator clinic's pathway",
    when="the follow-up day has passed and the pathway records nothing of the "
    "client's since the plan (no restart, newer plan, drop-out, relapse, completion "
    "or end; a partner contact does not count), and social services record no "
    "follow-up or restart of the intervention the pathway carries out. Where social "
    "services record a re-engagement plan of their own for it (since treatment last "
    "started), the rule PRACTICE-REENGAGEMENT-FOLLOW-UP-OVERDUE reports it instead",
    then="the person is followed up on the planned day, as the clinic's re-engagement plan says",
)
def _clinic_follow_up_overdue(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for p, pathway in enumerate(case.pathways):
        k = pathway.follow_up_overdue(on=on)
        if k is None:
            continue
        step = pathway.steps[k]
        intervention = _commissioned_intervention(case, pathway)
        # A plan social services recorded for the same episode is checked by the history's rule.
        planned = (ReengagementPlanned,)
        followed = (FollowUpDone, InterventionStarted)
        if _in_history(case, intervention, _episode_start(pathway, k), planned) or _in_history(
            case, intervention, step.on, followed
        ):
            continue
        yield hit(
            f"$.pathways[{p}].steps[{k}]",
            pathway.person,
            pathway_id=pathway.id,
            follow_up_on=getattr(step, "follow_up_on", step.on),
        )


# -- referrals, commissions and consents ----------------------------------------------------------


@rule(
    id="PRACTICE-POINTER-INSTEAD-OF-DECISION",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Remiss {referral_id} hänvisar till en idéburen organisation, men ärendet "
        "har inget beslut om den begärda hjälpen.",
        nb="Henvisning {referral_id} viser til en ideell organisasjon, men saken har "
        "ikke noe vedtak om hjelpen det ble bedt om.",
        en="Referral {referral_id} points to a non-profit organisation, but the case "
        "holds no decision on the help requested.",
    ),
    given="a person's own request for help recorded in the case",
    when="the person is referred, on or after the request, to a non-profit "
    "organisation while the case holds no decision at all",
    then="the municipality decides on interventions itself; a non-profit provider may "
    "carry out a decided, possibly commissioned, intervention, never replace the "
    "decision with a bare pointer",
)
def _pointer_instead_of_decision(case: Case, on: dt.date, __: RuleContext) -> Iterator[Hit]:
    if facts.decisions(case):
        return
    requested = {
        e.person_id: e.at.date()
        for _, e in reversed(case.events(HelpRequested))
        if isinstance(e, HelpRequested)
    }  # the first request of each person, as the earlier ones overwrite the later
    for i, referral in enumerate(case.referrals):
        if referral.sent_on > on or referral.to_agency.sector is not Sector.NON_PROFIT:
            continue
        askers = [
            p for p in referral.persons if p in requested and requested[p] <= referral.sent_on
        ]
        if askers:
            yield hit(f"$.referrals[{i}]", *askers, referral_id=referral.id)


@rule(
    id="PRACTICE-PLACEMENT-REPORT-OVERDUE",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Rapport {report_id} i uppdrag {commission_id} skulle ha lämnats senast "
        "{due_on} men är inte skickad.",
        nb="Rapport {report_id} i oppdrag {commission_id} skulle vært levert innen "
        "{due_on}, men er ikke sendt.",
        en="Report {report_id} of commission {commission_id} was due on {due_on} and "
        "has not been sent.",
    ),
    given="a report a provider promised the commissioner, with a due date",
    when="the due date has passed and the report has not been sent",
    then="the provider sends its promised reports by their due dates, and the "
    "commissioner follows up those that are late",
)
def _report_overdue(case: Case, on: dt.date, __: RuleContext) -> Iterator[Hit]:
    granted = _granted(case)
    for c, commission in enumerate(case.commissions):
        if commission.agreed_on > on:
            continue
        intervention = granted.get(commission.intervention)
        persons = () if intervention is None else (intervention.for_person,)
        for k, report in enumerate(commission.reports):
            if report.overdue(on=on):
                yield hit(
                    f"$.commissions[{c}].reports[{k}]",
                    *persons,
                    report_id=report.id,
                    commission_id=commission.id,
                    due_on=report.due_on,
                )


@rule(
    id="PRACTICE-CONSENT-EXPIRED-BUT-RELIED-ON",
    severity=Severity.ERROR,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Samtycke {consent_id} åberopades {relied_on} men gällde inte då (det hade "
        "löpt ut, återkallats eller ännu inte getts).",
        nb="Samtykke {consent_id} ble brukt {relied_on}, men gjaldt ikke da (det var "
        "utløpt, trukket tilbake eller ennå ikke gitt).",
        en="Consent {consent_id} was relied on on {relied_on} but was not in force "
        "then "
        "(it had expired, been withdrawn or not yet been given).",
    ),
    given="a referral naming the consents it relies on, or information disclosed on "
    "the ground of consent",
    when="a consent the referral names was not in force on the day it was sent; or, "
    "for a disclosure, consents of the person naming the recipient and the purpose had "
    "been given, but none was in force on the day of the decision (the finding names "
    "the latest given)",
    then="information is shared on consent only while the consent is in force: "
    "within its validity and before it is withdrawn; otherwise another ground is "
    "needed",
)
def _consent_not_in_force(case: Case, on: dt.date, __: RuleContext) -> Iterator[Hit]:
    consents = {c.id: c for c in case.consents}
    for i, referral in enumerate(case.referrals):
        if referral.sent_on > on:
            continue
        for k, consent_id in enumerate(referral.consents):
            consent = consents[consent_id]
            if not consent.in_force(on=referral.sent_on):
                yield hit(
                    f"$.referrals[{i}].consents[{k}]",
                    consent.person,
                    consent_id=consent.id,
                    relied_on=referral.sent_on,
                )
    for i, request in enumerate(case.disclosures):
        outcome = request.outcome
        if (
            outcome is None
            or outcome.decided_on > on
            or not outcome.disclosed
            or LegalGround.CONSENT not in outcome.grounds
        ):
            continue
        day = outcome.decided_on
        # The consents that would have covered the disclosure, had they been in force.
        fitting = [
            c
            for c in case.consents
            if c.person == request.person
            and c.names(request.to_agency)
            and request.purpose in c.purposes
            and c.given_on <= day
        ]
        if fitting and not any(c.in_force(on=day) for c in fitting):
            yield hit(
                f"$.disclosures[{i}].outcome",
                request.person,
                consent_id=fitting[-1].id,
                relied_on=day,
            )


@rule(
    id="PRACTICE-AGREEMENT-INCOMPLETE",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Samverkansöverenskommelse {agreement_id} mellan myndigheterna här saknar {element}.",
        nb="Samarbeidsavtale {agreement_id} mellom virksomhetene her mangler {element}.",
        en="Collaboration agreement {agreement_id} between the agencies here lacks {element}.",
    ),
    given="a referral, commission or disclosure between two agencies in the case, and "
    "the collaboration agreements the organisation knows of (RuleContext.agreements, "
    "e.g. from its Directory)",
    when="an agreement to which both agencies are parties lacks a common goal, a "
    "common target group, the needs mapped, or a routine for detection, response or "
    "case handling; one finding per element missing, at the first such record of the "
    "case",
    then="a collaboration agreement names a common goal, a common target group, the "
    "needs mapped and the routines for detection, response and case handling",
    needs=("agreements",),
)
def _agreement_incomplete(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    agreements = context.agreements
    if agreements is None:  # pragma: no cover - the rule needs the agreements
        return
    # Where two agencies work together in the case: each record's path and its two agencies.
    records = [
        *(
            (f"$.referrals[{i}]", r.from_agency.id, r.to_agency.id, r.sent_on, r.persons)
            for i, r in enumerate(case.referrals)
        ),
        *(
            (f"$.commissions[{i}]", c.commissioner.id, c.provider.id, c.agreed_on, ())
            for i, c in enumerate(case.commissions)
        ),
        *(
            (f"$.disclosures[{i}]", d.from_agency.id, d.to_agency.id, d.requested_on, (d.person,))
            for i, d in enumerate(case.disclosures)
        ),
    ]
    for agreement in agreements:
        missing = agreement.missing()
        if not missing:
            continue
        parties = set(agreement.parties)
        # The agreement is reported once, at the first record of the agencies it binds.
        first = next((r for r in records if r[3] <= on and {r[1], r[2]} <= parties), None)
        if first is None:
            continue
        for element in missing:
            yield hit(first[0], *first[4], agreement_id=agreement.id, element=element)


def practice_rules(currency: AssessmentCurrency | None = None) -> RuleSet:
    """The practice rules, with how long a risk assessment stays current (12 months if not given).

    >>> from familyviolence.risk import AssessmentCurrency
    >>> rules = practice_rules(AssessmentCurrency(months=6))
    >>> "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT" in rules
    True
    """
    currency = AssessmentCurrency() if currency is None else currency
    return RuleSet(
        rules=(
            _unknown_instrument,
            _does_not_fit,
            _result_invalid,
            _unqualified,
            _request_not_decided,
            _contact_not_offered,
            _child_needs,
            _not_reengaged,
            _follow_up_overdue,
            _clinic_dropout,
            _clinic_follow_up_overdue,
            _contact_without_assessment(currency),
            _treatment_without_contact,
            _pointer_instead_of_decision,
            _report_overdue,
            _consent_not_in_force,
            _agreement_incomplete,
        )
    )


PRACTICE_RULES = practice_rules()
"""The practice rules: run on every case by default, as warnings."""
