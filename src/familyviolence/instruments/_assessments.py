"""Assessments: one administration of an instrument to a subject, by an assessor, on a day.

An :class:`Assessment` is a plain record that names the definition (id and version) it used. It
guards what it can on its own (ids, no item answered twice); whether its answers fit the
definition is checked against the definition by :meth:`InstrumentCatalogue.validate
<familyviolence.instruments.InstrumentCatalogue.validate>`.
"""

from __future__ import annotations

import datetime as dt
import functools

from familyviolence._model import Model, TypeCheck, model, public, sensitive
from familyviolence._validators import (
    codes,
    instance_of,
    non_blank,
    non_empty_id,
    optional_non_blank,
    tuple_of,
)
from familyviolence.errors import InvalidModel
from familyviolence.instruments._definitions import ScoreBand
from familyviolence.instruments._scales import Relevance, Response, RiskLevel

__all__ = [
    "Answer",
    "Assessment",
    "AssessorQualifications",
    "CalendarEntry",
    "ItemWeight",
    "Judgement",
    "JudgementOverride",
    "RiskScenario",
    "WeightTable",
]


class _AnswerType(TypeCheck):
    """The type check of an answer's rating, whose error names the item.

    Validators run once every field is set, and ``item``'s first: the item is there to name.
    """

    __slots__ = ()

    def __init__(self, kind: type, *, optional: bool = False) -> None:
        super().__init__(kind, of_tuple=False, described=kind.__name__, optional=optional)

    def reason(self, instance: object) -> str:
        return f"item {getattr(instance, 'item', None)!r}: must be a {self.kind.__name__}"


@model
class Answer(Model):
    """The answer to one item of an assessment.

    Answers are sensitive: they describe violence and the people involved, so their values never
    appear in ``repr`` or in error messages; the item code does.

    Attributes:
        item: Code of the item answered.
        value: The response; for an item rated for two time frames, the recent (current) one.
        past: For an item rated for two time frames, the past (lifetime) response; otherwise
            ``None``.
        relevance: For an item rated for relevance, how relevant it is, if rated.
    """

    item: str = public(validator=non_empty_id)
    value: Response = sensitive(validator=_AnswerType(Response))
    past: Response | None = sensitive(default=None, validator=_AnswerType(Response, optional=True))
    relevance: Relevance | None = sensitive(
        default=None, validator=_AnswerType(Relevance, optional=True)
    )

    @property
    def is_omitted(self) -> bool:
        """Whether every rating of the item is omitted (the information is missing)."""
        return self.value is Response.OMITTED and self.past in (None, Response.OMITTED)


@model
class Judgement(Model):
    """A summary judgement recorded by the assessor, with its rationale.

    Attributes:
        id: Id of the summary judgement in the definition (``"case_priority"``).
        level: Low, moderate or high.
        rationale: Why, in the assessor's words (sensitive free text).
    """

    id: str = public(validator=non_empty_id)
    level: RiskLevel = sensitive(validator=instance_of(RiskLevel))
    rationale: str | None = sensitive(default=None, validator=optional_non_blank)


@model
class RiskScenario(Model):
    """A scenario of future violence considered in a structured professional judgement.

    Attributes:
        description: What could happen, to whom and when (sensitive free text).
        likelihood: How likely the assessor judges it, if rated.
    """

    description: str = sensitive(validator=non_blank)
    likelihood: RiskLevel | None = sensitive(default=None)


@model
class JudgementOverride(Model):
    """A professional judgement that raises a checklist's level (it may never lower it).

    Attributes:
        band: Id of the band the assessor places the case in.
        reason: Why (sensitive free text).
    """

    band: str = public(validator=non_empty_id)
    reason: str = sensitive(validator=non_blank)


@model
class CalendarEntry(Model):
    """An incident marked on a severity calendar (the Danger Assessment's).

    Attributes:
        day: The day of the incident.
        severity: Its severity level, from 1.
    """

    day: dt.date = sensitive(validator=instance_of(dt.date))
    severity: int = sensitive()

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.severity, int) or isinstance(self.severity, bool):
            raise InvalidModel("CalendarEntry", "severity", "must be an integer")
        if self.severity < 1:
            raise InvalidModel("CalendarEntry", "severity", "must be 1 or more")


@model
class Assessment(Model):
    """One administration of an instrument: who was assessed, by whom, when, and the answers.

    Items without an answer count as omitted. Whether the answers, judgements, critical items,
    scenarios, override and calendar fit the definition is checked by
    :meth:`InstrumentCatalogue.validate <familyviolence.instruments.InstrumentCatalogue.validate>`,
    which raises :class:`~familyviolence.errors.InvalidModel` naming the item code.

    >>> import datetime as dt
    >>> from familyviolence.instruments import Response
    >>> assessment = Assessment(
    ...     id="dash-1",
    ...     instrument="dash",
    ...     version="2009",
    ...     subject="mother",
    ...     assessor="police-4711",
    ...     assessed_on=dt.date(2026, 3, 2),
    ...     answers=(Answer(item="1", value=Response.YES), Answer(item="2", value=Response.NO)),
    ... )
    >>> assessment.answer("2")
    Answer(item='2', value=<sensitive>, past=None, relevance=None)

    Attributes:
        id: Stable id of the assessment.
        instrument: Id of the instrument's definition.
        version: Version of the definition used.
        subject: Id of the person assessed (the perpetrator, or the victim interviewed).
        assessor: Id of the professional who made the assessment.
        assessed_on: The day of the assessment.
        answers: Answers keyed by item code, each item at most once.
        judgements: The assessor's summary judgements and their rationale.
        critical_items: Codes of items the assessor marked as critical.
        scenarios: Risk scenarios (structured professional judgement).
        override: A professional judgement raising the level (threshold checklists).
        calendar: Incidents marked on the severity calendar (Danger Assessment).
    """

    id: str = public(validator=non_empty_id)
    instrument: str = public(validator=non_empty_id)
    version: str = public(validator=non_empty_id)
    subject: str = public(validator=non_empty_id)
    assessor: str = public(validator=non_empty_id)
    assessed_on: dt.date = public(validator=instance_of(dt.date))
    answers: tuple[Answer, ...] = public(default=(), validator=tuple_of(Answer))
    judgements: tuple[Judgement, ...] = public(default=(), validator=tuple_of(Judgement))
    critical_items: tuple[str, ...] = public(default=(), validator=codes)
    scenarios: tuple[RiskScenario, ...] = public(default=(), validator=tuple_of(RiskScenario))
    override: JudgementOverride | None = public(default=None)
    calendar: tuple[CalendarEntry, ...] = public(default=(), validator=tuple_of(CalendarEntry))

    def __attrs_post_init__(self) -> None:
        answered = {answer.item: answer for answer in self.answers}
        # Kept for answer(): set here, the look-up needs no second pass over the answers.
        object.__setattr__(self, "_answers", answered)
        if len(answered) != len(self.answers):
            seen: set[str] = set()
            for i, answer in enumerate(self.answers):
                if answer.item in seen:
                    raise InvalidModel(
                        "Assessment",
                        f"answers[{i}].item",
                        f"item {answer.item!r} is answered more than once",
                    )
                seen.add(answer.item)
        judged: set[str] = set()
        for i, judgement in enumerate(self.judgements):
            if judgement.id in judged:
                raise InvalidModel(
                    "Assessment", f"judgements[{i}].id", f"{judgement.id!r} is recorded twice"
                )
            judged.add(judgement.id)
        for i, entry in enumerate(self.calendar):
            if entry.day > self.assessed_on:
                raise InvalidModel(
                    "Assessment", f"calendar[{i}].day", "must not be after the assessment"
                )

    @functools.cached_property
    def _answers(self) -> dict[str, Answer]:
        return {answer.item: answer for answer in self.answers}

    def answer(self, item: str) -> Answer | None:
        """The answer to the item with code ``item``, or ``None`` if it was not answered."""
        return self._answers.get(item)

    def judgement(self, judgement_id: str) -> Judgement | None:
        """The summary judgement with ``judgement_id``, or ``None`` if it was not recorded."""
        return next((j for j in self.judgements if j.id == judgement_id), None)


@model
class ItemWeight(Model):
    """The weight of one item in a :class:`WeightTable`.

    Attributes:
        item: Code of the item.
        weight: Points a "yes" to the item adds (may be negative).
    """

    item: str = public(validator=non_empty_id)
    weight: int = public(validator=instance_of(int))


@model
class WeightTable(Model):
    """Item weights (and, optionally, cut-offs) for an instrument scored by a weighted sum.

    The Danger Assessment's weights are taught in its certification and are not shipped with
    the library: a certified user supplies them. Without a table its result has no score.

    Attributes:
        instrument: Id of the definition the weights are for.
        version: Its version.
        weights: One weight per item, each item once; an item without a weight adds nothing.
        bands: Bands to apply instead of the definition's, if given.
    """

    instrument: str = public(validator=non_empty_id)
    version: str = public(validator=non_empty_id)
    weights: tuple[ItemWeight, ...] = public(validator=tuple_of(ItemWeight))
    bands: tuple[ScoreBand, ...] = public(default=(), validator=tuple_of(ScoreBand))

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for i, entry in enumerate(self.weights):
            if entry.item in seen:
                raise InvalidModel(
                    "WeightTable", f"weights[{i}].item", f"item {entry.item!r} is weighted twice"
                )
            seen.add(entry.item)

    @functools.cached_property
    def by_item(self) -> dict[str, int]:
        """Weight per item code."""
        return {entry.item: entry.weight for entry in self.weights}

    def score_range(self) -> tuple[int, int]:
        """Lowest and highest possible weighted score."""
        weights = [entry.weight for entry in self.weights]
        return (sum(w for w in weights if w < 0), sum(w for w in weights if w > 0))


@model
class AssessorQualifications(Model):
    """The instruments a professional is qualified (trained or certified) to use.

    Kept so that assessments by an unqualified assessor can be flagged. It is keyed by the same
    professional id as :attr:`Assessment.assessor`, and can become part of a professional's
    record when one is modelled.

    >>> AssessorQualifications(professional_id="sw-12", instruments=("sara", "dash"))
    AssessorQualifications(professional_id='sw-12', instruments=('sara', 'dash'))

    Attributes:
        professional_id: Id of the professional.
        instruments: Ids of the instruments they are qualified for, each once.
    """

    professional_id: str = public(validator=non_empty_id)
    instruments: tuple[str, ...] = public(default=(), validator=codes)

    def is_qualified_for(self, instrument: str) -> bool:
        """Whether the professional is qualified for the instrument with id ``instrument``."""
        return instrument in self.instruments
