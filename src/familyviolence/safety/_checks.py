"""Field validators and helpers shared by the safety records; each raises InvalidModel."""

from __future__ import annotations

from typing import Any

import attrs

from familyviolence._model import invalid
from familyviolence.collaboration._checks import (
    date_field,
    id_list,
    instance_of,
    members_of,
    non_blank,
    optional_date,
    optional_id,
    optional_non_blank,
    tuple_of,
    unique_ids,
)
from familyviolence.periods import Period

__all__ = [
    "date_field",
    "id_list",
    "instance_of",
    "members_of",
    "non_blank",
    "optional_date",
    "optional_id",
    "optional_non_blank",
    "started_period",
    "tuple_of",
    "unique_ids",
]


def _has_first_day(instance: object, attribute: attrs.Attribute[Any], value: Period) -> None:
    if value.start is None:
        raise invalid(instance, attribute, "must have a first day (start)")


started_period = attrs.validators.and_(instance_of(Period), _has_first_day)
"""A validator: a :class:`~familyviolence.Period` with a first day (an end is optional).

The type is checked apart, so that a decoder that guarantees it need not check it again.
"""
