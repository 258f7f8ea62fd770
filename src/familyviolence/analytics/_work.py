"""The work of one part of the input, on whichever worker runs it.

Read each document, decode it, pseudonymise it, build its rows; then write the part's rows as
Parquet files of its own. A document that fails on the way is quarantined and the part goes
on. Only the part's summary goes back to the scheduler, so that what travels stays small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from familyviolence._model import evolve
from familyviolence.analytics._parquet import write_tables
from familyviolence.analytics._summary import PartDone, Quarantined
from familyviolence.analytics._tables import TABLE_ROWS, arrow_table
from familyviolence.cases import Case
from familyviolence.codec import from_json
from familyviolence.errors import FamilyViolenceError, InvalidDocument, InvalidModel, Problem
from familyviolence.privacy import StatisticsView, deadline_rows, pseudonymise, statistics_view
from familyviolence.time_limits import deadlines

Item = tuple[str, str | bytes | Case]
"""A document of the input: its label (a path, or ``document N``) and a path, bytes or a case."""


def run_part(part: int, items: Sequence[Item], *, key: bytes, on: dt.date, out: str) -> PartDone:
    """Turn the documents of part ``part`` into rows and write them under ``out``."""
    rows: dict[str, list[object]] = {name: [] for name in TABLE_ROWS}
    quarantined: list[Quarantined] = []
    for label, payload in items:
        problems: tuple[Problem, ...] = ()
        try:
            view = _view(payload, key, on)
        except InvalidDocument as error:
            problems = error.problems
        except InvalidModel as error:
            # The library's errors name fields and paths, never values.
            problems = (_problem(f"one that breaks them ({error.reason})"),)
        except FamilyViolenceError as error:
            problems = (_problem(f"one that breaks them ({error})"),)
        except OSError as error:
            problems = (Problem(path="$", expected="a readable file", found=_unreadable(error)),)
        except Exception as error:  # noqa: BLE001 - one document never stops the run
            # Another exception's message may quote the document: only its kind is told.
            problems = (_problem(f"an error of kind {type(error).__name__}"),)
        if problems:
            quarantined.append(Quarantined(source=label, problems=problems))
            continue
        for name, kept in rows.items():
            kept.extend(getattr(view, name))
    tables = {name: arrow_table(name, kept) for name, kept in rows.items()}
    written = write_tables(tables, Path(out), part=part)
    return PartDone(
        part=part,
        documents=len(items),
        cases=len(items) - len(quarantined),
        quarantined=quarantined,
        rows=written,
    )


def _view(payload: str | bytes | Case, key: bytes, on: dt.date) -> StatisticsView:
    if isinstance(payload, Case):
        case = payload
    else:
        data = Path(payload).read_bytes() if isinstance(payload, str) else payload
        case = from_json(Case, data)
    pseudonymised = pseudonymise(case, key)
    view = statistics_view([pseudonymised])
    # The deadlines of the original case: some need the birth dates pseudonymisation removes.
    return evolve(view, deadlines=deadline_rows(pseudonymised, deadlines(case, on=on)))


def _problem(found: str) -> Problem:
    return Problem(path="$", expected="a case the library can process", found=found)


def _unreadable(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "a file it may not read"
    if isinstance(error, IsADirectoryError):
        return "a directory"
    return f"a file that cannot be read ({error.strerror or type(error).__name__})"
