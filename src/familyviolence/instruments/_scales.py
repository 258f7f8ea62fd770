"""Response scales of assessment instruments: what an answer to an item can be.

A scale is a value (:class:`ResponseScale`), not a string scattered in code: it knows which
:class:`Response` codes it accepts, what each scores, and whether an item on it is rated for two
time frames or for relevance. *Omitted* (the information is missing) is a response on every
scale and is never the same as *absent* or *no*.
"""

from __future__ import annotations

from familyviolence.vocabulary import LabelledEnum

__all__ = ["Relevance", "Response", "ResponseScale", "RiskLevel"]


class Response(LabelledEnum):
    """A response to an item. Which responses an item accepts depends on its scale.

    ``OMITTED`` means the information is missing; it is accepted on every scale, it scores
    nothing, and an instrument tolerates only so many omitted items before its result is
    invalid. It is never the same as ``NO`` or ``ABSENT``.
    """

    YES = "yes", "ja", "ja", "yes"
    NO = "no", "nej", "nei", "no"
    DONT_KNOW = "dont_know", "vet inte", "vet ikke", "don't know"
    ABSENT = "absent", "0 – inte närvarande", "0 – ikke til stede", "0 – absent"
    PARTIAL = (
        "partial",
        "1 – delvis eller möjligen närvarande",
        "1 – delvis eller muligens til stede",
        "1 – partially or possibly present",
    )
    PRESENT = "present", "2 – närvarande", "2 – til stede", "2 – present"
    OMITTED = (
        "omitted",
        "utelämnad (uppgift saknas)",
        "utelatt (opplysninger mangler)",
        "omitted (information missing)",
    )

    @property
    def score(self) -> int | None:
        """Points the response scores: 1 for yes, 0, 1 or 2 for presence; ``None`` if omitted."""
        return _SCORES[self]


_SCORES = {
    Response.YES: 1,
    Response.NO: 0,
    Response.DONT_KNOW: 0,
    Response.ABSENT: 0,
    Response.PARTIAL: 1,
    Response.PRESENT: 2,
    Response.OMITTED: None,
}


class ResponseScale(LabelledEnum):
    """How an item is answered: the responses it accepts and what it rates.

    Items on a ``PRESENCE_RECENT_AND_PAST`` scale are rated twice: for the recent (current) period
    in :attr:`Answer.value <familyviolence.instruments.Answer.value>` and for the past (lifetime) in
    :attr:`Answer.past <familyviolence.instruments.Answer.past>`. Items on a ``…_RELEVANCE`` scale
    may also be rated for their relevance to the risk.
    """

    YES_NO = "yes_no", "ja / nej", "ja / nei", "yes / no"
    YES_NO_DONT_KNOW = (
        "yes_no_dont_know",
        "ja / nej / vet inte",
        "ja / nei / vet ikke",
        "yes / no / don't know",
    )
    PRESENCE = (
        "presence",
        "0 inte närvarande / 1 delvis / 2 närvarande",
        "0 ikke til stede / 1 delvis / 2 til stede",
        "0 absent / 1 partially present / 2 present",
    )
    PRESENCE_RECENT_AND_PAST = (
        "presence_recent_and_past",
        "närvaro nu och tidigare (0 / 1 / 2)",
        "til stede nå og tidligere (0 / 1 / 2)",
        "presence, recent and past (0 / 1 / 2)",
    )
    PRESENCE_RECENT_AND_PAST_RELEVANCE = (
        "presence_recent_and_past_relevance",
        "närvaro nu och tidigare (0 / 1 / 2) och relevans (låg / måttlig / hög)",
        "til stede nå og tidligere (0 / 1 / 2) og relevans (lav / moderat / høy)",
        "presence, recent and past (0 / 1 / 2), and relevance (low / moderate / high)",
    )

    @property
    def responses(self) -> tuple[Response, ...]:
        """The responses an answer may give, in order, ``OMITTED`` last."""
        return _RESPONSES[self]

    def accepts(self, response: Response) -> bool:
        """Whether ``response`` is on the scale (``OMITTED`` always is)."""
        return response in _ACCEPTED[self]

    @property
    def two_time_frames(self) -> bool:
        """Whether items are rated for the recent and for the past period."""
        return self in _TWO_TIME_FRAMES

    @property
    def rates_relevance(self) -> bool:
        """Whether items may also be rated for relevance (low / moderate / high)."""
        return self is ResponseScale.PRESENCE_RECENT_AND_PAST_RELEVANCE

    @property
    def max_score(self) -> int:
        """The highest score a response on the scale can give (of the recent rating)."""
        return max(_SCORES[r] or 0 for r in _RESPONSES[self])


_YES_NO = (Response.YES, Response.NO)
_PRESENCE = (Response.ABSENT, Response.PARTIAL, Response.PRESENT)
_RESPONSES = {
    ResponseScale.YES_NO: (*_YES_NO, Response.OMITTED),
    ResponseScale.YES_NO_DONT_KNOW: (*_YES_NO, Response.DONT_KNOW, Response.OMITTED),
    ResponseScale.PRESENCE: (*_PRESENCE, Response.OMITTED),
    ResponseScale.PRESENCE_RECENT_AND_PAST: (*_PRESENCE, Response.OMITTED),
    ResponseScale.PRESENCE_RECENT_AND_PAST_RELEVANCE: (*_PRESENCE, Response.OMITTED),
}
# Membership is tested for every answer of every assessment: sets built once.
_ACCEPTED = {scale: frozenset(responses) for scale, responses in _RESPONSES.items()}
_TWO_TIME_FRAMES = frozenset(
    {ResponseScale.PRESENCE_RECENT_AND_PAST, ResponseScale.PRESENCE_RECENT_AND_PAST_RELEVANCE}
)


class RiskLevel(LabelledEnum):
    """A summary judgement's level (case priority, serious harm, imminence, …), in order."""

    LOW = "low", "låg", "lav", "low"
    MODERATE = "moderate", "måttlig", "moderat", "moderate"
    HIGH = "high", "hög", "høy", "high"

    @property
    def rank(self) -> int:
        """0 for low, 1 for moderate, 2 for high: for comparing levels."""
        return _RANKS[self]


_RANKS = {RiskLevel.LOW: 0, RiskLevel.MODERATE: 1, RiskLevel.HIGH: 2}


class Relevance(LabelledEnum):
    """How relevant a present factor is to the risk, where an instrument rates it."""

    LOW = "low", "låg", "lav", "low"
    MODERATE = "moderate", "måttlig", "moderat", "moderate"
    HIGH = "high", "hög", "høy", "high"
