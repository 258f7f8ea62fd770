"""The statistics view as Apache Arrow tables: one declared schema per row kind.

Each table holds the rows of one kind of the statistics view
(:class:`~familyviolence.privacy.StatisticsView`), one column per field of the row, in the row's
order. The schema follows from the row's declared types, so that a row and its table cannot drift
apart: vocabulary columns are dictionary-encoded, their dictionary every code of the vocabulary in
its declared order; tuples of codes are lists of such dictionaries; dates are dates; pseudonyms and
ids are strings; counts and years are 32-bit integers; an optional value is a nullable column. Every
column carries its description (from the row's documentation) and, for a vocabulary, its name and
codes, in the field's metadata. The cases table names its ``first_year`` column ``year``, as every
table partitions by ``jurisdiction`` and ``year``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

import attrs
import docstring_parser
import pyarrow as pa

from familyviolence._labelled import LabelledEnum
from familyviolence.privacy import (
    AssessmentRow,
    CaseRow,
    DeadlineRow,
    ExposureRow,
    IncidentRow,
    InterventionRow,
    PartnerContactRow,
    StatisticsView,
)

__all__ = [
    "PARTITION_COLUMNS",
    "TABLE_ROWS",
    "TABLE_SCHEMAS",
    "arrow_table",
    "arrow_tables",
]

TABLE_ROWS: Mapping[str, type] = MappingProxyType(
    {
        "cases": CaseRow,
        "incidents": IncidentRow,
        "exposures": ExposureRow,
        "assessments": AssessmentRow,
        "interventions": InterventionRow,
        "partner_contacts": PartnerContactRow,
        "deadlines": DeadlineRow,
    }
)
"""Table name → the row class of the statistics view whose rows it holds.

The names are those of :class:`~familyviolence.privacy.StatisticsView`'s fields.
"""

PARTITION_COLUMNS: Final = ("jurisdiction", "year")
"""The columns every table is partitioned by, in this order, when written as Parquet."""

_RENAMED: Mapping[tuple[type, str], str] = {(CaseRow, "first_year"): "year"}


def _column_name(row: type, field: str) -> str:
    return _RENAMED.get((row, field), field)


def _descriptions(row: type) -> dict[str, str]:
    parsed = docstring_parser.parse(row.__doc__ or "")
    return {
        p.arg_name: " ".join((p.description or "").split())
        for p in parsed.params
        if p.args[0] == "attribute"
    }


def _dictionary_type(vocabulary: type[LabelledEnum]) -> pa.DataType:
    index = pa.int8() if len(vocabulary) <= 127 else pa.int16()  # noqa: PLR2004 - int8's max
    return pa.dictionary(index, pa.string())


def _field(row: type, name: str, annotation: object, description: str) -> pa.Field:
    nullable = False
    args = typing.get_args(annotation)
    if isinstance(annotation, types.UnionType) and type(None) in args:
        nullable = True
        (annotation,) = (a for a in args if a is not type(None))
    metadata = {"description": description}
    listed = typing.get_origin(annotation) is tuple
    inner = typing.get_args(annotation)[0] if listed else annotation
    if isinstance(inner, type) and issubclass(inner, LabelledEnum):
        metadata["vocabulary"] = inner.__name__
        metadata["codes"] = json.dumps([member.value for member in inner])
        kind: pa.DataType = _dictionary_type(inner)
    else:
        kind = _SCALARS[inner]  # type: ignore[index]
    if listed:
        kind = pa.list_(pa.field("item", kind, nullable=False))
    return pa.field(_column_name(row, name), kind, nullable=nullable, metadata=metadata)


_SCALARS: Mapping[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int32(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}


def _schema(row: type) -> pa.Schema:
    hints = typing.get_type_hints(row)
    described = _descriptions(row)
    fields = [_field(row, f.name, hints[f.name], described[f.name]) for f in attrs.fields(row)]
    return pa.schema(fields, metadata={"row": row.__name__})


TABLE_SCHEMAS: Mapping[str, pa.Schema] = MappingProxyType(
    {name: _schema(row) for name, row in TABLE_ROWS.items()}
)
"""Table name → its Arrow schema (see the docs' *Statistics at scale* page for each column)."""


def _codes(field: pa.Field) -> list[str]:
    codes: list[str] = json.loads(field.metadata[b"codes"])
    return codes


def _code_array(field: pa.Field, kind: pa.DictionaryType, values: Sequence[object]) -> pa.Array:
    codes = _codes(field)
    position = {code: i for i, code in enumerate(codes)}
    indices = [None if v is None else position[_code(v)] for v in values]
    return pa.DictionaryArray.from_arrays(
        pa.array(indices, kind.index_type), pa.array(codes, pa.string())
    )


def _code(value: object) -> str:
    if not isinstance(value, enum.Enum):
        msg = f"expected a member of a vocabulary, found {type(value).__name__}"
        raise TypeError(msg)
    code: str = value.value
    return code


def _column(field: pa.Field, values: Sequence[object]) -> pa.Array:
    kind = field.type
    if pa.types.is_dictionary(kind):
        return _code_array(field, kind, values)
    if pa.types.is_list(kind):
        lists = typing.cast("Sequence[Sequence[object]]", values)
        offsets = [0]
        for items in lists:
            offsets.append(offsets[-1] + len(items))
        flat = [item for items in lists for item in items]
        items = _code_array(field, kind.value_type, flat)
        return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), items, type=kind)
    return pa.array(values, kind)


def arrow_table(name: str, rows: Sequence[object]) -> pa.Table:
    """The rows of one kind as the Arrow table ``name`` (see :data:`TABLE_SCHEMAS`).

    Raises:
        KeyError: If there is no table ``name``.
        TypeError: If a row is not of the table's row class.
    """
    row_class = TABLE_ROWS[name]
    schema = TABLE_SCHEMAS[name]
    for row in rows:
        if type(row) is not row_class:
            msg = f"the {name} table holds {row_class.__name__}s, not {type(row).__name__}s"
            raise TypeError(msg)
    arrays = [
        _column(field, [getattr(row, a.name) for row in rows])
        for field, a in zip(schema, attrs.fields(row_class), strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def arrow_tables(view: StatisticsView) -> dict[str, pa.Table]:
    """Every table of the view, by name: one per row kind, each with its declared schema."""
    return {name: arrow_table(name, getattr(view, name)) for name in TABLE_ROWS}
