"""What a model field's annotation admits, as a test and as words, made from the annotation itself.

Every field of a model is checked against its annotation (the ``FieldType`` validator that
:func:`~familyviolence._model.model` gives it), so a field added later is checked without anyone
remembering to: a string is a ``str`` (one that UTF-8 can hold), an integer an ``int`` and never a
``bool``, a date a ``date`` and never a ``datetime``, a vocabulary value a member of its enum and
never the member's string, a model an instance of its class, and a tuple a ``tuple`` of the right
kind. What the constructor accepts can then be written and read back. A value of another kind raises
:class:`~familyviolence.errors.InvalidModel` naming the class, the field (and the index in a tuple)
and the expected kind, and the *kind* of value found, never the value.
"""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import math
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = ["Kind", "describe", "fast_test", "found_kind", "is_date", "kind_of"]

_Accepts = Callable[[object], bool]


def found_kind(value: object) -> str:
    """The kind of a value, as an error may name it: its type, never the value itself."""
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


class Kind:
    """What an annotation admits: a test, a description, and the reason a value fails."""

    __slots__ = ("accepts", "expected", "plural")

    def __init__(self, accepts: _Accepts, expected: str, plural: str | None = None) -> None:
        self.accepts = accepts
        self.expected = expected
        self.plural = expected if plural is None else plural

    def shape(self, value: object) -> bool:
        """Whether ``value`` is of this kind's basic type, whether or not it passes."""
        return self.accepts(value)

    def hint(self, value: object) -> str:  # noqa: ARG002 - a subclass may tell more
        """What to do instead, for a value of the wrong kind ("" if nothing to add)."""
        return ""

    def problem(self, value: object) -> tuple[str, str]:
        """Where below the field a refused value goes wrong (``"[2]"``, or ``""``) and why."""
        return "", f"must be {self.expected}, not {found_kind(value)}{self.hint(value)}"


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    if value.isascii():
        return True
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True


class _Text(Kind):
    """A string that UTF-8, and so a JSON document, can hold (no lone surrogate)."""

    def __init__(self) -> None:
        super().__init__(_is_text, "a string", "strings")

    def shape(self, value: object) -> bool:
        return isinstance(value, str)

    def problem(self, value: object) -> tuple[str, str]:
        if isinstance(value, str):
            return "", "must be text that UTF-8 can encode: it holds a lone surrogate"
        return super().problem(value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def is_date(value: object) -> bool:
    """Whether ``value`` is a date and not a datetime (which is a date to ``isinstance``)."""
    return type(value) is dt.date or (
        isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    )


def _whole_minutes(offset: dt.timedelta | None) -> bool:
    return offset is None or (offset.seconds % 60 == 0 and offset.microseconds == 0)


def _is_moment(value: object) -> bool:
    return isinstance(value, dt.datetime) and _whole_minutes(value.utcoffset())


class _Date(Kind):
    def __init__(self) -> None:
        super().__init__(is_date, "a date (datetime.date)", "dates (datetime.date)")

    def hint(self, value: object) -> str:
        if isinstance(value, dt.datetime):
            return "; take its day with .date()"
        if isinstance(value, str):
            return "; read an ISO 8601 date with datetime.date.fromisoformat()"
        return ""


class _Moment(Kind):
    def __init__(self) -> None:
        super().__init__(
            _is_moment, "a date and time (datetime.datetime)", "datetime.datetime values"
        )

    def shape(self, value: object) -> bool:
        return isinstance(value, dt.datetime)

    def problem(self, value: object) -> tuple[str, str]:
        if isinstance(value, dt.datetime):
            return "", "must have a UTC offset of whole minutes, as JSON documents write it"
        return super().problem(value)

    def hint(self, value: object) -> str:
        if isinstance(value, str):
            return "; read an ISO 8601 time with datetime.datetime.fromisoformat()"
        if isinstance(value, dt.date):
            return "; a date alone does not say when on the day"
        return ""


class _Member(Kind):
    """A member of a vocabulary (an enum), never its value."""

    __slots__ = ("vocabulary",)

    def __init__(self, vocabulary: type[enum.Enum]) -> None:
        values = ", ".join(str(member.value) for member in vocabulary)
        name = vocabulary.__name__
        listed = f" ({values})" if values else ""  # a base of vocabularies has no members
        super().__init__(
            _instance_test(vocabulary),
            f"{_article(name)} member{listed}",
            f"{name} members{listed}",
        )
        self.vocabulary = vocabulary

    def hint(self, value: object) -> str:
        if (
            isinstance(value, str | int)
            and not isinstance(value, enum.Enum)
            and len(self.vocabulary)
        ):
            name = self.vocabulary.__name__
            return f"; a stored value becomes a member with {name}(value)"
        return ""


class _Instance(Kind):
    """An instance of a model, or of a marker class of a tagged union."""

    __slots__ = ("cls",)

    def __init__(self, cls: type) -> None:
        super().__init__(_instance_test(cls), _article(cls.__name__), cls.__name__)
        self.cls = cls

    def hint(self, value: object) -> str:
        if not isinstance(value, str | Mapping) or not attrs.has(self.cls):
            return ""
        required = [
            f"{f.name}=..." for f in attrs.fields(self.cls) if f.init and f.default is attrs.NOTHING
        ]
        return f"; build one with {self.cls.__name__}({', '.join(required)})"


def _article(name: str) -> str:
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _instance_test(cls: type) -> _Accepts:
    return lambda value: isinstance(value, cls)


class _Optional(Kind):
    __slots__ = ("inner",)

    def __init__(self, inner: Kind) -> None:
        test = inner.accepts
        super().__init__(
            lambda v: v is None or test(v), f"{inner.expected} or None", f"{inner.plural} or None"
        )
        self.inner = inner

    def shape(self, value: object) -> bool:
        return value is None or self.inner.shape(value)

    def hint(self, value: object) -> str:
        return self.inner.hint(value)

    def problem(self, value: object) -> tuple[str, str]:
        if self.inner.shape(value):
            return self.inner.problem(value)
        return super().problem(value)


class _Union(Kind):
    __slots__ = ("members",)

    def __init__(self, members: list[Kind]) -> None:
        tests = [m.accepts for m in members]
        super().__init__(
            lambda v: any(test(v) for test in tests),
            " or ".join(m.expected for m in members),
            " or ".join(m.plural for m in members),
        )
        self.members = members

    def shape(self, value: object) -> bool:
        return any(m.shape(value) for m in self.members)

    def hint(self, value: object) -> str:
        return next((h for m in self.members if (h := m.hint(value))), "")

    def problem(self, value: object) -> tuple[str, str]:
        shaped = [m for m in self.members if m.shape(value)]
        if len(shaped) == 1:
            return shaped[0].problem(value)
        return super().problem(value)


class _TupleOf(Kind):
    """``tuple[X, ...]``: a tuple (never a list) whose every element is an ``X``."""

    __slots__ = ("item",)

    def __init__(self, item: Kind) -> None:
        test = item.accepts
        super().__init__(
            lambda v: isinstance(v, tuple) and all(map(test, v)),
            f"a tuple of {item.plural}",
            f"tuples of {item.plural}",
        )
        self.item = item

    def shape(self, value: object) -> bool:
        return isinstance(value, tuple)

    def hint(self, value: object) -> str:
        return "; make it a tuple with tuple(...)" if isinstance(value, list) else ""

    def problem(self, value: object) -> tuple[str, str]:
        if not isinstance(value, tuple):
            return super().problem(value)
        for i, element in enumerate(value):
            if not self.item.accepts(element):
                below, reason = self.item.problem(element)
                return f"[{i}]{below}", reason
        return super().problem(value)  # pragma: no cover - only refused values are explained


class _Fixed(Kind):
    """``tuple[A, B]``: a tuple of exactly these kinds, in this order."""

    __slots__ = ("items",)

    def __init__(self, items: list[Kind]) -> None:
        tests = [k.accepts for k in items]
        size = len(items)
        super().__init__(
            lambda v: (
                isinstance(v, tuple)
                and len(v) == size
                and all(test(e) for test, e in zip(tests, v, strict=True))
            ),
            f"a tuple of ({', '.join(k.expected for k in items)})",
            f"tuples of ({', '.join(k.expected for k in items)})",
        )
        self.items = items

    def shape(self, value: object) -> bool:
        return isinstance(value, tuple)

    def problem(self, value: object) -> tuple[str, str]:
        if isinstance(value, tuple) and len(value) == len(self.items):
            for i, (kind, element) in enumerate(zip(self.items, value, strict=True)):
                if not kind.accepts(element):
                    below, reason = kind.problem(element)
                    return f"[{i}]{below}", reason
        return super().problem(value)


_SIMPLE: dict[object, Callable[[], Kind]] = {
    str: _Text,
    int: lambda: Kind(_is_int, "an integer", "integers"),
    float: lambda: Kind(_is_number, "a finite number", "finite numbers"),
    bool: lambda: Kind(lambda v: isinstance(v, bool), "True or False", "booleans"),
    dt.date: _Date,
    dt.datetime: _Moment,
    dt.time: lambda: Kind(
        lambda v: isinstance(v, dt.time) and _whole_minutes(v.utcoffset()),
        "a time of day (datetime.time) with a UTC offset, if any, of whole minutes",
        "times of day",
    ),
    type(None): lambda: Kind(lambda v: v is None, "None"),
}

_UnionType = types.UnionType


def kind_of(annotation: Any) -> Kind | None:  # noqa: ANN401, C901, PLR0911, PLR0912 - a table
    """What ``annotation`` admits; ``None`` if it admits anything."""
    if annotation is Any or annotation is object:
        return None
    if annotation in _SIMPLE:
        return _SIMPLE[annotation]()
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal:
        allowed = args
        shown = " or ".join(repr(a) for a in allowed)
        return Kind(lambda v: any(type(v) is type(a) and v == a for a in allowed), shown)
    if origin is typing.Union or origin is _UnionType:
        others = [a for a in args if a is not type(None)]
        inner = [kind_of(a) for a in others]
        if any(k is None for k in inner):
            return None
        kinds = typing.cast("list[Kind]", inner)
        kind = kinds[0] if len(kinds) == 1 else _Union(kinds)
        return _Optional(kind) if len(others) < len(args) else kind
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004 - tuple[X, ...]
            item = kind_of(args[0])
            if item is None:
                return Kind(lambda v: isinstance(v, tuple), "a tuple")
            return _TupleOf(item)
        items = [kind_of(a) or Kind(lambda _: True, "anything") for a in args]
        return _Fixed(items)
    if origin is typing.Annotated:
        return kind_of(args[0])
    if origin in (frozenset, dict):
        return _collection(origin, [kind_of(a) for a in args])
    if origin is collections.abc.Callable or annotation is collections.abc.Callable:
        return Kind(callable, "a function")
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return _Member(annotation)
        return _Instance(annotation)
    msg = f"no type check for the annotation {annotation!r}"
    raise TypeError(msg)


def _collection(origin: type, parts: list[Kind | None]) -> Kind:
    """``frozenset[X]`` or ``dict[K, V]``: that container, its items (keys, values) of kind."""
    tests = [(lambda _: True) if k is None else k.accepts for k in parts]
    name = origin.__name__
    shown = ", ".join("anything" if k is None else k.plural for k in parts)
    if origin is dict:
        keys, values = tests
        return Kind(
            lambda v: isinstance(v, dict) and all(keys(k) and values(i) for k, i in v.items()),
            f"a dict of {shown}",
        )
    (items,) = tests
    return Kind(lambda v: isinstance(v, frozenset) and all(map(items, v)), f"a {name} of {shown}")


def describe(annotation: Any) -> str:  # noqa: ANN401 - any annotation
    """What a value of ``annotation`` must be, in words ("a tuple of Person")."""
    kind = kind_of(annotation)
    return "anything" if kind is None else kind.expected


def fast_test(annotation: Any, names: dict[str, object], value: str = "v") -> str:  # noqa: ANN401, C901, PLR0911 - a table
    """Python code that is true of most values ``annotation`` admits, and of no other value.

    It decides the common case inline (a plain string of ASCII, a model of exactly its class);
    where it is false the full check decides. Classes it names are put in ``names``.
    """
    if annotation is Any or annotation is object:
        return "True"
    simple = {
        str: f"(type({value}) is str and {value}.isascii())",
        int: f"type({value}) is int",
        bool: f"({value} is True or {value} is False)",
        type(None): f"{value} is None",
    }
    if annotation in simple:
        return simple[annotation]
    if annotation in (dt.date, dt.datetime, dt.time):
        name = _named(annotation, names)
        if annotation is dt.date:
            return f"type({value}) is {name}"
        return f"(type({value}) is {name} and {value}.tzinfo is None)"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Literal and all(type(a) is str for a in args):
        return f"(type({value}) is str and {value} in {args!r})"
    if origin is typing.Union or origin is _UnionType:
        parts = [fast_test(a, names, value) for a in args]
        parts = [p for p in parts if p != "False"]
        return f"({' or '.join(parts)})" if parts else "False"
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004 - tuple[X, ...]
        element = f"e{len(names)}_{len(value)}"
        item = fast_test(args[0], names, element)
        if item == "False":
            return "False"
        return f"(type({value}) is tuple and (not {value} or all({item} for {element} in {value})))"
    if isinstance(annotation, type):
        name = _named(annotation, names)
        if issubclass(annotation, enum.Enum) or attrs.has(annotation):
            return f"type({value}) is {name}"
        return f"isinstance({value}, {name})"
    return "False"


def _named(cls: object, names: dict[str, object]) -> str:
    for name, known in names.items():
        if known is cls:
            return name
    name = f"T{len(names)}"
    names[name] = cls
    return name
