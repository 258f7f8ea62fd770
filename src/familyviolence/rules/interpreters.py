"""Rules on interpreters: a needed interpreter missing, a family member or a child interpreting.

Sweden's förvaltningslagen (2017:900) 13 § requires an authority to use an interpreter when
someone does not master Swedish; Norway's tolkeloven requires an interpreter where needed (§ 6),
a qualified one (§ 7, with a dispensation until 31 December 2026) and forbids children as
interpreters but in emergencies or where justifiable for the child (§ 4). Using a family member
as interpreter is advised against in both countries' guidance but not forbidden by statute: it
is a practice rule, an error where honour-related violence is recorded. The rules read every
conversation the case records: its :class:`~familyviolence.conversations.Conversation` records
and the assessment talks and partner contacts of its perpetrator-clinic pathways.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from familyviolence.cases import Case
from familyviolence.collaboration import AssessmentTalk, PartnerContact
from familyviolence.conversations import ConversationKind
from familyviolence.interpreters import InterpreterException, InterpreterKind, InterpreterUse
from familyviolence.law import LegalReference
from familyviolence.rules import Hit, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.rules.practice import GOOD_PRACTICE
from familyviolence.vocabulary import Jurisdiction, Labels

__all__ = [
    "INTERPRETER_RULES",
    "NO_DISPENSATION_UNTIL",
    "NO_INTERPRETER_ACT_FROM",
    "SE_ADMINISTRATIVE_ACT_FROM",
]

SE_ADMINISTRATIVE_ACT_FROM = dt.date(2018, 7, 1)
"""The day förvaltningslagen (2017:900) came into force, with its duty to use an interpreter."""

NO_INTERPRETER_ACT_FROM = dt.date(2022, 1, 1)
"""The day tolkeloven came into force (its year is confirmed; 1 January is likely)."""

NO_DISPENSATION_UNTIL = dt.date(2026, 12, 31)
"""The last day public bodies in Norway are dispensed from using a *qualified* interpreter
(tolkeloven § 7 5th para., as a consultation draft of Helsedirektoratet's guide states it)."""

_FL_13 = LegalReference(statute="förvaltningslagen (2017:900)", provision="13 §", verified=True)
_TOLK_4 = LegalReference(statute="tolkeloven", provision="§ 4", verified=True)
_TOLK_6 = LegalReference(statute="tolkeloven", provision="§ 6", verified=True)
_TOLK_7 = LegalReference(
    statute="tolkeloven",
    provision="§ 7",
    verified=True,
    note="the dispensation to 31 December 2026 is read in a consultation draft: check whether "
    "it was extended",
)

_CHILD_EXCEPTIONS = frozenset(
    {
        InterpreterException.LIFE_OR_HEALTH,
        InterpreterException.EMERGENCY,
        InterpreterException.JUSTIFIABLE_FOR_CHILD,
    }
)
_QUALIFIED_EXCEPTIONS = frozenset(
    {
        InterpreterException.CANNOT_WAIT,
        InterpreterException.EMERGENCY,
        InterpreterException.OTHER_STRONG_REASON,
    }
)


# Talks in which a matter is handled: the administrative acts' duty to use an interpreter applies.
# Treatment, support and clinic talks are actual care: there an interpreter is good practice.
_HANDLING = frozenset(
    {
        ConversationKind.INVESTIGATION_TALK,
        ConversationKind.CHILD_TALK,
        ConversationKind.JOINT_MEETING,
        ConversationKind.FAMILY_MEDIATION,
        ConversationKind.OTHER,
    }
)


def _kind(case: Case, use: InterpreterUse, day: dt.date) -> InterpreterKind:
    """Who interpreted, by their standing: a family member under 18 on ``day`` is a child.

    The ban on children as interpreters turns on age, not on how the record names them.
    """
    if use.kind is InterpreterKind.FAMILY_MEMBER and use.person is not None:
        person = next((p for p in case.family.persons if p.id == use.person), None)
        if person is not None and person.is_minor_on(day):
            return InterpreterKind.CHILD
    return use.kind


@attrs.frozen
class _Talk:
    """A conversation the case records, wherever it is recorded, as the interpreter rules see it.

    Attributes:
        path: JSON path of the record in the case.
        on: The day it was held.
        persons: Ids of the persons it was held with.
        interpreter: Whether an interpreter took part and of what kind, if recorded.
        handling: Whether a matter was handled in it (rather than care or treatment given).
    """

    path: str
    on: dt.date
    persons: tuple[str, ...]
    interpreter: InterpreterUse | None
    handling: bool = attrs.field(kw_only=True)


def _talks(case: Case, *, on: dt.date) -> tuple[_Talk, ...]:
    """Every conversation the case records that was held by ``on``.

    The case's conversations, then each pathway's assessment talks (with the client) and
    established partner contacts (with the partner).
    """
    found = [
        _Talk(f"$.conversations[{k}]", c.on, c.persons, c.interpreter, handling=c.kind in _HANDLING)
        for k, c in enumerate(case.conversations)
        if c.on <= on
    ]
    for p, pathway in enumerate(case.pathways):
        for k, step in enumerate(pathway.steps):
            if step.on > on:
                break
            path = f"$.pathways[{p}].steps[{k}]"
            if isinstance(step, AssessmentTalk):
                found.append(
                    _Talk(path, step.on, (pathway.person,), step.interpreter, handling=False)
                )
            elif isinstance(step, PartnerContact) and step.established:
                found.append(
                    _Talk(path, step.on, (step.partner,), step.interpreter, handling=False)
                )
    return tuple(found)


def _missing(case: Case, on: dt.date, *, handling: bool) -> Iterator[Hit]:
    needing = {p.id for p in case.family.persons if p.needs_interpreter}
    for talk in _talks(case, on=on):
        if talk.handling is not handling:
            continue
        use = talk.interpreter
        if use is not None and use.kind.interprets:
            continue
        for person in talk.persons:
            if person in needing:
                yield hit(talk.path, person, on=talk.on)


_MISSING_MESSAGE = Labels(
    sv="Samtalet den {on} hölls utan tolk, fast personen behöver tolk.",
    nb="Samtalen {on} ble holdt uten tolk, selv om personen trenger tolk.",
    en="The conversation of {on} was held without an interpreter, although the person needs one.",
)
_MISSING_GIVEN = (
    "a conversation in which a matter is handled (an investigation talk, a talk with a child, a "
    "family meeting, mediation or another talk, not a treatment, support or clinic talk) with a "
    "person recorded as needing an interpreter"
)
_MISSING_WHEN = (
    "it records that no one interpreted, or records nothing about interpreting "
    "(a family member or a child who interpreted is another rule's finding)"
)


@rule(
    id="SE-INTERPRETER-MISSING",
    jurisdiction=Jurisdiction.SE,
    severity=Severity.WARNING,
    reference=_FL_13,
    message=_MISSING_MESSAGE,
    given=_MISSING_GIVEN,
    when=_MISSING_WHEN,
    then="the authority uses an interpreter when someone does not master Swedish, so that they "
    "can safeguard their rights. The duty concerns the handling of matters; in treatment, "
    "support and clinic talks PRACTICE-INTERPRETER-MISSING asks for one",
    valid_from=SE_ADMINISTRATIVE_ACT_FROM,
)
def _se_missing(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    return _missing(case, on, handling=True)


@rule(
    id="NO-INTERPRETER-MISSING",
    jurisdiction=Jurisdiction.NO,
    severity=Severity.WARNING,
    reference=_TOLK_6,
    message=_MISSING_MESSAGE,
    given=_MISSING_GIVEN,
    when=_MISSING_WHEN,
    then="a public body uses an interpreter where it is needed to safeguard legal security "
    "(the child's best interests among it) or to give proper help and service",
    valid_from=NO_INTERPRETER_ACT_FROM,
)
def _no_missing(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    return _missing(case, on, handling=True)


@rule(
    id="PRACTICE-INTERPRETER-MISSING",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=_MISSING_MESSAGE,
    given="a treatment, support or clinic talk (an assessment talk or partner contact of a "
    "perpetrator-clinic pathway among them) with a person recorded as needing an interpreter",
    when=_MISSING_WHEN,
    then="motivation work, treatment and partner contact through a qualified interpreter with "
    "competence on violence; the administrative acts' duty covers the handling of matters, "
    "and a clinic may not be a public body",
)
def _care_missing(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    return _missing(case, on, handling=False)


@rule(
    id="NO-CHILD-AS-INTERPRETER",
    jurisdiction=Jurisdiction.NO,
    severity=Severity.ERROR,
    reference=_TOLK_4,
    message=Labels(
        sv="Ett barn ({interpreter}) tolkade i samtalet den {on} utan att ett undantag är "
        "dokumenterat.",
        nb="Et barn ({interpreter}) ble brukt som tolk i samtalen {on} uten at et unntak er "
        "dokumentert.",
        en="A child ({interpreter}) interpreted in the conversation of {on} with no exception "
        "recorded.",
    ),
    given="a conversation in which a child (under 18 on its day, whether recorded as a child or "
    "as a family member) interpreted or conveyed information",
    when="no exception is recorded: to avert danger to life or serious harm to health, another "
    "emergency, or justifiable for the child given the circumstances",
    then="a public body never uses a child as interpreter, but in those exceptions; the "
    "judgement that it was justifiable for the child weighs the child's age and maturity",
    valid_from=NO_INTERPRETER_ACT_FROM,
)
def _child_interpreter(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for talk in _talks(case, on=on):
        use = talk.interpreter
        if use is None or use.person is None:
            continue
        if _kind(case, use, talk.on) is not InterpreterKind.CHILD:
            continue
        if use.exception not in _CHILD_EXCEPTIONS:
            yield hit(talk.path, use.person, *talk.persons, interpreter=use.person, on=talk.on)


@rule(
    id="NO-INTERPRETER-NOT-QUALIFIED",
    jurisdiction=Jurisdiction.NO,
    severity=Severity.WARNING,
    reference=_TOLK_7,
    message=Labels(
        sv="Tolken i samtalet den {on} är inte kvalificerad, och inget undantag är dokumenterat.",
        nb="Tolken i samtalen {on} er ikke kvalifisert, og intet unntak er dokumentert.",
        en="The interpreter in the conversation of {on} is not qualified, and no exception is "
        "recorded.",
    ),
    given="a conversation interpreted by a professional interpreter",
    when="the interpreter is not qualified (not in a category of the national register) and no "
    "exception is recorded: waiting was not justifiable, an emergency, or other strong reasons. "
    "A family member or a child who interpreted is other rules' finding",
    then="a public body that uses an interpreter uses a qualified one; the duty applies once "
    "the dispensation of tolkeloven § 7 5th para. has run out: a talk held before then is not "
    "judged by it, whenever it is read",
    valid_from=NO_DISPENSATION_UNTIL + dt.timedelta(days=1),
)
def _not_qualified(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for talk in _talks(case, on=on):
        use = talk.interpreter
        # Whatever the evaluation day, a talk held under the dispensation is judged by it.
        if talk.on <= NO_DISPENSATION_UNTIL:
            continue
        if use is None or use.kind is not InterpreterKind.OTHER_PROFESSIONAL:
            continue
        if use.exception not in _QUALIFIED_EXCEPTIONS:
            yield hit(talk.path, *talk.persons, on=talk.on)


def _honour_set(case: Case, day: dt.date) -> bool:
    """Whether an honour marker of the case is in force on ``day``.

    Any marker counts, not only one about the people in the room: where honour-related violence
    is recorded, a relative who interprets may carry what is said to the collective.
    """
    return any(marker.in_force(on=day) for marker in case.honour_markers)


def _relatives(case: Case, on: dt.date, *, honour: bool) -> Iterator[Hit]:
    for talk in _talks(case, on=on):
        use = talk.interpreter
        if use is None or not use.kind.is_relative_or_child or use.person is None:
            continue
        if _honour_set(case, talk.on) is honour:
            kind = _kind(case, use, talk.on)
            yield hit(talk.path, *talk.persons, use.person, interpreter=kind, on=talk.on)


_RELATIVE_MESSAGE = Labels(
    sv="I samtalet den {on} tolkade {interpreter}.",
    nb="I samtalen {on} ble {interpreter} brukt.",
    en="In the conversation of {on}, {interpreter} was used.",
)
_RELATIVE_THEN = (
    "an authorised or qualified interpreter who does not know the family interprets; a family "
    "member or a child is neither impartial nor bound by confidentiality, and a child must not "
    "carry the family's conflicts"
)


@rule(
    id="PRACTICE-RELATIVE-AS-INTERPRETER",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=_RELATIVE_MESSAGE,
    given="a conversation in which a family member or a child interpreted",
    when="no honour marker of the case is in force on its day (then "
    "PRACTICE-RELATIVE-AS-INTERPRETER-HONOUR reports it instead)",
    then=_RELATIVE_THEN,
)
def _relative(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    return _relatives(case, on, honour=False)


@rule(
    id="PRACTICE-RELATIVE-AS-INTERPRETER-HONOUR",
    severity=Severity.ERROR,
    reference=GOOD_PRACTICE,
    message=_RELATIVE_MESSAGE,
    given="a conversation in which a family member or a child interpreted",
    when="an honour marker of the case is in force on its day, whoever it names",
    then=_RELATIVE_THEN + "; where honour-related violence is recorded the interpreter may be "
    "part of the collective that controls the person, and what is said can reach it",
)
def _relative_honour(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    return _relatives(case, on, honour=True)


INTERPRETER_RULES = RuleSet(
    rules=(
        _se_missing,
        _no_missing,
        _care_missing,
        _child_interpreter,
        _not_qualified,
        _relative,
        _relative_honour,
    )
)
"""The rules on interpreters, Swedish, Norwegian and of good practice."""
