"""Privacy by construction: data categories of fields, redaction, pseudonymisation, statistics.

See the docs' *Privacy* page. Everything public here is also exported from
:mod:`familyviolence`.
"""

from familyviolence.privacy.categories import (
    FIELD_CATEGORIES,
    MODEL_CATEGORIES,
    STRUCTURE,
    Redacted,
    WithheldBecause,
)
from familyviolence.privacy.redaction import RedactedCase, Redaction, redact, shielded_persons

__all__ = [
    "FIELD_CATEGORIES",
    "MODEL_CATEGORIES",
    "STRUCTURE",
    "Redacted",
    "RedactedCase",
    "Redaction",
    "WithheldBecause",
    "redact",
    "shielded_persons",
]
