"""Whole cases: a history that walks the process, with collaboration and safety records.

Incidents, assessments and records refer only to what the case holds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from familyviolence._model import evolve
from familyviolence.cases import Case
from familyviolence.testing._strategies.conferences import risk_conferences
from familyviolence.testing._strategies.disclosure import consents, disclosure_requests
from familyviolence.testing._strategies.events import actors
from familyviolence.testing._strategies.history import EVENT_BUILDERS, moves_on
from familyviolence.testing._strategies.incidents import incidents
from familyviolence.testing._strategies.instruments import assessments
from familyviolence.testing._strategies.pathways import clinic_pathways
from familyviolence.testing._strategies.people import family_systems
from familyviolence.testing._strategies.referrals import commissions, referrals
from familyviolence.testing._strategies.safety import protective_measures, safety_plans
from familyviolence.testing._strategies.values import (
    BOOLEANS,
    CASES_FROM,
    CASES_UNTIL,
    ids,
    maybe_one,
    some_of,
)
from familyviolence.vocabulary import Jurisdiction


@st.composite
def cases(
    draw: st.DrawFn,
    *,
    jurisdiction: Jurisdiction | None = None,
    max_events: int = 20,
    max_incidents: int = 3,
    max_assessments: int = 2,
) -> Case:
    """Valid cases with a family system, incidents and a history that walks the process.

    The history is built one event at a time from the events the case allows next
    (:attr:`~familyviolence.cases.CaseState.allowed_events`), with contents that fit the case:
    persons of its family, reports and interventions recorded earlier, due dates after the
    event. Times run forward from a start between 2021 and 2026, so both Swedish acts and both
    Norwegian acts are exercised; a history is either all naive or all in UTC.
    """
    family = draw(family_systems(max_adults=3, max_children=3))
    people = [p.id for p in family.persons]
    subjects = tuple(draw(st.lists(st.sampled_from(people), min_size=1, max_size=2, unique=True)))
    start = draw(st.datetimes(min_value=CASES_FROM, max_value=CASES_UNTIL))
    found = [
        draw(incidents(family, incident_id=f"incident-{i}"))
        for i in range(draw(st.integers(0, max_incidents)))
    ]
    made = tuple(
        evolve(draw(assessments()), id=f"assessment-{i}", subject=draw(st.sampled_from(people)))
        for i in range(draw(st.integers(0, max_assessments)))
    )
    case = Case(
        id=draw(ids("case")),
        jurisdiction=jurisdiction or draw(st.sampled_from(Jurisdiction)),
        family=family,
        subjects=subjects,
        incidents=tuple(found),
        assessments=made,
    )
    zone = draw(st.sampled_from((None, dt.UTC)))
    at = start.replace(tzinfo=zone)
    staff = tuple(draw(st.lists(actors(), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(0, max_events))):
        at += dt.timedelta(minutes=draw(st.integers(0, 60 * 24 * 45)))
        allowed = case.state.allowed_events
        # Mostly move the case along its process, so that long histories reach decisions,
        # interventions and follow-up rather than piling up notes and new reports.
        forward = tuple(e for e in allowed if moves_on(case, e))
        move_on = bool(forward) and draw(st.integers(0, 3)) > 0
        kind = draw(st.sampled_from(forward if move_on else allowed))
        actor = draw(st.sampled_from(staff))
        case = case.record(EVENT_BUILDERS[kind](draw, case, at, actor))
    if draw(st.booleans()):
        case = _with_collaboration(draw, case)
    if draw(st.booleans()):
        case = _with_safety(draw, case)
    return case


def _with_collaboration(draw: st.DrawFn, case: Case) -> Case:
    """``case`` with valid collaboration records that refer to what the case holds."""
    people = tuple(p.id for p in case.family.persons)
    records: list[object] = []
    given = [
        evolve(
            draw(consents(person=draw(st.sampled_from(people)), people=people)), id=f"consent-{i}"
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    records += given
    made = [
        evolve(
            draw(referrals(persons=people, consents=tuple(c.id for c in given))), id=f"referral-{i}"
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    records += made
    granted = [s.intervention.id for s in case.state.interventions]
    commissioned = [
        evolve(draw(commissions(intervention=intervention)), id=f"commission-{i}")
        for i, intervention in enumerate(some_of(draw, granted, max_size=2))
    ]
    records += commissioned
    records += [
        evolve(
            draw(disclosure_requests(persons=people, jurisdiction=case.jurisdiction)),
            id=f"disclosure-{i}",
        )
        for i in range(draw(st.integers(0, 1)))
    ]
    if len(people) >= 2 and draw(st.booleans()):  # noqa: PLR2004 - a client and a partner
        client = draw(st.sampled_from(people))
        pathway = draw(
            clinic_pathways(
                person=client,
                partners=tuple(p for p in people if p != client),
                incidents=tuple(i.id for i in case.incidents),
                assessments=tuple(a.id for a in case.assessments),
            )
        )
        records.append(
            evolve(
                pathway,
                id="pathway-0",
                referral=maybe_one(draw, tuple(r.id for r in made)),
                commission=maybe_one(draw, tuple(c.id for c in commissioned)),
            )
        )
    return case.with_records(*records)  # type: ignore[arg-type]


def _with_safety(draw: st.DrawFn, case: Case) -> Case:
    """``case`` with valid safety records that refer to what the case holds."""
    people = tuple(p.id for p in case.family.persons)
    if len(people) < 3:  # noqa: PLR2004 - a victim, a perpetrator and someone staying home
        return case
    incidents = tuple(i.id for i in case.incidents)
    assessments = tuple(a.id for a in case.assessments)
    measures = protective_measures(
        persons=people,
        incidents=incidents,
        assessments=assessments,
        interventions=tuple(s.intervention.id for s in case.state.interventions),
        pathways=tuple(p.id for p in case.pathways),
    )
    records: list[Any] = [
        evolve(draw(measures), id=f"measure-{n}") for n in range(draw(st.integers(0, 2)))
    ]
    if draw(BOOLEANS):
        plan = draw(safety_plans(persons=people, assessments=assessments, incidents=incidents))
        records.append(evolve(plan, id="plan-0"))
    if draw(BOOLEANS):
        disclosures = tuple(d.id for d in case.disclosures)
        conference = draw(risk_conferences(persons=people, disclosures=disclosures))
        records.append(evolve(conference, id="marac-0"))
    return case.with_records(*records)
