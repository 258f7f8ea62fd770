"""Parquet files of the statistics tables, partitioned by jurisdiction and year.

A table is a directory under the output directory, named for the table, partitioned the Hive
way: ``incidents/jurisdiction=SE/year=2026/part-00003-0.parquet``. Each part writes files of
its own name, so that parts written at the same time on different workers never meet. A row
without a year (a case with nothing dated) goes under ``year=__HIVE_DEFAULT_PARTITION__``, the
Hive name for a missing value. Read the tables back with :func:`read_table` (Arrow, in the
declared schema) or :func:`read_dask` (a Dask data frame); DuckDB and Polars read them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.dataset as ds

from familyviolence.analytics._tables import PARTITION_COLUMNS, TABLE_SCHEMAS

if TYPE_CHECKING:
    import dask.dataframe as dd

__all__ = ["partitioning", "read_dask", "read_table", "write_tables"]


def partitioning() -> ds.Partitioning:
    """How the tables are partitioned: Hive style, by jurisdiction (text) and year (integer).

    Pass it to pyarrow's or Dask's Parquet readers so that the partition columns are read
    with their types, ``year`` as an integer even where it is missing.
    """
    return ds.partitioning(
        pa.schema([("jurisdiction", pa.string()), ("year", pa.int32())]), flavor="hive"
    )


def write_tables(tables: Mapping[str, pa.Table], out: Path, *, part: int) -> dict[str, int]:
    """Write each non-empty table under ``out`` as files of part ``part``.

    Returns:
        The rows written, by table.
    """
    written = {}
    for name, table in tables.items():
        written[name] = table.num_rows
        if not table.num_rows:
            continue
        ds.write_dataset(
            table,
            out / name,
            format="parquet",
            partitioning=ds.partitioning(
                pa.schema([table.schema.field(c) for c in PARTITION_COLUMNS]), flavor="hive"
            ),
            basename_template=f"part-{part:05d}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
    return written


def read_table(out: Path | str, name: str) -> pa.Table:
    """The table ``name`` written under ``out``, in its declared schema (empty if none was written).

    Raises:
        KeyError: If there is no table ``name``.
    """
    schema = TABLE_SCHEMAS[name]
    where = Path(out) / name
    if not where.is_dir():
        return schema.empty_table()
    table = ds.dataset(where, format="parquet", partitioning=partitioning()).to_table()
    return table.select(schema.names).cast(schema)


def read_dask(out: Path | str, name: str) -> dd.DataFrame:
    """The table ``name`` written under ``out``, as a Dask data frame (lazy: nothing read yet).

    Raises:
        KeyError: If there is no table ``name``.
        FileNotFoundError: If no row of the table was written.
    """
    # Imported here: the pipeline's workers, which write, never need Dask's data frames.
    import dask.dataframe as dd  # noqa: PLC0415

    if name not in TABLE_SCHEMAS:
        raise KeyError(name)
    where = Path(out) / name
    if not where.is_dir():
        msg = f"no {name} table under {out}"
        raise FileNotFoundError(msg)
    frame: dd.DataFrame = dd.read_parquet(str(where), dataset={"partitioning": partitioning()})
    return frame
