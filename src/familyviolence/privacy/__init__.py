"""Privacy by construction: data categories of fields, redaction, pseudonymisation, statistics.

See the docs' *Privacy* page. Everything public here is also exported from
:mod:`familyviolence`.
"""

from familyviolence._model import sensitivity_of
from familyviolence.privacy._blanks import REMOVED_TEXT
from familyviolence.privacy._categories import (
    ABOUT_ONE_PERSON,
    FIELD_CATEGORIES,
    MODEL_CATEGORIES,
    STRUCTURE,
    Redacted,
    WithheldBecause,
)
from familyviolence.privacy._pseudonyms import (
    MIN_KEY_BYTES,
    PERSON_ID_FIELDS,
    PSEUDONYMISATION_STEPS,
    RULES_NEEDING_REMOVED_DATA,
    BirthYear,
    PseudonymisedCase,
    date_offset,
    pseudonym,
    pseudonymise,
)
from familyviolence.privacy._redaction import RedactedCase, Redaction, redact, shielded_persons
from familyviolence.privacy._statistics import (
    AgeBand,
    AssessmentRow,
    CaseRow,
    DeadlineOutcome,
    DeadlineRow,
    ExposureRow,
    IncidentRow,
    InterventionRow,
    PartnerContactRow,
    StatisticsView,
    age_band,
    deadline_outcome,
    deadline_rows,
    statistics_view,
)

__all__ = [
    "ABOUT_ONE_PERSON",
    "FIELD_CATEGORIES",
    "MIN_KEY_BYTES",
    "MODEL_CATEGORIES",
    "PERSON_ID_FIELDS",
    "PSEUDONYMISATION_STEPS",
    "REMOVED_TEXT",
    "RULES_NEEDING_REMOVED_DATA",
    "STRUCTURE",
    "AgeBand",
    "AssessmentRow",
    "BirthYear",
    "CaseRow",
    "DeadlineOutcome",
    "DeadlineRow",
    "ExposureRow",
    "IncidentRow",
    "InterventionRow",
    "PartnerContactRow",
    "PseudonymisedCase",
    "Redacted",
    "RedactedCase",
    "Redaction",
    "StatisticsView",
    "WithheldBecause",
    "age_band",
    "date_offset",
    "deadline_outcome",
    "deadline_rows",
    "pseudonym",
    "pseudonymise",
    "redact",
    "sensitivity_of",
    "shielded_persons",
    "statistics_view",
]
