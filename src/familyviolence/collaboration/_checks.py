"""Field validators of the collaboration records; each raises InvalidModel naming the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from familyviolence._errors import InvalidModel
from familyviolence._model import invalid, non_empty_id
from familyviolence.instruments._checks import (
    codes,
    instance_of,
    non_blank,
    optional_non_blank,
    tuple_of,
)

__all__ = [
    "Validator",
    "codes",
    "date_field",
    "id_list",
    "instance_of",
    "members_of",
    "non_blank",
    "optional_date",
    "optional_id",
    "optional_non_blank",
    "tuple_of",
    "unique_ids",
]

Validator = Callable[[object, "attrs.Attribute[Any]", object], None]


def _is_date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def date_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the value is a date (not a datetime)."""
    if not _is_date(value):
        raise invalid(instance, attribute, "must be a date")


def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: ``None`` or a date (not a datetime)."""
    if value is not None and not _is_date(value):
        raise invalid(instance, attribute, "must be a date or None")


def optional_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: ``None`` or an id."""
    if value is not None:
        non_empty_id(instance, attribute, value)


def id_list(*, required: bool) -> Validator:
    """A validator: a tuple of distinct ids, at least one if ``required``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise invalid(instance, attribute, "must be a tuple of ids")
        if required and not value:
            raise invalid(instance, attribute, "must name at least one")
        codes(instance, attribute, value)

    return check


def members_of(kind: type, *, required: bool) -> Validator:
    """A validator: a tuple of distinct members of the vocabulary ``kind``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple) or not all(isinstance(v, kind) for v in value):
            raise invalid(instance, attribute, f"must be a tuple of {kind.__name__}")
        if required and not value:
            raise invalid(instance, attribute, f"must hold at least one {kind.__name__}")
        if len(set(value)) != len(value):
            raise invalid(instance, attribute, "lists a value more than once")

    return check


def unique_ids(model: str, field: str, items: tuple[Any, ...]) -> None:
    """Raise if two of ``items`` share an ``id``; the error names the second one."""
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            raise InvalidModel(model, f"{field}[{i}].id", f"id {item.id!r} is not unique")
        seen.add(item.id)
