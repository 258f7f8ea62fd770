"""Referral criteria for a multi-agency risk conference, as data, and their evaluation.

:class:`ConferenceCriteria` holds the configurable parts (how many police call-outs in how many
months mean potential escalation, how long after a referral a new incident makes a repeat, how
long an assessment stays current). :func:`conference_criteria_met` says which criteria a case
meets on a day, for which person at risk, since when and why. What is high is the instruments'
own data: the band that calls for referral (the DASH's 14 or more "yes"), and each result's
level on the common scale of risk (see :mod:`familyviolence.risk`).

A *police call-out* is not recorded as such: it is derived from the case's incidents, as an
incident the police were called to or reported it (``reported_to_police`` is true, or the
police are among its sources).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public
from familyviolence._validators import instance_of
from familyviolence.cases import Case
from familyviolence.dates import add_months
from familyviolence.incidents import Incident
from familyviolence.instruments import (
    Assessment,
    AssessmentResult,
    InstrumentCatalogue,
    InstrumentDefinition,
    RiskLevel,
    default_catalogue,
)
from familyviolence.risk import (
    AssessedRisk,
    AssessmentCurrency,
    assessed_risk,
    counted,
    risk_result,
)
from familyviolence.safety import ConferenceCriterion, RiskConference
from familyviolence.vocabulary import InformationSource

__all__ = [
    "ConferenceCriteria",
    "CriterionMet",
    "conference_covers",
    "conference_criteria_met",
    "is_police_call_out",
    "persons_at_risk",
    "repeat_of",
]


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise invalid(instance, attribute, "must be a whole number of 1 or more")


@model
class ConferenceCriteria(Model):
    """The configurable referral criteria of a multi-agency risk conference.

    The defaults follow the SafeLives practice the DASH is used with: 3 or more police
    call-outs in 12 months is potential escalation (uncertain in the sources: configure it), and
    a new incident between the same victim and perpetrator within 12 months of a referral is a
    repeat. Months are calendar months.

    Attributes:
        call_outs: How many police call-outs concerning the victim mean potential escalation.
        call_out_months: Within how many months, counted back from the day evaluated.
        repeat_months: Within how many months after a referral a new incident is a repeat.
        currency: How long an assessment counts (12 calendar months unless given).
        professional_judgement: Whether a high structured professional judgement, or a
            checklist's level raised to the referral level by judgement, counts.
    """

    call_outs: int = public(default=3, validator=_positive)
    call_out_months: int = public(default=12, validator=_positive)
    repeat_months: int = public(default=12, validator=_positive)
    currency: AssessmentCurrency = public(
        factory=AssessmentCurrency, validator=instance_of(AssessmentCurrency)
    )
    professional_judgement: bool = public(default=True)


@model
class CriterionMet(Model):
    """A referral criterion a case meets for a person at risk, since when and why.

    Attributes:
        criterion: The criterion.
        victim: Id of the person at risk (a victim, or a child of the household).
        since: The day the criterion was first met in the period considered: the day of the
            assessment, of the call-out that reached the count, or of the new incident.
        reason: Why, in English, with ids and counts only.
        assessment: Id of the assessment it rests on, if any.
        incidents: Ids of the incidents it rests on.
        conference: Id of the earlier referral that makes this a repeat, if any.
    """

    criterion: ConferenceCriterion = public()
    victim: str = public()
    since: dt.date = public()
    reason: str = public()
    assessment: str | None = public(default=None)
    incidents: tuple[str, ...] = public(default=())
    conference: str | None = public(default=None)


def is_police_call_out(incident: Incident) -> bool:
    """Whether the police were called to, or reported, the incident."""
    return incident.reported_to_police is True or InformationSource.POLICE in incident.sources


def _known_incidents(case: Case, on: dt.date) -> list[Incident]:
    return [i for i in case.incidents if i.recorded_at.date() <= on]


def _household_minors(case: Case, person: str, on: dt.date) -> list[str]:
    family = case.family
    return [
        p.id
        for p in family.household_members(person, on=on)
        if p.id != person and p.is_minor_on(on)
    ]


def persons_at_risk(
    case: Case, assessment: Assessment, definition: InstrumentDefinition, *, on: dt.date
) -> tuple[str, ...]:
    """Everyone the case records as at risk where ``assessment`` finds risk, each once.

    An assessment of a victim (the DASH, the Danger Assessment, FREDA; PATRIARK's subject)
    speaks of its subject. One of the person who uses violence (SARA, B-SAFER, ODARA) speaks of
    the victims of that person's incidents known by ``on``, the children those incidents
    exposed, and the person's partners and former partners in the family system. The minors
    living in the household of the person assessed, or of an adult at risk, are at risk too.
    """
    family = case.family
    subject = assessment.subject
    at_risk: list[str] = []
    if definition.target.of_perpetrator:
        for incident in _known_incidents(case, on):
            if subject in incident.perpetrators:
                at_risk += incident.victims
                at_risk += (exposure.child for exposure in incident.children)
        at_risk += (p.id for p in family.partners_of(subject, on=on))
        at_risk += (p.id for p in family.former_partners_of(subject, on=on))
        adults = [p for p in at_risk if family.person(p).is_minor_on(on) is not True]
        households = [subject, *adults]
    else:
        at_risk.append(subject)
        households = [subject]
    for person in households:
        at_risk += _household_minors(case, person, on)
    if definition.target.of_perpetrator:
        at_risk = [p for p in at_risk if p != subject]
    return tuple(dict.fromkeys(at_risk))


def conference_covers(case: Case, conference: RiskConference, person: str) -> bool:
    """Whether a referral to a conference covers ``person``.

    It covers its victim, and a minor who lives with the victim, or whose parent or custodian
    the victim is, on the day of the referral: the conference hears the children of the
    household with the adult referred.
    """
    if conference.victim == person:
        return True
    family = case.family
    day = conference.referred_on
    if family.person(person).is_minor_on(day) is not True:
        return False
    carers = {p.id for p in family.parents_of(person, on=day)}
    carers.update(p.id for p in family.custodians_of(person, on=day))
    carers.update(p.id for p in family.household_members(person, on=day))
    return conference.victim in carers


def _band_level_is_high(definition: InstrumentDefinition, result: AssessmentResult) -> bool:
    band = result.computed_band
    level = None if band is None else definition.level_of_band(band.id)
    return level is not None and level.is_high


def _criterion(
    assessment: Assessment,
    definition: InstrumentDefinition,
    result: AssessmentResult | None,
    reading: AssessedRisk,
    criteria: ConferenceCriteria,
) -> tuple[ConferenceCriterion, str] | None:
    """The criterion an assessment meets, if any, and why, in words with ids and counts."""
    name = f"assessment {assessment.id} ({assessment.instrument})"
    partial = "" if result is None or result.valid else " with items unanswered, at least"
    if (
        result is not None
        and result.computed_band is not None
        and result.computed_band.refers_to_conference
    ):
        return ConferenceCriterion.THRESHOLD, (
            f"{name} counts{partial} {result.score}, at or above the level "
            f"{result.computed_band.id!r} that calls for referral"
        )
    if reading.level is None or not reading.level.is_high:
        return None
    if result is not None and _band_level_is_high(definition, result):
        band = result.computed_band.id if result.computed_band else ""
        return ConferenceCriterion.SCORED_HIGH, (
            f"{name} scores{partial} {result.score}, in the band {band!r}, a level of "
            f"{reading.level.value!r} risk"
        )
    if not criteria.professional_judgement:
        return None
    if result is not None and result.refers_to_conference:
        band = result.band.id if result.band else ""
        return ConferenceCriterion.PROFESSIONAL_JUDGEMENT, (
            f"{name}: professional judgement raised the level to {band!r}"
        )
    high = ", ".join(j.id for j in assessment.judgements if j.level is RiskLevel.HIGH)
    return ConferenceCriterion.PROFESSIONAL_JUDGEMENT, f"{name} judges high: {high}"


def _assessment_criteria(
    case: Case, on: dt.date, criteria: ConferenceCriteria, catalogue: InstrumentCatalogue
) -> Iterator[CriterionMet]:
    earliest = criteria.currency.earliest(on)
    made = {a.id: a for a in case.assessments if earliest <= a.assessed_on <= on}
    readings = (
        assessed_risk(case, a, on=on, catalogue=catalogue, currency=criteria.currency)
        for a in made.values()
    )
    for reading in counted(r for r in readings if r is not None):
        assessment = made[reading.assessment]
        definition = catalogue.definition_of(assessment)
        result = risk_result(catalogue, assessment)
        met = _criterion(assessment, definition, result, reading, criteria)
        if met is None:
            continue
        criterion, reason = met
        for person in persons_at_risk(case, assessment, definition, on=on):
            yield CriterionMet(
                criterion=criterion,
                victim=person,
                since=assessment.assessed_on,
                reason=reason,
                assessment=assessment.id,
            )


def _escalation(case: Case, on: dt.date, criteria: ConferenceCriteria) -> Iterator[CriterionMet]:
    earliest = add_months(on, -criteria.call_out_months)
    by_victim: dict[str, list[Incident]] = {}
    for incident in _known_incidents(case, on):
        if is_police_call_out(incident) and earliest <= incident.when.latest <= on:
            for victim in incident.victims:
                by_victim.setdefault(victim, []).append(incident)
    for victim, found in by_victim.items():
        if len(found) < criteria.call_outs:
            continue
        found.sort(key=lambda i: (i.when.latest, i.id))
        yield CriterionMet(
            criterion=ConferenceCriterion.POTENTIAL_ESCALATION,
            victim=victim,
            since=found[criteria.call_outs - 1].when.latest,
            reason=f"{len(found)} police call-outs in the {criteria.call_out_months} months to "
            f"{on.isoformat()} (the criterion is {criteria.call_outs})",
            incidents=tuple(i.id for i in found),
        )


def _new_incidents(
    case: Case, earlier: RiskConference, until: dt.date, on: dt.date, months: int
) -> list[Incident]:
    """Incidents between the earlier referral's victim and perpetrators after it, in time."""
    last = min(add_months(earlier.referred_on, months), until)
    return sorted(
        (
            i
            for i in _known_incidents(case, on)
            if earlier.victim in i.victims
            and set(earlier.perpetrators) & set(i.perpetrators)
            and earlier.referred_on < i.when.latest <= last
        ),
        key=lambda i: (i.when.latest, i.id),
    )


def _repeats(case: Case, on: dt.date, criteria: ConferenceCriteria) -> Iterator[CriterionMet]:
    for conference in case.conferences:
        if conference.referred_on > on:
            continue
        found = _new_incidents(case, conference, on, on, criteria.repeat_months)
        if found:
            yield CriterionMet(
                criterion=ConferenceCriterion.REPEAT,
                victim=conference.victim,
                since=found[0].when.latest,
                reason=f"incident {found[0].id} between the same victim and perpetrator "
                f"within {criteria.repeat_months} months of referral {conference.id}",
                incidents=tuple(i.id for i in found),
                conference=conference.id,
            )


_ORDER = {c: n for n, c in enumerate(ConferenceCriterion)}


def conference_criteria_met(
    case: Case,
    *,
    on: dt.date,
    criteria: ConferenceCriteria | None = None,
    catalogue: InstrumentCatalogue | None = None,
) -> tuple[CriterionMet, ...]:
    """The referral criteria ``case`` meets on ``on``: which, for whom, and why.

    Only what was known by the end of ``on`` counts: assessments made and incidents recorded
    by then. Each criterion is given once per person at risk, with the earliest evidence in the
    period considered; ordered by person, then criterion.

    - *Threshold*: a checklist result at or above the level its instrument marks for referral
      (the DASH's 14 or more "yes"), also when questions are unanswered: the "yes" already
      given are a lower bound.
    - *Scored high*: a score in a band of a high level of risk (ODARA's upper categories, the
      Danger Assessment's severe or extreme danger).
    - *Professional judgement*: a checklist raised to the referral level by judgement, or a
      high conclusion of a structured professional judgement (SARA, B-SAFER, PATRIARK) or of
      FREDA's danger assessment.
    - *Potential escalation*: ``call_outs`` or more police call-outs concerning the victim in
      the last ``call_out_months`` (see :func:`is_police_call_out`).
    - *Repeat*: an incident between the victim and a perpetrator of an earlier referral that
      happened after it and within ``repeat_months`` of it.

    Of the assessments, those made at most ``currency.months`` before ``on`` count, and of each
    person and instrument the latest complete one and any later incomplete ones (see
    :func:`~familyviolence.risk.counted`). Who is at risk where an assessment finds
    risk: see :func:`persons_at_risk`.

    Never raises for a valid case: an assessment whose instrument is unknown is left out, and
    one that does not fit its instrument counts only for the high conclusions it records.
    """
    criteria = ConferenceCriteria() if criteria is None else criteria
    catalogue = default_catalogue() if catalogue is None else catalogue
    found: dict[tuple[str, ConferenceCriterion], CriterionMet] = {}
    for met in (
        *_assessment_criteria(case, on, criteria, catalogue),
        *_escalation(case, on, criteria),
        *_repeats(case, on, criteria),
    ):
        key = (met.victim, met.criterion)
        if key not in found or met.since < found[key].since:
            found[key] = met
    return tuple(found[key] for key in sorted(found, key=lambda k: (k[0], _ORDER[k[1]])))


def repeat_of(
    case: Case, conference: RiskConference, *, criteria: ConferenceCriteria | None = None
) -> RiskConference | None:
    """The earlier referral that makes ``conference`` a repeat, if there is one.

    A referral is a repeat when an earlier referral of the same victim was made within
    ``repeat_months`` before it, and an incident between the victim and one of that referral's
    perpetrators happened after the earlier referral and by this one (recorded by this one's
    day).
    """
    criteria = ConferenceCriteria() if criteria is None else criteria
    day = conference.referred_on
    for earlier in case.conferences:
        if (
            earlier.id == conference.id
            or earlier.victim != conference.victim
            or not earlier.referred_on <= day
        ):
            continue
        if _new_incidents(case, earlier, day, day, criteria.repeat_months):
            return earlier
    return None
