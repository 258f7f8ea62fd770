"""Risk over time: a subject's assessments with one instrument, in date order, with changes.

A case keeps every assessment; listing them for one subject and instrument shows whether the
risk went up or down between consecutive assessments.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from familyviolence._model import Model, model, public
from familyviolence.instruments._assessments import Assessment, WeightTable
from familyviolence.instruments._catalogue import InstrumentCatalogue, default_catalogue
from familyviolence.instruments._definitions import InstrumentDefinition
from familyviolence.instruments._scoring import AssessmentResult
from familyviolence.vocabulary import LabelledEnum

__all__ = ["RiskChange", "RiskPoint", "risk_history"]


class RiskChange(LabelledEnum):
    """How the level changed from one assessment to the next."""

    RAISED = "raised", "höjd", "hevet", "raised"
    UNCHANGED = "unchanged", "oförändrad", "uendret", "unchanged"
    LOWERED = "lowered", "sänkt", "senket", "lowered"


@model
class RiskPoint(Model):
    """One assessment in a subject's risk history.

    The *level* is the band of a scored instrument (after any override) or, for an instrument
    whose result is judged, its level on the common scale of risk: the highest of the
    conclusions its definition reads (SARA v3's case priority, serious harm and imminence), so
    that a conclusion raised to high is a raised level even when another stays the same.
    Changes are given only between valid results of the same version: a revision may change
    what a score means.

    Attributes:
        assessment: Id of the assessment.
        assessed_on: Its day.
        version: The version of the instrument used.
        result: Its result.
        level: The id of the band, or the common level of the judgements; ``None`` if none.
        score_change: Score minus the previous score, where both have one.
        level_change: How the level changed from the previous assessment, where comparable.
    """

    assessment: str = public()
    assessed_on: dt.date = public()
    version: str = public()
    result: AssessmentResult = public()
    level: str | None = public(default=None)
    score_change: int | None = public(default=None)
    level_change: RiskChange | None = public(default=None)


def _level(definition: InstrumentDefinition, result: AssessmentResult) -> tuple[str, int] | None:
    """The level and its rank, for comparing consecutive assessments."""
    if result.band is not None:
        bands = [b.id for b in definition.bands]
        # A weight table may bring bands of its own; rank by the score's order then.
        rank = bands.index(result.band.id) if result.band.id in bands else result.band.minimum
        return (result.band.id, rank)
    if result.level is not None:
        return (result.level.value, result.level.rank)
    return None


def _change(before: int, after: int) -> RiskChange:
    if after > before:
        return RiskChange.RAISED
    if after < before:
        return RiskChange.LOWERED
    return RiskChange.UNCHANGED


def risk_history(
    assessments: Iterable[Assessment],
    *,
    subject: str,
    instrument: str,
    catalogue: InstrumentCatalogue | None = None,
    weights: WeightTable | None = None,
) -> tuple[RiskPoint, ...]:
    """The subject's assessments with ``instrument``, in date order, with the change in level.

    Assessments of other subjects or with other instruments are left out; two on the same day
    keep the order of their ids.

    Args:
        assessments: Assessments, in any order (a case's, for example).
        subject: Id of the person assessed.
        instrument: Id of the instrument.
        catalogue: Where the definitions come from; the shipped catalogue if not given.
        weights: A weight table, for an instrument scored by a weighted sum.

    Raises:
        UnknownInstrument: If an assessment names a definition the catalogue does not hold.
        InvalidModel: If an assessment does not fit its definition.
    """
    catalogue = default_catalogue() if catalogue is None else catalogue
    chosen = sorted(
        (a for a in assessments if a.subject == subject and a.instrument == instrument),
        key=lambda a: (a.assessed_on, a.id),
    )
    points: list[RiskPoint] = []
    previous: tuple[Assessment, AssessmentResult, tuple[str, int] | None] | None = None
    for assessment in chosen:
        definition = catalogue.definition_of(assessment)
        result = catalogue.result(assessment, weights=weights)
        level = _level(definition, result) if result.valid else None
        score_change = level_change = None
        if previous is not None and previous[0].version == assessment.version:
            _, before_result, before_level = previous
            if result.score is not None and before_result.score is not None:
                score_change = result.score - before_result.score
            if level is not None and before_level is not None:
                level_change = _change(before_level[1], level[1])
        points.append(
            RiskPoint(
                assessment=assessment.id,
                assessed_on=assessment.assessed_on,
                version=assessment.version,
                result=result,
                level=None if level is None else level[0],
                score_change=score_change,
                level_change=level_change,
            )
        )
        previous = (assessment, result, level)
    return tuple(points)
