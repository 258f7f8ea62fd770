"""The pipeline, from case documents to Parquet to indicators: the counts are those of the
cases themselves, unreadable documents are quarantined without stopping the run, the local
scheduler and a cluster write the same, and no output holds what identifies a person."""

import collections
import datetime as dt
import itertools
import json
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clinic_scenario import contact, pathway
from familyviolence import Case, deadlines, evaluate, evolve, to_json
from familyviolence.analytics import (
    TABLE_SCHEMAS,
    IndicatorKind,
    indicators,
    read_dask,
    read_table,
    write_statistics,
)
from familyviolence.collaboration import PartnerContact
from familyviolence.errors import Problem
from familyviolence.events import InvestigationConcluded
from familyviolence.privacy import deadline_outcome
from privacy_checks import hidden_values, identifying_values
from rule_checks import incident, sara, through_investigation
from scenario import SOCIAL_WORKER, at, new_case
from scenario_privacy import karin_and_jonas

KEY = bytes(range(32))
ON = dt.date(2026, 12, 1)
CONTACT_RULE = "PRACTICE-PARTNER-CONTACT-REQUIRES-RISK-ASSESSMENT"


def caseload():
    """Cases of two years: investigations met and late, contacts with and without a SARA."""
    concluded = through_investigation(new_case(incidents=(incident(),))).record(
        InvestigationConcluded(at=at("2026-08-10"), actor=SOCIAL_WORKER)
    )
    assessed = new_case(
        assessments=(sara(),),
        pathways=(pathway(contact()),),
        incidents=(incident(day="2025-12-30", recorded="2026-01-05"),),
    )
    unassessed = new_case(pathways=(pathway(contact("2026-05-02")),))
    return [karin_and_jonas(), concluded, assessed, unassessed, through_investigation(new_case())]


def renamed(cases):
    """The cases under ids of their own: the same case id twice would be the same pseudonym."""
    return [evolve(case, id=f"case-{n}") for n, case in enumerate(cases)]


# -- what the indicators should be, counted from the cases themselves --------------------------


def _first_year(case):
    days = [e.at.date() for e in case.history] + [i.recorded_at.date() for i in case.incidents]
    days += [a.assessed_on for a in case.assessments]
    return min(days).year if days else None


def expected_counts(cases, on):
    """Every indicator's figures, counted from the cases without the view or the tables."""
    found = collections.Counter()
    children = set()
    for case in cases:
        where = case.jurisdiction.value
        found[IndicatorKind.CASES, where, _first_year(case), None] += 1
        for event in case.incidents:
            year = event.when.latest.year
            for form in event.forms:
                found[IndicatorKind.INCIDENTS, where, year, form.value] += 1
            for exposure in event.children:
                children |= {
                    (where, year, case.id, exposure.child, kind.value) for kind in exposure.kinds
                }
        _count_contacts(case, found)
        for deadline in deadlines(case, on=on):
            outcome = deadline_outcome(deadline)
            if outcome.decided:
                for category in (deadline.kind.value, None):
                    key = (IndicatorKind.DEADLINES_MET, where, deadline.started_on.year, category)
                    met, of = found.get(key, (0, 0))
                    found[key] = (met + (outcome.value == "met"), of + 1)
    for where, year, _, _, kind in children:
        found[IndicatorKind.CHILDREN_EXPOSED, where, year, kind] += 1
    return dict(found)


def _count_contacts(case, found):
    """Established partner contacts, and those the practice rule finds resting on a current
    risk assessment on their own day: the rule and the view share one definition of current."""
    for p, route in enumerate(case.pathways):
        for k, step in enumerate(route.steps):
            if not (isinstance(step, PartnerContact) and step.established):
                continue
            unsupported = {f.path for f in evaluate(case, on=step.on).of_rule(CONTACT_RULE)}
            assessed = f"$.pathways[{p}].steps[{k}]" not in unsupported
            key = (IndicatorKind.PARTNER_CONTACTS_ASSESSED, case.jurisdiction.value, step.on.year)
            met, of = found.get((*key, None), (0, 0))
            found[*key, None] = (met + assessed, of + 1)


def shown(found):
    """The indicators' figures in the shape of :func:`expected_counts`."""
    figures = {}
    for i in found:
        key = (i.kind, i.jurisdiction.value, i.year, i.category and i.category.value)
        figures[key] = i.count if i.count is not None else (i.numerator, i.denominator)
    return figures


def test_cases_to_parquet_to_indicators_gives_the_counts_of_the_cases(tmp_path):
    cases = renamed(caseload())
    documents = [to_json(case) for case in cases]
    summary = write_statistics(documents, tmp_path / "out", key=KEY, on=ON, scheduler="threads")
    assert (summary.documents, summary.cases, summary.quarantined) == (5, 5, ())
    found = indicators(tmp_path / "out", threshold=0)
    expected = expected_counts(cases, ON)
    assert shown(found) == expected
    # The scenario reaches every indicator, with a partner contact each way.
    assert {key[0] for key in expected} == set(IndicatorKind)
    assert expected[IndicatorKind.PARTNER_CONTACTS_ASSESSED, "SE", 2026, None] == (1, 2)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(st.from_type(Case), min_size=1, max_size=4))
def test_any_caseload_round_trips_to_the_counts_of_its_cases(cases):
    cases = renamed(cases)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        summary = write_statistics(cases, out, key=KEY, on=ON, scheduler="synchronous")
        assert summary.cases == len(cases)
        assert shown(indicators(out, threshold=0)) == expected_counts(cases, ON)


# -- quarantine --------------------------------------------------------------------------------


def _corpus(folder):
    """Three good case documents, and three that cannot be read, one naming Karin."""
    folder.mkdir()
    for n, case in enumerate(renamed(caseload())[:3]):
        (folder / f"case-{n}.json").write_bytes(to_json(case))
    (folder / "truncated.json").write_bytes(to_json(karin_and_jonas())[:200])
    broken = to_json(karin_and_jonas()).replace(b'"subjects":["elias"]', b'"subjects":"elias"')
    (folder / "subjects-not-a-list.json").write_bytes(broken)
    (folder / "gone.json").symlink_to(folder / "nowhere.json")
    (folder / "notes.txt").write_text("not a case document, and not *.json")
    return folder


def test_documents_that_cannot_be_read_are_quarantined_and_the_rest_are_written(tmp_path):
    corpus = _corpus(tmp_path / "cases")
    summary = write_statistics(corpus, tmp_path / "out", key=KEY, on=ON, part_size=2)
    assert (summary.documents, summary.cases, len(summary.quarantined)) == (6, 3, 3)
    assert summary.parts == 3
    assert summary.rows["cases"] == read_table(tmp_path / "out", "cases").num_rows == 3
    reasons = {Path(q.source).name: q.problems for q in summary.quarantined}
    assert reasons["gone.json"] == (
        Problem(path="$", expected="a readable file", found="no such file"),
    )
    assert any(problem.path == "$.subjects" for problem in reasons["subjects-not-a-list.json"])
    assert reasons["truncated.json"]
    written = json.loads((tmp_path / "out" / "quarantine.json").read_text(encoding="utf-8"))
    assert [Path(q["source"]).name for q in written] == list(reasons)
    gone = next(q for q in written if Path(q["source"]).name == "gone.json")
    assert gone["problems"] == [
        {"path": "$", "expected": "a readable file", "found": "no such file"}
    ]
    saved = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert (saved["documents"], saved["cases"], saved["quarantined"]) == (6, 3, 3)
    reported = json.dumps(written) + repr(summary)
    for value in identifying_values(karin_and_jonas()):
        assert value not in reported


def test_documents_of_an_iterable_are_labelled_by_their_place_in_it(tmp_path):
    good = renamed(caseload())[:2]
    given = iter([to_json(good[0]), b"{", good[1], b"[]"])
    summary = write_statistics(given, tmp_path / "out", key=KEY, on=ON, scheduler="synchronous")
    assert summary.cases == 2
    assert [q.source for q in summary.quarantined] == ["document 1", "document 3"]


def test_an_iterable_is_read_a_few_parts_at_a_time(tmp_path):
    consumed = []
    taken_when_first_part_was_done = []

    def documents():
        for n in range(200):
            consumed.append(n)
            yield to_json(evolve(new_case(), id=f"case-{n}"))

    def progress(_):
        if not taken_when_first_part_was_done:
            taken_when_first_part_was_done.append(len(consumed))

    summary = write_statistics(
        documents(),
        tmp_path / "out",
        key=KEY,
        on=ON,
        scheduler="synchronous",
        workers=1,
        part_size=5,
        progress=progress,
    )
    assert summary.cases == 200
    assert summary.parts == 40
    # One batch: four parts per worker, never the whole input.
    assert taken_when_first_part_was_done == [20]


def test_progress_counts_documents_and_quarantined_ones_up_to_the_total(tmp_path):
    corpus = _corpus(tmp_path / "cases")
    seen = []
    write_statistics(
        [corpus], tmp_path / "out", key=KEY, on=ON, scheduler="threads", part_size=1,
        progress=seen.append,
    )  # fmt: skip
    assert [p.documents for p in seen] == list(range(1, 7))
    assert all(p.total == 6 for p in seen)
    assert seen[-1].quarantined == 3
    assert all(later.seconds >= p.seconds for p, later in itertools.pairwise(seen))


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"key": b"short"}, ValueError, "at least 32"),
        ({"on": at("2026-12-01")}, TypeError, "on must be a date"),
        ({"workers": 0}, ValueError, "workers must be 1 or more"),
        ({"part_size": 0}, ValueError, "part_size must be 1 or more"),
    ],
)
def test_a_run_that_cannot_start_says_why(tmp_path, arguments, error, message):
    with pytest.raises(error, match=message):
        write_statistics([], tmp_path / "out", **{"key": KEY, "on": ON, **arguments})


def test_an_output_directory_in_use_is_refused_and_left_alone(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "earlier.parquet").write_bytes(b"keep me")
    with pytest.raises(ValueError, match="must be new or empty"):
        write_statistics([], tmp_path / "out", key=KEY, on=ON)
    assert (tmp_path / "out" / "earlier.parquet").read_bytes() == b"keep me"


def test_globs_and_directories_name_json_files_in_name_order(tmp_path):
    corpus = _corpus(tmp_path / "cases")
    by_glob = write_statistics(
        str(corpus / "case-*.json"), tmp_path / "a", key=KEY, on=ON, scheduler="synchronous"
    )
    assert (by_glob.documents, by_glob.cases) == (3, 3)
    nested = tmp_path / "nested" / "2026"
    nested.mkdir(parents=True)
    (nested / "case-9.json").write_bytes((corpus / "case-0.json").read_bytes())
    by_folder = write_statistics(
        tmp_path / "nested", tmp_path / "b", key=KEY, on=ON, scheduler="synchronous"
    )
    assert by_folder.cases == 1


# -- the same on the local scheduler and on a cluster ------------------------------------------


def _contents(out):
    return {
        name: sorted(json.dumps(row, default=str, sort_keys=True) for row in table.to_pylist())
        for name in TABLE_SCHEMAS
        for table in [read_table(out, name)]
    }


def test_two_local_workers_share_the_parts_between_them(tmp_path):
    # Dask's process scheduler would send a batch of parts to one worker: a run with two
    # workers took as long as with one. Each part now goes to a worker on its own.
    from dask.diagnostics import Profiler  # noqa: PLC0415 - only this test profiles

    documents = [to_json(evolve(karin_and_jonas(), id=f"case-{n}")) for n in range(160)]
    with Profiler() as profiled:
        write_statistics(documents, tmp_path / "out", key=KEY, on=ON, workers=2, part_size=40)
    ran_in = collections.Counter(result.worker_id for result in profiled.results)
    assert sum(ran_in.values()) == 4
    assert len(ran_in) == 2, ran_in


def test_the_local_scheduler_and_a_local_cluster_write_the_same(tmp_path):
    corpus = _corpus(tmp_path / "cases")
    local = write_statistics(corpus, tmp_path / "local", key=KEY, on=ON, workers=2, part_size=2)
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        remote = write_statistics(
            corpus, tmp_path / "cluster", key=KEY, on=ON, scheduler=client, part_size=2
        )
        on_cluster = indicators(tmp_path / "cluster", threshold=0)
    assert (remote.documents, remote.cases, remote.rows) == (
        local.documents,
        local.cases,
        local.rows,
    )
    assert remote.quarantined == local.quarantined
    assert _contents(tmp_path / "cluster") == _contents(tmp_path / "local")
    assert on_cluster == indicators(tmp_path / "local", threshold=0, scheduler="synchronous")


# -- nothing that identifies a person ----------------------------------------------------------


def _cells(out):
    """Every text in the output: each column's values and dictionaries, file and folder names."""
    for path in out.rglob("*"):
        yield path.name
        if path.suffix == ".parquet":
            for value in pq.read_table(path).to_pylist():
                yield from _texts(value)
        elif path.suffix == ".json":
            yield from _texts(json.loads(path.read_text(encoding="utf-8")))


def _texts(value):
    if isinstance(value, dict):
        for inner in value.values():
            yield from _texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _texts(inner)
    elif value is not None:
        yield str(value)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.from_type(Case), min_size=1, max_size=3))
def test_no_output_column_holds_a_name_identity_number_address_or_free_text(generated):
    cases = renamed([karin_and_jonas(), *generated])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        write_statistics(cases, out, key=KEY, on=ON, scheduler="synchronous")
        cells = set(_cells(out))
    for case in cases:
        for value in {*identifying_values(case), *hidden_values(case)}:
            assert not any(value in cell for cell in cells), value
        assert not {p.id for p in case.family.persons} & cells


def test_the_dask_frames_read_the_partitions_with_their_types(tmp_path):
    write_statistics(renamed(caseload()), tmp_path / "out", key=KEY, on=ON, scheduler="threads")
    frame = read_dask(tmp_path / "out", "incidents").compute()
    assert set(frame["jurisdiction"]) == {"SE"}
    assert sorted(set(frame["year"])) == [2025, 2026]
    with pytest.raises(FileNotFoundError):
        read_dask(tmp_path / "nowhere", "incidents")
