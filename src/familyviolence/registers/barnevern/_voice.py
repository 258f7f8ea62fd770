"""The child's participation in an investigation, read from the case's records of the child's voice.

The register takes one participation per investigation (BarnetsMedvirkning) in six codes; the
case may hold several records of the child's voice, with reasons the register has no codes for.
:func:`recorded_participation` chooses: of the records at the investigation step dated while the
investigation was open, the first in which the child was heard gives its category and day; if
the child was heard in none, the first that says why not gives "did not want to" (refused) or
"not given the chance" (every other reason). Pass it as the export's ``participation``.
"""

from __future__ import annotations

import datetime as dt

from familyviolence.cases import Case
from familyviolence.registers.barnevern._agency import ChildParticipation
from familyviolence.registers.barnevern._outcomes import ParticipationKind
from familyviolence.voice import HeardThrough, NotHeardReason, ParticipationStep

__all__ = ["recorded_participation"]

_HEARD = {
    HeardThrough.CONVERSATION: ParticipationKind.CONVERSATION,
    HeardThrough.REPRESENTATIVE: ParticipationKind.REPRESENTATIVE,
    HeardThrough.OBSERVATION: ParticipationKind.OBSERVATION,
    HeardThrough.OTHER_EXPRESSION: ParticipationKind.OTHER_EXPRESSION,
}


def recorded_participation(case: Case, child: str, opened_at: int) -> ChildParticipation | None:
    """The child's participation in the investigation opened at ``history[opened_at]``, if any.

    >>> from familyviolence.registers.barnevern import Participation
    >>> check: Participation = recorded_participation
    """
    investigation = next((s for s in case.state.investigations if s.event == opened_at), None)
    if investigation is None:
        return None
    start = investigation.opened_at.date()
    end = investigation.concluded_at.date() if investigation.concluded_at else dt.date.max
    voices = sorted(
        (
            v
            for v in case.voices
            if v.child == child
            and v.step is ParticipationStep.INVESTIGATION
            and start <= v.on <= end
        ),
        key=lambda v: v.on,
    )
    for voice in voices:
        if voice.heard_through is not None:
            return ChildParticipation(on=voice.on, kind=_HEARD[voice.heard_through])
    for voice in voices:
        if voice.not_heard is not None:
            kind = (
                ParticipationKind.DID_NOT_WANT_TO
                if voice.not_heard is NotHeardReason.REFUSED
                else ParticipationKind.NOT_GIVEN_THE_CHANCE
            )
            return ChildParticipation(on=voice.on, kind=kind)
    return None
