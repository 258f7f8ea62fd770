"""What a pipeline run reports: documents done, documents quarantined, rows written.

A document that cannot be read, decoded or turned into rows is *quarantined*: the run goes on
without it and reports where it came from and what was wrong, never what it holds (a
document's problems name JSON paths and the kind of value found, as
:class:`~familyviolence.errors.InvalidDocument` does). Name the files by codes, not by people: the
report names them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from familyviolence.errors import Problem

__all__ = ["PartDone", "PipelineSummary", "Progress", "Quarantined"]


def _as_tuple(value: Any) -> tuple[Any, ...]:  # noqa: ANN401 - any iterable
    return tuple(value)


@attrs.frozen(kw_only=True)
class Quarantined:
    """A document the pipeline left out, and why.

    Attributes:
        source: The file's path, or ``document N`` for the N-th document (from 0) of the
            input that was not a file.
        problems: What was wrong, each with its JSON path (``$`` for the whole document: a file
            that cannot be read, or a document that is not a case the library can process).
    """

    source: str
    problems: tuple[Problem, ...] = attrs.field(converter=_as_tuple)


@attrs.frozen(kw_only=True)
class PartDone:
    """What one part of the input came to, as its worker reports it.

    Attributes:
        part: The part's number, from 0.
        documents: How many documents it held.
        cases: How many became rows.
        quarantined: The documents it left out.
        rows: Rows written, by table.
    """

    part: int
    documents: int
    cases: int
    quarantined: tuple[Quarantined, ...] = attrs.field(converter=_as_tuple)
    rows: Mapping[str, int]


@attrs.frozen(kw_only=True)
class Progress:
    """How far a run has come, as reported after each part.

    Attributes:
        documents: Documents done (written or quarantined).
        quarantined: Documents quarantined so far.
        seconds: Seconds since the run started.
        total: How many documents the input holds, if known before the run (files only).
    """

    documents: int
    quarantined: int
    seconds: float
    total: int | None = None

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0


@attrs.frozen(kw_only=True)
class PipelineSummary:
    """What a run of the pipeline did.

    Attributes:
        out: The directory the tables were written to.
        on: The day the deadlines were looked at.
        documents: Documents read (written or quarantined).
        cases: Cases written as rows.
        quarantined: The documents left out, in the order of the input.
        rows: Rows written, by table.
        parts: How many parts the input was cut into.
        seconds: How long the run took.
    """

    out: Path
    on: dt.date
    documents: int
    cases: int
    quarantined: tuple[Quarantined, ...] = attrs.field(converter=_as_tuple)
    rows: Mapping[str, int]
    parts: int
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready values (what ``summary.json`` holds)."""
        return {
            "out": str(self.out),
            "on": self.on.isoformat(),
            "documents": self.documents,
            "cases": self.cases,
            "quarantined": len(self.quarantined),
            "rows": dict(self.rows),
            "parts": self.parts,
            "seconds": round(self.seconds, 3),
        }
