"""Rules on the child's voice: a child informed and heard before an investigation or a decision.

Sweden's Social Services Act (SoL 2001:453 11 kap. 10 §, to 30 June 2025) and Norway's child
welfare act (barnevernloven 1992 § 1-6, to 31 December 2022) give a child the right to
information and to express their views in matters that concern them; both countries have made
the Convention on the Rights of the Child law (art. 12). Where the successor acts' numbers are
not confirmed, a rule's later version cites the act by name, unverified. The rules read the
case's :class:`~familyviolence.voice.ChildVoice` records: a step is accounted for when the
record says the child was heard, or why not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence._model import evolve
from familyviolence.cases import Case
from familyviolence.conversations import ConversationKind
from familyviolence.events import DecisionMade, InvestigationConcluded
from familyviolence.law import LegalReference
from familyviolence.rules import Check, Hit, Rule, RuleContext, RuleSet, Severity, hit
from familyviolence.vocabulary import Jurisdiction, Labels
from familyviolence.voice import ChildVoice, ParticipationStep

__all__ = [
    "CONVENTION_SE",
    "NO_NEW_ACT_FROM",
    "SE_NEW_ACT_FROM",
    "VOICE_RULES",
]

SE_NEW_ACT_FROM = dt.date(2025, 7, 1)
"""The day SoL 2025:400 replaced SoL 2001:453."""

NO_NEW_ACT_FROM = dt.date(2023, 1, 1)
"""The day barnevernsloven 2021:97 replaced the act of 1992."""

CONVENTION_SE = LegalReference(
    statute="lag (2018:1197) om Förenta nationernas konvention om barnets rättigheter",
    provision="art. 12",
    verified=True,
)
"""The child's right to be heard, Swedish law from 1 January 2020."""

_CONVENTION_NO = LegalReference(
    statute="menneskerettsloven (barnekonvensjonen)",
    provision="art. 12",
    verified=True,
)
_SOL_OLD = LegalReference(statute="SoL 2001:453", provision="11 kap. 10 §", verified=True)
_SOL_OLD_INFORMATION = LegalReference(
    statute="SoL 2001:453", provision="11 kap. 10 § 1st para.", verified=True
)
_SOL_OLD_TALK = LegalReference(
    statute="SoL 2001:453", provision="11 kap. 10 § 3rd para.", verified=True
)
_SOL_NEW = LegalReference(
    statute="SoL 2025:400",
    verified=False,
    note="the provision on the child's right to information and to express views; its number "
    "in SoL 2025:400 is not confirmed: cited by name",
)
_BVL_OLD = LegalReference(
    statute="barnevernloven 1992:100 (old act)", provision="§ 1-6", verified=True
)
_BVL_NEW = LegalReference(
    statute="barnevernsloven 2021:97",
    verified=False,
    note="barnets rett til medvirkning; the section's number is not confirmed: cited by name",
)


def _day_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=1)


def _children(case: Case, day: dt.date, ids: set[str]) -> list[str]:
    """Of ``ids``, those who were children on ``day``, in the family's order."""
    return [p.id for p in case.family.minors(on=day) if p.id in ids]


def _voices(case: Case, child: str, on: dt.date) -> list[ChildVoice]:
    return [v for v in case.voices if v.child == child and v.on <= on]


def _about_children(case: Case, decision: DecisionMade) -> list[str]:
    """The children a decision concerns: whose needs motivate it, for whom it decides, subjects."""
    day = decision.at.date()
    ids = {
        *decision.child_needs,
        *(x.for_person for x in (*decision.granted, *decision.refused)),
        *case.subjects,
    }
    return _children(case, day, ids)


def _decisions_about(case: Case) -> Iterator[tuple[int, dt.date, dt.date | None, str]]:
    """Each decision about a child: its index, day, the child's previous decision's day, child."""
    previous: dict[str, dt.date] = {}
    for i, event in case.events(DecisionMade):
        assert isinstance(event, DecisionMade)  # noqa: S101 - selected by type above
        day = event.at.date()
        for child in _about_children(case, event):
            yield i, day, previous.get(child), child
            previous[child] = day


def _not_heard(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    states = {s.event: s for s in case.state.investigations}
    for i, event in case.events(InvestigationConcluded):
        day = event.at.date()
        opened = next(
            (s for s in states.values() if s.concluded_at == event.at and s.concerns_child), None
        )
        if opened is None:
            continue
        start = opened.opened_at.date()
        for child in _children(case, day, set(case.subjects)):
            if not any(
                v.step is ParticipationStep.INVESTIGATION
                and v.accounted_for
                and start <= v.on <= day
                for v in _voices(case, child, on)
            ):
                yield hit(
                    f"$.history[{i}]",
                    child,
                    child=child,
                    step=ParticipationStep.INVESTIGATION,
                    on=day,
                )
    heard_in = (ParticipationStep.INVESTIGATION, ParticipationStep.DECISION)
    for i, day, previous, child in _decisions_about(case):
        if not any(
            v.step in heard_in
            and v.accounted_for
            and (previous is None or previous <= v.on)
            and v.on <= day
            for v in _voices(case, child, on)
        ):
            yield hit(
                f"$.history[{i}]", child, child=child, step=ParticipationStep.DECISION, on=day
            )


def _not_explained(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for i, day, _previous, child in _decisions_about(case):
        if day >= on:
            continue  # the day of the decision is the day to explain it
        if not any(
            v.step is ParticipationStep.DECISION
            and v.on >= day
            and ((v.informed_on is not None and v.informed_on >= day) or v.not_informed is not None)
            for v in _voices(case, child, on)
        ):
            yield hit(f"$.history[{i}]", child, child=child, on=day)


def _talk_outside_investigation(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    investigations = case.state.investigations
    for k, talk in enumerate(case.conversations):
        # The rule is the old act's: it judges the talks held under it, whenever read.
        if talk.on > min(on, _SE_UNTIL) or talk.kind is not ConversationKind.CHILD_TALK:
            continue
        if talk.custodian_consent is not False or talk.child_consented:
            continue
        open_then = any(
            s.concerns_child
            and s.opened_at.date() <= talk.on
            and (s.concluded_at is None or talk.on <= s.concluded_at.date())
            for s in investigations
        )
        if not open_then:
            for child in _children(case, talk.on, set(talk.persons)):
                yield hit(f"$.conversations[{k}]", child, conversation_id=talk.id, on=talk.on)


_NOT_HEARD_MESSAGE = Labels(
    sv="Barnet {child} har inte hörts ({step}, {on}), och skälet till det är inte dokumenterat.",
    nb="Barnet {child} har ikke fått medvirke ({step}, {on}), og grunnen er ikke dokumentert.",
    en="Child {child} was not heard ({step}, {on}), and no reason is recorded.",
)
_NOT_HEARD = (
    (
        "an investigation concerning a child concluded, or a decision about a child (whose "
        "needs motivate it, for whom it decides, or who is a subject of the case) made"
    ),
    (
        "the case holds no record of the child's voice (ChildVoice) at the investigation "
        "(for a concluded investigation, dated while it was open) or at the investigation or the "
        "decision (for a decision, dated since the child's previous decision) that says the child "
        "was heard, or why not (age and maturity, refused, not reachable, a documented risk)"
    ),
    (
        "the child is given information and the chance to express their views, and the "
        "record shows how the views were heard and what weight they were given, or why the child "
        "was not heard; a child may decline, which is recorded as the reason"
    ),
)
_NOT_EXPLAINED_MESSAGE = Labels(
    sv="Beslutet den {on} har inte förklarats för barnet {child}, och skälet till det är inte "
    "dokumenterat.",
    nb="Vedtaket {on} er ikke forklart for barnet {child}, og grunnen er ikke dokumentert.",
    en="The decision of {on} has not been explained to child {child}, and no reason is recorded.",
)
_NOT_EXPLAINED = (
    ("a decision about a child, on a later day than the decision"),
    (
        "no record of the child's voice at the decision step, dated on or after the "
        "decision, says that the child was informed of it on or after its day, or why not"
    ),
    (
        "the decision is explained to the child in a way adapted to their age and "
        "maturity, or the record says why it was not"
    ),
)


_Version = tuple[LegalReference, dt.date | None, dt.date | None]


def _cited_by_day(check: Check, references: tuple[_Version, ...]) -> Check:
    """``check``, each hit citing the act in force on its event's day (its ``on`` value).

    The version in force on the evaluation day runs; a decision made under the old act is still
    judged, and cited, by the old act when the case is read later.
    """

    def cited(case: Case, on: dt.date, context: RuleContext) -> Iterator[Hit]:
        for found in check(case, on, context):
            day = dict(found.values).get("on")
            if not isinstance(day, dt.date):
                yield found
                continue
            reference = next(
                (
                    r
                    for r, start, end in references
                    if (start is None or start <= day) and (end is None or day <= end)
                ),
                None,
            )
            yield evolve(found, reference=reference)

    return cited


def _versions(
    rule_id: str,
    *,
    jurisdiction: Jurisdiction,
    check: Check,
    message: Labels,
    text: tuple[str, str, str],
    references: tuple[_Version, ...],
    also: tuple[LegalReference, ...],
) -> tuple[Rule, ...]:
    check = _cited_by_day(check, references)
    return tuple(
        Rule(
            id=rule_id,
            jurisdiction=jurisdiction,
            severity=Severity.WARNING,
            reference=reference,
            also=also,
            message=message,
            check=check,
            valid_from=valid_from,
            valid_to=valid_to,
            given=text[0],
            when=text[1],
            then=text[2],
        )
        for reference, valid_from, valid_to in references
    )


_SE_UNTIL = _day_before(SE_NEW_ACT_FROM)
_NO_UNTIL = _day_before(NO_NEW_ACT_FROM)

_TALK_RULE = Rule(
    id="SE-CHILD-TALK-WITHOUT-CONSENT-OUTSIDE-INVESTIGATION",
    jurisdiction=Jurisdiction.SE,
    severity=Severity.WARNING,
    reference=_SOL_OLD_TALK,
    message=Labels(
        sv="Samtalet {conversation_id} med barnet den {on} hölls utan vårdnadshavarnas "
        "samtycke, men ingen utredning om barnet var inledd.",
        nb="Samtalen {conversation_id} med barnet {on} ble holdt uten foreldrenes samtykke, "
        "men ingen undersøkelse av barnet var åpnet.",
        en="Talk {conversation_id} with the child on {on} was held without the custodians' "
        "consent, but no investigation of the child was open.",
    ),
    given="a talk with a child recorded as held without the custodians' consent, held by 30 "
    "June 2025 (under SoL 2001:453; a later talk is not judged by this rule)",
    when="no investigation concerning the child was open on its day (a pre-assessment is not "
    "one), and the talk does not record that the child, mature enough to decide alone, agreed",
    then="social services may talk with a child without the custodians' consent only in an "
    "opened investigation (JO 3891-2014); before that the custodians consent, or a child mature "
    "enough decides alone",
    check=_talk_outside_investigation,
)

VOICE_RULES = RuleSet(
    rules=(
        *_versions(
            "SE-CHILD-NOT-HEARD",
            jurisdiction=Jurisdiction.SE,
            check=_not_heard,
            message=_NOT_HEARD_MESSAGE,
            text=_NOT_HEARD,
            references=((_SOL_OLD, None, _SE_UNTIL), (_SOL_NEW, SE_NEW_ACT_FROM, None)),
            also=(CONVENTION_SE,),
        ),
        *_versions(
            "SE-DECISION-NOT-EXPLAINED-TO-CHILD",
            jurisdiction=Jurisdiction.SE,
            check=_not_explained,
            message=_NOT_EXPLAINED_MESSAGE,
            text=_NOT_EXPLAINED,
            references=((_SOL_OLD_INFORMATION, None, _SE_UNTIL), (_SOL_NEW, SE_NEW_ACT_FROM, None)),
            also=(CONVENTION_SE,),
        ),
        _TALK_RULE,
        *_versions(
            "NO-CHILD-NOT-HEARD",
            jurisdiction=Jurisdiction.NO,
            check=_not_heard,
            message=_NOT_HEARD_MESSAGE,
            text=_NOT_HEARD,
            references=((_BVL_OLD, None, _NO_UNTIL), (_BVL_NEW, NO_NEW_ACT_FROM, None)),
            also=(_CONVENTION_NO,),
        ),
        *_versions(
            "NO-DECISION-NOT-EXPLAINED-TO-CHILD",
            jurisdiction=Jurisdiction.NO,
            check=_not_explained,
            message=_NOT_EXPLAINED_MESSAGE,
            text=_NOT_EXPLAINED,
            references=((_BVL_OLD, None, _NO_UNTIL), (_BVL_NEW, NO_NEW_ACT_FROM, None)),
            also=(_CONVENTION_NO,),
        ),
    )
)
"""The rules on the child's voice, Swedish and Norwegian, each in a version per act."""
