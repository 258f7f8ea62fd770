"""Who may decide what: delegations of an agency's decisions, and decisions with their authority.

A :class:`Delegation` is a line of an agency's delegation order (delegationsordning;
delegeringsreglement): which kinds of decision it hands to which level, to whom, from when,
and whether a second person's approval is required. A :class:`Decision` is a decision taken in
a case, naming who took it (:class:`DecisionMaker`), the delegation it was taken under, the
approvals it received and, for an emergency decision, its submission to the court or board that
reviews it. Whether a decision was covered is a finding of the rules, not an impossible object:
a decision taken without authority happened and must stay on record.
"""

from __future__ import annotations

import datetime as dt

from familyviolence._model import Model, model, public
from familyviolence._validators import (
    id_list,
    instance_of,
    members_of,
    non_empty_id,
    not_before,
    optional_id,
    optional_instance_of,
    started_period,
    tuple_of,
)
from familyviolence.collaboration import ProfessionalRole
from familyviolence.dates import local_moment
from familyviolence.errors import InvalidModel
from familyviolence.periods import Period
from familyviolence.vocabulary import LabelledEnum

__all__ = [
    "Approval",
    "Decision",
    "DecisionKind",
    "DecisionLevel",
    "DecisionMaker",
    "Delegation",
    "ExternalReview",
    "ReviewBody",
]


class DecisionLevel(LabelledEnum):
    """The level a decision is taken at, from the lowest to the highest.

    In a Swedish municipality the committee (nämnd) holds the power; it may delegate to a
    sub-committee, its chair or a member, and (kommunallagen 7 kap.) to employees. In a
    Norwegian municipality the child welfare service's leader and its caseworkers decide under
    the municipality's delegation rules. :attr:`rank` orders the levels.
    """

    EMPLOYEE = "employee", "tjänsteman (handläggare)", "saksbehandler", "employee (caseworker)"
    MANAGER = (
        "manager",
        "chef (enhets- eller avdelningschef)",
        "leder (barnevernsleder eller avdelingsleder)",
        "manager",
    )
    CHAIR = (
        "chair",
        "ordförande eller av nämnden utsedd ledamot",
        "leder av det folkevalgte organet",
        "chair or appointed member of the committee",
    )
    COMMITTEE = (
        "committee",
        "nämnd eller utskott",
        "folkevalgt organ (utvalg)",
        "committee or sub-committee",
    )

    @property
    def rank(self) -> int:
        """The level's place in the order, from 0 (an employee) up."""
        return _RANKS[self]


_RANKS = {level: i for i, level in enumerate(DecisionLevel)}


class DecisionKind(LabelledEnum):
    """What a decision is about, as delegation orders group decisions."""

    INVESTIGATION = (
        "investigation",
        "inleda eller avsluta utredning",
        "starte eller henlegge undersøkelse",
        "opening or closing an investigation",
    )
    INTERVENTION = (
        "intervention",
        "bistånd och insatser",
        "hjelpetiltak",
        "support and interventions",
    )
    PLACEMENT = (
        "placement",
        "placering utanför hemmet",
        "plassering utenfor hjemmet",
        "placement outside the home",
    )
    EMERGENCY_CARE = (
        "emergency_care",
        "omedelbart omhändertagande",
        "akuttvedtak",
        "emergency care decision (immediate custody)",
    )
    DISCLOSURE = (
        "disclosure",
        "utlämnande av uppgifter",
        "utlevering av opplysninger",
        "disclosure of information",
    )
    CASE_TRANSFER = (
        "case_transfer",
        "överflyttning av ärende",
        "overføring av sak",
        "transfer of the case to another municipality",
    )
    OTHER = "other", "annat beslut", "annet vedtak", "other decision"


class ReviewBody(LabelledEnum):
    """Who reviews an emergency decision after it was taken."""

    ADMINISTRATIVE_COURT = (
        "administrative_court",
        "förvaltningsrätten",
        "forvaltningsdomstol",
        "administrative court",
    )
    CHILD_WELFARE_BOARD = (
        "child_welfare_board",
        "nämnd för barnavård (Norge)",
        "barneverns- og helsenemnda",
        "child welfare and health board",
    )


@model
class Delegation(Model):
    """A line of an agency's delegation order: who may take which kinds of decision.

    The delegate is whoever at :attr:`agency` decides at :attr:`level` or higher, narrowed to
    the named :attr:`professionals` or :attr:`roles` when either is given.

    >>> import datetime as dt
    >>> from familyviolence.periods import Period
    >>> line = Delegation(
    ...     id="del-4.2", agency="soc-north", kinds=(DecisionKind.INTERVENTION,),
    ...     level=DecisionLevel.EMPLOYEE, valid=Period(start=dt.date(2026, 1, 1)),
    ...     approval=DecisionLevel.MANAGER,
    ... )
    >>> line.approval.label("en")
    'manager'

    Attributes:
        id: Stable id of the line (its number in the order, such as ``"4.2"``).
        agency: Id of the agency whose order it is.
        kinds: The kinds of decision it hands over; at least one.
        level: The level it hands them to.
        valid: When the line is in force; it has a first day.
        professionals: Ids of the professionals it names; empty: anyone at the level.
        roles: The roles it names; empty: any role.
        approval: The level of a second person whose approval the decision needs, or ``None``.
        urgent_only: Whether it covers only urgent decisions that cannot wait for the
            committee (a chair's urgent decisions).
    """

    id: str = public(validator=non_empty_id)
    agency: str = public(validator=non_empty_id)
    kinds: tuple[DecisionKind, ...] = public(validator=members_of(DecisionKind, required=True))
    level: DecisionLevel = public(validator=instance_of(DecisionLevel))
    valid: Period = public(validator=started_period)
    professionals: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    roles: tuple[ProfessionalRole, ...] = public(
        default=(), validator=members_of(ProfessionalRole, required=False)
    )
    approval: DecisionLevel | None = public(
        default=None, validator=optional_instance_of(DecisionLevel)
    )
    urgent_only: bool = public(default=False)

    def covers(self, decision: Decision, time_zone: str | None = None) -> bool:
        """Whether this line gives the decision's maker the power to take it, that day.

        The day is the decision's local day in ``time_zone`` (an IANA name, the case's
        jurisdiction's), whatever offset its moment carries; without one, its own date.
        """
        maker = decision.decided_by
        return (
            maker.agency == self.agency
            and decision.kind in self.kinds
            and maker.level.rank >= self.level.rank
            and self.in_force(decision, time_zone)
            and (not self.professionals or maker.professional in self.professionals)
            and (not self.roles or maker.role in self.roles)
            and (decision.urgent or not self.urgent_only)
        )

    def in_force(self, decision: Decision, time_zone: str | None = None) -> bool:
        """Whether the line was in force on the decision's local day in ``time_zone``."""
        return self.valid.contains(local_moment(decision.decided_at, time_zone).date())


@model
class DecisionMaker(Model):
    """Who took or approved a decision: a professional of an agency, at a level.

    Attributes:
        professional: Id of the professional (or of the committee, for a committee's decision).
        agency: Id of the agency.
        level: The level they decided at.
        role: Their role, if the delegation names roles.
    """

    professional: str = public(validator=non_empty_id)
    agency: str = public(validator=non_empty_id)
    level: DecisionLevel = public(validator=instance_of(DecisionLevel))
    role: ProfessionalRole | None = public(
        default=None, validator=optional_instance_of(ProfessionalRole)
    )


@model
class Approval(Model):
    """A second person's approval of a decision.

    Attributes:
        by: Who approved it.
        at: When.
    """

    by: DecisionMaker = public(validator=instance_of(DecisionMaker))
    at: dt.datetime = public(validator=instance_of(dt.datetime))


@model
class ExternalReview(Model):
    """An emergency decision's submission to the body that reviews it, and its answer.

    Attributes:
        body: The court or board.
        submitted_at: When the decision was submitted (underställt; oversendt).
        decided_at: When the body decided, once it has.
        upheld: Whether it upheld (approved) the decision; ``None`` until it has decided.
    """

    body: ReviewBody = public(validator=instance_of(ReviewBody))
    submitted_at: dt.datetime = public(validator=instance_of(dt.datetime))
    decided_at: dt.datetime | None = public(
        default=None, validator=optional_instance_of(dt.datetime)
    )
    upheld: bool | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if (self.decided_at is None) != (self.upheld is None):
            raise InvalidModel(
                "ExternalReview", "upheld", "is given exactly when decided_at is given"
            )
        if self.decided_at is not None:
            not_before(
                "ExternalReview", "decided_at", self.decided_at, self.submitted_at, "submitted_at"
            )


@model
class Decision(Model):
    """A decision taken in a case, with the authority it was taken under.

    A :class:`~familyviolence.events.DecisionMade` event records what a decision on
    interventions granted; this record says who took a decision and on what authority, for
    every kind of decision (an immediate custody is not an event of the process). A decision by
    a committee needs no delegation; any other names the line of the delegation order it was
    taken under, or is a finding of the rules.

    Attributes:
        id: Stable id of the decision within the case.
        kind: What it is about.
        decided_at: When it was taken.
        decided_by: Who took it.
        delegation: Id of the line of the delegation order it was taken under, or ``None``.
        urgent: Whether it was taken as an urgent decision that could not wait.
        persons: Ids of the persons of the case it concerns.
        approvals: The approvals it received, each by someone other than its maker.
        review: For an emergency decision, its submission to the reviewing court or board.
    """

    id: str = public(validator=non_empty_id)
    kind: DecisionKind = public(validator=instance_of(DecisionKind))
    decided_at: dt.datetime = public(validator=instance_of(dt.datetime))
    decided_by: DecisionMaker = public(validator=instance_of(DecisionMaker))
    delegation: str | None = public(default=None, validator=optional_id)
    urgent: bool = public(default=False)
    persons: tuple[str, ...] = public(default=(), validator=id_list(required=False))
    approvals: tuple[Approval, ...] = public(default=(), validator=tuple_of(Approval))
    review: ExternalReview | None = public(
        default=None, validator=optional_instance_of(ExternalReview)
    )

    def __attrs_post_init__(self) -> None:
        for i, approval in enumerate(self.approvals):
            if approval.by.professional == self.decided_by.professional:
                raise InvalidModel(
                    "Decision", f"approvals[{i}].by", "must be someone other than the maker"
                )
            not_before(
                "Decision", f"approvals[{i}].at", approval.at, self.decided_at, "the decision"
            )
        if self.review is not None:
            not_before(
                "Decision",
                "review.submitted_at",
                self.review.submitted_at,
                self.decided_at,
                "the decision",
            )
