"""Risk over time: a subject's assessments with one instrument, in date order, with changes."""

import datetime as dt

from familyviolence import Answer, Assessment, Judgement, Response, RiskLevel, evolve
from familyviolence.instruments import AssessorQualifications, RiskChange, risk_history


def _dash(assessment_id, day, yes, subject="mother"):
    return Assessment(
        id=assessment_id,
        instrument="dash",
        version="2009",
        subject=subject,
        assessor="police-4711",
        assessed_on=day,
        answers=tuple(
            Answer(item=str(n), value=Response.YES if n <= yes else Response.NO)
            for n in range(1, 25)
        ),
    )


def _sara3(assessment_id, day, priority):
    levels = {"case_priority": priority, "serious_harm": RiskLevel.LOW, "imminence": RiskLevel.LOW}
    codes = [f"N{n}" for n in range(1, 9)] + [f"P{n}" for n in range(1, 11)]
    codes += [f"V{n}" for n in range(1, 7)]
    return Assessment(
        id=assessment_id,
        instrument="sara",
        version="3",
        subject="father",
        assessor="mvu-2",
        assessed_on=day,
        answers=tuple(Answer(item=c, value=Response.PARTIAL, past=Response.PRESENT) for c in codes),
        judgements=tuple(Judgement(id=j, level=level) for j, level in levels.items()),
    )


def test_a_victims_dash_history_lists_counts_in_date_order_with_the_change():
    case = (
        _dash("third", dt.date(2026, 5, 1), 9),
        _dash("first", dt.date(2025, 11, 3), 11),
        _dash("other-person", dt.date(2026, 1, 1), 20, subject="sister"),
        _dash("second", dt.date(2026, 2, 14), 15),
        _sara3("sara-1", dt.date(2026, 1, 1), RiskLevel.HIGH),
    )
    history = risk_history(case, subject="mother", instrument="dash")
    assert [p.assessment for p in history] == ["first", "second", "third"]
    assert [p.level for p in history] == ["medium", "high", "standard"]
    assert [p.score_change for p in history] == [None, 4, -6]
    assert [p.level_change for p in history] == [None, RiskChange.RAISED, RiskChange.LOWERED]
    assert history[1].result.refers_to_conference


def test_an_invalid_assessment_is_listed_without_a_level():
    incomplete = Assessment(
        id="draft",
        instrument="dash",
        version="2009",
        subject="mother",
        assessor="police-4711",
        assessed_on=dt.date(2026, 1, 1),
        answers=(Answer(item="1", value=Response.YES),),
    )
    history = risk_history(
        (incomplete, _dash("full", dt.date(2026, 2, 1), 16)), subject="mother", instrument="dash"
    )
    assert [p.result.valid for p in history] == [False, True]
    assert [p.level for p in history] == [None, "high"]
    assert history[1].level_change is None


def test_a_perpetrators_sara_history_follows_the_case_priority():
    case = (
        _sara3("a", dt.date(2026, 1, 10), RiskLevel.HIGH),
        _sara3("b", dt.date(2026, 4, 10), RiskLevel.HIGH),
        _sara3("c", dt.date(2026, 9, 10), RiskLevel.MODERATE),
    )
    history = risk_history(case, subject="father", instrument="sara")
    assert [p.level for p in history] == ["high", "high", "moderate"]
    assert [p.level_change for p in history] == [None, RiskChange.UNCHANGED, RiskChange.LOWERED]
    assert all(p.score_change is None for p in history)  # an SPJ has no score to compare


def test_a_sara_whose_risk_of_serious_harm_rises_is_raised_though_its_priority_stays():
    steady = _sara3("a", dt.date(2026, 1, 10), RiskLevel.MODERATE)
    harm = evolve(
        _sara3("b", dt.date(2026, 4, 10), RiskLevel.MODERATE),
        judgements=(
            Judgement(id="case_priority", level=RiskLevel.MODERATE),
            Judgement(id="serious_harm", level=RiskLevel.HIGH),
            Judgement(id="imminence", level=RiskLevel.LOW),
        ),
    )
    history = risk_history((steady, harm), subject="father", instrument="sara")
    assert [p.level for p in history] == ["moderate", "high"]
    assert history[1].level_change is RiskChange.RAISED


def test_assessments_with_different_versions_are_listed_but_not_compared():
    sara2 = Assessment(
        id="old",
        instrument="sara",
        version="2",
        subject="father",
        assessor="mvu-2",
        assessed_on=dt.date(2025, 6, 1),
        answers=tuple(Answer(item=str(n), value=Response.ABSENT) for n in range(1, 21)),
        judgements=(Judgement(id="risk_to_partner", level=RiskLevel.LOW),),
    )
    history = risk_history(
        (sara2, _sara3("new", dt.date(2026, 1, 1), RiskLevel.HIGH)),
        subject="father",
        instrument="sara",
    )
    assert [(p.version, p.level) for p in history] == [("2", "low"), ("3", "high")]
    assert history[1].level_change is None


def test_an_assessor_lists_the_instruments_they_are_qualified_for():
    qualified = AssessorQualifications(professional_id="mvu-2", instruments=("sara", "b_safer"))
    assert qualified.is_qualified_for("sara")
    assert not qualified.is_qualified_for("patriark")
