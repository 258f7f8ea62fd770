"""The peers that check what the library checks (``benchmarks/checked_peers.py``) really do.

The benchmark's ratios against them mean something only if they refuse what the library
refuses, for the same reasons, and take what it takes.
"""

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings

from familyviolence import Case, InvalidDocument, from_json, to_json
from familyviolence.events import Correction
from familyviolence.testing.strategies import cases

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

import checked_peers  # found in the benchmarks' folder
from reference import reference_case

Document = dict[str, Any]


def _set(path: str, value: object) -> Callable[[Document], None]:
    """A change of a document: the value at a dotted path (list positions as numbers)."""

    def change(document: Document) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value

    return change


def _swap_first_two_times(document: Document) -> None:
    first, second = document["history"][:2]
    first["at"], second["at"] = second["at"], first["at"]


def _drop_first_event(document: Document) -> None:
    del document["history"][0]


# Each breaks one of the library's invariants; the peers must refuse it for the same reason.
BROKEN_INVARIANTS = {
    "relationship to an unknown person": _set("family.relationships.0.to_person", "nobody"),
    "parent born after the child": _set("family.persons.5.birth_date", "1995-01-01"),
    "check digit of an identity number": _set(
        "family.persons.0.identity_number.number", "198804172389"
    ),
    "birth date against identity number": _set("family.persons.0.birth_date", "1988-04-18"),
    "household member unknown": _set("family.households.0.members.0", "nobody"),
    "subject unknown": _set("subjects.0", "nobody"),
    "perpetrator unknown": _set("incidents.0.perpetrators.0", "nobody"),
    "an adult as an exposed child": _set("incidents.0.children.0.child", "mother"),
    "item answered twice": _set("assessments.0.answers.1.item", "1"),
    "events out of order": _swap_first_two_times,
    "event not allowed in its phase": _drop_first_event,
}

# Each breaks the shape; the peers' own constraints refuse it.
BROKEN_SHAPES = {
    "empty id": _set("family.persons.0.id", ""),
    "id with a space around it": _set("incidents.0.id", "incident-1 "),
    "id after an information separator": _set("family.persons.1.id", "\x1cfather"),
    "unknown key": _set("family.persons.0.nickname", "x"),
    "wrong type": _set("family.persons.0.needs_interpreter", "no"),
}


def _reference() -> Document:
    return json.loads(to_json(reference_case()))


def _refusals(document: bytes) -> dict[str, str | None]:
    """What each decoder says of a document: ``None`` if it takes it, else its error."""
    decoders: dict[str, Callable[[bytes], object]] = {
        "familyviolence": lambda d: from_json(Case, d),
        "pydantic": checked_peers.pydantic_model(Case, document=True).model_validate_json,
        "msgspec": checked_peers.msgspec_decoder(Case).decode,
    }
    said: dict[str, str | None] = {}
    for name, decode in decoders.items():
        try:
            decode(document)
        except (InvalidDocument, pydantic.ValidationError, msgspec.ValidationError) as error:
            said[name] = str(error)
        else:
            said[name] = None
    return said


def test_the_checked_peers_take_the_reference_documents_and_encode_them_back():
    for history in (12, 200):
        document = to_json(reference_case(history))
        assert set(_refusals(document).values()) == {None}
        model = checked_peers.pydantic_model(Case, document=True)
        assert json.loads(model.model_validate_json(document).model_dump_json()) == json.loads(
            document
        )
        struct = checked_peers.msgspec_decoder(Case).decode(document)
        assert json.loads(msgspec.json.encode(struct)) == json.loads(document)


@pytest.mark.parametrize("broken", sorted(BROKEN_INVARIANTS))
def test_the_checked_peers_refuse_a_broken_invariant_for_the_libraries_reason(broken):
    document = _reference()
    BROKEN_INVARIANTS[broken](document)
    said = _refusals(json.dumps(document).encode())
    ours = said.pop("familyviolence")
    assert ours is not None
    # The library's reason, e.g. "a parent must be born before the child", at the line's end.
    reason = re.search(r"found one that breaks them \((.*)\)$", ours.splitlines()[1])
    assert reason is not None, ours
    for peer, error in said.items():
        assert error is not None, peer
        assert reason[1] in error, (peer, reason[1])


@pytest.mark.parametrize("broken", sorted(BROKEN_SHAPES))
def test_the_checked_peers_refuse_a_broken_shape(broken):
    document = _reference()
    BROKEN_SHAPES[broken](document)
    said = _refusals(json.dumps(document).encode())
    assert all(error is not None for error in said.values()), said


def _told_apart_by_class(case: Case) -> bool:
    """Whether the case has records the checked peers cannot check: see ``checked_peers``."""
    return bool(case.pathways) or any(isinstance(e, Correction) for e in case.history)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(cases().filter(lambda case: not _told_apart_by_class(case)))
def test_the_checked_peers_take_every_valid_case_the_library_writes(case):
    document = to_json(case)
    assert _refusals(document) == {"familyviolence": None, "pydantic": None, "msgspec": None}
