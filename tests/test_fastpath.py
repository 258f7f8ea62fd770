"""The codec's fast path builds models from their mirrors without their constructors: it must
refuse every document a constructor would refuse, and build equal objects from the rest."""

import datetime as dt
import json
import typing

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import (
    Actor,
    Answer,
    Case,
    Incident,
    IncidentTime,
    InformationSource,
    InvalidDocument,
    InvalidModel,
    Period,
    Response,
    ViolenceForm,
)
from familyviolence._model import FieldType, TypeCheck, validators_of
from familyviolence._validators import instance_of, optional_instance_of, tuple_of
from familyviolence.codec import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from familyviolence.codec._fast import _equal_means_same, _guaranteed, _shared, fast_decoder
from familyviolence.events import (
    CaseEvent,
    DecisionMade,
    InterventionInterrupted,
    NoteAdded,
    ReportOfConcernReceived,
)
from familyviolence.instruments import ItemWeight, Relevance, WeightTable
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.testing import strategies
from familyviolence.vocabulary import ReporterKind
from scenario import SOCIAL_WORKER, at, new_case


def _case() -> Case:
    return new_case(
        incidents=(
            Incident(
                id="incident-1",
                when=IncidentTime.at(at("2026-02-27", "21:30")),
                recorded_at=at("2026-03-02"),
                forms=(ViolenceForm.PHYSICAL,),
                sources=(InformationSource.VICTIM,),
                perpetrators=("father",),
                victims=("mother",),
            ),
        ),
    ).record(
        ReportOfConcernReceived(
            at=at("2026-03-02"),
            actor=SOCIAL_WORKER,
            report_id="report-1",
            reporter_kind=ReporterKind.SCHOOL,
        ),
        NoteAdded(at=at("2026-03-03"), actor=SOCIAL_WORKER, text="Called the school."),
    )


def _fast(document: bytes):
    """What the fast path alone makes of a document: a model, or the error it refused with."""
    try:
        return fast_decoder(Case, SCHEMA_VERSION)(document)
    except Exception as error:  # noqa: BLE001 - any refusal hands the document on
        return error


def _refused_at(document: dict) -> set[str]:
    text = json.dumps(document).encode()
    assert isinstance(_fast(text), Exception), "the fast path accepted a broken document"
    with pytest.raises(InvalidDocument) as caught:
        from_json(Case, text)
    return {p.path for p in caught.value.problems}


def test_a_valid_case_is_built_by_the_fast_path_equal_to_the_constructed_one():
    case = _case()
    built = _fast(to_json(case))
    assert built == case
    assert built.state == case.state


def test_an_id_with_spaces_deep_in_the_history_is_refused_with_its_path():
    document = to_dict(_case())
    document["history"][1]["actor"]["id"] = " staff-17"
    assert "$.history[1].actor.id" in _refused_at(document)


def test_a_period_that_ends_before_it_starts_deep_in_the_family_is_refused_with_its_path():
    document = to_dict(_case())
    document["family"]["relationships"][2]["period"] = {"start": "2026-01-02", "end": "2026-01-01"}
    assert "$.family.relationships[2].period.end" in _refused_at(document)


def test_a_reference_to_an_unknown_person_deep_in_an_incident_is_refused_with_its_path():
    document = to_dict(_case())
    document["incidents"][0]["victims"] = ["nobody"]
    assert "$.incidents[0].victims[0]" in _refused_at(document)


def test_a_history_the_process_does_not_allow_is_refused_on_the_fast_path():
    document = to_dict(_case())
    document["history"].reverse()  # out of time order, and a note before any report
    assert _refused_at(document)


def test_an_empty_id_in_a_list_of_persons_is_refused():
    document = to_dict(_case())
    document["subjects"] = [""]
    assert "$.subjects[0]" in _refused_at(document)


def test_constructors_still_check_the_types_the_fast_path_may_skip():
    with pytest.raises(InvalidModel, match="incidents"):
        new_case(incidents=[])  # a list, not a tuple
    with pytest.raises(InvalidModel, match="at"):
        NoteAdded(at=dt.date(2026, 3, 3), actor=SOCIAL_WORKER, text="A date, not a time.")
    with pytest.raises(InvalidModel, match=r"history\[0\]"):
        new_case(history=(SOCIAL_WORKER,))


def _field_type(cls: type, name: str):
    return attrs.fields_dict(attrs.resolve_types(cls))[name].type


def test_a_type_check_is_skipped_only_where_the_mirror_guarantees_the_type():
    at_type = _field_type(NoteAdded, "at")  # a datetime
    assert _guaranteed(instance_of(dt.datetime), at_type)
    assert _guaranteed(instance_of(dt.date), at_type)  # every datetime is a date
    assert not _guaranteed(instance_of(dt.datetime), dt.date)
    assert not _guaranteed(instance_of(Period), Period | None)
    assert _guaranteed(instance_of(Actor), _field_type(NoteAdded, "actor"))
    history = _field_type(Case, "history")
    assert _guaranteed(tuple_of(CaseEvent), history)
    assert not _guaranteed(tuple_of(NoteAdded), history)
    assert not _guaranteed(tuple_of(str), str)
    assert not _guaranteed(instance_of(int), typing.Any)


def test_type_checks_are_marked_so_that_only_they_can_be_skipped():
    assert isinstance(instance_of(str), TypeCheck)
    assert isinstance(tuple_of(str), TypeCheck)
    for field in attrs.fields(attrs.resolve_types(Case)):
        checks = validators_of(field)
        (annotation,) = (c for c in checks if isinstance(c, FieldType))
        # The check of the annotation the mirror is made from is always guaranteed by it.
        assert _guaranteed(annotation, field.type)
        assert checks.index(annotation) == max(
            i for i, c in enumerate(checks) if isinstance(c, TypeCheck)
        )


_BREAKS = st.sampled_from(["", " padded", "padded ", "nobody", "2026-02-30", "no_such_value"])


def _string_paths(value, path=()):
    if isinstance(value, str):
        yield path
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "schema_version":
                yield from _string_paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _string_paths(item, (*path, i))


@settings(max_examples=30)
@given(st.from_type(Case), st.data())
def test_the_fast_path_refuses_exactly_what_the_exact_path_refuses(case, data):
    document = to_dict(case)
    paths = list(_string_paths(document))
    path = data.draw(st.sampled_from(paths), label="path")
    holder = document
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = data.draw(_BREAKS, label="value")
    fast = _fast(json.dumps(document).encode())
    try:
        exact = from_dict(Case, json.loads(json.dumps(document)))
    except InvalidDocument:
        assert isinstance(fast, Exception)
    else:
        assert fast == exact


def test_equal_public_values_in_one_document_are_built_once_and_shared():
    case = _case()
    built = _fast(to_json(case))
    first, second = built.history
    assert first.actor == second.actor == SOCIAL_WORKER
    assert first.actor is second.actor
    assert _shared(Actor)
    assert _shared(Period)


def test_values_that_are_equal_but_not_the_same_are_never_shared():
    assert not _equal_means_same(dt.datetime)  # one instant, two time zones
    assert not _equal_means_same(int | bool)  # True == 1
    assert not _equal_means_same(ReporterKind | ViolenceForm)
    assert _equal_means_same(dt.date | None)
    assert not _shared(Case)
    assert not _shared(NoteAdded)  # sensitive text, and a model inside
    assert not _shared(Incident)


def test_times_in_different_zones_stay_as_they_were_written():
    utc = dt.UTC
    oslo = dt.timezone(dt.timedelta(hours=1))
    case = new_case().record(
        ReportOfConcernReceived(
            at=dt.datetime(2026, 3, 2, 8, 0, tzinfo=utc),
            actor=SOCIAL_WORKER,
            report_id="report-1",
            reporter_kind=ReporterKind.SCHOOL,
        ),
        NoteAdded(at=dt.datetime(2026, 3, 2, 9, 0, tzinfo=oslo), actor=SOCIAL_WORKER, text="A."),
    )
    built = _fast(to_json(case))
    assert [e.at.utcoffset() for e in built.history] == [e.at.utcoffset() for e in case.history]


def _with_incident(**changes) -> dict:
    document = to_dict(_case())
    document["incidents"][0].update(changes)
    return document


_CHILD = {"child": "elias", "kinds": ["heard"]}


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"perpetrators": [""]}, "$.incidents[0].perpetrators[0]"),
        ({"perpetrators": ["father "]}, "$.incidents[0].perpetrators[0]"),
        ({"victims": ["mother", "mother"]}, "$.incidents[0].victims"),
        ({"forms": []}, "$.incidents[0].forms"),
        ({"forms": ["physical", "physical"]}, "$.incidents[0].forms"),
        ({"sources": []}, "$.incidents[0].sources"),
        ({"sources": ["victim", "victim"]}, "$.incidents[0].sources"),
        ({"children": [_CHILD, _CHILD]}, "$.incidents[0].children"),
        ({"description": "  "}, "$.incidents[0].description"),
    ],
)
def test_what_an_incident_checks_beyond_types_is_checked_on_the_fast_path(changes, path):
    assert path in _refused_at(_with_incident(**changes))


def test_a_blank_time_as_reported_is_refused_on_the_fast_path():
    document = to_dict(_case())
    document["incidents"][0]["when"]["as_reported"] = " "
    assert "$.incidents[0].when.as_reported" in _refused_at(document)


def test_the_split_checks_still_refuse_wrong_types_in_constructors():
    incident = _case().incidents[0]
    for field, value in [
        ("victims", ["mother"]),
        ("victims", ("mother", 7)),
        ("forms", (ViolenceForm.PHYSICAL, "physical")),
        ("children", ("elias",)),
        ("weapon", "yes"),
        ("description", 7),
    ]:
        with pytest.raises(InvalidModel, match=field):
            attrs.evolve(incident, **{field: value})


def test_an_answer_of_the_wrong_type_names_its_item_and_is_skipped_only_where_guaranteed():
    with pytest.raises(InvalidModel, match=r"Answer.value: item '7': must be a Response"):
        Answer(item="7", value="yes")
    with pytest.raises(InvalidModel, match=r"Answer.past: item '7': must be a Response"):
        Answer(item="7", value=Response.YES, past="no")
    with pytest.raises(InvalidModel, match=r"Answer.relevance: item '7'"):
        Answer(item="7", value=Response.YES, relevance=Response.YES)
    for name in ("value", "past", "relevance"):
        field = attrs.fields_dict(attrs.resolve_types(Answer))[name]
        checks = validators_of(field)
        assert all(isinstance(check, TypeCheck) for check in checks)
        assert all(_guaranteed(check, field.type) for check in checks)
    assert not _guaranteed(optional_instance_of(Response), Response | Relevance)
    assert not _guaranteed(instance_of(Response), Response | None)


def test_reading_a_cached_property_does_not_change_the_document():
    case = _case()
    before = to_json(case)
    assert case.state is case.state  # computed once, then kept
    assert to_json(case) == before
    assert from_json(Case, to_json(case)) == case
    weights = WeightTable(
        instrument="da", version="2019", weights=(ItemWeight(item="1", weight=4),)
    )
    before = to_json(weights)
    assert weights.by_item == {"1": 4}
    assert to_json(weights) == before


def _models_in(value: object) -> typing.Iterator[object]:
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _models_in(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _models_in(item)


def _read_every_property(instance: object) -> None:
    for klass in type(instance).__mro__:
        for name, attribute in vars(klass).items():
            if isinstance(attribute, property) and not name.startswith("__"):
                getattr(instance, name)


@given(strategies.cases(max_events=8))
@settings(max_examples=20, deadline=None)
def test_nothing_lands_in_a_models_instance_dict(case: Case) -> None:
    # Models have an instance dict only so that msgspec encodes them fast: whatever landed in
    # it would be written into every document as an extra key.
    before = to_json(case)
    models = list(_models_in(case))
    for instance in models:
        _read_every_property(instance)
    assert to_json(case) == before
    assert all(vars(instance) == {} for instance in models)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        case.family.persons[0].name = "Astrid"  # type: ignore[misc]
    assert vars(case.family.persons[0]) == {}


# The family system's invariants are checked in one pass over the relationships; each must
# still refuse a document on the fast path, in the same order as before.
_AUNT_CUSTODY = {"kind": "custodian", "from_person": "aunt", "to_person": "elias"}


@pytest.mark.parametrize(
    ("relationship", "path"),
    [
        (
            {"kind": "former_partner", "from_person": "father", "to_person": "mother"},
            "$.family.relationships[9]",
        ),
        (
            {"kind": "partner", "from_person": "nobody", "to_person": "mother"},
            "$.family.relationships[9].from_person",
        ),
        (
            {"kind": "partner", "from_person": "father", "to_person": "nobody"},
            "$.family.relationships[9].to_person",
        ),
        (
            {"kind": "step_parent", "from_person": "elias", "to_person": "mother"},
            "$.family.relationships",
        ),
        (
            {"kind": "biological_parent", "from_person": "saga", "to_person": "elias"},
            "$.family.relationships[9]",
        ),
        (
            {
                "kind": "custodian",
                "from_person": "father",
                "to_person": "mother",
                "period": {"start": "2010-01-01"},
            },
            "$.family.relationships[9].period",
        ),
        (_AUNT_CUSTODY, "$.family.relationships[9]"),
    ],
)
def test_each_family_invariant_is_checked_on_the_fast_path(relationship, path):
    document = to_dict(_case())
    document["family"]["persons"].append({"id": "aunt"})
    document["family"]["relationships"].append(relationship)
    assert path in _refused_at(document)


def test_a_later_invariant_does_not_hide_an_earlier_one_in_the_family():
    document = to_dict(_case())
    relationships = document["family"]["relationships"]
    # A repeated relationship (checked second) after a parent younger than the child (fourth).
    relationships.append({"kind": "biological_parent", "from_person": "saga", "to_person": "elias"})
    relationships.append(dict(relationships[1]))
    document["family"]["households"] = [{"id": "home", "members": ["mother", "nobody"]}]
    assert _refused_at(document) == {"$.family.households[0].members"}
    document["family"]["households"] = []
    assert _refused_at(document) == {"$.family.relationships[10]"}


def test_households_are_checked_on_the_fast_path():
    document = to_dict(_case())
    home = {"id": "home", "members": ["mother", "elias"]}
    document["family"]["households"] = [home, home]
    assert "$.family.households[1].id" in _refused_at(document)


def _event_refused(cls: type, event: dict) -> None:
    text = json.dumps({"schema_version": SCHEMA_VERSION, **event}).encode()
    with pytest.raises(InvalidModel):
        fast_decoder(cls, SCHEMA_VERSION)(text)


_ACTOR = {"id": "staff-17", "agency_id": "malmo-bou", "agency_kind": "social_services_children"}
_DECISION = {
    "type": "decision_made",
    "at": "2026-03-20T09:00:00",
    "actor": _ACTOR,
    "motivation": "The child's needs.",
    "granted": [{"id": "support-1", "kind": "victim_support", "for_person": "elias"}],
}


@pytest.mark.parametrize(
    ("cls", "event"),
    [
        (NoteAdded, {"at": "2026-03-03T09:00:00", "actor": _ACTOR, "text": "  "}),
        (
            InterventionInterrupted,
            {
                "at": "2026-03-03T09:00:00",
                "actor": _ACTOR,
                "intervention_id": "support-1",
                "reason": " ",
            },
        ),
        (DecisionMade, {**_DECISION, "motivation": ""}),
        (DecisionMade, {**_DECISION, "child_needs": ["elias", "elias"]}),
        (DecisionMade, {**_DECISION, "child_needs": [" elias"]}),
        (DecisionMade, {**_DECISION, "child_needs": [""]}),
    ],
)
def test_what_an_event_checks_beyond_types_is_checked_on_the_fast_path(cls, event):
    _event_refused(cls, event)
    fine = {**event, "text": "A note."} if cls is NoteAdded else dict(event)
    if cls is DecisionMade:
        fine = dict(_DECISION)
    if cls is InterventionInterrupted:
        fine["reason"] = "Moved away."
    assert isinstance(
        fast_decoder(cls, SCHEMA_VERSION)(
            json.dumps({"schema_version": SCHEMA_VERSION, **fine}).encode()
        ),
        cls,
    )


def test_the_split_event_checks_still_refuse_wrong_types_in_constructors():
    with pytest.raises(InvalidModel, match="text"):
        NoteAdded(at=at("2026-03-03"), actor=SOCIAL_WORKER, text=7)
    with pytest.raises(InvalidModel, match="reason"):
        InterventionInterrupted(
            at=at("2026-03-03"), actor=SOCIAL_WORKER, intervention_id="support-1", reason=7
        )
    decision = DecisionMade(
        at=at("2026-03-20"),
        actor=SOCIAL_WORKER,
        motivation="The child's needs.",
        granted=(
            Intervention(id="support-1", kind=InterventionKind.VICTIM_SUPPORT, for_person="elias"),
        ),
    )
    for field, value in [
        ("granted", [decision.granted[0]]),
        ("granted", ("support-1",)),
        ("refused", (decision.granted[0], "support-2")),
        ("child_needs", ["elias"]),
        ("child_needs", ("elias", 7)),
    ]:
        with pytest.raises(InvalidModel, match=field):
            attrs.evolve(decision, **{field: value})


def test_history_out_of_time_order_is_refused_on_the_fast_path():
    document = to_dict(_case())
    document["history"][1]["at"] = "2026-03-01T09:00:00"
    assert "$.history[1].at" in _refused_at(document)


def test_a_report_about_a_child_who_was_an_adult_is_refused_on_the_fast_path():
    document = to_dict(_case())
    event = document["history"][0]
    event["report"] = {
        "id": event["report_id"],
        "child": "mother",
        "received_at": event["at"],
        "reporter_kind": event["reporter_kind"],
        "concerns": ["neglect"],
    }
    assert "$.history[0].report.child" in _refused_at(document)
