"""Older documents: each schema version is read and migrated into the current layout."""

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import Case, FamilySystem, InvalidDocument, Person, evolve
from familyviolence.codec import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from familyviolence.instruments import InstrumentDefinition, default_catalogue
from familyviolence.jurisdictions import pack_for
from familyviolence.process import JurisdictionPack
from familyviolence.testing import _plugin
from familyviolence.vocabulary import AddressProtection, Jurisdiction

ROOT = Path(__file__).parent.parent
VERSION_1_CASE = Path(__file__).parent / "data" / "uppsala-case.v1.json"
CURRENT_CASE = ROOT / "examples" / "data" / "uppsala-case.json"
# One type per strategy: the event classes share the events' strategy.
MODEL_TYPES = list({name: t for t, name in reversed(_plugin.STRATEGY_FOR.items())}.values())


RENAMED_IN_3 = {"refers_to_conference": "referral", "deadline_provisions": "deadline_rules"}


def as_version_2(document):
    """A current document written back in the layout of version 2, found by key alone."""
    if isinstance(document, list):
        return [as_version_2(item) for item in document]
    if not isinstance(document, dict):
        return document
    old = {RENAMED_IN_3.get(key, key): as_version_2(value) for key, value in document.items()}
    if "schema_version" in old:
        old["schema_version"] = 2
    return old


def as_version_1(document):
    """A current document written back in the layout of version 1, found by key alone."""
    if isinstance(document, list):
        return [as_version_1(item) for item in document]
    if not isinstance(document, dict):
        return document
    old = {RENAMED_IN_3.get(k, k): as_version_1(value) for k, value in document.items()}
    if "address_protection" in old:
        old["protected_identity"] = old.pop("address_protection") is not None
    if "schema_version" in old:
        old["schema_version"] = 1
    return old


def with_levels_unknown(document):
    """A current document with every recorded level of protection made ``unspecified``."""
    if isinstance(document, list):
        return [with_levels_unknown(item) for item in document]
    if not isinstance(document, dict):
        return document
    new = {key: with_levels_unknown(value) for key, value in document.items()}
    if new.get("address_protection") is not None:
        new["address_protection"] = AddressProtection.UNSPECIFIED.value
    return new


def test_the_version_1_uppsala_case_reads_as_the_current_one():
    old = VERSION_1_CASE.read_bytes()
    assert json.loads(old)["schema_version"] == 1
    current = from_json(Case, CURRENT_CASE.read_bytes())
    # The example now records the children's voices, which version 1 could not hold.
    assert from_json(Case, old) == evolve(current, conversations=(), voices=())


def test_a_protected_mother_of_version_1_keeps_her_protection_at_an_unspecified_level():
    document = json.loads(VERSION_1_CASE.read_text())
    persons = document["family"]["persons"]
    mother = next(i for i, p in enumerate(persons) if p["id"] == "mother")
    persons[mother]["protected_identity"] = True
    case = from_dict(Case, document)
    protection = {p.id: p.address_protection for p in case.family.persons}
    assert protection.pop("mother") is AddressProtection.UNSPECIFIED
    assert set(protection.values()) == {None}
    assert case.family.person("mother").protected_identity


@settings(max_examples=25)
@given(st.data())
def test_every_document_type_migrates_from_version_1(data):
    for model_type in MODEL_TYPES:
        obj = data.draw(st.from_type(model_type), label=model_type.__name__)
        current = to_dict(obj)
        old = as_version_1(current)
        before = copy.deepcopy(old)
        migrated = from_dict(model_type, old)
        assert to_dict(migrated) == with_levels_unknown(current)
        assert from_json(model_type, json.dumps(old)) == migrated
        assert old == before, "the caller's document is left as it was"


def test_a_flag_that_is_not_a_boolean_is_reported_with_every_other_problem():
    old = {
        "schema_version": 1,
        "persons": [
            {"id": "mother", "protected_identity": "yes"},
            {"id": "child-1", "name": 7, "protected_identity": False},
        ],
    }
    with pytest.raises(InvalidDocument) as caught:
        from_dict(FamilySystem, old)
    found = {p.path: p for p in caught.value.problems}
    assert set(found) == {"$.persons[0].protected_identity", "$.persons[1].name"}
    assert found["$.persons[0].protected_identity"].expected == "a boolean"
    assert "yes" not in str(caught.value)


def test_a_version_1_key_in_a_current_document_is_an_unknown_key():
    with pytest.raises(InvalidDocument) as caught:
        from_dict(Person, {"schema_version": SCHEMA_VERSION, "id": "p", "protected_identity": True})
    assert [p.path for p in caught.value.problems] == ["$.protected_identity"]


def test_the_command_line_checks_a_version_1_case_file(tmp_path):
    # The example now records the children's voices, which version 1 could not hold.
    current_case = tmp_path / "uppsala-case.json"
    without_voices = evolve(from_json(Case, CURRENT_CASE.read_bytes()), conversations=(), voices=())
    current_case.write_bytes(to_json(without_voices))
    result = subprocess.run(  # noqa: S603 - our own module
        [
            sys.executable,
            "-m",
            "familyviolence",
            "check",
            str(VERSION_1_CASE),
            "--on",
            "2026-09-15",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    current = subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "familyviolence", "check", str(current_case), "--on", "2026-09-15"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == current.returncode == 0
    assert result.stdout.replace(str(VERSION_1_CASE), "FILE") == current.stdout.replace(
        str(current_case), "FILE"
    )


@settings(max_examples=25)
@given(st.data())
def test_every_document_type_migrates_from_version_2(data):
    for model_type in MODEL_TYPES:
        obj = data.draw(st.from_type(model_type), label=model_type.__name__)
        current = to_dict(obj)
        old = as_version_2(current)
        before = copy.deepcopy(old)
        assert from_dict(model_type, old) == obj
        assert from_json(model_type, json.dumps(old)) == obj
        assert old == before, "the caller's document is left as it was"


def test_a_band_that_calls_for_a_conference_in_version_2_still_does():
    dash = default_catalogue().definition("dash", "2009")
    document = as_version_2(to_dict(dash))
    high = next(b for b in document["bands"] if b["id"] == "high")
    assert high["referral"] is True
    assert "refers_to_conference" not in high
    read = from_dict(InstrumentDefinition, document)
    assert read == dash
    assert next(b for b in read.bands if b.id == "high").refers_to_conference


def test_a_jurisdiction_packs_deadline_rules_of_version_2_are_its_deadline_provisions():
    document = as_version_2(to_dict(pack_for(Jurisdiction.SE)))
    assert "deadline_rules" in document
    assert from_json(JurisdictionPack, json.dumps(document)) == pack_for(Jurisdiction.SE)


def test_a_version_2_band_with_both_names_is_refused_at_the_old_one():
    document = as_version_2(to_dict(default_catalogue().definition("dash", "2009")))
    document["bands"][0]["refers_to_conference"] = False
    with pytest.raises(InvalidDocument) as caught:
        from_dict(InstrumentDefinition, document)
    assert [p.path for p in caught.value.problems] == ["$.bands[0].referral"]
