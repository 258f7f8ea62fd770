"""The case: its family system, incidents, records and append-only history, and where it stands.

A :class:`Case` is the aggregate the work is about. It is built only if its history replays
from the start under its jurisdiction's process, and its records fit it; recording an event or
filing a record returns a new case. :attr:`Case.state` is the public read model of the replayed
history (:class:`CaseState`: its phase, reports, investigations, interventions and closures),
and :meth:`Case.events` the history as corrected: everything above the case reads these.
"""

from familyviolence.cases._case import (
    Case,
    CaseRecord,
    CollaborationRecord,
    PeopleRecord,
    ResponsibilityRecord,
    SafetyRecord,
    replay,
)
from familyviolence.cases._state import (
    CaseState,
    Extension,
    InvestigationState,
    Pause,
    ReporterFeedback,
    ReportState,
)

__all__ = [
    "Case",
    "CaseRecord",
    "CaseState",
    "CollaborationRecord",
    "Extension",
    "InvestigationState",
    "Pause",
    "PeopleRecord",
    "ReportState",
    "ReporterFeedback",
    "ResponsibilityRecord",
    "SafetyRecord",
    "replay",
]
