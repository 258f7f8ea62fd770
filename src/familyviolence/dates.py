"""Calendar arithmetic for time limits, spelled out so that every due date can be checked by hand.

Days and weeks are exact (``datetime.timedelta``). A month is a calendar month: the same day
of the month, clamped to the month's last day when that month is shorter, so 31 October plus
four months is 28 February (29 in a leap year).

A moment is read in the jurisdiction's own time zone (:func:`local_moment`): a report received
at 23:30 UTC on 2 March was received on 3 March in Stockholm. Where a time limit ends on a
Saturday, Sunday or public holiday, Sweden's act on the computation of statutory time limits
(lag (1930:173) om beräkning av lagstadgad tid, § 2) lets the act be done on the next weekday:
:func:`next_swedish_working_day` gives that day. The library shows it as information beside the
calendar due date, which it keeps as the due date: see the Cases page for why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import zoneinfo

__all__ = ["add_months", "is_swedish_non_working_day", "local_moment", "next_swedish_working_day"]

_MONTHS_PER_YEAR = 12
_SATURDAY = 5


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month ``months`` calendar months later (earlier if negative).

    The day is clamped to the last day of the target month.

    >>> import datetime as dt
    >>> add_months(dt.date(2026, 3, 10), 4)
    datetime.date(2026, 7, 10)
    >>> add_months(dt.date(2025, 10, 31), 4), add_months(dt.date(2027, 10, 31), 4)
    (datetime.date(2026, 2, 28), datetime.date(2028, 2, 29))
    >>> add_months(dt.date(2026, 5, 31), -1)
    datetime.date(2026, 4, 30)

    Clamping makes the sum depend on the order of steps: adding one month twice to 31 January
    gives 28 March, adding two months gives 31 March.

    A sum beyond the calendar's range is its first or last day: twelve months before a day in
    the year 1 is 1 January of the year 1, so that a rule asking "made within the last twelve
    months?" still has an answer on any day.

    >>> add_months(dt.date(1, 6, 15), -12), add_months(dt.date(9999, 6, 15), 12)
    (datetime.date(1, 1, 1), datetime.date(9999, 12, 31))
    """
    index = day.year * _MONTHS_PER_YEAR + (day.month - 1) + months
    year, month0 = divmod(index, _MONTHS_PER_YEAR)
    if year < dt.MINYEAR:
        return dt.date.min
    if year > dt.MAXYEAR:
        return dt.date.max
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


@functools.cache
def _zone(name: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(name)


def local_moment(moment: dt.datetime, time_zone: str | None) -> dt.datetime:
    """``moment`` as a wall-clock time in ``time_zone``.

    A moment with an offset is converted, whatever offset it carries; a moment without one is
    taken to be local time already, and so is every moment when ``time_zone`` is ``None``.

    >>> import datetime as dt
    >>> utc = dt.datetime(2026, 3, 2, 23, 30, tzinfo=dt.UTC)
    >>> local_moment(utc, "Europe/Stockholm").isoformat()
    '2026-03-03T00:30:00+01:00'
    >>> local_moment(dt.datetime(2026, 3, 2, 23, 30), "Europe/Stockholm").isoformat()
    '2026-03-02T23:30:00'
    """
    if time_zone is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(_zone(time_zone))


@functools.cache
def _swedish_holidays(year: int) -> frozenset[dt.date]:
    # Imported here: only due dates on a holiday need the calendar, not ``import familyviolence``.
    import holidays  # noqa: PLC0415

    public = holidays.country_holidays("SE", years=year)
    midsummer = next(day for day, name in public.items() if name == "Midsummer Day")
    # Lag (1930:173) § 2 names midsummer eve, Christmas Eve and New Year's Eve beside the
    # public holidays (allmänna helgdagar) and Saturdays.
    eves = {midsummer - dt.timedelta(days=1), dt.date(year, 12, 24), dt.date(year, 12, 31)}
    return frozenset(public) | eves


def is_swedish_non_working_day(day: dt.date) -> bool:
    """Whether lag (1930:173) § 2 moves a time limit ending on ``day`` to the next weekday.

    Saturdays, Sundays, public holidays, midsummer eve, Christmas Eve and New Year's Eve.

    >>> import datetime as dt
    >>> midsummer_eve, thursday = dt.date(2026, 6, 19), dt.date(2026, 6, 18)
    >>> is_swedish_non_working_day(midsummer_eve), is_swedish_non_working_day(thursday)
    (True, False)
    """
    return day.weekday() >= _SATURDAY or day in _swedish_holidays(day.year)


def next_swedish_working_day(day: dt.date) -> dt.date:
    """The first day from ``day`` on that is not a Swedish non-working day.

    >>> import datetime as dt
    >>> next_swedish_working_day(dt.date(2026, 12, 24))  # Christmas Eve, a Thursday
    datetime.date(2026, 12, 28)
    >>> next_swedish_working_day(dt.date(2026, 3, 10))
    datetime.date(2026, 3, 10)
    """
    while is_swedish_non_working_day(day):
        day += dt.timedelta(days=1)
    return day
