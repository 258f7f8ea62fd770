"""JSON Schema of the documents: valid documents pass, documents of the wrong shape fail."""

import functools
import json
import runpy
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import (
    FamilySystem,
    InvalidDocument,
    RelationshipKind,
    from_json,
    json_schema,
    to_dict,
)
from familyviolence.codec import SCHEMA_VERSION
from familyviolence.testing import _plugin

EXAMPLE = Path(__file__).parent.parent / "examples" / "family_system.py"


@functools.cache
def validator(model_type):
    schema = json_schema(model_type)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_the_schema_is_draft_2020_12_and_describes_the_models():
    schema = json_schema(FamilySystem)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    person = schema["$defs"]["Person"]
    assert person["description"].startswith("A person in a case")
    assert "interpreter" in person["properties"]["needs_interpreter"]["description"]
    assert person["additionalProperties"] is False
    assert set(schema["$defs"]["RelationshipKind"]["enum"]) == {k.value for k in RelationshipKind}
    assert schema["$defs"]["Relationship"]["properties"]["to_person"]["minLength"] == 1


def test_the_example_family_is_valid_against_the_schema():
    family = runpy.run_path(str(EXAMPLE))["build_family"]()
    validator(FamilySystem).validate(to_dict(family))


ONE_TYPE_PER_STRATEGY = list(
    {name: t for t, name in reversed(_plugin.STRATEGY_FOR.items())}.values()
)


@settings(max_examples=60)
@given(st.data())
def test_generated_documents_of_every_model_are_valid(data):
    for model_type in ONE_TYPE_PER_STRATEGY:
        document = to_dict(data.draw(st.from_type(model_type)))
        validator(model_type).validate(document)


_SHAPE_BREAKERS = st.sampled_from(
    [
        lambda d: d["persons"][0].update(name=5),
        lambda d: d["persons"][0].update(sex="woman"),
        lambda d: d["persons"][0].update(surprise=True),
        lambda d: d["persons"][0].pop("id"),
        lambda d: d["persons"][0].update(id=""),
        lambda d: d["persons"][0].update(birth_date="yesterday"),
        lambda d: d.update(persons="everyone"),
        lambda d: d.update(schema_version=SCHEMA_VERSION + 1),
        lambda d: d.pop("schema_version"),
    ]
)


@given(st.from_type(FamilySystem), _SHAPE_BREAKERS)
def test_documents_of_the_wrong_shape_fail_both_the_codec_and_the_schema(family, breaker):
    document = to_dict(family)
    breaker(document)
    assert list(validator(FamilySystem).iter_errors(document))
    with pytest.raises(InvalidDocument):
        from_json(FamilySystem, json.dumps(document))
