"""Jurisdiction packs: each jurisdiction's case-handling process and legal deadlines, as data.

A pack (:class:`~familyviolence.JurisdictionPack`) lists the phases of the process, which
events each phase allows, and the deadline rules with their legal references and validity
periods. Laws change: every rule version says from when and until when it applies, and the
library picks the version in force on the day a time limit starts to run.
"""

from __future__ import annotations

from familyviolence.jurisdictions.no import NORWAY
from familyviolence.jurisdictions.se import SWEDEN
from familyviolence.process import JurisdictionPack
from familyviolence.vocabulary import Jurisdiction

__all__ = ["NORWAY", "PACKS", "SWEDEN", "pack_for"]

PACKS: dict[Jurisdiction, JurisdictionPack] = {Jurisdiction.SE: SWEDEN, Jurisdiction.NO: NORWAY}
"""The library's pack for each jurisdiction."""


def pack_for(jurisdiction: Jurisdiction) -> JurisdictionPack:
    """The library's pack for ``jurisdiction``.

    >>> pack_for(Jurisdiction.NO).jurisdiction.label("en")
    'Norway'
    """
    return PACKS[Jurisdiction(jurisdiction)]
