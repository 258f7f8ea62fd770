"""The rules engine: rules as data beside their checks, findings traceable to their source.

A :class:`Rule` holds everything a reader needs (id, severity, legal reference and whether it is
verified, validity period, a one-line message in sv, nb and en, and a given/when/then description)
and one pure function, its check, that finds where the rule applies in a case: declare one with
:func:`rule` on its check. A :class:`RuleSet` is an ordered collection of rules that users select
from, disable or extend; :meth:`RuleSet.evaluate` runs those in force on a day against a case and
returns its :class:`Findings`.

The engine knows no rule of its own. The shipped packs are :mod:`familyviolence.rules.practice`,
:mod:`familyviolence.rules.protection` and each jurisdiction's
(:mod:`familyviolence.jurisdictions.se.rules`, :mod:`familyviolence.jurisdictions.no.rules`);
:func:`familyviolence.rulebook.evaluate` runs the default selection of them.
"""

from familyviolence.rules._engine import (
    Check,
    Finding,
    Findings,
    Hit,
    Rule,
    RuleContext,
    RuleFailed,
    RuleSet,
    Severity,
    Value,
    hit,
    rule,
)

__all__ = [
    "Check",
    "Finding",
    "Findings",
    "Hit",
    "Rule",
    "RuleContext",
    "RuleFailed",
    "RuleSet",
    "Severity",
    "Value",
    "hit",
    "rule",
]
