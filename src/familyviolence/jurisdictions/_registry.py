"""The law-data registry: each jurisdiction's process pack and collaboration law, in one place.

Everything that looks up a jurisdiction's law by its
:class:`~familyviolence.vocabulary.Jurisdiction` (a case's process, the grounds for disclosure, the
duties to report, the ages of consent, the sources that verified a reference) reads it here, from
the country folders :mod:`familyviolence.jurisdictions.se` and
:mod:`familyviolence.jurisdictions.no`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from familyviolence.collaboration import DisclosureProvision, ReportingDutyProvision
from familyviolence.jurisdictions import no, se
from familyviolence.law import LegalReference
from familyviolence.process import JurisdictionPack
from familyviolence.vocabulary import Jurisdiction

__all__ = [
    "CHILD_CONSENT_AGES",
    "DEFAULT_GROUNDS",
    "DEFAULT_REPORTING_DUTIES",
    "HEALTH_CONSENT_AGES",
    "PACKS",
    "PROTECTED_IDENTITY_LAW",
    "SOURCES",
    "pack_for",
    "source_of",
]

PACKS: Mapping[Jurisdiction, JurisdictionPack] = MappingProxyType(
    {Jurisdiction.SE: se.SWEDEN, Jurisdiction.NO: no.NORWAY}
)
"""The library's pack for each jurisdiction."""


def pack_for(jurisdiction: Jurisdiction) -> JurisdictionPack:
    """The library's pack for ``jurisdiction``.

    >>> pack_for(Jurisdiction.NO).jurisdiction.label("en")
    'Norway'
    """
    return PACKS[Jurisdiction(jurisdiction)]


DEFAULT_GROUNDS: Mapping[Jurisdiction, tuple[DisclosureProvision, ...]] = MappingProxyType(
    {Jurisdiction.SE: se.DISCLOSURE_GROUNDS, Jurisdiction.NO: no.DISCLOSURE_GROUNDS}
)
"""The shipped grounds for disclosure of each jurisdiction."""

DEFAULT_REPORTING_DUTIES: Mapping[Jurisdiction, tuple[ReportingDutyProvision, ...]] = (
    MappingProxyType({Jurisdiction.SE: se.REPORTING_DUTIES, Jurisdiction.NO: no.REPORTING_DUTIES})
)
"""The shipped reporting duties of each jurisdiction (without rules only proposed)."""

CHILD_CONSENT_AGES: Mapping[Jurisdiction, int | None] = MappingProxyType(
    {Jurisdiction.SE: se.CHILD_CONSENT_AGE, Jurisdiction.NO: no.CHILD_CONSENT_AGE}
)
"""The age from which a child consents alone to disclosure about them, where the law sets one."""

HEALTH_CONSENT_AGES: Mapping[Jurisdiction, int | None] = MappingProxyType(
    {Jurisdiction.SE: None, Jurisdiction.NO: no.HEALTH_CONSENT_AGE}
)
"""The age from which a young person consents alone to disclosure of their health data."""

PROTECTED_IDENTITY_LAW: Mapping[Jurisdiction, tuple[LegalReference, ...]] = MappingProxyType(
    {Jurisdiction.SE: se.PROTECTED_IDENTITY, Jurisdiction.NO: ()}
)
"""The provisions that keep a protected person's whereabouts secret, where they are cited."""

SOURCES: Mapping[tuple[str, str | None], str] = MappingProxyType({**se.SOURCES, **no.SOURCES})
"""For each verified reference (statute, provision), the public source that confirmed it."""


def source_of(reference: LegalReference) -> str | None:
    """The source that verified ``reference``, if one is recorded."""
    return SOURCES.get((reference.statute, reference.provision))
