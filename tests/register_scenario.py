"""Norwegian cases for the register's tests: Elias's case at the child welfare service in Bergen.

Elias (born 12 March 2014) has a Norwegian identity number; the people and numbers are
invented (the numbers are valid only in their check digits).
"""

import datetime as dt
from pathlib import Path
from xml.etree import ElementTree as ET

from familyviolence import Country, IdentityNumber, Jurisdiction, evolve
from familyviolence.events import (
    CaseClosed,
    ClosureReason,
    DecisionMade,
    HelpRequested,
    InvestigationConcluded,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.registers.barnevern import CaseSystem, ReportingAgency
from familyviolence.vocabulary import RecordedSex, ReporterKind
from scenario import CHILD_WELFARE_WORKER, at, new_case

XSD = (
    Path(__file__).resolve().parents[1].parent
    / "shared"
    / "standards"
    / "no-barnevern-register"
    / "Barnevern_v4.0.1.xsd"
)
"""The register's schema as published, beside the repository (as CI lays it out too)."""

NW = CHILD_WELFARE_WORKER
ELIAS_NUMBER = "12031451343"  # a boy's number: its ninth digit is odd
ELIAS_D_NUMBER = "52031451337"

BERGEN = ReportingAgency(
    organisation_number="964338531",
    municipality_number="4601",
    municipality_name="Bergen",
    district_number="01",
    district_name="Arna",
    case_system=CaseSystem(vendor="Acme AS", name="Acme Barnevern", version="2.1"),
)
EXTRACTED = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)


def parse(document):
    """The root element of a document the export wrote."""
    return ET.fromstring(document)  # noqa: S314 - written by the library, in the test


def day(text):
    return dt.date.fromisoformat(text)


def elias_case(number=ELIAS_NUMBER, *, sex=RecordedSex.MALE, born=None, protection=None):
    """Elias's Norwegian case, nothing recorded yet; his identity number as given."""
    case = new_case(Jurisdiction.NO)
    identity = None if number is None else IdentityNumber(country=Country.NO, number=number)
    persons = [
        evolve(
            person,
            identity_number=identity,
            birth_date=born or (identity.birth_date if identity else person.birth_date),
            sex=sex,
            address_protection=protection,
        )
        if person.id == "elias"
        else person
        for person in case.family.persons
    ]
    return evolve(case, family=evolve(case.family, persons=tuple(persons)))


def received(case, when="2026-05-04", *, reporter=ReporterKind.SCHOOL, report_id="report-1",
             report=None, time="13:00"):  # fmt: skip
    return case.record(
        ReportOfConcernReceived(
            at=at(when, time), actor=NW, report_id=report_id, reporter_kind=reporter,
            report=report,
        )
    )  # fmt: skip


def reviewed(case, when="2026-05-08", *, investigate=True, time="09:00"):
    return case.record(
        PreAssessmentConcluded(
            at=at(when, time), actor=NW, investigate=investigate, reason="Skolen er bekymret."
        )
    )


def opened(case, when="2026-05-11", time="09:00"):
    return case.record(InvestigationOpened(at=at(when, time), actor=NW))


def concluded(case, when="2026-08-05", time="14:00"):
    return case.record(InvestigationConcluded(at=at(when, time), actor=NW))


def asked_for_help(case, when="2026-05-20", person="mother", time="09:00"):
    return case.record(HelpRequested(at=at(when, time), actor=NW, person_id=person))


def decided(case, *granted, when="2026-08-10", time="10:00", refused=()):
    return case.record(
        DecisionMade(
            at=at(when, time),
            actor=NW,
            granted=tuple(granted),
            refused=tuple(refused),
            child_needs=("elias",),
            motivation="Elias trenger trygghet hjemme.",
        )
    )


def closed(case, when="2026-09-30", reason=ClosureReason.NO_INTERVENTION):
    return case.record(CaseClosed(at=at(when), actor=NW, reason=reason))


def group(intervention_id="group-1", person="elias", kind=InterventionKind.CHILD_GROUP):
    return Intervention(id=intervention_id, kind=kind, for_person=person)


def investigated(case=None):
    """Reported 4 May 2026, reviewed 8 May, investigated 11 May to 5 August (indices 0-3).

    ``case`` is one with the report received already; Elias's case with a report otherwise.
    """
    return concluded(opened(reviewed(case or received(elias_case()))))
