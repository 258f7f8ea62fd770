"""Catalogues of instrument definitions, and the catalogue shipped with the library.

A catalogue is an immutable set of definitions keyed by id and version; it checks assessments
against the definition they name and derives their results. There is no global registry: the
shipped catalogue is built once on first use, and users build their own with
:meth:`InstrumentCatalogue.with_definitions`.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from familyviolence._model import Model, invalid, model, public
from familyviolence.errors import InvalidModel, UnknownInstrument
from familyviolence.instruments import _scoring as scoring
from familyviolence.instruments._assessments import Assessment, WeightTable
from familyviolence.instruments._definitions import InstrumentDefinition, WordingOverlay
from familyviolence.instruments._loading import shipped_definitions
from familyviolence.instruments._scoring import AssessmentResult

__all__ = ["InstrumentCatalogue", "default_catalogue"]


def _definitions(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise invalid(instance, attribute, "must be a tuple of InstrumentDefinition")
    seen: set[tuple[str, str]] = set()
    for i, definition in enumerate(value):
        if not isinstance(definition, InstrumentDefinition):
            raise InvalidModel(
                "InstrumentCatalogue", f"definitions[{i}]", "must be an InstrumentDefinition"
            )
        if definition.key in seen:
            raise InvalidModel(
                "InstrumentCatalogue",
                f"definitions[{i}]",
                f"{definition.id} version {definition.version} is defined twice",
            )
        seen.add(definition.key)


@model
class InstrumentCatalogue(Model):
    """A set of instrument definitions, each identified by id and version.

    >>> catalogue = default_catalogue()
    >>> catalogue.versions("sara")
    ('2', '3')
    >>> len(catalogue.definition("dash", "2009").items)
    24

    Attributes:
        definitions: The definitions, each id and version once.
    """

    definitions: tuple[InstrumentDefinition, ...] = public(validator=_definitions)

    @functools.cached_property
    def _by_key(self) -> dict[tuple[str, str], InstrumentDefinition]:
        return {definition.key: definition for definition in self.definitions}

    def definition(self, instrument: str, version: str) -> InstrumentDefinition:
        """The definition of ``instrument`` in ``version``.

        Raises:
            UnknownInstrument: If the catalogue has no such definition.
        """
        try:
            return self._by_key[(instrument, version)]
        except KeyError:
            raise UnknownInstrument(instrument, version) from None

    def instruments(self) -> tuple[str, ...]:
        """Ids of the instruments in the catalogue, in order, each once."""
        return tuple(dict.fromkeys(d.id for d in self.definitions))

    def versions(self, instrument: str) -> tuple[str, ...]:
        """The versions of ``instrument`` in the catalogue, in order (empty if none)."""
        return tuple(d.version for d in self.definitions if d.id == instrument)

    def definition_of(self, assessment: Assessment) -> InstrumentDefinition:
        """The definition an assessment names.

        Raises:
            UnknownInstrument: If the catalogue has no such definition.
        """
        return self.definition(assessment.instrument, assessment.version)

    def validate(self, assessment: Assessment) -> None:
        """Check that an assessment fits the definition it names.

        Raises:
            UnknownInstrument: If the catalogue has no such definition.
            InvalidModel: If it does not fit, naming the field and the item code.
        """
        scoring.validate(self.definition_of(assessment), assessment)

    def result(
        self, assessment: Assessment, *, weights: WeightTable | None = None
    ) -> AssessmentResult:
        """The result of an assessment, after checking it with :meth:`validate`.

        Args:
            assessment: The assessment.
            weights: Item weights for an instrument scored by a weighted sum (the Danger
                Assessment); without them its result reports no score, and says so.

        Raises:
            UnknownInstrument: If the catalogue has no such definition.
            InvalidModel: If the assessment or the weight table does not fit the definition.
        """
        return scoring.result_of(self.definition_of(assessment), assessment, weights)

    def research_total(self, assessment: Assessment) -> int:
        """The item-score total of a structured professional judgement, for research only.

        It is never the assessment's result, which is the assessor's summary judgements.

        Raises:
            UnknownInstrument: If the catalogue has no such definition.
            InvalidModel: If the assessment does not fit the definition.
            ValueError: If the instrument is not a structured professional judgement.
        """
        return scoring.research_total(self.definition_of(assessment), assessment)

    def with_definitions(self, *definitions: InstrumentDefinition) -> InstrumentCatalogue:
        """A catalogue with ``definitions`` added; each replaces one with its id and version."""
        added = {d.key: d for d in definitions}
        kept = tuple(d for d in self.definitions if d.key not in added)
        return InstrumentCatalogue(definitions=kept + tuple(added.values()))

    def with_wording(self, *overlays: WordingOverlay) -> InstrumentCatalogue:
        """A catalogue whose definitions carry the user's licensed wording.

        Raises:
            UnknownInstrument: If an overlay is for a definition the catalogue does not have.
            InvalidModel: If an overlay names an item its definition does not have.
        """
        worded = {d.key: d for d in self.definitions}
        for overlay in overlays:
            definition = self.definition(overlay.instrument, overlay.version)
            worded[definition.key] = worded[definition.key].with_wording(overlay)
        return InstrumentCatalogue(definitions=tuple(worded.values()))


@functools.cache
def default_catalogue() -> InstrumentCatalogue:
    """The catalogue of definitions shipped with the library (read once, then shared).

    Structure only: item codes, sections, scales, scoring rules and published cut-offs, with
    short labels of the library's own; never an instrument's official wording.
    """
    return InstrumentCatalogue(definitions=shipped_definitions())
