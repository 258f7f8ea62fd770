"""The rules engine: rules as data, rule sets users change, and what evaluate promises."""

import datetime as dt
import pickle

import pytest

from familyviolence import (
    Finding,
    InvalidModel,
    Jurisdiction,
    Severity,
    default_rules,
    evaluate,
    evolve,
)
from familyviolence.errors import UnknownRule
from familyviolence.events import ImmediateProtectionAssessed, NoteAdded
from familyviolence.instruments import AssessorQualifications
from familyviolence.law import LegalReference
from familyviolence.rules import Hit, Rule, RuleContext, RuleFailed, RuleSet, hit
from familyviolence.vocabulary import Labels
from rule_checks import report
from scenario import SOCIAL_WORKER, at, new_case

ROUTINE = LegalReference(statute="Malmö routine for notes", verified=True)
NOTE_MESSAGE = Labels(
    sv="Anteckning {index} saknar uppföljning.",
    nb="Notat {index} mangler oppfølging.",
    en="Note {index} has no follow-up.",
)


def every_note(case, _on, _context):
    """An organisation's own routine: every note is flagged (for the tests' sake)."""
    for i, _ in case.events(NoteAdded):
        yield hit(f"$.history[{i}]", *case.subjects, index=i)


def routine(**changes):
    rule = Rule(
        id="MALMO-NOTE-FOLLOW-UP",
        severity=Severity.INFO,
        reference=ROUTINE,
        message=NOTE_MESSAGE,
        given="a note in the case",
        when="always",
        then="the note is followed up",
        check=every_note,
    )
    return evolve(rule, **changes) if changes else rule


def noted(*days):
    return new_case().record(
        *(NoteAdded(at=at(d), actor=SOCIAL_WORKER, text="Samtal med skolan.") for d in days)
    )


# -- rules -----------------------------------------------------------------------------------


def test_a_rule_reads_its_verified_flag_and_placeholders_from_its_data():
    rule = routine()
    assert rule.verified
    assert rule.placeholders == {"index"}
    assert rule.applies_to(Jurisdiction.NO)
    assert not routine(jurisdiction=Jurisdiction.SE).applies_to(Jurisdiction.NO)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"id": "lower-case"}, "id"),
        ({"id": "SE--DOUBLE"}, "id"),
        ({"message": Labels(sv="{a}", nb="{a}", en="{b}")}, "message"),
        ({"message": Labels(sv="{a.b}", nb="{a.b}", en="{a.b}")}, "message"),
        ({"message": Labels(sv="{a:>3}", nb="{a:>3}", en="{a:>3}")}, "message"),
        ({"needs": ("agency_directory",)}, "needs"),
        ({"check": "not a function"}, "check"),
        ({"given": "  "}, "given"),
        ({"valid_from": dt.date(2026, 2, 1), "valid_to": dt.date(2026, 1, 1)}, "valid_to"),
        ({"valid_from": dt.datetime(2026, 2, 1)}, "valid_from"),  # noqa: DTZ001
    ],
)
def test_a_rule_that_cannot_be_right_is_refused(changes, field):
    with pytest.raises(InvalidModel) as refused:
        routine(**changes)
    assert refused.value.field == field


def test_a_rule_applies_only_within_its_validity_period():
    rule = routine(valid_from=dt.date(2026, 1, 1), valid_to=dt.date(2026, 6, 30))
    assert not rule.applies_on(dt.date(2025, 12, 31))
    assert rule.applies_on(dt.date(2026, 1, 1))
    assert rule.applies_on(dt.date(2026, 6, 30))
    assert not rule.applies_on(dt.date(2026, 7, 1))


# -- rule sets -------------------------------------------------------------------------------


def test_two_versions_of_a_rule_in_force_on_the_same_day_are_refused():
    old = routine(valid_to=dt.date(2025, 6, 30))
    with pytest.raises(InvalidModel, match="two versions"):
        RuleSet(rules=(old, routine(valid_from=dt.date(2025, 6, 30))))
    both = RuleSet(rules=(old, routine(valid_from=dt.date(2025, 7, 1))))
    assert both.ids == ("MALMO-NOTE-FOLLOW-UP",)
    assert len(both.versions("MALMO-NOTE-FOLLOW-UP")) == 2
    assert both.rule("MALMO-NOTE-FOLLOW-UP", on=dt.date(2025, 6, 30)) is old


def test_a_misspelt_rule_id_is_an_error_not_a_silent_no_op():
    with pytest.raises(UnknownRule) as unknown:
        default_rules().without("SE-PREASESSMENT-OVERDUE")
    assert unknown.value.rule_id == "SE-PREASESSMENT-OVERDUE"
    with pytest.raises(UnknownRule):
        default_rules().only("NOPE")
    with pytest.raises(UnknownRule):
        default_rules().with_severity(Severity.ERROR, "NOPE")


def test_without_removes_every_version_and_only_keeps_the_order():
    rules = default_rules()
    assert "SE-PERPETRATOR-SUPPORT-NOT-DECIDED" not in rules.without(
        "SE-PERPETRATOR-SUPPORT-NOT-DECIDED"
    )
    picked = rules.only("PRACTICE-FAMILY-CONTACT-NOT-OFFERED", "SE-PREASSESSMENT-OVERDUE")
    assert picked.ids == ("SE-PREASSESSMENT-OVERDUE", "PRACTICE-FAMILY-CONTACT-NOT-OFFERED")


def test_with_rules_adds_an_organisations_routine_and_replaces_a_rule_by_id():
    rules = default_rules().with_rules(routine())
    assert rules.ids[-1] == "MALMO-NOTE-FOLLOW-UP"
    stricter = rules.with_rules(routine(severity=Severity.ERROR))
    assert len(stricter.versions("MALMO-NOTE-FOLLOW-UP")) == 1
    assert stricter.versions("MALMO-NOTE-FOLLOW-UP")[0].severity is Severity.ERROR


def test_with_severity_changes_every_version_of_a_rule():
    rules = default_rules().with_severity(Severity.ERROR, "SE-PERPETRATOR-SUPPORT-NOT-DECIDED")
    versions = rules.versions("SE-PERPETRATOR-SUPPORT-NOT-DECIDED")
    assert len(versions) == 2
    assert {v.severity for v in versions} == {Severity.ERROR}


def test_in_force_picks_the_rules_of_a_day_and_a_jurisdiction():
    rules = default_rules()
    swedish = rules.in_force(on=dt.date(2026, 3, 2), jurisdiction=Jurisdiction.SE)
    assert not [r for r in swedish if r.jurisdiction is Jurisdiction.NO]
    perpetrator = [r for r in swedish if r.id == "SE-PERPETRATOR-SUPPORT-NOT-DECIDED"]
    assert [r.reference.statute for r in perpetrator] == ["SoL 2025:400"]


# -- evaluate --------------------------------------------------------------------------------


def test_a_users_own_rule_runs_with_the_shipped_ones():
    case = noted("2026-03-02")
    findings = evaluate(case, on=dt.date(2026, 3, 2), rules=default_rules().with_rules(routine()))
    (finding,) = findings.of_rule("MALMO-NOTE-FOLLOW-UP")
    assert finding == Finding(
        rule_id="MALMO-NOTE-FOLLOW-UP",
        severity=Severity.INFO,
        path="$.history[0]",
        persons=("elias",),
        reference=ROUTINE,
        message=Labels(
            sv="Anteckning 0 saknar uppföljning.",
            nb="Notat 0 mangler oppfølging.",
            en="Note 0 has no follow-up.",
        ),
    )
    assert str(finding) == "info MALMO-NOTE-FOLLOW-UP at $.history[0]: Note 0 has no follow-up."


def test_rules_can_be_given_as_a_plain_list():
    findings = evaluate(noted("2026-03-02"), on=dt.date(2026, 3, 2), rules=[routine()])
    assert findings.rule_ids == ("MALMO-NOTE-FOLLOW-UP",)


def test_a_rule_of_another_jurisdiction_or_out_of_force_does_not_run():
    case = noted("2026-03-02")
    norwegian = routine(jurisdiction=Jurisdiction.NO)
    expired = routine(valid_to=dt.date(2025, 12, 31))
    assert not evaluate(case, on=dt.date(2026, 3, 2), rules=[norwegian])
    assert not evaluate(case, on=dt.date(2026, 3, 2), rules=[expired])


def test_findings_are_ordered_by_rule_then_path_with_numbers_compared_as_numbers():
    days = [f"2026-03-{d:02d}" for d in range(1, 13)]
    case = noted(*days)
    late = routine(id="ACME-SECOND")
    findings = evaluate(case, on=dt.date(2026, 3, 31), rules=[late, routine()])
    paths = [(f.rule_id, f.path) for f in findings]
    assert paths[:3] == [
        ("ACME-SECOND", "$.history[0]"),
        ("ACME-SECOND", "$.history[1]"),
        ("ACME-SECOND", "$.history[2]"),
    ]
    assert paths[11] == ("ACME-SECOND", "$.history[11]")
    assert paths[12] == ("MALMO-NOTE-FOLLOW-UP", "$.history[0]")


def test_only_what_was_recorded_by_the_day_counts():
    case = noted("2026-03-02", "2026-03-05")
    findings = evaluate(case, on=dt.date(2026, 3, 4), rules=[routine()])
    assert [f.path for f in findings] == ["$.history[0]"]


def test_a_rule_whose_context_is_missing_is_skipped_and_says_so():
    needy = routine(needs=("qualifications",))
    findings = evaluate(noted("2026-03-02"), on=dt.date(2026, 3, 2), rules=[needy])
    assert not findings
    assert findings.skipped == ("MALMO-NOTE-FOLLOW-UP",)
    told = evaluate(
        noted("2026-03-02"),
        on=dt.date(2026, 3, 2),
        rules=[needy],
        context=RuleContext(qualifications=()),
    )
    assert len(told) == 1
    assert told.skipped == ()


def crashing(*_):
    return [1 / 0]


@pytest.mark.parametrize(
    ("check", "cause"),
    [
        (crashing, ZeroDivisionError),
        (lambda *_: ["$.history[0]"], TypeError),
        (lambda *_: [hit("$", "nobody")], LookupError),
        (lambda *_: [hit("$")], KeyError),  # no value for {index}
    ],
    ids=["raises", "not a hit", "unknown person", "missing placeholder"],
)
def test_a_rule_that_crashes_is_a_bug_named_by_its_id(check, cause):
    with pytest.raises(RuleFailed) as failed:
        evaluate(noted("2026-03-02"), on=dt.date(2026, 3, 2), rules=[routine(check=check)])
    assert failed.value.rule_id == "MALMO-NOTE-FOLLOW-UP"
    assert failed.value.case_id == "case-1"
    assert isinstance(failed.value.__cause__, cause)
    assert "MALMO-NOTE-FOLLOW-UP" in str(failed.value)


def test_the_other_rules_still_run_when_one_crashes_and_their_findings_come_with_the_error():
    always = routine(check=lambda *_: [hit("$.history[0]", index=0)])
    rules = [
        routine(check=crashing),
        evolve(always, id="MALMO-NOTE-SIGNED"),
        evolve(routine(check=crashing), id="MALMO-NOTE-FILED"),
    ]
    with pytest.raises(RuleFailed) as failed:
        evaluate(noted("2026-03-02"), on=dt.date(2026, 3, 2), rules=rules)
    findings = failed.value.findings
    assert failed.value.rule_id == "MALMO-NOTE-FOLLOW-UP"
    assert findings.rule_ids == ("MALMO-NOTE-SIGNED",)
    assert findings.failed == ("MALMO-NOTE-FOLLOW-UP", "MALMO-NOTE-FILED")
    assert pickle.loads(pickle.dumps(failed.value)).findings == findings  # noqa: S301 - our own


def test_the_day_must_be_a_date():
    with pytest.raises(TypeError):
        evaluate(noted("2026-03-02"), on=dt.datetime(2026, 3, 2, 9, 0))  # noqa: DTZ001


def test_findings_answer_what_a_caseworker_asks():
    case = new_case().record(
        report(at("2026-03-02", "09:40")),
        ImmediateProtectionAssessed(
            at=at("2026-03-02", "14:00"), actor=SOCIAL_WORKER, protection_needed=False
        ),
    )
    findings = evaluate(case, on=dt.date(2026, 3, 20), rules=default_rules().with_rules(routine()))
    assert findings.case_id == "case-1"
    assert findings.on == dt.date(2026, 3, 20)
    assert findings.worst is Severity.ERROR
    assert [f.rule_id for f in findings.errors] == ["SE-PREASSESSMENT-OVERDUE"]
    assert findings.of_severity(Severity.INFO) == ()
    assert evaluate(new_case(), on=dt.date(2026, 3, 20)).worst is None


def test_hits_hold_only_ids_codes_numbers_dates_and_vocabulary():
    with pytest.raises(InvalidModel, match=r"values\[0\]\[1\]: must be a string or an integer"):
        hit("$", who=object())
    with pytest.raises(InvalidModel, match="JSON path"):
        Hit(path="history[0]")
    assert hit("$.history[0]", "a", "a").persons == ("a",)


def test_severities_are_labelled_and_ranked():
    assert Severity.ERROR.label("sv") == "fel"
    assert Severity.WARNING.label("nb") == "advarsel"
    assert Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank


def test_a_context_lists_each_professional_once():
    with pytest.raises(InvalidModel, match="more than once"):
        RuleContext(
            qualifications=(
                *qualifications("sw-1"),
                *qualifications("sw-1"),
            )
        )
    context = RuleContext(qualifications=qualifications("sw-1"))
    assert context.is_qualified("sw-1", "sara")
    assert not context.is_qualified("sw-2", "sara")
    assert RuleContext().is_qualified("sw-1", "sara") is None


def qualifications(professional):
    return (AssessorQualifications(professional_id=professional, instruments=("sara",)),)


@pytest.mark.parametrize(
    "error",
    [UnknownRule("SE-X"), RuleFailed("SE-X", "case-1", "ZeroDivisionError")],
    ids=lambda e: type(e).__name__,
)
def test_the_rule_errors_survive_pickling(error):
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert type(copy) is type(error)
    assert str(copy) == str(error)
