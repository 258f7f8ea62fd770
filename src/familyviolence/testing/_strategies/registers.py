"""Norway's child-welfare register: reporting agencies, code lists, mappings, documents."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from stdnum.no import orgnr

from familyviolence.cases import Case
from familyviolence.events import (
    Actor,
    PreAssessmentConcluded,
    ReportOfConcernReceived,
)
from familyviolence.family import FamilySystem
from familyviolence.people import Person
from familyviolence.registers import barnevern as _register
from familyviolence.registers.barnevern import (
    CaseSystem,
    ChildParticipation,
    CodeList,
    CodeMapping,
    ControlNotApplicable,
    LegalBasis,
    MappingTable,
    Omission,
    ParticipationKind,
    RegisterCode,
    RegisterDocument,
    ReportingAgency,
)
from familyviolence.testing._strategies.events import actors
from familyviolence.testing._strategies.values import BOOLEANS, event_times
from familyviolence.vocabulary import (
    Jurisdiction,
    ReporterKind,
)


def _organisation_number(prefix: int) -> str:
    digits = f"{prefix:08d}"
    for check in "0123456789":
        if orgnr.is_valid(digits + check):
            return digits + check
    return "964338531"  # no check digit fits this prefix: Bergen's number


def case_systems() -> st.SearchStrategy[CaseSystem]:
    """Case-management systems that report to the register."""
    return st.builds(
        CaseSystem,
        vendor=st.sampled_from(("Acme AS", "Visma", "Tieto Evry")),
        name=st.sampled_from(("Acme Barnevern", "Familia", "Modulus Barn")),
        version=st.sampled_from(("1.0", "2.4.1", "2026.1")),
    )


@st.composite
def reporting_agencies(draw: st.DrawFn) -> ReportingAgency:
    """Municipalities' child welfare services, with a city district where the register needs it."""
    number = draw(
        st.sampled_from(tuple(_register.DISTRICT_MUNICIPALITIES))
        | st.integers(80_000_000, 99_999_999).map(_organisation_number)
    )
    by_district = number in _register.DISTRICT_MUNICIPALITIES or draw(BOOLEANS)
    return ReportingAgency(
        organisation_number=number,
        municipality_number=f"{draw(st.integers(301, 5640)):04d}",
        municipality_name=draw(st.sampled_from(("Bergen", "Oslo", "Tromsø", "Bodø"))),
        district_number=f"{draw(st.integers(1, 16)):02d}" if by_district else None,
        district_name=draw(st.sampled_from(("Arna", "Frogner", "Sentrum")))
        if by_district
        else None,
        case_system=draw(case_systems()),
    )


def child_participations() -> st.SearchStrategy[ChildParticipation]:
    """A child's participation in an investigation, from 2026 when the register has its codes."""
    return st.builds(
        ChildParticipation,
        on=st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
        kind=st.sampled_from(ParticipationKind),
    )


def code_lists() -> st.SearchStrategy[CodeList]:
    """The register's code lists, as shipped."""
    return st.sampled_from(tuple(_register.CODE_LISTS.values()))


def register_codes() -> st.SearchStrategy[RegisterCode]:
    """Codes of the register's code lists, as shipped."""
    return code_lists().flatmap(lambda c: st.sampled_from(c.codes))


def mapping_tables() -> st.SearchStrategy[MappingTable]:
    """The shipped tables that map the library's vocabularies onto the register's codes.

    A table holds members of several vocabularies, so it is data of the library, not a
    document: tables and their rows are not registered for ``st.from_type``.
    """
    return st.sampled_from(_register.MAPPING_TABLES)


def code_mappings() -> st.SearchStrategy[CodeMapping]:
    """Rows of the shipped mapping tables."""
    return mapping_tables().flatmap(lambda t: st.sampled_from(t.rows))


def legal_bases() -> st.SearchStrategy[LegalBasis]:
    """The legal bases the export writes for the measures it maps."""
    return st.sampled_from(_register.SUPPORT_MEASURE_BASIS)


def controls_not_applicable() -> st.SearchStrategy[ControlNotApplicable]:
    """The register's controls that the library's data cannot trigger, with the reason."""
    return st.sampled_from(_register.NOT_APPLICABLE)


def omissions() -> st.SearchStrategy[Omission]:
    """Things a case holds that the register's file could not carry."""
    return st.builds(
        Omission,
        path=st.integers(0, 20).map(lambda i: f"$.history[{i}]"),
        element=st.sampled_from(("Melding/Saksinnhold", "Melding/Konklusjon", "Tiltak")),
        reason=st.sampled_from(("the report is not recorded in detail", "no code then")),
    )


@st.composite
def register_documents(draw: st.DrawFn) -> RegisterDocument:
    """Documents of the register for a reported child (written, not validated).

    A document is the export's result (XML bytes and findings), not a document of the library's
    codec: it is not registered for ``st.from_type``.

    Each is the case folder of a child reported by any kind of reporter, with or without the
    review, written as the register's XML with the register's controls run on the case; the
    schema check needs the schema file, which the tests take from the register's publication.
    For files of whole generated cases, export :func:`cases` of Norway.
    """
    case = _reported(
        draw(actors()),
        draw(event_times()),
        draw(st.sampled_from(ReporterKind)),
        investigate=draw(st.none() | BOOLEANS),
    )
    extracted_at = dt.datetime(2027, 1, 4, 8, 0, tzinfo=dt.UTC)
    documents = _register.draft_register_xml((case,), draw(reporting_agencies()), extracted_at)
    return draw(st.sampled_from(documents))


def _reported(
    actor: Actor, at: dt.datetime, kind: ReporterKind, *, investigate: bool | None
) -> Case:
    """A Norwegian case of a child reported by ``kind``; reviewed unless ``investigate`` is None."""
    child = Person(id="child-1", birth_date=dt.date(2015, 10, 3))
    case = Case(
        id="case-1",
        jurisdiction=Jurisdiction.NO,
        family=FamilySystem(persons=(child,)),
        subjects=("child-1",),
    )
    case = case.record(
        ReportOfConcernReceived(at=at, actor=actor, report_id="report-1", reporter_kind=kind)
    )
    if investigate is None:
        return case
    return case.record(
        PreAssessmentConcluded(
            at=at + dt.timedelta(days=3), actor=actor, investigate=investigate, reason="Uro."
        )
    )
