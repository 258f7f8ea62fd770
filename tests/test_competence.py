"""A child welfare service's trauma-informed programme: its stages, and how far staff have come.

Bergen's service runs RVTS Sør's Menneskemøtekompetanse – Barnevern: a shared foundation for
all twelve caseworkers, a deeper stage for three key persons, and gatherings for its two leaders.
"""

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import InvalidModel
from familyviolence.competence import (
    MMA_NAME,
    MMA_PROVIDER,
    CompetenceProgramme,
    ProgrammeStage,
    StageAudience,
    StageCompletion,
    StageCoverage,
    coverage,
)
from familyviolence.testing import strategies as fvst

STAFF = tuple(f"staff-{i}" for i in range(12))
KEY = ("staff-0", "staff-1", "staff-2")
LEADERS = ("leader-1", "leader-2")
MMA = CompetenceProgramme(
    id="mma",
    name=MMA_NAME,
    provider=MMA_PROVIDER,
    leader_support=True,
    stages=(
        ProgrammeStage(id="grunnlag", name="Felles traumebevisst grunnlag"),
        ProgrammeStage(id="fordypning", name="Fordypning", audience=StageAudience.KEY_PERSONS),
        ProgrammeStage(id="ledere", name="Ledersamlinger", audience=StageAudience.LEADERS),
    ),
)


def done(staff, stage, on):
    return StageCompletion(staff=staff, stage=stage, completed_on=dt.date.fromisoformat(on))


def test_coverage_is_the_share_of_staff_in_scope_per_stage():
    completions = (
        *(done(s, "grunnlag", "2026-02-10") for s in STAFF[:9]),
        done("staff-0", "fordypning", "2026-04-01"),
        done("staff-0", "fordypning", "2026-05-01"),  # done twice, counted once
        done("staff-11", "fordypning", "2026-04-01"),  # not a key person
        done("leader-1", "ledere", "2026-06-20"),  # after the day asked about
    )
    found = coverage(
        MMA,
        staff=STAFF,
        completions=completions,
        on=dt.date(2026, 6, 1),
        key_persons=KEY,
        leaders=LEADERS,
    )
    assert [(c.stage, c.completed, c.in_scope) for c in found] == [
        ("grunnlag", 9, 12),
        ("fordypning", 1, 3),
        ("ledere", 0, 2),
    ]
    assert [c.share for c in found] == [Fraction(3, 4), Fraction(1, 3), Fraction(0)]


def test_turnover_lowers_coverage():
    completions = tuple(done(s, "grunnlag", "2026-02-10") for s in STAFF)
    newcomers = (*STAFF[4:], "staff-20", "staff-21", "staff-22", "staff-23")
    (before, *_) = coverage(MMA, staff=STAFF, completions=completions, on=dt.date(2026, 3, 1))
    (after, *_) = coverage(MMA, staff=newcomers, completions=completions, on=dt.date(2026, 9, 1))
    assert before.share == 1
    assert after.share == Fraction(8, 12)


def test_a_stage_for_no_one_has_no_share():
    (_, key, _) = coverage(MMA, staff=STAFF, completions=(), on=dt.date(2026, 3, 1))
    assert key.in_scope == 0
    assert key.share is None


def test_a_completion_of_a_stage_the_programme_lacks_is_refused():
    with pytest.raises(InvalidModel, match=r"completions\[0\]\.stage"):
        coverage(
            MMA,
            staff=STAFF,
            completions=(done("staff-1", "x", "2026-01-01"),),
            on=dt.date(2026, 3, 1),
        )


def test_a_programme_has_stages_each_once():
    with pytest.raises(InvalidModel, match=r"CompetenceProgramme\.stages"):
        CompetenceProgramme(id="p", name="P", provider="Q", stages=())
    stage = ProgrammeStage(id="a", name="A")
    with pytest.raises(InvalidModel, match=r"stages\[1\]\.id"):
        CompetenceProgramme(id="p", name="P", provider="Q", stages=(stage, stage))


def test_coverage_counts_no_more_than_are_in_scope():
    with pytest.raises(InvalidModel, match=r"StageCoverage\.completed"):
        StageCoverage(stage="a", in_scope=2, completed=3)


@given(fvst.competence_programmes(), st.lists(fvst.stage_completions(), max_size=20))
def test_coverage_is_always_a_share_between_nothing_and_everyone(programme, completions):
    known = [s.id for s in programme.stages]
    fitting = tuple(
        StageCompletion(staff=c.staff, stage=known[i % len(known)], completed_on=c.completed_on)
        for i, c in enumerate(completions)
    )
    staff = tuple(dict.fromkeys(c.staff for c in fitting[:10]))
    for found in coverage(
        programme,
        staff=staff,
        completions=fitting,
        on=dt.date(2026, 6, 1),
        key_persons=staff[:2],
        leaders=staff[:1],
    ):
        assert 0 <= found.completed <= found.in_scope


def test_a_day_given_as_text_or_a_moment_is_refused_clearly():
    with pytest.raises(TypeError, match="on must be a date"):
        coverage(MMA, staff=STAFF, completions=(), on="2026-05-01")
    with pytest.raises(TypeError, match="on must be a date"):
        coverage(MMA, staff=STAFF, completions=(), on=dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC))


def test_a_completion_that_is_no_stage_completion_is_refused_naming_where():
    with pytest.raises(InvalidModel, match=r"completions\[1\]"):
        coverage(
            MMA,
            staff=STAFF,
            completions=(done("staff-1", "grunnlag", "2026-01-01"), ("staff-2", "grunnlag")),
            on=dt.date(2026, 3, 1),
        )
