"""What the register asks about that a case holds as a sequence of events, named as vocabulary.

The register wants a report's conclusion, an investigation's conclusion and a decision's status
as codes. A case records them as events (a review, a decision, a closing); these vocabularies
name what the export reads off those events, so that the mapping tables can map them to codes
like any other vocabulary. :class:`ParticipationKind` is the child's participation in an
investigation, which the case model does not record yet (see
:class:`~familyviolence.registers.barnevern.ChildParticipation`).
"""

from __future__ import annotations

from familyviolence._labelled import LabelledEnum

__all__ = ["DecisionStatus", "InvestigationOutcome", "ParticipationKind", "ReportOutcome"]


class ReportOutcome(LabelledEnum):
    """How a report of concern was concluded, as read off the case's history."""

    INVESTIGATE = (
        "investigate",
        "utredning inleds",
        "undersøkelse startes",
        "the review decided to investigate",
    )
    JOINED_INVESTIGATION = (
        "joined_investigation",
        "anmälan i pågående utredning",
        "melding i pågående undersøkelse",
        "received while an investigation was open, and joined it",
    )
    CLOSED = (
        "closed",
        "lagd utan utredning",
        "henlagt",
        "closed without an investigation (by the review, or by closing the case)",
    )


class InvestigationOutcome(LabelledEnum):
    """How an investigation ended, as read off what followed it in the case's history."""

    MEASURES_DECIDED = (
        "measures_decided",
        "beslut om insatser",
        "vedtak om tiltak",
        "a decision granted measures",
    )
    NO_MEASURES = (
        "no_measures",
        "avslutad utan insatser",
        "henlagt etter barneverntjenestens vurdering",
        "ended without measures: a decision refused them, or the case closed without",
    )
    DECLINED = (
        "declined",
        "den enskilde tackade nej",
        "henlagt etter partens ønske",
        "the case closed because the family declined measures",
    )
    MOVED = "moved", "flyttat", "flyttet", "the case closed because the child moved"
    TRANSFERRED = (
        "transferred",
        "överflyttat till annan kommun",
        "overført til annen kommune",
        "the case closed because it was transferred to another municipality",
    )
    OTHER = (
        "other",
        "annat skäl",
        "annen grunn",
        "the case closed for another reason, or the reason is not recorded",
    )


class DecisionStatus(LabelledEnum):
    """Where a decision stands: granted, refused, or every measure it granted has ended."""

    GRANTED = "granted", "beviljat", "innvilget", "granted at least one measure"
    REFUSED = "refused", "avslaget", "avslått", "refused every measure applied for"
    ENDED = "ended", "avslutat", "avsluttet", "every measure it granted has ended"


class ParticipationKind(LabelledEnum):
    """How the child took part in an investigation, in the register's own categories."""

    CONVERSATION = (
        "conversation",
        "barnet deltog genom samtal",
        "barnet medvirket ved samtale",
        "the child took part in a conversation",
    )
    REPRESENTATIVE = (
        "representative",
        "barnet deltog genom företrädare",
        "barnet medvirket ved representant",
        "the child took part through a representative",
    )
    OBSERVATION = (
        "observation",
        "barnet deltog genom observation",
        "barnet medvirket ved observasjon",
        "the child took part through observation",
    )
    OTHER_EXPRESSION = (
        "other_expression",
        "barnet deltog på annat sätt",
        "barnet medvirket ved andre uttrykk",
        "the child took part through other means of expression",
    )
    NOT_GIVEN_THE_CHANCE = (
        "not_given_the_chance",
        "barnet fick inte möjlighet att delta",
        "barnet har ikke fått anledning til å medvirke",
        "the child was not given the chance to take part",
    )
    DID_NOT_WANT_TO = (
        "did_not_want_to",
        "barnet ville inte delta",
        "barnet ønsket ikke å medvirke",
        "the child did not want to take part",
    )
