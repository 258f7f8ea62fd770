"""The command line's ``stats``: documents in, Parquet tables and indicators out, with progress.

``python -m familyviolence stats INPUT... --key-file FILE --out DIR`` runs the pipeline with a
progress bar on standard error, writes the indicators (small cells suppressed) to
``DIR/indicators.csv`` and says on standard output what it did. Exit code 0 when every document
was written, 2 when a document was quarantined (the others are written) or the run could not
start (a key file that cannot be read or is too short, an output directory in use, a cluster
out of reach): said in a line, never with a traceback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import pyarrow.csv

from familyviolence.analytics._indicators import indicator_table, indicators
from familyviolence.analytics._pipeline import write_statistics
from familyviolence.analytics._progress import ProgressBar
from familyviolence.analytics._summary import PipelineSummary
from familyviolence.privacy import MIN_KEY_BYTES

__all__ = ["run_stats"]

OK, BAD_INPUT = 0, 2


class _Refused(Exception):
    """The run cannot start; the message is safe to print."""


def run_stats(
    inputs: Sequence[str],
    *,
    key_file: str,
    out: str,
    on: dt.date,
    workers: int | None,
    scheduler: str | None,
    threshold: int,
    stdout: TextIO,
    stderr: TextIO,
) -> int:
    """Run ``stats`` as the command line was given it; return the exit code."""
    try:
        key = _key(key_file)
        with ProgressBar(stderr) as bar:
            summary = write_statistics(
                inputs,
                out,
                key=key,
                on=on,
                scheduler=scheduler,
                workers=workers,
                progress=bar,
            )
        found = indicators(summary.out, threshold=threshold)
    except (_Refused, ValueError) as error:
        # The pipeline's refusals name the argument, never a document's content.
        stderr.write(f"{error}\n")
        return BAD_INPUT
    except OSError as error:
        # Reaching a cluster, or writing the output, failed.
        where = scheduler if scheduler is not None else out
        stderr.write(f"{where}: {error.strerror or error}\n")
        return BAD_INPUT
    pyarrow.csv.write_csv(indicator_table(found), summary.out / "indicators.csv")
    _report(summary, len(found), stdout, stderr)
    return BAD_INPUT if summary.quarantined else OK


def _key(key_file: str) -> bytes:
    try:
        key = Path(key_file).read_bytes()
    except OSError as error:
        raise _Refused(f"{key_file}: the key file cannot be read ({error.strerror})") from None
    if len(key) < MIN_KEY_BYTES:
        msg = (
            f"{key_file}: the key file holds {len(key)} bytes; the key must be at least"
            f" {MIN_KEY_BYTES} random bytes (e.g. head -c 32 /dev/urandom > {key_file})"
        )
        raise _Refused(msg)
    return key


def _report(summary: PipelineSummary, indicator_count: int, stdout: TextIO, stderr: TextIO) -> None:
    for quarantined in summary.quarantined:
        stderr.write(f"{quarantined.source}: quarantined\n")
        stderr.writelines(f"  {problem}\n" for problem in quarantined.problems)
    rows = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
    stdout.write(
        f"{summary.documents} documents: {summary.cases} written, "
        f"{len(summary.quarantined)} quarantined, in {summary.seconds:.1f} s\n"
        f"rows: {rows}\n"
        f"tables in {summary.out}; {indicator_count} indicators in "
        f"{summary.out / 'indicators.csv'}\n"
    )
