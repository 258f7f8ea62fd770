"""The fast path of the codec: msgspec decodes JSON into strict mirrors of the models.

For each model a msgspec ``Struct`` with the same fields is made once (unknown keys forbidden,
no coercion), JSON is decoded into it at C speed, and a builder generated for the model turns
the mirror into the model through its constructor, so every invariant is checked as usual.
A document the fast path refuses is handed to the exact path, which reports every problem.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
import sys
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import msgspec

from familyviolence._model import SENSITIVITY, FieldType, Model, TypeCheck, validators_of
from familyviolence._validators import ID_NUMBER_SHORTEST, non_empty_id
from familyviolence.codec._exact import TAG, is_tuple_of, tagged_classes
from familyviolence.vocabulary import Sensitivity

__all__ = ["VersionMismatch", "document_type", "fast_decoder", "mirror"]

_Builder = Callable[[Any, dict[Any, Any]], Any]
"""Builds a model from its mirror; the dict holds what was built so far from equal values."""


_MODEL_OF: dict[type, type] = {}
"""Mirror → the model it stands for."""

_IN_PROGRESS: set[type] = set()
"""Models whose mirror is being made: a union inside one of them leaves them out."""


def document_type(cls: type) -> Any:  # noqa: ANN401 - a type annotation
    """What a whole document of ``cls`` decodes into: a mirror, or a union of mirrors."""
    members = tagged_classes(cls)
    if members:
        return _union(mirror(m, document=True) for m in members.values())
    return mirror(cls, document=True)


@functools.cache
def mirror(cls: type, *, document: bool = False) -> type[msgspec.Struct]:
    """The strict msgspec Struct standing for an attrs model (made once per model).

    The mirror of a whole document also has the document's ``schema_version``.
    """
    _IN_PROGRESS.add(cls)
    try:
        struct = _make_mirror(cls, document=document)
    finally:
        _IN_PROGRESS.discard(cls)
    _MODEL_OF[struct] = cls
    return struct


def _make_mirror(cls: type, *, document: bool) -> type[msgspec.Struct]:
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    if document:
        fields.append(("schema_version", int))
    tag = union_tag(cls)
    for field in attrs.fields(attrs.resolve_types(cls)):
        if tag is not None and field.name == TAG:
            continue  # msgspec reads and checks the tag itself
        mirrored = _mirror_type(field.type)
        if field.default is attrs.NOTHING:
            fields.append((field.name, mirrored))
        else:
            # Absent keys are left to the model's own default.
            fields.append((field.name, mirrored | msgspec.UnsetType, msgspec.UNSET))
    tagging = {} if tag is None else {"tag_field": TAG, "tag": tag}
    # A union member can be a whole document and also sit inside one: the names must differ.
    name = f"{cls.__name__}Document" if document and tag is not None else cls.__name__
    return msgspec.defstruct(
        name,
        fields,
        forbid_unknown_fields=True,
        kw_only=True,
        module=__name__,
        # Mirrors live only while a document is built and hold no cycles: the garbage
        # collector need not track them. Frozen, they can be told equal by their hash.
        gc=False,
        frozen=True,
        **tagging,  # type: ignore[arg-type]
    )


def union_tag(cls: type) -> str | None:
    """The tag of a model that is a member of a tagged union, else ``None``."""
    for base in cls.__mro__[1:]:
        members = tagged_classes(base)
        if members:
            return next((tag for tag, member in members.items() if member is cls), None)
    return None


def _mirror_type(type_: Any) -> Any:  # noqa: ANN401 - any type annotation
    if attrs.has(type_):
        return mirror(type_)
    members = tagged_classes(type_)
    if members:
        # A member cannot hold itself (a correction never replaces a correction): leaving it
        # out of its own fields' unions keeps the mirrors finite. Such a document then fails
        # the fast path, and the exact path reports the model's own error.
        return _union(mirror(m) for m in members.values() if m not in _IN_PROGRESS)
    if is_tuple_of(type_):
        return tuple[_mirror_type(typing.get_args(type_)[0]), ...]  # type: ignore[misc]
    args = typing.get_args(type_)
    if args and typing.get_origin(type_) in (typing.Union, _UnionType):
        return _union(_mirror_type(a) for a in args)
    if type_ in (str, int, bool, dt.date, dt.datetime, dt.time, type(None)) or (
        isinstance(type_, type) and issubclass(type_, enum.Enum)
    ):
        return type_
    msg = f"no fast-path mirror for {type_!r}"
    raise TypeError(msg)


_UnionType = type(int | None)


def _union(types: Iterable[Any]) -> Any:  # noqa: ANN401 - a type annotation
    return functools.reduce(operator.or_, types)


class _Builders(dict[type, _Builder]):
    """Mirror → the builder of its model, each made when first needed."""

    def __missing__(self, struct: type) -> _Builder:
        build = _builder(_MODEL_OF[struct])
        self[struct] = build
        return build


_BUILD: _Builders = _Builders()
"""Builders by mirror: how a member of a tagged union (or a whole document) is built."""

_GENERATING: set[type] = set()
"""Models whose builder is being generated: a model inside itself is built through ``_BUILD``."""


@functools.cache
def _builder(cls: type) -> _Builder:
    """A function that builds ``cls`` from its mirror, generated once per model.

    The instance is made and its fields set as the model's own ``__init__`` does, then the
    model's validators and ``__attrs_post_init__`` run as they do there, except the validators
    that check a type and nothing else (:class:`~familyviolence._model.TypeCheck`) where the
    mirror already guarantees that type. Every other invariant is checked as usual.
    """
    _GENERATING.add(cls)
    try:
        if _builds_directly(cls):
            return _direct_builder(cls)
        return _constructor_builder(cls)
    finally:
        _GENERATING.discard(cls)


def _builds_directly(cls: type) -> bool:
    """Whether an instance of ``cls`` can be made field by field as its ``__init__`` does.

    A model made by :func:`~familyviolence._model.model` can, unless it asks attrs for more
    than setting its fields (a pre-init hook, a field set otherwise than by its argument): its
    ``__init__`` sets each field and runs the validators and the post-init hook, which the
    builder does too. The decorator never asks attrs to cache a hash.
    """
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)
    return (
        issubclass(cls, Model)
        and not hasattr(cls, "__attrs_pre_init__")
        and all(f.init and f.converter is None for f in fields)
    )


def _setter(cls: type, name: str) -> Callable[[object, object], None]:
    """The fastest way to set a field of a frozen instance: its slot's descriptor."""
    for klass in cls.__mro__:
        slot = klass.__dict__.get(name)
        if isinstance(slot, types.MemberDescriptorType):
            return slot.__set__
    return lambda instance, value: object.__setattr__(instance, name, value)


def _shared(cls: type) -> bool:
    """Whether equal values of ``cls`` in one document are built once and shared.

    So are the small models of public values only (ids, codes, dates), holding no other
    model: who acted, a period. They recur all through a document (every event of a history
    names its actor), and an immutable value can stand in every place it occurs. Personal
    and sensitive values describe one thing each and are not looked up.
    """
    fields = attrs.fields(attrs.resolve_types(cls))
    return all(
        f.metadata.get(SENSITIVITY) is Sensitivity.PUBLIC and _equal_means_same(f.type)
        for f in fields
    )


def _equal_means_same(type_: Any) -> bool:  # noqa: ANN401 - any type annotation
    """Whether two equal values of ``type_`` are the same value.

    Not so for times (the same instant in two time zones is equal), nor where ``True == 1``
    or two vocabularies share a value could meet in one field.
    """
    classes = _classes(type_) or {tuple}
    plain = {str, dt.date, type(None)}
    enums = [c for c in classes if issubclass(c, enum.Enum)]
    numbers = [c for c in classes if c in (bool, int)]
    return len(enums) <= 1 and len(numbers) <= 1 and classes <= plain | {*enums, *numbers}


def _direct_builder(cls: type) -> _Builder:
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls, "UNSET": msgspec.UNSET}
    lines = ["def build(m, memo):"]
    shared = _shared(cls)
    if shared:
        lines += ["    self = memo.get(m)", "    if self is not None:", "        return self"]
    lines.append("    self = new(cls)")
    checks: list[str] = []
    tag = union_tag(cls)
    for i, field in enumerate(attrs.fields(attrs.resolve_types(cls))):
        value = f"v{i}"
        namespace[f"set_{i}"] = _setter(cls, field.name)
        if tag is not None and field.name == TAG:
            namespace[f"tag_{i}"] = tag  # msgspec has read and checked the tag
            lines.append(f"    {value} = tag_{i}")
        else:
            lines.extend(_value_lines(i, field, namespace))
        lines.append(f"    set_{i}(self, {value})")
        checks.extend(_checks(i, field, value, namespace))
    lines.extend(checks)
    post_init = getattr(cls, "__attrs_post_init__", None)
    if post_init is not None:
        namespace["post_init"] = post_init
        lines.append("    post_init(self)")
    if shared:
        lines.append("    memo[m] = self")
    lines.append("    return self")
    exec(compile("\n".join(lines), f"<build {cls.__name__}>", "exec"), namespace)  # noqa: S102 - code generated from the model's own fields
    build: _Builder = namespace["build"]
    return build


def _value_lines(i: int, field: attrs.Attribute[Any], namespace: dict[str, Any]) -> list[str]:
    """The lines setting ``v{i}`` to the model's value of a field from the mirror ``m``."""
    value = f"v{i}"
    converted = _expression(field.type, value, namespace)
    if field.metadata.get(SENSITIVITY) is Sensitivity.PUBLIC:
        converted = _interned(field.type, value, converted, namespace)
    lines = [f"    {value} = m.{field.name}"]
    if field.default is attrs.NOTHING:
        if converted != value:
            lines.append(f"    {value} = {converted}")
        return lines
    # An absent key takes the model's default, exactly as the constructor would.
    default = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        namespace[f"default_{i}"] = default.factory  # type: ignore[union-attr]
        fill = f"default_{i}()"
    else:
        namespace[f"default_{i}"] = default
        fill = f"default_{i}"
    lines.append(f"    if {value} is UNSET:")
    lines.append(f"        {value} = {fill}")
    if converted != value:
        lines.append("    else:")
        lines.append(f"        {value} = {converted}")
    return lines


def _interned(type_: Any, value: str, converted: str, namespace: dict[str, Any]) -> str:  # noqa: ANN401
    """``converted``, with public strings (ids and codes) interned: one copy of each is kept.

    Ids recur all through a document (a person's id in every relationship and incident) and
    across documents (the ids of staff, agencies and instruments).
    """
    if converted != value:
        return converted
    namespace["intern"] = sys.intern
    if type_ is str:
        return f"intern({value})"
    if type_ == str | None:
        return f"None if {value} is None else intern({value})"
    return converted


def _checks(
    i: int, field: attrs.Attribute[Any], value: str, namespace: dict[str, Any]
) -> list[str]:
    """The lines running a field's validators, but those its mirror makes needless."""
    lines = []
    for k, validator in enumerate(_validators(field)):
        if isinstance(validator, TypeCheck) and _guaranteed(validator, field.type):
            continue
        name = f"val_{i}_{k}"
        namespace[name] = validator
        namespace[f"attr_{i}"] = field
        call = f"{name}(self, attr_{i}, {value})"
        if validator is non_empty_id:
            # The common case inline (a short id, or one that cannot be an identity number as
            # it does not start with a digit); the validator itself raises its own error.
            namespace["SHORTEST"] = ID_NUMBER_SHORTEST
            lines.append(
                f"    if not {value} or {value}.strip() != {value} or "
                f"(len({value}) >= SHORTEST and '0' <= {value}[0] <= '9'):"
            )
            lines.append(f"        {call}")
        else:
            lines.append(f"    {call}")
    return lines


def _validators(field: attrs.Attribute[Any]) -> tuple[Any, ...]:
    """The field's validators, in order (a name of its own, for benchmarks/checks.py)."""
    return validators_of(field)


def _guaranteed(check: TypeCheck, type_: Any) -> bool:  # noqa: ANN401 - any type annotation
    """Whether every value the mirror of ``type_`` is built into passes ``check``."""
    if isinstance(check, FieldType):
        # The check of the annotation the mirror was made from: msgspec yields exactly its
        # types (never a bool for an int, a datetime for a date, a string for a member).
        return bool(check.annotation == type_)
    if check.of_tuple:
        if not is_tuple_of(type_):
            return False
        type_ = typing.get_args(type_)[0]
    classes = _classes(type_)
    if classes is not None and check.optional:
        classes = classes - {type(None)}
    return classes is not None and all(issubclass(c, check.kind) for c in classes)


def _classes(type_: Any) -> set[type] | None:  # noqa: ANN401, PLR0911 - any type annotation
    """The classes of the values a mirrored ``type_`` is built into; ``None`` if unknown."""
    if attrs.has(type_):
        return {type_}
    members = tagged_classes(type_)
    if members:
        return set(members.values())
    if is_tuple_of(type_):
        return {tuple}
    args = typing.get_args(type_)
    if args and typing.get_origin(type_) in (typing.Union, _UnionType):
        parts = [_classes(a) for a in args]
        if any(p is None for p in parts):
            return None
        return set().union(*typing.cast("list[set[type]]", parts))
    if type_ is None or type_ is type(None):
        return {type(None)}
    if type_ in (str, int, bool, dt.date, dt.datetime, dt.time) or (
        isinstance(type_, type) and issubclass(type_, enum.Enum)
    ):
        # msgspec yields exactly these: never a bool for an int, nor a datetime for a date.
        return {type_}
    return None


def _expression(type_: Any, value: str, namespace: dict[str, Any]) -> str:  # noqa: ANN401, PLR0911
    """Python code turning the mirrored ``value`` into the model's value (``value`` if same)."""
    if attrs.has(type_):
        if type_ in _GENERATING:
            namespace["BUILD"] = _BUILD
            return f"BUILD[type({value})]({value}, memo)"
        name = f"build_{type_.__name__}_{id(type_)}"
        namespace[name] = _builder(type_)
        return f"{name}({value}, memo)"
    if tagged_classes(type_):
        namespace["BUILD"] = _BUILD
        return f"BUILD[type({value})]({value}, memo)"
    if is_tuple_of(type_):
        item = _expression(typing.get_args(type_)[0], "e", namespace)
        return value if item == "e" else f"tuple([{item} for e in {value}])"
    args = typing.get_args(type_)
    if type(None) in args:
        others = [a for a in args if a is not type(None)]
        if len(others) == 1:
            inner = _expression(others[0], value, namespace)
            return value if inner == value else f"None if {value} is None else {inner}"
    if any(_expression(a, value, namespace) != value for a in args):
        namespace["build_any"] = _build_any
        return f"build_any({value}, memo)"
    return value


def _build_any(value: Any, memo: dict[Any, Any]) -> Any:  # noqa: ANN401 - a mirror or a value
    """A mirror built into its model; any other value as it is."""
    return _BUILD[type(value)](value, memo) if type(value) in _MODEL_OF else value


def _constructor_builder(cls: type) -> _Builder:
    """A builder that calls the model's constructor (for models made in some other way)."""
    namespace: dict[str, Any] = {"cls": cls, "UNSET": msgspec.UNSET}
    lines = ["def build(m, memo):", "    kwargs = {}"]
    tag = union_tag(cls)
    for i, field in enumerate(attrs.fields(attrs.resolve_types(cls))):
        if tag is not None and field.name == TAG:
            continue  # the model's default is its tag
        value = _expression(field.type, f"v{i}", namespace)
        lines.append(f"    v{i} = m.{field.name}")
        if field.default is attrs.NOTHING:
            lines.append(f"    kwargs[{field.name!r}] = {value}")
        else:
            lines.append(f"    if v{i} is not UNSET:")
            lines.append(f"        kwargs[{field.name!r}] = {value}")
    lines.append("    return cls(**kwargs)")
    exec("\n".join(lines), namespace)  # noqa: S102 - code generated from the model's own fields
    build: _Builder = namespace["build"]
    return build


class VersionMismatch(Exception):
    """The document is of another schema version: the exact path migrates or refuses it."""


@functools.cache
def fast_decoder(cls: type, schema_version: int) -> Callable[[bytes | str], Any]:
    """A function decoding a JSON document of ``schema_version`` into ``cls`` on the fast path.

    It raises whatever msgspec or the model raise (or :class:`VersionMismatch`); the caller
    then falls back to the exact path.
    """
    decoder = msgspec.json.Decoder(document_type(cls))
    build = _build_any if tagged_classes(cls) else _builder(cls)

    def decode(data: bytes | str) -> Any:  # noqa: ANN401 - the model class varies
        mirror = decoder.decode(data)
        if getattr(mirror, "schema_version", None) != schema_version:
            raise VersionMismatch
        return build(mirror, {})

    return decode
