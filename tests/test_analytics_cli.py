"""``python -m familyviolence stats``, run as users run it: tables, indicators, a progress bar
on standard error, quarantined documents named, and no traceback for bad input."""

import csv
import os
import subprocess
import sys
from pathlib import Path

from familyviolence import evolve, to_json
from scenario_privacy import NAMES, karin_and_jonas

DATA = Path(__file__).parent.parent / "examples" / "data"


def stats(*args, env=None):
    return subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "familyviolence", "stats", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


def _key(tmp_path, size=32):
    key = tmp_path / "key"
    key.write_bytes(bytes(range(size)))
    return str(key)


def test_stats_writes_tables_and_indicators_and_names_the_quarantined_document(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    for n in range(6):
        (cases / f"case-{n}.json").write_bytes(to_json(evolve(karin_and_jonas(), id=f"c{n}")))
    broken = to_json(karin_and_jonas()).replace(b'"subjects":["elias"]', b'"subjects":"elias"')
    (cases / "broken.json").write_bytes(broken)
    out = tmp_path / "out"
    result = stats(
        str(cases), "--key-file", _key(tmp_path), "--out", str(out), "--on", "2026-12-01",
        "--workers", "1",
    )  # fmt: skip
    assert result.returncode == 2
    assert "7 documents: 6 written, 1 quarantined" in result.stdout
    assert "Traceback" not in result.stderr
    assert "quarantined=1" in result.stderr  # the progress bar
    assert "7/7" in result.stderr
    assert f"{cases / 'broken.json'}: quarantined" in result.stderr
    assert "$.subjects" in result.stderr
    for name in NAMES.values():
        assert name not in result.stderr + result.stdout
    rows = list(csv.DictReader((out / "indicators.csv").read_text(encoding="utf-8").splitlines()))
    (cases_row,) = [r for r in rows if r["indicator"] == "cases"]
    assert (cases_row["year"], cases_row["count"], cases_row["suppressed"]) == (
        "2026",
        "6",
        "false",
    )
    assert (out / "incidents").is_dir()


def test_all_documents_written_is_exit_code_zero(tmp_path):
    result = stats(
        str(DATA / "uppsala-case.json"), str(DATA / "bergen-case.json"),
        "--key-file", _key(tmp_path), "--out", str(tmp_path / "out"), "--threshold", "0",
        "--scheduler", "synchronous",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "2 documents: 2 written, 0 quarantined" in result.stdout


def test_a_short_or_missing_key_file_is_refused_in_a_line(tmp_path):
    for key in (_key(tmp_path, size=16), str(tmp_path / "nowhere")):
        result = stats(str(DATA), "--key-file", key, "--out", str(tmp_path / "out"))
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1
    assert (
        "at least 32 random bytes"
        in stats(str(DATA), "--key-file", _key(tmp_path, 16), "--out", str(tmp_path / "o")).stderr
    )


def test_an_output_directory_in_use_is_refused(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "other.txt").write_text("someone else's")
    result = stats(str(DATA), "--key-file", _key(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "must be new or empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_cluster_out_of_reach_is_said_in_a_line(tmp_path):
    result = stats(
        str(DATA), "--key-file", _key(tmp_path), "--out", str(tmp_path / "out"),
        "--scheduler", "tcp://127.0.0.1:9",
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"},
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("tcp://127.0.0.1:9: ")
    assert "Traceback" not in result.stderr


def test_workers_and_a_scheduler_exclude_each_other(tmp_path):
    result = stats(
        str(DATA), "--key-file", _key(tmp_path), "--out", str(tmp_path / "out"),
        "--workers", "2", "--scheduler", "tcp://127.0.0.1:9",
    )  # fmt: skip
    assert result.returncode == 2
    assert "not allowed with argument" in result.stderr


def test_stats_speaks_swedish_and_norwegian_when_asked(tmp_path):
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "case.json").write_bytes(to_json(karin_and_jonas()))
    broken = to_json(karin_and_jonas()).replace(b'"subjects":["elias"]', b'"subjects":"elias"')
    (cases / "broken.json").write_bytes(broken)
    (cases / "gone.json").symlink_to(cases / "nowhere.json")
    said = {}
    for lang in ("sv", "nb"):
        result = stats(
            str(cases), "--key-file", _key(tmp_path), "--out", str(tmp_path / f"out-{lang}"),
            "--on", "2026-12-01", "--scheduler", "synchronous", "--lang", lang,
        )  # fmt: skip
        assert result.returncode == 2
        assert "Traceback" not in result.stderr
        said[lang] = result.stdout + result.stderr
    assert "3 dokument: 1 skrivna, 2 i karantän" in said["sv"]
    assert f"{cases / 'gone.json'}: i karantän" in said["sv"]
    assert "$: väntade en fil som kan läsas, fann ingen sådan fil" in said["sv"]
    assert "i karantän=2" in said["sv"]  # the progress bar
    assert "3 dokumenter: 1 skrevet, 2 i karantene" in said["nb"]
    assert "ingen slik fil" in said["nb"]
    for words in said.values():
        for english in ("quarantined", "documents", "written", "expected", "tables in"):
            assert english not in words
        for name in NAMES.values():
            assert name not in words


def test_a_short_key_file_is_refused_in_the_users_language(tmp_path):
    key = _key(tmp_path, size=16)
    result = stats(str(DATA), "--key-file", key, "--out", str(tmp_path / "o"), "--lang", "nb")
    assert result.returncode == 2
    assert result.stderr == (
        f"{key}: nøkkelfilen har 16 byte; nøkkelen må være minst 32 tilfeldige byte"
        f" (f.eks. head -c 32 /dev/urandom > {key})\n"
    )
