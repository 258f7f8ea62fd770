"""The law as data: each jurisdiction's process, time limits and law of collaboration.

One folder per country: :mod:`familyviolence.jurisdictions.se` (Sweden) and
:mod:`familyviolence.jurisdictions.no` (Norway) hold the case-handling process with its time
limits (a :class:`~familyviolence.process.JurisdictionPack`), the grounds on which
information may be disclosed, the duties to report, and the public sources that verified each
reference; each folder's ``rules`` module judges cases by that law. Laws change: every
provision says from when and until when it applies, and the library picks the version in force
on the day it applies to.

This package registers the countries' law in one place (:func:`pack_for`,
:data:`DEFAULT_GROUNDS`, :data:`DEFAULT_REPORTING_DUTIES`) and answers who must report
(:func:`reporting_duty`).
"""

from familyviolence.jurisdictions._registry import (
    CHILD_CONSENT_AGES,
    DEFAULT_GROUNDS,
    DEFAULT_REPORTING_DUTIES,
    HEALTH_CONSENT_AGES,
    PACKS,
    PROTECTED_IDENTITY_LAW,
    SOURCES,
    pack_for,
    source_of,
)
from familyviolence.jurisdictions._reporting import (
    ReportingDutyAnswer,
    reporting_duty,
    reporting_duty_of,
)

__all__ = [
    "CHILD_CONSENT_AGES",
    "DEFAULT_GROUNDS",
    "DEFAULT_REPORTING_DUTIES",
    "HEALTH_CONSENT_AGES",
    "PACKS",
    "PROTECTED_IDENTITY_LAW",
    "SOURCES",
    "ReportingDutyAnswer",
    "pack_for",
    "reporting_duty",
    "reporting_duty_of",
    "source_of",
]
