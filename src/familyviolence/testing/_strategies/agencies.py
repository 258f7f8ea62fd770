"""Agencies and how they work together: professionals, trainings, routines, agreements."""

from __future__ import annotations

from hypothesis import strategies as st

from familyviolence._model import evolve
from familyviolence.collaboration import (
    Agency,
    CollaborationAgreement,
    Directory,
    Professional,
    ProfessionalRole,
    Routine,
    RoutineKind,
    Sector,
    Training,
    TrainingLevel,
    TrainingTopic,
)
from familyviolence.instruments import default_catalogue
from familyviolence.testing._strategies.values import DAYS, days_after, ids, record_id
from familyviolence.vocabulary import (
    AgencyKind,
    Jurisdiction,
)

_AGENCY_NAMES = (
    "Malmö stad, barn och unga",
    "Polisen region Syd",
    "Bergen kommune, barnevernstjenesten",
    "Kvinnojouren i Lund",
    "Mottagning för våldsutövare",
    "Alternativ til Vold",
)
# Invented organisational texts of an agreement: no personal data.
_GOALS = ("Fewer children exposed to violence at home.", "Every victim is offered support.")
_GROUPS = ("Families with children where violence occurs.", "Adults who use violence at home.")
_NEEDS = (
    "Shared routines for asking about violence.",
    "A contact person at each agency.",
    "Faster referral to the perpetrator clinic.",
)
_ROUTINE_TEXTS = (
    "Ask every parent about violence at the first meeting.",
    "Report concern for a child the same day.",
    "Hold a joint case conference within a week.",
    "Share information only with consent or on a legal ground.",
)


def agencies(
    *,
    kinds: st.SearchStrategy[AgencyKind] | None = None,
    jurisdiction: Jurisdiction | None = None,
    prefix: str = "agency",
) -> st.SearchStrategy[Agency]:
    """Agencies of any kind, sector and jurisdiction (or those given), ids starting ``prefix``."""
    return st.builds(
        Agency,
        id=ids(prefix),
        kind=st.sampled_from(AgencyKind) if kinds is None else kinds,
        jurisdiction=st.sampled_from(Jurisdiction)
        if jurisdiction is None
        else st.just(jurisdiction),
        sector=st.sampled_from(Sector),
        name=st.none() | st.sampled_from(_AGENCY_NAMES),
    )


def trainings() -> st.SearchStrategy[Training]:
    """Trainings of either level, with or without topics."""
    return st.builds(
        Training,
        level=st.sampled_from(TrainingLevel),
        completed_on=DAYS,
        topics=st.lists(st.sampled_from(TrainingTopic), max_size=3, unique=True).map(tuple),
    )


def professionals(agency: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Professional]:
    """Professionals in any role, with trainings and shipped instruments they may use."""
    instruments = default_catalogue().instruments()
    return st.builds(
        Professional,
        id=ids("professional"),
        agency=ids("agency") if agency is None else agency,
        role=st.sampled_from(ProfessionalRole),
        trainings=st.lists(trainings(), max_size=2).map(tuple),
        instruments=st.lists(st.sampled_from(instruments), max_size=2, unique=True).map(tuple),
    )


def routines() -> st.SearchStrategy[Routine]:
    """Written routines of a collaboration."""
    return st.builds(
        Routine,
        kind=st.sampled_from(RoutineKind),
        description=st.sampled_from(_ROUTINE_TEXTS),
        document=st.none() | st.just("routines/2026-violence.pdf"),
    )


@st.composite
def collaboration_agreements(
    draw: st.DrawFn,
    parties: tuple[str, ...] | None = None,
    contact_persons: tuple[str, ...] = (),
) -> CollaborationAgreement:
    """Agreements, complete or not, between ``parties`` (at least two, invented if not given)."""
    if parties is None:
        parties = tuple(draw(st.lists(ids("agency"), min_size=2, max_size=4, unique=True)))
    signed = draw(st.none() | DAYS)
    review = None if signed is None else draw(st.none() | days_after(signed, most=730))
    return CollaborationAgreement(
        id=draw(ids("agreement")),
        parties=parties,
        goal=draw(st.none() | st.sampled_from(_GOALS)),
        target_group=draw(st.none() | st.sampled_from(_GROUPS)),
        needs=tuple(draw(st.lists(st.sampled_from(_NEEDS), max_size=3, unique=True))),
        routines=tuple(draw(st.lists(routines(), max_size=4))),
        contact_persons=contact_persons,
        signed_on=signed,
        review_on=review,
    )


@st.composite
def directories(draw: st.DrawFn, *, max_agencies: int = 5) -> Directory:
    """Directories of agencies, their professionals and agreements that hold together."""
    found = draw(st.lists(agencies(), min_size=1, max_size=max_agencies, unique_by=record_id))
    agency_ids = [a.id for a in found]
    staff = draw(
        st.lists(professionals(st.sampled_from(agency_ids)), max_size=6, unique_by=record_id)
    )
    agreements: list[CollaborationAgreement] = []
    if len(agency_ids) >= 2:  # noqa: PLR2004 - an agreement takes two
        for i in range(draw(st.integers(0, 2))):
            parties = tuple(
                draw(st.lists(st.sampled_from(agency_ids), min_size=2, max_size=3, unique=True))
            )
            contacts = tuple(p.id for p in staff if p.agency in parties and draw(st.booleans()))
            agreement = draw(collaboration_agreements(parties, contacts))
            agreements.append(evolve(agreement, id=f"agreement-{i}"))
    return Directory(
        agencies=tuple(found), professionals=tuple(staff), agreements=tuple(agreements)
    )
