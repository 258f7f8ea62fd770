"""The command line, run as users run it: exit codes, formats, and no tracebacks."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from familyviolence import InstrumentKind

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
    assert json.loads(result.stdout)["referral"] is True


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "cannot be read"),
        ("{not json", "not a valid Assessment document"),
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
