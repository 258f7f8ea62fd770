"""Small cells are suppressed: no count under the threshold is published, nor a share whose
numerator, denominator or rest is one, so that no person can be singled out."""

import datetime as dt

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import ExposureKind, evolve
from familyviolence.analytics import (
    DEFAULT_THRESHOLD,
    IndicatorKind,
    indicator_table,
    indicators,
    is_small,
    shown_count,
    shown_share,
    write_statistics,
)
from familyviolence.analytics._suppression import check_threshold
from familyviolence.events import InvestigationConcluded
from familyviolence.process import DeadlineKind
from rule_checks import incident, through_investigation
from scenario import SOCIAL_WORKER, at, new_case

KEY = bytes(range(32))
ON = dt.date(2026, 12, 1)


def test_the_default_threshold_is_five():
    assert DEFAULT_THRESHOLD == 5
    assert is_small(4, DEFAULT_THRESHOLD)
    assert not is_small(5, DEFAULT_THRESHOLD)


@given(st.integers(0, 1000), st.integers(0, 20))
def test_a_count_is_shown_only_if_it_is_not_under_the_threshold(count, threshold):
    shown = shown_count(count, threshold)
    assert (shown is None) is (count < threshold)
    assert shown in (None, count)


@given(st.integers(0, 500), st.integers(0, 500), st.integers(0, 20))
def test_a_share_is_shown_only_if_none_of_its_parts_is_a_small_cell(numerator, extra, threshold):
    denominator = numerator + extra
    share = shown_share(numerator, denominator, threshold)
    hides_a_cell = (
        numerator < threshold or denominator < threshold or 0 < denominator - numerator < threshold
    )
    assert (share is None) is (hides_a_cell or denominator == 0)
    if share is not None:
        assert share == numerator / denominator


@pytest.mark.parametrize(
    ("numerator", "denominator", "shown"),
    [(40, 50, 0.8), (4, 50, None), (48, 50, None), (50, 50, 1.0), (0, 50, None), (3, 4, None)],
)
def test_shares_of_fifty_deadlines(numerator, denominator, shown):
    assert shown_share(numerator, denominator, 5) == shown


@pytest.mark.parametrize("threshold", [-1, True, 2.5, "5"])
def test_a_threshold_must_be_a_whole_number_of_zero_or_more(threshold):
    with pytest.raises(ValueError, match="whole number of 0 or more"):
        check_threshold(threshold)


def municipality(count):
    """``count`` Swedish cases of 2026, each an investigation concluded in time, one incident
    (physical, Elias heard it)."""
    done = through_investigation(new_case(incidents=(incident(),))).record(
        InvestigationConcluded(at=at("2026-06-01"), actor=SOCIAL_WORKER)
    )
    return [evolve(done, id=f"case-{n}") for n in range(count)]


def _written(tmp_path, count):
    out = tmp_path / "out"
    write_statistics(municipality(count), out, key=KEY, on=ON, scheduler="synchronous")
    return out


def test_four_cases_of_a_small_municipality_are_not_shown(tmp_path):
    found = {(i.kind, i.category): i for i in indicators(_written(tmp_path, 4))}
    # Each figure counts its own unit: four cases, incidents, children, deadlines of a kind...
    total = found.pop((IndicatorKind.DEADLINES_MET, None))
    assert found
    assert all(i.suppressed for i in found.values())
    assert all(i.count is None and i.share is None and i.numerator is None for i in found.values())
    assert found[IndicatorKind.CASES, None].year == 2026
    # ...but their three deadlines each are twelve deadlines, all met: not a small cell.
    assert (total.numerator, total.denominator, total.share) == (12, 12, 1.0)


def test_five_cases_are_shown_with_their_incidents_children_and_deadlines(tmp_path):
    found = indicators(_written(tmp_path, 5))
    figures = {(i.kind, i.category): i for i in found}
    assert figures[IndicatorKind.CASES, None].count == 5
    assert figures[IndicatorKind.CHILDREN_EXPOSED, ExposureKind.HEARD].count == 5
    investigations = figures[IndicatorKind.DEADLINES_MET, DeadlineKind.INVESTIGATION]
    assert (investigations.numerator, investigations.denominator) == (5, 5)
    assert investigations.share == 1.0
    assert not any(i.suppressed for i in found)


def test_a_higher_threshold_hides_more(tmp_path):
    out = _written(tmp_path, 5)
    assert all(i.suppressed for i in indicators(out, threshold=16))
    six = indicators(out, threshold=6)
    assert [i.kind for i in six if not i.suppressed] == [IndicatorKind.DEADLINES_MET]
    assert not any(i.suppressed for i in indicators(out, threshold=0))


@given(st.integers(0, 8))
def test_no_published_figure_is_a_small_cell(threshold):
    for i in _published(threshold):
        for figure in (i.count, i.numerator, i.denominator):
            assert figure is None or figure >= threshold
        if i.share is not None:
            rest = i.denominator - i.numerator
            assert rest == 0 or rest >= threshold


_PUBLISHED = {}


def _published(threshold):
    if threshold not in _PUBLISHED:
        import tempfile  # noqa: PLC0415
        from pathlib import Path  # noqa: PLC0415

        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "out"
            cases = municipality(6)
            cases[0] = through_investigation(evolve(new_case(), id="case-late"))
            write_statistics(cases, out, key=KEY, on=ON, scheduler="synchronous")
            _PUBLISHED[threshold] = indicators(out, threshold=threshold, scheduler="synchronous")
    return _PUBLISHED[threshold]


def test_the_indicator_table_holds_codes_and_leaves_suppressed_figures_empty(tmp_path):
    table = indicator_table(indicators(_written(tmp_path, 4)))
    assert table.schema.names == [
        "indicator",
        "jurisdiction",
        "year",
        "category",
        "count",
        "numerator",
        "denominator",
        "share",
        "suppressed",
    ]
    rows = table.to_pylist()
    assert {r["indicator"] for r in rows} == {
        "cases",
        "incidents",
        "children_exposed",
        "deadlines_met",
    }
    assert all(r["count"] is None for r in rows)
    assert [r["share"] for r in rows if not r["suppressed"]] == [1.0]
    assert table.schema.field("year").type == pa.int32()
