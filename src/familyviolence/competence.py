"""A service's competence programme, its stages and leader support, and how far staff have come.

Norway's trauma-informed programme for child welfare services, *Menneskemøtekompetanse –
Barnevern* (MMA, run by RVTS Sør), builds a shared trauma-informed frame of reference in the
whole service, with implementation at every level and support for its leaders. Its stages are
not listed in the sources read: a service enters its programme's stages as data
(:class:`CompetenceProgramme`), records who completed each (:class:`StageCompletion`), and
:func:`coverage` gives the share of the staff in scope who completed each stage by a day.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public
from familyviolence._validators import (
    date_argument,
    date_field,
    non_blank,
    non_empty_id,
    unique_ids,
)
from familyviolence.errors import InvalidModel
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "MMA_NAME",
    "MMA_PROVIDER",
    "CompetenceProgramme",
    "ProgrammeStage",
    "StageAudience",
    "StageCompletion",
    "StageCoverage",
    "coverage",
]

MMA_NAME = "Menneskemøtekompetanse – Barnevern"
"""The Norwegian programme's name (confirmed on RVTS Sør's programme page)."""

MMA_PROVIDER = "RVTS Sør"
"""Who runs it: the regional resource centre on violence, traumatic stress and suicide
prevention, region south."""


class StageAudience(LabelledEnum):
    """Who a stage of a programme is for."""

    ALL_STAFF = "all_staff", "all personal", "alle ansatte", "all staff"
    KEY_PERSONS = (
        "key_persons",
        "utsedda nyckelpersoner",
        "utvalgte nøkkelpersoner",
        "designated key persons",
    )
    LEADERS = "leaders", "chefer", "ledere", "leaders"


@model
class ProgrammeStage(Model):
    """A stage of a competence programme, as the service describes it.

    Attributes:
        id: Stable id of the stage within the programme.
        name: Its name (the service's own words, not personal data).
        audience: Who it is for.
    """

    id: str = public(validator=non_empty_id)
    name: str = public(validator=non_blank)
    audience: StageAudience = public(default=StageAudience.ALL_STAFF)


def _stages(
    instance: object, attribute: attrs.Attribute[Any], value: tuple[ProgrammeStage, ...]
) -> None:
    if not value:
        raise invalid(instance, attribute, "must name at least one stage")
    unique_ids(type(instance).__name__, attribute.name, value)


@model
class CompetenceProgramme(Model):
    """A service's competence programme: its stages, in order, and whether leaders get support.

    >>> mma = CompetenceProgramme(
    ...     id="mma", name=MMA_NAME, provider=MMA_PROVIDER, leader_support=True,
    ...     stages=(ProgrammeStage(id="basis", name="Felles grunnlag"),
    ...             ProgrammeStage(id="fordypning", name="Fordypning",
    ...                            audience=StageAudience.KEY_PERSONS)),
    ... )
    >>> [s.id for s in mma.stages]
    ['basis', 'fordypning']

    Attributes:
        id: Stable id of the programme.
        name: Its name.
        provider: Who runs it.
        stages: Its stages, in order; at least one, each id once.
        leader_support: Whether the programme supports the service's leaders in implementing it.
    """

    id: str = public(validator=non_empty_id)
    name: str = public(validator=non_blank)
    provider: str = public(validator=non_blank)
    stages: tuple[ProgrammeStage, ...] = public(validator=_stages)
    leader_support: bool = public(default=False)


@model
class StageCompletion(Model):
    """That a member of staff completed a stage of a programme.

    Attributes:
        staff: Id of the member of staff (not a name).
        stage: Id of the stage.
        completed_on: The day it was completed.
    """

    staff: str = public(validator=non_empty_id)
    stage: str = public(validator=non_empty_id)
    completed_on: dt.date = public(validator=date_field)


@model
class StageCoverage(Model):
    """How many of the staff in scope of a stage had completed it on a day.

    Attributes:
        stage: Id of the stage.
        in_scope: How many staff the stage is for.
        completed: How many of them had completed it.
    """

    stage: str = public(validator=non_empty_id)
    in_scope: int = public()
    completed: int = public()

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.completed <= self.in_scope:
            raise InvalidModel("StageCoverage", "completed", "must be from 0 to in_scope")

    @property
    def share(self) -> Fraction | None:
        """The share who completed it, or ``None`` if the stage is for no one."""
        return Fraction(self.completed, self.in_scope) if self.in_scope else None


def coverage(
    programme: CompetenceProgramme,
    *,
    staff: tuple[str, ...],
    completions: tuple[StageCompletion, ...],
    on: dt.date,
    key_persons: tuple[str, ...] = (),
    leaders: tuple[str, ...] = (),
) -> tuple[StageCoverage, ...]:
    """The coverage of each stage of ``programme`` on ``on``, in the programme's order.

    A stage for all staff counts ``staff``; one for key persons, ``key_persons``; one for
    leaders, ``leaders``. Completions after ``on``, of other stages or by someone not in scope
    are not counted; a person who completed a stage twice counts once. Staff turnover shows as
    coverage that falls when ``staff`` changes.

    >>> mma = CompetenceProgramme(id="mma", name=MMA_NAME, provider=MMA_PROVIDER,
    ...                           stages=(ProgrammeStage(id="basis", name="Felles grunnlag"),))
    >>> done = (StageCompletion(staff="s-1", stage="basis", completed_on=dt.date(2026, 2, 1)),)
    >>> [c.share for c in coverage(mma, staff=("s-1", "s-2", "s-3"), completions=done,
    ...                            on=dt.date(2026, 3, 1))]
    [Fraction(1, 3)]

    Raises:
        InvalidModel: If a completion is not a :class:`StageCompletion` or names a stage the
            programme does not have.
        TypeError: If ``on`` is not a date (a datetime among them).
    """
    date_argument(on)
    known = {s.id for s in programme.stages}
    for i, completion in enumerate(completions):
        if not isinstance(completion, StageCompletion):
            raise InvalidModel("StageCompletion", f"completions[{i}]", "must be a StageCompletion")
        if completion.stage not in known:
            raise InvalidModel("StageCompletion", f"completions[{i}].stage", "no such stage")
    scopes = {
        StageAudience.ALL_STAFF: set(staff),
        StageAudience.KEY_PERSONS: set(key_persons),
        StageAudience.LEADERS: set(leaders),
    }
    result = []
    for stage in programme.stages:
        scope = scopes[stage.audience]
        done = {
            c.staff
            for c in completions
            if c.stage == stage.id and c.completed_on <= on and c.staff in scope
        }
        result.append(StageCoverage(stage=stage.id, in_scope=len(scope), completed=len(done)))
    return tuple(result)
