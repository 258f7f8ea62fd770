"""Safety of victims: protective measures and safety plans.

Measures are contact bans, protected and perpetrator housing, address protection and others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from familyviolence.instruments import RiskLevel
from familyviolence.law import LegalReference
from familyviolence.periods import Period
from familyviolence.safety import (
    ADDRESS_PROTECTION_LAW,
    CONTACT_BAN_LAW,
    AccompanyingChild,
    AddressProtectionMeasure,
    ChildNeed,
    ContactBan,
    ContactBanBreach,
    ContactBanKind,
    DecidingAuthority,
    HousingEndReason,
    OtherMeasure,
    OtherMeasureKind,
    PerpetratorHousing,
    PlanAction,
    PlanGap,
    PlanGapKind,
    PlanRisk,
    PlanStatus,
    ProtectedHousing,
    ProtectiveMeasure,
    SafetyPlan,
)
from familyviolence.testing._strategies.agencies import agencies
from familyviolence.testing._strategies.values import (
    BOOLEANS,
    COLLABORATION_FROM,
    DAYS,
    days_after,
    ids,
    legal_references,
    maybe_one,
    some_of,
)
from familyviolence.vocabulary import (
    AddressProtection,
    AgencyKind,
)

_SAFETY_NOTES = (
    "Needs a quiet place to do homework.",
    "Alarm device fitted at the front door.",
    "Change the route to school.",
    "Shared at the conference: police call-outs this year.",
)


def safety_notes() -> st.SearchStrategy[str]:
    """Invented notes of a safety plan or a conference."""
    return st.sampled_from(_SAFETY_NOTES)


@st.composite
def person_ids(draw: st.DrawFn, persons: tuple[str, ...] | None, count: int) -> tuple[str, ...]:
    """``count`` distinct person ids: from ``persons`` if given, else invented."""
    pool = persons if persons is not None else tuple(f"person-{n}" for n in range(count + 2))
    return tuple(draw(st.lists(st.sampled_from(pool), min_size=count, max_size=count, unique=True)))


@st.composite
def _safety_periods(draw: st.DrawFn, *, open_end: bool = True) -> Period:
    start = draw(DAYS)
    end = draw(days_after(start, most=365))
    return Period(start=start, end=draw(st.none()) if open_end and draw(BOOLEANS) else end)


def _earlier_or_same(day: dt.date | None) -> st.SearchStrategy[dt.date]:
    """A day at most 30 days before ``day``, or ``day`` itself (any day if ``None``)."""
    if day is None:
        return DAYS
    return st.integers(0, 30).map(lambda back: day - dt.timedelta(days=back))


def _legal_bases(table: Any) -> st.SearchStrategy[LegalReference | None]:  # noqa: ANN401 - a mapping
    return st.none() | st.sampled_from(tuple(table.values())) | legal_references()


@st.composite
def contact_ban_breaches(
    draw: st.DrawFn, *, within: Period | None = None, incidents: tuple[str, ...] = ()
) -> ContactBanBreach:
    """Breaches of a contact ban, on a day ``within`` its period if given."""
    period = within or draw(_safety_periods(open_end=False))
    start = period.start or COLLABORATION_FROM
    most = 365 if period.end is None else (period.end - start).days
    return ContactBanBreach(
        on=draw(days_after(start, most=most)),
        incident=maybe_one(draw, incidents),
        reported_to_police=draw(st.none() | BOOLEANS),
        description=draw(st.none() | safety_notes()),
    )


@st.composite
def contact_bans(
    draw: st.DrawFn, *, persons: tuple[str, ...] | None = None, incidents: tuple[str, ...] = ()
) -> ContactBan:
    """Contact bans between two of ``persons`` (invented ids if not given), with breaches."""
    protected, restrained = draw(person_ids(persons, 2))
    period = draw(_safety_periods(open_end=False))
    start = period.start or COLLABORATION_FROM
    breaches = draw(st.lists(contact_ban_breaches(within=period, incidents=incidents), max_size=2))
    return ContactBan(
        id=draw(ids("ban")),
        protected=protected,
        restrained=restrained,
        kind=draw(st.sampled_from(ContactBanKind)),
        decided_by=draw(st.sampled_from(DecidingAuthority)),
        decided_on=start - dt.timedelta(days=draw(st.integers(0, 3))),
        period=period,
        electronic_monitoring=draw(BOOLEANS),
        breaches=tuple(breaches),
        legal_basis=draw(_legal_bases(CONTACT_BAN_LAW)),
    )


@st.composite
def accompanying_children(draw: st.DrawFn, *, child: str | None = None) -> AccompanyingChild:
    """Children in protected housing, with their needs recorded or not."""
    return AccompanyingChild(
        child=child or draw(ids("child")),
        needs=tuple(draw(st.lists(st.sampled_from(ChildNeed), max_size=3, unique=True))),
        needs_note=draw(st.none() | safety_notes()),
    )


def _ended(draw: st.DrawFn, period: Period) -> HousingEndReason | None:
    return None if period.end is None else draw(st.none() | st.sampled_from(HousingEndReason))


@st.composite
def protected_housings(
    draw: st.DrawFn, *, persons: tuple[str, ...] | None = None
) -> ProtectedHousing:
    """Placements in protected housing of one of ``persons``, with others as children."""
    person = draw(person_ids(persons, 1))[0]
    others = [p for p in (persons or ("child-a", "child-b")) if p != person]
    children = some_of(draw, others, max_size=2)
    period = draw(_safety_periods())
    return ProtectedHousing(
        id=draw(ids("shelter")),
        person=person,
        period=period,
        children=tuple(draw(accompanying_children(child=c)) for c in children),
        provider=draw(st.none() | agencies(kinds=st.just(AgencyKind.WOMENS_SHELTER))),
        end_reason=_ended(draw, period),
        legal_basis=draw(st.none() | legal_references()),
    )


@st.composite
def perpetrator_housings(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    assessments: tuple[str, ...] | None = None,
    interventions: tuple[str, ...] = (),
    pathways: tuple[str, ...] = (),
) -> PerpetratorHousing:
    """Temporary housing of one of ``persons`` so that one or two others stay at home."""
    person, staying = draw(person_ids(persons, 2))
    others = [p for p in (persons or ()) if p not in (person, staying)]
    period = draw(_safety_periods())
    return PerpetratorHousing(
        id=draw(ids("housing")),
        person=person,
        staying_home=(staying, *some_of(draw, others, max_size=1)),
        period=period,
        decided_on=draw(st.none() | _earlier_or_same(period.start)),
        risk_assessment=draw(st.none() | ids("assessment"))
        if assessments is None
        else maybe_one(draw, assessments),
        intervention=maybe_one(draw, interventions),
        enables=some_of(draw, list(interventions), max_size=2),
        pathway=maybe_one(draw, pathways),
        end_reason=_ended(draw, period),
        legal_basis=draw(st.none() | legal_references()),
    )


@st.composite
def address_protection_measures(
    draw: st.DrawFn, *, persons: tuple[str, ...] | None = None
) -> AddressProtectionMeasure:
    """Address protection applied for, and granted, refused or pending."""
    applied = draw(DAYS)
    outcome = draw(st.sampled_from(("granted", "refused", "pending")))
    return AddressProtectionMeasure(
        id=draw(ids("protection")),
        person=draw(person_ids(persons, 1))[0],
        level=draw(st.sampled_from(AddressProtection)),
        applied_on=applied,
        granted_on=draw(days_after(applied)) if outcome == "granted" else None,
        refused=outcome == "refused",
        period=draw(st.just(Period()) | _safety_periods()),
        legal_basis=draw(_legal_bases(ADDRESS_PROTECTION_LAW)),
    )


@st.composite
def other_measures(draw: st.DrawFn, *, persons: tuple[str, ...] | None = None) -> OtherMeasure:
    """Other measures, some of an organisation's own kind (with a code)."""
    kind = draw(st.sampled_from(OtherMeasureKind))
    return OtherMeasure(
        id=draw(ids("measure")),
        person=draw(person_ids(persons, 1))[0],
        kind=kind,
        period=draw(_safety_periods()),
        code=draw(st.sampled_from(("secret_phone", "safe_room")))
        if kind is OtherMeasureKind.OTHER
        else None,
        provided_by=draw(st.none() | agencies()),
        legal_basis=draw(st.none() | legal_references()),
    )


_MEASURE_STRATEGIES: dict[type[ProtectiveMeasure], Callable[..., st.SearchStrategy[Any]]] = {
    ContactBan: contact_bans,
    ProtectedHousing: protected_housings,
    PerpetratorHousing: perpetrator_housings,
    AddressProtectionMeasure: address_protection_measures,
    OtherMeasure: other_measures,
}


def protective_measures(
    measure_classes: type[ProtectiveMeasure] | tuple[type[ProtectiveMeasure], ...] | None = None,
    *,
    persons: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] = (),
    assessments: tuple[str, ...] | None = None,
    interventions: tuple[str, ...] = (),
    pathways: tuple[str, ...] = (),
) -> st.SearchStrategy[ProtectiveMeasure]:
    """Protective measures of the given class or classes (any, if ``None``).

    Given ``persons`` (at least three), ``incidents``, ``assessments``, ``interventions`` and
    ``pathways``, the measures refer only to those, so they fit a case that holds them.
    """
    if measure_classes is None:
        classes = tuple(_MEASURE_STRATEGIES)
    elif isinstance(measure_classes, tuple):
        classes = measure_classes
    else:
        classes = (measure_classes,)
    made: list[st.SearchStrategy[Any]] = []
    for cls in classes:
        if cls is ContactBan:
            made.append(contact_bans(persons=persons, incidents=incidents))
        elif cls is PerpetratorHousing:
            made.append(
                perpetrator_housings(
                    persons=persons,
                    assessments=assessments,
                    interventions=interventions,
                    pathways=pathways,
                )
            )
        else:
            made.append(_MEASURE_STRATEGIES[cls](persons=persons))
    return st.one_of(made)


@st.composite
def plan_risks(
    draw: st.DrawFn,
    *,
    risk_id: str | None = None,
    assessments: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] | None = None,
) -> PlanRisk:
    """Risks of a safety plan, linked to assessments and incidents (invented ids if not given)."""
    return PlanRisk(
        id=risk_id or draw(ids("risk")),
        level=draw(st.none() | st.sampled_from(RiskLevel)),
        assessment=draw(st.none() | ids("assessment"))
        if assessments is None
        else maybe_one(draw, assessments),
        incidents=tuple(draw(st.lists(ids("incident"), max_size=2, unique=True)))
        if incidents is None
        else some_of(draw, list(incidents), max_size=2),
        description=draw(st.none() | safety_notes()),
    )


@st.composite
def plan_actions(
    draw: st.DrawFn, *, action_id: str | None = None, risks: tuple[str, ...] = ()
) -> PlanAction:
    """Actions of a safety plan against some of ``risks``, some without agency or due date."""
    due = draw(st.none() | DAYS)
    return PlanAction(
        id=action_id or draw(ids("action")),
        description=draw(safety_notes()),
        addresses=some_of(draw, list(risks), max_size=2),
        agency=draw(st.none() | agencies()),
        professional=draw(st.none() | ids("staff")),
        due_on=due,
        done_on=None if due is None else draw(st.none() | days_after(due, most=30)),
    )


def plan_gaps() -> st.SearchStrategy[PlanGap]:
    """Gaps of a safety plan, as :meth:`SafetyPlan.gaps` reports them."""
    return st.builds(
        PlanGap,
        kind=st.sampled_from(PlanGapKind),
        field=st.sampled_from(("risks[0]", "actions[1].agency", "actions[0].due_on")),
        item=ids("action"),
    )


@st.composite
def safety_plans(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    assessments: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] | None = None,
) -> SafetyPlan:
    """Safety plans of one of ``persons``, complete or not, with risks and actions."""
    made = draw(DAYS)
    risks = tuple(
        draw(plan_risks(risk_id=f"risk-{n}", assessments=assessments, incidents=incidents))
        for n in range(draw(st.integers(0, 3)))
    )
    actions = tuple(
        draw(plan_actions(action_id=f"action-{n}", risks=tuple(r.id for r in risks)))
        for n in range(draw(st.integers(0, 3)))
    )
    return SafetyPlan(
        id=draw(ids("plan")),
        person=draw(person_ids(persons, 1))[0],
        made_on=made,
        risks=risks,
        actions=actions,
        review_on=draw(st.none() | days_after(made, most=180)),
        status=draw(st.sampled_from(PlanStatus)),
    )
