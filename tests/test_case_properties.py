import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st

from familyviolence import Case, Incident, InvalidModel, deadlines
from familyviolence.cases import replay
from familyviolence.events import EVENT_CLASSES, CaseEvent, Correction
from familyviolence.process import EventType, Phase
from familyviolence.testing import strategies as fvst

CASES = fvst.cases(max_events=25)


def prefixes(case):
    return [attrs.evolve(case, history=case.history[:n]) for n in range(len(case.history) + 1)]


@settings(max_examples=60)
@given(CASES)
def test_replaying_any_generated_history_reproduces_the_case(case):
    rebuilt = replay(case.history, onto=attrs.evolve(case, history=()))
    assert rebuilt == case
    assert rebuilt.state == case.state


@settings(max_examples=60)
@given(CASES)
def test_appending_never_changes_earlier_events_or_earlier_states(case):
    earlier = prefixes(case)
    for shorter, longer in itertools.pairwise(earlier):
        assert longer.history[: len(shorter.history)] == shorter.history
        assert shorter.record(longer.history[-1]) == longer


@settings(max_examples=60)
@given(CASES)
def test_every_generated_case_round_trips_through_evolve_without_losing_events(case):
    same = attrs.evolve(case)
    assert same == case
    assert same.history == case.history
    assert same.state == case.state
    assert attrs.evolve(case, history=case.history).history == case.history


@settings(max_examples=60)
@given(CASES)
def test_the_effective_history_leaves_out_exactly_the_corrections_and_withdrawn_events(case):
    corrections = [e for e in case.history if isinstance(e, Correction)]
    withdrawn = {c.corrects for c in corrections if c.replacement is None}
    # A withdrawn event may be reinstated by a later correction of the same event.
    latest = {c.corrects: c.replacement for c in corrections}
    gone = {i for i in withdrawn if latest[i] is None}
    assert len(case.effective_history) == len(case.history) - len(corrections) - len(gone)


@settings(max_examples=60)
@given(CASES)
def test_a_closed_case_allows_only_reopening(case):
    if case.phase is Phase.CLOSED:
        assert case.state.allowed_events == (EventType.CASE_REOPENED,)
        assert case.state.interventions_in_force == ()
    else:
        assert EventType.CASE_REOPENED not in case.state.allowed_events


@settings(max_examples=60)
@given(CASES, st.dates(dt.date(2021, 1, 1), dt.date(2030, 12, 31)))
def test_deadlines_are_consistent_on_any_day(case, on):
    for deadline in deadlines(case, on=on):
        assert deadline.started_on <= on
        assert deadline.due >= deadline.started_on
        assert not (deadline.met and deadline.overdue)
        assert deadline.overdue == (deadline.open and on > deadline.due)
        if deadline.fulfilled_on is not None:
            assert deadline.started_on <= deadline.fulfilled_on <= on
        assert deadline.fulfilled_on is None or deadline.ended_on is None
        assert deadline.reference.statute


@settings(max_examples=30)
@given(CASES)
def test_a_closed_case_has_nothing_open(case):
    if case.phase is Phase.CLOSED:
        last = case.history[-1].at.date()
        assert not [d for d in deadlines(case, on=last) if d.open]


@given(fvst.case_events())
def test_generated_single_events_are_valid_on_their_own(event):
    assert isinstance(event, CaseEvent)
    assert event.type in set(EventType)


@settings(max_examples=20)
@given(st.from_type(Case), st.from_type(Incident), st.from_type(Correction))
def test_the_case_types_are_registered_with_hypothesis(case, incident, correction):
    assert isinstance(case, Case)
    assert isinstance(incident, Incident)
    assert isinstance(correction, Correction)


@settings(max_examples=40)
@given(CASES, st.data())
def test_a_disallowed_event_type_is_refused_and_names_its_index(case, data):
    refused = [e for e in EventType if e not in case.state.allowed_events]
    if not refused or not case.history:
        return
    cls = data.draw(st.sampled_from(refused)).value
    event = data.draw(fvst.case_events(EVENT_CLASSES[EventType(cls)]))
    at = max(case.history[-1].at, event.at.replace(tzinfo=case.history[-1].at.tzinfo))
    try:
        event = attrs.evolve(event, at=at)
    except InvalidModel:  # a due date that is now before the event
        reject()
    with pytest.raises(InvalidModel) as error:
        case.record(event)
    assert error.value.field.startswith(f"history[{len(case.history)}]")
