"""One meaning of risk: the common ordered scale, and how an instrument's results map onto it.

Instruments speak of risk in their own terms: ODARA in categories with a share who assaulted
again, the DASH in a count of "yes", SARA in the assessor's conclusions. The safety rules need
one answer to one question (is the risk high?), so every definition states, as data, which
level of the common scale (:class:`CommonRiskLevel`) each of its bands and conclusions means,
where the mapping comes from and whether it is confirmed (:class:`RiskMapping`). A user's own
definition declares its mapping the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from familyviolence._model import Model, model, public
from familyviolence._validators import (
    codes,
    instance_of,
    non_blank,
    non_empty_id,
    optional_non_blank,
    tuple_of,
)
from familyviolence.errors import InvalidModel
from familyviolence.instruments._scales import RiskLevel
from familyviolence.vocabulary import LabelledEnum

__all__ = ["BandLevel", "CommonRiskLevel", "RiskMapping"]


class CommonRiskLevel(LabelledEnum):
    """The common ordered scale every instrument's result maps onto, lowest first.

    ``HIGH`` and ``VERY_HIGH`` are high for safety purposes: what the safety rules call a high
    risk. Compare levels by :attr:`rank`, or with ``<`` and ``>`` on it.
    """

    LOW = "low", "låg risk", "lav risiko", "low risk"
    MODERATE = "moderate", "måttlig risk", "moderat risiko", "moderate risk"
    HIGH = "high", "hög risk", "høy risiko", "high risk"
    VERY_HIGH = "very_high", "mycket hög risk", "svært høy risiko", "very high risk"

    @property
    def rank(self) -> int:
        """0 for low, 1 for moderate, 2 for high, 3 for very high."""
        return _RANKS[self]

    @property
    def is_high(self) -> bool:
        """Whether the level is high for safety purposes (high or very high)."""
        return _RANKS[self] >= _RANKS[CommonRiskLevel.HIGH]

    @classmethod
    def of_judgement(cls, level: RiskLevel) -> CommonRiskLevel:
        """The common level of a summary judgement's low, moderate or high."""
        return _OF_JUDGEMENT[level]

    @staticmethod
    def highest(levels: Iterable[CommonRiskLevel | None]) -> CommonRiskLevel | None:
        """The highest of ``levels`` (``None`` among them is left out), or ``None``."""
        given = [level for level in levels if level is not None]
        return max(given, key=_RANKS.__getitem__) if given else None


_RANKS = {level: rank for rank, level in enumerate(CommonRiskLevel)}
_OF_JUDGEMENT = {
    RiskLevel.LOW: CommonRiskLevel.LOW,
    RiskLevel.MODERATE: CommonRiskLevel.MODERATE,
    RiskLevel.HIGH: CommonRiskLevel.HIGH,
}


@model
class BandLevel(Model):
    """The common level of one band of an instrument's score or count.

    Attributes:
        band: Id of the band in the definition.
        level: Its level on the common scale.
        verified: Whether a published source states this reading of the band (``False``: the
            library's own reading, to be checked).
    """

    band: str = public(validator=non_empty_id)
    level: CommonRiskLevel = public(validator=instance_of(CommonRiskLevel))
    verified: bool = public(default=False)


@model
class RiskMapping(Model):
    """How an instrument's results map onto the common scale, and on what authority.

    A result's level is the highest of: the level of its band (after any override), and the
    levels of the summary judgements listed in ``judgements`` (a judgement's low, moderate or
    high is the same level on the common scale). The highest, because each conclusion (case
    priority, serious harm, imminence …) names a danger of its own, and a low one never cancels
    a high one.

    Attributes:
        source: Where the mapping comes from: the publisher's cut-off, or the library's reading.
        bands: The level of each band; a definition with bands maps every one of them.
        judgements: Ids of the summary judgements that give a level, each once.
        judgements_verified: Whether a published source states that the listed judgements are
            the instrument's conclusions about risk, rated low, moderate and high.
        note: What a reader of the mapping must know, if anything.
    """

    source: str = public(validator=non_blank)
    bands: tuple[BandLevel, ...] = public(default=(), validator=tuple_of(BandLevel))
    judgements: tuple[str, ...] = public(default=(), validator=codes)
    judgements_verified: bool = public(default=False)
    note: str | None = public(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for i, entry in enumerate(self.bands):
            if entry.band in seen:
                raise InvalidModel("RiskMapping", f"bands[{i}].band", "maps a band twice")
            seen.add(entry.band)
        if not self.bands and not self.judgements:
            raise InvalidModel("RiskMapping", "bands", "map at least one band or judgement")

    def level_of_band(self, band: str) -> CommonRiskLevel | None:
        """The level of the band with id ``band``, or ``None`` if it is not mapped."""
        return next((entry.level for entry in self.bands if entry.band == band), None)

    @property
    def verified(self) -> bool:
        """Whether every part of the mapping rests on a published source."""
        bands = all(entry.verified for entry in self.bands)
        return bands and (self.judgements_verified or not self.judgements)
