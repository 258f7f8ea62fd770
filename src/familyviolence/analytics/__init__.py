"""Statistics at national scale: Arrow and Parquet tables, a Dask pipeline, indicators.

Needs the ``analytics`` extra (``pip install 'familyviolence[analytics]'``): pyarrow, Dask,
distributed and tqdm. ``import familyviolence`` never imports this package. See the docs'
*Statistics at scale* page.
"""

from familyviolence.analytics._indicators import (
    Indicator,
    IndicatorKind,
    indicator_table,
    indicators,
)
from familyviolence.analytics._parquet import partitioning, read_dask, read_table, write_tables
from familyviolence.analytics._pipeline import (
    DEFAULT_PART_SIZE,
    LOCAL_SCHEDULERS,
    Source,
    write_statistics,
)
from familyviolence.analytics._progress import ProgressBar
from familyviolence.analytics._summary import PartDone, PipelineSummary, Progress, Quarantined
from familyviolence.analytics._suppression import (
    DEFAULT_THRESHOLD,
    is_small,
    shown_count,
    shown_share,
)
from familyviolence.analytics._tables import (
    PARTITION_COLUMNS,
    TABLE_ROWS,
    TABLE_SCHEMAS,
    arrow_table,
    arrow_tables,
)

__all__ = [
    "DEFAULT_PART_SIZE",
    "DEFAULT_THRESHOLD",
    "LOCAL_SCHEDULERS",
    "PARTITION_COLUMNS",
    "TABLE_ROWS",
    "TABLE_SCHEMAS",
    "Indicator",
    "IndicatorKind",
    "PartDone",
    "PipelineSummary",
    "Progress",
    "ProgressBar",
    "Quarantined",
    "Source",
    "arrow_table",
    "arrow_tables",
    "indicator_table",
    "indicators",
    "is_small",
    "partitioning",
    "read_dask",
    "read_table",
    "shown_count",
    "shown_share",
    "write_statistics",
    "write_tables",
]
