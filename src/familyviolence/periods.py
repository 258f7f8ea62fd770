"""Periods of validity: from a first day to a last day, either end possibly open."""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence.errors import InvalidModel

__all__ = ["Period"]


@model
class Period(Model):
    """The days from ``start`` to ``end``, both included; ``None`` leaves that end open.

    ``Period()`` is all time. Both ends are dates, and both are inside the period, so a
    relationship that ended on 1 March was still in force on 1 March.

    >>> import datetime as dt
    >>> spring = Period(start=dt.date(2026, 3, 1), end=dt.date(2026, 5, 31))
    >>> spring.contains(dt.date(2026, 5, 31))
    True
    >>> spring.overlaps(Period(start=dt.date(2026, 6, 1)))
    False

    Attributes:
        start: The first day, or ``None`` if the period has always been in force.
        end: The last day, or ``None`` if the period is open-ended.
    """

    start: dt.date | None = public(default=None)
    end: dt.date | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidModel("Period", "end", "must not be before start")

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` is inside the period."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        return (self.start is None or other.end is None or self.start <= other.end) and (
            other.start is None or self.end is None or other.start <= self.end
        )
