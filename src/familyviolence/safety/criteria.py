"""Referral criteria for a multi-agency risk conference, as data, and their evaluation.

:class:`ReferralCriteria` holds the configurable parts (how many police call-outs in how many
months mean potential escalation, how long after a referral a new incident makes a repeat, how
recent an assessment must be). :func:`referral_criteria_met` says which criteria a case meets on
a day, for which victim, since when and why. The checklist's high level is the instrument's own
data (the band that calls for referral, e.g. the DASH's 14 or more "yes").

A *police call-out* is not recorded as such: it is derived from the case's incidents, as an
incident the police were called to or reported it (``reported_to_police`` is true, or the
police are among its sources).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from familyviolence._model import invalid, model, public
from familyviolence.dates import add_months
from familyviolence.incidents import Incident
from familyviolence.instruments import (
    Assessment,
    InstrumentCatalogue,
    InstrumentKind,
    RiskLevel,
    default_catalogue,
)
from familyviolence.safety._risk import of_perpetrator, risk_result
from familyviolence.safety.conference import ConferenceCriterion, RiskConference
from familyviolence.vocabulary import InformationSource

if TYPE_CHECKING:
    from familyviolence.cases import Case

__all__ = [
    "CriterionMet",
    "ReferralCriteria",
    "is_police_call_out",
    "referral_criteria_met",
    "repeat_of",
]


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise invalid(instance, attribute, "must be a whole number of 1 or more")


@model
class ReferralCriteria:
    """The configurable referral criteria of a multi-agency risk conference.

    The defaults follow the SafeLives practice the DASH is used with: 3 or more police
    call-outs in 12 months is potential escalation (uncertain in the sources: configure it), and
    a new incident between the same victim and perpetrator within 12 months of a referral is a
    repeat.

    Attributes:
        call_outs: How many police call-outs concerning the victim mean potential escalation.
        call_out_months: Within how many months, counted back from the day evaluated.
        repeat_months: Within how many months after a referral a new incident is a repeat.
        assessment_months: How recent (in months) an assessment must be to count.
        professional_judgement: Whether a high structured professional judgement, or a
            checklist's level raised to the referral level by judgement, counts.
    """

    call_outs: int = public(default=3, validator=_positive)
    call_out_months: int = public(default=12, validator=_positive)
    repeat_months: int = public(default=12, validator=_positive)
    assessment_months: int = public(default=12, validator=_positive)
    professional_judgement: bool = public(default=True)


@model
class CriterionMet:
    """A referral criterion a case meets for a victim, since when and why.

    Attributes:
        criterion: The criterion.
        victim: Id of the victim.
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


def _victims_of(case: Case, assessment: Assessment, perpetrator: bool, on: dt.date) -> list[str]:
    """The victims an assessment speaks of: its subject, or the adult victims of its subject."""
    if not perpetrator:
        return [assessment.subject]
    found = (i.victims for i in _known_incidents(case, on) if assessment.subject in i.perpetrators)
    victims = dict.fromkeys(v for victims in found for v in victims)
    # A conference hears adult victims; children at risk are social services' own cases.
    return [v for v in victims if case.family.person(v).is_minor_on(on) is not True]


def _latest_assessments(case: Case, on: dt.date, months: int) -> list[Assessment]:
    """The latest assessment of each subject with each instrument, made in the period."""
    earliest = add_months(on, -months)
    latest: dict[tuple[str, str], Assessment] = {}
    for assessment in sorted(case.assessments, key=lambda a: (a.assessed_on, a.id)):
        if earliest <= assessment.assessed_on <= on:
            latest[assessment.subject, assessment.instrument] = assessment
    return sorted(latest.values(), key=lambda a: (a.assessed_on, a.id))


def _assessment_criteria(
    case: Case, on: dt.date, criteria: ReferralCriteria, catalogue: InstrumentCatalogue
) -> Iterator[CriterionMet]:
    for assessment in _latest_assessments(case, on, criteria.assessment_months):
        result = risk_result(catalogue, assessment)
        if result is None:
            continue
        if result.computed_band is not None and result.computed_band.referral:
            criterion = ConferenceCriterion.THRESHOLD
            reason = (
                f"assessment {assessment.id} ({result.instrument}) counts {result.score}, at or "
                f"above the level {result.computed_band.id!r} that calls for referral"
            )
        elif not criteria.professional_judgement:
            continue
        elif result.referral:
            criterion = ConferenceCriterion.PROFESSIONAL_JUDGEMENT
            reason = (
                f"assessment {assessment.id} ({result.instrument}): professional judgement "
                f"raised the level to {result.band.id if result.band else ''!r}"
            )
        elif result.kind is InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT and any(
            j.level is RiskLevel.HIGH for j in result.judgements
        ):
            criterion = ConferenceCriterion.PROFESSIONAL_JUDGEMENT
            high = ", ".join(j.id for j in result.judgements if j.level is RiskLevel.HIGH)
            reason = f"assessment {assessment.id} ({result.instrument}) judges high: {high}"
        else:
            continue
        perpetrator = of_perpetrator(catalogue, assessment)
        for victim in _victims_of(case, assessment, perpetrator, on):
            yield CriterionMet(
                criterion=criterion,
                victim=victim,
                since=assessment.assessed_on,
                reason=reason,
                assessment=assessment.id,
            )


def _escalation(case: Case, on: dt.date, criteria: ReferralCriteria) -> Iterator[CriterionMet]:
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


def _repeats(case: Case, on: dt.date, criteria: ReferralCriteria) -> Iterator[CriterionMet]:
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


def referral_criteria_met(
    case: Case,
    *,
    on: dt.date,
    criteria: ReferralCriteria | None = None,
    catalogue: InstrumentCatalogue | None = None,
) -> tuple[CriterionMet, ...]:
    """The referral criteria ``case`` meets on ``on``: which, for which victim, and why.

    Only what was known by the end of ``on`` counts: assessments made and incidents recorded
    by then. Each criterion is given once per victim, with the earliest evidence in the period
    considered; ordered by victim, then criterion.

    - *Threshold*: a usable checklist result at or above the level its instrument marks for
      referral (the DASH's 14 or more "yes").
    - *Professional judgement*: a checklist raised to that level by judgement, or a structured
      professional judgement with a high summary judgement (SARA, B-SAFER, PATRIARK).
    - *Potential escalation*: ``call_outs`` or more police call-outs concerning the victim in
      the last ``call_out_months`` (see :func:`is_police_call_out`).
    - *Repeat*: an incident between the victim and a perpetrator of an earlier referral that
      happened after it and within ``repeat_months`` of it.

    Of the assessments, only the latest of each subject with each instrument made in the last
    ``assessment_months`` counts: a new assessment replaces the earlier one. An assessment of a
    victim (the DASH is a victim interview) speaks of its subject; one of the person who uses
    violence (SARA) speaks of the adult victims of that person's incidents.

    Never raises for a valid case: an assessment whose instrument is unknown or whose answers do
    not fit is left out.
    """
    criteria = ReferralCriteria() if criteria is None else criteria
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
    case: Case, conference: RiskConference, *, criteria: ReferralCriteria | None = None
) -> RiskConference | None:
    """The earlier referral that makes ``conference`` a repeat, if there is one.

    A referral is a repeat when an earlier referral of the same victim was made within
    ``repeat_months`` before it, and an incident between the victim and one of that referral's
    perpetrators happened after the earlier referral and by this one (recorded by this one's
    day).
    """
    criteria = ReferralCriteria() if criteria is None else criteria
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
