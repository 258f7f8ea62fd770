"""What happened: incidents of violence, who was involved, and how children were exposed.

An :class:`Incident` checks what it can on its own (no one is both perpetrator and victim,
nothing happened after it was recorded); a :class:`~familyviolence.cases.Case` checks that its
incidents refer to persons of its family system and that exposed children were minors.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from familyviolence._model import Model, Validator, invalid, model, public, sensitive
from familyviolence._validators import members_of, non_empty_id, optional_non_blank
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import ExposureKind, InformationSource, ViolenceForm

__all__ = ["ChildExposure", "Incident", "IncidentTime"]


# The validators below check what a field's type does not say; each field's type is checked
# first, from its annotation, so a value of the wrong type never reaches them.


def _ids(*, required: bool) -> Validator:
    """A tuple of distinct person ids; at least one if ``required``."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:  # noqa: ANN401 - a tuple, its type checked before
        if required and not value:
            raise invalid(instance, attribute, "must name at least one person")
        for i, item in enumerate(value):
            if not item or item.strip() != item:
                raise InvalidModel(
                    type(instance).__name__, f"{attribute.name}[{i}]", "must be a person id"
                )
        if len(set(value)) != len(value):
            raise invalid(instance, attribute, "names a person more than once")

    return check


def _is_aware(moment: dt.datetime) -> bool:
    return moment.utcoffset() is not None


@model
class IncidentTime(Model):
    """When an incident happened: a moment, a day, or a period as reported.

    Build it with :meth:`at`, :meth:`on` or :meth:`between`. Whatever the precision, ``latest``
    is the last day it can have happened on; ``earliest`` is the first, or ``None`` if the
    beginning is not known (violence that went on "for years").

    >>> import datetime as dt
    >>> IncidentTime.on(dt.date(2026, 2, 27)).latest
    datetime.date(2026, 2, 27)
    >>> autumn = IncidentTime.between(
    ...     dt.date(2025, 9, 1), dt.date(2025, 11, 30), as_reported="i höstas"
    ... )
    >>> autumn.precision, autumn
    ('period', IncidentTime(earliest=datetime.date(2025, 9, 1), \
latest=datetime.date(2025, 11, 30), moment=None, as_reported=<sensitive>))

    Attributes:
        earliest: The first day it can have happened on, or ``None`` if not known.
        latest: The last day it can have happened on.
        moment: The date and time, when known exactly; then ``earliest`` and ``latest`` are
            its day.
        as_reported: The time in the words of whoever reported it ("last summer"), kept as
            said (sensitive free text).
    """

    earliest: dt.date | None = public()
    latest: dt.date = public()
    moment: dt.datetime | None = public(default=None)
    as_reported: str | None = sensitive(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if self.earliest is not None and self.latest < self.earliest:
            raise InvalidModel("IncidentTime", "latest", "must not be before earliest")
        if self.moment is not None and not (self.earliest == self.latest == self.moment.date()):
            raise InvalidModel(
                "IncidentTime", "moment", "must fall on the day given by earliest and latest"
            )

    @classmethod
    def at(cls, moment: dt.datetime, *, as_reported: str | None = None) -> IncidentTime:
        """An incident whose date and time are known."""
        day = moment.date()
        return cls(earliest=day, latest=day, moment=moment, as_reported=as_reported)

    @classmethod
    def on(cls, day: dt.date, *, as_reported: str | None = None) -> IncidentTime:
        """An incident whose day is known."""
        return cls(earliest=day, latest=day, as_reported=as_reported)

    @classmethod
    def between(
        cls, earliest: dt.date | None, latest: dt.date, *, as_reported: str | None = None
    ) -> IncidentTime:
        """An incident that happened some time from ``earliest`` to ``latest``, both included."""
        return cls(earliest=earliest, latest=latest, as_reported=as_reported)

    @property
    def precision(self) -> str:
        """``"moment"``, ``"day"`` or ``"period"``: how precisely the time is known."""
        if self.moment is not None:
            return "moment"
        return "day" if self.earliest == self.latest else "period"

    def may_include(self, day: dt.date) -> bool:
        """Whether the incident may have happened on ``day``."""
        return (self.earliest is None or self.earliest <= day) and day <= self.latest


@model
class ChildExposure(Model):
    """How a child was exposed to an incident: subjected to it, saw, heard or noticed it.

    Attributes:
        child: Id of the child in the case's family system.
        kinds: How the child was exposed; at least one, each once.
    """

    child: str = public(validator=non_empty_id)
    kinds: tuple[ExposureKind, ...] = public(validator=members_of(ExposureKind, required=True))


def _distinct_children(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[ChildExposure, ...]
) -> None:
    children = [v.child for v in value]
    if len(set(children)) != len(children):
        raise invalid(instance, attribute, "names a child more than once")


@model
class Incident(Model):
    """One incident of violence, as recorded: when, what, who, and how it is known.

    Persons are named by their ids in the case's family system. Facts that may be unknown
    (weapon, threat to kill, strangulation, police report) are ``None`` until known.

    >>> import datetime as dt
    >>> from familyviolence.vocabulary import ExposureKind, InformationSource, ViolenceForm
    >>> incident = Incident(
    ...     id="incident-1",
    ...     when=IncidentTime.on(dt.date(2026, 2, 27)),
    ...     recorded_at=dt.datetime(2026, 3, 2, 9, 30),
    ...     forms=(ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL),
    ...     perpetrators=("father",),
    ...     victims=("mother",),
    ...     children=(ChildExposure(child="elias", kinds=(ExposureKind.HEARD,)),),
    ...     strangulation=True,
    ...     sources=(InformationSource.VICTIM,),
    ...     description="Grabbed her by the throat in the hall.",
    ... )
    >>> incident.persons
    ('father', 'mother', 'elias')
    >>> "throat" in repr(incident)
    False

    Attributes:
        id: Stable id of the incident within the case.
        when: When it happened.
        recorded_at: When it was recorded; the incident cannot have happened later.
        forms: The forms of violence; at least one, each once.
        perpetrators: Ids of who used violence (empty if not known).
        victims: Ids of who was subjected to it.
        children: Children exposed, and how.
        injured: Ids of persons injured; each a victim or an exposed child.
        weapon: Whether a weapon was used or threatened with.
        threat_to_kill: Whether there was a threat to kill.
        strangulation: Whether there was strangulation (or an attempt).
        reported_to_police: Whether the incident was reported to the police.
        sources: Where the information comes from; at least one, each once.
        description: Free-text description (sensitive).
    """

    id: str = public(validator=non_empty_id)
    when: IncidentTime = public()
    recorded_at: dt.datetime = public()
    forms: tuple[ViolenceForm, ...] = public(validator=members_of(ViolenceForm, required=True))
    sources: tuple[InformationSource, ...] = public(
        validator=members_of(InformationSource, required=True)
    )
    perpetrators: tuple[str, ...] = public(default=(), validator=_ids(required=False))
    victims: tuple[str, ...] = public(default=(), validator=_ids(required=False))
    children: tuple[ChildExposure, ...] = public(default=(), validator=_distinct_children)
    injured: tuple[str, ...] = public(default=(), validator=_ids(required=False))
    weapon: bool | None = public(default=None)
    threat_to_kill: bool | None = public(default=None)
    strangulation: bool | None = public(default=None)
    reported_to_police: bool | None = public(default=None)
    description: str | None = sensitive(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if not (self.victims or self.children):
            raise InvalidModel(
                "Incident", "victims", "an incident needs a victim or an exposed child"
            )
        children = [c.child for c in self.children]
        if self.perpetrators:
            perpetrators = set(self.perpetrators)
            both = perpetrators.intersection(self.victims)
            if both:
                raise InvalidModel(
                    "Incident", "victims", f"{min(both)!r} is also a perpetrator of the incident"
                )
            exposed_perpetrators = perpetrators.intersection(children)
            if exposed_perpetrators:
                raise InvalidModel(
                    "Incident",
                    "children",
                    f"{min(exposed_perpetrators)!r} is also a perpetrator of the incident",
                )
        if self.injured:
            harmed = {*self.victims, *children}
            for i, person_id in enumerate(self.injured):
                if person_id not in harmed:
                    raise InvalidModel(
                        "Incident", f"injured[{i}]", "must be a victim or an exposed child"
                    )
        self._check_not_after_recording()

    def _check_not_after_recording(self) -> None:
        moment = self.when.moment
        if moment is not None:
            if _is_aware(moment) != _is_aware(self.recorded_at):
                raise InvalidModel(
                    "Incident",
                    "when.moment",
                    "must have a time zone if and only if recorded_at has one",
                )
            if moment > self.recorded_at:
                raise InvalidModel("Incident", "when", "is after the incident was recorded")
        if self.when.latest > self.recorded_at.date():
            raise InvalidModel("Incident", "when", "is after the incident was recorded")

    @property
    def persons(self) -> tuple[str, ...]:
        """Ids of everyone involved: perpetrators, victims, exposed children (each once)."""
        ordered = (*self.perpetrators, *self.victims, *(c.child for c in self.children))
        return tuple(dict.fromkeys(ordered))
