"""The rules shipped with the library: Sweden's and Norway's packs, practice and safety rules."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from familyviolence.jurisdictions.no_rules import NORWAY_RULES
from familyviolence.jurisdictions.se_rules import SWEDEN_PROPOSED_RULES, SWEDEN_RULES
from familyviolence.rules.engine import RuleSet
from familyviolence.rules.practice import PRACTICE_RULES
from familyviolence.rules.safety import SAFETY_RULES

__all__ = ["RULE_PACKS", "default_rules"]

RULE_PACKS: Mapping[str, RuleSet] = MappingProxyType(
    {
        "SE": SWEDEN_RULES,
        "NO": NORWAY_RULES,
        "practice": PRACTICE_RULES,
        "safety": SAFETY_RULES,
        "SE-proposed": SWEDEN_PROPOSED_RULES,
    }
)
"""Every rule set shipped, by name. ``SE-proposed`` is not run by default."""


@functools.cache
def default_rules() -> RuleSet:
    """The rules :func:`~familyviolence.evaluate` runs unless told otherwise.

    Sweden's pack, Norway's pack, the practice rules and the safety rules, in that order; each
    case is evaluated against its own jurisdiction's rules, the practice and the safety rules.
    Rules proposed but not confirmed in force (``RULE_PACKS["SE-proposed"]``) are left out:
    add them with :meth:`RuleSet.with_rules <familyviolence.RuleSet.with_rules>`.

    >>> rules = default_rules()
    >>> rules.ids[:2]
    ('SE-PROTECTION-ASSESSMENT-OVERDUE', 'SE-PREASSESSMENT-OVERDUE')
    """
    return RuleSet(rules=(*SWEDEN_RULES, *NORWAY_RULES, *PRACTICE_RULES, *SAFETY_RULES))
