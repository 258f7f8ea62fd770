"""Every field of every model checks its type when the model is built: whatever a constructor
accepts is written and read back as an equal object, and a value of another kind is refused
with InvalidModel naming the class, the field and the kind expected, never the value."""

from __future__ import annotations

import collections.abc
import datetime as dt
import enum
import importlib
import pkgutil
import typing
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import familyviolence
import scenario
from familyviolence import (
    Actor,
    AgencyKind,
    Case,
    Country,
    FamilySystem,
    IdentityNumber,
    InvalidModel,
    Jurisdiction,
    Period,
    Person,
    Relationship,
    RelationshipKind,
    deadlines,
    default_catalogue,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from familyviolence._model import FieldType, Model, model, public, validators_of
from familyviolence._typecheck import fast_test
from familyviolence.events import (
    CaseClosed,
    CaseReopened,
    ClosureReason,
    HelpRequested,
    InvestigationExtended,
    InvestigationOpened,
)
from familyviolence.instruments import (
    CalendarEntry,
    ItemWording,
    JudgementOverride,
    Wording,
    WordingOverlay,
    risk_history,
)
from familyviolence.jurisdictions import pack_for
from familyviolence.testing import _plugin
from familyviolence.vocabulary import LabelledEnum
from public_api import public_names

# -- the issue's examples -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "words"),
    [
        (lambda: Person(id="c", name=5), "Person.name", "must be a string or None, not an int"),
        (
            lambda: Relationship(kind="custodian", from_person="father", to_person="child"),
            "Relationship.kind",
            "must be a RelationshipKind member (partner, former_partner",
        ),
        (
            lambda: Person(id="c", birth_date="2017-01-01"),
            "Person.birth_date",
            "must be a date (datetime.date) or None, not a str",
        ),
        (
            lambda: Person(id="c", birth_date=dt.datetime(2017, 1, 1, 8, 0, tzinfo=dt.UTC)),
            "Person.birth_date",
            "not a datetime; take its day with .date()",
        ),
        (
            lambda: Person(id="c", identity_number="19900514-1008"),
            "Person.identity_number",
            "build one with IdentityNumber(country=..., number=...)",
        ),
        (
            lambda: Person(id="c", needs_interpreter=1),
            "Person.needs_interpreter",
            "must be True or False, not an int",
        ),
        (
            lambda: FamilySystem(persons=[Person(id="a")]),
            "FamilySystem.persons",
            "must be a tuple of Person, not a list",
        ),
        (
            lambda: FamilySystem(persons=(Person(id="a"), "b")),
            "FamilySystem.persons[1]",
            "must be a Person, not a str",
        ),
        (
            lambda: IdentityNumber(country="SE", number="19900514-1008"),
            "IdentityNumber.country",
            "must be a Country member (SE, NO)",
        ),
        (
            lambda: Case(
                id="c",
                jurisdiction="SE",
                family=FamilySystem(persons=(Person(id="a"),)),
                subjects=("a",),
            ),
            "Case.jurisdiction",
            "a stored value becomes a member with Jurisdiction(value)",
        ),
        (
            lambda: Person(id="c", name="Saga \ud800"),
            "Person.name",
            "must be text that UTF-8 can encode",
        ),
    ],
)
def test_the_issues_examples_are_refused_with_class_field_and_kind(build, field, words):
    with pytest.raises(InvalidModel) as caught:
        build()
    assert str(caught.value).startswith(f"{field}: ")
    assert words in str(caught.value)


def test_a_relationship_of_the_right_kind_finds_the_custodians_the_string_did_not():
    child = Person(id="child", birth_date=dt.date(2015, 4, 2))
    family = FamilySystem(
        persons=(Person(id="mother"), child),
        relationships=(
            Relationship(
                kind=RelationshipKind("custodian"), from_person="mother", to_person="child"
            ),
        ),
    )
    assert [p.id for p in family.custodians_of("child", on=dt.date(2026, 3, 1))] == ["mother"]


def test_a_time_whose_offset_a_document_cannot_write_is_refused():
    odd = dt.timezone(dt.timedelta(hours=1, seconds=30))
    with pytest.raises(
        InvalidModel, match=r"NoteAdded\.at: must have a UTC offset of whole minutes"
    ):
        familyviolence.events.NoteAdded(
            at=dt.datetime(2026, 3, 2, 9, 0, tzinfo=odd),
            actor=Actor(id="staff-1", agency_id="unit-1", agency_kind=AgencyKind.POLICE),
            text="Called the school.",
        )


# -- ids that are identity numbers -------------------------------------------------------------

IDENTITY_NUMBERS = [
    "19900514-1008",
    "199005141008",
    "900514-1008",
    "9005141008",
    "19900514 1008",
    "811228-9874",
    "15108695088",
    "151086 95088",
]


@pytest.mark.parametrize("number", IDENTITY_NUMBERS)
def test_an_id_that_is_an_identity_number_is_refused_asking_for_an_opaque_id(number):
    with pytest.raises(InvalidModel, match="use an opaque id") as caught:
        Person(id=number)
    assert number not in str(caught.value)
    with pytest.raises(
        InvalidModel, match=r"Relationship\.to_person: is a national identity number"
    ):
        Relationship(kind=RelationshipKind.PARTNER, from_person="mother", to_person=number)
    with pytest.raises(InvalidModel, match=r"Actor\.id"):
        Actor(id=number, agency_id="unit-1", agency_kind=AgencyKind.POLICE)


@pytest.mark.parametrize("number", ["19900514-1008", "151086 95088"])
def test_a_document_whose_id_is_an_identity_number_is_refused_on_both_paths(number):
    family = FamilySystem(persons=(Person(id="mother"),))
    document = to_dict(family)
    document["persons"][0]["id"] = number
    for decode, given_document in ((from_dict, document), (from_json, _json(document))):
        with pytest.raises(familyviolence.InvalidDocument) as caught:
            decode(FamilySystem, given_document)
        (problem,) = caught.value.problems
        assert problem.path == "$.persons[0].id"
        assert "opaque id" in problem.found
        assert number not in str(caught.value)


@pytest.mark.parametrize(
    "text", ["child-1", "uppsala-2026-0117", "1234567890", "19900514-1009", "2026-03-02-0001"]
)
def test_ids_that_are_not_identity_numbers_are_kept(text):
    assert Person(id=text).id == text


def _json(document):
    import json  # noqa: PLC0415

    return json.dumps(document)


# -- every field of every model ---------------------------------------------------------------


def _models() -> list[type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(familyviolence.__path__, "familyviolence."):
        if info.name.endswith(("__main__", "testing.strategies", "testing._plugin")):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, type) and attrs.has(value) and issubclass(value, Model):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return sorted(found.values(), key=lambda cls: cls.__name__)


MODELS = _models()


def test_every_field_of_every_model_checks_its_annotated_type():
    assert len(MODELS) > 100
    for cls in MODELS:
        for field in attrs.fields(cls):
            checks = [v for v in validators_of(field) if isinstance(v, FieldType)]
            assert len(checks) == 1, f"{cls.__name__}.{field.name}"
            # The annotation resolves in the model's module, and a check is made of it.
            assert checks[0].passes(None) in (True, False), f"{cls.__name__}.{field.name}"


@model
class Referral2027(Model):
    """A model declared as models are, after the library was written (here: in a test)."""

    id: str = public()
    seen_on: dt.date | None = public(default=None)
    follows: FollowUp2027 | None = public(default=None)


@model
class FollowUp2027(Model):
    """Defined after the model that names it, as a forward reference."""

    on: dt.date = public()


def test_a_model_declared_later_checks_its_fields_forward_references_included():
    with pytest.raises(InvalidModel, match=r"Referral2027.seen_on: must be a date"):
        Referral2027(id="r", seen_on=dt.datetime(2027, 1, 1, 12, 0, tzinfo=dt.UTC))
    with pytest.raises(InvalidModel, match=r"Referral2027.follows: must be a FollowUp2027"):
        Referral2027(id="r", follows=dt.date(2027, 1, 1))
    assert Referral2027(id="r", follows=FollowUp2027(on=dt.date(2027, 1, 1))).follows


# -- whatever a constructor accepts is read back ------------------------------------------------

# Models that are not documents: a rule holds a function, a redaction a value of any type.
EXAMPLES = Path(__file__).parent.parent / "examples" / "data"
NOT_DOCUMENTS = {
    "Rule",
    "RuleSet",
    "Hit",
    "Redaction",
    # What the library derives and shows, never reads back: the legal references it cites, and
    # the register's files and mapping tables.
    "CitedReference",
    "RegisterDocument",
    "MappingTable",
    "CodeMapping",
}


def _nested(obj: object) -> Iterator[object]:
    """The model and every model inside it."""
    if isinstance(obj, tuple):
        for item in obj:
            yield from _nested(item)
    elif attrs.has(type(obj)):
        yield obj
        for field in attrs.fields(type(obj)):
            yield from _nested(getattr(obj, field.name))


def _derived(obj: object) -> Iterator[object]:
    """Read models the library derives from ``obj`` (a case's state and deadlines, results)."""
    if isinstance(obj, Case):
        yield obj.state
        yield from deadlines(obj, on=dt.date(2026, 6, 1))
        yield pack_for(obj.jurisdiction)
    if isinstance(obj, Case):
        for assessment in obj.assessments:
            yield from risk_history(
                obj.assessments, subject=assessment.subject, instrument=assessment.instrument
            )
    if isinstance(obj, familyviolence.Assessment):
        catalogue = default_catalogue()
        if obj.version in catalogue.versions(obj.instrument):
            yield catalogue.result(obj)
    if isinstance(obj, familyviolence.instruments.InstrumentDefinition):
        overlay = WordingOverlay(
            instrument=obj.id,
            version=obj.version,
            items=tuple(
                ItemWording(item=item.code, wording=Wording(sv="Fråga", en="Question"))
                for item in obj.items[:2]
            ),
        )
        yield overlay
        yield obj.with_wording(overlay)
        if obj.bands:
            yield JudgementOverride(band=obj.bands[-1].id, reason="Threats to kill last week.")
        if obj.calendar is not None:
            yield CalendarEntry(day=dt.date(2026, 3, 1), severity=len(obj.calendar.levels))


ROOTS = sorted(set(_plugin.STRATEGY_FOR), key=lambda cls: cls.__name__)


def _documents(data: st.DataObject, root: type) -> list[object]:
    obj = data.draw(st.from_type(root), label=root.__name__)
    found = [*_nested(obj)]
    for derived in _derived(obj):
        found.extend(_nested(derived))
    return [o for o in found if type(o).__name__ not in NOT_DOCUMENTS]


def _reads_back(obj: object) -> None:
    cls = type(obj)
    assert from_json(cls, to_json(obj)) == obj
    assert from_dict(cls, to_dict(obj)) == obj


@settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow])
@pytest.mark.parametrize("root", ROOTS, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_every_model_inside_every_generated_object_reads_back_equal(root, data):
    for obj in _documents(data, root):
        _reads_back(obj)


def _shipped() -> list[object]:
    """The shipped definitions and packs, and what the library derives from each."""
    found: list[object] = []
    for definition in default_catalogue().definitions:
        for obj in (definition, *_derived(definition)):
            found.extend(_nested(obj))
    for jurisdiction in Jurisdiction:
        found.extend(_nested(pack_for(jurisdiction)))
    # A case closed and reopened while it was investigated, and the example cases.
    cases = [_paused_case()]
    cases += [from_json(Case, path.read_bytes()) for path in sorted(EXAMPLES.glob("*-case.json"))]
    for case in cases:
        for obj in (case, *_derived(case)):
            found.extend(_nested(obj))
    return found


def _paused_case() -> Case:
    worker = scenario.CHILD_WELFARE_WORKER
    return scenario.new_case(Jurisdiction.NO).record(
        HelpRequested(at=scenario.at("2026-05-04"), actor=worker, person_id="mother"),
        InvestigationOpened(at=scenario.at("2026-05-05"), actor=worker),
        InvestigationExtended(
            at=scenario.at("2026-05-10"),
            actor=worker,
            new_due=dt.date(2026, 9, 1),
            reason="Venter på sakkyndig.",
        ),
        CaseClosed(at=scenario.at("2026-05-20"), actor=worker, reason=ClosureReason.MOVED),
        CaseReopened(at=scenario.at("2026-06-02"), actor=worker, reason="Flyttet tilbake."),
    )


def test_every_model_inside_the_shipped_data_reads_back_equal():
    for obj in _shipped():
        _reads_back(obj)


def test_every_public_model_that_is_a_document_is_among_those_read_back():
    seen: set[str] = set()

    @settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow])
    @given(st.data())
    def collect(data):
        for root in ROOTS:
            seen.update(type(o).__name__ for o in _documents(data, root))

    collect()
    seen.update(type(o).__name__ for o in _shipped())
    public = {
        name
        for name, obj in public_names().items()
        if isinstance(obj, type) and attrs.has(obj) and issubclass(obj, Model)
    }
    assert public - NOT_DOCUMENTS - seen == set()


_VOCABULARY = [m for cls in LabelledEnum.__subclasses__() for m in cls]

# Values of every kind a caller (a form, a database row) might hand a constructor.
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**64),
    st.floats(),
    st.text(max_size=8),
    st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=2),
    st.sampled_from(IDENTITY_NUMBERS),
    st.sampled_from(_VOCABULARY),
    st.sampled_from([m.value for m in _VOCABULARY]),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
    st.times(timezones=st.timezones()),
    st.lists(st.text(max_size=3), max_size=2),
    st.tuples(st.integers()),
    st.tuples(st.text(max_size=3)),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.just(Period()),
    st.just(Person(id="someone")),
    st.just(Country.SE),
    st.just(Jurisdiction.NO),
)


@settings(max_examples=12, suppress_health_check=[HealthCheck.too_slow])
@pytest.mark.parametrize("root", ROOTS, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_a_value_of_the_wrong_kind_is_refused_and_whatever_is_accepted_reads_back(root, data):
    obj = data.draw(st.sampled_from(_documents(data, root)), label="model")
    fields = [f for f in attrs.fields(type(obj)) if f.init]
    field = data.draw(st.sampled_from(fields), label="field")
    (check,) = (v for v in validators_of(field) if isinstance(v, FieldType))
    value = data.draw(st.one_of(ANY_VALUE, _right_kind(check.annotation)), label="value")
    outcome = _built(obj, field.alias, value)
    if isinstance(outcome, InvalidModel):
        if not check.passes(value):
            assert outcome.field.startswith(field.name)
            assert "must " in outcome.reason
            if type(value) is str and len(value) > 3 and value not in _VOCABULARY:
                assert value not in str(outcome)
        return
    assert check.passes(value), "a value of the wrong kind was accepted"
    _reads_back(outcome)


def _right_kind(annotation: object) -> st.SearchStrategy[object]:
    """Values of the annotated type, where Hypothesis can make them all valid."""
    parts = list(_parts(annotation))
    classes = [a for a in parts if isinstance(a, type)]
    makeable = all(
        (c in _plugin.STRATEGY_FOR if attrs.has(c) else not issubclass(c, enum.Enum) or len(c))
        for c in classes
    )
    unmakeable = (typing.Any, object)
    if (
        makeable
        and not any(a in unmakeable for a in parts)
        and not any(typing.get_origin(a) is collections.abc.Callable for a in parts)
    ):
        return st.from_type(annotation)  # type: ignore[arg-type]
    return st.nothing()


def _parts(annotation: object) -> Iterator[object]:
    yield annotation
    for arg in typing.get_args(annotation):
        yield from _parts(arg)


def _built(obj: object, name: str, value: object) -> object:
    """The model with one field changed, or the InvalidModel its constructor raised."""
    try:
        return attrs.evolve(obj, **{name: value})
    except InvalidModel as error:
        return error


_FIELDS = [
    (cls, field)
    for cls in MODELS
    for field in attrs.fields(cls)
    if not getattr(field, "inherited", False)
]


@settings(max_examples=300)
@given(st.sampled_from(_FIELDS), st.data())
def test_the_inline_test_of_a_field_accepts_nothing_its_whole_check_refuses(cls_field, data):
    _, field = cls_field
    (check,) = (v for v in validators_of(field) if isinstance(v, FieldType))
    names: dict[str, object] = {}
    test = eval(f"lambda v: {fast_test(check.annotation, names)}", names)  # noqa: S307 - ours
    value = data.draw(st.one_of(ANY_VALUE, _right_kind(check.annotation)), label="value")
    if test(value):
        assert check.passes(value)
