"""Redaction and pseudonymisation: withheld parts, redacted and pseudonymised cases."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence._model import evolve
from familyviolence.disclosure import DisclosureDecision
from familyviolence.family import FamilySystem
from familyviolence.privacy import (
    MIN_KEY_BYTES,
    BirthYear,
    PseudonymisedCase,
    Redacted,
    RedactedCase,
    Redaction,
    WithheldBecause,
    pseudonymise,
    redact,
)
from familyviolence.testing._strategies.cases import cases
from familyviolence.testing._strategies.disclosure import grounds_considered
from familyviolence.testing._strategies.people import family_systems
from familyviolence.testing._strategies.values import COLLABORATION_UNTIL
from familyviolence.vocabulary import (
    DataCategory,
    Jurisdiction,
)


def redaction_markers() -> st.SearchStrategy[Redacted]:
    """Markers of withheld parts, as :func:`~familyviolence.redact` lists them."""
    return st.builds(
        Redacted,
        path=st.sampled_from(
            ("$.incidents", "$.family.persons[*].name", "$.family.households[?(@.id=='h-1')]")
        ),
        category=st.none() | st.sampled_from(DataCategory),
        reason=st.sampled_from(WithheldBecause),
    )


def _decision_about(
    draw: st.DrawFn, family: FamilySystem, jurisdiction: Jurisdiction
) -> DisclosureDecision:
    """A decision permitting a random set of data categories, about one person or no one."""
    permitted = tuple(c for c in DataCategory if c in draw(st.sets(st.sampled_from(DataCategory))))
    relied = evolve(draw(grounds_considered()), categories=permitted)
    return DisclosureDecision(
        request="disclosure-1",
        person=draw(st.none() | st.sampled_from([p.id for p in family.persons])),
        on=draw(st.dates(dt.date(2021, 1, 1), COLLABORATION_UNTIL)),
        jurisdiction=jurisdiction,
        permitted=bool(permitted),
        categories=permitted,
        relied_on=(relied,) if permitted else (),
    )


@st.composite
def redacted_cases(draw: st.DrawFn) -> RedactedCase:
    """Small cases redacted for decisions permitting a random set of data categories."""
    case = draw(cases(max_events=1, max_incidents=1, max_assessments=0))
    decision = _decision_about(draw, case.family, case.jurisdiction)
    return redact(case, decision, entitled_to_whereabouts=draw(st.booleans()))


@st.composite
def redactions(draw: st.DrawFn) -> Redaction:
    """Family systems redacted for decisions permitting a random set of data categories.

    Not registered for ``st.from_type``: a redaction's ``value`` may be any model, so it is
    written as JSON but read back only as the model it holds.
    """
    family = draw(family_systems(max_adults=2, max_children=2))
    decision = _decision_about(draw, family, draw(st.sampled_from(Jurisdiction)))
    return redact(family, decision, entitled_to_whereabouts=draw(st.booleans()))


_PSEUDONYM_KEYS = st.binary(min_size=MIN_KEY_BYTES, max_size=MIN_KEY_BYTES + 8)
PSEUDONYMS = st.integers(0, 2**80 - 1).map(lambda n: f"{n:020x}")


def pseudonymised_cases() -> st.SearchStrategy[PseudonymisedCase]:
    """Small cases pseudonymised under random keys, with their dates shifted or not."""
    return st.builds(
        pseudonymise,
        cases(max_events=1, max_incidents=1, max_assessments=0),
        _PSEUDONYM_KEYS,
        shift_dates=st.booleans(),
    )


def birth_years() -> st.SearchStrategy[BirthYear]:
    """Years of birth of pseudonymised persons."""
    return st.builds(
        BirthYear, person=PSEUDONYMS.map("person-".__add__), year=st.integers(1920, 2026)
    )
