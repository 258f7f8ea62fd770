"""Values every area draws: ids, periods, legal references, days and invented free text.

Besides the public strategies :func:`ids`, :func:`periods` and :func:`legal_references`, it
holds the spans of time and the small drawing helpers that the other areas share.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from familyviolence.law import LegalReference
from familyviolence.periods import Period

BOOLEANS = st.booleans()

# Both sides of Norway's 2023 and Sweden's 2025 acts. Histories hold the agency's local time.
CASES_FROM = dt.datetime(2021, 6, 1)  # noqa: DTZ001
CASES_UNTIL = dt.datetime(2026, 6, 30)  # noqa: DTZ001

COLLABORATION_FROM = dt.date(2021, 6, 1)
COLLABORATION_UNTIL = dt.date(2026, 12, 31)
DAYS = st.dates(COLLABORATION_FROM, COLLABORATION_UNTIL)
"""Days of collaboration and safety records."""

# Invented free text: what a caseworker might write, never about real people.
_TEXTS = (
    "Samtal med mamma och barnen.",
    "Pappa förnekar våldet men vill ha hjälp.",
    "Uppgifter från skolan om oro.",
    "Bekymring fra helsestasjonen.",
    "Moren forteller om trusler over tid.",
    "Child describes shouting at night.",
    "Planned joint meeting with the perpetrator clinic.",
)


def ids(prefix: str = "p") -> st.SearchStrategy[str]:
    """Stable ids such as ``"p-4f2a"``: never personal data."""
    return st.integers(min_value=0, max_value=0xFFFFF).map(lambda n: f"{prefix}-{n:05x}")


def periods(
    *, earliest: dt.date = dt.date(1990, 1, 1), latest: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[Period]:
    """Periods with ends between ``earliest`` and ``latest``; either end may be open."""
    ends = st.none() | st.dates(min_value=earliest, max_value=latest)
    return st.tuples(ends, ends).map(_period)


def _period(ends: tuple[dt.date | None, dt.date | None]) -> Period:
    start, end = ends
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Period(start=start, end=end)


def legal_references() -> st.SearchStrategy[LegalReference]:
    """Legal references, verified or not, with or without a provision."""
    return st.builds(
        LegalReference,
        statute=st.sampled_from(("SoL 2001:453", "SoL 2025:400", "barnevernsloven 2021:97")),
        provision=st.none() | st.sampled_from(("11 kap. 2 §", "20 kap. 2 §", "§ 2-1")),
        verified=st.booleans(),
        note=st.none() | st.just("section not confirmed"),
    )


def free_texts() -> st.SearchStrategy[str]:
    """Invented notes of a caseworker."""
    return st.sampled_from(_TEXTS)


def event_times() -> st.SearchStrategy[dt.datetime]:
    """Naive times between :data:`CASES_FROM` and :data:`CASES_UNTIL`."""
    return st.datetimes(min_value=CASES_FROM, max_value=CASES_UNTIL)


def days_after(day: dt.date, *, most: int = 60) -> st.SearchStrategy[dt.date]:
    """``day`` or a day at most ``most`` days after it."""
    return st.integers(0, most).map(lambda n: day + dt.timedelta(days=n))


def some_of(draw: st.DrawFn, items: list[str], *, max_size: int) -> tuple[str, ...]:
    """Up to ``max_size`` distinct ``items`` (none, if there are none)."""
    if not items:
        return ()
    return tuple(draw(st.lists(st.sampled_from(items), max_size=max_size, unique=True)))


def maybe_one(draw: st.DrawFn, items: tuple[str, ...]) -> str | None:
    """One of ``items``, or ``None``."""
    return draw(st.none() | st.sampled_from(items)) if items else None


def record_id(record: Any) -> str:  # noqa: ANN401 - any record with an id
    """The id of a record, to draw lists of records with unique ids."""
    return str(record.id)
