"""The command line's register-export: files written, the register's findings, clear refusals."""

import json
from pathlib import Path

from familyviolence import to_json
from familyviolence.cli import main
from register_scenario import BERGEN, XSD, elias_case, parse, received

ROOT = Path(__file__).parent.parent
BERGEN_CASE = ROOT / "examples" / "data" / "bergen-case.json"


def agency_file(tmp_path):
    path = tmp_path / "bergen.json"
    path.write_bytes(to_json(BERGEN))
    return path


def run(tmp_path, *files, extra=()):
    out = tmp_path / "register.xml"
    printed = tmp_path / "printed.txt"
    with printed.open("w", encoding="utf-8") as stdout:
        code = main(
            [
                "register-export",
                *map(str, files),
                "--agency",
                str(agency_file(tmp_path)),
                "--xsd",
                str(XSD),
                "--out",
                str(out),
                "--extracted-at",
                "2026-09-01T10:00:00+02:00",
                *extra,
            ],
            stdout=stdout,
        )
    return code, out, printed.read_text(encoding="utf-8")


def test_the_bergen_case_is_written_and_the_registers_findings_are_printed_in_norwegian(tmp_path):
    code, out, printed = run(tmp_path, BERGEN_CASE, extra=("--lang", "nb"))
    assert code == 1  # the register would find errors: no Personalia, no case content
    assert parse(out.read_bytes()).find("Sak").get("Journalnummer") == "bergen-2026-0342"
    assert "feil NO-REGISTER-MELDING-5 $.history[0]: Konkludert melding mangler saksinnhold." in (
        printed
    )
    assert f"skrevet til {out}" in printed


def test_findings_as_json(tmp_path):
    code, _, printed = run(tmp_path, BERGEN_CASE, extra=("--format", "json"))
    (row,) = json.loads(printed)
    assert code == 1
    assert row["child"] == "child-1"
    assert "NO-REGISTER-PERSONALIA-11" in {f["rule_id"] for f in row["findings"]}


def test_a_refused_case_exits_2_without_a_traceback(tmp_path, capsys):
    from familyviolence.vocabulary import AddressProtection  # noqa: PLC0415

    case = tmp_path / "protected.json"
    case.write_bytes(
        to_json(received(elias_case(protection=AddressProtection.STRICTLY_CONFIDENTIAL_ADDRESS)))
    )
    code, out, _ = run(tmp_path, case)
    error = capsys.readouterr().err
    assert code == 2
    assert "not exported" in error
    assert "Traceback" not in error
    assert "12031451343" not in error
    assert not out.exists()


def test_a_bad_agency_file_exits_2_naming_the_field(tmp_path, capsys):
    agency = tmp_path / "agency.json"
    agency.write_text('{"schema_version": 2, "organisation_number": "123"}', encoding="utf-8")
    code = main(
        ["register-export", str(BERGEN_CASE), "--agency", str(agency), "--xsd", str(XSD),
         "--out", str(tmp_path / "x.xml")]
    )  # fmt: skip
    error = capsys.readouterr().err
    assert code == 2
    assert "$.case_system: expected a value" in error
    assert "Traceback" not in error


def test_what_the_export_leaves_out_is_said_in_the_users_language(tmp_path):
    _, _, printed = run(tmp_path, BERGEN_CASE, extra=("--lang", "nb"))
    assert (
        "  $.history[0]: Melding/Saksinnhold ikke skrevet: meldingen er ikke registrert i detalj"
        in printed
    )
    assert "not written" not in printed
    _, _, printed = run(tmp_path, BERGEN_CASE, extra=("--lang", "sv"))
    assert "Melding/Saksinnhold inte skrivet: anmälan är inte registrerad i detalj" in printed


def test_a_refused_case_is_explained_in_norwegian(tmp_path, capsys):
    from familyviolence.vocabulary import AddressProtection  # noqa: PLC0415

    case = tmp_path / "protected.json"
    case.write_bytes(
        to_json(received(elias_case(protection=AddressProtection.CONFIDENTIAL_ADDRESS)))
    )
    code, _, _ = run(tmp_path, case, extra=("--lang", "nb"))
    error = capsys.readouterr().err
    assert code == 2
    assert "ikke eksportert: sak 'case-1', subjects[0]: barnets adresse er sperret" in error
    assert "Saken eksporteres ikke" in error
    assert "not exported" not in error
