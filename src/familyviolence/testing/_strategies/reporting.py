"""Reporting duty and reports of concern: the shipped duties, their answers, the reports."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence.collaboration import (
    PRIVATE_REPORTERS,
    REPORTER_AGENCIES,
    ConcernCategory,
    ProfessionalRole,
    ReportingDutyProvision,
    ReportOfConcern,
    Sector,
)
from familyviolence.jurisdictions import ReportingDutyAnswer, reporting_duty
from familyviolence.jurisdictions import no as no_collaboration
from familyviolence.jurisdictions import se as se_collaboration
from familyviolence.testing._strategies.values import COLLABORATION_UNTIL, event_times, ids
from familyviolence.vocabulary import (
    AgencyKind,
    Jurisdiction,
    ReporterKind,
)


def reporting_duty_provisions() -> st.SearchStrategy[ReportingDutyProvision]:
    """The shipped reporting duties of every jurisdiction, the proposed ones included."""
    return st.sampled_from(
        (
            *se_collaboration.REPORTING_DUTIES,
            *se_collaboration.PROPOSED_REPORTERS_2026,
            *no_collaboration.REPORTING_DUTIES,
        )
    )


@st.composite
def reporting_duty_answers(draw: st.DrawFn) -> ReportingDutyAnswer:
    """Answers of :func:`~familyviolence.jurisdictions.reporting_duty`: any reporter, day, law."""
    return reporting_duty(
        draw(st.sampled_from(Jurisdiction)),
        draw(st.none() | st.sampled_from(AgencyKind)),
        draw(st.none() | st.sampled_from(ProfessionalRole)),
        on=draw(st.dates(dt.date(2020, 1, 1), COLLABORATION_UNTIL)),
        sector=draw(st.sampled_from(Sector)),
    )


def _reporter(draw: st.DrawFn, kind: ReporterKind) -> dict[str, object]:
    if kind in PRIVATE_REPORTERS:
        return {}
    allowed = REPORTER_AGENCIES.get(kind)
    agency = draw(st.none() | st.sampled_from(tuple(allowed) if allowed else tuple(AgencyKind)))
    return {
        "reporter_agency": agency,
        "reporter_sector": draw(st.sampled_from(Sector)),
        "reporter_role": draw(st.none() | st.sampled_from(ProfessionalRole)),
    }


@st.composite
def reports_of_concern(
    draw: st.DrawFn,
    *,
    report_id: str | None = None,
    child: str | None = None,
    received_at: dt.datetime | None = None,
    reporter_kind: ReporterKind | None = None,
) -> ReportOfConcern:
    """Reports of concern whose reporter's agency agrees with the kind of reporter."""
    kind = reporter_kind or draw(st.sampled_from(ReporterKind))
    return ReportOfConcern(
        id=report_id or draw(ids("report")),
        child=child or draw(ids("child")),
        received_at=received_at or draw(event_times()),
        reporter_kind=kind,
        concerns=tuple(
            draw(st.lists(st.sampled_from(ConcernCategory), min_size=1, max_size=3, unique=True))
        ),
        **_reporter(draw, kind),  # type: ignore[arg-type]
    )
