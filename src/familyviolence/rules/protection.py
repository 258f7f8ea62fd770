"""The safety rules: protective measures, safety plans and multi-agency risk conferences.

Good practice, the same in every jurisdiction: a contact ban that ends while the risk is still
high, a breach with no new risk assessment, temporary housing for the perpetrator that no
current assessment made before the decision supports, children in protected housing without
their own needs, incomplete or unreviewed safety plans, and the referral criteria of a
multi-agency risk conference (met but not referred, a repeat not flagged, actions overdue).
Each cites good practice, unverified; those that leave someone at risk now are errors.

Every rule that needs to know how high the risk is asks
:func:`~familyviolence.risk.current_risk`, with one definition of a current assessment
(:class:`~familyviolence.risk.AssessmentCurrency`). The conference criteria and the currency are
configurable: build the rules with :func:`safety_rules`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence import _case_facts as facts
from familyviolence._model import evolve
from familyviolence.cases import Case
from familyviolence.conference_criteria import (
    ConferenceCriteria,
    CriterionMet,
    conference_covers,
    conference_criteria_met,
    repeat_of,
)
from familyviolence.instruments import Assessment, InstrumentCatalogue
from familyviolence.risk import AssessmentCurrency, assessed_risk, current_risk, why_not_current
from familyviolence.rules import Hit, Rule, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.rules.practice import GOOD_PRACTICE
from familyviolence.safety import (
    AddressProtectionMeasure,
    ContactBan,
    PerpetratorHousing,
    PlanStatus,
    ProtectedHousing,
)
from familyviolence.vocabulary import LabelledEnum, Labels

__all__ = ["SAFETY_RULES", "HousingGap", "safety_rules"]


def _bans(case: Case) -> Iterator[tuple[int, ContactBan]]:
    for i, measure in enumerate(case.protective_measures):
        if isinstance(measure, ContactBan):
            yield i, measure


def _answers_breach(
    catalogue: InstrumentCatalogue, ban: ContactBan, assessment: Assessment
) -> bool:
    """Whether ``assessment`` is a usable risk assessment about the ban's two persons."""
    definition = facts.definition_of(catalogue, assessment)
    if definition is None:
        return False
    subject = ban.restrained if definition.target.of_perpetrator else ban.protected
    return assessment.subject == subject and facts.usable_risk_assessment(catalogue, assessment)


# -- contact bans ---------------------------------------------------------------------------------


def _ban_expired_high_risk(currency: AssessmentCurrency) -> Rule:
    """The rule, with how long an assessment stays current."""
    limit = f"{currency.months} calendar months"

    @rule(
        id="SAFETY-CONTACT-BAN-EXPIRED-HIGH-RISK",
        severity=Severity.WARNING,
        reference=GOOD_PRACTICE,
        message=Labels(
            sv="Kontaktförbud {measure_id} upphörde {ended_on} medan risken fortfarande "
            "bedöms som hög (bedömning {assessment_id}).",
            nb="Besøksforbud {measure_id} utløp {ended_on} mens risikoen fortsatt "
            "vurderes som høy (vurdering {assessment_id}).",
            en="Contact ban {measure_id} ended on {ended_on} while the risk is still "
            "judged high (assessment {assessment_id}).",
        ),
        given="a contact ban in the case that has ended",
        when="no contact ban between the same two persons is in force on the day "
        "evaluated, and the current risk from the restrained person to the protected "
        "person on that day is high: a structured risk assessment about them (of the "
        "restrained person, or a victim interview of the protected person) made at most "
        f"{limit} before that day shows a high level, whatever later ones of other "
        "instruments show (see the page Risk levels); a ban that ended long ago, after "
        "which no assessment shows high, raises nothing",
        then="before a ban ends, the risk is assessed again and a new ban, or other "
        "protection, is considered for as long as the risk is high",
        needs=("catalogue",),
    )
    def check(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
        catalogue = context.catalogue
        if catalogue is None:  # pragma: no cover - the rule needs a catalogue
            return
        bans = list(_bans(case))
        for i, ban in bans:
            end = ban.period.end
            if end is None or end >= on:
                continue
            if any(
                other.between(ban.protected, ban.restrained) and other.in_force(on=on)
                for _, other in bans
            ):
                continue
            risk = current_risk(
                case, ban.restrained, ban.protected, on=on, catalogue=catalogue, currency=currency
            )
            highest = risk.highest
            if risk.is_high and highest is not None:
                yield hit(
                    f"$.protective_measures[{i}]",
                    ban.protected,
                    ban.restrained,
                    measure_id=ban.id,
                    ended_on=end,
                    assessment_id=highest.assessment,
                )

    return check


def _breach_without_assessment(currency: AssessmentCurrency) -> Rule:
    """The rule, with how long an assessment stays current."""
    limit = f"{currency.months} calendar months"

    @rule(
        id="SAFETY-CONTACT-BAN-BREACH-WITHOUT-ASSESSMENT",
        severity=Severity.ERROR,
        reference=GOOD_PRACTICE,
        message=Labels(
            sv="Kontaktförbud {measure_id} bröts {breach_on}, men ingen ny "
            "strukturerad riskbedömning har gjorts sedan dess.",
            nb="Besøksforbud {measure_id} ble brutt {breach_on}, men ingen ny "
            "strukturert risikovurdering er gjort siden.",
            en="Contact ban {measure_id} was breached on {breach_on}, and no new "
            "structured risk assessment has been made since.",
        ),
        given="a breach of a contact ban recorded in the case",
        when="no usable structured risk assessment about the ban's two persons (of "
        "the restrained person, or a victim interview of the protected person) was "
        "made on or after the day of the breach; the finding stays open until one is "
        "recorded, while a ban between the two is in force, and after that until the "
        f"breach is more than {limit} old",
        then="a breach, itself a crime, is followed by a new structured risk "
        "assessment, and the protection is adjusted to it",
        needs=("catalogue",),
    )
    def check(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
        catalogue = context.catalogue
        if catalogue is None:  # pragma: no cover - the rule needs a catalogue
            return
        bans = list(_bans(case))
        for i, ban in bans:
            if not ban.breaches:
                continue
            # While a ban protects the two, a breach stays open; after, until it is too old
            # for any assessment made in answer to it to be current today.
            protected = any(
                other.between(ban.protected, ban.restrained) and other.in_force(on=on)
                for _, other in bans
            )
            made = [
                a
                for _, a in facts.known_assessments(case, on)
                if _answers_breach(catalogue, ban, a)
            ]
            for k, breach in enumerate(ban.breaches):
                if breach.on > on or not (protected or breach.on >= currency.earliest(on)):
                    continue
                if not any(a.assessed_on >= breach.on for a in made):
                    yield hit(
                        f"$.protective_measures[{i}].breaches[{k}]",
                        ban.protected,
                        ban.restrained,
                        measure_id=ban.id,
                        breach_on=breach.on,
                    )

    return check


# -- housing ---------------------------------------------------------------------------------------


class HousingGap(LabelledEnum):
    """Why temporary housing for the perpetrator is not supported by a risk assessment."""

    NO_ASSESSMENT = (
        "no_assessment",
        "ingen riskbedömning anges",
        "ingen risikovurdering er oppgitt",
        "it names no risk assessment",
    )
    NOT_OF_PERSON_HOUSED = (
        "not_of_person_housed",
        "bedömningen gäller inte den som bor tillfälligt",
        "vurderingen gjelder ikke den som bor midlertidig",
        "the assessment is not of the person housed",
    )
    MADE_AFTER_DECISION = (
        "made_after_decision",
        "bedömningen gjordes efter beslutet",
        "vurderingen ble gjort etter vedtaket",
        "the assessment was made after the decision",
    )
    NO_USABLE_RESULT = (
        "no_usable_result",
        "bedömningen har inget användbart resultat",
        "vurderingen har ikke noe brukbart resultat",
        "the assessment has no usable result",
    )
    NOT_CURRENT = (
        "not_current",
        "bedömningen är inte längre aktuell",
        "vurderingen er ikke lenger aktuell",
        "the assessment is no longer current",
    )
    RISK_MAY_BE_HIGH = (
        "risk_may_be_high",
        "risken är eller kan vara hög",
        "risikoen er eller kan være høy",
        "the risk is, or may be, high",
    )


def _decision_day(case: Case, housing: PerpetratorHousing) -> dt.date | None:
    """The day the housing was decided: recorded, or that of the decision granting it."""
    if housing.decided_on is not None:
        return housing.decided_on
    if housing.intervention is not None:
        return facts.decided_on(case, housing.intervention)
    return None


def _housing_gap(  # noqa: PLR0911 - one answer per gap, in the order a reader checks them
    case: Case,
    on: dt.date,
    catalogue: InstrumentCatalogue,
    currency: AssessmentCurrency,
    housing: PerpetratorHousing,
) -> HousingGap | None:
    """What keeps the housing from resting on a current assessment made before deciding."""
    named = housing.risk_assessment
    assessment = next((a for a in case.assessments if a.id == named), None)
    if assessment is None:
        return HousingGap.NO_ASSESSMENT
    if assessment.subject != housing.person:
        return HousingGap.NOT_OF_PERSON_HOUSED
    decided = _decision_day(case, housing) or housing.period.start
    if decided is not None and assessment.assessed_on > decided:
        return HousingGap.MADE_AFTER_DECISION
    persons = (housing.person, *housing.staying_home)
    reading = assessed_risk(
        case, assessment, on=on, catalogue=catalogue, persons=persons, currency=currency
    )
    if reading is None or not reading.valid:
        return HousingGap.NO_USABLE_RESULT
    if why_not_current(case, assessment, on=on, persons=persons, currency=currency):
        return HousingGap.NOT_CURRENT
    if reading.may_be_high:
        return HousingGap.RISK_MAY_BE_HIGH
    for staying in housing.staying_home:
        risk = current_risk(
            case, housing.person, staying, on=on, catalogue=catalogue, currency=currency
        )
        if not risk.known_below_high:
            return HousingGap.RISK_MAY_BE_HIGH
    return None


def _housing_without_assessment(currency: AssessmentCurrency) -> Rule:
    """The rule, with how long an assessment stays current."""
    limit = f"{currency.months} calendar months"

    @rule(
        id="SAFETY-PERPETRATOR-HOUSING-WITHOUT-ASSESSMENT",
        severity=Severity.ERROR,
        reference=GOOD_PRACTICE,
        message=Labels(
            sv="Tillfälligt boende {measure_id} för den som utövar våld från {start} "
            "stöds inte av en aktuell strukturerad riskbedömning: {gap}.",
            nb="Midlertidig bolig {measure_id} for den som utøver vold fra {start} "
            "støttes ikke av en aktuell strukturert risikovurdering: {gap}.",
            en="Temporary housing {measure_id} for the perpetrator from {start} is not "
            "supported by a current structured risk assessment: {gap}.",
        ),
        given="temporary housing for the person who uses violence, in force on the day "
        "evaluated, so that the victim and the children can stay at home",
        when="the housing names no risk assessment; or the one it names is not of the "
        "person housed, was made after the decision (its recorded day, else the day of "
        "the decision granting its intervention, else its first day), has no usable "
        f"result, is not current on the day evaluated (older than {limit}, or followed "
        "by an incident, a breach or a relapse involving the person housed or those "
        "at home), or shows or could show a high level; or the current risk from the "
        "person housed to anyone staying at home is not known to be below high "
        "(another assessment shows high, or none is current)",
        then="the children stay at home only where a current structured risk "
        "assessment of the person who uses violence, made before the decision, "
        "supports it",
        needs=("catalogue",),
    )
    def check(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
        catalogue = context.catalogue
        if catalogue is None:  # pragma: no cover - the rule needs a catalogue
            return
        for i, measure in enumerate(case.protective_measures):
            if not isinstance(measure, PerpetratorHousing) or not measure.in_force(on=on):
                continue
            gap = _housing_gap(case, on, catalogue, currency, measure)
            if gap is not None and measure.period.start is not None:
                yield hit(
                    f"$.protective_measures[{i}]",
                    measure.person,
                    *measure.staying_home,
                    measure_id=measure.id,
                    start=measure.period.start,
                    gap=gap,
                )

    return check


@rule(
    id="SAFETY-PERPETRATOR-HOUSING-DECISION-DAY-UNKNOWN",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Tillfälligt boende {measure_id} från {start} saknar beslutsdag, så det "
        "går inte att se om risken bedömdes före beslutet.",
        nb="Midlertidig bolig {measure_id} fra {start} mangler vedtaksdato, så det "
        "kan ikke sees om risikoen ble vurdert før vedtaket.",
        en="Temporary housing {measure_id} from {start} has no decision day, so "
        "whether the risk was assessed before deciding cannot be checked.",
    ),
    given="temporary housing for the person who uses violence, in force on the day evaluated",
    when="it records no decision day (decided_on) and names no intervention granted "
    "by a decision in the case's history",
    then="the day of the decision is recorded, so that the risk assessment can be "
    "seen to precede or accompany it; until then its first day stands in",
)
def _housing_decision_day_unknown(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for i, measure in enumerate(case.protective_measures):
        if not isinstance(measure, PerpetratorHousing) or not measure.in_force(on=on):
            continue
        if _decision_day(case, measure) is None and measure.period.start is not None:
            yield hit(
                f"$.protective_measures[{i}]",
                measure.person,
                measure_id=measure.id,
                start=measure.period.start,
            )


@rule(
    id="SAFETY-PROTECTED-HOUSING-CHILD-NEEDS-MISSING",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Barnet {child} flyttade till skyddat boende ({measure_id}) utan att "
        "barnets egna behov dokumenterades.",
        nb="Barnet {child} flyttet til krisesenter ({measure_id}) uten at barnets "
        "egne behov ble dokumentert.",
        en="Child {child} moved to protected housing ({measure_id}) without the "
        "child's own needs being recorded.",
    ),
    given="a placement in protected housing with accompanying children, going on on "
    "the day evaluated",
    when="a child who came along has no needs recorded (none listed, none described)",
    then="each child's own needs (schooling, health care, support, contact with "
    "the other parent) are recorded when the child moves",
)
def _child_needs_missing(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for i, measure in enumerate(case.protective_measures):
        # Once the stay has ended, what the child needed there can no longer be met.
        if not isinstance(measure, ProtectedHousing) or not measure.in_force(on=on):
            continue
        for k, child in enumerate(measure.children):
            if not child.needs_recorded:
                yield hit(
                    f"$.protective_measures[{i}].children[{k}]",
                    child.child,
                    measure.person,
                    measure_id=measure.id,
                    child=child.child,
                )


@rule(
    id="SAFETY-ADDRESS-PROTECTION-NOT-ON-PERSON",
    severity=Severity.ERROR,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Adresskydd {measure_id} ({level}) är beviljat men saknas i personens "
        "uppgifter, så adressen kan lämnas ut.",
        nb="Adressebeskyttelse {measure_id} ({level}) er innvilget, men mangler i "
        "personens opplysninger, så adressen kan gis ut.",
        en="Address protection {measure_id} ({level}) is granted but missing from "
        "the person's record, so the address may be disclosed.",
    ),
    given="address protection granted to a person of the case and in force",
    when="the person's record in the family system carries no address protection "
    "(Person.address_protection is None)",
    then="the person's record carries the protection, which is what keeps the "
    "whereabouts of the person and of those they live with from unauthorised "
    "recipients",
)
def _protection_not_on_person(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for i, measure in enumerate(case.protective_measures):
        if not isinstance(measure, AddressProtectionMeasure) or not measure.in_force(on=on):
            continue
        if not case.family.person(measure.person).protected_identity:
            yield hit(
                f"$.protective_measures[{i}]",
                measure.person,
                measure_id=measure.id,
                level=measure.level,
            )


# -- safety plans ----------------------------------------------------------------------------------


def _high_assessments(
    case: Case, catalogue: InstrumentCatalogue, currency: AssessmentCurrency, on: dt.date
) -> set[str]:
    """Ids of the assessments, made by ``on`` and no older than the limit, that show high."""
    high = set()
    earliest = currency.earliest(on)
    for assessment in case.assessments:
        if not earliest <= assessment.assessed_on <= on:
            continue
        reading = assessed_risk(case, assessment, on=on, catalogue=catalogue, currency=currency)
        if reading is not None and reading.level is not None and reading.level.is_high:
            high.add(assessment.id)
    return high


def _plan_incomplete(currency: AssessmentCurrency) -> Rule:
    """The rule, with how long an assessment stays current."""
    limit = f"{currency.months} calendar months"

    @rule(
        id="SAFETY-PLAN-INCOMPLETE",
        severity=Severity.WARNING,
        reference=GOOD_PRACTICE,
        message=Labels(
            sv="Säkerhetsplan {plan_id} är ofullständig: {gap} ({item}).",
            nb="Sikkerhetsplan {plan_id} er ufullstendig: {gap} ({item}).",
            en="Safety plan {plan_id} is incomplete: {gap} ({item}).",
        ),
        given="an active safety plan",
        when="a risk it names is high (judged high in the plan, or named by an "
        f"assessment made at most {limit} before the day evaluated whose level is "
        "high, see the page Risk levels) and no action addresses it; or an action has "
        "no responsible agency, or no due date; one finding per gap",
        then="every high risk has an action, and every action an agency responsible and a due date",
        needs=("catalogue",),
    )
    def check(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
        catalogue = context.catalogue
        if catalogue is None:  # pragma: no cover - the rule needs a catalogue
            return
        high: set[str] | None = None
        for i, plan in enumerate(case.safety_plans):
            if plan.status is not PlanStatus.ACTIVE or plan.made_on > on:
                continue
            if high is None:
                high = _high_assessments(case, catalogue, currency, on)
            for gap in plan.gaps(high):
                yield hit(
                    f"$.safety_plans[{i}].{gap.field}",
                    plan.person,
                    plan_id=plan.id,
                    gap=gap.kind,
                    item=gap.item,
                )

    return check


@rule(
    id="SAFETY-PLAN-REVIEW-OVERDUE",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Säkerhetsplan {plan_id} skulle ha följts upp senast {review_on}.",
        nb="Sikkerhetsplan {plan_id} skulle vært gjennomgått innen {review_on}.",
        en="Safety plan {plan_id} was due for review on {review_on}.",
    ),
    given="an active safety plan with a review date",
    when="the review date has passed (the plan is not given a new one)",
    then="the plan is reviewed by its review date, and a new date set",
)
def _plan_review_overdue(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for i, plan in enumerate(case.safety_plans):
        if plan.made_on <= on and plan.review_overdue(on=on) and plan.review_on is not None:
            yield hit(
                f"$.safety_plans[{i}]", plan.person, plan_id=plan.id, review_on=plan.review_on
            )


# -- multi-agency risk conferences ----------------------------------------------------------------


def _evidence_path(case: Case, met: CriterionMet) -> str:
    """The path of what the criterion rests on: the assessment, or the deciding incident."""
    if met.assessment is not None:
        k = next(k for k, a in enumerate(case.assessments) if a.id == met.assessment)
        return f"$.assessments[{k}]"
    deciding = next(
        (i.id for i in case.incidents if i.id in met.incidents and i.when.latest == met.since),
        met.incidents[0],
    )
    return f"$.incidents[{next(k for k, i in enumerate(case.incidents) if i.id == deciding)}]"


def _not_referred(criteria: ConferenceCriteria) -> Rule:
    """The rule, with the conference referral criteria (and their currency)."""
    limit = f"{criteria.currency.months} calendar months"
    months = criteria.repeat_months

    @rule(
        id="SAFETY-CONFERENCE-CRITERION-NOT-REFERRED",
        severity=Severity.WARNING,
        reference=GOOD_PRACTICE,
        message=Labels(
            sv="Kriteriet '{criterion}' för riskkonferens är uppfyllt för {victim} "
            "sedan {since}, men ingen hänvisning har gjorts.",
            nb="Kriteriet '{criterion}' for risikokonferanse er oppfylt for {victim} "
            "siden {since}, men ingen henvisning er gjort.",
            en="The conference criterion '{criterion}' has been met for {victim} since "
            "{since}, but no referral has been made.",
        ),
        given="the referral criteria of a multi-agency risk conference "
        "(ConferenceCriteria: a checklist at its high level, even with questions "
        "unanswered, a score at a high level of risk, professional judgement, "
        f"{criteria.call_outs} police call-outs in {criteria.call_out_months} months, "
        f"a new incident within {months} months of a referral; assessments made at "
        f"most {limit} before the day)",
        when="a criterion is met for a person at risk on the day evaluated (a victim, "
        "a partner or former partner of the person assessed, a child exposed to the "
        "violence or living in the household), and no referral covering that person "
        "(of the person, or of an adult at risk whom a child lives with or who is the "
        "child's parent or custodian) was made on or after the day it was first met",
        then="a person at risk who meets a criterion is referred to the conference",
        needs=("catalogue",),
    )
    def check(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
        met = conference_criteria_met(case, on=on, criteria=criteria, catalogue=context.catalogue)
        for found in met:
            referred = any(
                found.since <= c.referred_on <= on and conference_covers(case, c, found.victim)
                for c in case.conferences
            )
            if not referred:
                yield hit(
                    _evidence_path(case, found),
                    found.victim,
                    victim=found.victim,
                    criterion=found.criterion,
                    since=found.since,
                )

    return check


def _repeat_not_flagged(criteria: ConferenceCriteria) -> Rule:
    """The rule, with the conference referral criteria (and their currency)."""
    months = criteria.repeat_months

    @rule(
        id="SAFETY-CONFERENCE-REPEAT-NOT-FLAGGED",
        severity=Severity.WARNING,
        reference=GOOD_PRACTICE,
        message=Labels(
            sv="Hänvisning {conference_id} är en upprepning av {earlier_id} men är inte "
            "markerad som det.",
            nb="Henvisning {conference_id} er en gjentakelse av {earlier_id}, men er "
            "ikke merket som det.",
            en="Referral {conference_id} is a repeat of {earlier_id} but is not flagged as one.",
        ),
        given="a referral to a multi-agency risk conference",
        when=f"an earlier referral of the same victim was made within {months} months "
        "before it, a new incident between the victim and a perpetrator of that "
        "referral happened in between, and the referral is not flagged as a repeat",
        then="repeat referrals are flagged, so that the conference sees the pattern",
    )
    def check(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
        for i, conference in enumerate(case.conferences):
            if conference.repeat or conference.referred_on > on:
                continue
            earlier = repeat_of(case, conference, criteria=criteria)
            if earlier is not None:
                yield hit(
                    f"$.conferences[{i}]",
                    conference.victim,
                    conference_id=conference.id,
                    earlier_id=earlier.id,
                )

    return check


@rule(
    id="SAFETY-CONFERENCE-SHARED-WITHOUT-DISCLOSURE",
    severity=Severity.ERROR,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Uppgifter delades vid riskkonferens {conference_id} utan ett beslut om "
        "utlämnande: begäran {disclosure_id} var inte beviljad då.",
        nb="Opplysninger ble delt på risikokonferanse {conference_id} uten et vedtak "
        "om utlevering: anmodning {disclosure_id} var ikke innvilget da.",
        en="Information was shared at conference {conference_id} without a decision "
        "to disclose: request {disclosure_id} had not been granted by then.",
    ),
    given="information shared at a multi-agency risk conference, linked to the "
    "disclosure request of the case it rests on",
    when="the request had no decision by the day of the conference, or the decision "
    "was not to disclose",
    then="each agency shares at the conference only what it has decided it may "
    "disclose, on a legal ground (see the collaboration page)",
)
def _shared_without_disclosure(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    requests = {d.id: d for d in case.disclosures}
    for i, conference in enumerate(case.conferences):
        held = conference.held_on
        if held is None or held > on:
            continue
        for k, share in enumerate(conference.shared):
            outcome = requests[share.disclosure].outcome
            if outcome is None or not outcome.disclosed or outcome.decided_on > held:
                yield hit(
                    f"$.conferences[{i}].shared[{k}]",
                    requests[share.disclosure].person,
                    conference_id=conference.id,
                    disclosure_id=share.disclosure,
                )


@rule(
    id="SAFETY-CONFERENCE-ACTION-OVERDUE",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Åtgärd {action_id} från riskkonferens {conference_id} skulle ha gjorts "
        "av {agency_id} senast {due_on}.",
        nb="Tiltak {action_id} fra risikokonferanse {conference_id} skulle vært "
        "gjort av {agency_id} innen {due_on}.",
        en="Action {action_id} of conference {conference_id} was due from {agency_id} on {due_on}.",
    ),
    given="an action agreed at a multi-agency risk conference",
    when="its due date has passed and it is not recorded as done",
    then="the agency responsible carries out the action by its due date, or the "
    "conference is told why not",
)
def _conference_action_overdue(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for i, conference in enumerate(case.conferences):
        if conference.held_on is None or conference.held_on > on:
            continue
        for k, action in enumerate(conference.actions):
            if action.overdue(on=on):
                yield hit(
                    f"$.conferences[{i}].actions[{k}]",
                    conference.victim,
                    conference_id=conference.id,
                    action_id=action.id,
                    agency_id=action.agency.id,
                    due_on=action.due_on,
                )


def safety_rules(
    criteria: ConferenceCriteria | None = None, *, currency: AssessmentCurrency | None = None
) -> RuleSet:
    """The safety rules, with the conference referral criteria and the currency given.

    Args:
        criteria: The referral criteria of a multi-agency risk conference (the defaults if not
            given).
        currency: How long an assessment stays current, for every rule here, the conference
            criteria included; ``criteria.currency`` (12 calendar months) if not given.

    >>> from familyviolence.conference_criteria import ConferenceCriteria
    >>> from familyviolence.risk import AssessmentCurrency
    >>> strict = safety_rules(
    ...     ConferenceCriteria(call_outs=2), currency=AssessmentCurrency(months=6)
    ... )
    >>> "SAFETY-CONFERENCE-CRITERION-NOT-REFERRED" in strict
    True
    """
    criteria = ConferenceCriteria() if criteria is None else criteria
    if currency is None:
        currency = criteria.currency
    else:
        criteria = evolve(criteria, currency=currency)
    return RuleSet(
        rules=(
            _ban_expired_high_risk(currency),
            _breach_without_assessment(currency),
            _housing_without_assessment(currency),
            _housing_decision_day_unknown,
            _child_needs_missing,
            _protection_not_on_person,
            _plan_incomplete(currency),
            _plan_review_overdue,
            _not_referred(criteria),
            _repeat_not_flagged(criteria),
            _shared_without_disclosure,
            _conference_action_overdue,
        )
    )


SAFETY_RULES = safety_rules()
"""The safety rules with the default referral criteria: run on every case by default."""
