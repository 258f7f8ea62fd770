"""Field validators shared by the instrument models; each raises InvalidModel naming the field."""

from __future__ import annotations

from typing import Any

import attrs

from familyviolence._errors import InvalidModel
from familyviolence._model import instance_of, invalid, tuple_of

__all__ = ["codes", "instance_of", "non_blank", "non_negative", "optional_non_blank", "tuple_of"]


def non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the value is a string that is not blank."""
    if not isinstance(value, str) or not value.strip():
        raise invalid(instance, attribute, "must be a non-empty string")


def optional_non_blank(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: ``None`` or a string that is not blank."""
    if value is not None:
        non_blank(instance, attribute, value)


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
