"""Multi-agency risk conferences: referrals, information shared and actions agreed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from familyviolence.safety import (
    ConferenceAction,
    ConferenceCriterion,
    ConferenceOutcome,
    InformationShare,
    RiskConference,
)
from familyviolence.testing._strategies.agencies import agencies
from familyviolence.testing._strategies.safety import person_ids, safety_notes
from familyviolence.testing._strategies.values import BOOLEANS, DAYS, days_after, ids, record_id


def information_shares(
    *, disclosures: tuple[str, ...] | None = None
) -> st.SearchStrategy[InformationShare]:
    """Information shared at a conference, each linked to one of ``disclosures``."""
    return st.builds(
        InformationShare,
        disclosure=ids("disclosure") if disclosures is None else st.sampled_from(disclosures),
        summary=st.none() | safety_notes(),
    )


@st.composite
def conference_actions(
    draw: st.DrawFn, *, action_id: str | None = None, held_on: dt.date | None = None
) -> ConferenceAction:
    """Actions agreed at a conference, due after it, done or not."""
    due = draw(days_after(held_on or draw(DAYS), most=90))
    return ConferenceAction(
        id=action_id or draw(ids("action")),
        description=draw(safety_notes()),
        agency=draw(agencies()),
        due_on=due,
        done_on=draw(st.none() | days_after(due, most=30)),
    )


@st.composite
def risk_conferences(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    disclosures: tuple[str, ...] | None = None,
) -> RiskConference:
    """Referrals to a multi-agency risk conference, held or not, repeats or not."""
    victim, perpetrator = draw(person_ids(persons, 2))
    referred = draw(DAYS)
    held = draw(st.none() | days_after(referred, most=30))
    fields: dict[str, Any] = {}
    if held is not None:
        shares = information_shares(disclosures=disclosures)
        fields = {
            "agencies_present": tuple(draw(st.lists(agencies(), max_size=3, unique_by=record_id))),
            "advocate": draw(st.none() | ids("advocate")),
            "shared": tuple(draw(st.lists(shares, max_size=2)))
            if disclosures is None or disclosures
            else (),
            "actions": tuple(
                draw(conference_actions(action_id=f"action-{n}", held_on=held))
                for n in range(draw(st.integers(0, 2)))
            ),
            "outcome": draw(st.none() | st.sampled_from(ConferenceOutcome)),
        }
    return RiskConference(
        id=draw(ids("marac")),
        victim=victim,
        perpetrators=(perpetrator,) if draw(BOOLEANS) else (),
        referred_on=referred,
        referred_by=draw(agencies()),
        criteria=tuple(draw(st.lists(st.sampled_from(ConferenceCriterion), unique=True))),
        repeat=draw(BOOLEANS),
        held_on=held,
        **fields,
    )
