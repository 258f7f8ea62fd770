"""Small cells: counts too small to publish, and the shares that would reveal them.

A count of people or events under a threshold (5 unless given) can single a person out,
together with what else is known of a small place and a year: it is not shown. Nor is a share
whose numerator or denominator is such a count, nor one whose rest (the denominator less the
numerator) is one: 98 deadlines met of 100 tells that two were missed, as plainly as the count
of two. This is primary suppression only: a suppressed cell can still be worked out from a
total and the other cells of the same total; a statistician judges the published tables.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DEFAULT_THRESHOLD", "check_threshold", "is_small", "shown_count", "shown_share"]

DEFAULT_THRESHOLD: Final = 5
"""Counts under this are small cells, unless another threshold is given."""


def check_threshold(threshold: object) -> int:
    """``threshold`` if it is a whole number of 0 or more (0 suppresses nothing).

    Raises:
        ValueError: If it is not.
    """
    if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 0:
        msg = "the threshold must be a whole number of 0 or more"
        raise ValueError(msg)
    return threshold


def is_small(count: int, threshold: int) -> bool:
    """Whether ``count`` is a small cell: under ``threshold``.

    >>> is_small(4, 5), is_small(5, 5), is_small(0, 5), is_small(0, 0)
    (True, False, True, False)
    """
    return count < threshold


def shown_count(count: int, threshold: int) -> int | None:
    """``count`` as it may be published: ``None`` if it is a small cell."""
    return None if is_small(count, threshold) else count


def shown_share(numerator: int, denominator: int, threshold: int) -> float | None:
    """``numerator / denominator`` as it may be published: ``None`` if it reveals a small cell.

    >>> shown_share(40, 50, 5)
    0.8
    >>> shown_share(4, 50, 5) is None, shown_share(48, 50, 5) is None
    (True, True)
    >>> shown_share(50, 50, 5)
    1.0
    """
    rest = denominator - numerator
    if (
        denominator == 0
        or is_small(numerator, threshold)
        or is_small(denominator, threshold)
        or 0 < rest < threshold
    ):
        return None
    return numerator / denominator
