"""The field checks the models share, each in one place: a validator raises InvalidModel.

Every model's field checks the type of its annotation by itself (see
:class:`~familyviolence._model.FieldType`); the validators here check what an annotation cannot
say: an id that is no identity number, text that is not blank, a date that is not a datetime,
codes and ids listed once. A check of a type alone is a :class:`~familyviolence._model.TypeCheck`
(:func:`instance_of`, :func:`tuple_of`), which a decoder that guarantees the type may skip.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from familyviolence._model import TypeCheck, Validator, invalid
from familyviolence._numbers import is_identity_number
from familyviolence._typecheck import is_date
from familyviolence.errors import InvalidModel
from familyviolence.periods import Period

__all__ = [
    "IDENTITY_NUMBER_AS_ID",
    "ID_NUMBER_SHORTEST",
    "codes",
    "date_argument",
    "date_field",
    "id_list",
    "instance_of",
    "members_of",
    "non_blank",
    "non_empty_id",
    "non_negative",
    "not_before",
    "optional_date",
    "optional_id",
    "optional_instance_of",
    "optional_non_blank",
    "started_period",
    "tuple_of",
    "unique_ids",
]


def instance_of(kind: type, what: str | None = None) -> Validator:
    """A validator: the value is a ``kind`` (``what`` names it in the error)."""
    return TypeCheck(kind, of_tuple=False, described=what or kind.__name__)


def optional_instance_of(kind: type, what: str | None = None) -> Validator:
    """A validator: the value is a ``kind`` or ``None``."""
    return TypeCheck(kind, of_tuple=False, described=what or kind.__name__, optional=True)


def tuple_of(kind: type, what: str | None = None) -> Validator:
    """A validator: the value is a tuple of ``kind``; the error names the element's index."""
    return TypeCheck(kind, of_tuple=True, described=what or kind.__name__)


def non_empty_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Validate an id: a non-empty string without surrounding white space, and no identity number.

    Ids are shown in errors, findings and redacted documents: an id that is a Swedish or
    Norwegian identity number (in any spelling) would put personal data wherever they go.
    """
    if not isinstance(value, str) or not value or value.strip() != value:
        raise invalid(instance, attribute, "must be a non-empty string without surrounding spaces")
    if len(value) >= ID_NUMBER_SHORTEST and is_identity_number(value):
        raise invalid(instance, attribute, IDENTITY_NUMBER_AS_ID)


ID_NUMBER_SHORTEST = len("YYMMDDNNNN")
"""Ids shorter than this cannot be identity numbers (a fast path's inline test)."""

IDENTITY_NUMBER_AS_ID = (
    "is a national identity number, which is personal data: use an opaque id that identifies "
    "no one outside the case (such as 'child-1'), and keep the number in Person.identity_number"
)


def optional_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: ``None`` or an id."""
    if value is not None:
        non_empty_id(instance, attribute, value)


def non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the value is a string that is not blank."""
    if not isinstance(value, str) or not value.strip():
        raise invalid(instance, attribute, "must be a non-empty string")


def optional_non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: ``None`` or a string that is not blank."""
    if value is not None:
        non_blank(instance, attribute, value)


def date_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the value is a date (not a datetime)."""
    if not is_date(value):
        raise invalid(instance, attribute, "must be a date")


def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: ``None`` or a date (not a datetime)."""
    if value is not None and not is_date(value):
        raise invalid(instance, attribute, "must be a date or None")


def date_argument(value: object, name: str = "on") -> None:
    """Check a function's argument ``name``: a date, not a datetime (a day, not a moment).

    Raises:
        TypeError: If it is not.
    """
    if not is_date(value):
        msg = f"{name} must be a date"
        raise TypeError(msg)


def non_negative(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: an integer of 0 or more."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise invalid(instance, attribute, "must be a non-negative integer")


def codes(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: a tuple of codes, each once; the error names the index."""
    if not isinstance(value, tuple):
        raise invalid(instance, attribute, "must be a tuple of codes")
    seen: set[object] = set()
    model = type(instance).__name__
    for i, code in enumerate(value):
        if not isinstance(code, str) or not code or code.strip() != code:
            raise InvalidModel(model, f"{attribute.name}[{i}]", "must be a code")
        if code in seen:
            raise InvalidModel(model, f"{attribute.name}[{i}]", f"{code!r} is listed twice")
        seen.add(code)


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


def not_before(model: str, field: str, later: dt.datetime, earlier: dt.datetime, what: str) -> None:
    """Raise unless ``later`` is not before ``earlier`` (``what``), both with or without a zone.

    A time with a UTC offset and one without cannot be put in order: the error says so rather
    than Python's comparison failing.
    """
    if (later.utcoffset() is None) != (earlier.utcoffset() is None):
        raise InvalidModel(model, field, f"mixes a time with a time zone and one without ({what})")
    if later < earlier:
        raise InvalidModel(model, field, f"must not be before {what}")


def _has_first_day(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, Period) and value.start is None:
        raise invalid(instance, attribute, "must have a first day (start)")


started_period: tuple[Validator, ...] = (instance_of(Period), _has_first_day)
"""The checks of a :class:`~familyviolence.periods.Period` with a first day (an end is optional).

The type is checked apart, so that a decoder that guarantees it need not check it again.
"""
