"""What a field holds once its value is taken away: ``None``, an empty tuple, its default.

Redaction and pseudonymisation both remove values from models that must stay valid; a field
that can hold nothing at all is left for the caller to handle by removing what contains it.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any, Final

import attrs

__all__ = ["REMOVED_TEXT", "NoBlank", "blank_for"]

REMOVED_TEXT: Final = "[removed]"
"""What a required free-text field holds once its text is removed or withheld."""


class NoBlank(Exception):
    """The field cannot be emptied: what contains it must go instead."""


_NOTHING: Final = object()


@functools.cache
def _blank(cls: type, name: str) -> object:
    field = attrs.fields_dict(attrs.resolve_types(cls))[name]
    kind = field.type
    if _optional(kind):
        return None
    if typing.get_origin(kind) is tuple:
        return ()
    default: Any = field.default
    factory: Any = getattr(default, "factory", None)
    if factory is not None:
        # A factory that takes the instance would need one: none of the models has such.
        if not getattr(default, "takes_self", False):
            return factory()
    elif default is not attrs.NOTHING:
        return default
    if kind is str:
        return REMOVED_TEXT
    return _NOTHING


def _optional(kind: Any) -> bool:  # noqa: ANN401 - any type annotation
    return typing.get_origin(kind) in (typing.Union, types.UnionType) and (
        types.NoneType in typing.get_args(kind)
    )


def blank_for(cls: type, name: str) -> object:
    """The value field ``name`` of ``cls`` holds once emptied.

    ``None`` if the field may be ``None``, ``()`` for a tuple, its default if it has one, and
    :data:`REMOVED_TEXT` for required text.

    Raises:
        NoBlank: If the field can hold none of those.
    """
    blank = _blank(cls, name)
    if blank is _NOTHING:
        raise NoBlank
    return blank
