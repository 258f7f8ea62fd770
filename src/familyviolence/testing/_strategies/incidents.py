"""Incidents of violence: when they happened, the children exposed, the incident itself."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence.family import FamilySystem
from familyviolence.incidents import ChildExposure, Incident, IncidentTime
from familyviolence.testing._strategies.values import CASES_UNTIL, free_texts, ids, some_of
from familyviolence.vocabulary import (
    ExposureKind,
    InformationSource,
    ViolenceForm,
)

_INCIDENTS_FROM = dt.datetime(2016, 1, 1)  # noqa: DTZ001


@st.composite
def incident_times(draw: st.DrawFn, *, not_after: dt.datetime | None = None) -> IncidentTime:
    """Times of incidents: a moment, a day or a period, none after ``not_after``."""
    last = not_after or CASES_UNTIL
    latest = draw(st.dates(max_value=last.date(), min_value=dt.date(2015, 1, 1)))
    as_reported = draw(st.none() | st.sampled_from(("i höstas", "i fjor sommer", "last week")))
    precision = draw(st.sampled_from(("moment", "day", "period")))
    if precision == "moment":
        moment = draw(
            st.datetimes(
                min_value=dt.datetime.combine(latest, dt.time()),
                max_value=min(dt.datetime.combine(latest, dt.time.max), last),
            )
        )
        return IncidentTime.at(moment, as_reported=as_reported)
    if precision == "day":
        return IncidentTime.on(latest, as_reported=as_reported)
    earliest = draw(st.none() | st.dates(max_value=latest, min_value=dt.date(2010, 1, 1)))
    return IncidentTime.between(earliest, latest, as_reported=as_reported)


def child_exposures(
    child: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[ChildExposure]:
    """How a child was exposed: one or more kinds of exposure."""
    return st.builds(
        ChildExposure,
        child=ids("child") if child is None else child,
        kinds=st.lists(st.sampled_from(ExposureKind), min_size=1, max_size=4, unique=True).map(
            tuple
        ),
    )


@st.composite
def incidents(
    draw: st.DrawFn,
    family: FamilySystem | None = None,
    *,
    incident_id: str | None = None,
    recorded_before: dt.datetime = CASES_UNTIL,
) -> Incident:
    """Incidents with valid persons, exposure, facts and sources.

    Given a ``family``, persons are taken from it and exposed children are minors on the
    incident's last possible day, so the incident fits a :class:`~familyviolence.Case` of that
    family; without one, person ids are invented.
    """
    recorded_at = draw(st.datetimes(min_value=_INCIDENTS_FROM, max_value=recorded_before))
    when = draw(incident_times(not_after=recorded_at))
    if family is None:
        people = draw(st.lists(ids(), min_size=1, max_size=5, unique=True))
        minors = draw(st.lists(ids("child"), max_size=3, unique=True))
    else:
        people = [p.id for p in family.persons]
        minors = [p.id for p in family.minors(on=when.latest)]
    perpetrators = some_of(draw, people, max_size=2)
    others = [p for p in people if p not in perpetrators]
    victims = some_of(draw, others, max_size=2)
    exposed = [c for c in minors if c not in perpetrators]
    children = tuple(draw(child_exposures(st.just(c))) for c in some_of(draw, exposed, max_size=3))
    if not (victims or children):
        victims, perpetrators = (people[0],), tuple(p for p in perpetrators if p != people[0])
    harmed = [*victims, *(c.child for c in children)]
    maybe = st.none() | st.booleans()
    return Incident(
        id=incident_id or draw(ids("incident")),
        when=when,
        recorded_at=recorded_at,
        forms=tuple(draw(st.lists(st.sampled_from(ViolenceForm), min_size=1, unique=True))),
        sources=tuple(draw(st.lists(st.sampled_from(InformationSource), min_size=1, unique=True))),
        perpetrators=perpetrators,
        victims=victims,
        children=children,
        injured=some_of(draw, harmed, max_size=2),
        weapon=draw(maybe),
        threat_to_kill=draw(maybe),
        strangulation=draw(maybe),
        reported_to_police=draw(maybe),
        description=draw(st.none() | free_texts()),
    )
