"""A perpetrator clinic's own record of a pathway: intake talks, partner contact, treatment.

A perpetrator clinic (MVU) starts with a first assessment talk; if the person belongs to the
target group and wants to continue, up to three further assessment talks follow, covering
partner contact, the treatment options and the conditions. Partner contact is established (or
not, and why), then treatment: individual, group, or a programme such as Caring Dads or IDAP.
Drop-out, relapse and re-engagement with a follow-up date are recorded as they happen.

A :class:`ClinicPathway` is the clinic's record of its own work, step by step. It is not the case
history of social services: where the clinic carries out a commissioned intervention, social
services record their view of the same intervention in the case's history
(:class:`~familyviolence.events.InterventionInterrupted`,
:class:`~familyviolence.events.RelapseRecorded`,
:class:`~familyviolence.events.ReengagementPlanned`), and the pathway names the
:class:`~familyviolence.collaboration.Commission` it carries out. A pathway whose steps are out of
order (treatment before any talk, a drop-out from no treatment) cannot be built; whether practice
was followed (treatment only with partner contact) is for rules to report.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

import attrs

from familyviolence._model import Model, evolve, invalid, model, public, sensitive, tag
from familyviolence._validators import (
    date_field,
    instance_of,
    non_empty_id,
    optional_id,
    optional_non_blank,
    tuple_of,
)
from familyviolence.collaboration._agencies import Agency
from familyviolence.errors import InvalidModel
from familyviolence.interpreters import InterpreterUse
from familyviolence.interventions import InterventionKind
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "MAX_ASSESSMENT_TALKS",
    "AssessmentTalk",
    "ClinicPathway",
    "NoPartnerContactReason",
    "PartnerContact",
    "PathwayEndReason",
    "PathwayEnded",
    "PathwayStatus",
    "PathwayStep",
    "TreatmentCompleted",
    "TreatmentDropOut",
    "TreatmentReengagement",
    "TreatmentRelapse",
    "TreatmentStarted",
]

MAX_ASSESSMENT_TALKS = 4
"""A first assessment talk and up to three further ones."""


class NoPartnerContactReason(LabelledEnum):
    """Why partner contact was not established."""

    PARTNER_DECLINED = (
        "partner_declined",
        "partnern avböjde",
        "partneren takket nei",
        "the partner declined",
    )
    PARTNER_NOT_REACHED = (
        "partner_not_reached",
        "partnern nåddes inte",
        "partneren ble ikke nådd",
        "the partner could not be reached",
    )
    CLIENT_DECLINED = (
        "client_declined",
        "klienten gav inte samtycke till partnerkontakt",
        "klienten samtykket ikke til partnerkontakt",
        "the client did not consent to partner contact",
    )
    UNSAFE = (
        "unsafe",
        "kontakt bedömd som osäker för partnern",
        "kontakt vurdert som utrygg for partneren",
        "contact judged unsafe for the partner",
    )
    NO_PARTNER = (
        "no_partner",
        "ingen partner att kontakta",
        "ingen partner å kontakte",
        "no partner to contact",
    )
    OTHER = "other", "annat skäl", "annen grunn", "other reason"


class PathwayEndReason(LabelledEnum):
    """Why a pathway at the clinic ended."""

    NOT_IN_TARGET_GROUP = (
        "not_in_target_group",
        "tillhör inte målgruppen",
        "tilhører ikke målgruppen",
        "not in the target group",
    )
    DECLINED = (
        "declined",
        "klienten ville inte fortsätta",
        "klienten ville ikke fortsette",
        "the client did not want to continue",
    )
    NO_PARTNER_CONTACT = (
        "no_partner_contact",
        "partnerkontakt kunde inte etableras",
        "partnerkontakt kunne ikke etableres",
        "partner contact could not be established",
    )
    REFERRED_ONWARD = (
        "referred_onward",
        "hänvisad till missbruks- eller psykiatrisk vård",
        "henvist til rusbehandling eller psykisk helsevern",
        "referred to substance abuse or psychiatric care",
    )
    TREATMENT_COMPLETED = (
        "treatment_completed",
        "behandlingen avslutad",
        "behandlingen avsluttet",
        "treatment completed",
    )
    NOT_REENGAGED = (
        "not_reengaged",
        "återkom inte efter avbrott",
        "kom ikke tilbake etter avbrudd",
        "did not return after dropping out",
    )
    MOVED = "moved", "flyttat", "flyttet", "moved away"
    OTHER = "other", "annat skäl", "annen grunn", "other reason"


class PathwayStatus(LabelledEnum):
    """Where a pathway at the clinic stands."""

    INTAKE = "intake", "bedömningssamtal", "kartleggingssamtaler", "assessment talks (intake)"
    IN_TREATMENT = "in_treatment", "i behandling", "i behandling", "in treatment"
    DROPPED_OUT = "dropped_out", "avbruten", "avbrutt", "dropped out"
    COMPLETED = (
        "completed",
        "behandlingen avslutad",
        "behandlingen avsluttet",
        "treatment completed",
    )
    ENDED = "ended", "avslutad", "avsluttet", "ended"


class PathwayStep(Model):
    """Marker base of every step of a :class:`ClinicPathway`.

    Not a model itself: each step is one of the concrete step models, told apart by its
    ``type`` tag.
    """

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def type(self) -> str:
            """The step's tag."""

        @property
        def on(self) -> dt.date:
            """The day of the step."""


def _on() -> Any:  # noqa: ANN401 - a field specifier
    return public(validator=date_field)


@model
class AssessmentTalk(PathwayStep):
    """An assessment talk: the first one, or one of up to three further ones.

    Attributes:
        type: ``"assessment_talk"``.
        on: The day of the talk.
        in_target_group: Whether the person was judged to belong to the clinic's target group,
            if judged at this talk.
        continues: Whether the person wants to, and may, continue.
        interpreter: Whether an interpreter took part and of what kind, if recorded.
    """

    type: Literal["assessment_talk"] = tag("assessment_talk")
    on: dt.date = _on()
    in_target_group: bool | None = public(default=None)
    continues: bool = public(default=True)
    interpreter: InterpreterUse | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.in_target_group is False and self.continues:
            raise InvalidModel(
                "AssessmentTalk", "continues", "a person outside the target group does not continue"
            )


@model
class PartnerContact(PathwayStep):
    """Contact with the partner (or former partner): established, or not and why.

    Partner contact is a prerequisite for continued contact and treatment; its purpose is to
    follow whether the violent behaviour actually changes. It presupposes a current structured
    risk assessment of the risk to the partner, which ``risk_assessment`` names.

    Attributes:
        type: ``"partner_contact"``.
        on: The day it was established or found impossible.
        partner: Id of the partner, in the case's family system.
        established: Whether contact was established.
        reason: Why not, when it was not.
        risk_assessment: Id of the case's assessment of the risk to the partner that the
            contact rests on, if recorded.
        interpreter: Whether an interpreter took part in the talk with the partner, and of what
            kind, if recorded.
    """

    type: Literal["partner_contact"] = tag("partner_contact")
    on: dt.date = _on()
    partner: str = public(validator=non_empty_id)
    established: bool = public()
    reason: NoPartnerContactReason | None = public(default=None)
    risk_assessment: str | None = public(default=None, validator=optional_id)
    interpreter: InterpreterUse | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.established and self.reason is not None:
            raise InvalidModel("PartnerContact", "reason", "contact was established")
        if not self.established and self.reason is None:
            raise InvalidModel("PartnerContact", "reason", "say why contact was not established")


def _treatment(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, InterventionKind) or not value.is_perpetrator_treatment:
        raise invalid(instance, attribute, "must be a kind of perpetrator treatment")


@model
class TreatmentStarted(PathwayStep):
    """Treatment started, or started again after a drop-out or a relapse.

    Attributes:
        type: ``"treatment_started"``.
        on: The day it started.
        treatment: The form of treatment: individual, group, Caring Dads or IDAP.
    """

    type: Literal["treatment_started"] = tag("treatment_started")
    on: dt.date = _on()
    treatment: InterventionKind = public(validator=_treatment)


@model
class TreatmentDropOut(PathwayStep):
    """The person dropped out of treatment.

    Attributes:
        type: ``"drop_out"``.
        on: The day it became known.
        reason: Why, if known (sensitive free text).
    """

    type: Literal["drop_out"] = tag("drop_out")
    on: dt.date = _on()
    reason: str | None = sensitive(default=None, validator=optional_non_blank)


@model
class TreatmentRelapse(PathwayStep):
    """The person used violence again, during or after the pathway.

    Attributes:
        type: ``"relapse"``.
        on: The day it became known.
        incident: Id of the case's incident that records what happened, if any.
    """

    type: Literal["relapse"] = tag("relapse")
    on: dt.date = _on()
    incident: str | None = public(default=None, validator=optional_id)


@model
class TreatmentReengagement(PathwayStep):
    """After a drop-out or a relapse, a plan to motivate the person again, with a follow-up date.

    Attributes:
        type: ``"reengagement"``.
        on: The day the plan was made.
        follow_up_on: When to follow up; not before the plan.
    """

    type: Literal["reengagement"] = tag("reengagement")
    on: dt.date = _on()
    follow_up_on: dt.date = public(validator=date_field)

    def __attrs_post_init__(self) -> None:
        if self.follow_up_on < self.on:
            raise InvalidModel("TreatmentReengagement", "follow_up_on", "must not be before on")


@model
class TreatmentCompleted(PathwayStep):
    """The treatment came to its end.

    Attributes:
        type: ``"treatment_completed"``.
        on: The day it ended.
        as_planned: Whether it was carried out as planned.
    """

    type: Literal["treatment_completed"] = tag("treatment_completed")
    on: dt.date = _on()
    as_planned: bool = public(default=True)


@model
class PathwayEnded(PathwayStep):
    """The pathway at the clinic ended; nothing follows.

    Attributes:
        type: ``"pathway_ended"``.
        on: The day it ended.
        reason: Why.
    """

    type: Literal["pathway_ended"] = tag("pathway_ended")
    on: dt.date = _on()
    reason: PathwayEndReason = public(validator=instance_of(PathwayEndReason))


_S = PathwayStatus


@attrs.define
class _Walk:
    """The state of a pathway while its steps are checked in order."""

    status: PathwayStatus = PathwayStatus.INTAKE
    talks: int = 0
    continues: bool = True
    reengagement_due: bool = False

    def step(self, step: PathwayStep) -> None:  # noqa: C901, PLR0912 - one branch per kind
        """Apply ``step``, or raise :class:`ValueError` with why it may not come now."""
        status = self.status
        if status is _S.ENDED:
            raise ValueError("the pathway has ended")
        if self.talks == 0 and not isinstance(step, AssessmentTalk):
            raise ValueError("a pathway starts with a first assessment talk")
        if not self.continues and not isinstance(step, PathwayEnded):
            raise ValueError("the person did not continue after the assessment talk: end it")
        if isinstance(step, AssessmentTalk):
            if status is not _S.INTAKE:
                raise ValueError("assessment talks come before treatment")
            if self.talks >= MAX_ASSESSMENT_TALKS:
                raise ValueError(
                    f"a first assessment talk and at most {MAX_ASSESSMENT_TALKS - 1} further ones"
                )
            self.talks += 1
            self.continues = step.continues
        elif isinstance(step, TreatmentStarted):
            if status is _S.IN_TREATMENT:
                raise ValueError("treatment is already under way")
            self.status = _S.IN_TREATMENT
            self.reengagement_due = False
        elif isinstance(step, TreatmentDropOut):
            if status is not _S.IN_TREATMENT:
                raise ValueError("a drop-out is from treatment under way")
            self.status = _S.DROPPED_OUT
            self.reengagement_due = True
        elif isinstance(step, TreatmentRelapse):
            self.reengagement_due = True
        elif isinstance(step, TreatmentReengagement):
            if not self.reengagement_due:
                raise ValueError("re-engagement follows a drop-out or a relapse")
            self.reengagement_due = False
        elif isinstance(step, TreatmentCompleted):
            if status not in (_S.IN_TREATMENT, _S.DROPPED_OUT):
                raise ValueError("only treatment that was started can be completed")
            self.status = _S.COMPLETED
        elif isinstance(step, PathwayEnded):
            self.status = _S.ENDED
        elif not isinstance(step, PartnerContact):
            raise TypeError("must be a pathway step")


@model
class ClinicPathway(Model):
    """A person's pathway through a perpetrator clinic, as the clinic records it.

    >>> import datetime as dt
    >>> from familyviolence.interventions import InterventionKind
    >>> from familyviolence.vocabulary import AgencyKind, Jurisdiction
    >>> clinic = Agency(id="mvu-malmo", kind=AgencyKind.PERPETRATOR_CLINIC,
    ...                 jurisdiction=Jurisdiction.SE)
    >>> pathway = ClinicPathway(id="pathway-1", person="father", clinic=clinic).record(
    ...     AssessmentTalk(on=dt.date(2026, 4, 2), in_target_group=True),
    ...     PartnerContact(on=dt.date(2026, 4, 9), partner="mother", established=True),
    ...     TreatmentStarted(on=dt.date(2026, 5, 4),
    ...                      treatment=InterventionKind.PERPETRATOR_GROUP_TREATMENT),
    ... )
    >>> pathway.status, pathway.partner_contact_established(on=dt.date(2026, 5, 4))
    (<PathwayStatus.IN_TREATMENT: 'in_treatment'>, True)
    >>> pathway.record(TreatmentReengagement(on=dt.date(2026, 6, 1),
    ...                                      follow_up_on=dt.date(2026, 6, 15)))
    Traceback (most recent call last):
    ...
    familyviolence.InvalidModel: ClinicPathway.steps[3]: re-engagement follows a drop-out or ...

    Attributes:
        id: Stable id of the pathway within the case.
        person: Id of the person in treatment (the client), in the case's family system.
        clinic: The clinic.
        steps: What happened, in the order of the days it happened.
        referral: Id of the case's referral that led to it, if any.
        commission: Id of the case's commission it carries out, if it is commissioned.
    """

    id: str = public(validator=non_empty_id)
    person: str = public(validator=non_empty_id)
    clinic: Agency = public(validator=instance_of(Agency))
    steps: tuple[PathwayStep, ...] = public(default=(), validator=tuple_of(PathwayStep))
    referral: str | None = public(default=None, validator=optional_id)
    commission: str | None = public(default=None, validator=optional_id)

    def __attrs_post_init__(self) -> None:
        walk = _Walk()
        for i, step in enumerate(self.steps):
            if i and step.on < self.steps[i - 1].on:
                raise InvalidModel(
                    "ClinicPathway", f"steps[{i}].on", "is before the step before it"
                )
            try:
                walk.step(step)
            except (ValueError, TypeError) as refused:
                raise InvalidModel("ClinicPathway", f"steps[{i}]", str(refused)) from None
            if isinstance(step, PartnerContact) and step.partner == self.person:
                raise InvalidModel("ClinicPathway", f"steps[{i}].partner", "must not be the client")

    def record(self, *steps: PathwayStep) -> ClinicPathway:
        """The pathway with ``steps`` appended.

        Raises:
            InvalidModel: If a step may not come where it does; the field names its index.
        """
        return evolve(self, steps=(*self.steps, *steps))

    def _walk(self, day: dt.date | None = None) -> _Walk:
        walk = _Walk()
        for step in self.steps:
            if day is not None and step.on > day:
                break
            walk.step(step)
        return walk

    @property
    def status(self) -> PathwayStatus:
        """Where the pathway stands after its last step."""
        return self._walk().status

    def status_on(self, day: dt.date) -> PathwayStatus:
        """Where the pathway stood on ``day``."""
        return self._walk(day).status

    @property
    def assessment_talks(self) -> tuple[AssessmentTalk, ...]:
        """The assessment talks, in order."""
        return tuple(s for s in self.steps if isinstance(s, AssessmentTalk))

    def partner_contact_on(self, day: dt.date) -> PartnerContact | None:
        """The latest partner contact recorded on or before ``day``, if any."""
        found = None
        for step in self.steps:
            if step.on > day:
                break
            if isinstance(step, PartnerContact):
                found = step
        return found

    def partner_contact_established(self, *, on: dt.date) -> bool:
        """Whether the latest partner contact recorded by ``on`` was established."""
        contact = self.partner_contact_on(on)
        return contact is not None and contact.established

    @property
    def treatment(self) -> InterventionKind | None:
        """The form of the treatment started last, if any."""
        started = [s for s in self.steps if isinstance(s, TreatmentStarted)]
        return started[-1].treatment if started else None

    @property
    def follow_up_on(self) -> dt.date | None:
        """The follow-up date of the latest re-engagement plan, if any."""
        plans = [s for s in self.steps if isinstance(s, TreatmentReengagement)]
        return plans[-1].follow_up_on if plans else None

    @property
    def reengagement_due(self) -> bool:
        """Whether a drop-out or relapse still waits for a re-engagement plan."""
        return self._walk().reengagement_due

    def awaiting_reengagement(self, *, on: dt.date) -> int | None:
        """The index of the drop-out or relapse still waiting for re-engagement on ``on``.

        A drop-out or relapse recorded by ``on`` waits until a re-engagement plan is made,
        treatment starts again or the pathway ends; the first that still waits is given.
        ``None`` if none waits.
        """
        waiting: int | None = None
        for k, step in enumerate(self.steps):
            if step.on > on:
                break
            if isinstance(step, TreatmentDropOut | TreatmentRelapse):
                waiting = k if waiting is None else waiting
            elif isinstance(step, _ANSWERS_DROP_OUT):
                waiting = None
        return waiting

    def follow_up_overdue(self, *, on: dt.date) -> int | None:
        """The index of the re-engagement plan whose follow-up is overdue on ``on``, if any.

        The latest plan recorded by ``on`` is overdue if its follow-up day is before ``on``
        and no step of the clinic's own came after it by ``on`` (treatment started again, a
        newer plan, a drop-out, a relapse, the treatment completed or the pathway ended; a
        partner contact is not a follow-up of the client).
        """
        plan: int | None = None
        for k, step in enumerate(self.steps):
            if step.on > on:
                break
            if isinstance(step, TreatmentReengagement):
                plan = k
            elif plan is not None and not isinstance(step, PartnerContact):
                plan = None
        if plan is None:
            return None
        step = self.steps[plan]
        assert isinstance(step, TreatmentReengagement)  # noqa: S101 - found by type above
        return plan if step.follow_up_on < on else None


_ANSWERS_DROP_OUT = (TreatmentReengagement, TreatmentStarted, PathwayEnded)
