"""Properties of every generated valid assessment: determinism, range, scale invariants."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import Answer, Assessment, InvalidModel, Response, default_catalogue
from familyviolence.instruments import (
    AssessorQualifications,
    InstrumentDefinition,
    InstrumentKind,
    WeightTable,
)
from familyviolence.testing import strategies as fvst

CATALOGUE = default_catalogue()
SCORED = [d for d in CATALOGUE.definitions if d.items]


@given(fvst.assessments())
def test_a_valid_assessments_result_is_deterministic_and_its_score_in_range(assessment):
    definition = CATALOGUE.definition_of(assessment)
    first = CATALOGUE.result(assessment)
    assert first == CATALOGUE.result(assessment)
    if first.score is not None:
        low, high = definition.score_range()
        assert low <= first.score <= high
    if first.band is not None:
        assert first.band in definition.bands


@given(fvst.assessments(CATALOGUE.definition("danger_assessment", "2009")), st.data())
def test_a_weighted_score_lies_in_the_weight_tables_range(assessment, data):
    weights = data.draw(fvst.weight_tables())
    result = CATALOGUE.result(assessment, weights=weights)
    assert result == CATALOGUE.result(assessment, weights=weights)
    if result.valid:
        low, high = weights.score_range()
        assert low <= result.score <= high


@given(fvst.assessments())
def test_a_structured_professional_judgement_never_presents_a_total(assessment):
    result = CATALOGUE.result(assessment)
    if result.kind is InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT:
        assert result.score is None
        assert result.band is None
        assert result.judgements == assessment.judgements


@given(fvst.assessments(CATALOGUE.definition("dash", "2009")))
def test_a_checklists_level_is_never_below_its_count(assessment):
    result = CATALOGUE.result(assessment)
    if result.valid:
        dash = CATALOGUE.definition("dash", "2009")
        assert dash.band_rank(result.band.id) >= dash.band_rank(result.computed_band.id)
        assert result.overridden == (result.band != result.computed_band)
        assert result.refers_to_conference == (result.band.id == "high")


@given(fvst.assessments())
def test_the_result_counts_every_unanswered_or_omitted_item(assessment):
    definition = CATALOGUE.definition_of(assessment)
    result = CATALOGUE.result(assessment)
    answered = {a.item for a in assessment.answers if not a.is_omitted}
    assert set(result.omitted) == {i.code for i in definition.items} - answered
    assert result.valid == (len(result.omitted) <= definition.omissions_tolerated)


@given(
    st.sampled_from(SCORED).flatmap(fvst.assessments),
    st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=6),
)
def test_an_answer_to_an_item_not_in_the_definition_raises_naming_the_code(assessment, code):
    definition = CATALOGUE.definition_of(assessment)
    if definition.has_item(code):
        code = f"{code}-x"
    stray = attrs.evolve(
        assessment, answers=(*assessment.answers, Answer(item=code, value=Response.YES))
    )
    with pytest.raises(InvalidModel) as error:
        CATALOGUE.validate(stray)
    assert repr(code) in error.value.reason
    assert error.value.field == f"answers[{len(assessment.answers)}].item"


def _off_scale(definition: InstrumentDefinition) -> st.SearchStrategy[tuple[str, Response]]:
    pairs = [
        (item.code, response)
        for item in definition.items
        for response in Response
        if not item.scale.accepts(response)
    ]
    return st.sampled_from(pairs)


@given(st.sampled_from(SCORED).flatmap(fvst.assessments), st.data())
def test_a_value_off_the_items_scale_raises_naming_the_code(assessment, data):
    definition = CATALOGUE.definition_of(assessment)
    code, response = data.draw(_off_scale(definition))
    others = tuple(a for a in assessment.answers if a.item != code)
    past = Response.ABSENT if definition.item(code).scale.two_time_frames else None
    off = attrs.evolve(assessment, answers=(*others, Answer(item=code, value=response, past=past)))
    with pytest.raises(InvalidModel) as error:
        CATALOGUE.validate(off)
    assert repr(code) in error.value.reason
    assert error.value.field == f"answers[{len(others)}].value"


@given(st.from_type(Assessment))
def test_assessments_are_registered_with_hypothesis(assessment):
    CATALOGUE.validate(assessment)


@given(st.from_type(AssessorQualifications), st.from_type(WeightTable))
def test_qualifications_and_weight_tables_are_registered_with_hypothesis(qualified, weights):
    for instrument in qualified.instruments:
        assert qualified.is_qualified_for(instrument)
    assert weights.instrument == "danger_assessment"


@given(fvst.instrument_catalogues())
def test_every_definition_in_a_catalogue_can_be_found_again(catalogue):
    for definition in catalogue.definitions:
        assert catalogue.definition(definition.id, definition.version) is definition
