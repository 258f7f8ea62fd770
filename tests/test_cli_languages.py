"""The command line in the user's language: every word of every command's output in sv, nb or
en, no traceback for any input or date, problems as JSON where JSON was asked for, help for every
command and option, its version, and a pointer to the right command for a document of another
kind."""

import argparse
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import familyviolence
from familyviolence import Severity, default_rules, rulebook, to_json
from familyviolence.cli import _parser, main
from familyviolence.law import LegalReference
from familyviolence.rules import Rule, RuleSet
from familyviolence.testing import strategies as fvst
from familyviolence.vocabulary import Labels

DATA = Path(__file__).parent.parent / "examples" / "data"
SWEDISH = DATA / "uppsala-case.json"
NORWEGIAN = DATA / "bergen-case.json"
DASH = DATA / "dash-assessment.json"
LANGUAGES = ("sv", "nb", "en")

# Words of the command line's English that must not show in Swedish or Norwegian output.
ENGLISH = re.compile(
    r"\b(case|on|error|warning|expected|found|cannot|read|valid|document|problem|"
    r"rule|evaluated|Score|Level|Note|items|omitted|Refer|raised|Critical|unverified|file|"
    r"string|object|array|number|missing|key|date|check it|show)\b"
)


def run(*args, stdin=None):
    return subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "familyviolence", *args],
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
    )


def in_process(*args, capsys):
    out = io.StringIO()
    code = main(list(args), stdout=out)
    return code, out.getvalue(), capsys.readouterr().err


def _without_data(text: str) -> str:
    """The output without what is data, not the command line's words: paths, ids, codes."""
    text = re.sub(r"\S*\.json", "", text)
    text = re.sub(r"\$[\w.\[\]]*", "", text)
    text = re.sub(r"\b[A-Z][A-Z0-9]+(-[A-Z0-9]+)+\b", "", text)  # rule ids
    text = re.sub(r"\b[a-z]+(-[a-z0-9]+)+\b", "", text)  # ids such as uppsala-2026-0117
    text = re.sub(r"`[^`]*`", "", text)  # commands to run
    text = re.sub(r"\((case|family-system|assessment)\)", "", text)  # a kind's code by its label
    text = re.sub(r"\(\w+\) (med|with) \w+ (och|og|and) \w+", "", text)  # a model's field names
    return re.sub(r"på engelsk[a]?: [^)\]]*", "", text)  # marked as English: a note of the data


# -- no traceback for any input or date --------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_check_on_the_first_and_the_last_day_there_is_gives_no_traceback(lang, day):
    result = run("check", str(SWEDISH), str(NORWEGIAN), "--on", day, "--lang", lang)
    assert result.returncode in (0, 1, 2)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.count(day) == 2


def _crashing(*_):
    raise ZeroDivisionError


CRASHING = Rule(
    id="ACME-CRASHES",
    severity=Severity.ERROR,
    reference=LegalReference(statute="ACME routine 1", verified=True),
    message=Labels(sv="Kraschar.", nb="Krasjer.", en="Crashes."),
    given="any case",
    when="always",
    then="never",
    check=_crashing,
)


@pytest.fixture
def a_rule_that_crashes(monkeypatch):
    rules = RuleSet(rules=(CRASHING, *default_rules()))
    monkeypatch.setattr(rulebook, "default_rules", lambda: rules)


PROBLEM = {
    "sv": "problem: regeln ACME-CRASHES kunde inte prövas",
    "nb": "problem: regelen ACME-CRASHES kunne ikke prøves",
    "en": "problem: the rule ACME-CRASHES could not be evaluated",
}
ERROR = {"sv": "fel NO-FEEDBACK", "nb": "feil NO-FEEDBACK", "en": "error NO-FEEDBACK"}


@pytest.mark.usefixtures("a_rule_that_crashes")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_rule_that_fails_is_a_problem_with_exit_2_and_the_others_still_run(lang, capsys):
    code, out, err = in_process("check", str(NORWEGIAN), "--on", "2026-09-01", "--lang", lang,
                                capsys=capsys)  # fmt: skip
    assert code == 2
    assert PROBLEM[lang] in out
    assert ERROR[lang] in out  # the other rules ran and found what they find
    assert "Traceback" not in out + err
    code, out, _ = in_process("check", str(NORWEGIAN), "--on", "2026-09-01", "--lang", lang,
                              "--format", "json", capsys=capsys)  # fmt: skip
    (document,) = json.loads(out)
    assert code == 2
    assert document["failed"] == ["ACME-CRASHES"]
    assert document["problems"][0]["rule_id"] == "ACME-CRASHES"
    assert "ZeroDivisionError" in document["problems"][0]["message"]
    assert "NO-FEEDBACK-ON-OUTCOME-OVERDUE" in {f["rule_id"] for f in document["findings"]}


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(), lang=st.sampled_from(LANGUAGES))
def test_check_gives_an_exit_code_and_no_traceback_on_any_day(day, lang, capsys):
    code, out, err = in_process("check", str(SWEDISH), "--on", day.isoformat(), "--lang", lang,
                                capsys=capsys)  # fmt: skip
    assert code in (0, 1, 2)
    assert "Traceback" not in out + err


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=200) | st.from_type(familyviolence.Person).map(to_json),
       command=st.sampled_from(["check", "assess"]), lang=st.sampled_from(LANGUAGES))  # fmt: skip
def test_any_bytes_given_as_a_document_exit_2_without_a_traceback(data, command, lang, tmp_path_factory, capsys):  # fmt: skip  # noqa: E501
    path = tmp_path_factory.mktemp("input") / "document.json"
    path.write_bytes(data)
    code, out, err = in_process(command, str(path), "--lang", lang, capsys=capsys)
    assert code == 2
    assert "Traceback" not in out + err


# -- --format json: unreadable and invalid documents on standard output -------------------------

UNREADABLE = {
    "sv": "kan inte läsas (filen finns inte)",
    "nb": "kan ikke leses (fila finnes ikke)",
    "en": "cannot be read (no such file)",
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("command", ["check", "assess"])
def test_an_unreadable_file_with_format_json_is_reported_as_json_on_stdout(lang, command, tmp_path):
    missing = tmp_path / "missing.json"
    result = run(command, str(missing), "--format", "json", "--lang", lang)
    assert result.returncode == 2
    assert result.stderr == ""
    reported = json.loads(result.stdout)
    (document,) = reported if command == "check" else [reported]
    assert document["file"] == str(missing)
    assert document["valid"] is False
    assert UNREADABLE[lang] in document["message"]
    assert document["problems"][0]["path"] == "$"


TRUNCATED = {
    "sv": "ett dokument som slutar för tidigt (det är avkortat)",
    "nb": "et dokument som slutter for tidlig (det er avkortet)",
    "en": "a document that ends too early (it is truncated)",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_invalid_document_with_format_json_lists_its_problems_and_the_others_are_checked(
    lang, tmp_path
):
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 2, "id": "case-1"', encoding="utf-8")
    result = run("check", str(broken), str(NORWEGIAN), "--on", "2026-09-01", "--format", "json",
                 "--lang", lang)  # fmt: skip
    assert result.returncode == 2
    bad, good = json.loads(result.stdout)
    assert bad["valid"] is False
    assert bad["problems"] == [
        {"path": "$", "expected": bad["problems"][0]["expected"], "found": TRUNCATED[lang]}
    ]
    assert good["valid"] is True
    assert good["findings"]


# -- every word in the chosen language ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_check_speaks_only_the_chosen_language(lang):
    result = run("check", str(SWEDISH), str(NORWEGIAN), "--on", "2026-09-01", "--lang", lang)
    assert result.returncode == 1
    assert ENGLISH.search(_without_data(result.stdout)) is None, result.stdout


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_problems_of_a_document_are_told_in_the_chosen_language_codes_with_labels(lang, tmp_path):
    document = json.loads(SWEDISH.read_text(encoding="utf-8"))
    document["family"]["relationships"][0]["kind"] = "guardian"
    document["family"]["persons"][0]["birth_date"] = "2026-02-30"
    document["family"]["persons"][1]["identity_number"] = "19880417-2388"
    document["family"]["persons"][1]["favourite_colour"] = "blue"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run("check", str(path), "--lang", lang)
    assert result.returncode == 2
    custodian = familyviolence.RelationshipKind.CUSTODIAN
    assert f"custodian ({custodian.label(lang)})" in result.stderr
    assert ENGLISH.search(_without_data(result.stderr)) is None, result.stderr


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_assess_speaks_only_the_chosen_language(lang):
    result = run("assess", str(DASH), "--lang", lang)
    assert result.returncode == 0
    assert ("Poäng: 15" if lang == "sv" else "Poeng: 15") in result.stdout
    assert "MARAC" in result.stdout
    _name, *rest = result.stdout.splitlines()  # the instrument's own name comes first
    assert ENGLISH.search(_without_data("\n".join(rest))) is None, result.stdout


@pytest.mark.parametrize("lang", LANGUAGES)
def test_assess_as_json_shows_codes_with_their_labels(lang):
    result = run("assess", str(DASH), "--format", "json", "--lang", lang)
    document = json.loads(result.stdout)
    assert document["kind"] == "threshold_checklist"
    assert document["labels"][
        "kind"
    ] == familyviolence.instruments.InstrumentKind.THRESHOLD_CHECKLIST.label(lang)
    assert document["labels"]["band"]


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_an_assessment_of_a_structured_judgement_is_told_in_the_chosen_language(lang, tmp_path):
    sara = fvst.assessments(familyviolence.default_catalogue().definition("sara", "3"))

    @settings(max_examples=5)
    @given(sara)
    def told(assessment):
        path = tmp_path / "sara.json"
        path.write_bytes(to_json(assessment))
        out = io.StringIO()
        assert main(["assess", str(path), "--lang", lang], stdout=out) == 0
        _name, *rest = out.getvalue().splitlines()
        assert ENGLISH.search(_without_data("\n".join(rest))) is None, out.getvalue()

    told()


@pytest.mark.parametrize("lang", ["sv", "nb"])
def test_instruments_speak_the_chosen_language(lang):
    result = run("instruments", "--lang", lang)
    assert ("punkter" if lang == "sv" else "ledd") in result.stdout
    assert " items" not in result.stdout
    rows = json.loads(run("instruments", "--format", "json", "--lang", lang).stdout)
    dash = next(r for r in rows if r["id"] == "dash")
    assert dash["kind"] == "threshold_checklist"
    assert dash[
        "kind_label"
    ] == familyviolence.instruments.InstrumentKind.THRESHOLD_CHECKLIST.label(lang)


# -- help, defaults and version -------------------------------------------------------------


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = _parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(commands.choices)


@pytest.mark.parametrize("command", ["check", "schema", "instruments", "assess"])
def test_every_command_and_option_has_help_and_shows_its_default(command):
    parser = _commands()[command]
    assert parser.description
    for action in parser._actions:
        assert action.help, (command, action.dest)
    text = run(command, "--help").stdout
    assert parser.description.split()[0] in text
    for action in parser._actions:
        if action.default not in (None, argparse.SUPPRESS) and action.option_strings:
            assert f"(default: {action.default})" in " ".join(text.split()), action.dest


def test_the_top_level_help_lists_every_command_with_its_summary():
    text = run("--help").stdout
    for command in _commands():
        assert re.search(rf"^\s+{command}\s+\w", text, re.MULTILINE), command


def test_version_prints_the_installed_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"python -m familyviolence {familyviolence.__version__}"


# -- a document of another kind -------------------------------------------------------------

HINTS = {
    "sv": "det här är ett dokument av typen ärende (case): pröva det med",
    "nb": "dette er et dokument av typen sak (case): prøv det med",
    "en": "this is a case document: check it with",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_assess_on_a_case_document_points_to_check(lang):
    result = run("assess", str(SWEDISH), "--lang", lang)
    assert result.returncode == 2
    assert HINTS[lang] in result.stderr
    assert f"python -m familyviolence check {SWEDISH}" in result.stderr
    assert "extra key" not in result.stderr
    assert len(result.stderr.splitlines()) == 2


@pytest.mark.parametrize("lang", LANGUAGES)
def test_check_on_an_assessment_points_to_assess_also_in_json(lang):
    result = run("check", str(DASH), "--lang", lang, "--format", "json")
    assert result.returncode == 2
    (document,) = json.loads(result.stdout)
    assert f"python -m familyviolence assess {DASH}" in document["hint"]
    assert document["problems"][0]["path"] == "$"


def test_check_on_a_family_system_points_to_its_schema(tmp_path):
    path = tmp_path / "family.json"
    path.write_bytes(to_json(familyviolence.FamilySystem(persons=(familyviolence.Person(id="a"),))))
    result = run("check", str(path))
    assert result.returncode == 2
    assert "this is a family system document" in result.stderr
    assert "schema family-system" in result.stderr


def test_the_days_a_case_is_checked_on_are_dates_of_the_calendar():
    assert dt.date.min.isoformat() == "0001-01-01"
