"""Consent and disclosure: consents, judgements, requests, outcomes and decisions.

Decisions are those of :func:`~familyviolence.decide_disclosure` on generated requests.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence._model import evolve
from familyviolence.cases import Case
from familyviolence.collaboration import (
    MATURITY,
    CareGroup,
    ChildView,
    Consent,
    DisclosureOutcome,
    DisclosureProvision,
    DisclosurePurpose,
    DisclosureRequest,
    JudgementCondition,
    LegalGround,
    RecordedJudgement,
    SuspectedOffence,
)
from familyviolence.disclosure import (
    DisclosureDecision,
    GroundConsidered,
    HumanJudgement,
    Withholding,
    decide_disclosure,
)
from familyviolence.jurisdictions import no as no_collaboration
from familyviolence.jurisdictions import se as se_collaboration
from familyviolence.periods import Period
from familyviolence.testing._strategies.agencies import agencies
from familyviolence.testing._strategies.people import family_systems
from familyviolence.testing._strategies.values import (
    COLLABORATION_UNTIL,
    DAYS,
    days_after,
    ids,
    legal_references,
    record_id,
)
from familyviolence.vocabulary import (
    AgencyKind,
    DataCategory,
    Jurisdiction,
)


@st.composite
def consents(
    draw: st.DrawFn, *, person: str | None = None, people: tuple[str, ...] | None = None
) -> Consent:
    """Consents about ``person`` given by some of ``people`` (ids invented if not given)."""
    about = person or draw(ids())
    givers = people or (about,)
    given = draw(DAYS)
    end = draw(st.none() | days_after(given, most=730))
    kinds = tuple(draw(st.lists(st.sampled_from(AgencyKind), max_size=4, unique=True)))
    named = tuple(
        draw(st.lists(ids("agency"), min_size=0 if kinds else 1, max_size=2, unique=True))
    )
    return Consent(
        id=draw(ids("consent")),
        person=about,
        given_by=tuple(
            draw(st.lists(st.sampled_from(givers), min_size=1, max_size=2, unique=True))
        ),
        given_on=given,
        purposes=tuple(
            draw(st.lists(st.sampled_from(DisclosurePurpose), min_size=1, max_size=3, unique=True))
        ),
        categories=tuple(
            draw(st.lists(st.sampled_from(DataCategory), min_size=1, max_size=5, unique=True))
        ),
        recipient_kinds=kinds,
        recipient_agencies=named,
        valid=Period(start=draw(st.none() | st.just(given)), end=end),
        withdrawn_on=draw(st.none() | days_after(given, most=400)),
        child_view=draw(st.none() | st.sampled_from(ChildView)),
        maturity=draw(st.none() | recorded_judgements(conditions=(MATURITY,))),
    )


def judgement_conditions() -> st.SearchStrategy[JudgementCondition]:
    """The conditions of the shipped grounds that a human judges."""
    return st.sampled_from(
        tuple(c for rule in se_collaboration.DISCLOSURE_GROUNDS for c in rule.conditions)
    )


def recorded_judgements(
    conditions: tuple[str, ...] | None = None,
) -> st.SearchStrategy[RecordedJudgement]:
    """Judgements a professional recorded: of ``conditions`` (the shipped ones if not given)."""
    wanted = conditions or tuple(c.id for c in se_collaboration.SERIOUS_VIOLENCE_CONDITIONS)
    return st.builds(
        RecordedJudgement,
        condition=st.sampled_from(wanted),
        holds=st.booleans(),
        by=ids("staff"),
        on=DAYS,
        reason=st.none() | st.just("Bedömning enligt rutin."),
    )


def suspected_offences(
    victims: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[SuspectedOffence]:
    """Suspected offences: Penal Code chapter, minimum penalty, attempt, victim."""
    return st.builds(
        SuspectedOffence,
        penal_code_chapter=st.none() | st.sampled_from((3, 4, 6, 12, 17)),
        minimum_penalty_months=st.sampled_from((0, 0, 6, 12, 24, 48, 120)),
        attempt=st.booleans(),
        victim=st.none() | ids() if victims is None else victims,
        averting_listed=st.booleans(),
        feared=st.booleans(),
        genital_mutilation=st.booleans(),
    )


@st.composite
def disclosure_outcomes(
    draw: st.DrawFn,
    *,
    categories: tuple[DataCategory, ...] | None = None,
    not_before: dt.date | None = None,
) -> DisclosureOutcome:
    """What an agency decided on a request: disclosed (some of ``categories``) or not."""
    asked = categories or tuple(DataCategory)
    decided = draw(DAYS) if not_before is None else draw(days_after(not_before))
    if not draw(st.booleans()):
        return DisclosureOutcome(
            decided_on=decided, disclosed=False, decided_by=draw(st.none() | ids("staff"))
        )
    return DisclosureOutcome(
        decided_on=decided,
        disclosed=True,
        categories=tuple(
            draw(st.lists(st.sampled_from(asked), min_size=1, max_size=3, unique=True))
        ),
        grounds=tuple(
            draw(st.lists(st.sampled_from(LegalGround), min_size=1, max_size=2, unique=True))
        ),
        decided_by=draw(st.none() | ids("staff")),
    )


@st.composite
def disclosure_requests(
    draw: st.DrawFn,
    *,
    persons: tuple[str, ...] | None = None,
    jurisdiction: Jurisdiction | None = None,
) -> DisclosureRequest:
    """Requests between two agencies of one jurisdiction, about one of ``persons``."""
    people = persons or (draw(ids()),)
    law = jurisdiction or draw(st.sampled_from(Jurisdiction))
    sender, receiver = draw(
        st.lists(agencies(jurisdiction=law), min_size=2, max_size=2, unique_by=record_id)
    )
    asked = tuple(
        draw(st.lists(st.sampled_from(DataCategory), min_size=1, max_size=5, unique=True))
    )
    requested = draw(DAYS)
    return DisclosureRequest(
        id=draw(ids("disclosure")),
        from_agency=sender,
        to_agency=receiver,
        person=draw(st.sampled_from(people)),
        categories=asked,
        purpose=draw(st.sampled_from(DisclosurePurpose)),
        requested_on=requested,
        offence=draw(st.none() | suspected_offences(st.none() | st.sampled_from(people))),
        care_group=draw(st.none() | st.sampled_from(CareGroup)),
        judgements=tuple(draw(st.lists(recorded_judgements(), max_size=3))),
        outcome=draw(st.none() | disclosure_outcomes(categories=asked, not_before=requested)),
    )


def disclosure_provisions() -> st.SearchStrategy[DisclosureProvision]:
    """The shipped grounds for disclosure of every jurisdiction."""
    return st.sampled_from(
        (*se_collaboration.DISCLOSURE_GROUNDS, *no_collaboration.DISCLOSURE_GROUNDS)
    )


@st.composite
def grounds_considered(draw: st.DrawFn) -> GroundConsidered:
    """Grounds as a decision lists them, taken from the shipped rules."""
    rule = draw(disclosure_provisions())
    return GroundConsidered(
        ground=rule.ground,
        rule=rule.id,
        reference=rule.reference,
        also=rule.also,
        reason=rule.summary,
        categories=tuple(draw(st.lists(st.sampled_from(DataCategory), max_size=3, unique=True))),
        consents=tuple(draw(st.lists(ids("consent"), max_size=2, unique=True))),
    )


def human_judgements() -> st.SearchStrategy[HumanJudgement]:
    """Judgements left to a human, with or without a ground and reference."""
    return st.builds(
        HumanJudgement,
        question=st.sampled_from(
            (
                "proportionality: disclose only what the purpose needs",
                "whether the facts amount to a suspicion of the offence",
            )
        ),
        ground=st.none() | st.sampled_from(LegalGround),
        reference=st.none() | legal_references(),
    )


def withholdings() -> st.SearchStrategy[Withholding]:
    """Data categories withheld, for protected identity or for want of a ground."""
    return st.builds(
        Withholding,
        category=st.sampled_from(DataCategory),
        protected_identity=st.booleans(),
        reason=st.just("no ground relied on permits it"),
        references=st.lists(legal_references(), max_size=2).map(tuple),
    )


@st.composite
def disclosure_decisions(draw: st.DrawFn) -> DisclosureDecision:
    """Decisions of :func:`~familyviolence.decide_disclosure` on generated requests and consents."""
    family = draw(family_systems(max_adults=2, max_children=2))
    people = tuple(p.id for p in family.persons)
    law = draw(st.sampled_from(Jurisdiction))
    request = draw(disclosure_requests(persons=people, jurisdiction=law))
    given = [
        evolve(
            draw(consents(person=draw(st.sampled_from(people)), people=people)), id=f"consent-{i}"
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    case = Case(
        id="case-1", jurisdiction=law, family=family, subjects=(people[0],), consents=tuple(given)
    )
    return decide_disclosure(
        request,
        case,
        on=draw(st.dates(dt.date(2020, 1, 1), COLLABORATION_UNTIL)),
        entitled_to_whereabouts=draw(st.booleans()),
    )
