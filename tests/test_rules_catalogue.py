"""Promises about the shipped rules: each is sourced, worded in three languages, described,
documented and tested where it fires and where it does not."""

import ast
import importlib.util
from pathlib import Path

import pytest

from familyviolence import Jurisdiction, Language, Severity, default_rules
from familyviolence.jurisdictions import PACKS
from familyviolence.jurisdictions.no.rules import NORWAY_RULES
from familyviolence.jurisdictions.se.rules import SWEDEN_RULES
from familyviolence.law import LegalReference
from familyviolence.rulebook import RULE_PACKS
from familyviolence.rules.honour import HONOUR_RULES
from familyviolence.rules.interpreters import INTERPRETER_RULES
from familyviolence.rules.needs import NEEDS_RULES
from familyviolence.rules.practice import GOOD_PRACTICE, PRACTICE_RULES
from familyviolence.rules.protection import SAFETY_RULES
from familyviolence.rules.responsibility import RESPONSIBILITY_RULES
from familyviolence.rules.voice import VOICE_RULES
from familyviolence.rules.young_perpetrators import YOUNG_PERPETRATOR_RULES

ROOT = Path(__file__).parent.parent
SHIPPED = [rule for rules in RULE_PACKS.values() for rule in rules]


def rule_id(rule):
    return f"{rule.id}@{rule.valid_from or ''}"


@pytest.mark.parametrize("rule", SHIPPED, ids=rule_id)
def test_every_shipped_rule_has_a_reference_a_message_in_three_languages_and_a_description(rule):
    assert isinstance(rule.reference, LegalReference)
    assert rule.reference.statute.strip()
    texts = [rule.message.in_language(lang) for lang in Language]
    assert all(text.strip() for text in texts)
    # Translated, not copied: the Swedish and Norwegian messages differ from the English one.
    assert rule.message.sv != rule.message.en
    assert rule.message.nb != rule.message.en
    assert rule.given.strip()
    assert rule.when.strip()
    assert rule.then.strip()


@pytest.mark.parametrize("rule", SHIPPED, ids=rule_id)
def test_a_reference_without_a_provision_is_unverified_and_says_why(rule):
    for reference in (rule.reference, *rule.also):
        if reference.provision is None:
            assert not reference.verified, str(reference)
            assert reference.note, str(reference)


def test_rule_ids_are_unique_across_the_packs():
    owners = {}
    for name, rules in RULE_PACKS.items():
        for rule_id_ in rules.ids:
            assert owners.setdefault(rule_id_, name) == name, rule_id_


def test_each_pack_holds_its_own_jurisdictions_rules():
    assert {r.jurisdiction for r in SWEDEN_RULES} == {Jurisdiction.SE}
    assert {r.jurisdiction for r in NORWAY_RULES} == {Jurisdiction.NO}
    assert {r.jurisdiction for r in PRACTICE_RULES} == {None}
    assert {r.reference for r in PRACTICE_RULES} == {GOOD_PRACTICE}
    assert {r.jurisdiction for r in SAFETY_RULES} == {None}
    assert {r.reference for r in SAFETY_RULES} == {GOOD_PRACTICE}


def test_every_time_limit_of_every_pack_has_an_overdue_rule_citing_it():
    for jurisdiction, pack in PACKS.items():
        rules = [r for r in default_rules() if r.jurisdiction is jurisdiction]
        cited = {
            ref for r in rules if r.severity is Severity.ERROR for ref in (r.reference, *r.also)
        }
        for deadline_rule in pack.deadline_provisions:
            assert deadline_rule.reference in cited, deadline_rule.id


def test_the_default_rules_are_the_packs_in_order():
    expected = [
        *SWEDEN_RULES,
        *NORWAY_RULES,
        *PRACTICE_RULES,
        *SAFETY_RULES,
        *RESPONSIBILITY_RULES,
        *VOICE_RULES,
        *INTERPRETER_RULES,
        *HONOUR_RULES,
        *NEEDS_RULES,
        *YOUNG_PERPETRATOR_RULES,
    ]
    assert list(default_rules()) == expected


def scenario_calls():
    """Rule ids passed to ``fires`` and ``quiet`` in the scenario tests."""
    found = {"fires": set(), "quiet": set()}
    for path in (ROOT / "tests").glob("test_rules_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in found
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found[node.func.id].add(node.args[0].value)
    return found


@pytest.mark.parametrize("rule_id_", sorted({r.id for r in SHIPPED}))
def test_every_shipped_rule_has_a_scenario_where_it_fires_and_one_where_it_does_not(rule_id_):
    calls = scenario_calls()
    assert rule_id_ in calls["fires"], f"no scenario where {rule_id_} fires"
    assert rule_id_ in calls["quiet"], f"no scenario where {rule_id_} stays quiet"


def generated_tables():
    spec = importlib.util.spec_from_file_location(
        "generated_tables", ROOT / "docs" / "_ext" / "generated_tables.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_docs_catalogue_shows_every_rule_with_its_reference_description_and_messages():
    page = generated_tables().rule_catalogue()
    for rule in SHIPPED:
        assert f"#### `{rule.id}`" in page
        assert str(rule.reference) in page
        for text in (rule.given, rule.when, rule.then):
            assert text in page
        for lang in Language:
            assert rule.message.in_language(lang) in page
    assert "rules.md" in generated_tables().TABLES


def test_the_rules_page_is_in_the_docs_and_includes_the_generated_catalogue():
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert "\nrules\n" in index
    assert "_generated/rules.md" in page
