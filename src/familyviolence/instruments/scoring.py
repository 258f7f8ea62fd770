"""Checking an assessment against its definition, and deriving its result.

What a result is depends on the kind of instrument: an actuarial instrument gives a score and
its band; a threshold checklist a count and a level that professional judgement may raise but
never lower; a structured professional judgement the assessor's summary judgements only, never
a total.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._errors import InvalidModel
from familyviolence._model import model, public
from familyviolence.instruments.assessments import Assessment, Judgement, WeightTable
from familyviolence.instruments.definitions import (
    InstrumentDefinition,
    InstrumentKind,
    ScoreBand,
    ScoringRule,
)
from familyviolence.instruments.scales import Response

__all__ = ["AssessmentResult", "research_total", "result_of", "validate"]

_SPJ = InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT


@model
class AssessmentResult:
    """What an assessment gives, as its instrument defines it.

    For an actuarial instrument: ``score`` and ``band``. For a threshold checklist: ``score``
    is the count of "yes", ``band`` the level after any professional-judgement override,
    ``computed_band`` the level before it and ``overridden`` whether the override raised it.
    For a structured professional judgement: the assessor's ``judgements`` only; ``score`` and
    ``band`` are always ``None`` (a total is never the result). A result with too many omitted
    items is not ``valid``: it says why, and gives no score or band.

    Attributes:
        instrument: Id of the definition.
        version: Its version.
        kind: The kind of instrument.
        valid: Whether the result may be used.
        invalid_reasons: Why not, if it is not valid.
        omitted: Codes of items omitted or left unanswered, in the definition's order.
        score: The score, or a checklist's count; ``None`` where there is none.
        band: The band (level) of the score, after any override.
        computed_band: The band of the score before any override.
        overridden: Whether a professional-judgement override raised the level.
        referral: Whether the level calls for referral to a multi-agency risk conference.
        judgements: The assessor's summary judgements: for a structured professional
            judgement, the result itself.
        critical_items: Codes of items marked as critical.
        notes: What the reader of the result must know (no weight table, uncertain cut-offs…).
    """

    instrument: str = public()
    version: str = public()
    kind: InstrumentKind = public()
    valid: bool = public()
    invalid_reasons: tuple[str, ...] = public(default=())
    omitted: tuple[str, ...] = public(default=())
    score: int | None = public(default=None)
    band: ScoreBand | None = public(default=None)
    computed_band: ScoreBand | None = public(default=None)
    overridden: bool = public(default=False)
    referral: bool = public(default=False)
    judgements: tuple[Judgement, ...] = public(default=())
    critical_items: tuple[str, ...] = public(default=())
    notes: tuple[str, ...] = public(default=())


def _fail(field: str, reason: str) -> InvalidModel:
    return InvalidModel("Assessment", field, reason)


def _check_answers(definition: InstrumentDefinition, assessment: Assessment) -> None:
    # Runs for every answer of every assessment: one look-up per answer, no calls.
    rules = definition.answer_rules
    for i, answer in enumerate(assessment.answers):
        code = answer.item
        rule = rules.get(code)
        if rule is None:
            name = f"{definition.id} version {definition.version}"
            raise _fail(f"answers[{i}].item", f"item {code!r} is not in {name}")
        if answer.value not in rule.responses:
            raise _fail(
                f"answers[{i}].value", f"item {code!r}: not on its scale {rule.scale.value}"
            )
        past = answer.past
        if rule.two_time_frames:
            if past is None:
                raise _fail(f"answers[{i}].past", f"item {code!r}: the past rating is missing")
            if past not in rule.responses:
                raise _fail(
                    f"answers[{i}].past", f"item {code!r}: not on its scale {rule.scale.value}"
                )
        elif past is not None:
            raise _fail(f"answers[{i}].past", f"item {code!r} is rated for one time frame only")
        if answer.relevance is not None and not rule.rates_relevance:
            raise _fail(f"answers[{i}].relevance", f"item {code!r} is not rated for relevance")


def _check_judgements(definition: InstrumentDefinition, assessment: Assessment) -> None:
    name = f"{definition.id} version {definition.version}"
    for i, judgement in enumerate(assessment.judgements):
        if definition.judgement(judgement.id) is None:
            raise _fail(f"judgements[{i}].id", f"{judgement.id!r} is not a judgement of {name}")
    recorded = {j.id for j in assessment.judgements}
    for required in definition.required_judgements:
        if required not in recorded:
            raise _fail("judgements", f"the summary judgement {required!r} is missing")


def _check_records(definition: InstrumentDefinition, assessment: Assessment) -> None:
    name = f"{definition.id} version {definition.version}"
    for i, code in enumerate(assessment.critical_items):
        if not definition.has_item(code):
            raise _fail(f"critical_items[{i}]", f"item {code!r} is not in {name}")
        if not definition.item(code).critical:
            raise _fail(f"critical_items[{i}]", f"item {code!r} cannot be marked critical")
    if assessment.scenarios and definition.kind is not _SPJ:
        raise _fail("scenarios", f"{name} is not a structured professional judgement")
    if assessment.override is not None:
        if definition.kind is not InstrumentKind.THRESHOLD_CHECKLIST:
            raise _fail("override", f"{name} is not a checklist that judgement may raise")
        if definition.band(assessment.override.band) is None:
            raise _fail("override.band", f"{assessment.override.band!r} is not a band of {name}")
    _check_calendar(definition, assessment)


def _check_calendar(definition: InstrumentDefinition, assessment: Assessment) -> None:
    name = f"{definition.id} version {definition.version}"
    calendar = definition.calendar
    if assessment.calendar and calendar is None:
        raise _fail("calendar", f"{name} keeps no severity calendar")
    if calendar is not None:
        earliest = _months_before(assessment.assessed_on, calendar.months)
        for i, entry in enumerate(assessment.calendar):
            if entry.severity > len(calendar.levels):
                raise _fail(f"calendar[{i}].severity", f"must be at most {len(calendar.levels)}")
            if entry.day < earliest:
                raise _fail(f"calendar[{i}].day", f"must be within {calendar.months} months before")


def _months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the first of the next month if it has no such day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    try:
        return day.replace(year=year, month=month + 1)
    except ValueError:
        year, month = divmod(index + 1, 12)
        return dt.date(year, month + 1, 1)


def validate(definition: InstrumentDefinition, assessment: Assessment) -> None:
    """Check that ``assessment`` fits ``definition``.

    Raises:
        InvalidModel: Naming the field and, for answers and critical items, the item code: an
            item not in the definition, a response off the item's scale, a missing required
            summary judgement, a judgement override that would lower the level, …
    """
    if (assessment.instrument, assessment.version) != definition.key:
        raise _fail(
            "version",
            f"the assessment used {assessment.instrument} version {assessment.version}, "
            f"not {definition.id} version {definition.version}",
        )
    _check_answers(definition, assessment)
    _check_judgements(definition, assessment)
    _check_records(definition, assessment)
    if assessment.override is not None:
        _raw(definition, assessment, None)  # raises if the override would lower the level


class _Raw:
    """The computed parts of a result before validity is applied."""

    __slots__ = ("band", "computed_band", "notes", "overridden", "score")

    def __init__(self) -> None:
        self.score: int | None = None
        self.computed_band: ScoreBand | None = None
        self.band: ScoreBand | None = None
        self.overridden = False
        self.notes: list[str] = []


def _score(
    definition: InstrumentDefinition,
    assessment: Assessment,
    weights: WeightTable | None,
    notes: list[str],
) -> tuple[int | None, tuple[ScoreBand, ...]]:
    """The score (or count) by the definition's rule, and the bands that apply to it."""
    rule = definition.scoring
    if rule is ScoringRule.SUM:
        return sum(a.value.score or 0 for a in assessment.answers), definition.bands
    if rule is ScoringRule.COUNT:
        yes = sum(1 for a in assessment.answers if a.value is Response.YES)
        return yes, definition.bands
    if rule is ScoringRule.WEIGHTED_SUM:
        if weights is None:
            notes.append(
                f"{definition.id} version {definition.version} is scored with item weights "
                "that the library does not ship; no weight table was supplied, so no score "
                "is reported"
            )
            return None, ()
        _check_weights(definition, weights)
        weight = weights.by_item
        total = sum(weight.get(a.item, 0) for a in assessment.answers if a.value is Response.YES)
        return total, weights.bands or definition.bands
    if rule is ScoringRule.JUDGEMENT:
        notes.append(
            "a structured professional judgement: the result is the assessor's summary "
            "judgements; no total score is presented"
        )
    return None, ()


def _raw(
    definition: InstrumentDefinition, assessment: Assessment, weights: WeightTable | None
) -> _Raw:
    raw = _Raw()
    raw.score, bands = _score(definition, assessment, weights, raw.notes)
    if raw.score is not None:
        if not bands:
            raw.notes.append(
                f"{definition.id} version {definition.version} has no bands: the score has no level"
            )
        raw.computed_band = next((b for b in bands if b.contains(raw.score)), None)
    raw.band = raw.computed_band
    override = assessment.override
    if override is not None and raw.computed_band is not None:
        ranks = {band.id: i for i, band in enumerate(bands)}
        wanted = ranks.get(override.band)
        current = ranks[raw.computed_band.id]
        if wanted is None:
            raise _fail("override.band", f"{override.band!r} is not a band of this scoring")
        if wanted < current:
            raise _fail(
                "override.band",
                f"would lower the level from {raw.computed_band.id!r} to {override.band!r}; "
                "professional judgement may only raise it",
            )
        raw.band = bands[wanted]
        raw.overridden = wanted > current
    if raw.band is not None and raw.band.uncertain:
        raw.notes.append(f"the cut-offs of the band {raw.band.id!r} are uncertain")
    return raw


def _check_weights(definition: InstrumentDefinition, weights: WeightTable) -> None:
    if (weights.instrument, weights.version) != definition.key:
        raise InvalidModel(
            "WeightTable",
            "instrument",
            f"is for {weights.instrument} version {weights.version}, "
            f"not {definition.id} version {definition.version}",
        )
    for i, entry in enumerate(weights.weights):
        if not definition.has_item(entry.item):
            raise InvalidModel(
                "WeightTable",
                f"weights[{i}].item",
                f"item {entry.item!r} is not in {definition.id} version {definition.version}",
            )


def result_of(
    definition: InstrumentDefinition,
    assessment: Assessment,
    weights: WeightTable | None = None,
) -> AssessmentResult:
    """The result of ``assessment`` under ``definition`` (checked first with :func:`validate`).

    Raises:
        InvalidModel: If the assessment does not fit the definition, or the weight table does
            not fit the definition.
    """
    validate(definition, assessment)
    omitted = _omitted(definition, assessment)
    raw = _raw(definition, assessment, weights)
    reasons: tuple[str, ...] = ()
    if len(omitted) > definition.omissions_tolerated:
        reason = (
            f"{len(omitted)} items are omitted or unanswered; {definition.id} version "
            f"{definition.version} tolerates at most {definition.omissions_tolerated}"
        )
        reasons = (reason,)
    valid = not reasons
    band = raw.band if valid else None
    return AssessmentResult(
        instrument=definition.id,
        version=definition.version,
        kind=definition.kind,
        valid=valid,
        invalid_reasons=reasons,
        omitted=omitted,
        score=raw.score if valid else None,
        band=band,
        computed_band=raw.computed_band if valid else None,
        overridden=raw.overridden and valid,
        referral=band is not None and band.referral,
        judgements=assessment.judgements,
        critical_items=assessment.critical_items,
        notes=tuple(raw.notes),
    )


def _omitted(definition: InstrumentDefinition, assessment: Assessment) -> tuple[str, ...]:
    answered = {a.item for a in assessment.answers if not a.is_omitted}
    return tuple(item.code for item in definition.items if item.code not in answered)


def research_total(definition: InstrumentDefinition, assessment: Assessment) -> int:
    """The sum of item scores of a structured professional judgement, for research only.

    Never the result of the assessment: the result of a structured professional judgement is
    the assessor's summary judgements. Omitted items add nothing.

    Raises:
        InvalidModel: If the assessment does not fit the definition.
        ValueError: If the definition is not a structured professional judgement.
    """
    if definition.kind is not _SPJ:
        msg = f"{definition.id} version {definition.version} is not scored by judgement"
        raise ValueError(msg)
    validate(definition, assessment)
    return sum(a.value.score or 0 for a in assessment.answers)
