"""The command line, run as users run it: exit codes, formats, and no tracebacks."""

import datetime as dt
import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from familyviolence.instruments import InstrumentKind

DATA = Path(__file__).parent.parent / "examples" / "data"


def run(*args, stdin=None):
    return subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "familyviolence", *args],
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
    )


def test_schema_prints_a_json_schema_of_each_document_type():
    result = run("schema", "assessment")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "Assessment"
    assert schema["$schema"].endswith("2020-12/schema")


def test_schema_refuses_an_unknown_type_with_a_usage_message():
    result = run("schema", "horoscope")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def test_instruments_lists_the_catalogue_in_text_and_json():
    text = run("instruments", "--lang", "sv")
    assert text.returncode == 0
    assert "odara 2004" in text.stdout
    swedish_kind = InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT.label("sv")
    assert "sara 3\t" in text.stdout
    assert swedish_kind in text.stdout
    rows = json.loads(run("instruments", "--format", "json").stdout)
    assert {r["id"] for r in rows} >= {"sara", "dash", "odara", "patriark", "danger_assessment"}
    assert next(r for r in rows if r["id"] == "dash")["items"] == 24


def test_assess_prints_a_dash_result_with_the_marac_referral():
    result = run("assess", str(DATA / "dash-assessment.json"))
    assert result.returncode == 0
    assert "Score: 15" in result.stdout
    assert "multi-agency risk assessment conference" in result.stdout


def test_assess_reads_standard_input_and_writes_json():
    document = (DATA / "dash-assessment.json").read_text(encoding="utf-8")
    result = run("assess", "-", "--format", "json", stdin=document)
    assert result.returncode == 0
    assert json.loads(result.stdout)["refers_to_conference"] is True


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "cannot be read"),
        ("{not json", "not a valid assessment document"),
        ('{"schema_version": 1, "id": "a"}', "$.instrument"),
    ],
)
def test_a_bad_file_exits_2_with_its_name_and_path_and_no_traceback(tmp_path, content, expected):
    path = tmp_path / "assessment.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run("assess", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_an_answer_off_the_scale_exits_2_naming_the_item(tmp_path):
    document = json.loads((DATA / "dash-assessment.json").read_text(encoding="utf-8"))
    document["answers"][0]["value"] = "partial"
    path = tmp_path / "dash.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run("assess", str(path))
    assert result.returncode == 2
    assert document["answers"][0]["item"] in result.stderr
    assert "Traceback" not in result.stderr


# -- check ------------------------------------------------------------------------------------

SWEDISH = DATA / "uppsala-case.json"
NORWEGIAN = DATA / "bergen-case.json"


def test_check_exits_0_when_no_file_has_error_level_findings():
    result = run("check", str(NORWEGIAN), "--on", "2026-06-01")
    assert result.returncode == 0, result.stderr
    assert "case bergen-2026-0342 on 2026-06-01: error 0, warning 0, information 0" in result.stdout


def test_check_exits_0_with_warnings_only():
    result = run("check", str(SWEDISH), "--on", "2026-07-01")
    assert result.returncode == 0, result.stderr
    assert "warning SE-DEADLINE-MET-LATE $.history[0]:" in result.stdout


def test_check_exits_1_with_error_level_findings_grouped_per_file():
    result = run("check", str(SWEDISH), str(NORWEGIAN), "--on", "2026-09-01")
    assert result.returncode == 1, result.stderr
    swedish, norwegian = result.stdout.split("bergen-case.json:")
    assert "uppsala-case.json: case uppsala-2026-0117" in swedish
    assert "error NO-FEEDBACK-ON-OUTCOME-OVERDUE $.history[2]:" in norwegian
    assert "Ingrid" not in result.stdout


def test_check_speaks_swedish_and_norwegian():
    swedish = run("check", str(SWEDISH), "--on", "2026-02-24", "--lang", "sv")
    assert swedish.returncode == 1
    assert "fel SE-PREASSESSMENT-OVERDUE $.history[0]: Förhandsbedömningen av anmälan" in (
        swedish.stdout
    )
    norwegian = run("check", str(NORWEGIAN), "--on", "2026-09-01", "--lang", "nb")
    assert "feil NO-FEEDBACK-ON-OUTCOME-OVERDUE" in norwegian.stdout
    assert "Tilbakemelding til melderen" in norwegian.stdout


def test_check_writes_json_with_ids_paths_persons_and_references():
    result = run("check", str(NORWEGIAN), "--on", "2026-09-01", "--format", "json", "--lang", "sv")
    assert result.returncode == 1
    (document,) = json.loads(result.stdout)
    assert document["file"] == str(NORWEGIAN)
    assert document["case"] == "bergen-2026-0342"
    assert document["on"] == "2026-09-01"
    first = document["findings"][0]
    assert first["rule_id"] == "NO-FEEDBACK-ON-OUTCOME-OVERDUE"
    assert first["severity"] == "error"
    assert first["path"] == "$.history[2]"
    assert first["persons"] == ["child-1"]
    assert first["message"].startswith("Återkoppling till anmälaren")
    assert first["reference"].startswith("barnevernsloven 2021:97")
    assert first["verified"] is False
    assert "PRACTICE-ASSESSOR-NOT-QUALIFIED" in document["skipped"]


def test_check_reads_standard_input():
    document = SWEDISH.read_text(encoding="utf-8")
    result = run("check", "-", "--on", "2026-02-24", stdin=document)
    assert result.returncode == 1
    assert result.stdout.startswith("-: case uppsala-2026-0117 on 2026-02-24")


def test_check_without_a_date_evaluates_today():
    result = run("check", str(NORWEGIAN))
    assert result.returncode in (0, 1)
    assert f"on {dt.date.today()}" in result.stdout  # noqa: DTZ011 - what the command does


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "cannot be read"),
        ("[1, 2", "not a valid case document"),
        ('{"schema_version": 1, "id": "c"}', "$.jurisdiction"),
    ],
)
def test_check_exits_2_for_a_bad_file_and_still_checks_the_others(tmp_path, content, expected):
    path = tmp_path / "case.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = run("check", str(path), str(NORWEGIAN), "--on", "2026-09-01")
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert "NO-FEEDBACK-ON-OUTCOME-OVERDUE" in result.stdout


def test_check_refuses_a_date_that_is_not_a_date():
    result = run("check", str(NORWEGIAN), "--on", "1 March")
    assert result.returncode == 2
    assert "not a date" in result.stderr


def test_a_case_whose_history_breaks_the_process_is_a_bad_document(tmp_path):
    document = json.loads(SWEDISH.read_text(encoding="utf-8"))
    document["history"][5], document["history"][6] = document["history"][6], document["history"][5]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = run("check", str(path), "--on", "2026-07-01")
    assert result.returncode == 2
    assert "$.history[5]" in result.stderr


def test_the_example_case_documents_are_what_their_builders_write(monkeypatch):
    # As when the script is run: its own directory is on the path.
    monkeypatch.syspath_prepend(str(DATA.parent))
    builders = runpy.run_path(str(DATA.parent / "case_documents.py"))
    for name, document in builders["documents"]().items():
        assert (DATA / name).read_bytes() == document, name
