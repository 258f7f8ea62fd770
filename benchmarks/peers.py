"""The peers of the benchmark: the same document shapes as pydantic v2 models and msgspec Structs.

Both are made from the library's own models, field for field, so that all three decode the very
same JSON: same names, same nesting, unknown keys forbidden, no coercion, dates as ISO strings,
the events as a union told apart by their ``type``.

What each peer checks, beyond the shape:

- pydantic: non-empty ids (a string constraint), identity numbers checked with python-stdnum
  (the same calls the library makes), and the references of a family system and a case to
  persons that exist (a model validator).
- msgspec: the shape only (these Structs are the strict mirrors of the library's own fast path,
  which carry no string constraints). msgspec has no place for other checks while decoding: it
  is the lower bound.

The library does all of that and more: every invariant of every model (periods in order, no
one related to themselves, custody, parents older than children, ...) and it replays the
case's history through its jurisdiction's process.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import operator
import typing
from typing import Annotated, Any, Literal

import attrs
import msgspec
import pydantic

from familyviolence import Case, FamilySystem, IdentityNumber
from familyviolence._model import TypeCheck, validators_of
from familyviolence._validators import non_empty_id
from familyviolence.codec._exact import TAG, is_tuple_of, tagged_classes
from familyviolence.codec._fast import document_type, union_tag
from familyviolence.identity import _canonical

ID_PATTERN = r"^[^\s\x1c-\x1f](?s:.*[^\s\x1c-\x1f])?$"
"""An id: not empty, no white space around it (the library's ``non_empty_id``).

Python's ``str.strip`` takes the separators ``\\x1c`` to ``\\x1f`` for white space too; the
regular expressions of pydantic (in Rust) do not.
"""

STRICT = pydantic.ConfigDict(extra="forbid", strict=True, frozen=True)
"""The peers' models: unknown keys forbidden, no coercion, immutable like the library's."""

_ID = Annotated[str, pydantic.StringConstraints(pattern=ID_PATTERN)]


def msgspec_decoder(cls: type) -> msgspec.json.Decoder[Any]:
    """A decoder into msgspec Structs of the same shape as ``cls``'s documents."""
    return msgspec.json.Decoder(document_type(cls))


def _pydantic_type(type_: Any) -> Any:  # noqa: ANN401 - a type annotation
    if attrs.has(type_):
        return pydantic_model(type_)
    members = tagged_classes(type_)
    if members:
        # As in the library's own decoder: a member never holds itself (a correction never
        # replaces a correction), which keeps the models finite.
        chosen = (pydantic_model(m) for m in members.values() if m not in _IN_PROGRESS)
        union = functools.reduce(operator.or_, chosen)
        return Annotated[union, pydantic.Field(discriminator=TAG)]
    if is_tuple_of(type_):
        return tuple[_pydantic_type(typing.get_args(type_)[0]), ...]  # type: ignore[misc]
    args = typing.get_args(type_)
    if args:
        return functools.reduce(operator.or_, (_pydantic_type(a) for a in args))
    if type_ in (str, int, bool, dt.date, dt.datetime, type(None)) or issubclass(type_, enum.Enum):
        return type_
    raise TypeError(type_)


_IN_PROGRESS: set[type] = set()


@functools.cache
def _is_id(field: attrs.Attribute[Any]) -> bool:
    """Whether the field is an id: a string whose one check beyond its type is ``non_empty_id``."""
    return [v for v in validators_of(field) if not isinstance(v, TypeCheck)] == [non_empty_id]


def pydantic_model(cls: type, *, document: bool = False) -> type[pydantic.BaseModel]:
    """A pydantic model with the fields of the library's model ``cls``."""
    _IN_PROGRESS.add(cls)
    try:
        return _make_model(cls, document=document)
    finally:
        _IN_PROGRESS.discard(cls)


def _make_model(cls: type, *, document: bool) -> type[pydantic.BaseModel]:
    fields: dict[str, Any] = {}
    if document:
        fields["schema_version"] = (int, ...)
    tag = union_tag(cls)
    for field in attrs.fields(attrs.resolve_types(cls)):
        if field.name == TAG and tag is not None:
            fields[TAG] = (Literal[tag], tag)  # type: ignore[valid-type]
            continue
        annotation = _ID if _is_id(field) else _pydantic_type(field.type)
        default = ... if field.default is attrs.NOTHING else _default(field.default)
        fields[field.name] = (annotation, default)
    validators = _VALIDATORS.get(cls, {})
    name = f"{cls.__name__}Document" if document else cls.__name__
    return pydantic.create_model(name, __config__=STRICT, __validators__=validators, **fields)


def _default(default: Any) -> Any:  # noqa: ANN401 - any default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return pydantic.Field(default_factory=default.factory)
    return default


def _identity_number(model: Any) -> Any:  # noqa: ANN401 - a pydantic model
    _canonical(model.number, model.country)
    return model


def _family_references(model: Any) -> Any:  # noqa: ANN401 - a pydantic model
    ids = {p.id for p in model.persons}
    for r in model.relationships:
        if r.from_person not in ids or r.to_person not in ids:
            msg = "relationship to an unknown person"
            raise ValueError(msg)
    for h in model.households:
        if not ids.issuperset(h.members):
            msg = "household member unknown"
            raise ValueError(msg)
    return model


def _case_references(model: Any) -> Any:  # noqa: ANN401 - a pydantic model
    ids = {p.id for p in model.family.persons}
    if not ids.issuperset(model.subjects):
        msg = "subject unknown"
        raise ValueError(msg)
    return model


_VALIDATORS: dict[type, dict[str, Any]] = {
    IdentityNumber: {"stdnum": pydantic.model_validator(mode="after")(_identity_number)},
    FamilySystem: {"references": pydantic.model_validator(mode="after")(_family_references)},
    Case: {"references": pydantic.model_validator(mode="after")(_case_references)},
}
