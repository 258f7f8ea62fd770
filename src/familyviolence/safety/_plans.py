"""Safety plans: per protected person, the risks addressed and who does what by when.

A :class:`SafetyPlan` lists the risks it addresses (each linked to the assessments and
incidents it comes from) and the actions taken against them, each with the agency and the
professional responsible, a due date and, once done, the day it was done. Whether a plan is
complete is checkable (:meth:`SafetyPlan.gaps`): a high risk with no action against it, or an
action without a responsible agency or a due date, is a gap. These omissions are a known
failure of case-management systems in the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from familyviolence._model import Model, model, public, sensitive
from familyviolence._validators import (
    date_field,
    id_list,
    instance_of,
    non_blank,
    non_empty_id,
    optional_date,
    optional_id,
    optional_non_blank,
    tuple_of,
    unique_ids,
)
from familyviolence.collaboration import Agency
from familyviolence.errors import InvalidModel
from familyviolence.instruments import RiskLevel
from familyviolence.vocabulary import LabelledEnum

__all__ = ["PlanAction", "PlanGap", "PlanGapKind", "PlanRisk", "PlanStatus", "SafetyPlan"]


class PlanStatus(LabelledEnum):
    """Where a safety plan stands."""

    DRAFT = "draft", "utkast", "utkast", "draft"
    ACTIVE = "active", "gällande", "gjeldende", "active"
    CLOSED = "closed", "avslutad", "avsluttet", "closed"


@model
class PlanRisk(Model):
    """A risk a safety plan addresses, linked to where it is known from.

    Attributes:
        id: Stable id of the risk within the plan.
        level: How high the risk is judged in the plan, if judged; a linked assessment with a
            high result makes it high too (see :meth:`SafetyPlan.gaps`).
        assessment: Id of the case's assessment that names the risk, if any.
        incidents: Ids of the case's incidents it comes from, each once.
        description: The risk in the caseworker's words (sensitive free text).
    """

    id: str = public(validator=non_empty_id)
    level: RiskLevel | None = public(default=None)
    assessment: str | None = public(default=None, validator=optional_id)
    incidents: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    description: str | None = sensitive(default=None, validator=optional_non_blank)


@model
class PlanAction(Model):
    """An action of a safety plan: what is done, against which risks, by whom, by when.

    Attributes:
        id: Stable id of the action within the plan.
        description: What is to be done (sensitive free text).
        addresses: Ids of the plan's risks the action is taken against, each once.
        agency: The agency responsible; ``None`` leaves the plan incomplete.
        professional: Id of the professional responsible at that agency, if named.
        due_on: When it is to be done; ``None`` leaves the plan incomplete.
        done_on: When it was done, once done.
    """

    id: str = public(validator=non_empty_id)
    description: str = sensitive(validator=non_blank)
    addresses: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    agency: Agency | None = public(default=None)
    professional: str | None = public(default=None, validator=optional_id)
    due_on: dt.date | None = public(default=None, validator=optional_date)
    done_on: dt.date | None = public(default=None, validator=optional_date)

    def overdue(self, *, on: dt.date) -> bool:
        """Whether the action was due before ``on`` and has not been done."""
        return self.done_on is None and self.due_on is not None and self.due_on < on


class PlanGapKind(LabelledEnum):
    """What makes a safety plan incomplete."""

    HIGH_RISK_WITHOUT_ACTION = (
        "high_risk_without_action",
        "hög risk utan åtgärd",
        "høy risiko uten tiltak",
        "a high risk with no action against it",
    )
    ACTION_WITHOUT_AGENCY = (
        "action_without_agency",
        "åtgärd utan ansvarig myndighet",
        "tiltak uten ansvarlig virksomhet",
        "an action without a responsible agency",
    )
    ACTION_WITHOUT_DUE_DATE = (
        "action_without_due_date",
        "åtgärd utan datum",
        "tiltak uten frist",
        "an action without a due date",
    )


@model
class PlanGap(Model):
    """One reason a safety plan is incomplete.

    Attributes:
        kind: What is missing.
        field: The field of the plan concerned (``"risks[0]"``, ``"actions[2].due_on"``).
        item: Id of the risk or action concerned.
    """

    kind: PlanGapKind = public()
    field: str = public()
    item: str = public()


@model
class SafetyPlan(Model):
    """A safety plan for one protected person: risks addressed, actions, review.

    A case keeps one plan per protected person; replace it by id with
    :meth:`Case.with_records <familyviolence.cases.Case.with_records>` as it changes.

    >>> import datetime as dt
    >>> from familyviolence.instruments import RiskLevel
    >>> plan = SafetyPlan(
    ...     id="plan-1", person="mother", made_on=dt.date(2026, 3, 4),
    ...     risks=(PlanRisk(id="stalking", level=RiskLevel.HIGH),),
    ...     actions=(PlanAction(id="alarm", description="Alarm device at home.",
    ...                         addresses=("stalking",), due_on=dt.date(2026, 3, 6)),),
    ... )
    >>> [gap.kind.value for gap in plan.gaps()]
    ['action_without_agency']

    Attributes:
        id: Stable id of the plan.
        person: Id of the protected person.
        made_on: The day the plan was made.
        risks: The risks it addresses, each with an id unique in the plan.
        actions: Its actions, each with an id unique in the plan.
        review_on: When the plan is next to be reviewed, if set.
        status: Draft, active or closed.
    """

    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    made_on: dt.date = public(validator=date_field)
    risks: tuple[PlanRisk, ...] = public(default=(), validator=tuple_of(PlanRisk))
    actions: tuple[PlanAction, ...] = public(default=(), validator=tuple_of(PlanAction))
    review_on: dt.date | None = public(default=None, validator=optional_date)
    status: PlanStatus = public(default=PlanStatus.ACTIVE, validator=instance_of(PlanStatus))

    def __attrs_post_init__(self) -> None:
        unique_ids("SafetyPlan", "risks", self.risks)
        unique_ids("SafetyPlan", "actions", self.actions)
        risks = {r.id for r in self.risks}
        for i, action in enumerate(self.actions):
            for k, risk in enumerate(action.addresses):
                if risk not in risks:
                    raise InvalidModel(
                        "SafetyPlan", f"actions[{i}].addresses[{k}]", f"no risk with id {risk!r}"
                    )

    def is_high(self, risk: PlanRisk, high_assessments: Collection[str] = ()) -> bool:
        """Whether ``risk`` is high: judged high, or named by an assessment with a high result."""
        return risk.level is RiskLevel.HIGH or (
            risk.assessment is not None and risk.assessment in high_assessments
        )

    def gaps(self, high_assessments: Collection[str] = ()) -> tuple[PlanGap, ...]:
        """What makes the plan incomplete, in the order of its risks, then its actions.

        Args:
            high_assessments: Ids of the case's assessments whose result is high; a risk that
                names one is high (the rule ``SAFETY-PLAN-INCOMPLETE`` derives them with the
                instrument catalogue).
        """
        addressed = {risk for action in self.actions for risk in action.addresses}
        found = [
            PlanGap(kind=PlanGapKind.HIGH_RISK_WITHOUT_ACTION, field=f"risks[{i}]", item=risk.id)
            for i, risk in enumerate(self.risks)
            if self.is_high(risk, high_assessments) and risk.id not in addressed
        ]
        for i, action in enumerate(self.actions):
            if action.agency is None:
                found.append(
                    PlanGap(
                        kind=PlanGapKind.ACTION_WITHOUT_AGENCY,
                        field=f"actions[{i}].agency",
                        item=action.id,
                    )
                )
            if action.due_on is None:
                found.append(
                    PlanGap(
                        kind=PlanGapKind.ACTION_WITHOUT_DUE_DATE,
                        field=f"actions[{i}].due_on",
                        item=action.id,
                    )
                )
        return tuple(found)

    def is_complete(self, high_assessments: Collection[str] = ()) -> bool:
        """Whether the plan has no gaps (see :meth:`gaps`)."""
        return not self.gaps(high_assessments)

    def review_overdue(self, *, on: dt.date) -> bool:
        """Whether the plan is active and its review date is before ``on``."""
        return (
            self.status is PlanStatus.ACTIVE and self.review_on is not None and self.review_on < on
        )
