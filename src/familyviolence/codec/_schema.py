"""JSON Schema (Draft 2020-12) of the library's documents, made from the models themselves.

The shape comes from msgspec's schema of the strict mirrors the fast decoder uses, so the schema
and the decoder cannot disagree about it; descriptions come from the models' docstrings, and
the constraints JSON Schema can express (non-empty ids, language codes) from their validators.
Invariants that span objects (a relationship to a person of the family) are beyond JSON Schema
and are checked by the models.
"""

from __future__ import annotations

import functools
import re
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import msgspec

from familyviolence._model import validators_of
from familyviolence._validators import non_empty_id
from familyviolence.codec._documents import SCHEMA_VERSION
from familyviolence.codec._exact import tagged_classes
from familyviolence.codec._fast import document_type

__all__ = ["json_schema"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"

# Validators whose rule JSON Schema can state: the rule added to the field's schema.
_VALIDATOR_RULES: dict[object, dict[str, Any]] = {
    non_empty_id: {"minLength": 1, "pattern": r"^\S(.*\S)?$"},
}


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema of a document whose top-level object is a ``cls``.

    >>> from familyviolence.family import FamilySystem
    >>> schema = json_schema(FamilySystem)
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$defs"]["Person"]["properties"]["needs_interpreter"]["description"]
    'Whether the person needs an interpreter.'
    >>> schema["$defs"]["FamilySystem"]["properties"]["schema_version"]["const"]
    3
    """
    schema: dict[str, Any] = msgspec.json.schema(document_type(cls))
    models = {model.__name__: model for model in _models_reachable(cls)}
    for definition in schema.get("$defs", {}).values():
        model = models.get(str(definition.get("title", "")).removesuffix("Document"))
        if model is not None:
            _describe(model, definition)
        version = definition.get("properties", {}).get("schema_version")
        if version is not None:  # the top of a document
            version.clear()
            version.update({"const": SCHEMA_VERSION, "description": "Version of the layout."})
    return {"$schema": DIALECT, "title": cls.__name__, **schema}


def _models_reachable(cls: type) -> Iterator[type]:
    seen: set[type] = set()
    pending = list(_models_in(cls))
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        yield model
        for field in attrs.fields(attrs.resolve_types(model)):
            pending.extend(_models_in(field.type))


def _models_in(type_: Any) -> Iterator[type]:  # noqa: ANN401 - any type annotation
    if attrs.has(type_):
        yield type_
    yield from (tagged_classes(type_) or {}).values()
    for arg in typing.get_args(type_):
        yield from _models_in(arg)


def _describe(model: type, definition: dict[str, Any]) -> None:
    summary, fields = _docs(model)
    if summary:
        definition["description"] = summary
    properties = definition.get("properties", {})
    for field in attrs.fields(model):
        prop = properties.get(field.name)
        if prop is None:
            continue
        if field.name in fields:
            prop["description"] = fields[field.name]
        if prop.get("type") != "string":
            continue
        for validator in validators_of(field):
            prop.update(_VALIDATOR_RULES.get(validator, {}))


@functools.cache
def _docs(model: type) -> tuple[str, dict[str, str]]:
    """The model's one-line summary and its fields' descriptions (Google-style docstring)."""
    import docstring_parser  # noqa: PLC0415 - only needed to write schemas

    parsed = docstring_parser.parse(model.__doc__ or "", docstring_parser.DocstringStyle.GOOGLE)
    fields = {
        p.arg_name: _plain(p.description or "")
        for p in parsed.params
        if p.args and p.args[0] == "attribute"
    }
    return _plain(parsed.short_description or ""), fields


def _plain(text: str) -> str:
    """Docstring markup turned into plain text on one line."""
    text = re.sub(r":\w+:`~?([^`]+)`", lambda m: m.group(1).rsplit(".", 1)[-1], text)
    return " ".join(text.replace("``", "").split())
