"""Other needs of those who use violence: substance misuse and mental ill-health, as recorded.

A perpetrator clinic treats the violence; a need of health care beside it (substance misuse,
mental ill-health) is referred on to health care. A :class:`RecordedNeed` says that a person of
the case has such a need; the practice rule in :mod:`familyviolence.rules.needs` asks for the
referral.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public, sensitive
from familyviolence._validators import date_field, non_empty_id, optional_date, optional_non_blank
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = ["NeedKind", "RecordedNeed"]


class NeedKind(LabelledEnum):
    """A need of care beside the violence programme."""

    SUBSTANCE_MISUSE = (
        "substance_misuse",
        "missbruk eller beroende",
        "rusmiddelproblem",
        "substance misuse",
    )
    MENTAL_ILL_HEALTH = (
        "mental_ill_health",
        "psykisk ohälsa",
        "psykiske helseproblemer",
        "mental ill-health",
    )


@model
class RecordedNeed(Model):
    """That a person of the case has a need of care beside the violence programme.

    >>> import datetime as dt
    >>> RecordedNeed(id="need-1", person="father", kind=NeedKind.SUBSTANCE_MISUSE,
    ...              recorded_on=dt.date(2026, 3, 20)).kind.label("sv")
    'missbruk eller beroende'

    Attributes:
        id: Stable id of the record within the case.
        person: Id of the person, in the case's family system.
        kind: The need.
        recorded_on: The day it was recorded.
        ended_on: The day the need was recorded as no longer present, if it was.
        note: What it rests on (sensitive free text: health data).
    """

    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    kind: NeedKind = public()
    recorded_on: dt.date = public(validator=date_field)
    ended_on: dt.date | None = public(default=None, validator=optional_date)
    note: str | None = sensitive(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if self.ended_on is not None and self.ended_on < self.recorded_on:
            raise InvalidModel("RecordedNeed", "ended_on", "must not be before recorded_on")

    def in_force(self, *, on: dt.date) -> bool:
        """Whether the need is recorded on ``on`` and not yet recorded as ended."""
        return self.recorded_on <= on and (self.ended_on is None or on <= self.ended_on)
