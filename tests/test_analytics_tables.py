"""The statistics view as Arrow tables: a declared schema that stays put, documented column by
column, and rows that come back as they went in. And the core never imports the edge."""

import importlib.util
import json
import subprocess
import sys
import typing
from pathlib import Path

import attrs
import pyarrow as pa
import pytest
from hypothesis import given, settings

from familyviolence import ViolenceForm
from familyviolence.analytics import TABLE_ROWS, TABLE_SCHEMAS, arrow_table, arrow_tables
from familyviolence.privacy import StatisticsView
from familyviolence.testing.strategies import incident_rows, statistics_views
from familyviolence.vocabulary import LabelledEnum
from public_api import public_names

DOCS = Path(__file__).parent.parent / "docs"
NULLABLE, REQUIRED = True, False

# The published schema. A change here is a change for every user's queries: it needs a
# changelog entry and, for a removed or retyped column, a new major version.
SCHEMA = {
    "cases": [
        ("case", "string", REQUIRED),
        ("jurisdiction", "Jurisdiction codes", REQUIRED),
        ("phase", "Phase codes", REQUIRED),
        ("persons", "int32", REQUIRED),
        ("protected_persons", "int32", REQUIRED),
        ("subjects", "int32", REQUIRED),
        ("incidents", "int32", REQUIRED),
        ("assessments", "int32", REQUIRED),
        ("events", "int32", REQUIRED),
        ("interventions", "int32", REQUIRED),
        ("year", "int32", NULLABLE),
    ],
    "incidents": [
        ("case", "string", REQUIRED),
        ("incident", "string", REQUIRED),
        ("jurisdiction", "Jurisdiction codes", REQUIRED),
        ("year", "int32", REQUIRED),
        ("forms", "list of ViolenceForm codes", REQUIRED),
        ("perpetrators", "int32", REQUIRED),
        ("victims", "int32", REQUIRED),
        ("children_exposed", "int32", REQUIRED),
        ("injured", "int32", REQUIRED),
        ("weapon", "bool", NULLABLE),
        ("threat_to_kill", "bool", NULLABLE),
        ("strangulation", "bool", NULLABLE),
        ("reported_to_police", "bool", NULLABLE),
        ("victim_sexes", "list of RecordedSex codes", REQUIRED),
        ("victim_age_bands", "list of AgeBand codes", REQUIRED),
        ("perpetrator_sexes", "list of RecordedSex codes", REQUIRED),
        ("perpetrator_age_bands", "list of AgeBand codes", REQUIRED),
    ],
    "exposures": [
        ("case", "string", REQUIRED),
        ("incident", "string", REQUIRED),
        ("child", "string", REQUIRED),
        ("jurisdiction", "Jurisdiction codes", REQUIRED),
        ("year", "int32", REQUIRED),
        ("kinds", "list of ExposureKind codes", REQUIRED),
        ("child_age_band", "AgeBand codes", NULLABLE),
    ],
    "assessments": [
        ("case", "string", REQUIRED),
        ("assessment", "string", REQUIRED),
        ("jurisdiction", "Jurisdiction codes", REQUIRED),
        ("instrument", "string", REQUIRED),
        ("version", "string", REQUIRED),
        ("year", "int32", REQUIRED),
        ("subject_sex", "RecordedSex codes", REQUIRED),
        ("subject_age_band", "AgeBand codes", NULLABLE),
        ("answers", "int32", REQUIRED),
        ("highest_level", "RiskLevel codes", NULLABLE),
    ],
    "interventions": [
        ("case", "string", REQUIRED),
        ("intervention", "string", REQUIRED),
        ("jurisdiction", "Jurisdiction codes", REQUIRED),
        ("kind", "InterventionKind codes", REQUIRED),
        ("status", "InterventionStatus codes", REQUIRED),
        ("granted_on", "date32[day]", REQUIRED),
        ("year", "int32", REQUIRED),
        ("person_sex", "RecordedSex codes", REQUIRED),
        ("person_age_band", "AgeBand codes", NULLABLE),
    ],
    "partner_contacts": [
        ("case", "string", REQUIRED),
        ("pathway", "string", REQUIRED),
        ("jurisdiction", "Jurisdiction codes", REQUIRED),
        ("on", "date32[day]", REQUIRED),
        ("year", "int32", REQUIRED),
        ("established", "bool", REQUIRED),
        ("reason", "NoPartnerContactReason codes", NULLABLE),
        ("current_assessment", "bool", REQUIRED),
    ],
    "deadlines": [
        ("case", "string", REQUIRED),
        ("rule", "string", REQUIRED),
        ("jurisdiction", "Jurisdiction codes", REQUIRED),
        ("kind", "DeadlineKind codes", REQUIRED),
        ("started_on", "date32[day]", REQUIRED),
        ("due", "date32[day]", REQUIRED),
        ("fulfilled_on", "date32[day]", NULLABLE),
        ("year", "int32", REQUIRED),
        ("outcome", "DeadlineOutcome codes", REQUIRED),
        ("on", "date32[day]", REQUIRED),
    ],
}


def _described(field):
    kind = field.type
    if pa.types.is_dictionary(kind):
        return f"{field.metadata[b'vocabulary'].decode()} codes"
    if pa.types.is_list(kind):
        return f"list of {field.metadata[b'vocabulary'].decode()} codes"
    return str(kind)


def test_the_schema_of_every_table_is_the_published_one():
    found = {
        name: [(f.name, _described(f), f.nullable) for f in schema]
        for name, schema in TABLE_SCHEMAS.items()
    }
    assert found == SCHEMA


def test_there_is_one_table_per_row_kind_of_the_statistics_view():
    assert set(TABLE_ROWS) == {field.name for field in attrs.fields(StatisticsView)}
    for name, row in TABLE_ROWS.items():
        assert TABLE_SCHEMAS[name].metadata[b"row"] == row.__name__.encode()


def test_every_column_is_described_and_every_vocabulary_lists_its_codes_in_order():
    for schema in TABLE_SCHEMAS.values():
        for field in schema:
            assert field.metadata[b"description"].strip(), field.name
            if b"vocabulary" in field.metadata:
                codes = json.loads(field.metadata[b"codes"])
                vocabulary = field.metadata[b"vocabulary"].decode()
                members = {cls.__name__: cls for cls in _vocabularies()}[vocabulary]
                assert codes == [m.value for m in members]
                index = field.type.index_type if pa.types.is_dictionary(field.type) else None
                assert index is None or index == pa.int8()


def _vocabularies():
    return [
        value
        for value in public_names().values()
        if isinstance(value, type) and issubclass(value, LabelledEnum)
    ]


def _generated_tables():
    spec = importlib.util.spec_from_file_location(
        "generated_tables", DOCS / "_ext" / "generated_tables.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_column_is_on_the_statistics_page_with_its_type_and_description():
    page = (DOCS / "statistics.md").read_text(encoding="utf-8")
    assert "_generated/statistics_tables.md" in page
    generated = _generated_tables()
    assert generated.TABLES["statistics_tables.md"] is generated.statistics_tables
    tables = generated.statistics_tables()
    for name, schema in TABLE_SCHEMAS.items():
        assert f"**`{name}`**" in tables
        for field in schema:
            description = field.metadata[b"description"].decode()
            assert f"| `{field.name}` |" in tables
            assert description.replace("|", "\\|") in tables, (name, field.name)


def test_a_vocabulary_column_is_dictionary_encoded_with_the_whole_vocabulary():
    table = arrow_table("incidents", [])
    assert table.num_rows == 0
    forms = arrow_tables(StatisticsView())["incidents"].schema.field("forms")
    assert forms.type == pa.list_(
        pa.field("item", pa.dictionary(pa.int8(), pa.string()), nullable=False)
    )


@settings(max_examples=40, deadline=None)
@given(incident_rows())
def test_a_row_keeps_its_codes_as_dictionary_indices_into_the_vocabulary(row):
    column = arrow_table("incidents", [row]).column("forms").combine_chunks()
    items = column.flatten()
    assert items.dictionary.to_pylist() == [f.value for f in ViolenceForm]
    assert [list(ViolenceForm)[i] for i in items.indices.to_pylist()] == list(row.forms)


@settings(max_examples=40, deadline=None)
@given(statistics_views())
def test_every_row_comes_back_from_its_table_as_it_went_in(view):
    for name, table in arrow_tables(view).items():
        rows = getattr(view, name)
        assert table.num_rows == len(rows)
        assert table.schema == TABLE_SCHEMAS[name]
        back = [_row_of(TABLE_ROWS[name], record) for record in table.to_pylist()]
        assert back == list(rows)


def _row_of(row_class, record):
    hints = typing.get_type_hints(row_class)
    values = {}
    for field in attrs.fields(row_class):
        column = "year" if (row_class.__name__, field.name) == ("CaseRow", "first_year") else None
        values[field.name] = _typed(hints[field.name], record[column or field.name])
    return row_class(**values)


def _typed(hint, value):
    if value is None:
        return None
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is tuple:
        return tuple(args[0](v) for v in value)
    inner = args[0] if args else hint
    if isinstance(inner, type) and issubclass(inner, LabelledEnum):
        return inner(value)
    return value


def test_a_row_of_another_kind_is_refused():
    view = StatisticsView()
    with pytest.raises(TypeError, match="holds IncidentRows"):
        arrow_table("incidents", [*view.cases, object()])


def test_importing_the_library_imports_no_analytics_dependency():
    code = (
        "import sys, familyviolence, familyviolence.cli;"
        "heavy = ('pyarrow', 'dask', 'distributed', 'tqdm', 'pandas', 'familyviolence.analytics');"
        "print(','.join(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
