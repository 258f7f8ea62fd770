"""Personal, sensitive and protected values of a case never reach repr, str or error messages."""

import enum
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import Case, InvalidDocument, Sensitivity, from_json, sensitivity_of, to_dict


def hidden_values(obj, hidden=False):
    """Every text value of the object tree held in a field that is not public."""
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            inner_hidden = hidden or sensitivity_of(field) is not Sensitivity.PUBLIC
            yield from hidden_values(getattr(obj, field.name), inner_hidden)
    elif isinstance(obj, tuple):
        for item in obj:
            yield from hidden_values(item, hidden)
    elif hidden and isinstance(obj, str) and not isinstance(obj, enum.Enum) and len(obj) >= 6:
        # Short texts and vocabulary values also occur in public fields, by chance or design.
        yield obj


@settings(max_examples=40)
@given(st.from_type(Case))
def test_repr_and_str_of_a_case_show_no_hidden_value(case):
    shown = repr(case) + str(case) + repr(case.state)
    for value in hidden_values(case):
        assert value not in shown


@settings(max_examples=40)
@given(st.from_type(Case), st.data())
def test_errors_about_a_bad_case_document_show_no_hidden_value(case, data):
    document = to_dict(case)
    # Break the document twice: a subject who does not exist, and a field of the wrong kind.
    document["subjects"] = [*document["subjects"], "nobody-at-all"]
    field = data.draw(st.sampled_from(["id", "jurisdiction", "incidents", "history"]))
    document[field] = 7
    with pytest.raises(InvalidDocument) as caught:
        from_json(Case, json.dumps(document))
    message = str(caught.value) + "".join(getattr(caught.value, "__notes__", []))
    for value in hidden_values(case):
        assert value not in message


def test_the_library_does_not_log_or_warn():
    # Nothing the library writes to logs can leak if it writes none: keep it that way.
    src = Path(__file__).parent.parent / "src" / "familyviolence"
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import logging" not in text, path
        assert "warnings.warn" not in text, path
