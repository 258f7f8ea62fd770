"""familyviolence: typed, validated domain models for work against violence in close relationships.

The public API is what this module exports; every other module is an implementation detail
unless its documentation says otherwise.
"""

from familyviolence._errors import (
    FamilyViolenceError,
    InvalidDocument,
    InvalidModel,
    Problem,
    UnknownPerson,
)
from familyviolence._model import sensitivity_of
from familyviolence._version import __version__
from familyviolence.codec import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
from familyviolence.family import FamilySystem
from familyviolence.identity import IdentityNumber
from familyviolence.people import AGE_OF_MAJORITY, Person
from familyviolence.periods import Period
from familyviolence.relations import Household, Relationship
from familyviolence.schema import json_schema
from familyviolence.vocabulary import (
    Country,
    ExposureKind,
    IdentityNumberKind,
    LabelledEnum,
    Language,
    RecordedSex,
    RelationshipKind,
    Sensitivity,
    ViolenceForm,
    label,
)

__all__ = [
    "AGE_OF_MAJORITY",
    "SCHEMA_VERSION",
    "Country",
    "ExposureKind",
    "FamilySystem",
    "FamilyViolenceError",
    "Household",
    "IdentityNumber",
    "IdentityNumberKind",
    "InvalidDocument",
    "InvalidModel",
    "LabelledEnum",
    "Language",
    "Period",
    "Person",
    "Problem",
    "RecordedSex",
    "Relationship",
    "RelationshipKind",
    "Sensitivity",
    "UnknownPerson",
    "ViolenceForm",
    "__version__",
    "from_dict",
    "from_json",
    "json_schema",
    "label",
    "sensitivity_of",
    "to_dict",
    "to_json",
]
