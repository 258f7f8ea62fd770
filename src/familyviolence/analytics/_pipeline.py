"""The pipeline on Dask: case documents in, Parquet tables of pseudonymised statistics out.

:func:`write_statistics` cuts the input into parts of a few hundred documents; a Dask task per
part reads, decodes, pseudonymises and builds the rows of its documents and writes them as
Parquet files of its own (:mod:`~familyviolence.analytics._work`). Only a part's small summary
comes back. Parts are handed out a few at a time, as workers finish, so that memory stays
bounded however large the input: a worker holds one part, the scheduler a few parts' worth of
input. The same tasks run on Dask's local scheduler (by default, worker processes on this
machine) and on a ``distributed`` cluster.
"""

from __future__ import annotations

import datetime as dt
import glob
import itertools
import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
from dask.callbacks import Callback
from dask.delayed import delayed

from familyviolence._validators import date_argument
from familyviolence.analytics._summary import PartDone, PipelineSummary, Progress, Quarantined
from familyviolence.analytics._tables import TABLE_ROWS
from familyviolence.analytics._work import Item, run_part
from familyviolence.cases import Case
from familyviolence.privacy import MIN_KEY_BYTES

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["DEFAULT_PART_SIZE", "LOCAL_SCHEDULERS", "Source", "write_statistics"]

Source = str | os.PathLike[str] | bytes | Case
"""One input: a path (a file, a directory of ``*.json`` files, or a glob), a document's bytes,
or a case."""

DEFAULT_PART_SIZE = 250
"""Documents per part (a task of Dask's): small enough to report progress often."""

LOCAL_SCHEDULERS = ("processes", "threads", "synchronous")
"""The names of Dask's local schedulers; any other scheduler is a cluster's address."""

_GLOB = frozenset("*?[")


def write_statistics(
    sources: Source | Iterable[Source],
    out: Path | str,
    *,
    key: bytes,
    on: dt.date,
    scheduler: str | Client | None = None,
    workers: int | None = None,
    part_size: int = DEFAULT_PART_SIZE,
    progress: Callable[[Progress], None] | None = None,
) -> PipelineSummary:
    """Pseudonymise case documents and write their statistics view as Parquet tables.

    Writes one directory per table under ``out`` (see
    :data:`~familyviolence.analytics.TABLE_SCHEMAS`), partitioned by jurisdiction and year,
    and beside them ``summary.json`` and ``quarantine.json`` (the documents left out: where
    they came from and what was wrong, each problem with its ``path``, ``expected`` and
    ``found``, never what they hold). A document that cannot be read,
    decoded or turned into rows is left out and never stops the run.

    Args:
        sources: Paths of case documents, directories (every ``*.json`` below, in name order)
            or globs (``cases/**/*.json``); documents' bytes; or cases. One or an iterable
            of them, consumed as the run goes.
        out: The output directory: new or empty.
        key: The pseudonymisation key (see :func:`~familyviolence.privacy.pseudonymise`): at least
            :data:`~familyviolence.privacy.MIN_KEY_BYTES` secret random bytes. It travels to the
            workers with the tasks.
        on: The day each statutory deadline is looked at (see
            :func:`~familyviolence.privacy.statistics_view`).
        scheduler: ``None`` or ``"processes"`` for Dask's local scheduler with worker
            processes; ``"threads"`` or ``"synchronous"`` for its other local schedulers (one
            process: for small inputs and debugging); a ``distributed`` scheduler's address
            (``tcp://…``) or a ``distributed.Client``, for a cluster whose workers can write
            to ``out``.
        workers: How many local workers (default: this machine's cores). A cluster has its
            own.
        part_size: Documents per part.
        progress: Called with the progress after each part.

    Raises:
        ValueError: If the key is too short, ``out`` is not an empty directory, or a number
            is out of range.
        TypeError: If ``on`` is not a date.
    """
    started = time.perf_counter()
    _check(key=key, on=on, workers=workers, part_size=part_size)
    out = _output_directory(Path(out))
    items, total = _items(sources)
    parts = _parts(items, part_size)
    done: dict[int, PartDone] = {}
    counted = [0, 0]

    def finished(part: PartDone) -> None:
        done[part.part] = part
        counted[0] += part.documents
        counted[1] += len(part.quarantined)
        if progress is not None:
            seconds = time.perf_counter() - started
            progress(
                Progress(documents=counted[0], quarantined=counted[1], seconds=seconds, total=total)
            )

    def task(index: int, part: list[Item]) -> Any:  # noqa: ANN401 - a Dask task
        return delayed(run_part, pure=False)(index, part, key=key, on=on, out=str(out))

    if scheduler is None or (isinstance(scheduler, str) and scheduler in LOCAL_SCHEDULERS):
        _run_locally(
            parts, task, finished, scheduler or "processes", workers or os.cpu_count() or 1
        )
    else:
        _run_on_cluster(parts, task, finished, scheduler)
    summary = _summary(out, on, [done[i] for i in sorted(done)], time.perf_counter() - started)
    _write_reports(summary)
    return summary


def _check(*, key: object, on: object, workers: int | None, part_size: int) -> None:
    if not isinstance(key, bytes) or len(key) < MIN_KEY_BYTES:
        msg = f"the key must be bytes, at least {MIN_KEY_BYTES} of them"
        raise ValueError(msg)
    date_argument(on)
    if workers is not None and workers < 1:
        msg = "workers must be 1 or more"
        raise ValueError(msg)
    if part_size < 1:
        msg = "part_size must be 1 or more"
        raise ValueError(msg)


def _output_directory(out: Path) -> Path:
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        msg = f"the output directory must be new or empty: {out}"
        raise ValueError(msg)
    out.mkdir(parents=True, exist_ok=True)
    return out.resolve()


def _items(sources: Source | Iterable[Source]) -> tuple[Iterator[Item], int | None]:
    """The input's documents, labelled, and how many there are if that is known beforehand."""
    if isinstance(sources, str | os.PathLike | bytes | Case):
        sources = [sources]
    if isinstance(sources, Sequence) and all(isinstance(s, str | os.PathLike) for s in sources):
        files = [path for source in sources for path in _files(source)]  # type: ignore[arg-type]
        return ((path, path) for path in files), len(files)
    return _labelled(sources), None


def _labelled(sources: Iterable[object]) -> Iterator[Item]:
    count = itertools.count()
    for source in sources:
        if isinstance(source, str | os.PathLike):
            for path in _files(source):
                yield path, path
        elif isinstance(source, bytes | Case):
            yield f"document {next(count)}", source
        else:
            msg = f"an input is a {type(source).__name__}: expected a path, bytes or a Case"
            raise TypeError(msg)


def _files(source: str | os.PathLike[str]) -> list[str]:
    """The files a path names: itself, the ``*.json`` files below a directory, or a glob's."""
    text = os.fspath(source)
    path = Path(text)
    if path.is_dir():
        # Anything but a folder: a file that cannot be read (a dangling link) is quarantined.
        return sorted(str(p) for p in path.rglob("*.json") if not p.is_dir())
    if _GLOB & set(text) and not path.exists():
        return sorted(p for p in glob.glob(text, recursive=True) if not Path(p).is_dir())  # noqa: PTH207
    # A file that does not exist is quarantined like one that cannot be read.
    return [text]


def _parts(items: Iterator[Item], size: int) -> Iterator[tuple[int, list[Item]]]:
    for index in itertools.count():
        part = list(itertools.islice(items, size))
        if not part:
            return
        yield index, part


Task = Callable[[int, list[Item]], Any]


class _Finished(Callback):
    """Tells when a part's task finishes on Dask's local scheduler."""

    def __init__(self, finished: Callable[[PartDone], None]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.finished = finished

    def _posttask(self, _key: object, result: object, *_: object) -> None:
        if isinstance(result, PartDone):
            self.finished(result)


def _run_locally(
    parts: Iterator[tuple[int, list[Item]]],
    task: Task,
    finished: Callable[[PartDone], None],
    scheduler: str,
    workers: int,
) -> None:
    # A handful of parts per worker at a time: enough to keep every worker busy while the
    # slowest part of the batch ends, few enough to keep the input held in memory small.
    batch = 4 * workers
    pool: AbstractContextManager[Executor | None] = nullcontext()
    if scheduler == "processes":
        # Spawned, not forked: the parent may hold threads (the progress bar's, Dask's).
        context = multiprocessing.get_context("spawn")
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    with pool as executor:
        while window := list(itertools.islice(parts, batch)):
            tasks = [task(index, part) for index, part in window]
            options: dict[str, Any] = {"scheduler": scheduler, "num_workers": workers}
            if executor is not None:
                # Dask's process scheduler sends six tasks at a time to one worker by default:
                # parts are already large, so one at a time keeps every worker busy.
                options["pool"] = executor
                options["chunksize"] = 1
            with _Finished(finished):
                _compute(tasks, options)


def _compute(tasks: list[Any], options: dict[str, Any]) -> None:
    from dask.base import compute  # noqa: PLC0415 - kept beside its one use

    compute(*tasks, **options)  # type: ignore[no-untyped-call]


def _run_on_cluster(
    parts: Iterator[tuple[int, list[Item]]],
    task: Task,
    finished: Callable[[PartDone], None],
    scheduler: str | Client,
) -> None:
    from distributed import Client, as_completed  # noqa: PLC0415 - only for a cluster

    own = isinstance(scheduler, str)
    client = Client(scheduler) if isinstance(scheduler, str) else scheduler  # type: ignore[no-untyped-call]
    try:
        limit = 2 * max(1, sum(client.nthreads().values()))  # type: ignore[no-untyped-call]
        running = as_completed()  # type: ignore[no-untyped-call]
        for index, part in parts:
            if running.count() >= limit:  # type: ignore[no-untyped-call]
                finished(next(running).result())
            running.add(client.compute(task(index, part)))  # type: ignore[no-untyped-call]
        for future in running:
            finished(future.result())
    finally:
        if own:
            client.close()  # type: ignore[no-untyped-call]


def _summary(out: Path, on: dt.date, parts: list[PartDone], seconds: float) -> PipelineSummary:
    rows = {name: sum(p.rows.get(name, 0) for p in parts) for name in TABLE_ROWS}
    quarantined: list[Quarantined] = [q for p in parts for q in p.quarantined]
    return PipelineSummary(
        out=out,
        on=on,
        documents=sum(p.documents for p in parts),
        cases=sum(p.cases for p in parts),
        quarantined=quarantined,
        rows=rows,
        parts=len(parts),
        seconds=seconds,
    )


def _write_reports(summary: PipelineSummary) -> None:
    quarantine = [
        {"source": q.source, "problems": [attrs.asdict(problem) for problem in q.problems]}
        for q in summary.quarantined
    ]
    (summary.out / "quarantine.json").write_text(
        json.dumps(quarantine, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (summary.out / "summary.json").write_text(
        json.dumps(summary.to_dict(), indent=2) + "\n", encoding="utf-8"
    )
