"""Peers that check what the library checks: its models as pydantic v2 models and msgspec Structs.

The peers of ``peers.py`` check a document's shape and little more. These carry every
constraint of the library's models, each framework running them where it runs checks of its
own: types and tags (and, in pydantic, ids) as the framework's own constraints, in Rust or in
C; everything else in Python, in a pydantic model validator (``mode="after"``) or a msgspec
``__post_init__``. msgspec would check an id's pattern by calling Python's ``re`` for each, the
slowest way: its peer checks ids in Python with the rest.

The Python checks are the library's own, not a second implementation of them: each model's
validators and ``__attrs_post_init__``, run on the peer's objects. So both sides do the same
checking (but that the library builds equal small values of a document once, and so checks
them once), and the figures tell what each framework costs around it. To that end a peer's class
gets the methods and properties of the library's class that the checks call (a person's
``majority_date()``, a family system's index of persons), and the replay of a history looks up
the peers' event classes as it does the library's. A post-init stores what it normalises with
``object.__setattr__``, the way of frozen attrs classes; a msgspec Struct refuses that, so on a
Struct the same code runs with that one name standing for plain ``setattr``.

Limits: the checks that tell records apart by their class do not recognise the peers' classes:
the peers refuse a clinic pathway's steps and corrections in a history, and check protective
measures less. The benchmark's documents have no such records.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

import attrs
import msgspec
import pydantic
from peers import ID_PATTERN, STRICT

import familyviolence.cases._replay as history
from familyviolence._model import TypeCheck, validators_of
from familyviolence._validators import ID_NUMBER_SHORTEST, non_empty_id
from familyviolence.codec._exact import TAG, is_tuple_of, tagged_classes
from familyviolence.codec._fast import union_tag

__all__ = ["msgspec_decoder", "pydantic_model"]

_Check = Callable[[Any], Any]
T = TypeVar("T")


def _left_to_the_framework(
    cls: type, field: attrs.Attribute[Any], validator: object, *, ids: bool
) -> bool:
    """Whether the peer's own constraints make the check: types and tags.

    An id's pattern is the peer's own constraint too where ``ids`` says so, but not whether it
    is an identity number: that is checked in Python, as the library does.
    """
    del ids  # every id is checked in Python at least in part
    return isinstance(validator, TypeCheck) or (field.name == TAG and union_tag(cls) is not None)


def _is_id(field: attrs.Attribute[Any]) -> bool:
    """Whether the field is an id: a string whose one check beyond its type is ``non_empty_id``."""
    return [v for v in validators_of(field) if not isinstance(v, TypeCheck)] == [non_empty_id]


def python_checks(cls: type, *, plain_setattr: bool, ids: bool) -> _Check | None:
    """The library's checks of ``cls`` that run in Python, as one function; ``None`` if none.

    ``ids`` says the peer checks ids with a constraint of its own. The function is generated
    for the model, as the library's own builders are (see ``_fastpath._checks``): each field
    read once and straight, an id's common case tested inline, and the instance returned, as
    a pydantic model validator must.
    """
    checks = [
        (field, validator)
        for field in attrs.fields(cls)
        for validator in validators_of(field)
        if not _left_to_the_framework(cls, field, validator, ids=ids)
    ]
    post_init = getattr(cls, "__attrs_post_init__", None)
    if post_init is not None and plain_setattr:
        post_init = _with_plain_setattr(post_init)
    if not checks and post_init is None:
        return None
    namespace: dict[str, Any] = {"post_init": post_init, "SHORTEST": ID_NUMBER_SHORTEST}
    lines = ["def check(self):"]
    for k, (field, validator) in enumerate(checks):
        namespace[f"field_{k}"] = field
        namespace[f"check_{k}"] = validator
        call = f"check_{k}(self, field_{k}, value)"
        lines.append(f"    value = self.{field.name}")
        if validator is non_empty_id:
            # As the library's builders: the common case inline, the check itself if needed.
            number = "(len(value) >= SHORTEST and '0' <= value[0] <= '9')"
            empty = "" if ids and _is_id(field) else "not value or value.strip() != value or "
            lines.append(f"    if {empty}{number}:")
            lines.append(f"        {call}")
        else:
            lines.append(f"    {call}")
    if post_init is not None:
        lines.append("    post_init(self)")
    lines.append("    return self")
    exec("\n".join(lines), namespace)  # noqa: S102 - code generated from the model's own fields
    check: _Check = namespace["check"]
    return check


class _PlainSetattr:
    """Stands for ``object`` in a post-init run on a Struct: its ``__setattr__`` is ``setattr``."""

    __setattr__ = staticmethod(setattr)  # type: ignore[assignment]


def _with_plain_setattr(function: Callable[..., Any]) -> Callable[..., Any]:
    namespace = {**function.__globals__, "object": _PlainSetattr}
    return types.FunctionType(
        function.__code__,
        namespace,
        function.__name__,
        function.__defaults__,
        function.__closure__,  # type: ignore[arg-type]
    )


def behaviour(cls: type, *, taken: set[str]) -> dict[str, Any]:
    """The library class's methods and properties, for a peer class (but names in ``taken``)."""
    fields = {f.name for f in attrs.fields(cls)}
    found: dict[str, Any] = {}
    for klass in reversed(cls.__mro__[:-1]):
        for name, value in vars(klass).items():
            if name.startswith("__") or name in fields or name in taken:
                continue
            if isinstance(value, types.FunctionType | property | staticmethod | classmethod):
                found[name] = value
    # attrs turns the cached properties of a slotted class into slots that its __getattr__
    # fills: the functions are among that method's defaults.
    getter = cls.__dict__.get("__getattr__")
    for default in getattr(getter, "__defaults__", None) or ():
        if isinstance(default, dict):
            for name, function in default.items():
                cached = functools.cached_property(function)
                cached.__set_name__(None, name)
                found[name] = cached
    return found


def _register_event(peer: type, cls: type) -> None:
    """Let the replay of a history take ``peer``'s events as it takes ``cls``'s."""
    known = history._BY_CLASS.get(cls)  # noqa: SLF001 - the replay's table of event classes
    if known is not None:
        history._BY_CLASS[peer] = known  # type: ignore[index]  # noqa: SLF001


_IN_PROGRESS: set[type] = set()
"""Library models whose peer is being made: a union inside one of them leaves them out."""


def _peer_maker(make: Callable[..., T]) -> Callable[..., T]:
    """``make(cls, document=...)``, made once per model, with ``cls`` in ``_IN_PROGRESS``."""

    @functools.cache
    def made(cls: type, *, document: bool = False) -> T:
        _IN_PROGRESS.add(cls)
        try:
            return make(cls, document=document)
        finally:
            _IN_PROGRESS.discard(cls)

    functools.update_wrapper(made, make)
    return made


def _mapped(type_: Any, model: Callable[[type], Any], union: Callable[[list[Any]], Any]) -> Any:  # noqa: ANN401
    """The peer's annotation for a field of the library's type ``type_``."""
    if attrs.has(type_):
        return model(type_)
    members = tagged_classes(type_)
    if members:
        # As in the library's decoder: a member never holds itself (a correction never
        # replaces a correction), which keeps the types finite.
        return union([model(m) for m in members.values() if m not in _IN_PROGRESS])
    if is_tuple_of(type_):
        return tuple[_mapped(typing.get_args(type_)[0], model, union), ...]  # type: ignore[misc]
    args = typing.get_args(type_)
    if args:
        return functools.reduce(operator.or_, (_mapped(a, model, union) for a in args))
    if type_ in (str, int, bool, dt.date, dt.datetime, type(None)) or issubclass(type_, enum.Enum):
        return type_
    raise TypeError(type_)


# -- pydantic ------------------------------------------------------------------------------


def _pydantic_union(members: list[Any]) -> Any:  # noqa: ANN401 - an annotation
    return Annotated[functools.reduce(operator.or_, members), pydantic.Field(discriminator=TAG)]


@_peer_maker
def pydantic_model(cls: type, *, document: bool = False) -> type[pydantic.BaseModel]:
    """A pydantic model with the fields and the checks of the library's model ``cls``."""
    fields: dict[str, Any] = {"schema_version": (int, ...)} if document else {}
    tag = union_tag(cls)
    for field in attrs.fields(attrs.resolve_types(cls)):
        if field.name == TAG and tag is not None:
            fields[TAG] = (Literal[tag], tag)  # type: ignore[valid-type]
            continue
        if _is_id(field):
            annotation: Any = Annotated[str, pydantic.StringConstraints(pattern=ID_PATTERN)]
        else:
            annotation = _mapped(field.type, pydantic_model, _pydantic_union)
        fields[field.name] = (annotation, _pydantic_default(field.default))
    # The methods come from a plain base: pydantic would take names such as ``_index`` in
    # the model's own namespace for private attributes.
    methods = type(
        f"{cls.__name__}Behaviour", (), behaviour(cls, taken=set(dir(pydantic.BaseModel)))
    )
    base = type(f"{cls.__name__}Base", (methods, pydantic.BaseModel), {"model_config": STRICT})
    check = python_checks(cls, plain_setattr=False, ids=True)
    validators = {}
    if check is not None:
        validators["library_checks"] = pydantic.model_validator(mode="after")(check)
    name = f"{cls.__name__}Document" if document else cls.__name__
    peer = pydantic.create_model(name, __base__=base, __validators__=validators, **fields)
    _register_event(peer, cls)
    return peer


def _pydantic_default(default: Any) -> Any:  # noqa: ANN401 - any default
    if default is attrs.NOTHING:
        return ...
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return pydantic.Field(default_factory=default.factory)
    return default


# -- msgspec -------------------------------------------------------------------------------


def _msgspec_union(members: list[Any]) -> Any:  # noqa: ANN401 - an annotation
    return functools.reduce(operator.or_, members)


@_peer_maker
def struct(cls: type, *, document: bool = False) -> type[msgspec.Struct]:
    """A msgspec Struct with the fields and the checks of the library's model ``cls``."""
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    if document:
        fields.append(("schema_version", int))
    tag = union_tag(cls)
    for field in attrs.fields(attrs.resolve_types(cls)):
        if field.name == TAG and tag is not None:
            continue  # msgspec reads and checks the tag itself
        annotation = _mapped(field.type, struct, _msgspec_union)
        if field.default is attrs.NOTHING:
            fields.append((field.name, annotation))
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            factory = field.default.factory  # type: ignore[attr-defined]
            fields.append((field.name, annotation, msgspec.field(default_factory=factory)))
        else:
            fields.append((field.name, annotation, field.default))
    namespace = behaviour(cls, taken=set(dir(msgspec.Struct)))
    # Ids are checked in Python with the rest: as a pattern, msgspec would call Python's re
    # for every id, which takes a third of the whole decode.
    check = python_checks(cls, plain_setattr=True, ids=False)
    if check is not None:
        namespace["__post_init__"] = check
    if tag is not None:
        namespace[TAG] = tag  # msgspec keeps the tag to itself; the library's checks read it
    tagging = {} if tag is None else {"tag_field": TAG, "tag": tag}
    name = f"{cls.__name__}Document" if document and tag is not None else cls.__name__
    peer = msgspec.defstruct(
        name,
        fields,
        forbid_unknown_fields=True,
        kw_only=True,
        # A dict for what the checks keep on an instance (a family system's index): the
        # library's models have one too.
        dict=True,
        namespace=namespace,
        module=__name__,
        **tagging,  # type: ignore[arg-type]
    )
    _register_event(peer, cls)
    return peer


def msgspec_decoder(cls: type) -> msgspec.json.Decoder[Any]:
    """A decoder of ``cls``'s documents into Structs that check what the library checks."""
    members = tagged_classes(cls)
    if members:
        return msgspec.json.Decoder(
            _msgspec_union([struct(m, document=True) for m in members.values()])
        )
    return msgspec.json.Decoder(struct(cls, document=True))
