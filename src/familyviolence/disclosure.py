"""May this information go to that agency? A decision on the legal grounds for a disclosure.

:func:`decide_disclosure` reads the disclosing agency's jurisdiction's closed list of grounds
(see :class:`~familyviolence.collaboration.LegalGround`) for a
:class:`~familyviolence.collaboration.DisclosureRequest` of a case and returns a
:class:`DisclosureDecision`: the grounds relied on, the grounds considered and rejected with
why, the judgements left to a human, and the data categories permitted. A protected person's
whereabouts are never permitted to a recipient who is not entitled to them, whatever the other
grounds. The decision is a reading of the case and the law; what the agency then decided and
did is recorded on the request (its ``outcome``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from familyviolence._model import Model, model, public
from familyviolence._validators import (
    date_argument,
    date_field,
    instance_of,
    members_of,
    non_blank,
    non_empty_id,
    optional_id,
    tuple_of,
)
from familyviolence.cases import Case
from familyviolence.collaboration import (
    CareGroup,
    Consent,
    DisclosureProvision,
    DisclosureRequest,
    JudgementCondition,
    LegalGround,
    RecordedJudgement,
    Sector,
    SuspectedOffence,
)
from familyviolence.errors import InvalidModel
from familyviolence.jurisdictions import (
    CHILD_CONSENT_AGES,
    DEFAULT_GROUNDS,
    HEALTH_CONSENT_AGES,
    PROTECTED_IDENTITY_LAW,
    se,
)
from familyviolence.law import LegalReference
from familyviolence.people import Person
from familyviolence.vocabulary import AgencyKind, DataCategory, Jurisdiction, Language

__all__ = [
    "DisclosureDecision",
    "GroundConsidered",
    "HumanJudgement",
    "Withholding",
    "decide_disclosure",
]


@model
class GroundConsidered(Model):
    """A legal ground a decision considered: relied on, or rejected with why.

    Attributes:
        ground: The ground.
        rule: Id of the rule of the jurisdiction pack it comes from.
        reference: The provision.
        also: Further provisions it rests on.
        reason: Why it applies (the ground in words) or why it does not.
        categories: For a ground relied on, the data categories it permits.
        consents: For consent relied on, the ids of the consents.
    """

    ground: LegalGround = public(validator=instance_of(LegalGround))
    rule: str = public(validator=non_empty_id)
    reference: LegalReference = public(validator=instance_of(LegalReference))
    reason: str = public(validator=non_blank)
    also: tuple[LegalReference, ...] = public(default=(), validator=tuple_of(LegalReference))
    categories: tuple[DataCategory, ...] = public(
        default=(), validator=members_of(DataCategory, required=False)
    )
    consents: tuple[str, ...] = public(default=(), validator=tuple_of(str))


@model
class HumanJudgement(Model):
    """A judgement a decision leaves to a human: the library records it, never makes it.

    Attributes:
        question: What must be judged.
        ground: The ground it belongs to, if it belongs to one.
        reference: The provision it comes from, if any.
        condition: Id of the ground's condition it is, if it is one.
        recorded: The judgement a professional recorded that the condition holds (who, when),
            if one is; ``None``: still to be judged.
    """

    question: str = public(validator=non_blank)
    ground: LegalGround | None = public(default=None)
    reference: LegalReference | None = public(default=None)
    condition: str | None = public(default=None, validator=optional_id)
    recorded: RecordedJudgement | None = public(default=None)


@model
class Withholding(Model):
    """A data category asked for and not permitted, and why.

    Attributes:
        category: The category.
        protected_identity: Whether it is withheld because it would reveal where a person with
            protected identity lives or stays (it would be permitted otherwise).
        reason: Why, in words.
        references: The provisions behind it, if any.
    """

    category: DataCategory = public(validator=instance_of(DataCategory))
    protected_identity: bool = public()
    reason: str = public(validator=non_blank)
    references: tuple[LegalReference, ...] = public(default=(), validator=tuple_of(LegalReference))


@model
class DisclosureDecision(Model):
    """Whether a request for disclosure is permitted, on which grounds, and what is left to judge.

    ``permitted`` means that the checkable conditions of at least one ground are met for at
    least one of the categories asked for: the information may go **provided** the human
    judgements listed come out in its favour. Not permitted means no ground of the
    jurisdiction's list applies; a human may still find the information is not secret at all
    (the harm test), which the library never decides.

    Attributes:
        request: Id of the request decided.
        person: Id of the person the information is about (the request's), or ``None`` if the
            decision does not say: :func:`~familyviolence.privacy.redact` then cannot narrow what it
            discloses to that person's own identity, contact details, whereabouts and health.
        on: The day the decision is for.
        jurisdiction: Whose law it applies (the disclosing agency's).
        permitted: Whether any data may be disclosed.
        categories: The data categories that may be disclosed, in the vocabulary's order. A
            protected person's whereabouts are here only if the recipient is entitled to them.
        withheld: Each category asked for that may not be disclosed, and why.
        relied_on: The grounds relied on.
        rejected: The grounds considered and rejected, each with why.
        judgements: What a human must still judge.
    """

    request: str = public(validator=non_empty_id)
    person: str | None = public(default=None, validator=optional_id)
    on: dt.date = public(validator=date_field)
    jurisdiction: Jurisdiction = public(validator=instance_of(Jurisdiction))
    permitted: bool = public()
    categories: tuple[DataCategory, ...] = public(
        default=(), validator=members_of(DataCategory, required=False)
    )
    withheld: tuple[Withholding, ...] = public(default=(), validator=tuple_of(Withholding))
    relied_on: tuple[GroundConsidered, ...] = public(
        default=(), validator=tuple_of(GroundConsidered)
    )
    rejected: tuple[GroundConsidered, ...] = public(
        default=(), validator=tuple_of(GroundConsidered)
    )
    judgements: tuple[HumanJudgement, ...] = public(default=(), validator=tuple_of(HumanJudgement))

    def __attrs_post_init__(self) -> None:
        if self.permitted != bool(self.categories):
            raise InvalidModel(
                "DisclosureDecision", "permitted", "is true exactly when some category is permitted"
            )
        if self.categories and not self.relied_on:
            raise InvalidModel("DisclosureDecision", "relied_on", "name the grounds relied on")

    @property
    def grounds(self) -> tuple[LegalGround, ...]:
        """The grounds relied on, each once, in the order considered."""
        return tuple(dict.fromkeys(g.ground for g in self.relied_on))

    def permits(self, category: DataCategory) -> bool:
        """Whether ``category`` may be disclosed."""
        return category in self.categories

    @property
    def needs_human_judgement(self) -> bool:
        """Whether anything is left for a human to judge (a judgement not yet recorded)."""
        return any(j.recorded is None for j in self.judgements)


# -- deciding ----------------------------------------------------------------------------------

_EN = Language.EN


def _labels(members: Iterable[Any]) -> str:
    return "; ".join(m.label(_EN) for m in members)


class _Rejected(Exception):
    def __init__(self, reason: str) -> None:
        self.reason = reason


@attrs.define
class _Assessment:
    """What deciding one ground found; collected into a decision."""

    categories: tuple[DataCategory, ...] = ()
    consents: tuple[str, ...] = ()
    judgements: list[str] = attrs.Factory(list)
    recorded: list[HumanJudgement] = attrs.Factory(list)


def decide_disclosure(
    request: DisclosureRequest,
    case: Case,
    *,
    on: dt.date,
    entitled_to_whereabouts: bool = False,
    grounds: Sequence[DisclosureProvision] | None = None,
) -> DisclosureDecision:
    """Decide whether the information a request asks for may go to its recipient on ``on``.

    The law applied is the disclosing agency's jurisdiction's; each of its grounds in force on
    ``on`` is considered in turn. A ground is relied on when every condition it states holds
    (discloser, recipient, purpose, the person's age, the suspected offence; for consent, a
    consent in force from the right persons naming the recipient, purpose and data); it is
    rejected otherwise, with the first condition that failed. The person comes from the case's
    family system, consents from :attr:`Case.consents <familyviolence.cases.Case.consents>`.

    The whereabouts and the household of a person with protected identity, or of anyone living
    with them, are withheld unless ``entitled_to_whereabouts`` (a human has established that
    the recipient is entitled to them), whatever the grounds. Where an honour marker about the
    person is in force, the perpetrators it names count as suspected of violence (a custodian's
    consent among theirs is neither asked for nor counted), and whether the person's whereabouts
    may go is listed as a judgement for a human, never decided.

    Args:
        request: The request.
        case: The case the person is in.
        on: The day to decide for.
        entitled_to_whereabouts: Whether the recipient is entitled to a protected person's
            whereabouts, as established by a human.
        grounds: The grounds to apply instead of the jurisdiction's shipped ones.

    Raises:
        UnknownPerson: If the request's person is not in the case's family system.
        TypeError: If ``on`` is a datetime rather than a date.
    """
    date_argument(on)
    jurisdiction = request.from_agency.jurisdiction
    rules = DEFAULT_GROUNDS[jurisdiction] if grounds is None else tuple(grounds)
    rules = tuple(r for r in rules if r.jurisdiction is jurisdiction)
    person = case.family.person(request.person)
    relied: list[GroundConsidered] = []
    rejected: list[GroundConsidered] = []
    judgements: list[HumanJudgement] = []
    in_force = {r.id for r in rules if r.applies_on(on)}
    reported_out_of_force: set[str] = set()
    for rule in rules:
        if not rule.applies_on(on):
            if rule.id not in in_force and rule.id not in reported_out_of_force:
                reported_out_of_force.add(rule.id)
                rejected.append(_considered(rule, _out_of_force(rule, rules, on)))
            continue
        try:
            found = _assess(rule, request, case, person, on=on, jurisdiction=jurisdiction)
        except _Rejected as rejection:
            rejected.append(_considered(rule, rejection.reason))
            if not rule.available and not _names(rule.disclosers, request.from_agency.kind):
                judgements += _judgements(rule, rule.judgements)
            continue
        relied.append(
            _considered(rule, rule.summary, categories=found.categories, consents=found.consents)
        )
        judgements += found.recorded
        judgements += _judgements(rule, (*rule.judgements, *found.judgements))
    permitted = {c for g in relied for c in g.categories}
    withheld: list[Withholding] = []
    if not entitled_to_whereabouts and _protected_whereabouts(case, person, on=on):
        withheld, asked = _withhold_whereabouts(permitted, jurisdiction)
        permitted -= {w.category for w in withheld}
        judgements += asked
    if _honour_whereabouts(case, person.id, on=on):
        judgements += _honour_judgements(permitted)
    for category in request.categories:
        if category not in permitted and all(w.category is not category for w in withheld):
            withheld.append(
                Withholding(
                    category=category,
                    protected_identity=False,
                    reason="no ground relied on permits it",
                )
            )
    judgements += _general_judgements(request, jurisdiction, relied=bool(relied))
    categories = tuple(sorted(permitted, key=_ORDER.__getitem__))
    return DisclosureDecision(
        request=request.id,
        person=request.person,
        on=on,
        jurisdiction=jurisdiction,
        permitted=bool(categories),
        categories=categories,
        withheld=tuple(sorted(withheld, key=lambda w: _ORDER[w.category])),
        relied_on=tuple(relied),
        rejected=tuple(rejected),
        judgements=tuple(_unique(judgements)),
    )


_ORDER = {c: i for i, c in enumerate(DataCategory)}


def _withhold_whereabouts(
    permitted: set[DataCategory], jurisdiction: Jurisdiction
) -> tuple[list[Withholding], list[HumanJudgement]]:
    """The permitted categories that reveal a protected person's whereabouts, withheld."""
    withheld, judgements = [], []
    for category in sorted(permitted, key=_ORDER.__getitem__):
        if not category.reveals_whereabouts:
            continue
        withheld.append(
            Withholding(
                category=category,
                protected_identity=True,
                reason=(
                    "reveals where a person with protected identity lives or stays; the"
                    " recipient is not established as entitled to it"
                ),
                references=PROTECTED_IDENTITY_LAW[jurisdiction],
            )
        )
        judgements.append(
            HumanJudgement(
                question=(
                    f"whether the recipient is entitled to the {category.label(_EN)} of a person"
                    " with protected identity"
                )
            )
        )
    return withheld, judgements


def _honour_judgements(permitted: set[DataCategory]) -> list[HumanJudgement]:
    """Where honour-related violence is recorded, whether whereabouts may go is judged by a human.

    What reaches one member of the collective reaches all; the library lists the question for
    each permitted category that reveals where the person is, and decides nothing.
    """
    return [
        HumanJudgement(
            question=(
                f"whether the {category.label(_EN)} of a person under an honour marker can"
                " reach those the marker names through the recipient"
            )
        )
        for category in sorted(permitted, key=_ORDER.__getitem__)
        if category.reveals_whereabouts
    ]


def _unique(judgements: Iterable[HumanJudgement]) -> list[HumanJudgement]:
    seen: set[str] = set()
    unique = []
    for judgement in judgements:
        if judgement.question not in seen:
            seen.add(judgement.question)
            unique.append(judgement)
    return unique


def _considered(
    rule: DisclosureProvision,
    reason: str,
    *,
    categories: tuple[DataCategory, ...] = (),
    consents: tuple[str, ...] = (),
) -> GroundConsidered:
    return GroundConsidered(
        ground=rule.ground,
        rule=rule.id,
        reference=rule.reference,
        also=rule.also,
        reason=reason,
        categories=categories,
        consents=consents,
    )


def _judgements(rule: DisclosureProvision, questions: Iterable[str]) -> list[HumanJudgement]:
    return [
        HumanJudgement(question=q, ground=rule.ground, reference=rule.reference) for q in questions
    ]


def _out_of_force(
    rule: DisclosureProvision, rules: Sequence[DisclosureProvision], on: dt.date
) -> str:
    versions = [r for r in rules if r.id == rule.id]
    starts = [r.valid_from for r in versions if r.valid_from is not None]
    if starts and on < min(starts):
        return f"not in force on {on.isoformat()}: applies from {min(starts).isoformat()}"
    return f"not in force on {on.isoformat()}"


def _names(kinds: tuple[AgencyKind, ...], kind: AgencyKind) -> bool:
    return not kinds or kind in kinds


def _assess(
    rule: DisclosureProvision,
    request: DisclosureRequest,
    case: Case,
    person: Person,
    *,
    on: dt.date,
    jurisdiction: Jurisdiction,
) -> _Assessment:
    """What the ground permits for the request; raises :class:`_Rejected` with why not."""
    found = _Assessment(categories=request.categories)
    _check_parties(rule, request)
    if rule.person_under is not None:
        _check_under(person, rule.person_under, on, found, who="the person")
    if rule.care_groups:
        _check_care_group(rule, request, case, person, on, found)
    elif rule.minor_or_close_relative:
        _check_minor_or_relative(case, person, on, found)
    if rule.needs_offence:
        _check_offence(rule, request, case, on, found)
    if rule.ground is LegalGround.CONSENT:
        _check_consent(request, case, person, on=on, jurisdiction=jurisdiction, found=found)
    _check_conditions(rule, request, on, found)
    if rule.excluded_categories:
        found.categories = tuple(c for c in found.categories if c not in rule.excluded_categories)
        if not found.categories:
            raise _Rejected(rule.exclusion or "permits none of the data asked for")
    return found


def _check_care_group(  # noqa: PLR0917 - the parts of one assessment
    rule: DisclosureProvision,
    request: DisclosureRequest,
    case: Case,
    person: Person,
    on: dt.date,
    found: _Assessment,
) -> None:
    group = request.care_group or CareGroup.MINOR
    if group not in rule.care_groups:
        raise _Rejected(f"only for the necessary care of {_labels(rule.care_groups)}")
    if group is CareGroup.MINOR:
        _check_minor_or_relative(case, person, on, found)
        return
    found.judgements.append(
        f"whether the person, or the close relative the information is about, is {group.label(_EN)}"
    )


def _check_conditions(
    rule: DisclosureProvision, request: DisclosureRequest, on: dt.date, found: _Assessment
) -> None:
    """Each condition left to a human: judged not to hold rejects; judged to hold is recorded."""
    for condition in rule.conditions:
        judged = _latest_judgement(request.judgements, condition, on)
        if judged is not None and not judged.holds:
            raise _Rejected(
                f"judged not to hold on {judged.on.isoformat()} by {judged.by}: "
                f"{condition.question}"
            )
        found.recorded.append(
            HumanJudgement(
                question=condition.question,
                ground=rule.ground,
                reference=rule.reference,
                condition=condition.id,
                recorded=judged,
            )
        )


def _latest_judgement(
    judgements: Iterable[RecordedJudgement], condition: JudgementCondition | str, on: dt.date
) -> RecordedJudgement | None:
    """The latest judgement of ``condition`` made by ``on``, if any."""
    wanted = condition if isinstance(condition, str) else condition.id
    made = [j for j in judgements if j.condition == wanted and j.on <= on]
    return max(made, key=lambda j: j.on) if made else None


def _check_parties(rule: DisclosureProvision, request: DisclosureRequest) -> None:
    """Check who discloses to whom, for what; raise :class:`_Rejected` with why not."""
    discloser, recipient = request.from_agency, request.to_agency
    if not rule.available:
        if _names(rule.disclosers, discloser.kind):
            raise _Rejected(rule.note or "not available")
        raise _Rejected(
            f"decided here only for disclosure by {_labels(rule.disclosers)}: a human judges"
            " other secrecy"
        )
    if rule.discloser_sectors and discloser.sector not in rule.discloser_sectors:
        if rule.discloser_sectors == (Sector.PUBLIC,):
            raise _Rejected(
                f"binds public bodies only; the discloser is a {discloser.sector.label(_EN)}"
            )
        raise _Rejected(f"only for disclosure by a {_labels(rule.discloser_sectors)}")
    if not _names(rule.disclosers, discloser.kind):
        raise _Rejected(f"only for disclosure by {_labels(rule.disclosers)}")
    if not _names(rule.recipients, recipient.kind):
        raise _Rejected(f"only for disclosure to {_labels(rule.recipients)}")
    if rule.purposes and request.purpose not in rule.purposes:
        raise _Rejected(f"only for {_labels(rule.purposes)}")


def _check_under(person: Person, limit: int, on: dt.date, found: _Assessment, *, who: str) -> None:
    born = person.birth_date
    if born is None:
        found.judgements.append(f"whether {who} is under {limit} (birth date unknown)")
        return
    if on < born or (person.age_on(on) or 0) >= limit:
        raise _Rejected(f"only if {who} is under {limit}")


def _check_minor_or_relative(case: Case, person: Person, on: dt.date, found: _Assessment) -> None:
    if person.is_minor_on(on):
        return
    family = case.family
    if any(child.is_minor_on(on) for child in family.children_concerned(person.id, on=on)):
        return
    if person.is_minor_on(on) is None:
        found.judgements.append("whether the person is a minor (birth date unknown)")
        return
    raise _Rejected(
        "only about a minor, or a parent, step-parent or custodian of a minor in the case"
    )


def _check_offence(
    rule: DisclosureProvision,
    request: DisclosureRequest,
    case: Case,
    on: dt.date,
    found: _Assessment,
) -> None:
    offence = request.offence
    if offence is None:
        raise _Rejected("only for a suspected offence, and the request describes none")
    _check_offence_kind(rule, offence)
    if rule.minimum_penalty_months is not None and (
        offence.minimum_penalty_months < rule.minimum_penalty_months
    ):
        raise _Rejected(
            f"only for an offence whose minimum penalty is {rule.minimum_penalty_months} months"
            " of imprisonment or more"
        )
    if rule.attempt is True and not offence.attempt:
        raise _Rejected("only for an attempt, preparation or conspiracy")
    if rule.attempt is False and offence.attempt:
        raise _Rejected("only for a completed offence")
    if rule.averting_listed and not offence.averting_listed:
        raise _Rejected("only for an offence the duty to avert lists")
    if rule.close_relative_victim:
        _check_close_relative(request, case, offence, found)
    if rule.victim_under is not None:
        if offence.victim is None:
            raise _Rejected(f"only for an offence against a person under {rule.victim_under}")
        victim = case.family.person(offence.victim)
        _check_under(victim, rule.victim_under, on, found, who="the victim")


def _check_offence_kind(rule: DisclosureProvision, offence: SuspectedOffence) -> None:
    """Whether the offence is feared or committed, and under which law, as the ground needs."""
    if rule.feared is True and not offence.feared:
        raise _Rejected(
            "only for a crime feared to be committed; information about a crime already"
            " committed goes only on another ground"
        )
    if rule.feared is False and offence.feared:
        raise _Rejected("only for a crime suspected to have been committed, not one only feared")
    mutilation = rule.genital_mutilation and offence.genital_mutilation
    if (
        rule.offence_chapters
        and offence.penal_code_chapter not in rule.offence_chapters
        and not mutilation
    ):
        chapters = ", ".join(str(c) for c in rule.offence_chapters)
        act = " or lag (1982:316) on female genital mutilation" if rule.genital_mutilation else ""
        raise _Rejected(f"only for an offence under the Penal Code ch. {chapters}{act}")


def _check_close_relative(
    request: DisclosureRequest, case: Case, offence: SuspectedOffence, found: _Assessment
) -> None:
    victim = offence.victim
    perpetrator = offence.perpetrator or request.person
    if victim is None:
        raise _Rejected("only for an offence against a close relative, and it names no victim")
    if victim == perpetrator:
        raise _Rejected("only for an offence against a close relative of the one who commits it")
    family = case.family
    family.person(victim)
    family.person(perpetrator)
    if request.person not in (victim, perpetrator):
        raise _Rejected("only about the one who would commit the offence or the close relative")
    if not any(r.involves(victim) and r.involves(perpetrator) for r in family.relationships):
        found.judgements.append(
            "whether the victim is a close relative of the one who would commit the offence"
            " (the family system records no relationship between them)"
        )


def _suspected_perpetrators(case: Case, person: str, on: dt.date) -> frozenset[str]:
    """Who is suspected of violence in the case on ``on``, as far as consent about ``person``.

    Those the case's incidents recorded by ``on`` name as having used violence, and those an
    honour marker about ``person`` in force on ``on`` names: a custodian in the perpetrator
    group is not asked for consent.
    """
    from_incidents = (
        p for i in case.incidents if i.recorded_at.date() <= on for p in i.perpetrators
    )
    from_markers = (
        p
        for m in case.honour_markers
        if m.person == person and m.in_force(on=on)
        for p in m.perpetrators
    )
    return frozenset((*from_incidents, *from_markers))


def _honour_whereabouts(case: Case, person: str, on: dt.date) -> bool:
    """Whether an honour marker about ``person`` is in force on ``on``."""
    return any(m.person == person and m.in_force(on=on) for m in case.honour_markers)


def _check_consent(
    request: DisclosureRequest,
    case: Case,
    person: Person,
    *,
    on: dt.date,
    jurisdiction: Jurisdiction,
    found: _Assessment,
) -> None:
    consents: list[Consent] = [c for c in case.consents if c.person == person.id]
    if not consents:
        raise _Rejected("no consent from or for the person is recorded")
    suspected = _suspected_perpetrators(case, person.id, on)
    reasons = []
    relied: list[Consent] = []
    notes: list[str] = []
    permitted: set[DataCategory] = set()
    for consent in consents:
        reason = _consent_gap(consent, request, case, on, jurisdiction, suspected, notes)
        if reason is not None:
            reasons.append(f"consent {consent.id!r} {reason}")
            continue
        relied.append(consent)
        permitted.update(c for c in consent.categories if c in request.categories)
    if not relied:
        raise _Rejected("; ".join(reasons))
    found.categories = tuple(c for c in request.categories if c in permitted)
    found.consents = tuple(c.id for c in relied)
    found.judgements += list(dict.fromkeys(notes))
    if person.is_minor_on(on) is None:
        found.judgements.append(
            "whether the person is a minor (birth date unknown), whose custodians consent"
        )
    elif person.is_minor_on(on):
        if not all(_child_decides_alone(c, request, person, on, jurisdiction) for c in relied):
            views = ", ".join(
                dict.fromkeys(c.child_view.label(_EN) for c in relied if c.child_view)
            )
            found.judgements.append(
                "the child's own view"
                + (f" (recorded: {views})" if views else " (not recorded)")
                + ", given the child's age and maturity"
            )
        if not case.family.custodians_of(person.id, on=on):
            found.judgements.append("who may consent for a child with no custodian recorded")


def _child_decides_alone(
    consent: Consent,
    request: DisclosureRequest,
    person: Person,
    on: dt.date,
    jurisdiction: Jurisdiction,
) -> bool:
    """Whether the child's own consent is the one that counts, without the custodians'.

    Sweden: a child judged mature enough decides alone (OSL 12 kap. 3 §); with no judgement
    recorded, a child who consented themself is taken at their word, the maturity left to a
    human. Norway: a child of 16 decides alone about their health information.
    """
    if jurisdiction is Jurisdiction.SE:
        maturity = consent.maturity
        if maturity is not None and maturity.on <= on:
            return maturity.holds
        return person.id in consent.given_by
    health_age = HEALTH_CONSENT_AGES[jurisdiction]
    age = person.age_on(on)
    return (
        health_age is not None
        and age is not None
        and age >= health_age
        and request.from_agency.kind.is_health_care
    )


def _consent_gap(  # noqa: PLR0911, PLR0917 - a table of reasons
    consent: Consent,
    request: DisclosureRequest,
    case: Case,
    on: dt.date,
    jurisdiction: Jurisdiction,
    suspected: frozenset[str],
    notes: list[str],
) -> str | None:
    """Why ``consent`` does not cover the request, or ``None`` if it does.

    ``notes`` collects what a human must still judge about who consented.
    """
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return f"was withdrawn on {consent.withdrawn_on.isoformat()}"
    if not consent.in_force(on=on):
        return "is not in force on the day"
    if not consent.names(request.to_agency):
        return "does not name the recipient"
    if request.purpose not in consent.purposes:
        return "does not cover the purpose"
    if not any(c in consent.categories for c in request.categories):
        return "covers none of the data asked for"
    family = case.family
    person = family.person(consent.person)
    child_alone = False
    if person.is_minor_on(on):
        child_alone = _child_decides_alone(consent, request, person, on, jurisdiction)
        custodians = [p.id for p in family.custodians_of(person.id, on=on)]
        barred = [c for c in custodians if c in suspected]
        notes.extend(
            f"the consent of custodian {custodian}, suspected of violence in the case, is"
            " neither asked for nor counted"
            for custodian in barred
        )
        if jurisdiction is Jurisdiction.SE and consent.maturity is None:
            notes.append(
                "whether the child is mature enough to decide alone about their own information"
                " (OSL 12 kap. 3 §, no age is fixed); record the judgement as the consent's"
                " maturity"
            )
        if not child_alone and custodians and len(barred) == len(custodians):
            return (
                "has no custodian's consent that counts: every custodian is suspected of"
                " violence in the case"
            )
    missing = consent.missing_givers(
        family,
        on=on,
        child_consent_age=CHILD_CONSENT_AGES[jurisdiction],
        child_alone=child_alone,
        suspected=suspected,
    )
    if missing:
        return f"lacks the consent of {', '.join(missing)}"
    return None


def _protected_whereabouts(case: Case, person: Person, *, on: dt.date) -> bool:
    """Whether the person, or anyone living with them, has protected identity."""
    if person.protected_identity:
        return True
    return any(p.protected_identity for p in case.family.household_members(person.id, on=on))


def _general_judgements(
    request: DisclosureRequest, jurisdiction: Jurisdiction, *, relied: bool
) -> list[HumanJudgement]:
    judgements = []
    kind, sector = request.from_agency.kind, request.from_agency.sector
    if jurisdiction is Jurisdiction.SE:
        if sector is not Sector.PUBLIC:
            judgements.append(
                HumanJudgement(
                    question=(
                        "which duty of confidentiality binds the private or non-profit discloser"
                        " (secrecy law binds public bodies) and whether it allows the disclosure"
                    )
                )
            )
        elif kind.is_social_services or kind.is_health_care:
            reference = (
                se.HARM_TEST_SOCIAL_SERVICES
                if kind.is_social_services
                else se.HARM_TEST_HEALTH_CARE
            )
            judgements.append(
                HumanJudgement(
                    question=(
                        "the harm test: whether it is clear that the information can be disclosed"
                        " without harm to the person or a close relative (then no ground is"
                        " needed)"
                    ),
                    reference=reference,
                )
            )
        else:
            judgements.append(
                HumanJudgement(
                    question=(
                        "which secrecy protects the information at the discloser (outside social"
                        " services and health care, not modelled here) and whether it allows the"
                        " disclosure"
                    )
                )
            )
    if relied:
        judgements.append(
            HumanJudgement(question="proportionality: disclose only what the purpose needs")
        )
    return judgements
