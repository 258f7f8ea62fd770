"""Pathways at a perpetrator clinic and their steps."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from familyviolence.collaboration import (
    AssessmentTalk,
    ClinicPathway,
    NoPartnerContactReason,
    PartnerContact,
    PathwayEnded,
    PathwayEndReason,
    PathwayStep,
    TreatmentCompleted,
    TreatmentDropOut,
    TreatmentReengagement,
    TreatmentRelapse,
    TreatmentStarted,
)
from familyviolence.errors import InvalidModel
from familyviolence.interventions import InterventionKind
from familyviolence.testing._plugin import PATHWAY_STEPS
from familyviolence.testing._strategies.agencies import agencies
from familyviolence.testing._strategies.values import DAYS, days_after, free_texts, ids, maybe_one
from familyviolence.vocabulary import AgencyKind

_TREATMENTS = tuple(k for k in InterventionKind if k.is_perpetrator_treatment)


def _step(  # noqa: PLR0911 - one return per kind of step
    draw: st.DrawFn,
    step_class: type[PathwayStep],
    on: dt.date,
    *,
    partners: tuple[str, ...],
    incidents: tuple[str, ...] = (),
    assessments: tuple[str, ...] = (),
) -> PathwayStep:
    if step_class is AssessmentTalk:
        in_group = draw(st.none() | st.booleans())
        continues = False if in_group is False else draw(st.integers(0, 5)) > 0
        return AssessmentTalk(on=on, in_target_group=in_group, continues=continues)
    if step_class is PartnerContact:
        established = draw(st.booleans())
        return PartnerContact(
            on=on,
            partner=draw(st.sampled_from(partners)),
            established=established,
            reason=None if established else draw(st.sampled_from(NoPartnerContactReason)),
            risk_assessment=maybe_one(draw, assessments),
        )
    if step_class is TreatmentStarted:
        return TreatmentStarted(on=on, treatment=draw(st.sampled_from(_TREATMENTS)))
    if step_class is TreatmentDropOut:
        return TreatmentDropOut(on=on, reason=draw(st.none() | free_texts()))
    if step_class is TreatmentRelapse:
        return TreatmentRelapse(on=on, incident=maybe_one(draw, incidents))
    if step_class is TreatmentReengagement:
        return TreatmentReengagement(on=on, follow_up_on=draw(days_after(on)))
    if step_class is TreatmentCompleted:
        return TreatmentCompleted(on=on, as_planned=draw(st.booleans()))
    return PathwayEnded(on=on, reason=draw(st.sampled_from(PathwayEndReason)))


@st.composite
def _standalone_step(draw: st.DrawFn, step_class: type[PathwayStep]) -> PathwayStep:
    return _step(draw, step_class, draw(DAYS), partners=(draw(ids()),))


def pathway_steps(
    step_classes: type[PathwayStep] | tuple[type[PathwayStep], ...] | None = None,
) -> st.SearchStrategy[PathwayStep]:
    """Single steps of a clinic pathway of the given class or classes (any, if ``None``).

    Each is valid on its own; to get steps in an order a pathway allows, use
    :func:`clinic_pathways`.
    """
    if step_classes is None:
        classes = PATHWAY_STEPS
    elif isinstance(step_classes, tuple):
        classes = step_classes
    else:
        classes = (step_classes,)
    return st.sampled_from(classes).flatmap(_standalone_step)


@st.composite
def clinic_pathways(
    draw: st.DrawFn,
    *,
    person: str | None = None,
    partners: tuple[str, ...] | None = None,
    incidents: tuple[str, ...] = (),
    assessments: tuple[str, ...] = (),
    max_steps: int = 10,
) -> ClinicPathway:
    """Pathways at a perpetrator clinic whose steps come in an order the pathway allows.

    Steps are drawn at random and kept when the pathway accepts them, so intake talks,
    partner contact, treatment, drop-out, relapse, re-engagement and completion all occur.
    Partners, incidents and assessments are taken from the ids given.
    """
    client = person or draw(ids())
    others = partners or (draw(ids("partner")),)
    pathway = ClinicPathway(
        id=draw(ids("pathway")),
        person=client,
        clinic=draw(agencies(kinds=st.just(AgencyKind.PERPETRATOR_CLINIC))),
    )
    day = draw(DAYS)
    pathway = pathway.record(
        AssessmentTalk(on=day, in_target_group=draw(st.none() | st.just(True)))  # noqa: FBT003
    )
    for _ in range(draw(st.integers(0, max_steps))):
        day = draw(days_after(day, most=30))
        step_class = draw(st.sampled_from(PATHWAY_STEPS))
        step = _step(
            draw, step_class, day, partners=others, incidents=incidents, assessments=assessments
        )
        try:
            pathway = pathway.record(step)
        except InvalidModel:
            continue  # not allowed at this point of the pathway: draw another
    return pathway
