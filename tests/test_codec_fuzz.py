"""Documents mutated the ways real ones go wrong (types swapped, keys dropped and added, odd
strings, huge numbers, deep nests, dates that do not exist): the codec refuses each with
InvalidDocument only, its fast and exact paths agree, and no personal value reaches a report."""

import datetime as dt
import enum
import json

import attrs
import msgspec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familyviolence import (
    Assessment,
    Case,
    FamilySystem,
    InvalidDocument,
    from_dict,
    from_json,
    to_dict,
)
from familyviolence.codec import SCHEMA_VERSION
from familyviolence.codec._fast import fast_decoder
from familyviolence.privacy import sensitivity_of
from familyviolence.vocabulary import Sensitivity

DELETE = object()

_ODD_STRINGS = [
    "",
    " ",
    " padded ",
    "\u0000",
    "\u202eelgnah",  # right-to-left override
    "é" * 300,
    "NaN",
    "null",
    "true",
    "1e309",
    "0" * 12,
    "19900514-1008",  # an identity number where an id goes
    "Karin Lindqvist",
]
_BAD_DATES = [
    "2026-02-30",
    "2026-2-3",
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "2026-03-02T25:00:00",
    "2026-03-02T09:00:00+25:00",
    "2026-02-29T09:00:00Z",
]
_HUGE_NUMBERS = [10**30, -(10**30), 2**64, -(2**63) - 1, 1e308, -0.0, 0.5]


def _swapped(value: object) -> object:
    """A value of another JSON kind than ``value``."""
    if isinstance(value, str):
        return 12345
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int | float):
        return str(value)
    if value is None:
        return {}
    if isinstance(value, list):
        return {"0": value[:1]}
    return ["Karin Lindqvist"]


MUTATIONS = st.one_of(
    st.just(_swapped),
    st.just(lambda _: DELETE),
    st.just(lambda _: None),
    st.sampled_from(_ODD_STRINGS).map(lambda s: lambda _: s),
    st.sampled_from(_BAD_DATES).map(lambda s: lambda _: s),
    st.sampled_from(_HUGE_NUMBERS).map(lambda n: lambda _: n),
    st.integers(2, 200).map(lambda depth: lambda _: _nest(depth)),
    st.sampled_from([1_000, 100_000]).map(lambda depth: lambda _: f"{NEST}{depth}"),
    st.just(lambda value: [value, value]),
)


NEST = "\u0001nest:"
"""Stands for a nest too deep for ``json.dumps``, written into the text afterwards."""


def _dumped(document: object) -> bytes:
    text = json.dumps(document)
    for depth in (1_000, 100_000):
        text = text.replace(json.dumps(f"{NEST}{depth}"), "[" * depth + "]" * depth)
    return text.encode()


def _nest(depth: int) -> object:
    nested: object = "Karin Lindqvist"
    for _ in range(depth):
        nested = [nested]
    return nested


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*path, i))


def _mutate(document, path, mutate):
    holder = document
    for key in path[:-1]:
        holder = holder[key]
    new = mutate(holder[path[-1]])
    if new is DELETE and isinstance(holder, dict):
        del holder[path[-1]]
    else:
        holder[path[-1]] = None if new is DELETE else new


def _added_key(document, path, name):
    holder = document
    for key in path:
        holder = holder[key]
    if isinstance(holder, dict):
        holder[name] = "Karin Lindqvist"


def personal_values(obj: object) -> set[str]:
    """Every value of a field that is not public, as it could appear in text."""
    found: set[str] = set()
    if isinstance(obj, tuple):
        for item in obj:
            found |= personal_values(item)
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if sensitivity_of(field) is not Sensitivity.PUBLIC:
                found |= _shown(value)

            found |= personal_values(value)
    return {v for v in found if len(v) >= 4}


def _shown(value: object) -> set[str]:
    # A vocabulary's values are listed in reports (what a field allows), whoever they describe.
    if isinstance(value, enum.Enum):
        return set()
    if isinstance(value, str):
        return {value}
    if isinstance(value, dt.date):
        return {value.isoformat()}
    if attrs.has(type(value)):
        return {s for f in attrs.fields(type(value)) for s in _shown(getattr(value, f.name))}
    if isinstance(value, tuple):
        return {s for item in value for s in _shown(item)}
    return set()


def _fast(cls, text: bytes):
    try:
        return fast_decoder(cls, SCHEMA_VERSION)(text)
    except Exception as error:  # noqa: BLE001 - any refusal hands the document on
        return error


def _exact(cls, text: bytes):
    try:
        document = msgspec.json.decode(text)
    except (msgspec.DecodeError, RecursionError) as error:
        return error
    try:
        return from_dict(cls, document)
    except InvalidDocument as error:
        return error


def _decoded(cls, text: bytes):
    try:
        return from_json(cls, text)
    except InvalidDocument as error:
        return error


ROOTS = st.sampled_from([Case, FamilySystem, Assessment])


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_documents_are_refused_only_as_invalid_documents_the_same_on_both_paths(data):
    cls = data.draw(ROOTS, label="type")
    original = data.draw(st.from_type(cls), label="original")
    document = to_dict(original)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        paths = [p for p in _paths(document) if p]
        path = data.draw(st.sampled_from(paths), label="path")
        if data.draw(st.booleans(), label="add a key instead"):
            _added_key(document, path[:-1], data.draw(st.sampled_from(["extra", "Karin L."])))
        else:
            _mutate(document, path, data.draw(MUTATIONS, label="mutation"))
    text = _dumped(document)
    if data.draw(st.integers(0, 9), label="cut short") == 0:
        text = text[: data.draw(st.integers(0, len(text) - 1), label="cut")]

    outcome = _decoded(cls, text)  # raises anything but InvalidDocument through
    fast, exact = _fast(cls, text), _exact(cls, text)
    if isinstance(outcome, InvalidDocument):
        assert isinstance(fast, Exception), "the fast path took a document the codec refused"
        assert isinstance(exact, Exception)
        assert outcome.problems
        assert all(p.path.startswith("$") for p in outcome.problems)
        message = str(outcome)
        for value in personal_values(original) | {"Karin Lindqvist"}:
            assert value not in message
    else:
        assert isinstance(outcome, cls)
        assert fast == exact == outcome


@settings(max_examples=30)
@given(st.from_type(FamilySystem), st.sampled_from(_BAD_DATES))
def test_a_bad_date_anywhere_in_a_family_is_refused_alike_on_both_paths(family, bad):
    document = to_dict(family)
    for person in document["persons"]:
        person["birth_date"] = bad
        person["identity_number"] = None
    text = json.dumps(document).encode()
    fast, exact = _fast(FamilySystem, text), _exact(FamilySystem, text)
    if isinstance(exact, FamilySystem):
        assert fast == exact
    else:
        assert isinstance(fast, Exception)
        assert isinstance(_decoded(FamilySystem, text), InvalidDocument)
