"""Calendar arithmetic for time limits, spelled out so that every due date can be checked by hand.

Days and weeks are exact (``datetime.timedelta``). A month is a calendar month: the same day
of the month, clamped to the month's last day when that month is shorter, so 31 October plus
four months is 28 February (29 in a leap year). Nothing here skips weekends or public holidays:
none of the time limits the library encodes says to.
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["add_months"]

_MONTHS_PER_YEAR = 12


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
    """
    index = day.year * _MONTHS_PER_YEAR + (day.month - 1) + months
    year, month0 = divmod(index, _MONTHS_PER_YEAR)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))
