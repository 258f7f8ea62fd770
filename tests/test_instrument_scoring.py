"""Results of assessments: actuarial scores and bands, checklist counts and overrides, SPJ."""

import datetime as dt

import attrs
import pytest

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
    CalendarEntry,
    InstrumentKind,
    ItemWeight,
    JudgementOverride,
    Relevance,
    RiskScenario,
    WeightTable,
)
from familyviolence.instruments import _scoring as scoring

CATALOGUE = default_catalogue()
DAY = dt.date(2026, 3, 2)


def _assessment(instrument, version, answers=(), **fields):
    return Assessment(
        id=fields.pop("id", "assessment-1"),
        instrument=instrument,
        version=version,
        subject=fields.pop("subject", "mother"),
        assessor=fields.pop("assessor", "police-4711"),
        assessed_on=fields.pop("assessed_on", DAY),
        answers=tuple(answers),
        **fields,
    )


def dash(yes, *, rest=Response.NO, **fields):
    """A DASH interview with ``yes`` questions answered yes and the others ``rest``."""
    answers = [Answer(item=str(n), value=Response.YES if n <= yes else rest) for n in range(1, 25)]
    return _assessment("dash", "2009", answers, **fields)


def odara(score, **fields):
    answers = [
        Answer(item=str(n), value=Response.YES if n <= score else Response.NO) for n in range(1, 14)
    ]
    return _assessment("odara", "2004", answers, **fields)


def sara2(value=Response.PRESENT, *, judgements=None, **fields):
    answers = [Answer(item=str(n), value=value) for n in range(1, 21)]
    if judgements is None:
        judgements = (Judgement(id="risk_to_partner", level=RiskLevel.HIGH, rationale="Threats."),)
    return _assessment("sara", "2", answers, judgements=judgements, **fields)


# --- ODARA: an actuarial score and its published band ---------------------------------------


@pytest.mark.parametrize(
    ("score", "percent"),
    [(0, 5), (1, 10), (2, 20), (3, 27), (4, 41), (5, 59), (6, 59), (7, 70), (12, 70), (13, 70)],
)
def test_odara_score_maps_to_the_published_share_who_reassaulted(score, percent):
    result = CATALOGUE.result(odara(score))
    assert result.valid
    assert result.score == score
    assert result.band.reassault_percent == percent


def test_odara_scores_an_omitted_item_as_nothing_but_counts_it_as_omitted():
    answers = [Answer(item="1", value=Response.OMITTED)] + [
        Answer(item=str(n), value=Response.YES) for n in range(2, 14)
    ]
    result = CATALOGUE.result(_assessment("odara", "2004", answers))
    assert result.score == 12
    assert result.omitted == ("1",)
    assert result.valid


def test_odara_with_too_many_missing_items_is_invalid_and_says_why_yet_never_understates():
    answers = [Answer(item=str(n), value=Response.YES) for n in range(1, 8)]  # 6 unanswered
    result = CATALOGUE.result(_assessment("odara", "2004", answers))
    assert not result.valid
    assert result.omitted == ("8", "9", "10", "11", "12", "13")
    assert "6 items are omitted" in result.invalid_reasons[0]
    assert "at most 5" in result.invalid_reasons[0]
    # Seven "yes" already reach the top category: more answers could only raise the score.
    assert (result.score, result.band.id) == (7, "category_7")
    assert result.level is result.highest_possible_level is CommonRiskLevel.VERY_HIGH
    assert any("lower bound" in note for note in result.notes)


def test_odara_with_too_many_missing_items_below_the_top_shows_the_least_it_can_be():
    answers = [Answer(item=str(n), value=Response.YES if n == 1 else Response.NO) for n in (1, 2)]
    result = CATALOGUE.result(_assessment("odara", "2004", answers))
    assert not result.valid
    assert (result.score, result.band.id) == (1, "category_2")
    assert result.level is CommonRiskLevel.LOW
    assert result.highest_possible_level is CommonRiskLevel.VERY_HIGH  # 11 items unknown
    assert result.may_be_high
    assert not result.is_high


# --- DASH: a count against a threshold; judgement raises, never lowers ----------------------


def test_dash_with_14_yes_is_high_risk_and_calls_for_a_marac_referral():
    result = CATALOGUE.result(dash(14))
    assert result.kind is InstrumentKind.THRESHOLD_CHECKLIST
    assert result.score == 14
    assert result.band.id == "high"
    assert result.refers_to_conference
    assert not result.overridden


def test_dash_with_13_yes_is_not_high_risk():
    result = CATALOGUE.result(dash(13))
    assert result.band.id == "medium"
    assert not result.refers_to_conference


def test_a_professional_judgement_raises_13_yes_to_high_and_refers():
    override = JudgementOverride(band="high", reason="Recent strangling; victim terrified.")
    result = CATALOGUE.result(dash(13, override=override))
    assert result.computed_band.id == "medium"
    assert result.band.id == "high"
    assert result.overridden
    assert result.refers_to_conference


def test_an_override_to_the_level_already_reached_changes_nothing():
    result = CATALOGUE.result(dash(14, override=JudgementOverride(band="high", reason="Agreed.")))
    assert result.band.id == "high"
    assert not result.overridden


def test_an_override_that_would_lower_the_level_is_rejected():
    lowering = dash(14, override=JudgementOverride(band="medium", reason="Seems calmer."))
    with pytest.raises(InvalidModel, match="only raise") as error:
        CATALOGUE.validate(lowering)
    assert error.value.field == "override.band"
    with pytest.raises(InvalidModel, match="only raise"):
        CATALOGUE.result(lowering)


def test_an_override_must_name_a_band_of_the_checklist():
    with pytest.raises(InvalidModel, match="'extreme' is not a band"):
        CATALOGUE.validate(dash(3, override=JudgementOverride(band="extreme", reason="x")))


def test_dont_know_is_an_answer_but_omitted_is_missing_information():
    answered = CATALOGUE.result(dash(14, rest=Response.DONT_KNOW))
    assert answered.valid
    assert answered.band.id == "high"
    missing = CATALOGUE.result(dash(14, rest=Response.OMITTED))
    assert not missing.valid
    assert len(missing.omitted) == 10


# --- SPJ: the summary judgements are the result, never a total ------------------------------


def test_sara_with_every_item_answered_reports_no_total_as_its_result():
    result = CATALOGUE.result(sara2())
    assert result.kind is InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT
    assert result.score is None
    assert result.band is None
    assert [(j.id, j.level) for j in result.judgements] == [("risk_to_partner", RiskLevel.HIGH)]
    assert any("no total" in note for note in result.notes)
    assert CATALOGUE.research_total(sara2()) == 40  # for research, outside the result


def test_sara_without_the_required_summary_judgement_is_refused():
    with pytest.raises(InvalidModel, match="'risk_to_partner' is missing"):
        CATALOGUE.validate(sara2(judgements=()))


def test_sara_v3_records_recent_and_past_presence_relevance_and_scenarios():
    answers = [
        Answer(item="N2", value=Response.PRESENT, past=Response.PRESENT, relevance=Relevance.HIGH),
        Answer(item="P8", value=Response.ABSENT, past=Response.PARTIAL),
    ]
    judgements = tuple(
        Judgement(id=j, level=RiskLevel.MODERATE)
        for j in ("case_priority", "serious_harm", "imminence")
    )
    scenario = RiskScenario(description="Threats at the child handover.", likelihood=RiskLevel.HIGH)
    assessment = _assessment(
        "sara", "3", answers, judgements=judgements, scenarios=(scenario,), subject="father"
    )
    result = CATALOGUE.result(assessment)
    assert result.judgements == judgements
    assert not result.valid  # 22 of 24 factors are unrated
    with pytest.raises(InvalidModel, match="'N2': the past rating is missing"):
        CATALOGUE.validate(
            _assessment("sara", "3", [Answer(item="N2", value=Response.PRESENT)], **_sara3())
        )


def _sara3():
    return {
        "judgements": tuple(
            Judgement(id=j, level=RiskLevel.LOW)
            for j in ("case_priority", "serious_harm", "imminence")
        )
    }


def test_sara_with_more_omissions_than_tolerated_is_invalid_but_keeps_the_judgements():
    answers = [Answer(item=str(n), value=Response.OMITTED) for n in range(1, 7)]
    answers += [Answer(item=str(n), value=Response.ABSENT) for n in range(7, 21)]
    result = CATALOGUE.result(
        _assessment(
            "sara", "2", answers, judgements=(Judgement(id="risk_to_partner", level=RiskLevel.LOW),)
        )
    )
    assert not result.valid
    assert result.judgements[0].level is RiskLevel.LOW
    assert "at most 5" in result.invalid_reasons[0]


def test_critical_items_are_recorded_where_the_instrument_has_them():
    result = CATALOGUE.result(sara2(critical_items=("13", "19")))
    assert result.critical_items == ("13", "19")
    with pytest.raises(InvalidModel, match="'4' cannot be marked critical"):
        CATALOGUE.validate(dash(3, critical_items=("4",)))
    with pytest.raises(InvalidModel, match="'99' is not in sara version 2"):
        CATALOGUE.validate(sara2(critical_items=("99",)))


# --- Invariants: answers fit the definition, named by item code -----------------------------


def test_an_answer_to_an_item_the_definition_lacks_names_the_item():
    stray = _assessment("dash", "2009", [Answer(item="25", value=Response.YES)])
    with pytest.raises(InvalidModel, match="item '25' is not in dash version 2009") as error:
        CATALOGUE.validate(stray)
    assert error.value.field == "answers[0].item"


def test_an_answer_off_the_items_scale_names_the_item_but_not_the_answer():
    off = _assessment("dash", "2009", [Answer(item="7", value=Response.PARTIAL)])
    with pytest.raises(InvalidModel, match="item '7'") as error:
        CATALOGUE.validate(off)
    assert error.value.field == "answers[0].value"
    assert "partial" not in str(error.value)


def test_relevance_is_only_rated_where_the_scale_rates_it():
    answer = Answer(item="1", value=Response.PRESENT, relevance=Relevance.HIGH)
    with pytest.raises(InvalidModel, match="'1' is not rated for relevance"):
        CATALOGUE.validate(_with(sara2(), answer))


def _with(assessment, answer):
    others = tuple(a for a in assessment.answers if a.item != answer.item)
    return attrs.evolve(assessment, answers=(answer, *others))


def test_scenarios_overrides_and_calendars_belong_to_their_kinds_of_instrument():
    with pytest.raises(InvalidModel, match="not a structured professional judgement"):
        CATALOGUE.validate(dash(3, scenarios=(RiskScenario(description="Escalation."),)))
    with pytest.raises(InvalidModel, match="not a checklist"):
        CATALOGUE.validate(sara2(override=JudgementOverride(band="high", reason="x")))
    with pytest.raises(InvalidModel, match="keeps no severity calendar"):
        CATALOGUE.validate(dash(3, calendar=(CalendarEntry(day=DAY, severity=2),)))


def test_an_assessment_for_another_definition_is_refused():
    with pytest.raises(InvalidModel, match="used dash version 2009"):
        scoring.validate(CATALOGUE.definition("odara", "2004"), dash(3))


def test_an_assessment_records_its_assessor_and_answers_each_item_once():
    with pytest.raises(InvalidModel, match="assessor"):
        dash(3, assessor="")
    twice = [Answer(item="4", value=Response.YES), Answer(item="4", value=Response.NO)]
    with pytest.raises(InvalidModel, match="item '4' is answered more than once") as error:
        _assessment("dash", "2009", twice)
    assert error.value.field == "answers[1].item"


def test_an_answer_must_be_a_response_and_the_error_names_the_item():
    with pytest.raises(InvalidModel, match="item '3'"):
        Answer(item="3", value="maybe")


# --- Danger Assessment: weights from the user, or no score ----------------------------------


def _danger(yes, **fields):
    answers = [
        Answer(item=str(n), value=Response.YES if n <= yes else Response.NO) for n in range(1, 21)
    ]
    return _assessment("danger_assessment", "2009", answers, **fields)


def _weights(weight=1, **fields):
    return WeightTable(
        instrument="danger_assessment",
        version="2009",
        weights=tuple(ItemWeight(item=str(n), weight=weight) for n in range(1, 21)),
        **fields,
    )


def test_the_danger_assessment_without_a_weight_table_reports_no_score_and_says_so():
    result = CATALOGUE.result(_danger(12))
    assert result.valid
    assert result.score is None
    assert result.band is None
    assert any("no weight table was supplied" in note for note in result.notes)


def test_the_danger_assessment_with_the_users_weights_is_scored_and_its_band_marked_uncertain():
    result = CATALOGUE.result(_danger(15), weights=_weights(1))
    assert result.score == 15
    assert result.band.id == "severe"
    assert any("uncertain" in note for note in result.notes)


def test_a_weight_table_for_another_instrument_or_item_is_refused():
    wrong = WeightTable(instrument="dash", version="2009", weights=())
    with pytest.raises(InvalidModel, match="not danger_assessment version 2009"):
        CATALOGUE.result(_danger(3), weights=wrong)
    stray = WeightTable(
        instrument="danger_assessment", version="2009", weights=(ItemWeight(item="21", weight=3),)
    )
    with pytest.raises(InvalidModel, match="item '21'"):
        CATALOGUE.result(_danger(3), weights=stray)


def test_the_danger_assessment_calendar_covers_the_past_year():
    within = CalendarEntry(day=dt.date(2025, 3, 2), severity=5)
    assert CATALOGUE.result(_danger(2, calendar=(within,)), weights=_weights()).valid
    too_old = CalendarEntry(day=dt.date(2025, 3, 1), severity=1)
    with pytest.raises(InvalidModel, match="within 12 months"):
        CATALOGUE.validate(_danger(2, calendar=(too_old,)))
    with pytest.raises(InvalidModel, match="at most 5"):
        CATALOGUE.validate(_danger(2, calendar=(CalendarEntry(day=DAY, severity=6),)))
    with pytest.raises(InvalidModel, match="after the assessment"):
        _danger(2, calendar=(CalendarEntry(day=DAY + dt.timedelta(days=1), severity=1),))
