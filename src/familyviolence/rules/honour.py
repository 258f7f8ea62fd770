"""Safeguards where honour-related violence and oppression is recorded, as practice rules.

Where a case holds an :class:`~familyviolence.honour.HonourMarker`, ordinary routines can put the
person at risk in danger: the violence is exercised by a collective, and what reaches one member
of it reaches all. So: no family mediation or joint meeting with the perpetrators; no consent
asked of a perpetrator (a custodian among them included) and nothing told them of the person's
whereabouts; protected personal data considered; and PATRIARK, the instrument made for
honour-based violence, used where a structured risk assessment is due. These are practice
rules (the guidance read does not state them as law); Sweden's crime of honour oppression
(BrB 4 kap. 4 e §) and the other offences are listed in :data:`familyviolence.honour.HONOUR_LAW`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from familyviolence import _case_facts as facts
from familyviolence.cases import Case
from familyviolence.conversations import Conversation, ConversationKind
from familyviolence.honour import HonourMarker
from familyviolence.rules import Hit, RuleContext, RuleSet, Severity, hit, rule
from familyviolence.rules.practice import GOOD_PRACTICE
from familyviolence.safety import AddressProtectionMeasure
from familyviolence.vocabulary import Labels

__all__ = ["HONOUR_RULES", "PATRIARK"]

PATRIARK = "patriark"
"""The instrument id of PATRIARK in the library's catalogue."""

_FAMILY_MEETINGS = frozenset({ConversationKind.JOINT_MEETING, ConversationKind.FAMILY_MEDIATION})


def _markers(case: Case, on: dt.date) -> Iterator[tuple[int, HonourMarker]]:
    """The honour markers recorded by ``on``, with their index."""
    for m, marker in enumerate(case.honour_markers):
        if marker.recorded_on <= on:
            yield m, marker


def _perpetrators_present(marker: HonourMarker, talk: Conversation) -> list[str]:
    """The perpetrators the marker names who took part in ``talk``, its interpreter among them.

    A relative who interprets hears everything said, so one named by the marker is present.
    """
    interpreter = talk.interpreter.person if talk.interpreter is not None else None
    return [p for p in marker.perpetrators if p in talk.persons or p == interpreter]


@rule(
    id="PRACTICE-HONOUR-JOINT-MEETING",
    severity=Severity.ERROR,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Samtalet {conversation_id} den {on} samlade den hedersutsatta personen och "
        "förövare i familjen, eller var familjemedling.",
        nb="Samtalen {conversation_id} {on} samlet den utsatte og utøvere i familien, eller "
        "var familiemekling.",
        en="Conversation {conversation_id} of {on} brought the person at risk together with "
        "perpetrators of the family, or was family mediation.",
    ),
    given="an honour marker, and a conversation held while it is in force",
    when="the person at risk and a perpetrator named by the marker both take part (the "
    "perpetrator as interpreter among them), or it is a "
    "joint family meeting or family mediation with the person at risk",
    then="no family mediation and no joint meeting with the perpetrators: the person at risk is "
    "met alone, and the family's pressure is never brought into the room",
)
def _joint_meeting(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for _m, marker in _markers(case, on):
        for k, talk in enumerate(case.conversations):
            if talk.on > on or not marker.in_force(on=talk.on):
                continue
            if marker.person not in talk.persons:
                continue
            present = _perpetrators_present(marker, talk)
            if present or talk.kind in _FAMILY_MEETINGS:
                yield hit(
                    f"$.conversations[{k}]",
                    marker.person,
                    *present,
                    conversation_id=talk.id,
                    on=talk.on,
                )


@rule(
    id="PRACTICE-HONOUR-PERPETRATOR-CONSENT",
    severity=Severity.ERROR,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Samtycke {consent_id} om den hedersutsatta personen gavs av en förövare som "
        "markeringen pekar ut.",
        nb="Samtykke {consent_id} om den utsatte ble gitt av en utøver som markeringen peker ut.",
        en="Consent {consent_id} about the person at risk was given by a perpetrator the "
        "honour marker names.",
    ),
    given="an honour marker, and a consent about the person at risk in force on some day while "
    "the marker is (given before it was set or after)",
    when="someone who gave the consent is a perpetrator named by the marker (a custodian among "
    "them included)",
    then="a custodian in the perpetrator group is never asked for consent: another ground "
    "for the measure or the disclosure is found, or the young person's own consent where "
    "mature enough",
)
def _perpetrator_consent(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for _m, marker in _markers(case, on):
        for c, consent in enumerate(case.consents):
            if consent.person != marker.person:
                continue
            # A consent given before the marker was set still lends the perpetrator a say
            # while it holds: what counts is that both were in force on one day.
            both = max(consent.given_on, marker.recorded_on)
            if both > on or not (consent.in_force(on=both) and marker.in_force(on=both)):
                continue
            givers = [p for p in consent.given_by if p in marker.perpetrators]
            if givers:
                yield hit(f"$.consents[{c}]", marker.person, *givers, consent_id=consent.id)


@rule(
    id="PRACTICE-HONOUR-WHEREABOUTS-TOLD",
    severity=Severity.ERROR,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="I samtalet {conversation_id} den {on} fick en förövare veta var den "
        "hedersutsatta personen bor eller vistas.",
        nb="I samtalen {conversation_id} {on} fikk en utøver vite hvor den utsatte bor eller "
        "oppholder seg.",
        en="In conversation {conversation_id} of {on}, a perpetrator was told where the person "
        "at risk lives or stays.",
    ),
    given="an honour marker, and a conversation with a perpetrator it names (taking part or "
    "interpreting)",
    when="the conversation records that the whereabouts of the person at risk were told",
    then="a custodian or other perpetrator in the group is never informed of the young "
    "person's whereabouts",
)
def _whereabouts_told(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for _m, marker in _markers(case, on):
        for k, talk in enumerate(case.conversations):
            if talk.on > on or not marker.in_force(on=talk.on):
                continue
            present = _perpetrators_present(marker, talk)
            if present and marker.person in talk.whereabouts_shared:
                yield hit(
                    f"$.conversations[{k}]",
                    marker.person,
                    *present,
                    conversation_id=talk.id,
                    on=talk.on,
                )


@rule(
    id="PRACTICE-HONOUR-PROTECTED-IDENTITY-NOT-CONSIDERED",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="Skyddade personuppgifter för den hedersutsatta personen har inte övervägts "
        "(markering {marker_id}).",
        nb="Adressebeskyttelse for den utsatte er ikke vurdert (markering {marker_id}).",
        en="Protected personal data for the person at risk has not been considered "
        "(marker {marker_id}).",
    ),
    given="an honour marker in force",
    when="the person at risk has no address protection, no measure of address protection is "
    "recorded for them, and the marker does not record that it was considered",
    then="protected personal data (skyddade personuppgifter; adressebeskyttelse) is considered "
    "for the person at risk, and the consideration recorded",
)
def _identity_not_considered(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for m, marker in _markers(case, on):
        if not marker.in_force(on=on):
            continue
        considered = marker.protected_identity_considered_on
        if considered is not None and considered <= on:
            continue
        if case.family.person(marker.person).protected_identity:
            continue
        if any(
            isinstance(measure, AddressProtectionMeasure) and measure.person == marker.person
            for measure in case.protective_measures
        ):
            continue
        yield hit(f"$.honour_markers[{m}]", marker.person, marker_id=marker.id)


def _assessment_due(case: Case, marker: HonourMarker, on: dt.date) -> bool:
    """Whether a structured risk assessment was called for since the marker was set.

    An assessment of the person at risk or of a perpetrator made since, a safety plan for the
    person or a referral of them to a risk conference shows that one was.
    """
    since = marker.recorded_on
    persons = {marker.person, *marker.perpetrators}
    return (
        any(
            a.subject in persons and since <= a.assessed_on <= on
            for _, a in facts.known_assessments(case, on)
        )
        or any(p.person == marker.person and since <= p.made_on <= on for p in case.safety_plans)
        or any(c.victim == marker.person and since <= c.referred_on <= on for c in case.conferences)
    )


@rule(
    id="PRACTICE-HONOUR-PATRIARK-EXPECTED",
    severity=Severity.WARNING,
    reference=GOOD_PRACTICE,
    message=Labels(
        sv="En strukturerad riskbedömning behövs i ett hedersärende (markering {marker_id}), "
        "men ingen bedömning med PATRIARK är gjord.",
        nb="En strukturert risikovurdering trengs i en æressak (markering {marker_id}), men "
        "ingen vurdering med PATRIARK er gjort.",
        en="A structured risk assessment is due in an honour case (marker {marker_id}), but "
        "none was made with PATRIARK.",
    ),
    given="an honour marker in force",
    when="since it was set, a structured assessment of the person at risk or of a perpetrator "
    "was made, a safety plan made for the person or a risk conference referral made for them "
    "(so a structured risk assessment is due), and no PATRIARK assessment of them or a "
    "perpetrator is recorded",
    then="the risk of honour-based violence is assessed with PATRIARK, which weighs several "
    "perpetrators and the collective, beside or instead of instruments made for partner "
    "violence",
)
def _patriark_expected(case: Case, on: dt.date, _: RuleContext) -> Iterator[Hit]:
    for m, marker in _markers(case, on):
        if not marker.in_force(on=on) or not _assessment_due(case, marker, on):
            continue
        persons = {marker.person, *marker.perpetrators}
        if not any(
            a.instrument == PATRIARK and a.subject in persons
            for _, a in facts.known_assessments(case, on)
        ):
            yield hit(f"$.honour_markers[{m}]", marker.person, marker_id=marker.id)


HONOUR_RULES = RuleSet(
    rules=(
        _joint_meeting,
        _perpetrator_consent,
        _whereabouts_told,
        _identity_not_considered,
        _patriark_expected,
    )
)
"""The safeguards where honour-related violence and oppression is recorded (practice rules)."""
