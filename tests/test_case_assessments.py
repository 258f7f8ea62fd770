"""A case keeps the structured assessments made in it."""

import datetime as dt

import attrs
import pytest

from familyviolence import (
    Answer,
    Assessment,
    Case,
    InvalidModel,
    Jurisdiction,
    Response,
    default_catalogue,
)
from scenario import family as scenario_family


def test_a_case_keeps_its_assessments_of_persons_of_the_family():
    family = scenario_family()
    answers = tuple(
        Answer(item=item.code, value=Response.YES if n < 14 else Response.NO)
        for n, item in enumerate(default_catalogue().definition("dash", "2009").items)
    )
    dash = Assessment(
        id="dash-1",
        instrument="dash",
        version="2009",
        subject="mother",
        assessor="sw-1",
        assessed_on=dt.date(2026, 3, 3),
        answers=answers,
    )
    case = Case(
        id="case-1",
        jurisdiction=Jurisdiction.SE,
        family=family,
        subjects=("mother",),
        assessments=(dash,),
    )
    assert default_catalogue().result(case.assessments[0]).refers_to_conference
    with pytest.raises(InvalidModel, match=r"assessments\[0\]\.subject"):
        Case(
            id="case-1",
            jurisdiction=Jurisdiction.SE,
            family=family,
            subjects=("mother",),
            assessments=(attrs.evolve(dash, subject="stranger"),),
        )
    with pytest.raises(InvalidModel, match=r"assessments\[1\]\.id"):
        Case(
            id="case-1",
            jurisdiction=Jurisdiction.SE,
            family=family,
            subjects=("mother",),
            assessments=(dash, dash),
        )
