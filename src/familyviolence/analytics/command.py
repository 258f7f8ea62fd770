"""The command line's ``stats``: documents in, Parquet tables and indicators out, with progress.

``python -m familyviolence stats INPUT... --key-file FILE --out DIR`` runs the pipeline with a
progress bar on standard error, writes the indicators (small cells suppressed) to
``DIR/indicators.csv`` and says on standard output what it did. Exit code 0 when every document
was written, 2 when a document was quarantined (the others are written) or the run could not
start (a key file that cannot be read or is too short, an output directory in use, a cluster
out of reach): said in a line, never with a traceback. Everything it prints is in the language
the command line was given (Swedish, Norwegian bokmål or English).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import pyarrow.csv

from familyviolence._cli_text import os_error, problem_line, say
from familyviolence.analytics._indicators import indicator_table, indicators
from familyviolence.analytics._pipeline import write_statistics
from familyviolence.analytics._progress import ProgressBar
from familyviolence.analytics._summary import PipelineSummary
from familyviolence.privacy import MIN_KEY_BYTES
from familyviolence.vocabulary import Language

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
    lang: str = Language.EN,
) -> int:
    """Run ``stats`` as the command line was given it, saying what it did in ``lang``.

    Returns:
        The exit code.
    """
    try:
        key = _key(key_file, lang)
        with ProgressBar(stderr, lang=lang) as bar:
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
    except _Refused as error:
        stderr.write(f"{error}\n")
        return BAD_INPUT
    except ValueError as error:
        # The pipeline's refusals name the argument, never a document's content.
        stderr.write(say("in_english", lang, text=str(error)) + "\n")
        return BAD_INPUT
    except OSError as error:
        # Reaching a cluster, or writing the output, failed.
        where = scheduler if scheduler is not None else out
        stderr.write(f"{where}: {os_error(error, lang)}\n")
        return BAD_INPUT
    pyarrow.csv.write_csv(indicator_table(found), summary.out / "indicators.csv")
    _report(summary, len(found), stdout, stderr, lang)
    return BAD_INPUT if summary.quarantined else OK


def _key(key_file: str, lang: str) -> bytes:
    try:
        key = Path(key_file).read_bytes()
    except OSError as error:
        why = os_error(error, lang)
        raise _Refused(say("key_unreadable", lang, file=key_file, reason=why)) from None
    if len(key) < MIN_KEY_BYTES:
        msg = say("key_too_short", lang, file=key_file, bytes=len(key), least=MIN_KEY_BYTES)
        raise _Refused(msg)
    return key


def _report(
    summary: PipelineSummary, indicator_count: int, stdout: TextIO, stderr: TextIO, lang: str
) -> None:
    for quarantined in summary.quarantined:
        stderr.write(say("quarantined", lang, file=quarantined.source) + "\n")
        stderr.writelines(problem_line(problem, lang) + "\n" for problem in quarantined.problems)
    # Table names are the tables' own (directory names), not words of a language.
    rows = ", ".join(f"{name} {count}" for name, count in summary.rows.items())
    counts = {
        "documents": summary.documents,
        "cases": summary.cases,
        "quarantined": len(summary.quarantined),
        "seconds": f"{summary.seconds:.1f}",
    }
    lines = (
        say("stats_done", lang, **counts),
        say("stats_rows", lang, rows=rows),
        say(
            "stats_written",
            lang,
            out=summary.out,
            count=indicator_count,
            file=summary.out / "indicators.csv",
        ),
    )
    stdout.write("\n".join(lines) + "\n")
