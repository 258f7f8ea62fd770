"""Personal, sensitive and protected values of a case never reach repr, str or error messages."""

import contextlib
import datetime as dt
import json
import logging
import traceback
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familyviolence import (
    Case,
    Country,
    FamilyViolenceError,
    Household,
    IdentityNumber,
    InvalidDocument,
    Jurisdiction,
    Relationship,
    RelationshipKind,
    deadlines,
    evaluate,
    evolve,
    from_json,
    pseudonymise,
    redact,
    to_dict,
    to_json,
)
from familyviolence.disclosure import DisclosureDecision
from familyviolence.privacy import PseudonymisedCase, statistics_view
from privacy_checks import hidden_values


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


def test_the_library_logs_only_a_failure_of_the_fast_path_and_never_warns():
    # Nothing the library writes to logs can leak if it writes little and no value: the one log
    # is the codec's report of a bug on its fast path, which names a model and an exception
    # class (see test_codec's test of it). Keep it that way.
    src = Path(__file__).parent.parent / "src" / "familyviolence"
    logging_modules = set()
    for path in src.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "import logging" in text:
            logging_modules.add(path.relative_to(src).as_posix())
        assert "warnings.warn" not in text, path
    assert logging_modules == {"codec/_documents.py"}


# -- errors raised on bad input, and whatever the library might log or warn ---------------------


def _breakages(case, data):
    """Ways to build something invalid out of a case's own personal and sensitive values."""
    family = case.family
    person = data.draw(st.sampled_from(family.persons))
    texts = list(hidden_values(case)) or ["Karin Lind"]
    text = data.draw(st.sampled_from(texts))
    yield lambda: IdentityNumber(country=Country.SE, number=text)
    yield lambda: IdentityNumber(country=Country.NO, number=text)
    yield lambda: evolve(person, preferred_language=text)
    yield lambda: evolve(person, name=7)
    yield lambda: Household(id="home-x", members=(person.id, person.id), address=text)
    # Ids are public codes and errors name them (conventions): the hidden values go elsewhere.
    yield lambda: evolve(case, subjects=(*case.subjects, "nobody"))
    stranger = Relationship(kind=RelationshipKind.PARTNER, from_person=person.id, to_person="x")
    yield lambda: evolve(family, relationships=(*family.relationships, stranger))
    if person.identity_number is not None:
        other = person.identity_number.birth_date + dt.timedelta(days=1)
        yield lambda: evolve(person, birth_date=other)
    for incident in case.incidents:
        yield lambda incident=incident: evolve(incident, description="   ")
        yield lambda incident=incident: evolve(incident, victims=(), children=())
        yield lambda incident=incident: evolve(case, incidents=(incident, incident))
    yield lambda: pseudonymise(case, text.encode()[:8])
    yield lambda: PseudonymisedCase(case=case)
    yield lambda: redact(text, _NOTHING_PERMITTED)


_NOTHING_PERMITTED = DisclosureDecision(
    request="r-1", on=dt.date(2026, 1, 1), jurisdiction=Jurisdiction.SE, permitted=False
)


def _shown(error):
    parts = [str(error), repr(error), *map(str, error.args), *getattr(error, "__notes__", [])]
    parts += traceback.format_exception_only(error)
    return "\n".join(parts)


@settings(max_examples=30, deadline=None)
@given(st.from_type(Case), st.data())
def test_errors_raised_on_bad_input_show_no_hidden_value(case, data):
    hidden = list(hidden_values(case))
    shown = [_shown(error) for error in map(_raised, _breakages(case, data)) if error]
    assert shown
    for value in hidden:
        assert not any(value in text for text in shown)


def _raised(breakage):
    try:
        breakage()
    except (FamilyViolenceError, TypeError, ValueError) as error:
        return error
    return None


class _Everything(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@settings(max_examples=25, deadline=None)
@given(st.from_type(Case))
def test_nothing_logged_warned_or_shown_while_working_on_a_case_shows_a_hidden_value(case):
    handler = _Everything()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            document = to_json(case)
            from_json(Case, document)
            last = max((e.at.date() for e in case.history), default=dt.date(2026, 1, 1))
            evaluate(case, on=last)
            deadlines(case, on=last)
            redacted = redact(case, _NOTHING_PERMITTED)
            done = pseudonymise(case, bytes(32), shift_dates=True)
            view = statistics_view([done])
            with contextlib.suppress(InvalidDocument):
                from_json(Case, document.replace(b'"subjects":[', b'"subjects":["nobody",'))
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    said = handler.messages + [str(w.message) for w in warned]
    said += [repr(redacted), str(redacted), repr(done), str(done), repr(view)]
    for value in hidden_values(case):
        assert not any(value in message for message in said)
