"""The register's case folder for one child (Sak), as the export builds it from a case.

Plain frozen records in the order and shape of the schema, each element with its id and the
JSON path of what it was read from in the case, so that a control's finding points into the
case. Ids are UUIDs derived from the case id and the ids or history positions of what they
describe, under one namespace: a later export of the same case gives the same ids.
"""

from __future__ import annotations

import datetime as dt
import uuid

import attrs

from familyviolence._model import Model, model, public
from familyviolence.people import Person
from familyviolence.registers.barnevern._codes import LegalBasis

NAMESPACE = uuid.UUID("6b0d3c1e-4f0a-5d2e-9a57-3c1f2b6e8d40")
"""The namespace of every id the export derives (uuid5)."""


def derived_id(case_id: str, kind: str, *keys: str) -> str:
    """The id of an element of kind ``kind`` (``"Melding"``) of case ``case_id``."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join((case_id, kind, *keys))))


@attrs.frozen(kw_only=True)
class Coded:
    """A code, with its fixed specification where it has one."""

    code: str
    specification: str | None = None


@attrs.frozen(kw_only=True)
class Conclusion:
    """How and when an element ended."""

    on: dt.date
    code: str
    specification: str | None = None


@attrs.frozen(kw_only=True)
class Personalia:
    """The child's identity, as the register receives it by law."""

    id: str
    path: str
    start: dt.date
    person: Person = attrs.field(repr=False)
    number: str = attrs.field(repr=False)
    sex: str


@attrs.frozen(kw_only=True)
class Report:
    """A report of concern (Melding)."""

    id: str
    path: str
    start: dt.date
    reporters: tuple[Coded, ...]
    contents: tuple[Coded, ...]
    conclusion: Conclusion | None


@attrs.frozen(kw_only=True)
class Investigation:
    """An investigation (Undersokelse)."""

    id: str
    path: str
    start: dt.date
    extended_on: dt.date | None
    participation: tuple[dt.date, str] | None
    conclusion: Conclusion | None
    has_grounds: bool = False


@attrs.frozen(kw_only=True)
class Measure:
    """A measure put into effect (Tiltak)."""

    id: str
    path: str
    start: dt.date
    basis: LegalBasis
    category: Coded
    end: dt.date | None


@attrs.frozen(kw_only=True)
class Status:
    """A status of a decision, and when it was set."""

    id: str
    on: dt.date
    code: str


@attrs.frozen(kw_only=True)
class Decision:
    """A decision (Vedtak)."""

    id: str
    path: str
    start: dt.date
    basis: LegalBasis
    statuses: tuple[Status, ...]
    end: dt.date | None


@attrs.frozen(kw_only=True)
class Relation:
    """A link between two elements (Relasjon)."""

    id: str
    from_id: str
    from_type: str
    to_id: str
    to_type: str


@model
class Omission(Model):
    """Something the case holds that the export could not write, and why.

    Attributes:
        path: JSON path into the case of what was left out (``"$.history[4]"``).
        element: The register's element or attribute concerned (``"Melding/Konklusjon"``).
        reason: Why, in words that hold no value from the case.
    """

    path: str = public()
    element: str = public()
    reason: str = public()

    def __str__(self) -> str:
        return f"{self.path}: {self.element} not written: {self.reason}"


@attrs.frozen(kw_only=True)
class RegisterCase:
    """One child's case folder (Sak), complete as of the export."""

    id: str
    case_id: str
    child: str
    path: str
    journal_number: str
    start: dt.date
    end: dt.date | None
    birth_date: dt.date | None = attrs.field(repr=False)
    personalia: Personalia | None
    reports: tuple[Report, ...]
    investigations: tuple[Investigation, ...]
    measures: tuple[Measure, ...]
    decisions: tuple[Decision, ...]
    relations: tuple[Relation, ...]
    omissions: tuple[Omission, ...]

    def related(self, from_type: str, to_type: str) -> frozenset[tuple[str, str]]:
        """The (from id, to id) pairs of the relations between two kinds of element."""
        return frozenset(
            (r.from_id, r.to_id)
            for r in self.relations
            if r.from_type == from_type and r.to_type == to_type
        )
