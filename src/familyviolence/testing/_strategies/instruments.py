"""Risk-assessment instruments: catalogues, definitions, assessments, weights, qualifications."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence.instruments import (
    Answer,
    Assessment,
    AssessorQualifications,
    BandLevel,
    CalendarEntry,
    CommonRiskLevel,
    InstrumentCatalogue,
    InstrumentDefinition,
    InstrumentKind,
    ItemWeight,
    Judgement,
    JudgementOverride,
    Relevance,
    Response,
    RiskLevel,
    RiskMapping,
    RiskScenario,
    WeightTable,
    default_catalogue,
)
from familyviolence.testing._strategies.values import BOOLEANS, ids

# Invented notes of an assessor: free text is sensitive, so none of it comes from a real case.
_RATIONALES = (
    "Threats have increased since the separation.",
    "Several risk factors present; protective factors weak.",
    "Partner contact planned; victim informed of the safety plan.",
    "Information from police and social services agrees.",
)
_SCENARIOS = (
    "Renewed violence at handover of the children.",
    "Escalation if the contact ban is lifted.",
    "Threats by phone and messages after a court decision.",
)


def instrument_catalogues() -> st.SearchStrategy[InstrumentCatalogue]:
    """Catalogues of one or more of the shipped definitions."""
    definitions = default_catalogue().definitions
    return st.lists(st.sampled_from(definitions), min_size=1, unique_by=_key).map(
        lambda chosen: InstrumentCatalogue(definitions=tuple(chosen))
    )


def _key(definition: InstrumentDefinition) -> tuple[str, str]:
    return definition.key


def instrument_definitions(
    catalogue: InstrumentCatalogue | None = None,
) -> st.SearchStrategy[InstrumentDefinition]:
    """Definitions from ``catalogue`` (the shipped catalogue if not given)."""
    chosen = default_catalogue() if catalogue is None else catalogue
    return st.sampled_from(chosen.definitions)


@st.composite
def _answers(draw: st.DrawFn, definition: InstrumentDefinition) -> tuple[Answer, ...]:
    # Half the assessments answer every item, so that valid results are common; the others
    # leave items unanswered or omitted at random, so that invalid ones are too.
    complete = draw(st.booleans())
    answers = []
    for item in definition.items:
        if not complete and not draw(st.booleans()):
            continue  # left unanswered: counts as omitted
        scale = item.scale
        given = scale.responses[:-1] if complete else scale.responses  # OMITTED is last
        responses = st.sampled_from(given)
        answers.append(
            Answer(
                item=item.code,
                value=draw(responses),
                past=draw(responses) if scale.two_time_frames else None,
                relevance=draw(st.none() | st.sampled_from(Relevance))
                if scale.rates_relevance
                else None,
            )
        )
    return tuple(draw(st.permutations(answers)))


@st.composite
def _judgements(draw: st.DrawFn, definition: InstrumentDefinition) -> tuple[Judgement, ...]:
    recorded = [j for j in definition.judgements if j.required or draw(st.booleans())]
    return tuple(
        Judgement(
            id=j.id,
            level=draw(st.sampled_from(RiskLevel)),
            rationale=draw(st.none() | st.sampled_from(_RATIONALES)),
        )
        for j in recorded
    )


def _override(
    draw: st.DrawFn, definition: InstrumentDefinition, answers: tuple[Answer, ...]
) -> JudgementOverride | None:
    if definition.kind is not InstrumentKind.THRESHOLD_CHECKLIST or not draw(st.booleans()):
        return None
    count = sum(1 for a in answers if a.value is Response.YES)
    computed = definition.band_for(count)
    if computed is None:
        return None
    lowest = definition.bands.index(computed)
    band = draw(st.sampled_from(definition.bands[lowest:]))
    return JudgementOverride(band=band.id, reason=draw(st.sampled_from(_RATIONALES)))


def _calendar(
    draw: st.DrawFn, definition: InstrumentDefinition, assessed_on: dt.date
) -> tuple[CalendarEntry, ...]:
    calendar = definition.calendar
    if calendar is None:
        return ()
    # 28 days a month keeps every day inside the calendar's months, whatever their length.
    earliest = assessed_on - dt.timedelta(days=28 * calendar.months)
    entry = st.builds(
        CalendarEntry,
        day=st.dates(earliest, assessed_on),
        severity=st.integers(1, len(calendar.levels)),
    )
    return tuple(draw(st.lists(entry, max_size=6)))


@st.composite
def _assessment(draw: st.DrawFn, definition: InstrumentDefinition) -> Assessment:
    answers = draw(_answers(definition))
    assessed_on = draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
    critical = [i.code for i in definition.items if i.critical]
    spj = definition.kind is InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT
    scenario = st.builds(
        RiskScenario,
        description=st.sampled_from(_SCENARIOS),
        likelihood=st.none() | st.sampled_from(RiskLevel),
    )
    return Assessment(
        id=draw(ids("assessment")),
        instrument=definition.id,
        version=definition.version,
        subject=draw(ids()),
        assessor=draw(ids("professional")),
        assessed_on=assessed_on,
        answers=answers,
        judgements=draw(_judgements(definition)),
        critical_items=tuple(draw(st.lists(st.sampled_from(critical), unique=True)))
        if critical
        else (),
        scenarios=tuple(draw(st.lists(scenario, max_size=3))) if spj else (),
        override=_override(draw, definition, answers),
        calendar=_calendar(draw, definition, assessed_on),
    )


def assessments(
    definition: InstrumentDefinition | None = None,
) -> st.SearchStrategy[Assessment]:
    """Assessments that fit ``definition`` (any shipped definition if not given).

    About half answer every item; the others leave items unanswered or ``OMITTED`` at random,
    so some results are invalid for too many omissions. Every assessment passes
    :meth:`InstrumentCatalogue.validate
    <familyviolence.instruments.InstrumentCatalogue.validate>`. A checklist's override never
    lowers the level.
    """
    if definition is not None:
        return _assessment(definition)
    return instrument_definitions().flatmap(_assessment)


def band_levels() -> st.SearchStrategy[BandLevel]:
    """Levels of bands on the common scale of risk, for bands of invented ids."""
    return st.builds(
        BandLevel,
        band=ids("band"),
        level=st.sampled_from(CommonRiskLevel),
        verified=BOOLEANS,
    )


def risk_mappings() -> st.SearchStrategy[RiskMapping]:
    """The risk mappings of the shipped definitions (each one fits its own definition)."""
    shipped = [d.risk for d in default_catalogue().definitions if d.risk is not None]
    return st.sampled_from(shipped)


def weight_tables(
    definition: InstrumentDefinition | None = None,
) -> st.SearchStrategy[WeightTable]:
    """Invented weight tables for ``definition`` (the shipped Danger Assessment if not given).

    The weights are random, not the instrument's: use them to test code, never to score.
    """
    chosen = (
        default_catalogue().definition("danger_assessment", "2009")
        if definition is None
        else definition
    )
    weights = st.tuples(*(st.integers(-3, 8) for _ in chosen.items))
    return weights.map(
        lambda drawn: WeightTable(
            instrument=chosen.id,
            version=chosen.version,
            weights=tuple(
                ItemWeight(item=item.code, weight=w)
                for item, w in zip(chosen.items, drawn, strict=True)
            ),
        )
    )


def assessor_qualifications() -> st.SearchStrategy[AssessorQualifications]:
    """Professionals with the shipped instruments they are qualified for."""
    instruments = default_catalogue().instruments()
    return st.builds(
        AssessorQualifications,
        professional_id=ids("professional"),
        instruments=st.lists(st.sampled_from(instruments), unique=True).map(tuple),
    )
