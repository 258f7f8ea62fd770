"""Writes the example case documents in ``examples/data/``: one Swedish case, one Norwegian.

The Swedish case is the Uppsala pathway (``uppsala_pathway.py``). The Norwegian one is a report
from a school to the child welfare service in Bergen about a girl who hears her stepfather
threaten her mother. Check them with the command line, e.g.::

    python -m familyviolence check examples/data/*.json --on 2026-09-01

Run ``python examples/case_documents.py`` to write them again. The people are invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from uppsala_pathway import build_case as uppsala_case

from familyviolence import (
    Actor,
    AgencyKind,
    Case,
    ChildExposure,
    ExposureKind,
    FamilySystem,
    Incident,
    IncidentTime,
    InformationSource,
    Jurisdiction,
    Period,
    Person,
    Relationship,
    RelationshipKind,
    ViolenceForm,
    to_json,
)
from familyviolence.events import (
    DecisionMade,
    FeedbackKind,
    InvestigationConcluded,
    InvestigationOpened,
    PreAssessmentConcluded,
    ReporterFeedbackGiven,
    ReportOfConcernReceived,
)
from familyviolence.interventions import Intervention, InterventionKind
from familyviolence.vocabulary import RecordedSex, ReporterKind

K = RelationshipKind
DATA = Path(__file__).parent / "data"


def bergen_case() -> Case:
    """Emma (10) hears her stepfather threaten her mother; her school reports concern."""
    family = FamilySystem(
        persons=(
            Person(id="mother", name="Ingrid Haugen", sex=RecordedSex.FEMALE),
            Person(id="father", name="Lars Haugen", sex=RecordedSex.MALE),
            Person(id="stepfather", name="Tor Vik", sex=RecordedSex.MALE),
            Person(id="child-1", name="Emma Haugen", birth_date=dt.date(2015, 10, 3)),
        ),
        relationships=(
            Relationship(
                kind=K.FORMER_PARTNER,
                from_person="mother",
                to_person="father",
                period=Period(start=dt.date(2012, 1, 1), end=dt.date(2019, 6, 30)),
            ),
            Relationship(kind=K.PARTNER, from_person="mother", to_person="stepfather"),
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="mother", to_person="child-1"),
            Relationship(kind=K.BIOLOGICAL_PARENT, from_person="father", to_person="child-1"),
            Relationship(kind=K.CUSTODIAN, from_person="mother", to_person="child-1"),
            Relationship(kind=K.CUSTODIAN, from_person="father", to_person="child-1"),
            Relationship(kind=K.STEP_PARENT, from_person="stepfather", to_person="child-1"),
        ),
    )
    worker = Actor(id="bergen-bv-4", agency_id="bergen-bv", agency_kind=AgencyKind.CHILD_WELFARE)

    def at(day: str, time: str) -> dt.datetime:
        return dt.datetime.fromisoformat(f"{day}T{time}")

    return Case(
        id="bergen-2026-0342",
        jurisdiction=Jurisdiction.NO,
        family=family,
        subjects=("child-1",),
        incidents=(
            Incident(
                id="incident-1",
                when=IncidentTime.between(
                    dt.date(2026, 3, 1), dt.date(2026, 4, 30), as_reported="i vår"
                ),
                recorded_at=at("2026-05-04", "13:00"),
                forms=(ViolenceForm.PSYCHOLOGICAL,),
                perpetrators=("stepfather",),
                victims=("mother",),
                children=(ChildExposure(child="child-1", kinds=(ExposureKind.HEARD,)),),
                sources=(InformationSource.CHILD,),
                description="Emma forteller læreren at hun hører trusler om kvelden.",
            ),
        ),
        history=(
            ReportOfConcernReceived(
                at=at("2026-05-04", "13:00"),
                actor=worker,
                report_id="melding-1",
                reporter_kind=ReporterKind.SCHOOL,
            ),
            PreAssessmentConcluded(
                at=at("2026-05-08", "09:00"),
                actor=worker,
                investigate=True,
                reason="Barnet forteller om trusler i hjemmet.",
            ),
            InvestigationOpened(at=at("2026-05-11", "09:00"), actor=worker),
            ReporterFeedbackGiven(
                at=at("2026-05-20", "10:00"),
                actor=worker,
                report_id="melding-1",
                kind=FeedbackKind.RECEIPT,
            ),
            InvestigationConcluded(at=at("2026-08-05", "14:00"), actor=worker),
            DecisionMade(
                at=at("2026-08-10", "10:00"),
                actor=worker,
                granted=(
                    Intervention(
                        id="parenting", kind=InterventionKind.PARENTING_SUPPORT, for_person="mother"
                    ),
                    Intervention(
                        id="child-talks", kind=InterventionKind.CHILD_SUPPORT, for_person="child-1"
                    ),
                    Intervention(
                        id="group-treatment",
                        kind=InterventionKind.PERPETRATOR_GROUP_TREATMENT,
                        for_person="stepfather",
                    ),
                ),
                child_needs=("child-1",),
                motivation="Emma trenger trygghet hjemme.",
            ),
        ),
    )


def documents() -> dict[str, bytes]:
    """File name in ``examples/data`` → the document, as JSON indented for reading."""
    cases = {"uppsala-case.json": uppsala_case(), "bergen-case.json": bergen_case()}
    return {
        name: (json.dumps(json.loads(to_json(case)), indent=2, ensure_ascii=False) + "\n").encode()
        for name, case in cases.items()
    }


def main() -> None:
    """Write the documents."""
    for name, document in documents().items():
        (DATA / name).write_bytes(document)
        print(f"wrote {DATA / name}")


if __name__ == "__main__":
    main()
