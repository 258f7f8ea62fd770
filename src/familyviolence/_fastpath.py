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
import typing
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import msgspec

from familyviolence._converter import TAG, is_tuple_of, tagged_classes

__all__ = ["VersionMismatch", "document_type", "fast_decoder", "mirror"]

_Builder = Callable[[Any], Any]


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
    if type_ in (str, int, bool, dt.date, dt.datetime, type(None)) or (
        isinstance(type_, type) and issubclass(type_, enum.Enum)
    ):
        return type_
    msg = f"no fast-path mirror for {type_!r}"
    raise TypeError(msg)


_UnionType = type(int | None)


def _union(types: Iterable[Any]) -> Any:  # noqa: ANN401 - a type annotation
    return functools.reduce(operator.or_, types)


@functools.cache
def _builder(cls: type) -> _Builder:
    """A function that builds ``cls`` from its mirror, generated once per model."""
    namespace: dict[str, Any] = {"cls": cls, "UNSET": msgspec.UNSET}
    lines = ["def build(m):", "    kwargs = {}"]
    tag = union_tag(cls)
    for i, field in enumerate(attrs.fields(attrs.resolve_types(cls))):
        if tag is not None and field.name == TAG:
            continue  # the model's default is its tag
        convert = _value_builder(field.type)
        value = f"m.{field.name}"
        if convert is not None:
            namespace[f"convert_{i}"] = convert
            value = f"convert_{i}({value})"
        if field.default is attrs.NOTHING:
            lines.append(f"    kwargs[{field.name!r}] = {value}")
        else:
            lines.append(f"    if m.{field.name} is not UNSET:")
            lines.append(f"        kwargs[{field.name!r}] = {value}")
    lines.append("    return cls(**kwargs)")
    exec("\n".join(lines), namespace)  # noqa: S102 - code generated from the model's own fields
    build: _Builder = namespace["build"]
    return build


def _value_builder(type_: Any) -> _Builder | None:  # noqa: ANN401 - any type annotation
    """How to turn a mirrored value into the model's value; ``None`` when it is the same."""
    if attrs.has(type_):
        return _builder(type_)
    if tagged_classes(type_):
        return _build_member
    if is_tuple_of(type_):
        item = _value_builder(typing.get_args(type_)[0])
        return None if item is None else (lambda values: tuple(map(item, values)))
    args = typing.get_args(type_)
    if type(None) in args:
        others = [a for a in args if a is not type(None)]
        inner = _value_builder(others[0]) if len(others) == 1 else None
        return None if inner is None else (lambda v: None if v is None else inner(v))
    return None


def _build_member(struct: Any) -> Any:  # noqa: ANN401 - any mirror, any model
    """Build whichever member of a tagged union a mirror stands for (looked up when used)."""
    return _builder(_MODEL_OF[type(struct)])(struct)


class VersionMismatch(Exception):
    """The document is of another schema version: the exact path migrates or refuses it."""


@functools.cache
def fast_decoder(cls: type, schema_version: int) -> Callable[[bytes | str], Any]:
    """A function decoding a JSON document of ``schema_version`` into ``cls`` on the fast path.

    It raises whatever msgspec or the model raise (or :class:`VersionMismatch`); the caller
    then falls back to the exact path.
    """
    decoder = msgspec.json.Decoder(document_type(cls))
    build = _build_member if tagged_classes(cls) else _builder(cls)

    def decode(data: bytes | str) -> Any:  # noqa: ANN401 - the model class varies
        mirror = decoder.decode(data)
        if getattr(mirror, "schema_version", None) != schema_version:
            raise VersionMismatch
        return build(mirror)

    return decode
