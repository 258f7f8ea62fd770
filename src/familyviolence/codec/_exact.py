"""The exact, diagnostic path of the codec: a strict cattrs converter and its error report.

Structuring never coerces (``1`` is not a string, ``"yes"`` is not a boolean), forbids keys a
model does not have, and on failure reports *every* problem with its JSON path. The kind of a
wrong value is reported, never the value.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import re
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs
import cattrs
import msgspec
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from familyviolence._model import Model
from familyviolence.errors import InvalidModel, Problem

__all__ = [
    "MISSING",
    "TAG",
    "converter",
    "describe_kind",
    "is_tuple_of",
    "problems_from",
    "tagged_classes",
]


def is_tuple_of(type_: Any) -> bool:  # noqa: ANN401 - any type annotation
    """Whether a type is ``tuple[X, ...]``: the models' only kind of collection."""
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004


TAG = "type"
"""The key that tells the members of a tagged union apart."""


def tagged_classes(base: Any) -> dict[str, type] | None:  # noqa: ANN401 - any type annotation
    """The members of a tagged union by tag, if ``base`` is the marker of one.

    A tagged union is a plain class (not a model, nor the base of every model) whose model
    subclasses each have a ``type`` field with a string default, their tag: the case history's
    events are one.
    """
    if not isinstance(base, type) or attrs.has(base) or base in (Model, object):
        return None
    if base.__module__ == "builtins":
        return None
    members: dict[str, type] = {}
    pending: list[type] = list(base.__subclasses__())
    while pending:
        cls = pending.pop(0)
        pending.extend(cls.__subclasses__())
        field = attrs.fields_dict(cls).get(TAG) if attrs.has(cls) else None
        if field is not None and isinstance(field.default, str):
            members[field.default] = cls
    return members or None


_EXPECTED = {
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    dt.date: "an ISO 8601 date (YYYY-MM-DD)",
    dt.datetime: "an ISO 8601 date and time",
    dt.time: "an ISO 8601 time of day (HH:MM:SS)",
}


def _expected(type_: Any) -> str:  # noqa: ANN401, PLR0911 - any type annotation; a table
    """How a type is described to the author of a document: its shape, never a value."""
    if type_ in _EXPECTED:
        return _EXPECTED[type_]
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        # The values are vocabulary, not personal data: listing them says what to write.
        values = ", ".join(str(member.value) for member in type_)
        return f"one of the {type_.__name__} values ({values})"
    if is_tuple_of(type_):
        return "an array"
    if attrs.has(type_):
        return _object_with(type_)
    members = tagged_classes(type_)
    if members:
        return f"an object with a {TAG!r} of {', '.join(sorted(members))}"
    args = typing.get_args(type_)
    if type(None) in args:
        others = [a for a in args if a is not type(None)]
        return f"{_expected(others[0])} or null" if len(others) == 1 else "a value or null"
    return "a value of another kind"


def _object_with(cls: type) -> str:
    """An object, with the keys a document of ``cls`` must have."""
    required = [
        f.name for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING and f.name != TAG
    ]
    name = f"{'an' if cls.__name__[:1] in 'AEIOU' else 'a'} {cls.__name__}"
    if not required:
        return f"an object ({name})"
    keys = required[0] if len(required) == 1 else f"{', '.join(required[:-1])} and {required[-1]}"
    return f"an object ({name}) with {keys}"


def describe_kind(value: object) -> str:  # noqa: PLR0911 - a table of kinds
    """The JSON kind of a value: what an error may say about it without showing it."""
    if value is MISSING:
        return "nothing (the key is missing)"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string" if value else "an empty string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return "a value of another kind"


MISSING = object()
"""Stands for a key that is not in the document."""


class _Unexpected(ValueError):
    """Raised by the strict hooks: ``args[0]`` says what was expected, in words.

    ``args[1]``, where given, says what was found instead of the value's kind (a date that
    does not exist is a string, but saying so would not help).
    """


def _strict(type_: type, accept: Callable[[object], bool]) -> Callable[[object, type], object]:
    def structure(value: object, _: type) -> object:
        if not accept(value):
            raise _Unexpected(_expected(type_))
        return value

    return structure


_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, str) and len(value) == len("YYYY-MM-DD"):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(value)
        if _DATE_SHAPE.fullmatch(value):
            raise _Unexpected(_expected(dt.date), NO_SUCH_DAY)
    raise _Unexpected(_expected(dt.date))


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.datetime.fromisoformat(value)
        if _DATE_SHAPE.match(value) and _no_such_day(value[:10]):
            raise _Unexpected(_expected(dt.datetime), NO_SUCH_DAY)
    raise _Unexpected(_expected(dt.datetime))


NO_SUCH_DAY = "a date that does not exist (no such day in that month, or month or year 0)"
"""What a date of the right shape that no calendar has is reported as (2026-02-30)."""


def _no_such_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return True
    return False


def _structure_time(value: object, _: type) -> dt.time:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.time.fromisoformat(value)
    raise _Unexpected(_expected(dt.time))


def _structure_enum(value: object, type_: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return type_(value)
        raise _Unexpected(_expected(type_), "a string that is not one of them")
    raise _Unexpected(_expected(type_))


def _tuple_hook(type_: Any, conv: cattrs.Converter) -> Callable[[object, type], tuple[Any, ...]]:  # noqa: ANN401
    item_type = typing.get_args(type_)[0]
    structure_item = conv.get_structure_hook(item_type)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        # A string is iterable but never an array; nor is an object.
        if not isinstance(value, list | tuple):
            raise _Unexpected(_expected(type_))
        items, errors = [], []
        for i, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as error:  # noqa: BLE001 - collected and re-raised as a group
                error.add_note(IterableValidationNote(f"@ index {i}", i, item_type))
                errors.append(error)
        if errors:
            raise IterableValidationError("invalid items", errors, type_)
        return tuple(items)

    return structure


def _unstructure_tuple(
    type_: Any,  # noqa: ANN401 - any type annotation
    conv: cattrs.Converter,
) -> Callable[[tuple[Any, ...]], list[Any]]:
    unstructure_item = conv.get_unstructure_hook(typing.get_args(type_)[0])
    return lambda value: [unstructure_item(item) for item in value]


def _is_tagged_union(type_: Any) -> bool:  # noqa: ANN401 - any type annotation
    return tagged_classes(type_) is not None


def _tagged_hook(
    base: Any,  # noqa: ANN401 - the marker class
    conv: cattrs.Converter,
) -> Callable[[object, type], object]:
    members = tagged_classes(base) or {}

    def structure(value: object, _: type) -> object:
        if not isinstance(value, Mapping):
            raise _Unexpected(_expected(base))
        member = members.get(value.get(TAG))  # type: ignore[arg-type]
        if member is None:
            error = _Unexpected(f"one of the {base.__name__} types")
            error.add_note(AttributeValidationNote(f"Structuring {TAG}", TAG, str))
            raise ClassValidationError(f"While structuring {base.__name__}", [error], base)
        return conv.structure(value, member)

    return structure


def _tagged_unstructure(
    base: Any,  # noqa: ANN401 - the marker class
    conv: cattrs.Converter,
) -> Callable[[object], object]:
    del base  # each member unstructures as itself
    return lambda value: conv.unstructure(value, unstructure_as=type(value))


def _model_hook(cls: type, conv: cattrs.Converter) -> Callable[[object, type], object]:
    """The structuring of a model that cattrs makes, for objects only; anything else is named."""
    structure: Callable[[Mapping[str, Any], Any], object] = make_dict_structure_fn(cls, conv)

    def structure_object(value: object, type_: type) -> object:
        if not isinstance(value, Mapping):
            raise _Unexpected(_expected(cls))
        return structure(value, type_)

    return structure_object


def _value(member: enum.Enum) -> object:
    return member.value


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _strict(str, lambda v: isinstance(v, str)))
    conv.register_structure_hook(bool, _strict(bool, lambda v: isinstance(v, bool)))
    conv.register_structure_hook(
        int, _strict(int, lambda v: isinstance(v, int) and not isinstance(v, bool))
    )
    # Hooks are found along the class's MRO: the string enums must not fall to the str hook.
    conv.register_structure_hook(enum.StrEnum, _structure_enum)
    conv.register_structure_hook(enum.Enum, _structure_enum)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_structure_hook(dt.time, _structure_time)
    conv.register_structure_hook_factory(attrs.has, _model_hook)
    conv.register_structure_hook_factory(is_tuple_of, _tuple_hook)
    conv.register_structure_hook_factory(_is_tagged_union, _tagged_hook)
    conv.register_unstructure_hook_factory(_is_tagged_union, _tagged_unstructure)
    conv.register_unstructure_hook(enum.StrEnum, _value)
    conv.register_unstructure_hook(enum.Enum, _value)
    # Written exactly as the JSON encoder writes them (RFC 3339, "Z" for UTC).
    conv.register_unstructure_hook(dt.date, msgspec.to_builtins)
    conv.register_unstructure_hook(dt.datetime, msgspec.to_builtins)
    conv.register_unstructure_hook(dt.time, msgspec.to_builtins)
    conv.register_unstructure_hook_factory(is_tuple_of, _unstructure_tuple)
    return conv


converter = _make_converter()
"""The converter of the exact path; later capabilities register their unions on it."""


# A key is repeated in an error only if it looks like a field name; anything else may be data.
_KEY_LIKE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")


def problems_from(error: BaseException, document: object, path: str = "$") -> Iterator[Problem]:
    """The problems a structuring error stands for, each with its JSON path.

    ``document`` is the data that was structured: it is read to say what *kind* of value stood
    at a path, never to repeat the value.
    """
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, IterableValidationNote):
                child_path, child = f"{path}[{note.index}]", _at(document, note.index)
            else:
                child_path, child = f"{path}.{note.name}", _at(document, note.name)
            yield from problems_from(inner, child, child_path)
        for inner in without:
            yield from problems_from(inner, document, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            shown = f".{key}" if _KEY_LIKE.fullmatch(key) else "[<unknown key>]"
            yield Problem(path=f"{path}{shown}", expected="no such key", found="an extra key")
    elif isinstance(error, InvalidModel):
        yield Problem(
            path=_join(path, error.field),
            expected="a value that keeps the model's invariants",
            found=f"one that breaks them ({error.reason})",
        )
    elif isinstance(error, KeyError):
        yield Problem(path=path, expected="a value", found=describe_kind(MISSING))
    elif isinstance(error, _Unexpected):
        found = error.args[1] if len(error.args) > 1 else describe_kind(document)
        yield Problem(path=path, expected=error.args[0], found=found)
    else:
        # A message from Python or a library may quote the value: it is not repeated.
        yield Problem(path=path, expected="a valid value", found=describe_kind(document))


def _at(document: object, key: object) -> object:
    try:
        return document[key]  # type: ignore[index]
    except (KeyError, IndexError, TypeError):
        return MISSING


def _join(path: str, field: str) -> str:
    return f"{path}{field}" if field.startswith("[") else f"{path}.{field}"
