"""One meaning of risk: each instrument's results on the common scale, never understated."""

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import (
    Answer,
    Assessment,
    CommonRiskLevel,
    InvalidModel,
    Judgement,
    Response,
    RiskLevel,
    default_catalogue,
)
from familyviolence.instruments import (
    InstrumentKind,
    ItemWeight,
    JudgementOverride,
    RiskMapping,
    ScoringMethod,
    WeightTable,
    recorded_level,
    risk_level,
)
from familyviolence.testing import strategies as fvst

CATALOGUE = default_catalogue()
DAY = dt.date(2026, 3, 2)
L = CommonRiskLevel


def assessment(instrument, version, answers=(), **fields):
    return Assessment(
        id=f"{instrument}-1",
        instrument=instrument,
        version=version,
        subject="person-1",
        assessor="assessor-1",
        assessed_on=DAY,
        answers=tuple(answers),
        **fields,
    )


def dash(yes, *, asked=24):
    answers = (
        Answer(item=str(n), value=Response.YES if n <= yes else Response.NO)
        for n in range(1, asked + 1)
    )
    return assessment("dash", "2009", answers)


def conclusions(definition, **levels):
    return tuple(
        Judgement(id=j.id, level=levels.get(j.id, RiskLevel.LOW))
        for j in definition.judgements
        if j.required
    )


# -- the mapping is data, on every definition that assesses risk ---------------------------


@pytest.mark.parametrize("definition", CATALOGUE.definitions, ids=lambda d: f"{d.id}-{d.version}")
def test_every_risk_instrument_declares_its_mapping_and_its_source(definition):
    if not definition.kind.assesses_risk:
        assert definition.risk is None
        return
    mapping = definition.risk
    assert isinstance(mapping, RiskMapping)
    assert mapping.source
    assert {b.band for b in mapping.bands} == {b.id for b in definition.bands}
    assert set(mapping.judgements) <= {j.id for j in definition.judgements}


def test_only_the_dash_bands_rest_on_a_published_source():
    confirmed = {
        (d.id, b.band) for d in CATALOGUE.definitions if d.risk for b in d.risk.bands if b.verified
    }
    assert confirmed == {("dash", "medium"), ("dash", "high")}
    assert not any(d.risk.verified for d in CATALOGUE.definitions if d.risk)


@pytest.mark.parametrize(
    ("present", "level"),
    [
        (0, L.LOW),
        (1, L.LOW),
        (2, L.MODERATE),
        (3, L.MODERATE),
        (4, L.HIGH),
        (6, L.HIGH),
        (7, L.VERY_HIGH),
        (13, L.VERY_HIGH),
    ],
)
def test_odara_categories_map_onto_the_common_scale(present, level):
    answers = (
        Answer(item=str(n), value=Response.YES if n <= present else Response.NO)
        for n in range(1, 14)
    )
    result = CATALOGUE.result(assessment("odara", "2004", answers))
    assert risk_level(result) is level
    assert result.level_is_exact


@pytest.mark.parametrize(
    ("yes", "level"),
    [(0, L.LOW), (9, L.LOW), (10, L.MODERATE), (13, L.MODERATE), (14, L.HIGH), (24, L.HIGH)],
)
def test_dash_counts_map_onto_the_common_scale(yes, level):
    assert risk_level(CATALOGUE.result(dash(yes))) is level


def test_a_dash_raised_by_judgement_is_high():
    raised = attrs.evolve(dash(11), override=JudgementOverride(band="high", reason="Strypförsök."))
    result = CATALOGUE.result(raised)
    assert result.level is result.highest_possible_level is L.HIGH


def test_a_dash_with_questions_unanswered_shows_the_least_it_can_be():
    # 14 yes and 10 questions never asked: high, whatever the rest would have been.
    reached = CATALOGUE.result(dash(14, asked=14))
    assert not reached.valid
    assert (reached.score, reached.band.id, reached.refers_to_conference) == (14, "high", True)
    assert reached.level is reached.highest_possible_level is L.HIGH
    # 12 yes with 10 unasked could still reach 14: at least moderate, maybe high.
    short = CATALOGUE.result(dash(12, asked=14))
    assert (short.level, short.highest_possible_level) == (L.MODERATE, L.HIGH)
    assert short.may_be_high
    assert not short.is_high
    assert not short.refers_to_conference


def test_the_highest_of_a_sara_3s_conclusions_is_its_level():
    sara = CATALOGUE.definition("sara", "3")
    answers = (Answer(item=i.code, value=Response.ABSENT, past=Response.ABSENT) for i in sara.items)
    judged = conclusions(sara, serious_harm=RiskLevel.HIGH, case_priority=RiskLevel.MODERATE)
    result = CATALOGUE.result(assessment("sara", "3", answers, judgements=judged))
    assert result.level is L.HIGH  # a low imminence does not cancel a high risk of serious harm
    assert result.level_is_exact


def test_a_judgement_made_with_too_much_missing_is_a_floor_never_a_ceiling():
    sara = CATALOGUE.definition("sara", "3")
    low = conclusions(sara)
    result = CATALOGUE.result(assessment("sara", "3", judgements=low))
    assert not result.valid
    assert result.level is L.LOW
    assert result.highest_possible_level is None  # could be anything
    assert result.may_be_high


def test_b_safer_needs_each_of_its_conclusions_and_the_highest_counts():
    b_safer = CATALOGUE.definition("b_safer", "2")
    answers = tuple(
        Answer(item=i.code, value=Response.PARTIAL, past=Response.PARTIAL) for i in b_safer.items
    )
    one = (Judgement(id="imminent_risk", level=RiskLevel.LOW),)
    with pytest.raises(InvalidModel, match="'long_term_risk' is missing"):
        CATALOGUE.result(assessment("b_safer", "2", answers, judgements=one))
    judged = conclusions(b_safer, severe_violence=RiskLevel.HIGH)
    assert CATALOGUE.result(assessment("b_safer", "2", answers, judgements=judged)).level is L.HIGH


def test_an_empty_freda_danger_assessment_is_refused_not_scored_zero():
    freda = CATALOGUE.definition("freda_danger_assessment", "2014")
    with pytest.raises(InvalidModel, match="'assessor_judgement' is missing"):
        CATALOGUE.result(assessment("freda_danger_assessment", "2014"))
    judged = (Judgement(id="assessor_judgement", level=RiskLevel.LOW),)
    empty = CATALOGUE.result(assessment("freda_danger_assessment", "2014", judgements=judged))
    assert not empty.valid
    assert len(empty.omitted) == len(freda.items) == 20
    assert empty.may_be_high


def test_freda_danger_has_no_cut_offs_and_takes_the_higher_of_the_two_judgements():
    answers = (
        Answer(item=str(n), value=Response.YES if n <= 15 else Response.NO) for n in range(1, 21)
    )
    judged = (
        Judgement(id="assessor_judgement", level=RiskLevel.MODERATE),
        Judgement(id="victim_estimate", level=RiskLevel.HIGH),
    )
    result = CATALOGUE.result(
        assessment("freda_danger_assessment", "2014", answers, judgements=judged)
    )
    assert result.kind is InstrumentKind.SCORED_INTERVIEW
    assert (result.score, result.band) == (15, None)  # fifteen points mean nothing on their own
    assert result.level is L.HIGH  # she judges her danger high


def test_the_danger_assessment_has_a_level_only_with_the_users_weights():
    answers = tuple(
        Answer(item=str(n), value=Response.YES if n <= 9 else Response.NO) for n in range(1, 21)
    )
    da = assessment("danger_assessment", "2009", answers)
    assert risk_level(CATALOGUE.result(da)) is None
    weights = WeightTable(
        instrument="danger_assessment",
        version="2009",
        weights=tuple(ItemWeight(item=str(n), weight=2) for n in range(1, 21)),
    )
    result = CATALOGUE.result(da, weights=weights)
    assert (result.score, result.band.id, result.level) == (18, "extreme", L.VERY_HIGH)


def test_screening_and_description_give_no_level():
    for instrument in ("freda_short_questions", "freda_description"):
        definition = CATALOGUE.definition(instrument, "2014")
        answers = (Answer(item=i.code, value=Response.YES) for i in definition.items)
        result = CATALOGUE.result(assessment(instrument, "2014", answers))
        assert result.valid
        assert risk_level(result) is None


def test_an_assessment_that_does_not_fit_can_still_show_a_high_conclusion():
    # A B-SAFER recorded with one summary judgement, before each conclusion was asked for.
    b_safer = CATALOGUE.definition("b_safer", "2")
    old = assessment(
        "b_safer", "2", judgements=(Judgement(id="summary_risk", level=RiskLevel.HIGH),)
    )
    with pytest.raises(InvalidModel):
        CATALOGUE.validate(old)
    assert recorded_level(b_safer, old) is L.HIGH
    low = assessment(
        "b_safer", "2", judgements=(Judgement(id="summary_risk", level=RiskLevel.LOW),)
    )
    assert recorded_level(b_safer, low) is L.LOW


# -- properties ------------------------------------------------------------------------------


def _non_negative_weights(definition):
    return st.tuples(*(st.integers(0, 8) for _ in definition.items)).map(
        lambda drawn: WeightTable(
            instrument=definition.id,
            version=definition.version,
            weights=tuple(
                ItemWeight(item=i.code, weight=w)
                for i, w in zip(definition.items, drawn, strict=True)
            ),
        )
    )


@given(st.data())
def test_every_instrument_maps_each_valid_result_to_a_level_and_none_raises(data):
    definition = data.draw(fvst.instrument_definitions())
    drawn = data.draw(fvst.assessments(definition))
    weights = None
    if definition.scoring is ScoringMethod.WEIGHTED_SUM:
        weights = data.draw(_non_negative_weights(definition))
    result = CATALOGUE.result(drawn, weights=weights)
    level = risk_level(result)
    if not definition.kind.assesses_risk:
        assert level is None
        return
    if result.valid:
        assert level is not None
        assert result.highest_possible_level is not None
    if level is not None and result.highest_possible_level is not None:
        assert result.highest_possible_level.rank >= level.rank


@given(st.data())
def test_answering_the_omitted_items_never_lowers_the_level_nor_passes_the_ceiling(data):
    definition = data.draw(
        fvst.instrument_definitions().filter(
            lambda d: (
                d.scoring in (ScoringMethod.SUM, ScoringMethod.COUNT) and d.risk and d.risk.bands
            )
        )
    )
    drawn = data.draw(fvst.assessments(definition))
    before = CATALOGUE.result(drawn)
    answered = {a.item: a for a in drawn.answers if not a.is_omitted}
    completed = tuple(
        answered.get(item.code)
        or Answer(item=item.code, value=data.draw(st.sampled_from(item.scale.responses[:-1])))
        for item in definition.items
    )
    # Judgement may only raise a checklist's level: once the answers raise it past the
    # override, the override has nothing left to say.
    override = drawn.override
    if override is not None:
        yes = sum(1 for a in completed if a.value is Response.YES)
        counted = definition.band_for(yes)
        if counted is not None and definition.band_rank(override.band) < definition.band_rank(
            counted.id
        ):
            override = None
    after = CATALOGUE.result(attrs.evolve(drawn, answers=completed, override=override))
    assert after.level is not None
    assert before.level is not None
    assert after.level.rank >= before.level.rank
    assert before.highest_possible_level is not None
    assert after.level.rank <= before.highest_possible_level.rank
