"""The statistics view of pseudonymised caseloads: its rows and the view itself."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from familyviolence.collaboration import NoPartnerContactReason
from familyviolence.instruments import RiskLevel
from familyviolence.interventions import InterventionKind, InterventionStatus
from familyviolence.privacy import (
    AgeBand,
    AssessmentRow,
    CaseRow,
    DeadlineOutcome,
    DeadlineRow,
    ExposureRow,
    IncidentRow,
    InterventionRow,
    PartnerContactRow,
    StatisticsView,
)
from familyviolence.process import DeadlineKind, Phase
from familyviolence.testing._strategies.privacy import PSEUDONYMS
from familyviolence.testing._strategies.values import ids
from familyviolence.vocabulary import (
    ExposureKind,
    Jurisdiction,
    RecordedSex,
    ViolenceForm,
)

_COUNTS = st.integers(0, 12)
_YEARS = st.integers(2015, 2027)
_KNOWN = st.none() | st.booleans()
_CASE_PSEUDONYMS = PSEUDONYMS.map("case-".__add__)


def case_rows() -> st.SearchStrategy[CaseRow]:
    """Rows of cases of the statistics view."""
    return st.builds(
        CaseRow,
        case=_CASE_PSEUDONYMS,
        jurisdiction=st.sampled_from(Jurisdiction),
        phase=st.sampled_from(Phase),
        persons=_COUNTS,
        protected_persons=_COUNTS,
        subjects=_COUNTS,
        incidents=_COUNTS,
        assessments=_COUNTS,
        events=_COUNTS,
        interventions=_COUNTS,
        first_year=st.none() | _YEARS,
    )


def _several(kind: type[Any]) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(st.sampled_from(kind), max_size=3).map(tuple)


def incident_rows() -> st.SearchStrategy[IncidentRow]:
    """Rows of incidents of the statistics view."""
    return st.builds(
        IncidentRow,
        case=_CASE_PSEUDONYMS,
        incident=ids("incident"),
        jurisdiction=st.sampled_from(Jurisdiction),
        year=_YEARS,
        forms=st.lists(st.sampled_from(ViolenceForm), min_size=1, max_size=3, unique=True).map(
            tuple
        ),
        perpetrators=_COUNTS,
        victims=_COUNTS,
        children_exposed=_COUNTS,
        injured=_COUNTS,
        weapon=_KNOWN,
        threat_to_kill=_KNOWN,
        strangulation=_KNOWN,
        reported_to_police=_KNOWN,
        victim_sexes=_several(RecordedSex),
        victim_age_bands=_several(AgeBand),
        perpetrator_sexes=_several(RecordedSex),
        perpetrator_age_bands=_several(AgeBand),
    )


def assessment_rows() -> st.SearchStrategy[AssessmentRow]:
    """Rows of assessments of the statistics view."""
    return st.builds(
        AssessmentRow,
        case=_CASE_PSEUDONYMS,
        assessment=ids("assessment"),
        jurisdiction=st.sampled_from(Jurisdiction),
        instrument=st.sampled_from(("sara", "patriark", "dash")),
        version=st.sampled_from(("1", "2", "3")),
        year=_YEARS,
        subject_sex=st.sampled_from(RecordedSex),
        subject_age_band=st.none() | st.sampled_from(AgeBand),
        answers=_COUNTS,
        highest_level=st.none() | st.sampled_from(RiskLevel),
    )


def exposure_rows() -> st.SearchStrategy[ExposureRow]:
    """Rows of children exposed to incidents, of the statistics view."""
    return st.builds(
        ExposureRow,
        case=_CASE_PSEUDONYMS,
        incident=ids("incident"),
        child=PSEUDONYMS.map("person-".__add__),
        jurisdiction=st.sampled_from(Jurisdiction),
        year=_YEARS,
        kinds=st.lists(st.sampled_from(ExposureKind), min_size=1, max_size=3, unique=True).map(
            tuple
        ),
        child_age_band=st.none() | st.sampled_from(AgeBand),
    )


_ROW_DAYS = st.dates(dt.date(2015, 1, 1), dt.date(2027, 12, 31))


def intervention_rows() -> st.SearchStrategy[InterventionRow]:
    """Rows of granted interventions, of the statistics view."""
    return _ROW_DAYS.flatmap(
        lambda day: st.builds(
            InterventionRow,
            case=_CASE_PSEUDONYMS,
            intervention=ids("intervention"),
            jurisdiction=st.sampled_from(Jurisdiction),
            kind=st.sampled_from(InterventionKind),
            status=st.sampled_from(InterventionStatus),
            granted_on=st.just(day),
            year=st.just(day.year),
            person_sex=st.sampled_from(RecordedSex),
            person_age_band=st.none() | st.sampled_from(AgeBand),
        )
    )


@st.composite
def partner_contact_rows(draw: st.DrawFn) -> PartnerContactRow:
    """Rows of partner contacts of perpetrator-clinic pathways, of the statistics view."""
    day = draw(_ROW_DAYS)
    established = draw(st.booleans())
    return PartnerContactRow(
        case=draw(_CASE_PSEUDONYMS),
        pathway=draw(ids("pathway")),
        jurisdiction=draw(st.sampled_from(Jurisdiction)),
        on=day,
        year=day.year,
        established=established,
        reason=None if established else draw(st.sampled_from(NoPartnerContactReason)),
        current_assessment=draw(st.booleans()),
    )


@st.composite
def deadline_rows(draw: st.DrawFn) -> DeadlineRow:
    """Rows of statutory deadlines, of the statistics view, each outcome fitting its dates."""
    started = draw(_ROW_DAYS)
    due = started + dt.timedelta(days=draw(st.integers(0, 130)))
    on = started + dt.timedelta(days=draw(st.integers(0, 400)))
    done = draw(st.none() | st.dates(started, max(started, on)))
    if done is not None:
        outcome = DeadlineOutcome.MET if done <= due else DeadlineOutcome.LATE
    elif draw(st.booleans()):
        outcome = DeadlineOutcome.ENDED if on <= due else DeadlineOutcome.MISSED
    else:
        outcome = DeadlineOutcome.PENDING if on <= due else DeadlineOutcome.MISSED
    return DeadlineRow(
        case=draw(_CASE_PSEUDONYMS),
        rule=draw(st.sampled_from(("SE-DEADLINE-PREASSESSMENT", "NO-DEADLINE-INVESTIGATION"))),
        jurisdiction=draw(st.sampled_from(Jurisdiction)),
        kind=draw(st.sampled_from(DeadlineKind)),
        started_on=started,
        due=due,
        fulfilled_on=done,
        year=started.year,
        outcome=outcome,
        on=on,
    )


def statistics_views() -> st.SearchStrategy[StatisticsView]:
    """Flat views of caseloads (rows drawn on their own; see :func:`pseudonymised_cases`)."""
    return st.builds(
        StatisticsView,
        cases=st.lists(case_rows(), max_size=3).map(tuple),
        incidents=st.lists(incident_rows(), max_size=3).map(tuple),
        assessments=st.lists(assessment_rows(), max_size=3).map(tuple),
        exposures=st.lists(exposure_rows(), max_size=3).map(tuple),
        interventions=st.lists(intervention_rows(), max_size=3).map(tuple),
        partner_contacts=st.lists(partner_contact_rows(), max_size=3).map(tuple),
        deadlines=st.lists(deadline_rows(), max_size=3).map(tuple),
    )
