"""Every legal reference the library cites, found in its own data, with what verified it.

:func:`cited_references` walks every module of the library and collects each
:class:`~familyviolence.law.LegalReference` that its rules, grounds, duties, deadlines and
measures cite, with the ids of what cites it, when that is in force, and the public source that
verified it (:data:`familyviolence.jurisdictions.SOURCES`). The documentation's "Legal
references" page is generated from it, so it cannot drift from the data. It sits at the top of
the library because it reads every floor below.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import attrs

from familyviolence._model import Model, model, public
from familyviolence.jurisdictions import source_of
from familyviolence.law import LegalReference

__all__ = ["CitedReference", "cited_references"]


@model
class CitedReference(Model):
    """A reference the library cites, what cites it, and when that is in force.

    Attributes:
        reference: The reference.
        cited_by: Ids of the rules, grounds, duties and deadlines that cite it (or the name of
            the constant that holds it).
        valid_from: The earliest day something citing it is in force (``None``: no known
            start, or always).
        valid_to: The last day something citing it is in force (``None``: still in force).
        source: The public source that verified it, if it is verified.
    """

    reference: LegalReference = public()
    cited_by: tuple[str, ...] = public()
    valid_from: dt.date | None = public(default=None)
    valid_to: dt.date | None = public(default=None)
    source: str | None = public(default=None)


# Modules that need an optional extra, or only run the command line: they cite no law.
# The register's controls cite Statistics Norway's specification of its file, not the law.
_SKIPPED = (
    "familyviolence.testing",
    "familyviolence.cli",
    "familyviolence.__main__",
    "familyviolence.registers",
)


def _modules() -> Iterator[ModuleType]:
    package = importlib.import_module("familyviolence")
    yield package
    for info in pkgutil.walk_packages(package.__path__, "familyviolence."):
        if info.name.startswith(_SKIPPED):
            continue
        yield importlib.import_module(info.name)


@attrs.define
class _Found:
    cited_by: dict[str, None] = attrs.Factory(dict)
    starts: list[dt.date | None] = attrs.Factory(list)
    ends: list[dt.date | None] = attrs.Factory(list)


def _walk(
    value: object, owner: object, name: str, found: dict[LegalReference, _Found], seen: set[int]
) -> None:
    if isinstance(value, LegalReference):
        entry = found.setdefault(value, _Found())
        entry.cited_by[str(getattr(owner, "id", None) or name)] = None
        entry.starts.append(getattr(owner, "valid_from", None))
        entry.ends.append(getattr(owner, "valid_to", None))
        return
    if id(value) in seen or isinstance(value, (str, bytes, int, float, type, ModuleType)):
        return
    seen.add(id(value))
    children: list[Any]
    if attrs.has(type(value)):
        children = [getattr(value, a.name) for a in attrs.fields(type(value))]  # type: ignore[arg-type]
        owner = value if hasattr(value, "id") or hasattr(value, "valid_from") else owner
    elif isinstance(value, Mapping):
        children = list(value.values())
    elif isinstance(value, (tuple, list, frozenset, set)):
        children = list(value)
    elif hasattr(value, "rules") and not callable(value):
        children = list(value.rules)
    else:
        return
    for child in children:
        _walk(child, owner, name, found, seen)


def _span(days: list[dt.date | None], *, first: bool) -> dt.date | None:
    if None in days or not days:
        return None
    known = [d for d in days if d is not None]
    return min(known) if first else max(known)


def cited_references() -> tuple[CitedReference, ...]:
    """Every legal reference the library's data cites, each once, ordered by statute.

    >>> refs = cited_references()
    >>> any(str(r.reference) == "OSL 2009:400 10 kap. 18 c §" for r in refs)
    True
    """
    found: dict[LegalReference, _Found] = {}
    seen: set[int] = set()
    for module in _modules():
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue
            _walk(value, None, f"{module.__name__}.{name}", found, seen)
    return tuple(
        CitedReference(
            reference=reference,
            cited_by=tuple(entry.cited_by),
            valid_from=_span(entry.starts, first=True),
            valid_to=_span(entry.ends, first=False),
            source=source_of(reference) if reference.verified else None,
        )
        for reference, entry in sorted(
            found.items(),
            key=lambda item: (item[0].statute, item[0].provision or "", item[0].note or ""),
        )
    )
