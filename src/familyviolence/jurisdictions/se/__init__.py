"""Sweden's law as data: social services' process and time limits, and the law of collaboration.

The process and its time limits under SoL 2001:453 and SoL 2025:400 (:data:`SWEDEN`), the duty
to report concern for a child and the grounds on which information may be disclosed
(:data:`DISCLOSURE_GROUNDS`, :data:`REPORTING_DUTIES`), and the public sources that verified
the references (:data:`SOURCES`). The rules that judge a case by this law are in
:mod:`familyviolence.jurisdictions.se.rules`.
"""

from familyviolence.jurisdictions.se._collaboration import (
    CHILD_CONSENT_AGE,
    DISCLOSURE_GROUNDS,
    HARM_TEST_HEALTH_CARE,
    HARM_TEST_SOCIAL_SERVICES,
    PROPOSAL_FROM,
    PROPOSED_REPORTERS_2026,
    PROTECTED_IDENTITY,
    REPORTING_DUTIES,
    SERIOUS_VIOLENCE_CONDITIONS,
    SERIOUS_VIOLENCE_FROM,
    SOCIAL_SERVICES_AND_HEALTH_CARE,
)
from familyviolence.jurisdictions.se._process import (
    LATE_REPORT_CUTOFF,
    NEW_ACT_FROM,
    SWEDEN,
    TIME_LIMITS_ACT,
)
from familyviolence.jurisdictions.se._sources import SOURCES

__all__ = [
    "CHILD_CONSENT_AGE",
    "DISCLOSURE_GROUNDS",
    "HARM_TEST_HEALTH_CARE",
    "HARM_TEST_SOCIAL_SERVICES",
    "LATE_REPORT_CUTOFF",
    "NEW_ACT_FROM",
    "PROPOSAL_FROM",
    "PROPOSED_REPORTERS_2026",
    "PROTECTED_IDENTITY",
    "REPORTING_DUTIES",
    "SERIOUS_VIOLENCE_CONDITIONS",
    "SERIOUS_VIOLENCE_FROM",
    "SOCIAL_SERVICES_AND_HEALTH_CARE",
    "SOURCES",
    "SWEDEN",
    "TIME_LIMITS_ACT",
]
