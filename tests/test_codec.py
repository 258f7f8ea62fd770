"""Documents: every model round-trips through dicts and JSON on both paths, and bad input is
reported as InvalidDocument with paths and without personal values."""

import contextlib
import json
import logging
import runpy
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import familyviolence.codec._documents as codec_module
from familyviolence import Case, FamilySystem, InvalidDocument, Period, Person, RelationshipKind
from familyviolence.codec import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from familyviolence.events import ReportOfConcernReceived
from familyviolence.testing import _plugin
from familyviolence.vocabulary import ReporterKind

EXAMPLE = Path(__file__).parent.parent / "examples" / "family_system.py"
# One type per strategy: the event classes share the events' strategy.
MODEL_TYPES = list({name: t for t, name in reversed(_plugin.STRATEGY_FOR.items())}.values())
MODEL_TYPES += [t for t in _plugin.STRATEGY_FOR if t.__name__ == "Correction"]


@pytest.fixture(scope="module")
def family() -> FamilySystem:
    return runpy.run_path(str(EXAMPLE))["build_family"]()


@settings(max_examples=40)
@given(st.data())
def test_every_model_round_trips_through_dict_and_json_on_both_paths(data):
    for model_type in MODEL_TYPES:
        obj = data.draw(st.from_type(model_type), label=model_type.__name__)
        as_dict, as_json = to_dict(obj), to_json(obj)
        assert from_dict(model_type, as_dict) == obj
        assert from_json(model_type, as_json) == obj
        # Both encoders write the same document, and it is plain JSON of plain types.
        assert json.loads(as_json) == as_dict
        assert json.loads(json.dumps(as_dict)) == as_dict
        assert _plain_types(as_dict)


def _plain_types(value):
    if isinstance(value, dict):
        return all(type(k) is str and _plain_types(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain_types(v) for v in value)
    return value is None or type(value) in (str, int, bool, float)


@given(st.from_type(FamilySystem))
def test_the_fast_and_the_exact_path_build_equal_family_systems(family):
    document = to_json(family)
    fast = from_json(FamilySystem, document)
    exact = from_dict(FamilySystem, json.loads(document))
    assert fast == exact == family


def test_every_document_carries_its_schema_version(family):
    assert to_dict(family)["schema_version"] == SCHEMA_VERSION
    assert json.loads(to_json(family))["schema_version"] == SCHEMA_VERSION


def problems(model_type, document):
    decode = from_json if isinstance(document, bytes | str) else from_dict
    with pytest.raises(InvalidDocument) as caught:
        decode(model_type, document)
    return {p.path: p for p in caught.value.problems}, str(caught.value)


def test_every_problem_is_listed_with_its_path(family):
    document = to_dict(family)
    document["persons"][0]["needs_interpreter"] = "yes"
    document["persons"][1]["name"] = 5
    document["persons"][2]["birth_date"] = "2014-13-01"
    del document["persons"][3]["id"]
    document["relationships"][0]["kind"] = "lover"
    document["households"][0]["members"] = "mother"
    document["surprise"] = True
    found, _ = problems(FamilySystem, document)
    assert set(found) == {
        "$.persons[0].needs_interpreter",
        "$.persons[1].name",
        "$.persons[2].birth_date",
        "$.persons[3].id",
        "$.relationships[0].kind",
        "$.households[0].members",
        "$.surprise",
    }
    assert found["$.persons[1].name"].found == "a number"
    assert found["$.persons[3].id"].found == "nothing (the key is missing)"
    assert "array" in found["$.households[0].members"].expected


def test_json_and_dict_input_report_the_same_problems(family):
    document = to_dict(family)
    document["persons"][1]["sex"] = "woman"
    from_dicts, _ = problems(FamilySystem, document)
    from_text, _ = problems(FamilySystem, json.dumps(document))
    assert from_dicts == from_text


def test_a_broken_invariant_is_reported_at_the_object_that_broke_it(family):
    document = to_dict(family)
    document["relationships"][3]["to_person"] = "nobody"
    document["persons"][0]["identity_number"]["number"] = "198804172389"
    document["households"][1]["period"] = {"start": "2026-01-02", "end": "2026-01-01"}
    found, text = problems(FamilySystem, document)
    assert "$.persons[0].identity_number.number" in found
    assert "$.households[1].period.end" in found
    assert "check digit" in found["$.persons[0].identity_number.number"].found
    assert "198804172389" not in text


def test_invariants_of_the_whole_family_are_reported_with_their_field(family):
    document = to_dict(family)
    document["relationships"][3]["to_person"] = "nobody"
    found, _ = problems(FamilySystem, document)
    assert list(found) == ["$.relationships[3].to_person"]


def test_no_personal_value_reaches_the_report(family):
    document = to_dict(family)
    document["persons"][0]["name"] = ["Karin", "Lindqvist"]
    document["persons"][1]["birth_date"] = "Jonas Berg 1985"
    document["households"][0]["address"] = 12
    document["persons"][2]["identity_number"]["number"] = "Sysslomansgatan 1"
    document["Karin Lindqvist"] = "extra key with a name in it"
    _, text = problems(FamilySystem, document)
    for personal in ("Karin", "Lindqvist", "Jonas", "Sysslomansgatan", "1985"):
        assert personal not in text
    assert "<unknown key>" in text


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ('{"schema_version": 99, "id": "p"}', "up to"),
        ('{"id": "p"}', "schema version"),
        ('{"schema_version": "1", "id": "p"}', "schema version"),
        ('{"schema_version": true, "id": "p"}', "schema version"),
    ],
)
def test_schema_versions_the_library_does_not_know_are_refused(document, expected):
    found, _ = problems(Person, document)
    assert expected in found["$.schema_version"].expected


@pytest.mark.parametrize(
    "text",
    [b"", b"{", b'{"schema_version": 1, "id": "p"', b"[1, 2", b"\xff\xfe", b"null", b"[]"],
)
def test_text_that_is_not_a_json_object_is_refused_at_the_root(text):
    found, _ = problems(Person, text)
    assert list(found) == ["$"]


def test_deep_nesting_is_refused_not_a_crash():
    deep = b'{"schema_version": 1, "id": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    found, _ = problems(Person, deep)
    assert found


def test_a_huge_string_is_decoded_or_refused_cleanly():
    name = "x" * 5_000_000
    person = Person(id="p", name=name)
    assert from_json(Person, to_json(person)) == person
    found, text = problems(Person, json.dumps({"schema_version": 1, "id": 1, "name": name}))
    assert list(found) == ["$.id"]
    assert len(text) < 500


def test_only_models_can_be_encoded():
    with pytest.raises(TypeError, match="model"):
        to_json({"id": "p"})
    with pytest.raises(TypeError, match="model"):
        to_dict(Period)


def test_a_document_stays_as_written_when_the_next_is_encoded():
    child, parent = Person(id="child-1", name="Ebba"), Person(id="parent-1", name="Sara")
    first = to_json(child)
    to_json(parent)
    assert json.loads(first) == to_dict(child)


def test_documents_encoded_in_many_threads_at_once_are_each_whole_and_their_own():
    people = [Person(id=f"person-{i}", name="N" * (i % 50 + 1)) for i in range(200)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        documents = list(pool.map(to_json, people * 5))
    assert [json.loads(d) for d in documents] == [to_dict(p) for p in people * 5]


def test_encoding_a_huge_document_keeps_no_huge_buffer():
    to_json(Person(id="p", name="x" * 2_000_000))
    # sys.getsizeof tells a buffer's memory, which outlasts the shorter documents written since.
    limit = codec_module._KEPT_BUFFER_BYTES + 4096
    assert all(sys.getsizeof(b) <= limit for b in codec_module._buffers)
    assert json.loads(to_json(Person(id="p"))) == to_dict(Person(id="p"))


_MUTATIONS = st.sampled_from(
    [
        lambda v: 12345 if isinstance(v, str) else "text",  # wrong type
        lambda _: None,
        lambda _: {"unexpected": 1},
        lambda _: ["a", 1],
        lambda _: "2026-02-30",  # not a date
        lambda _: "no_such_value",  # not a vocabulary value
        lambda _: "y" * 100_000,
        lambda _: DELETE,
    ]
)
DELETE = object()


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*path, i))


def _mutated(document, path, mutate):
    """A copy of the document with the value at ``path`` replaced (or its key deleted)."""
    copy = json.loads(json.dumps(document))
    if not path:
        new = mutate(copy)
        return None if new is DELETE else new
    holder = copy
    for key in path[:-1]:
        holder = holder[key]
    new = mutate(holder[path[-1]])
    if new is DELETE and isinstance(holder, dict):
        del holder[path[-1]]
    else:
        holder[path[-1]] = None if new is DELETE else new
    return copy


def _personal_values(family):
    for person in family.persons:
        yield from filter(None, [person.name])
        if person.identity_number:
            yield person.identity_number.number
    yield from filter(None, (h.address for h in family.households))


@settings(max_examples=150)
@given(st.from_type(FamilySystem), st.data())
def test_mutated_documents_raise_only_invalid_document_with_paths_and_no_personal_values(
    family, data
):
    document = to_dict(family)
    path = data.draw(st.sampled_from(list(_paths(document))), label="path")
    text = json.dumps(_mutated(document, path, data.draw(_MUTATIONS, label="mutation")))
    if data.draw(st.booleans(), label="truncate"):
        text = text[: data.draw(st.integers(0, len(text) - 1), label="cut")]
    outcome = _decode(text)
    # Some mutations still leave a valid document (a null where null is allowed).
    if isinstance(outcome, FamilySystem):
        return
    assert isinstance(outcome, InvalidDocument)
    assert outcome.problems
    assert all(p.path.startswith("$") for p in outcome.problems)
    message = str(outcome)
    for value in _personal_values(family):
        assert value not in message


def _decode(text):
    try:
        return from_json(FamilySystem, text)
    except InvalidDocument as error:
        return error


@settings(max_examples=20)
@given(st.data())
def test_valid_json_documents_never_need_the_exact_path(data):
    # The exact path is only for reporting problems; valid documents take the fast path.
    for model_type in MODEL_TYPES:
        document = to_json(data.draw(st.from_type(model_type), label=model_type.__name__))
        original = codec_module.from_dict
        codec_module.from_dict = _must_not_be_called
        try:
            from_json(model_type, document)
        finally:
            codec_module.from_dict = original


def _must_not_be_called(*_args, **_kwargs):
    raise AssertionError("the exact path was used for a valid document")


# -- reasons a user can act on ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b'\xef\xbb\xbf{"schema_version": 2, "id": "p"}', "byte order mark"),
        ('{"schema_version": 2, "id": "p"}'.encode("utf-16"), "UTF-16 text"),
        ('{"schema_version": 2, "name": "Åsa Öberg"}'.encode("latin-1"), "not UTF-8 text"),
        (b'{"schema_version": 2, "id": ' + b"[" * 100_000, "nested too deep"),
        (b'{"schema_version": 2, "id": "p"', "ends too early (it is truncated)"),
        (b"   ", "an empty document"),
        (b'{"schema_version": 2 "id": "p"}', "not valid JSON at byte 21"),
    ],
)
def test_text_that_cannot_be_read_says_why_and_nothing_of_its_content(data, reason):
    found, text = problems(Person, data)
    assert list(found) == ["$"]
    assert reason in found["$"].found
    assert "Åsa" not in text
    assert "Öberg" not in text


def test_an_identity_number_given_as_a_string_asks_for_an_object_with_country_and_number(family):
    document = to_dict(family)
    document["persons"][0]["identity_number"] = "19880417-2388"
    found, text = problems(FamilySystem, document)
    problem = found["$.persons[0].identity_number"]
    assert problem.expected == "an object (an IdentityNumber) with country and number"
    assert problem.found == "a string"
    assert "19880417" not in text


def test_a_vocabulary_error_lists_every_allowed_value(family):
    document = to_dict(family)
    document["relationships"][0]["kind"] = "guardian"
    found, _ = problems(FamilySystem, json.dumps(document))
    problem = found["$.relationships[0].kind"]
    assert all(kind.value in problem.expected for kind in RelationshipKind)
    assert problem.found == "a string that is not one of them"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("birth_date", "2026-02-30"),
        ("birth_date", "2026-13-01"),
        ("birth_date", "0000-01-01"),
    ],
)
def test_a_date_that_does_not_exist_is_named_as_such(family, field, value):
    document = to_dict(family)
    document["persons"][0][field] = value
    document["persons"][0]["identity_number"] = None
    found, text = problems(FamilySystem, json.dumps(document))
    assert "a date that does not exist" in found[f"$.persons[0].{field}"].found
    assert value not in text


def test_a_date_and_time_that_does_not_exist_is_named_as_such():
    case = to_dict(_a_case())
    case["history"][0]["at"] = "2026-02-30T09:00:00"
    found, _ = problems(Case, json.dumps(case))
    assert "a date that does not exist" in found["$.history[0].at"].found


def test_a_date_of_the_wrong_shape_is_a_string_of_the_wrong_shape(family):
    document = to_dict(family)
    document["persons"][0]["birth_date"] = "30/02/2026"
    document["persons"][0]["identity_number"] = None
    found, _ = problems(FamilySystem, document)
    assert found["$.persons[0].birth_date"].found == "a string"


def _a_case() -> Case:
    from scenario import SOCIAL_WORKER, at, new_case  # noqa: PLC0415

    return new_case().record(
        ReportOfConcernReceived(
            at=at("2026-03-02"),
            actor=SOCIAL_WORKER,
            report_id="report-1",
            reporter_kind=ReporterKind.SCHOOL,
        )
    )


# -- the fast path behind the codec's door ----------------------------------------------------


@attrs.frozen
class _Nothing:
    """An attrs class without fields."""


def test_a_model_without_fields_is_written_as_valid_json():
    document = to_json(_Nothing())
    assert json.loads(document) == {"schema_version": SCHEMA_VERSION}
    assert to_json(Period()) == b'{"schema_version":%d,"end":null,"start":null}' % SCHEMA_VERSION


def _broken_decoder(*_args):
    def decode(_data):
        msg = "a bug on the fast path"
        raise RuntimeError(msg)

    return decode


def test_a_bug_on_the_fast_path_is_logged_once_and_the_exact_path_still_decodes(
    monkeypatch, caplog
):
    person = Person(id="child-1", name="Elias Lind")
    document = to_json(person)
    monkeypatch.setattr(codec_module, "fast_decoder", _broken_decoder)
    monkeypatch.setattr(codec_module, "_reported", set())
    with caplog.at_level(logging.ERROR, logger="familyviolence.codec"):
        decoded = [from_json(Person, document) for _ in range(3)]
    assert decoded == [person] * 3
    failures = [r for r in caplog.records if r.name == "familyviolence.codec"]
    assert len(failures) == 1
    assert failures[0].getMessage() == (
        "the fast path failed on a Person document with RuntimeError; "
        "the exact path decoded it instead"
    )
    assert "Elias" not in caplog.text


def test_a_document_the_fast_path_refuses_logs_nothing(caplog):
    with caplog.at_level(logging.DEBUG, logger="familyviolence.codec"):
        for text in (b"{", b'{"schema_version": 2, "id": 7}', b'{"schema_version": 1, "id": "p"}'):
            with contextlib.suppress(InvalidDocument):
                from_json(Person, text)
    assert caplog.records == []
