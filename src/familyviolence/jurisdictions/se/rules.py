"""Sweden's rule pack: what the Social Services Act and related law require of a case.

Time limits overdue or met late are read from the deadlines of :data:`~familyviolence.
jurisdictions.SWEDEN`; the other rules read the case's incidents, decisions and assessments.
Where SoL 2025:400 renumbered a provision and the new number is not confirmed, the rule exists
in a version for each act, the new one citing the act by name and marked unverified.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence import _case_facts as facts
from familyviolence.cases import Case
from familyviolence.dates import local_moment
from familyviolence.events import (
    InvestigationConcluded,
    InvestigationOpened,
    PreAssessmentConcluded,
)
from familyviolence.jurisdictions._time_limit_rules import met_late_rule, overdue_rule
from familyviolence.jurisdictions.se import NEW_ACT_FROM, SWEDEN
from familyviolence.law import LegalReference
from familyviolence.process import DeadlineKind
from familyviolence.rules import Hit, Rule, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.vocabulary import ExposureKind, Jurisdiction, Labels, ReporterKind, ViolenceForm

__all__ = [
    "BARNFRID_FROM",
    "PERPETRATOR_DUTY_FROM",
    "PROPOSED_FROM",
    "SWEDEN_DEADLINE_RULES",
    "SWEDEN_PROPOSED_RULES",
    "SWEDEN_RULES",
]

BARNFRID_FROM = dt.date(2021, 7, 1)
"""The day the crime of violating a child's peace (barnfridsbrott, BrB 4 kap. 3 §) came into
force: from then a child who witnesses violence between close relatives is a crime victim."""

_OLD_ACT_UNTIL = NEW_ACT_FROM - dt.timedelta(days=1)
_NOT_CONFIRMED = "the provision's number in SoL 2025:400 is not confirmed: cited by name"

PERPETRATOR_DUTY_FROM = dt.date(2021, 8, 1)
"""The day SoL 2001:453 5 kap. 11 a § began to require social services to work to make those
who use violence against a close relative change their behaviour."""

# -- time limits -------------------------------------------------------------------------------

SWEDEN_DEADLINE_RULES = RuleSet(
    rules=(
        overdue_rule(
            SWEDEN,
            DeadlineKind.PROTECTION_ASSESSMENT,
            rule_id="SE-PROTECTION-ASSESSMENT-OVERDUE",
            message=Labels(
                sv="Skyddsbedömningen av anmälan {report_id} skulle ha gjorts senast {due} och "
                "är inte gjord.",
                nb="Vurderingen av akutt beskyttelsesbehov for melding {report_id} skulle vært "
                "gjort innen {due} og er ikke gjort.",
                en="The immediate protection assessment of report {report_id} was due on {due} "
                "and has not been made.",
            ),
            given="a report of concern about a child received by social services",
            when="its immediate protection assessment is not recorded by its due date",
            then="the need for immediate protection is assessed and documented",
        ),
        overdue_rule(
            SWEDEN,
            DeadlineKind.PRE_ASSESSMENT,
            rule_id="SE-PREASSESSMENT-OVERDUE",
            message=Labels(
                sv="Förhandsbedömningen av anmälan {report_id} skulle ha avslutats senast {due} "
                "och är inte avslutad.",
                nb="Forhåndsvurderingen av melding {report_id} skulle vært avsluttet innen {due} "
                "og er ikke avsluttet.",
                en="The pre-assessment of report {report_id} was due on {due} and has not been "
                "concluded.",
            ),
            given="a report of concern that needs a pre-assessment (no investigation of the "
            "child was open when it arrived)",
            when="no pre-assessment is concluded by its due date",
            then="social services decide whether to open an investigation; whether exceptional "
            "reasons allow longer is a judgement the library does not make",
        ),
        overdue_rule(
            SWEDEN,
            DeadlineKind.INVESTIGATION,
            rule_id="SE-INVESTIGATION-OVERDUE",
            message=Labels(
                sv="Utredningen skulle ha avslutats senast {due} och pågår fortfarande.",
                nb="Undersøkelsen skulle vært avsluttet innen {due} og pågår fortsatt.",
                en="The investigation was due to be completed on {due} and is still open.",
            ),
            given="an investigation concerning a child",
            when="it is still open after its due date, extensions included",
            then="it is completed in time, or extended by a logged decision with a new date",
        ),
        met_late_rule(
            SWEDEN,
            rule_id="SE-DEADLINE-MET-LATE",
            message=Labels(
                sv="Tidsfristen för {deadline} hölls inte: gjord {done}, senast {due}.",
                nb="Fristen for {deadline} ble ikke overholdt: gjort {done}, frist {due}.",
                en="The time limit for the {deadline} was not met: done on {done}, due on {due}.",
            ),
        ),
    )
)
"""Sweden's time limits as rules: each overdue one an error, each met late a warning."""


def _opening_recorded_late(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    zone = SWEDEN.time_zone
    for investigation in case.state.investigations:
        recorded = local_moment(investigation.opened_at, zone).date()
        decided = investigation.decided_on
        if decided is None and investigation.decided_at is not None:
            decided = local_moment(investigation.decided_at, zone).date()
        if recorded > on or decided is None or decided >= recorded:
            continue
        if not investigation.concerns_child:
            continue
        yield hit(
            f"$.history[{investigation.event}]",
            *case.subjects,
            decided=decided,
            recorded=recorded,
        )


def _opening_rule(
    reference: LegalReference,
    also: LegalReference,
    *,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> Rule:
    return Rule(
        id="SE-INVESTIGATION-OPENING-RECORDED-LATE",
        jurisdiction=Jurisdiction.SE,
        severity=Severity.WARNING,
        reference=reference,
        also=(also,),
        message=Labels(
            sv="Utredningen registrerades som inledd {recorded}, men beslutet att inleda den "
            "fattades {decided}: de fyra månaderna räknas från beslutet.",
            nb="Undersøkelsen ble registrert som startet {recorded}, men beslutningen om å "
            "starte den ble tatt {decided}: de fire månedene regnes fra beslutningen.",
            en="The investigation was recorded as opened on {recorded}, but the decision to open "
            "it was made on {decided}: the four months run from the decision.",
        ),
        given="an investigation concerning a child, and the decision to open it (the "
        "pre-assessment that decided to investigate, or the day the opening names)",
        when="the opening is recorded on a later day than the decision",
        then="the opening is recorded when it is decided; the time limit runs from the decision "
        "whatever day it is recorded, so a late record never moves the due date",
        check=_opening_recorded_late,
        valid_from=valid_from,
        valid_to=valid_to,
    )


_INVESTIGATION_OLD = LegalReference(statute="SoL 2001:453", provision="11 kap. 2 §", verified=True)
_INVESTIGATION_NEW = LegalReference(statute="SoL 2025:400", verified=False, note=_NOT_CONFIRMED)

# -- children exposed to violence ---------------------------------------------------------------

_CHILD_VIOLENCE = LegalReference(
    statute="HSLF-FS 2022:39",
    verified=False,
    note="formerly SOSFS 2014:4; provision not confirmed: cited by name",
)
_CHILD_VIOLENCE_OLD = LegalReference(
    statute="SOSFS 2014:4", verified=False, note="replaced by HSLF-FS 2022:39"
)


def _exposed(case: Case, on: dt.date) -> list[tuple[dt.date, dt.date, tuple[str, ...]]]:
    """For each incident known by ``on`` that exposed a child: recorded, latest day, children."""
    return [
        (i.recorded_at.date(), i.when.latest, tuple(c.child for c in i.children))
        for _, i in facts.known_incidents(case, on)
        if i.children
    ]


@rule(
    id="SE-CHILD-VIOLENCE-NOT-INVESTIGATED",
    severity=Severity.ERROR,
    reference=_CHILD_VIOLENCE,
    message=Labels(
        sv="Förhandsbedömningen ledde inte till utredning trots att en registrerad "
        "händelse utsatte ett barn för våld.",
        nb="Forhåndsvurderingen førte ikke til undersøkelse selv om en registrert "
        "hendelse utsatte et barn for vold.",
        en="The pre-assessment decided not to investigate although a recorded incident "
        "exposed a child to violence.",
    ),
    given="an incident recorded in the case in which a child was exposed to violence "
    "by or against a person of the family system (subjected to it, saw, heard or "
    "noticed it)",
    when="a pre-assessment concluded after it decides not to investigate, and no "
    "investigation is opened later",
    then="an investigation is opened without delay",
    jurisdiction=Jurisdiction.SE,
    also=(_CHILD_VIOLENCE_OLD,),
)
def _not_investigated(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    exposures = _exposed(case, on)
    openings = [i for i, _ in case.events(InvestigationOpened)]
    for i, event in case.events(PreAssessmentConcluded):
        if not isinstance(event, PreAssessmentConcluded) or event.investigate:
            continue
        if any(o > i for o in openings):
            continue  # the child's situation was investigated after all
        day = event.at.date()
        children = [c for recorded, _, kids in exposures if recorded <= day for c in kids]
        if children:
            yield hit(f"$.history[{i}]", *children)


@rule(
    id="SE-CHILD-RISK-ASSESSMENT-MISSING",
    severity=Severity.WARNING,
    reference=_CHILD_VIOLENCE,
    message=Labels(
        sv="Utredningen avslutades utan en strukturerad riskbedömning efter våld som "
        "ett barn utsattes för.",
        nb="Undersøkelsen ble avsluttet uten en strukturert risikovurdering etter vold "
        "som et barn ble utsatt for.",
        en="The investigation was concluded without a structured risk assessment after "
        "violence to which a child was exposed.",
    ),
    given="an incident recorded in the case in which a child was exposed to violence",
    when="an investigation is concluded with no usable structured risk assessment "
    "(actuarial, checklist or structured professional judgement) made between the "
    "violence and the conclusion",
    then="the risk of further violence is assessed. The law does not require an "
    "instrument: a risk assessed without one is not visible to the rule, hence a warning",
    jurisdiction=Jurisdiction.SE,
    also=(_CHILD_VIOLENCE_OLD,),
    needs=("catalogue",),
)
def _risk_not_assessed(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
    catalogue = context.catalogue
    if catalogue is None:
        return
    exposures = _exposed(case, on)
    assessments = facts.known_assessments(case, on)
    for i, _ in case.events(InvestigationConcluded):
        day = case.history[i].at.date()
        known = [(latest, kids) for recorded, latest, kids in exposures if recorded <= day]
        if not known:
            continue
        # A risk assessment made after the violence, by the end of the investigation.
        since = min(latest for latest, _ in known)
        assessed = any(
            since <= a.assessed_on <= day and facts.usable_risk_assessment(catalogue, a)
            for _, a in assessments
        )
        if not assessed:
            yield hit(f"$.history[{i}]", *(c for _, kids in known for c in kids))


# Forms of violence that may be a crime listed for barnfridsbrott (against life and health,
# liberty and peace, sexual integrity, or damage to property). Whether an act is such a crime
# is a judgement: the rule warns, it does not decide.
_LISTED_FORMS = frozenset(
    {
        ViolenceForm.PHYSICAL,
        ViolenceForm.PSYCHOLOGICAL,
        ViolenceForm.SEXUAL,
        ViolenceForm.MATERIAL,
        ViolenceForm.HONOUR_RELATED,
        ViolenceForm.DIGITAL,
        ViolenceForm.STALKING,
    }
)
_WITNESSED = frozenset({ExposureKind.WITNESSED, ExposureKind.HEARD})


@rule(
    id="SE-CHILD-WITNESS-NOT-RECORDED-AS-VICTIM",
    severity=Severity.WARNING,
    reference=LegalReference(statute="BrB", provision="4 kap. 3 §", verified=True),
    message=Labels(
        sv="Barnet bevittnade våld mellan två närstående i händelse {incident_id} men "
        "är inte registrerat bland dess brottsoffer.",
        nb="Barnet var vitne til vold mellom to nærstående i hendelse {incident_id}, men "
        "er ikke registrert blant ofrene.",
        en="The child witnessed violence between two close relatives in incident "
        "{incident_id} but is not recorded among its victims.",
    ),
    given="an incident from 1 July 2021 of a form that may be a listed crime (not "
    "economic violence, neglect or latent violence), and a child who saw or heard it, "
    "related in the family system to a perpetrator and to a victim",
    when="the child is not among the incident's victims",
    then="the child is recorded as a crime victim (barnfridsbrott), with the support, "
    "special representative and damages that follow; whether the act is a listed crime "
    "is a judgement the library does not make",
    jurisdiction=Jurisdiction.SE,
    also=(
        LegalReference(statute="SoL 2001:453", provision="5 kap. 11 §", verified=True),
        LegalReference(statute="SoL 2025:400", verified=False, note=_NOT_CONFIRMED),
    ),
    valid_from=BARNFRID_FROM,
)
def _witness_not_victim(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for k, incident in facts.known_incidents(case, on):
        day = incident.when.latest
        if day < BARNFRID_FROM or not _LISTED_FORMS & set(incident.forms):
            continue
        for j, exposure in enumerate(incident.children):
            child = exposure.child
            if child in incident.victims or not _WITNESSED & set(exposure.kinds):
                continue
            close_to_perpetrator = any(
                facts.close_on(case, child, p, day) for p in incident.perpetrators
            )
            close_to_victim = any(
                facts.close_on(case, child, v, day) for v in incident.victims if v != child
            )
            if close_to_perpetrator and close_to_victim:
                yield hit(f"$.incidents[{k}].children[{j}]", child, incident_id=incident.id)


def _perpetrator_support(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    made = facts.decisions(case)
    if not made:
        return
    last, decision = made[-1]
    day = decision.at.date()
    known = [(k, i) for k, i in facts.known_incidents(case, on) if i.recorded_at.date() <= day]
    supported = facts.decided_for(made, facts.PERPETRATOR_TREATMENT)
    minors = {p.id for p in case.family.minors(on=day)}
    for person in facts.perpetrators(known):
        # A young person who uses violence is a child: the rules on young perpetrators apply.
        if person not in supported and person not in minors:
            yield hit(f"$.history[{last}]", person)


_PERPETRATOR_MESSAGE = Labels(
    sv="Inget beslut i ärendet beviljar eller avslår förändringsinriktat stöd till en person "
    "som registrerats som våldsutövare.",
    nb="Ingen vedtak i saken innvilger eller avslår endringsrettet hjelp til en person som er "
    "registrert som voldsutøver.",
    en="No decision in the case grants or refuses change-oriented support for a person recorded "
    "as using violence.",
)
_PERPETRATOR_OLD = LegalReference(statute="SoL 2001:453", provision="5 kap. 11 a §", verified=True)
_PERPETRATOR_NEW = LegalReference(statute="SoL 2025:400", verified=False, note=_NOT_CONFIRMED)


def _perpetrator_rule(
    reference: LegalReference,
    also: LegalReference,
    *,
    valid_from: dt.date | None = None,
    valid_to: dt.date | None = None,
) -> Rule:
    return Rule(
        id="SE-PERPETRATOR-SUPPORT-NOT-DECIDED",
        jurisdiction=Jurisdiction.SE,
        severity=Severity.WARNING,
        reference=reference,
        also=(also,),
        message=_PERPETRATOR_MESSAGE,
        given="a case in which a decision has been made, and a person recorded as using "
        "violence in one of its incidents who is an adult on the day of the latest decision (a "
        "young person who uses violence is a child: see SE-YOUNG-PERPETRATOR-NOT-REPORTED)",
        when="no decision of the case grants or refuses that person a change-oriented "
        "intervention (treatment, group treatment, Caring Dads)",
        then="social services work to make the person change: offer, motivate, decide and "
        "follow up. The finding is at the latest decision",
        check=_perpetrator_support,
        valid_from=valid_from,
        valid_to=valid_to,
    )


SWEDEN_RULES = RuleSet(
    rules=(
        *SWEDEN_DEADLINE_RULES,
        _not_investigated,
        _risk_not_assessed,
        _witness_not_victim,
        _opening_rule(_INVESTIGATION_OLD, _INVESTIGATION_NEW, valid_to=_OLD_ACT_UNTIL),
        _opening_rule(_INVESTIGATION_NEW, _INVESTIGATION_OLD, valid_from=NEW_ACT_FROM),
        _perpetrator_rule(
            _PERPETRATOR_OLD,
            _PERPETRATOR_NEW,
            valid_from=PERPETRATOR_DUTY_FROM,
            valid_to=_OLD_ACT_UNTIL,
        ),
        _perpetrator_rule(_PERPETRATOR_NEW, _PERPETRATOR_OLD, valid_from=NEW_ACT_FROM),
    )
)
"""Sweden's rule pack: run on Swedish cases by default."""

# -- proposed, not confirmed in force -----------------------------------------------------------

PROPOSED_FROM = dt.date(2026, 1, 15)
"""The day prop. 2025/26:12 proposed its amendments of SoL 2025:400 to come into force."""

_MANDATORY_REPORTERS = frozenset(
    {
        ReporterKind.POLICE,
        ReporterKind.SCHOOL,
        ReporterKind.PRESCHOOL,
        ReporterKind.HEALTH_CARE,
        ReporterKind.CHILD_HEALTH_CENTRE,
        ReporterKind.DENTAL_CARE,
        ReporterKind.SOCIAL_SERVICES,
        ReporterKind.PRISON_AND_PROBATION,
        ReporterKind.OTHER_AUTHORITY,
        ReporterKind.PRIVATE_PROFESSIONAL,
    }
)


@rule(
    id="SE-REPORTER-FEEDBACK-MISSING",
    severity=Severity.INFO,
    reference=LegalReference(
        statute="prop. 2025/26:12",
        verified=False,
        note="a government bill amending SoL 2025:400; whether and when it entered into "
        "force, and its time limit, are not confirmed",
    ),
    message=Labels(
        sv="Ingen återkoppling till den anmälningsskyldiga som gjorde anmälan "
        "{report_id} är registrerad.",
        nb="Ingen tilbakemelding til den meldepliktige som sendte melding {report_id}, "
        "er registrert.",
        en="No feedback to the mandatory reporter of report {report_id} is recorded.",
    ),
    given="a report of concern from a mandatory reporter (an authority or a "
    "professional), after its pre-assessment",
    when="no feedback to the reporter is recorded",
    then="the reporter gets feedback within the time limit the bill proposes (its "
    "length is not confirmed, so the rule only says that none is recorded)",
    jurisdiction=Jurisdiction.SE,
    valid_from=PROPOSED_FROM,
)
def _feedback_missing(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for report in case.state.reports:
        if report.reporter_kind not in _MANDATORY_REPORTERS or report.feedback:
            continue
        if report.pre_assessment_at is not None and report.pre_assessment_at.date() <= on:
            yield hit(f"$.history[{report.event}]", *case.subjects, report_id=report.report_id)


SWEDEN_PROPOSED_RULES = RuleSet(rules=(_feedback_missing,))
"""Rules proposed for Sweden from 15 January 2026 and not confirmed in force: not run by
default. Enable them with ``default_rules().with_rules(*SWEDEN_PROPOSED_RULES)``."""
