"""Instrument definitions: what an instrument asks, how answers are coded, how a result is derived.

A definition is data, versioned by ``id`` and ``version``; an assessment names both, so an old
assessment stays interpretable after a revision. The library ships the *structure* of each
instrument with short labels of its own, never the official wording; users overlay their
licensed wording with a :class:`WordingOverlay`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from familyviolence._model import Model, evolve, model, public
from familyviolence._validators import (
    instance_of,
    non_blank,
    non_empty_id,
    non_negative,
    optional_non_blank,
    tuple_of,
)
from familyviolence.errors import InvalidModel
from familyviolence.instruments._levels import CommonRiskLevel, RiskMapping
from familyviolence.instruments._scales import Response, ResponseScale
from familyviolence.vocabulary import LabelledEnum, Labels, Language

__all__ = [
    "AllowedAnswers",
    "AssessmentTarget",
    "InstrumentDefinition",
    "InstrumentItem",
    "InstrumentKind",
    "InstrumentSection",
    "ItemWording",
    "ScoreBand",
    "ScoringMethod",
    "SeverityCalendar",
    "SummaryJudgement",
    "Wording",
    "WordingOverlay",
]


class InstrumentKind(LabelledEnum):
    """What kind of instrument a definition is; it decides what its result is."""

    ACTUARIAL = (
        "actuarial",
        "aktuariellt instrument",
        "aktuarielt instrument",
        "actuarial (score mapped to published bands)",
    )
    THRESHOLD_CHECKLIST = (
        "threshold_checklist",
        "checklista med gränsvärde",
        "sjekkliste med terskelverdi",
        "checklist with a threshold",
    )
    STRUCTURED_PROFESSIONAL_JUDGEMENT = (
        "structured_professional_judgement",
        "strukturerad professionell bedömning",
        "strukturert faglig vurdering",
        "structured professional judgement",
    )
    SCORED_INTERVIEW = (
        "scored_interview",
        "strukturerat samtal med poäng, utan gränsvärden",
        "strukturert samtale med poeng, uten grenseverdier",
        "structured interview with points and no cut-offs (the level is judged)",
    )
    SCREENING = "screening", "screeningfrågor", "screeningspørsmål", "screening questions"
    DESCRIPTION = (
        "description",
        "strukturerad beskrivning",
        "strukturert beskrivelse",
        "structured description",
    )

    @property
    def assesses_risk(self) -> bool:
        """Whether an assessment of this kind is a structured risk assessment.

        Screening questions and structured descriptions record answers; they say nothing of the
        level of risk.
        """
        return self in _RISK_KINDS


_RISK_KINDS = frozenset(
    {
        InstrumentKind.ACTUARIAL,
        InstrumentKind.THRESHOLD_CHECKLIST,
        InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT,
        InstrumentKind.SCORED_INTERVIEW,
    }
)


class AssessmentTarget(LabelledEnum):
    """Whom an instrument assesses, and from what information."""

    PERPETRATOR = (
        "perpetrator",
        "den som utövar våld (samtal och akter)",
        "den som utøver vold (samtaler og dokumenter)",
        "perpetrator (interviews and file review)",
    )
    PERPETRATOR_FILE = (
        "perpetrator_file",
        "den som utövar våld (polisens uppgifter)",
        "den som utøver vold (politiets opplysninger)",
        "perpetrator (police and criminal records)",
    )
    VICTIM_INTERVIEW = (
        "victim_interview",
        "samtal med den våldsutsatta",
        "samtale med den voldsutsatte",
        "interview with the victim",
    )
    HONOUR_CASE = (
        "honour_case",
        "den utsatta och gärningspersonerna vid hedersrelaterat våld",
        "den utsatte og utøverne ved æresrelatert vold",
        "victim and perpetrators in honour-based violence",
    )

    @property
    def of_perpetrator(self) -> bool:
        """Whether the subject of an assessment is the person who uses violence."""
        return self in (AssessmentTarget.PERPETRATOR, AssessmentTarget.PERPETRATOR_FILE)


class ScoringMethod(LabelledEnum):
    """How the result of an assessment is derived from its answers."""

    SUM = "sum", "summa av poäng", "sum av poeng", "sum of item scores"
    COUNT = "count", "antal ja-svar", "antall ja-svar", "count of yes answers"
    WEIGHTED_SUM = (
        "weighted_sum",
        "viktad summa (vikter från användaren)",
        "vektet sum (vekter fra brukeren)",
        "weighted sum (weights supplied by the user)",
    )
    JUDGEMENT = (
        "judgement",
        "bedömarens sammanfattande bedömningar",
        "vurdererens oppsummerende vurderinger",
        "the assessor's summary judgements",
    )
    NONE = "none", "ingen poäng", "ingen poeng", "no score (answers are recorded)"


# Which scoring rules each kind of instrument can have.
_RULES_OF_KIND = {
    InstrumentKind.ACTUARIAL: frozenset({ScoringMethod.SUM, ScoringMethod.WEIGHTED_SUM}),
    InstrumentKind.THRESHOLD_CHECKLIST: frozenset({ScoringMethod.COUNT}),
    InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT: frozenset({ScoringMethod.JUDGEMENT}),
    InstrumentKind.SCORED_INTERVIEW: frozenset({ScoringMethod.COUNT, ScoringMethod.SUM}),
    InstrumentKind.SCREENING: frozenset({ScoringMethod.NONE}),
    InstrumentKind.DESCRIPTION: frozenset({ScoringMethod.NONE}),
}
_BANDED_RULES = frozenset({ScoringMethod.SUM, ScoringMethod.COUNT, ScoringMethod.WEIGHTED_SUM})
_YES_RULES = frozenset({ScoringMethod.COUNT, ScoringMethod.WEIGHTED_SUM})
# Kinds whose result is, in the end, the assessor's judgement: they must ask for one.
_JUDGED_KINDS = frozenset(
    {InstrumentKind.STRUCTURED_PROFESSIONAL_JUDGEMENT, InstrumentKind.SCORED_INTERVIEW}
)


@model
class Wording(Model):
    """Licensed wording of an item supplied by the user, in one or more languages.

    Attributes:
        sv: Swedish wording, if supplied.
        nb: Norwegian bokmål wording, if supplied.
        en: English wording, if supplied.
    """

    sv: str | None = public(default=None, validator=optional_non_blank)
    nb: str | None = public(default=None, validator=optional_non_blank)
    en: str | None = public(default=None, validator=optional_non_blank)

    def __attrs_post_init__(self) -> None:
        if self.sv is None and self.nb is None and self.en is None:
            raise InvalidModel("Wording", "en", "at least one language must be given")

    def in_language(self, lang: Language | str = Language.SV) -> str | None:
        """The wording in ``lang``, or ``None`` if none was supplied in it."""
        text: str | None = getattr(self, Language(lang).value)
        return text


@model
class InstrumentSection(Model):
    """A part of an instrument (SARA's "criminal history", …) that groups items.

    Attributes:
        id: Stable id of the section within its definition.
        label: Short name of our own, in sv, nb and en.
    """

    id: str = public(validator=non_empty_id)
    label: Labels = public(validator=instance_of(Labels))


@model
class InstrumentItem(Model):
    """One item of an instrument: a question or a risk factor.

    Attributes:
        code: Stable code of the item within its definition (``"1"``, ``"N3"``); answers are
            keyed by it.
        section: Id of the section the item belongs to.
        scale: How the item is answered.
        label: A short paraphrase of the item's topic written for the library, in sv, nb and
            en: never the instrument's official wording.
        critical: Whether the instrument lets an assessor mark the item as critical.
        wording: The licensed wording, if the user has supplied it (see
            :class:`WordingOverlay`).
    """

    code: str = public(validator=non_empty_id)
    section: str = public(validator=non_empty_id)
    scale: ResponseScale = public(validator=instance_of(ResponseScale))
    label: Labels = public(validator=instance_of(Labels))
    critical: bool = public(default=False)
    wording: Wording | None = public(default=None)

    def text(self, lang: Language | str = Language.SV) -> str:
        """The wording supplied by the user in ``lang`` if there is one, else the label."""
        if self.wording is not None:
            supplied = self.wording.in_language(lang)
            if supplied is not None:
                return supplied
        return self.label.in_language(lang)


@model
class ScoreBand(Model):
    """A published band of scores (or counts) and what it means.

    Attributes:
        id: Stable id of the band within its definition (``"high"``, ``"category_5"``).
        label: Its name, in sv, nb and en.
        minimum: Lowest score in the band.
        maximum: Highest score in the band; ``None`` for an open top band.
        meaning: What a result in the band means, if the publisher says more than the label.
        reassault_percent: Share of the instrument's construction sample who assaulted a
            partner again, where published (ODARA).
        refers_to_conference: Whether a result in the band calls for referral to a multi-agency risk
            conference (the definition's ``referral_to``).
        uncertain: Whether the cut-offs are not confirmed from the publisher.
    """

    id: str = public(validator=non_empty_id)
    label: Labels = public(validator=instance_of(Labels))
    minimum: int = public(validator=instance_of(int))
    maximum: int | None = public(default=None)
    meaning: Labels | None = public(default=None)
    reassault_percent: int | None = public(default=None)
    refers_to_conference: bool = public(default=False)
    uncertain: bool = public(default=False)

    def __attrs_post_init__(self) -> None:
        if self.maximum is not None and self.maximum < self.minimum:
            raise InvalidModel("ScoreBand", "maximum", "must not be below minimum")
        percent = self.reassault_percent
        if percent is not None and not 0 <= percent <= 100:  # noqa: PLR2004 - a percentage
            raise InvalidModel("ScoreBand", "reassault_percent", "must be between 0 and 100")

    def contains(self, score: int) -> bool:
        """Whether ``score`` is in the band."""
        return self.minimum <= score and (self.maximum is None or score <= self.maximum)


@model
class SummaryJudgement(Model):
    """A summary judgement an instrument asks the assessor for, rated low, moderate or high.

    Attributes:
        id: Stable id (``"case_priority"``, ``"serious_harm"``, ``"imminence"``).
        label: Its name, in sv, nb and en.
        required: Whether an assessment must record it.
    """

    id: str = public(validator=non_empty_id)
    label: Labels = public(validator=instance_of(Labels))
    required: bool = public(default=True)


@model
class SeverityCalendar(Model):
    """A calendar of incidents, each rated for severity (the Danger Assessment's).

    Attributes:
        months: How many months before the assessment the calendar covers.
        levels: The severity levels, from 1 upwards, with short labels of our own.
    """

    months: int = public(default=12)
    levels: tuple[Labels, ...] = public(default=(), validator=tuple_of(Labels))

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.months, int) or self.months < 1:
            raise InvalidModel("SeverityCalendar", "months", "must be a positive integer")
        if not self.levels:
            raise InvalidModel("SeverityCalendar", "levels", "must list at least one level")


@model
class ItemWording(Model):
    """The wording of one item in a :class:`WordingOverlay`.

    Attributes:
        item: Code of the item.
        wording: Its wording, in the languages supplied.
    """

    item: str = public(validator=non_empty_id)
    wording: Wording = public(validator=instance_of(Wording))


@model
class WordingOverlay(Model):
    """Licensed wording for the items of one definition, supplied by the user.

    The library never ships an instrument's wording. A user who holds a licence keeps it in a file
    (see :func:`~familyviolence.instruments.load_wording`) or builds this object, and lays it over
    the structure with :meth:`InstrumentDefinition.with_wording`.

    Attributes:
        instrument: Id of the definition.
        version: Its version.
        items: Wording per item code, each item at most once.
    """

    instrument: str = public(validator=non_empty_id)
    version: str = public(validator=non_empty_id)
    items: tuple[ItemWording, ...] = public(validator=tuple_of(ItemWording))

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for i, entry in enumerate(self.items):
            if entry.item in seen:
                raise InvalidModel(
                    "WordingOverlay", f"items[{i}].item", f"item {entry.item!r} appears twice"
                )
            seen.add(entry.item)


Issue = tuple[str, str, str]
"""A broken invariant of a definition: field path, what was expected, what kind was found."""


def definition_issues(  # noqa: C901, PLR0912 - one pass over the parts, each check plain
    *,
    kind: InstrumentKind | None,
    scoring: ScoringMethod | None,
    sections: Sequence[InstrumentSection | None],
    items: Sequence[InstrumentItem | None],
    bands: Sequence[ScoreBand | None],
    judgements: Sequence[SummaryJudgement | None],
    items_supplied_by_user: bool,
    risk: RiskMapping | None = None,
) -> list[Issue]:
    """Every broken invariant of a definition's parts, in document order.

    Shared by :class:`InstrumentDefinition` (which raises the first) and the file loader (which
    reports them all). Parts that could not be read are ``None`` and are skipped.
    """
    issues: list[Issue] = []
    if kind is not None and scoring is not None and scoring not in _RULES_OF_KIND[kind]:
        rules = " or ".join(sorted(r.value for r in _RULES_OF_KIND[kind]))
        issues.append(("scoring", f"{rules} for a {kind.value} instrument", "another rule"))
    if not sections:
        issues.append(("sections", "at least one section", "none"))
    section_ids: set[str] = set()
    for i, section in enumerate(sections):
        if section is None:
            continue
        if section.id in section_ids:
            issues.append((f"sections[{i}].id", "a unique section id", "a duplicate"))
        section_ids.add(section.id)
    if not items and not items_supplied_by_user:
        issues.append(("items", "at least one item", "none"))
    codes: set[str] = set()
    for i, item in enumerate(items):
        if item is None:
            continue
        if item.code in codes:
            issues.append((f"items[{i}].code", "a unique item code", "a duplicate"))
        codes.add(item.code)
        if item.section not in section_ids:
            issues.append((f"items[{i}].section", "the id of a section", "an unknown id"))
        if scoring in _YES_RULES and not item.scale.accepts(Response.YES):
            issues.append((f"items[{i}].scale", "a scale with a yes response", "another scale"))
    if bands and scoring is not None and scoring not in _BANDED_RULES:
        issues.append(("bands", "no bands for this scoring rule", "bands"))
    if bands and kind is InstrumentKind.SCORED_INTERVIEW:
        issues.append(("bands", "no bands: a scored interview has no cut-offs", "bands"))
    issues += _band_issues(bands)
    read_items = [item for item in items if item is not None]
    read_bands = [band for band in bands if band is not None]
    # Coverage is only meaningful once every item and band could be read.
    if read_items and read_bands and len(read_items) + len(read_bands) == len(items) + len(bands):
        issues += _coverage_issues(scoring, read_items, read_bands)
    judgement_ids: set[str] = set()
    for i, judgement in enumerate(judgements):
        if judgement is None:
            continue
        if judgement.id in judgement_ids:
            issues.append((f"judgements[{i}].id", "a unique judgement id", "a duplicate"))
        judgement_ids.add(judgement.id)
    if kind in _JUDGED_KINDS and not judgements:
        issues.append(("judgements", "at least one summary judgement", "none"))
    if risk is not None:
        issues += _risk_issues(risk, bands, judgement_ids)
    return issues


def _risk_issues(
    risk: RiskMapping, bands: Sequence[ScoreBand | None], judgements: set[str]
) -> list[Issue]:
    """A mapping names only bands and judgements the definition has, and maps every band."""
    issues: list[Issue] = []
    band_ids = {band.id for band in bands if band is not None}
    mapped = set()
    for i, entry in enumerate(risk.bands):
        mapped.add(entry.band)
        if entry.band not in band_ids:
            issues.append((f"risk.bands[{i}].band", "the id of a band", "an unknown id"))
    for i, band in enumerate(bands):
        if band is not None and band.id not in mapped:
            issues.append((f"bands[{i}]", "a level in risk.bands", "a band without one"))
    for i, judgement in enumerate(risk.judgements):
        if judgement not in judgements:
            issues.append((f"risk.judgements[{i}]", "the id of a judgement", "an unknown id"))
    return issues


def _band_issues(bands: Sequence[ScoreBand | None]) -> list[Issue]:
    issues: list[Issue] = []
    ids: set[str] = set()
    previous: ScoreBand | None = None
    for i, band in enumerate(bands):
        if band is None:
            previous = None
            continue
        if band.id in ids:
            issues.append((f"bands[{i}].id", "a unique band id", "a duplicate"))
        ids.add(band.id)
        if previous is not None:
            if previous.maximum is None:
                issues.append((f"bands[{i - 1}].maximum", "a maximum below the next band", "none"))
            elif band.minimum != previous.maximum + 1:
                expected = "one more than the previous band's maximum"
                issues.append((f"bands[{i}].minimum", expected, "a gap or an overlap"))
        previous = band
    return issues


def _coverage_issues(
    scoring: ScoringMethod | None, items: Sequence[InstrumentItem], bands: Sequence[ScoreBand]
) -> list[Issue]:
    """Bands of a sum or a count must take in every score the items can give."""
    if scoring is ScoringMethod.SUM:
        highest = sum(item.scale.max_score for item in items)
    elif scoring is ScoringMethod.COUNT:
        highest = len(items)
    else:  # A weighted sum's range depends on the user's weights.
        return []
    issues: list[Issue] = []
    if bands[0].minimum > 0:
        issues.append(("bands[0].minimum", "0, the lowest possible score", "a higher minimum"))
    top = bands[-1].maximum
    if top is not None and top < highest:
        issues.append(
            (f"bands[{len(bands) - 1}].maximum", "the highest possible score", "a lower maximum")
        )
    return issues


class AllowedAnswers(NamedTuple):
    """What an answer to one item may hold: precomputed once per definition."""

    responses: tuple[Response, ...]
    two_time_frames: bool
    rates_relevance: bool
    scale: ResponseScale


class _Index:
    """Look-ups of one definition, built once and used for every assessment."""

    __slots__ = (
        "band_rank",
        "item",
        "item_position",
        "judgement",
        "required",
        "rules",
        "section_items",
    )

    def __init__(self, definition: InstrumentDefinition) -> None:
        self.item = {item.code: item for item in definition.items}
        # Plain tuples and booleans per item code: checking an answer then costs one dict
        # look-up and a membership test in a short tuple, instead of calls on the scale.
        self.rules = {
            item.code: AllowedAnswers(
                item.scale.responses,
                item.scale.two_time_frames,
                item.scale.rates_relevance,
                item.scale,
            )
            for item in definition.items
        }
        self.item_position = {item.code: i for i, item in enumerate(definition.items)}
        self.band_rank = {band.id: i for i, band in enumerate(definition.bands)}
        self.judgement = {j.id: j for j in definition.judgements}
        self.required = tuple(j.id for j in definition.judgements if j.required)
        self.section_items: dict[str, tuple[InstrumentItem, ...]] = {
            section.id: tuple(i for i in definition.items if i.section == section.id)
            for section in definition.sections
        }


@model
class InstrumentDefinition(Model):
    """One version of an assessment instrument, as data.

    Built only if consistent: section ids and item codes unique, every item in a section,
    a scoring rule that fits the kind, bands ascending without gaps or overlaps, and summary
    judgements for a structured professional judgement. A broken invariant raises
    :class:`~familyviolence.errors.InvalidModel`; a definition file with problems raises
    :class:`~familyviolence.errors.InvalidDocument` listing them all (see
    :func:`~familyviolence.instruments.load_definition`).

    Attributes:
        id: Stable id of the instrument (``"sara"``, ``"dash"``).
        version: The version (``"2"``, ``"2009"``); id and version identify a definition.
        name: The instrument's name.
        kind: Actuarial, threshold checklist, structured professional judgement, …
        target: Whom it assesses, from what information.
        scoring: How a result is derived from the answers.
        sections: Its parts, in order.
        items: Its items, in order.
        bands: Published bands of the score or count, ascending.
        judgements: The summary judgements it asks the assessor for.
        omissions_tolerated: How many items may be omitted (or unanswered) before a result is
            invalid.
        licence: The terms the instrument is published under.
        source: Citation of the instrument.
        wording_supplied_by_user: Whether the wording must come from the user's licensed copy.
        items_supplied_by_user: Whether the items themselves must come from the user (only
            the structure around them is known to the library).
        calendar: The severity calendar, for instruments that keep one.
        referral_to: The conference a referral band refers to (``"MARAC"``).
        notes: Facts about use and scoring that the structure does not show.
        uncertain: Facts in this definition that are not confirmed from the publisher.
        risk: How results map onto the common scale of risk (see :class:`RiskMapping
            <familyviolence.instruments.RiskMapping>`), with its source; ``None`` for an instrument
            that does not assess risk, or a user's definition that declares no mapping (a structured
            professional judgement then reads every summary judgement; a band has no level).
    """

    id: str = public(validator=non_empty_id)
    version: str = public(validator=non_empty_id)
    name: str = public(validator=non_blank)
    kind: InstrumentKind = public(validator=instance_of(InstrumentKind))
    target: AssessmentTarget = public(validator=instance_of(AssessmentTarget))
    scoring: ScoringMethod = public(validator=instance_of(ScoringMethod))
    sections: tuple[InstrumentSection, ...] = public(validator=tuple_of(InstrumentSection))
    items: tuple[InstrumentItem, ...] = public(validator=tuple_of(InstrumentItem))
    bands: tuple[ScoreBand, ...] = public(default=(), validator=tuple_of(ScoreBand))
    judgements: tuple[SummaryJudgement, ...] = public(
        default=(), validator=tuple_of(SummaryJudgement)
    )
    omissions_tolerated: int = public(default=0, validator=non_negative)
    licence: str = public(validator=non_blank)
    source: str = public(validator=non_blank)
    wording_supplied_by_user: bool = public(default=True)
    items_supplied_by_user: bool = public(default=False)
    calendar: SeverityCalendar | None = public(default=None)
    referral_to: str | None = public(default=None, validator=optional_non_blank)
    notes: tuple[str, ...] = public(default=(), validator=tuple_of(str))
    uncertain: tuple[str, ...] = public(default=(), validator=tuple_of(str))
    risk: RiskMapping | None = public(default=None)

    def __attrs_post_init__(self) -> None:
        if self.risk is not None and not isinstance(self.risk, RiskMapping):
            raise InvalidModel("InstrumentDefinition", "risk", "must be a RiskMapping or None")
        issues = definition_issues(
            kind=self.kind,
            scoring=self.scoring,
            sections=self.sections,
            items=self.items,
            bands=self.bands,
            judgements=self.judgements,
            items_supplied_by_user=self.items_supplied_by_user,
            risk=self.risk,
        )
        if issues:
            path, expected, found = issues[0]
            raise InvalidModel("InstrumentDefinition", path, f"expected {expected}, found {found}")

    @functools.cached_property
    def _index(self) -> _Index:
        return _Index(self)

    @property
    def key(self) -> tuple[str, str]:
        """``(id, version)``: what identifies the definition in a catalogue."""
        return (self.id, self.version)

    @property
    def allowed_answers(self) -> Mapping[str, AllowedAnswers]:
        """What an answer to each item may hold, keyed by item code (built once)."""
        return self._index.rules

    def has_item(self, code: str) -> bool:
        """Whether the definition has an item with ``code``."""
        return code in self._index.item

    def item(self, code: str) -> InstrumentItem:
        """The item with ``code``.

        Raises:
            KeyError: If the definition has no such item.
        """
        try:
            return self._index.item[code]
        except KeyError:
            msg = f"{self.id} version {self.version} has no item {code!r}"
            raise KeyError(msg) from None

    def items_in(self, section: str) -> tuple[InstrumentItem, ...]:
        """The items of a section, in order (empty for an unknown section)."""
        return self._index.section_items.get(section, ())

    def item_position(self, code: str) -> int:
        """The index of an item in :attr:`items`; for ordering answers the definition's way."""
        return self._index.item_position[code]

    def judgement(self, judgement_id: str) -> SummaryJudgement | None:
        """The summary judgement with ``judgement_id``, or ``None``."""
        return self._index.judgement.get(judgement_id)

    @property
    def required_judgements(self) -> tuple[str, ...]:
        """Ids of the summary judgements an assessment must record."""
        return self._index.required

    def band(self, band_id: str) -> ScoreBand | None:
        """The band with ``band_id``, or ``None``."""
        rank = self._index.band_rank.get(band_id)
        return None if rank is None else self.bands[rank]

    def band_rank(self, band_id: str) -> int | None:
        """The position of a band, 0 for the lowest; ``None`` if there is no such band."""
        return self._index.band_rank.get(band_id)

    def band_for(self, score: int) -> ScoreBand | None:
        """The band that contains ``score``, or ``None`` (no bands, or outside them)."""
        return next((b for b in self.bands if b.contains(score)), None)

    def level_of_band(self, band_id: str) -> CommonRiskLevel | None:
        """The common level of the band with ``band_id``; ``None`` if none is declared."""
        return None if self.risk is None else self.risk.level_of_band(band_id)

    @property
    def level_judgements(self) -> tuple[str, ...]:
        """Ids of the summary judgements whose levels give a result its common level.

        Those the mapping lists; without a mapping, every summary judgement of an instrument
        whose result is judged (so that a high conclusion is never left unread).
        """
        if self.risk is not None:
            return self.risk.judgements
        if self.kind in _JUDGED_KINDS:
            return tuple(j.id for j in self.judgements)
        return ()

    def score_range(self) -> tuple[int, int] | None:
        """Lowest and highest possible score or count; ``None`` if there is none.

        A structured professional judgement has no score, and a weighted sum's range depends on
        the user's weight table (see :meth:`WeightTable.score_range
        <familyviolence.instruments.WeightTable.score_range>`).
        """
        if self.scoring is ScoringMethod.SUM:
            return (0, sum(item.scale.max_score for item in self.items))
        if self.scoring is ScoringMethod.COUNT:
            return (0, len(self.items))
        return None

    def with_wording(self, overlay: WordingOverlay) -> InstrumentDefinition:
        """The definition with the user's licensed wording laid over its items.

        Items the overlay does not mention keep any wording they had.

        Raises:
            InvalidModel: If the overlay is for another definition or names an item the
                definition does not have (the error names the item code).
        """
        if (overlay.instrument, overlay.version) != self.key:
            raise InvalidModel(
                "WordingOverlay",
                "instrument",
                f"is for {overlay.instrument} version {overlay.version}, "
                f"not {self.id} version {self.version}",
            )
        wording: dict[str, Wording] = {}
        for i, entry in enumerate(overlay.items):
            if entry.item not in self._index.item:
                raise InvalidModel(
                    "WordingOverlay",
                    f"items[{i}].item",
                    f"item {entry.item!r} is not in {self.id} version {self.version}",
                )
            wording[entry.item] = entry.wording
        items = tuple(
            evolve(item, wording=wording[item.code]) if item.code in wording else item
            for item in self.items
        )
        return evolve(self, items=items)
