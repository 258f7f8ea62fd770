"""Standard indicators per jurisdiction and year, computed with Dask from the Parquet tables.

Five indicators, each per jurisdiction and year:

- **cases**: how many cases, by the year of their first dated record;
- **incidents** by form of violence: an incident of two forms counts under each;
- **children exposed** by kind of exposure: each child once a year per kind, however many
  incidents of that year exposed them (a child is known by its pseudonym within its case);
- **partner contacts assessed**: the share of established partner contacts that a current
  structured risk assessment preceded (see :class:`~familyviolence.privacy.PartnerContactRow`);
- **deadlines met**: the share of statutory deadlines done by their due date, of those done
  or due by the day the tables were made (met, late or missed; pending ones and those the
  case's closure ended before they fell due are left out), by the year the time limit started
  to run, for every kind of deadline together and for each kind.

Small cells are suppressed (:mod:`~familyviolence.analytics`): a count is shown
only if it is not under the threshold, a share only if neither its numerator, its denominator
nor their difference is a small cell.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pyarrow as pa

from familyviolence._labelled import LabelledEnum
from familyviolence.analytics._parquet import read_dask
from familyviolence.analytics._suppression import (
    DEFAULT_THRESHOLD,
    check_threshold,
    is_small,
    shown_count,
    shown_share,
)
from familyviolence.privacy import DeadlineOutcome
from familyviolence.process import DeadlineKind
from familyviolence.vocabulary import ExposureKind, Jurisdiction, ViolenceForm

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Indicator", "IndicatorKind", "indicator_table", "indicators"]


class IndicatorKind(LabelledEnum):
    """Which standard indicator a figure belongs to."""

    CASES = "cases", "ärenden", "saker", "cases, by the year of their first dated record"
    INCIDENTS = (
        "incidents",
        "våldshändelser per våldsform",
        "voldshendelser etter voldsform",
        "incidents, by form of violence",
    )
    CHILDREN_EXPOSED = (
        "children_exposed",
        "barn som utsatts för eller upplevt våld, per sätt",
        "barn utsatt for eller som har opplevd vold, etter måte",
        "children exposed to violence, by kind of exposure",
    )
    PARTNER_CONTACTS_ASSESSED = (
        "partner_contacts_assessed",
        "andel partnerkontakter med aktuell riskbedömning",
        "andel partnerkontakter med aktuell risikovurdering",
        "share of partner contacts preceded by a current risk assessment",
    )
    DEADLINES_MET = (
        "deadlines_met",
        "andel lagstadgade frister som hölls",
        "andel lovpålagte frister som ble overholdt",
        "share of statutory deadlines met",
    )


Category = ViolenceForm | ExposureKind | DeadlineKind


@attrs.frozen(kw_only=True)
class Indicator:
    """One figure of a standard indicator, for a jurisdiction and a year.

    A count indicator has a ``count``; a share indicator has a ``numerator``, a
    ``denominator`` and their ``share``. What a small cell would reveal is ``None``, and
    ``suppressed`` says so.

    Attributes:
        kind: Which indicator.
        jurisdiction: The jurisdiction.
        year: The year; ``None`` for cases with no dated record.
        category: The form of violence, kind of exposure or kind of deadline the figure is
            for; ``None`` for the whole.
        count: The count, unless it is a small cell (count indicators).
        numerator: How many met the condition, unless a small cell (share indicators).
        denominator: How many could, unless a small cell (share indicators).
        share: ``numerator / denominator``, unless that reveals a small cell.
        suppressed: Whether a figure was left out as a small cell.
    """

    kind: IndicatorKind
    jurisdiction: Jurisdiction
    year: int | None
    category: Category | None = None
    count: int | None = None
    numerator: int | None = None
    denominator: int | None = None
    share: float | None = None
    suppressed: bool = False


def _count(
    kind: IndicatorKind,
    key: tuple[Any, ...],
    count: int,
    threshold: int,
    *,
    category: Category | None = None,
) -> Indicator:
    return Indicator(
        kind=kind,
        jurisdiction=Jurisdiction(key[0]),
        year=_year(key[1]),
        category=category,
        count=shown_count(count, threshold),
        suppressed=is_small(count, threshold),
    )


def _share(
    kind: IndicatorKind,
    key: tuple[Any, ...],
    parts: tuple[int, int],
    threshold: int,
    *,
    category: Category | None = None,
) -> Indicator:
    numerator, denominator = parts
    share = shown_share(numerator, denominator, threshold)
    return Indicator(
        kind=kind,
        jurisdiction=Jurisdiction(key[0]),
        year=_year(key[1]),
        category=category,
        numerator=None if share is None else numerator,
        denominator=shown_count(denominator, threshold),
        share=share,
        suppressed=share is None,
    )


def _year(value: float | None) -> int | None:
    # A missing year comes back from the tables as None or as a float NaN.
    if value is None or math.isnan(value):
        return None
    return int(value)


_BY = ["jurisdiction", "year"]
_DASK_INPLACE = "The inplace keyword in DataFrame.reset_index is deprecated"


def _sizes(frame: Any, by: list[str]) -> Any:  # noqa: ANN401 - Dask's frames are untyped
    return frame.groupby(by, dropna=False, observed=True).size()


def _computations(out: Path) -> dict[str, Any]:
    """The lazy Dask computations of every indicator's counts, for the tables that exist."""
    found: dict[str, Any] = {}
    tables = ("cases", "incidents", "exposures", "partner_contacts", "deadlines")
    present = {name for name in tables if (out / name).is_dir()}
    if "cases" in present:
        found["cases"] = _sizes(read_dask(out, "cases")[_BY], _BY)
    if "incidents" in present:
        forms = read_dask(out, "incidents")[[*_BY, "forms"]].explode("forms")
        found["incidents"] = _sizes(forms, [*_BY, "forms"])
    if "exposures" in present:
        kinds = read_dask(out, "exposures")[[*_BY, "case", "child", "kinds"]].explode("kinds")
        kinds = kinds.drop_duplicates(split_out=1)
        found["children_exposed"] = _sizes(kinds, [*_BY, "kinds"])
    if "partner_contacts" in present:
        contacts = read_dask(out, "partner_contacts")
        contacts = contacts[contacts["established"]][[*_BY, "current_assessment"]]
        contacts["current_assessment"] = contacts["current_assessment"].astype("int64")
        found["partner_contacts"] = contacts.groupby(_BY, dropna=False, observed=True)[
            "current_assessment"
        ].agg(["sum", "count"])
    if "deadlines" in present:
        frame = read_dask(out, "deadlines")[[*_BY, "kind", "outcome"]]
        decided = [o.value for o in DeadlineOutcome if o.decided]
        frame = frame[frame["outcome"].astype(str).isin(decided)]
        frame["met"] = (frame["outcome"].astype(str) == DeadlineOutcome.MET.value).astype("int64")
        frame["kind"] = frame["kind"].astype(str)
        found["deadlines"] = frame.groupby([*_BY, "kind"], dropna=False, observed=True)["met"].agg(
            ["sum", "count"]
        )
    return found


def indicators(
    out: Path | str, *, threshold: int = DEFAULT_THRESHOLD, scheduler: str | None = None
) -> tuple[Indicator, ...]:
    """The standard indicators of the tables written under ``out``, small cells suppressed.

    Sorted by jurisdiction, year (no year first), indicator and category.

    Args:
        out: The directory the pipeline wrote the tables to.
        threshold: Counts under it are small cells (0: nothing is suppressed, for checking
            only; never publish such figures).
        scheduler: Dask's scheduler to compute with (``"threads"``, ``"processes"``,
            ``"synchronous"``); ``None`` for Dask's default, which is the cluster of an active
            ``distributed.Client``.

    Raises:
        ValueError: If the threshold is not a whole number of 0 or more.
    """
    # Dask's computing machinery and pandas are imported only where indicators are computed:
    # the pipeline's workers never need them.
    from dask.base import compute  # noqa: PLC0415

    threshold = check_threshold(threshold)
    lazy = _computations(Path(out))
    names = list(lazy)
    with warnings.catch_warnings():
        # Dask's Parquet reader still uses an in-place pandas call that pandas 3.1 deprecates;
        # the library itself warns of nothing.
        warnings.filterwarnings("ignore", _DASK_INPLACE)
        computed = compute(*lazy.values(), scheduler=scheduler)  # type: ignore[no-untyped-call]
    results: dict[str, Any] = dict(zip(names, computed, strict=True))
    found: list[Indicator] = []
    counted = (
        ("cases", IndicatorKind.CASES, None),
        ("incidents", IndicatorKind.INCIDENTS, ViolenceForm),
        ("children_exposed", IndicatorKind.CHILDREN_EXPOSED, ExposureKind),
    )
    for name, kind, vocabulary in counted:
        for key, n in results[name].items() if name in results else ():
            category = None if vocabulary is None else vocabulary(key[2])
            found.append(_count(kind, key, int(n), threshold, category=category))
    found += (
        _share(IndicatorKind.PARTNER_CONTACTS_ASSESSED, key, _parts(row), threshold)
        for key, row in _rows(results.get("partner_contacts"))
    )
    if "deadlines" in results:
        found += _deadline_indicators(results["deadlines"], threshold)
    return tuple(sorted(found, key=_order))


def _deadline_indicators(table: pd.DataFrame, threshold: int) -> list[Indicator]:
    kind = IndicatorKind.DEADLINES_MET
    found = [
        _share(kind, key, _parts(row), threshold, category=DeadlineKind(key[2]))
        for key, row in table.iterrows()
    ]
    totals = table.groupby(level=[0, 1], dropna=False).sum()
    found += (_share(kind, key, _parts(row), threshold) for key, row in totals.iterrows())
    return found


def _rows(table: pd.DataFrame | None) -> Iterable[tuple[Any, pd.Series]]:
    return () if table is None else table.iterrows()


def _parts(row: pd.Series) -> tuple[int, int]:
    return int(row["sum"]), int(row["count"])


_KINDS = list(IndicatorKind)


def _order(indicator: Indicator) -> tuple[object, ...]:
    category = indicator.category
    return (
        indicator.jurisdiction.value,
        -1 if indicator.year is None else indicator.year,
        _KINDS.index(indicator.kind),
        "" if category is None else category.value,
    )


def indicator_table(found: Iterable[Indicator]) -> pa.Table:
    """Indicators as an Arrow table, one row each, codes for the vocabularies.

    Write it with ``pyarrow.csv.write_csv`` or ``pyarrow.parquet.write_table``.
    """
    rows = [
        {
            "indicator": i.kind.value,
            "jurisdiction": i.jurisdiction.value,
            "year": i.year,
            "category": None if i.category is None else i.category.value,
            "count": i.count,
            "numerator": i.numerator,
            "denominator": i.denominator,
            "share": i.share,
            "suppressed": i.suppressed,
        }
        for i in found
    ]
    return pa.Table.from_pylist(rows, schema=_INDICATOR_SCHEMA)


_INDICATOR_SCHEMA = pa.schema(
    [
        ("indicator", pa.string()),
        ("jurisdiction", pa.string()),
        ("year", pa.int32()),
        ("category", pa.string()),
        ("count", pa.int64()),
        ("numerator", pa.int64()),
        ("denominator", pa.int64()),
        ("share", pa.float64()),
        ("suppressed", pa.bool_()),
    ]
)
