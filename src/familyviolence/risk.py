"""The current risk between two persons, and when a risk assessment is current.

Every safety and practice rule that needs to know how high the risk is asks here, so that the
library has one answer: :func:`current_risk` gives the risk of violence from one person (who
uses violence) to another (at risk from them) on a day, from the case's structured risk
assessments of either. It never reads "the latest assessment of any instrument": a later low
DASH of the victim says nothing that lowers an earlier high SARA of the perpetrator, so the
highest level among the instruments counts. A reassessment with the same instrument of the
same person replaces the earlier one, once it is complete.

An assessment is *current* on a day (:func:`why_not_current`) if it was made by that day, at
most :attr:`AssessmentCurrency.months` calendar months before it, and nothing has happened
since that it could not know of: no incident, no breach of a contact ban and no relapse
involving the persons concerned. An assessment that is no longer current cannot show that the
risk is low; while it is no older than the limit, what it shows that is high still counts,
because what happened since can only have raised the risk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public
from familyviolence.cases import Case
from familyviolence.collaboration import TreatmentRelapse
from familyviolence.dates import add_months
from familyviolence.errors import InvalidModel, UnknownInstrument
from familyviolence.events import RelapseRecorded
from familyviolence.instruments import (
    Assessment,
    AssessmentResult,
    AssessmentTarget,
    CommonRiskLevel,
    InstrumentCatalogue,
    InstrumentDefinition,
    default_catalogue,
    recorded_level,
)
from familyviolence.safety import ContactBan
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "AssessedRisk",
    "AssessmentCurrency",
    "CurrentRisk",
    "NotCurrent",
    "assessed_risk",
    "counted",
    "current_risk",
    "is_current",
    "risk_result",
    "why_not_current",
]


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise invalid(instance, attribute, "must be a whole number of 1 or more")


@model
class AssessmentCurrency(Model):
    """How long a structured risk assessment stays current: the one limit every rule uses.

    >>> import datetime as dt
    >>> AssessmentCurrency().earliest(dt.date(2026, 3, 31))
    datetime.date(2025, 3, 31)

    Attributes:
        months: How many calendar months an assessment stays current at most (12 unless
            given). A new incident, breach or relapse ends it sooner.
    """

    months: int = public(default=12, validator=_positive)

    def earliest(self, on: dt.date) -> dt.date:
        """The earliest day an assessment may have been made on and be current on ``on``."""
        return add_months(on, -self.months)


class NotCurrent(LabelledEnum):
    """Why an assessment is not current on a day."""

    NOT_YET_MADE = (
        "not_yet_made",
        "bedömningen var inte gjord än",
        "vurderingen var ikke gjort ennå",
        "the assessment had not been made yet",
    )
    TOO_OLD = (
        "too_old",
        "bedömningen är för gammal",
        "vurderingen er for gammel",
        "the assessment is too old",
    )
    LATER_INCIDENT = (
        "later_incident",
        "en ny händelse har inträffat sedan bedömningen",
        "en ny hendelse har skjedd etter vurderingen",
        "an incident happened after the assessment",
    )
    LATER_BREACH = (
        "later_breach",
        "kontaktförbudet har brutits sedan bedömningen",
        "besøksforbudet er brutt etter vurderingen",
        "a contact ban was breached after the assessment",
    )
    LATER_RELAPSE = (
        "later_relapse",
        "återfall i våld sedan bedömningen",
        "tilbakefall til vold etter vurderingen",
        "a relapse into violence after the assessment",
    )


def _incident_after(case: Case, day: dt.date, on: dt.date, persons: Collection[str]) -> bool:
    for incident in case.incidents:
        if incident.recorded_at.date() > on or incident.when.latest <= day:
            continue  # not known by then, or surely before the assessment
        if any(p in persons for p in (*incident.perpetrators, *incident.victims)):
            return True
    return False


def _breach_after(case: Case, day: dt.date, on: dt.date, persons: Collection[str]) -> bool:
    for measure in case.protective_measures:
        if not isinstance(measure, ContactBan):
            continue
        if measure.protected not in persons and measure.restrained not in persons:
            continue
        if any(day < breach.on <= on for breach in measure.breaches):
            return True
    return False


def _relapse_after(case: Case, day: dt.date, on: dt.date, persons: Collection[str]) -> bool:
    for event in case.effective_history:
        if (
            isinstance(event, RelapseRecorded)
            and event.person_id in persons
            and day < event.at.date() <= on
        ):
            return True
    for pathway in case.pathways:
        if pathway.person not in persons:
            continue
        for step in pathway.steps:
            if isinstance(step, TreatmentRelapse) and day < step.on <= on:
                return True
    return False


def why_not_current(
    case: Case,
    assessment: Assessment,
    *,
    on: dt.date,
    persons: Collection[str] | None = None,
    currency: AssessmentCurrency | None = None,
) -> NotCurrent | None:
    """Why ``assessment`` is not current on ``on``; ``None`` if it is current.

    Current means: made on or before ``on``, at most ``currency.months`` calendar months
    before it, and no incident (recorded by ``on``, that may have happened after the
    assessment's day), no breach of a contact ban and no relapse after the assessment's day and
    by ``on`` involving any of ``persons`` (the assessment's subject if not given).
    """
    currency = AssessmentCurrency() if currency is None else currency
    day = assessment.assessed_on
    if day > on:
        return NotCurrent.NOT_YET_MADE
    if day < currency.earliest(on):
        return NotCurrent.TOO_OLD
    concerned = (assessment.subject,) if persons is None else persons
    if _incident_after(case, day, on, concerned):
        return NotCurrent.LATER_INCIDENT
    if _breach_after(case, day, on, concerned):
        return NotCurrent.LATER_BREACH
    if _relapse_after(case, day, on, concerned):
        return NotCurrent.LATER_RELAPSE
    return None


def is_current(
    case: Case,
    assessment: Assessment,
    *,
    on: dt.date,
    persons: Collection[str] | None = None,
    currency: AssessmentCurrency | None = None,
) -> bool:
    """Whether ``assessment`` is current on ``on`` (see :func:`why_not_current`)."""
    return why_not_current(case, assessment, on=on, persons=persons, currency=currency) is None


def _definition(
    catalogue: InstrumentCatalogue, assessment: Assessment
) -> InstrumentDefinition | None:
    try:
        definition = catalogue.definition_of(assessment)
    except UnknownInstrument:
        return None
    return definition if definition.kind.assesses_risk else None


def risk_result(catalogue: InstrumentCatalogue, assessment: Assessment) -> AssessmentResult | None:
    """The result of a structured risk assessment that fits its instrument; else ``None``.

    ``None`` for an instrument the catalogue does not hold, one that does not assess risk
    (screening questions, a structured description), and an assessment that does not fit its
    definition. A result with too many omissions is returned: its level is a lower bound.
    """
    definition = _definition(catalogue, assessment)
    if definition is None:
        return None
    try:
        return catalogue.result(assessment)
    except InvalidModel:
        return None


@model
class AssessedRisk(Model):
    """What one risk assessment says of the risk, as counted on a day.

    Attributes:
        assessment: Id of the assessment.
        instrument: Id of its instrument.
        subject: Id of the person assessed.
        assessed_on: The day it was made.
        target: Whom its instrument assesses (the person who uses violence, or the victim).
        level: Its level on the common scale, a lower bound if ``highest_possible_level``
            differs; ``None`` if it shows none.
        highest_possible_level: The highest level it could show, were the information it
            misses known; ``None`` if that is not known.
        valid: Whether its result may be used as the instrument defines (not too much omitted,
            and the assessment fits its instrument).
        not_current: Why it is not current on the day, or ``None`` if it is.
    """

    assessment: str = public()
    instrument: str = public()
    subject: str = public()
    assessed_on: dt.date = public()
    target: AssessmentTarget = public()
    level: CommonRiskLevel | None = public()
    highest_possible_level: CommonRiskLevel | None = public()
    valid: bool = public()
    not_current: NotCurrent | None = public(default=None)

    @property
    def current(self) -> bool:
        """Whether the assessment is current on the day."""
        return self.not_current is None

    @property
    def is_exact(self) -> bool:
        """Whether its level is known and nothing it misses could raise it."""
        return self.level is not None and self.highest_possible_level is self.level

    @property
    def may_be_high(self) -> bool:
        """Whether it shows, or could show once complete, a high risk (or shows no level)."""
        highest = self.highest_possible_level
        return highest is None or highest.is_high


def assessed_risk(
    case: Case,
    assessment: Assessment,
    *,
    on: dt.date,
    catalogue: InstrumentCatalogue | None = None,
    persons: Collection[str] | None = None,
    currency: AssessmentCurrency | None = None,
) -> AssessedRisk | None:
    """What ``assessment`` says of the risk on ``on``; ``None`` if it is no risk assessment.

    ``None`` for an instrument the catalogue does not hold and for one that does not assess
    risk. An assessment that does not fit its instrument still counts with the highest level
    its own records show (a high conclusion is never left unread), as a lower bound.
    """
    catalogue = default_catalogue() if catalogue is None else catalogue
    definition = _definition(catalogue, assessment)
    if definition is None:
        return None
    try:
        result = catalogue.result(assessment)
    except InvalidModel:
        level, highest, valid = recorded_level(definition, assessment), None, False
    else:
        level, highest, valid = result.level, result.highest_possible_level, result.valid
    return AssessedRisk(
        assessment=assessment.id,
        instrument=assessment.instrument,
        subject=assessment.subject,
        assessed_on=assessment.assessed_on,
        target=definition.target,
        level=level,
        highest_possible_level=highest,
        valid=valid,
        not_current=why_not_current(case, assessment, on=on, persons=persons, currency=currency),
    )


@model
class CurrentRisk(Model):
    """The risk of violence from one person to another on a day, as the case's assessments show.

    Attributes:
        perpetrator: Id of the person the risk comes from (who uses violence).
        victim: Id of the person at risk.
        on: The day.
        assessments: What each assessment counted says, in date order: every assessment about
            the two made by the day and at most the currency limit before it (of the
            perpetrator with an instrument that assesses the person who uses violence, of the
            victim with one that interviews the victim, of either in honour-based violence),
            the latest complete one of each person and instrument and any later incomplete
            ones.
    """

    perpetrator: str = public()
    victim: str = public()
    on: dt.date = public()
    assessments: tuple[AssessedRisk, ...] = public(default=())

    @property
    def level(self) -> CommonRiskLevel | None:
        """The highest level the assessments counted show; ``None`` if none shows one."""
        return CommonRiskLevel.highest(a.level for a in self.assessments)

    @property
    def is_high(self) -> bool:
        """Whether the risk is high: an assessment counted shows a high level."""
        level = self.level
        return level is not None and level.is_high

    @property
    def known_below_high(self) -> bool:
        """Whether the risk is known not to be high.

        At least one assessment counted is current and valid, and none shows or could show a
        high level. Only then can a decision that needs the risk not to be high rest on it.
        """
        counted = self.assessments
        return any(a.current and a.valid for a in counted) and not any(
            a.may_be_high for a in counted
        )

    @property
    def highest(self) -> AssessedRisk | None:
        """The assessment that shows the highest level (the latest of equals), if any."""
        rated = [(a.level.rank, a.assessed_on, a) for a in self.assessments if a.level]
        return max(rated, key=lambda entry: entry[:2])[2] if rated else None

    def level_of(self, *, perpetrator_side: bool) -> CommonRiskLevel | None:
        """The highest level among the instruments that assess the perpetrator, or the victim."""
        return CommonRiskLevel.highest(
            a.level for a in self.assessments if a.target.of_perpetrator is perpetrator_side
        )


def _about_pair(
    definition: InstrumentDefinition, assessment: Assessment, perpetrator: str, victim: str
) -> bool:
    target = definition.target
    if target.of_perpetrator:
        return assessment.subject == perpetrator
    if target is AssessmentTarget.HONOUR_CASE:
        return assessment.subject in (perpetrator, victim)
    return assessment.subject == victim


def counted(readings: Iterable[AssessedRisk]) -> tuple[AssessedRisk, ...]:
    """The readings that count: per person and instrument, from the latest complete one on.

    A complete reassessment replaces what came before it; an incomplete one (a level that is a
    lower bound) replaces nothing, so an unfinished DASH never hides a finished one.
    """
    groups: dict[tuple[str, str], list[AssessedRisk]] = {}
    for reading in sorted(readings, key=lambda r: (r.assessed_on, r.assessment)):
        groups.setdefault((reading.subject, reading.instrument), []).append(reading)
    kept: list[AssessedRisk] = []
    for group in groups.values():
        complete = [r.assessed_on for r in group if r.is_exact and r.valid]
        since = max(complete) if complete else None
        kept += (r for r in group if since is None or r.assessed_on >= since)
    return tuple(sorted(kept, key=lambda r: (r.assessed_on, r.assessment)))


def _readings(
    case: Case,
    *,
    on: dt.date,
    catalogue: InstrumentCatalogue,
    currency: AssessmentCurrency,
    about: Iterable[tuple[Assessment, InstrumentDefinition]],
    persons: Collection[str],
) -> Iterator[AssessedRisk]:
    earliest = currency.earliest(on)
    for assessment, _ in about:
        if not earliest <= assessment.assessed_on <= on:
            continue
        reading = assessed_risk(
            case, assessment, on=on, catalogue=catalogue, persons=persons, currency=currency
        )
        if reading is not None:
            yield reading


def current_risk(
    case: Case,
    perpetrator: str,
    victim: str,
    *,
    on: dt.date,
    catalogue: InstrumentCatalogue | None = None,
    currency: AssessmentCurrency | None = None,
) -> CurrentRisk:
    """The risk of violence from ``perpetrator`` to ``victim`` on ``on``.

    Counts every structured risk assessment about the two made by ``on`` and at most the
    currency limit before it: assessments of the perpetrator with an instrument that assesses
    the person who uses violence (SARA, B-SAFER, ODARA), assessments of the victim with one
    that interviews the victim (DASH, the Danger Assessment, FREDA), and assessments of either
    in honour-based violence (PATRIARK). Of each person and instrument, the latest complete
    assessment and any later incomplete ones count (see :func:`counted`). The level is the
    highest any of them shows, never the latest's: a high SARA of the father followed by a low
    DASH of the mother leaves the risk high.

    An assessment followed by an incident, a breach or a relapse involving either person is
    no longer current: it still shows a high risk while no older than the limit, but can no
    longer show that the risk is below high (:attr:`CurrentRisk.known_below_high`).

    Never raises for a valid case.
    """
    catalogue = default_catalogue() if catalogue is None else catalogue
    currency = AssessmentCurrency() if currency is None else currency
    about = []
    for assessment in case.assessments:
        definition = _definition(catalogue, assessment)
        if definition is not None and _about_pair(definition, assessment, perpetrator, victim):
            about.append((assessment, definition))
    readings = _readings(
        case,
        on=on,
        catalogue=catalogue,
        currency=currency,
        about=about,
        persons=(perpetrator, victim),
    )
    return CurrentRisk(perpetrator=perpetrator, victim=victim, on=on, assessments=counted(readings))
