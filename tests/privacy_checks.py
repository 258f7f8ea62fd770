"""What must not leak from a case, and the models a case can hold: helpers of the privacy tests."""

import enum

import attrs

from familyviolence.privacy import sensitivity_of
from familyviolence.vocabulary import Sensitivity


def hidden_values(obj, hidden=False):
    """Every text value of the object tree held in a field that is not public."""
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            inner_hidden = hidden or sensitivity_of(field) is not Sensitivity.PUBLIC
            yield from hidden_values(getattr(obj, field.name), inner_hidden)
    elif isinstance(obj, tuple):
        for item in obj:
            yield from hidden_values(item, hidden)
    elif hidden and isinstance(obj, str) and not isinstance(obj, enum.Enum) and len(obj) >= 6:
        # Short texts and vocabulary values also occur in public fields, by chance or design.
        yield obj


def identifying_values(case):
    """Names, identity numbers (in both Swedish spellings), addresses and free text."""
    for person in case.family.persons:
        if person.name:
            yield person.name
        if person.identity_number:
            yield person.identity_number.number
            yield person.identity_number.number[-10:]
    for household in case.family.households:
        if household.address:
            yield household.address
    for incident in case.incidents:
        if incident.description:
            yield incident.description


def reachable(cls, seen=None):
    """The models whose objects can sit inside an object of ``cls``."""
    seen = set() if seen is None else seen
    if cls in seen:
        return seen
    seen.add(cls)
    for field in attrs.fields(attrs.resolve_types(cls)):
        for inner in _types(field.type):
            if attrs.has(inner):
                reachable(inner, seen)
            for sub in _subclasses(inner):
                reachable(sub, seen)
    return seen


def _types(kind):
    args = getattr(kind, "__args__", None)
    if args:
        for arg in args:
            yield from _types(arg)
    elif isinstance(kind, type):
        yield kind


def _subclasses(kind):
    for sub in kind.__subclasses__():
        if attrs.has(sub):
            yield sub
        yield from _subclasses(sub)
