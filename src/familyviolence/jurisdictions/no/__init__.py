"""Norway's law as data: the child welfare service's process and time limits, and collaboration.

The process and its time limits under the Child Welfare Act 2021:97 and the old act 1992:100
(:data:`NORWAY`), the duty to inform the child welfare service and the grounds on which
information may be shared (:data:`DISCLOSURE_GROUNDS`, :data:`REPORTING_DUTIES`), and the
public sources that verified the references (:data:`SOURCES`). The rules that judge a case by
this law are in :mod:`familyviolence.jurisdictions.no.rules`.
"""

from familyviolence.jurisdictions.no._collaboration import (
    CHILD_CONSENT_AGE,
    DANGER_TO_LIFE_FROM,
    DISCLOSURE_GROUNDS,
    HEALTH_CONSENT_AGE,
    REPORTING_DUTIES,
)
from familyviolence.jurisdictions.no._process import NEW_ACT_FROM, NORWAY, PUBLIC_REPORTERS
from familyviolence.jurisdictions.no._sources import SOURCES

__all__ = [
    "CHILD_CONSENT_AGE",
    "DANGER_TO_LIFE_FROM",
    "DISCLOSURE_GROUNDS",
    "HEALTH_CONSENT_AGE",
    "NEW_ACT_FROM",
    "NORWAY",
    "PUBLIC_REPORTERS",
    "REPORTING_DUTIES",
    "SOURCES",
]
