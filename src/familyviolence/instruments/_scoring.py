"""Checking an assessment against its definition, and deriving its result.

What a result is depends on the kind of instrument: an actuarial instrument gives a score and
its band; a threshold checklist a count and a level that professional judgement may raise but
never lower; a structured professional judgement the assessor's summary judgements only, never
a total. Every result also gets its level on the common scale of risk, as the definition's
mapping declares (:func:`risk_level`), and never an understated one: what the answers given
already reach is a lower bound, since more answers can only raise a count.
"""

from __future__ import annotations

from familyviolence._model import Model, model, public
from familyviolence.dates import add_months
from familyviolence.errors import InvalidModel
from familyviolence.instruments._assessments import Assessment, Judgement, WeightTable
from familyviolence.instruments._definitions import (
    InstrumentDefinition,
    InstrumentKind,
    ScoreBand,
    ScoringMethod,
)
from familyviolence.instruments._levels import CommonRiskLevel
from familyviolence.instruments._scales import Response

__all__ = [
    "AssessmentResult",
    "recorded_level",
    "research_total",
    "result_of",
    "risk_level",
    "validate",
]

_SPJ = InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT


@model
class AssessmentResult(Model):
    """What an assessment gives, as its instrument defines it.

    For an actuarial instrument: ``score`` and ``band``. For a threshold checklist: ``score``
    is the count of "yes", ``band`` the level after any professional-judgement override,
    ``computed_band`` the level before it and ``overridden`` whether the override raised it.
    For a structured professional judgement: the assessor's ``judgements`` only; ``score`` and
    ``band`` are always ``None`` (a total is never the result). A result with too many omitted
    items is not ``valid``: it says why. A sum or a count with too many omissions still gives
    the score its answers reach and that score's band, as a lower bound (more answers can only
    raise it): a DASH with 14 "yes" and a question unanswered is high, and refers.

    ``level`` is the result's level on the common scale of risk (see :func:`risk_level`), and
    ``highest_possible_level`` the highest level it could have were the omitted information
    known: the same as ``level`` when nothing omitted could change it, ``None`` when it is not
    known (a judgement made with too much information missing).

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
        refers_to_conference: Whether the level calls for referral to a multi-agency risk
            conference.
        judgements: The assessor's summary judgements: for a structured professional
            judgement, the result itself.
        critical_items: Codes of items marked as critical.
        notes: What the reader of the result must know (no weight table, uncertain cut-offs…).
        level: The level on the common scale of risk; ``None`` if the definition maps nothing
            the result has.
        highest_possible_level: The highest level the result could have; ``None`` if unknown.
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
    refers_to_conference: bool = public(default=False)
    judgements: tuple[Judgement, ...] = public(default=())
    critical_items: tuple[str, ...] = public(default=())
    notes: tuple[str, ...] = public(default=())
    level: CommonRiskLevel | None = public(default=None)
    highest_possible_level: CommonRiskLevel | None = public(default=None)

    @property
    def level_is_exact(self) -> bool:
        """Whether the level is known and nothing omitted could raise it."""
        return self.level is not None and self.highest_possible_level is self.level

    @property
    def is_high(self) -> bool:
        """Whether the result is high for safety purposes (its level, a lower bound, is)."""
        return self.level is not None and self.level.is_high

    @property
    def may_be_high(self) -> bool:
        """Whether the result is, or could be once the omitted information is known, high.

        ``True`` also when the level is not known at all: only a result known to be below
        high can support a decision that needs the risk not to be high.
        """
        highest = self.highest_possible_level
        return highest is None or highest.is_high


def _fail(field: str, reason: str) -> InvalidModel:
    return InvalidModel("Assessment", field, reason)


def _check_answers(definition: InstrumentDefinition, assessment: Assessment) -> None:
    # Runs for every answer of every assessment: one look-up per answer, no calls.
    rules = definition.allowed_answers
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
        earliest = add_months(assessment.assessed_on, -calendar.months)
        for i, entry in enumerate(assessment.calendar):
            if entry.severity > len(calendar.levels):
                raise _fail(f"calendar[{i}].severity", f"must be at most {len(calendar.levels)}")
            if entry.day < earliest:
                raise _fail(f"calendar[{i}].day", f"must be within {calendar.months} months before")


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

    __slots__ = (
        "band",
        "computed_band",
        "highest_band",
        "lowest_band",
        "minimum",
        "minimum_band",
        "notes",
        "overridden",
        "score",
    )

    def __init__(self) -> None:
        self.score: int | None = None
        self.minimum: int | None = None
        self.minimum_band: ScoreBand | None = None
        self.computed_band: ScoreBand | None = None
        self.band: ScoreBand | None = None
        self.lowest_band: ScoreBand | None = None
        self.highest_band: ScoreBand | None = None
        self.overridden = False
        self.notes: list[str] = []


class _Score:
    """A score by the definition's rule, the range the omitted items leave open, its bands."""

    __slots__ = ("bands", "maximum", "minimum", "score")

    def __init__(
        self, score: int, minimum: int, maximum: int, bands: tuple[ScoreBand, ...]
    ) -> None:
        self.score = score
        self.minimum = minimum
        self.maximum = maximum
        self.bands = bands


def _score(
    definition: InstrumentDefinition,
    assessment: Assessment,
    weights: WeightTable | None,
    omitted: tuple[str, ...],
    notes: list[str],
) -> _Score | None:
    """The score (or count) by the definition's rule, and the bands that apply to it.

    Omitted items add nothing to the score, as every instrument here scores them; the range
    says how low and how high the score could be were they answered.
    """
    rule = definition.scoring
    if rule is ScoringMethod.SUM:
        score = sum(a.value.score or 0 for a in assessment.answers)
        extra = sum(definition.item(code).scale.max_score for code in omitted)
        return _Score(score, score, score + extra, definition.bands)
    if rule is ScoringMethod.COUNT:
        yes = sum(1 for a in assessment.answers if a.value is Response.YES)
        return _Score(yes, yes, yes + len(omitted), definition.bands)
    if rule is ScoringMethod.WEIGHTED_SUM:
        if weights is None:
            notes.append(
                f"{definition.id} version {definition.version} is scored with item weights "
                "that the library does not ship; no weight table was supplied, so no score "
                "is reported"
            )
            return None
        _check_weights(definition, weights)
        weight = weights.by_item
        total = sum(weight.get(a.item, 0) for a in assessment.answers if a.value is Response.YES)
        # A weight may be negative: an omitted item could lower the score as well as raise it.
        low = total + sum(min(0, weight.get(code, 0)) for code in omitted)
        high = total + sum(max(0, weight.get(code, 0)) for code in omitted)
        return _Score(total, low, high, weights.bands or definition.bands)
    if rule is ScoringMethod.JUDGEMENT:
        notes.append(
            "a structured professional judgement: the result is the assessor's summary "
            "judgements; no total score is presented"
        )
    return None


def _band(bands: tuple[ScoreBand, ...], score: int) -> ScoreBand | None:
    return next((b for b in bands if b.contains(score)), None)


def _raw(
    definition: InstrumentDefinition,
    assessment: Assessment,
    weights: WeightTable | None,
    omitted: tuple[str, ...] = (),
) -> _Raw:
    raw = _Raw()
    scored = _score(definition, assessment, weights, omitted, raw.notes)
    if scored is None:
        return raw
    bands = scored.bands
    raw.score, raw.minimum = scored.score, scored.minimum
    if not bands:
        raw.notes.append(
            f"{definition.id} version {definition.version} has no bands: the score has no level"
        )
    raw.computed_band = _band(bands, scored.score)
    raw.lowest_band = raw.minimum_band = _band(bands, scored.minimum)
    raw.highest_band = _band(bands, scored.maximum)
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
        # Judgement raises the level whatever the omitted items would have given.
        raw.lowest_band = bands[wanted]
        if raw.highest_band is None or ranks[raw.highest_band.id] < wanted:
            raw.highest_band = bands[wanted]
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
    raw = _raw(definition, assessment, weights, omitted)
    reasons: tuple[str, ...] = ()
    if len(omitted) > definition.omissions_tolerated:
        reason = (
            f"{len(omitted)} items are omitted or unanswered; {definition.id} version "
            f"{definition.version} tolerates at most {definition.omissions_tolerated}"
        )
        reasons = (reason,)
    valid = not reasons
    score, computed_band, band = raw.score, raw.computed_band, raw.band
    if not valid and raw.minimum is not None:
        # What the answers given reach, as a lower bound: more answers can only raise it.
        score, computed_band = raw.minimum, raw.minimum_band
        band = raw.band if raw.overridden else computed_band
        raw.notes.append(
            f"the score {score} is the lowest the omitted items allow: a lower bound, and its "
            "level is the least the answers show"
        )
    level, highest = _levels(definition, assessment, raw, valid=valid)
    if level is not None and raw.lowest_band is not None:
        _note_unverified(definition, raw.lowest_band, raw.notes)
    return AssessmentResult(
        instrument=definition.id,
        version=definition.version,
        kind=definition.kind,
        valid=valid,
        invalid_reasons=reasons,
        omitted=omitted,
        score=score,
        band=band,
        computed_band=computed_band,
        overridden=raw.overridden,
        refers_to_conference=band is not None and band.refers_to_conference,
        judgements=assessment.judgements,
        critical_items=assessment.critical_items,
        notes=tuple(raw.notes),
        level=level,
        highest_possible_level=highest,
    )


def _judged_level(
    definition: InstrumentDefinition, assessment: Assessment
) -> CommonRiskLevel | None:
    """The highest level among the recorded judgements the definition reads a level from."""
    wanted = definition.level_judgements
    return CommonRiskLevel.highest(
        CommonRiskLevel.of_judgement(j.level) for j in assessment.judgements if j.id in wanted
    )


def _levels(
    definition: InstrumentDefinition, assessment: Assessment, raw: _Raw, *, valid: bool
) -> tuple[CommonRiskLevel | None, CommonRiskLevel | None]:
    """The result's common level (a lower bound), and the highest it could be (or ``None``)."""
    parts: list[tuple[CommonRiskLevel | None, CommonRiskLevel | None]] = []
    if definition.risk is not None and definition.risk.bands:
        low, high = raw.lowest_band, raw.highest_band
        lowest = None if low is None else definition.level_of_band(low.id)
        highest = None if high is None else definition.level_of_band(high.id)
        parts.append((lowest, highest if lowest is not None else None))
    if definition.level_judgements:
        judged = _judged_level(definition, assessment)
        # A conclusion drawn with too much information missing may be too low.
        parts.append((judged, judged if valid else None))
    if not parts:
        return None, None
    level = CommonRiskLevel.highest(low for low, _ in parts)
    if any(high is None for _, high in parts):
        return level, None
    return level, CommonRiskLevel.highest(high for _, high in parts)


def _note_unverified(definition: InstrumentDefinition, band: ScoreBand, notes: list[str]) -> None:
    risk = definition.risk
    entry = None if risk is None else next((e for e in risk.bands if e.band == band.id), None)
    if entry is not None and not entry.verified:
        notes.append(
            f"the level {entry.level.value!r} of the band {band.id!r} on the common scale is "
            "not confirmed from a published source (see the definition's risk mapping)"
        )


def risk_level(result: AssessmentResult) -> CommonRiskLevel | None:
    """The level of a result on the common scale of risk, the one meaning of risk.

    The level of the result's band (after any judgement override) and of the summary
    judgements its definition reads, whichever is higher; see the docs page "Risk levels" for
    each instrument's mapping and its source. For a result with items omitted it is a lower
    bound (what the answers given already reach); :attr:`AssessmentResult.highest_possible_level`
    says how high it could be. ``None`` when the result has nothing the mapping reads (no
    weight table for a weighted sum, or an instrument that does not assess risk).

    >>> import datetime as dt
    >>> from familyviolence.instruments import Answer, Assessment, Response, default_catalogue
    >>> odara = Assessment(
    ...     id="odara-1", instrument="odara", version="2004", subject="father",
    ...     assessor="police-0815", assessed_on=dt.date(2026, 3, 4),
    ...     answers=tuple(Answer(item=str(n), value=Response.YES) for n in range(1, 14)),
    ... )
    >>> result = default_catalogue().result(odara)
    >>> result.band.id, risk_level(result), result.is_high
    ('category_7', <CommonRiskLevel.VERY_HIGH: 'very_high'>, True)
    """
    return result.level


def recorded_level(
    definition: InstrumentDefinition, assessment: Assessment
) -> CommonRiskLevel | None:
    """The highest level an assessment's own records show, whether or not it fits.

    Read from every summary judgement recorded (whatever its id: an assessment that does not
    fit may name a conclusion its definition no longer has) and from a judgement override to a
    band, without checking anything else. For an assessment that does not fit its definition
    this is all there is to go on, and it can only show that the risk is high, never that it
    is not: use it as a lower bound.
    """
    levels: list[CommonRiskLevel | None] = [
        CommonRiskLevel.of_judgement(j.level) for j in assessment.judgements
    ]
    override = assessment.override
    if override is not None and definition.band(override.band) is not None:
        levels.append(definition.level_of_band(override.band))
    return CommonRiskLevel.highest(levels)


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
