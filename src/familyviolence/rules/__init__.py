"""The rules engine and the rules shipped with the library.

:func:`evaluate` judges a case on a day against the law of its jurisdiction and good practice;
every :class:`Finding` names its rule, its path into the case and its legal reference. The
engine's names are re-exported from :mod:`familyviolence`; this module also holds the shipped
rule sets (:data:`RULE_PACKS`).
"""

from familyviolence.jurisdictions.no_rules import NORWAY_RULES
from familyviolence.jurisdictions.se_rules import SWEDEN_PROPOSED_RULES, SWEDEN_RULES
from familyviolence.rules.catalogue import RULE_PACKS, default_rules
from familyviolence.rules.engine import (
    Check,
    Finding,
    Findings,
    Hit,
    Rule,
    RuleContext,
    RuleSet,
    Severity,
    Value,
    evaluate,
    events_of,
    hit,
)
from familyviolence.rules.practice import GOOD_PRACTICE, PRACTICE_RULES, practice_rules
from familyviolence.rules.safety import SAFETY_RULES, HousingGap, safety_rules

__all__ = [
    "GOOD_PRACTICE",
    "NORWAY_RULES",
    "PRACTICE_RULES",
    "RULE_PACKS",
    "SAFETY_RULES",
    "SWEDEN_PROPOSED_RULES",
    "SWEDEN_RULES",
    "Check",
    "Finding",
    "Findings",
    "Hit",
    "HousingGap",
    "Rule",
    "RuleContext",
    "RuleSet",
    "Severity",
    "Value",
    "default_rules",
    "evaluate",
    "events_of",
    "hit",
    "practice_rules",
    "safety_rules",
]
