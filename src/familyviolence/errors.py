"""The library's exceptions: one root, one kind per layer of validation.

Messages name where a problem is (class and field, or JSON path) and what is wrong, never the
offending value when it may be personal data.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "FamilyViolenceError",
    "InvalidDocument",
    "InvalidModel",
    "Problem",
    "UnknownInstrument",
    "UnknownPerson",
    "UnknownRule",
]


class FamilyViolenceError(Exception):
    """Root of every exception the library raises on purpose."""


class InvalidModel(FamilyViolenceError, ValueError):
    """An object that cannot exist: an invariant of a model is broken.

    The message names the class and the field, and says what is wrong in words that contain no
    personal value. It subclasses :class:`ValueError` so that decoders which wrap validation
    errors (msgspec, cattrs) keep it as the cause and add their own path.

    Args:
        model: Name of the model class, e.g. ``"Relationship"``.
        field: Name of the field, e.g. ``"to_person"``; dotted for nested checks.
        reason: What is wrong, without the value.

    Attributes:
        model: Name of the model class.
        field: Name of the field.
        reason: What is wrong.
    """

    def __init__(self, model: str, field: str, reason: str) -> None:
        self.model = model
        self.field = field
        self.reason = reason
        super().__init__(f"{model}.{field}: {reason}")

    def __reduce__(self) -> tuple[type[InvalidModel], tuple[str, str, str]]:
        return (type(self), (self.model, self.field, self.reason))


@attrs.frozen
class Problem:
    """One problem found in a document.

    Attributes:
        path: JSON path of the problem, e.g. ``"$.persons[2].birth_date"``.
        expected: What the document should hold there, e.g. ``"an ISO 8601 date"``.
        found: The *kind* of value found (``"string"``, ``"missing"``), never the value itself.
    """

    path: str
    expected: str
    found: str

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, found {self.found}"


class InvalidDocument(FamilyViolenceError, ValueError):
    """Malformed input at the edges of the library: a document that is not of the right shape.

    Lists *every* problem found, each with its JSON path.

    Args:
        problems: The problems found; at least one.

    Attributes:
        problems: The problems found, in document order.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        if not self.problems:
            msg = "InvalidDocument needs at least one problem"
            raise ValueError(msg)
        count = len(self.problems)
        heading = f"{count} problem{'s' if count > 1 else ''} in document"
        super().__init__("\n".join([heading, *(f"  {p}" for p in self.problems)]))

    def __reduce__(self) -> tuple[type[InvalidDocument], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


class UnknownPerson(FamilyViolenceError, LookupError):
    """A query named a person id that the family system does not hold.

    Args:
        person_id: The id that was asked for. Ids are stable codes, not personal data.

    Attributes:
        person_id: The id that was asked for.
    """

    def __init__(self, person_id: str) -> None:
        self.person_id = person_id
        super().__init__(f"no person with id {person_id!r} in this family system")

    def __reduce__(self) -> tuple[type[UnknownPerson], tuple[str]]:
        return (type(self), (self.person_id,))


class UnknownInstrument(FamilyViolenceError, LookupError):
    """A catalogue was asked for an instrument id and version that it does not hold.

    Args:
        instrument: The instrument id asked for.
        version: The version asked for.

    Attributes:
        instrument: The instrument id asked for.
        version: The version asked for.
    """

    def __init__(self, instrument: str, version: str) -> None:
        self.instrument = instrument
        self.version = version
        super().__init__(f"no instrument {instrument!r} version {version!r} in this catalogue")

    def __reduce__(self) -> tuple[type[UnknownInstrument], tuple[str, str]]:
        return (type(self), (self.instrument, self.version))


class UnknownRule(FamilyViolenceError, LookupError):
    """A rule set was asked for a rule id that it does not hold.

    Args:
        rule_id: The rule id asked for.

    Attributes:
        rule_id: The rule id asked for.
    """

    def __init__(self, rule_id: str) -> None:
        self.rule_id = rule_id
        super().__init__(f"no rule with id {rule_id!r} in this rule set")

    def __reduce__(self) -> tuple[type[UnknownRule], tuple[str]]:
        return (type(self), (self.rule_id,))


# Show the public home of the exceptions in tracebacks and docs, not the module that defines them:
# the three everyday ones are the top-level package's.
for _error in (FamilyViolenceError, InvalidModel, InvalidDocument):
    _error.__module__ = "familyviolence"
