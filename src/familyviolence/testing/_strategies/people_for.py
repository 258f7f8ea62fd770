"""Strategies for the records of the people the work is for, and young people who use violence.

Conversations and interpreters, the child's voice, honour markers and other needs.
Each generates valid objects only; :func:`people_records_for` adds such records to a generated
case, naming its own persons, so that whole cases with them round-trip and evaluate.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence._model import evolve
from familyviolence.cases import Case
from familyviolence.competence import (
    MMA_NAME,
    MMA_PROVIDER,
    CompetenceProgramme,
    ProgrammeStage,
    StageAudience,
    StageCompletion,
    StageCoverage,
)
from familyviolence.conversations import Conversation, ConversationKind, ConversationPlace
from familyviolence.honour import HonourForm, HonourMarker
from familyviolence.interpreters import (
    InterpreterKind,
    InterpreterUse,
    RegisterCategory,
)
from familyviolence.needs import NeedKind, RecordedNeed
from familyviolence.vocabulary import AgencyKind
from familyviolence.voice import ChildVoice, HeardThrough, NotHeardReason, ParticipationStep
from familyviolence.young_perpetrators import VictimRelation, YoungPerpetrator

__all__ = [
    "child_voices",
    "competence_programmes",
    "conversations",
    "honour_markers",
    "interpreter_uses",
    "people_records_for",
    "programme_stages",
    "recorded_needs",
    "stage_completions",
    "stage_coverages",
    "young_perpetrator_views",
]

_DAYS = st.dates(dt.date(2021, 1, 1), dt.date(2027, 12, 31))
_LANGUAGES = st.none() | st.sampled_from(("ar", "so", "fa", "ti", "pl", "uk"))
_TEXT = st.none() | st.sampled_from(
    (
        "Barnet berättar om kvällarna hemma.",
        "Moren forteller om kontroll fra familien.",
        "Wants to stay with her aunt.",
        "Given weight: she is fifteen and clear.",
    )
)


def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(0, 0xFFFFF).map(lambda n: f"{prefix}-{n:05x}")


def _distinct(
    items: st.SearchStrategy[str], *, min_size: int = 0, max_size: int = 3
) -> st.SearchStrategy[tuple[str, ...]]:
    return st.lists(items, min_size=min_size, max_size=max_size, unique=True).map(tuple)


@st.composite
def interpreter_uses(
    draw: st.DrawFn, *, person: st.SearchStrategy[str] | None = None
) -> InterpreterUse:
    """Interpreter uses of every kind; a family member or child is named by ``person``."""
    kind = draw(st.sampled_from(InterpreterKind))
    interprets = kind.interprets
    return InterpreterUse(
        kind=kind,
        language=draw(_LANGUAGES) if interprets else None,
        person=draw(_ids("p") if person is None else person) if kind.is_relative_or_child else None,
        category=draw(st.none() | st.sampled_from(RegisterCategory))
        if kind is InterpreterKind.QUALIFIED
        else None,
        exception=draw(st.none() | st.sampled_from(sorted(kind.exceptions)))
        if kind.exceptions
        else None,
        remote=draw(st.booleans()) if interprets else False,
    )


@st.composite
def conversations(
    draw: st.DrawFn,
    *,
    persons: st.SearchStrategy[str] | None = None,
    days: st.SearchStrategy[dt.date] | None = None,
    interpreters: st.SearchStrategy[InterpreterUse | None] | None = None,
) -> Conversation:
    """Conversations with one to three of ``persons`` (invented ids if not given)."""
    who = _ids("p") if persons is None else persons
    held_with = draw(_distinct(who, min_size=1))
    return Conversation(
        id=draw(_ids("talk")),
        kind=draw(st.sampled_from(ConversationKind)),
        on=draw(_DAYS if days is None else days),
        persons=held_with,
        staff=draw(_distinct(_ids("staff"), max_size=2)),
        agency_kind=draw(st.none() | st.sampled_from(AgencyKind)),
        place=draw(st.none() | st.sampled_from(ConversationPlace)),
        alone=draw(st.none() | st.booleans()),
        custodian_consent=draw(st.none() | st.booleans()),
        child_consented=draw(st.none() | st.booleans()),
        interpreter=draw(st.none() | interpreter_uses() if interpreters is None else interpreters),
        whereabouts_shared=draw(_distinct(who, max_size=1)),
        summary=draw(_TEXT),
    )


@st.composite
def child_voices(
    draw: st.DrawFn, *, child: st.SearchStrategy[str] | None = None, talks: tuple[str, ...] = ()
) -> ChildVoice:
    """Records of a child's voice at a step: informed or not, heard or not, with the reasons.

    A child heard in conversation names some of ``talks`` (the ids of conversations with the
    child held by the record's day), if any are given.
    """
    on = draw(_DAYS)
    informed = draw(st.booleans())
    heard = draw(st.none() | st.sampled_from(HeardThrough))
    in_talks = (
        draw(_distinct(st.sampled_from(talks)))
        if heard is HeardThrough.CONVERSATION and talks
        else ()
    )
    return ChildVoice(
        id=draw(_ids("voice")),
        child=draw(_ids("child") if child is None else child),
        step=draw(st.sampled_from(ParticipationStep)),
        on=on,
        informed_on=draw(st.dates(on - dt.timedelta(days=60), on)) if informed else None,
        not_informed=None if informed else draw(st.none() | st.sampled_from(NotHeardReason)),
        heard_through=heard,
        not_heard=None if heard else draw(st.none() | st.sampled_from(NotHeardReason)),
        talks=in_talks,
        views=draw(_TEXT) if heard else None,
        weight=draw(_TEXT) if heard else None,
        reason_note=None if heard else draw(_TEXT),
    )


@st.composite
def honour_markers(draw: st.DrawFn, *, persons: tuple[str, ...] | None = None) -> HonourMarker:
    """Honour markers: a person at risk and one to three perpetrators, several named as such.

    With ``persons`` (two or more ids), the person and the perpetrators are drawn from them.
    """
    if persons is None:
        chosen = draw(_distinct(_ids("p"), min_size=2, max_size=4))
    else:
        chosen = draw(_distinct(st.sampled_from(persons), min_size=2, max_size=4))
    person, perpetrators = chosen[0], chosen[1:]
    forms = draw(st.lists(st.sampled_from(HonourForm), min_size=1, max_size=4, unique=True))
    if len(perpetrators) < 2:  # noqa: PLR2004 - several
        forms = [f for f in forms if f is not HonourForm.SEVERAL_PERPETRATORS] or [
            HonourForm.CONTROL
        ]
    recorded = draw(_DAYS)
    considered = draw(st.none() | st.dates(recorded, recorded + dt.timedelta(days=30)))
    ended = draw(st.none() | st.dates(recorded, recorded + dt.timedelta(days=400)))
    return HonourMarker(
        id=draw(_ids("honour")),
        person=person,
        recorded_on=recorded,
        forms=tuple(forms),
        perpetrators=perpetrators,
        protected_identity_considered_on=considered,
        ended_on=ended,
        note=draw(_TEXT),
    )


@st.composite
def recorded_needs(
    draw: st.DrawFn, *, person: st.SearchStrategy[str] | None = None
) -> RecordedNeed:
    """Recorded needs of substance misuse or mental ill-health, some of them ended."""
    recorded = draw(_DAYS)
    return RecordedNeed(
        id=draw(_ids("need")),
        person=draw(_ids("p") if person is None else person),
        kind=draw(st.sampled_from(NeedKind)),
        recorded_on=recorded,
        ended_on=draw(st.none() | st.dates(recorded, recorded + dt.timedelta(days=365))),
        note=draw(_TEXT),
    )


@st.composite
def young_perpetrator_views(draw: st.DrawFn) -> YoungPerpetrator:
    """Young people who used violence, as ``young_perpetrators`` reports them."""
    against = draw(st.lists(st.sampled_from(VictimRelation), max_size=3, unique=True))
    sexualised = [r for r in against if draw(st.booleans())]
    return YoungPerpetrator(
        person=draw(_ids("p")),
        incidents=draw(_distinct(_ids("incident"), min_size=1)),
        against=tuple(against),
        sexualised_against=tuple(sexualised),
    )


@st.composite
def _people_records(draw: st.DrawFn, case: Case) -> Case:
    people = tuple(p.id for p in case.family.persons)
    day = draw(_DAYS)
    # A family member interprets; a child of the family would have to be a minor that day.
    adults_then = tuple(p.id for p in case.family.persons if p.is_minor_on(day) is False)
    relatives = st.sampled_from(adults_then) if adults_then else None
    interpreters = st.none() | st.builds(InterpreterUse, kind=st.just(InterpreterKind.QUALIFIED))
    if relatives is not None:
        interpreters |= st.builds(
            InterpreterUse, kind=st.just(InterpreterKind.FAMILY_MEMBER), person=relatives
        )
    talks = draw(
        st.lists(
            conversations(
                persons=st.sampled_from(people), days=st.just(day), interpreters=interpreters
            ),
            max_size=3,
            unique_by=lambda c: c.id,
        )
    )
    children = tuple(p.id for p in case.family.persons if p.is_minor_on(day) is not False)
    # A talk with a child names a child: one with adults only is another kind of talk.
    talks = [
        t
        if t.kind is not ConversationKind.CHILD_TALK or set(t.persons) & set(children)
        else evolve(t, kind=ConversationKind.OTHER)
        for t in talks
    ]
    voices = []
    for k, child in enumerate(children[:2]):
        with_child = tuple(t.id for t in talks if child in t.persons)
        voice = draw(child_voices(child=st.just(child), talks=with_child))
        voices.append(evolve(voice, id=f"voice-{k}", on=day, informed_on=None))
    markers = (
        (
            evolve(
                draw(honour_markers(persons=people)),
                recorded_on=day,
                ended_on=None,
                protected_identity_considered_on=None,
            ),
        )
        if len(people) >= 2 and draw(st.booleans())  # noqa: PLR2004 - a person and a perpetrator
        else ()
    )
    needs = draw(
        st.lists(
            recorded_needs(person=st.sampled_from(people)), max_size=2, unique_by=lambda n: n.id
        )
    )
    return case.with_records(*talks, *voices, *markers, *needs)


def people_records_for(case: Case) -> st.SearchStrategy[Case]:
    """The case with conversations, child's voices, honour markers and needs of its own persons.

    Use it on generated cases: ``cases().flatmap(people_records_for)``.
    """
    return _people_records(case)


@st.composite
def competence_programmes(draw: st.DrawFn) -> CompetenceProgramme:
    """Competence programmes of one to four stages for any audience."""
    stage_ids = draw(_distinct(_ids("stage"), min_size=1, max_size=4))
    return CompetenceProgramme(
        id=draw(_ids("programme")),
        name=draw(st.sampled_from((MMA_NAME, "Traumebevisst omsorg", "Basutbildning våld"))),
        provider=draw(st.sampled_from((MMA_PROVIDER, "RVTS Øst", "Länsstyrelsen"))),
        stages=tuple(
            ProgrammeStage(
                id=stage,
                name=draw(st.sampled_from(("Felles grunnlag", "Fordypning", "Ledersamling"))),
                audience=draw(st.sampled_from(StageAudience)),
            )
            for stage in stage_ids
        ),
        leader_support=draw(st.booleans()),
    )


def programme_stages() -> st.SearchStrategy[ProgrammeStage]:
    """Stages of a competence programme."""
    return competence_programmes().map(lambda p: p.stages[0])


def stage_completions() -> st.SearchStrategy[StageCompletion]:
    """Completions of a stage by a member of staff."""
    return st.builds(StageCompletion, staff=_ids("staff"), stage=_ids("stage"), completed_on=_DAYS)


@st.composite
def stage_coverages(draw: st.DrawFn) -> StageCoverage:
    """Coverage of a stage: some of the staff in scope completed it."""
    in_scope = draw(st.integers(0, 200))
    return StageCoverage(
        stage=draw(_ids("stage")), in_scope=in_scope, completed=draw(st.integers(0, in_scope))
    )
