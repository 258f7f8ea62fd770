import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familyviolence import deadlines, evaluate
from familyviolence.dates import add_months
from scenario import new_case


def test_four_months_from_10_march_is_10_july():
    assert add_months(dt.date(2026, 3, 10), 4) == dt.date(2026, 7, 10)


def test_the_day_is_clamped_to_the_end_of_a_shorter_month():
    assert add_months(dt.date(2025, 10, 31), 4) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 10, 31), 4) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 8, 31), 1) == dt.date(2026, 9, 30)


def test_months_cross_the_year_both_ways():
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)
    assert add_months(dt.date(2026, 1, 31), -2) == dt.date(2025, 11, 30)


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), st.integers(-240, 240))
def test_adding_months_moves_the_month_and_keeps_or_clamps_the_day(day, months):
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == day.day or (
        result.day < day.day and (result + dt.timedelta(days=1)).day == 1
    )


@given(
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).filter(lambda d: d.day <= 28),
    st.integers(-240, 240),
)
def test_without_clamping_adding_months_can_be_undone(day, months):
    assert add_months(add_months(day, months), -months) == day


@pytest.mark.parametrize(
    "query",
    [
        lambda case, on: evaluate(case, on=on),
        lambda case, on: deadlines(case, on=on),
    ],
    ids=["evaluate", "deadlines"],
)
def test_a_query_of_a_day_refuses_a_moment(query):
    # A datetime is a date to isinstance: the queries take a day, and say so rather than compare
    # a moment with the days of a case.
    case = new_case()
    with pytest.raises(TypeError, match="on must be a date"):
        query(case, dt.datetime(2026, 3, 10, 9, 0))  # noqa: DTZ001
    query(case, dt.date(2026, 3, 10))
